/**
 * One descriptor per study-right type (src/tyypit): the list TYYPIT is the single source of the Opiskeluoikeus union,
 * the dispatch, the "not checked" decision and the exports; a study right nobody checked is never reported valid.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import {
  OPISKELUOIKEUDET,
  Opiskeluoikeus,
  TYYPIT,
  TutkintokoulutukseenValmentavanOpiskeluoikeus,
  isTuettuTyyppi,
  koodinNimi,
  luokka,
  opiskeluoikeudenTyyppi,
  shippedKoodistot,
  tuvaSäännöt,
  validate,
  type Finding,
  type Rule,
} from '../../src'
import { Str, strict } from '../../src/codecs/schema'
import { koodistonKoodit } from '../../src/koodisto'
import type { RuleContext } from '../../src/rules/types'
import { OmaPolku } from '../../src/finding'
import type { OpiskeluoikeusLike } from '../../src/rules/shapes'
import { resolveOptions } from '../../src/options'
import { TODAY, koskiExample, validTuvaOppija } from '../support'

const dir = fileURLToPath(new URL('../fixtures/koski/examples/', import.meta.url))

describe('TYYPIT is the one list of the study-right types', () => {
  it('gives the Opiskeluoikeus union its members, in order, and OPISKELUOIKEUDET its codecs', () => {
    expect(Opiskeluoikeus.members).toEqual(TYYPIT.map((d) => d.codec))
    expect(Object.keys(OPISKELUOIKEUDET)).toEqual(TYYPIT.map((d) => d.tyyppi))
    for (const d of TYYPIT) expect(OPISKELUOIKEUDET[d.tyyppi]).toBe(d.codec)
  })

  it('TUVA: its codec and its rules', () => {
    const [tuva] = TYYPIT
    expect(tuva.tyyppi).toBe('tuva')
    expect(tuva.luokka).toBe('TutkintokoulutukseenValmentavanOpiskeluoikeus')
    expect(tuva.codec).toBe(TutkintokoulutukseenValmentavanOpiskeluoikeus)
    expect(tuva.säännöt).toEqual(tuvaSäännöt)
    expect(tuva.päätasot).toEqual([])
    expect(isTuettuTyyppi('tuva')).toBe(true)
    expect(isTuettuTyyppi('lukiokoulutus')).toBe(false)
  })

  it('every type of koodisto opiskeluoikeudentyyppi is either validated or reported unchecked — never a structural error', () => {
    expect(shippedKoodistot()).toContain('opiskeluoikeudentyyppi')
    for (const tyyppi of koodistonKoodit('opiskeluoikeudentyyppi')!) {
      const report = validate({ tyyppi: { koodiarvo: tyyppi, koodistoUri: 'opiskeluoikeudentyyppi' } }, { today: TODAY })
      if (isTuettuTyyppi(tyyppi)) {
        expect(report.unchecked).toEqual([])
        expect(report.valid).toBe(false) // the empty study right is checked: its required fields are missing
      } else {
        expect(report.unchecked).toEqual([{ path: '', tyyppi }])
        expect(report.findings.map((f) => `${f.severity} ${f.rule} ${f.path}`)).toEqual(['warning TYYPPI-1 tyyppi'])
      }
    }
  })

  it('a type KOSKI does not know, or none at all, is the union’s structural finding', () => {
    for (const tyyppi of [{ koodiarvo: 'eiole', koodistoUri: 'opiskeluoikeudentyyppi' }, undefined]) {
      const report = validate({ tyyppi, tila: {} }, { today: TODAY })
      expect(report.unchecked).toEqual([])
      expect(report.findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)).toEqual(['S-8 notAnyOf '])
    }
    const wrongUri = validate({ tyyppi: { koodiarvo: 'tuva', koodistoUri: 'suorituksentyyppi' } }, { today: TODAY })
    expect(wrongUri.findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)).toEqual(['S-5 notAnyOf '])
  })
})

describe('a study right nobody checked is not "valid": report.unchecked and TYYPPI-1', () => {
  const tyyppiOf = (file: string): string =>
    (JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as { opiskeluoikeudet: { tyyppi: { koodiarvo: string } }[] }).opiskeluoikeudet[0]!.tyyppi.koodiarvo
  const muut = readdirSync(dir).filter((f) => !isTuettuTyyppi(tyyppiOf(f)))
  /** A type this version does not validate: KOSKI's ammatillinen example relabelled as lukiokoulutus. */
  const lukio = (): { opiskeluoikeudet: { tyyppi: { koodiarvo: string } }[] } => {
    const doc = koskiExample('ammatillinen-perustutkinto_2024-08-13.json')
    doc.opiskeluoikeudet[0].tyyppi.koodiarvo = 'lukiokoulutus'
    return doc
  }

  it.each(muut)('KOSKI example %s: unchecked, with one TYYPPI-1 warning and no structural finding of ours', (file) => {
    const doc = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as { opiskeluoikeudet: { tyyppi: { koodiarvo: string } }[] }
    const report = validate(doc, { today: TODAY })
    const tyyppi = doc.opiskeluoikeudet[0]!.tyyppi.koodiarvo
    expect(report.unchecked).toEqual([{ path: 'opiskeluoikeudet[0]', tyyppi }])
    const ours = report.findings.filter((f) => f.rule !== 'S-1' || f.path !== 'ignoreKoskiValidator') // the suite's own test flag
    expect(ours.map((f) => `${f.severity} ${f.rule} ${f.key} ${f.path}`)).toEqual([`warning TYYPPI-1 koskiValidation.tyyppiEiTuettu opiskeluoikeudet[0].tyyppi`])
  })

  it('the TYYPPI-1 message names the type by its koodisto name in each language and says what was and was not checked', () => {
    const report = validate(lukio(), { today: TODAY })
    const { message } = report.findings[0]!
    const nimi = koodinNimi('opiskeluoikeudentyyppi', 'lukiokoulutus')!
    expect(message.fi).toContain(`${nimi.fi} (lukiokoulutus)`)
    expect(message.sv).toContain(`${nimi.sv} (lukiokoulutus)`)
    expect(message.en).toContain(`${nimi.en} (lukiokoulutus)`)
    expect(message.fi).toMatch(/ei tarkistettu lainkaan.*tarkistettiin/)
    expect(message.sv).toMatch(/kontrollerades inte alls.*kontrollerades\./)
    expect(message.en).toMatch(/not checked at all.*was checked/)
  })

  it('in an Oppija with a TUVA and a lukio study right, the TUVA one is checked and the other listed', () => {
    const doc = validTuvaOppija()
    const ammatillinen = lukio().opiskeluoikeudet[0]
    const both = { ...doc, opiskeluoikeudet: [...(doc.opiskeluoikeudet as unknown[]), ammatillinen] }
    const report = validate(both, { today: TODAY, serviceUser: false })
    expect(report.unchecked).toEqual([{ path: 'opiskeluoikeudet[1]', tyyppi: 'lukiokoulutus' }])
    expect(report.findings.map((f) => `${f.rule} ${f.path}`)).toEqual(['TYYPPI-1 opiskeluoikeudet[1].tyyppi'])
    const broken = { ...both, opiskeluoikeudet: [{ ...(doc.opiskeluoikeudet as Record<string, unknown>[])[0], tuntematon: 1 }, ammatillinen] }
    expect(validate(broken, { today: TODAY, serviceUser: false }).findings.map((f) => `${f.rule} ${f.path}`)).toEqual([
      'S-1 opiskeluoikeudet[0].tuntematon',
      'TYYPPI-1 opiskeluoikeudet[1].tyyppi',
    ])
  })
})

describe('a type whose päätaso selects its class (as VST: one tyyppi, classes by suoritukset[0].tyyppi)', () => {
  // A made-up type with two päätaso classes, one päätaso KOSKI knows but this version would not validate.
  const koodi = (koodiarvo: string) => strict(`Koodi<${koodiarvo}>`, { koodiarvo: t.literal(koodiarvo), koodistoUri: Str }, {})
  const jaksot = strict('Tila', { opiskeluoikeusjaksot: t.array(t.unknown) }, {})
  const codec = (päätaso: string) =>
    strict(`Opiskeluoikeus<${päätaso}>`, { tyyppi: koodi('x'), tila: jaksot, suoritukset: t.tuple([strict(`Suoritus<${päätaso}>`, { tyyppi: koodi(päätaso) }, {})]) }, {})
  const sääntö = (id: string): Rule<OpiskeluoikeusLike> => ({
    id,
    what: `made-up rule ${id}`,
    keys: [`koskiValidation.${id}`],
    severity: 'warning',
    source: { catalogue: [], oma: 'a test' },
    check: () => [{ severity: 'warning', key: `koskiValidation.${id}`, rule: id, path: '', pointer: '', message: { fi: id, sv: id, en: id } }],
  })
  const yhteinen = sääntö('A-1')
  // the made-up classes decode to less than a study right has: seen as one for the test
  const asOpiskeluoikeus = (c: t.Mixed) => c as t.Type<OpiskeluoikeusLike, OpiskeluoikeusLike, unknown>
  const a = luokka(asOpiskeluoikeus(codec('a')), [yhteinen])
  const b = luokka(asOpiskeluoikeus(codec('b')), [sääntö('B-1'), yhteinen])
  const x = opiskeluoikeudenTyyppi({ tyyppi: 'x', luokka: 'X', päätasot: { a, b }, tarkistamattomatPäätasot: ['c'] })
  const doc = (päätaso: string) => ({ tyyppi: { koodiarvo: 'x', koodistoUri: 'o' }, tila: { opiskeluoikeusjaksot: [] }, suoritukset: [{ tyyppi: { koodiarvo: päätaso, koodistoUri: 'suorituksentyyppi' } }] })
  const ctx: RuleContext = { path: 'p', polku: OmaPolku.juuri('p'), today: TODAY, birthDate: undefined, previous: undefined, henkilö: undefined, options: resolveOptions({ today: TODAY }).resolved }
  const run = (raw: unknown) => {
    const out = { findings: [] as Finding[], skipped: new Set<string>() }
    const r = x.tarkista(raw, ctx, out)
    return { r, rules: out.findings.map((f) => `${f.rule}${f.errorType === undefined ? '' : ` ${f.errorType}`} ${f.path}`) }
  }

  it('lists its päätasot, the union of their rules once each, and a codec that resolves by the päätaso', () => {
    expect(x.päätasot).toEqual(['a', 'b'])
    expect(x.tarkistamattomatPäätasot).toEqual(['c'])
    expect(x.säännöt.map((r) => r.id)).toEqual(['A-1', 'B-1']) // a rule both classes share is listed once
    expect(x.codec.is(doc('a'))).toBe(true)
    expect(x.codec.is(doc('c'))).toBe(false)
  })

  it('decodes with the class its päätaso selects and runs that class’s rules only', () => {
    expect(run(doc('a'))).toEqual({ r: undefined, rules: ['A-1 '] })
    expect(run(doc('b'))).toEqual({ r: undefined, rules: ['B-1 ', 'A-1 '] })
  })

  it('a päätaso it does not validate is returned as such; nothing is decoded or run', () => {
    expect(run(doc('c'))).toEqual({ r: { tarkistamatonPäätaso: 'c' }, rules: [] })
  })

  it('an unknown päätaso is the union’s structural finding (notAnyOf) at the päätaso, as KOSKI answers it; at the study right without suoritukset', () => {
    expect(run(doc('d'))).toEqual({ r: undefined, rules: ['S-6 notAnyOf p.suoritukset[0]'] })
    expect(run({ ...doc('d'), suoritukset: [] })).toEqual({ r: undefined, rules: ['S-8 notAnyOf p'] })
  })
})
