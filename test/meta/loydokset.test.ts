/**
 * The findings agree with the rules' metadata: every finding's rule id is a rule's (or one its findings carry), its
 * key is among that rule's declared keys and its severity among its severities — over KOSKI's example documents and
 * ours, with every option that changes which rules run, and over random mutations of valid documents (the
 * arbitraries). A rule that asks per document (`needsFor`) asks only for what its `needs` declares.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validate, type Finding, type ValidateOptions } from '../../src'
import { OmaPolku } from '../../src/finding'
import type { Rule, RuleMeta } from '../../src/rules/types'
import { ROOT, kaikkiSäännöt, löydöstenSäännöt, tyypinSäännöt } from '../../scripts/gen-docs'
import { validiTuvaOppija } from '../../src/arbitraries'
import { arviointi, jakso, osa, päätaso, tuvaOpiskeluoikeus, vahvistus, type Json, type Lupa } from '../../src/arbitraries/rakentajat'
import { resolveOptions } from '../../src/options'
import type { RuleContext } from '../../src/rules/types'

// Self-contained (only src/ and scripts/): the shared test helpers may move without touching these checks.
const TODAY = '2026-11-22'
type JsonPath = readonly (string | number)[]

/** Every path to a value in a document (depth first). */
function jsonPaths(doc: unknown): JsonPath[] {
  const out: JsonPath[] = []
  const walk = (v: unknown, path: JsonPath): void => {
    if (typeof v !== 'object' || v === null) return
    for (const [k, child] of Array.isArray(v) ? v.map((c, i) => [i, c] as const) : Object.entries(v)) {
      const p = [...path, k]
      out.push(p)
      walk(child, p)
    }
  }
  walk(doc, [])
  return out
}

/** The parent object (or list) of a path and the last key. */
const parentAt = (doc: unknown, path: JsonPath): [Record<string | number, unknown>, string | number] => [
  path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc) as Record<string | number, unknown>,
  path[path.length - 1]!,
]

const validTuvaOppijaArb: fc.Arbitrary<Json> = validiTuvaOppija({ today: TODAY })

/**
 * A small valid TUVA Oppija (born 2004-05-27): lasna 2021-08-01, valmistunut 2022-06-01, 101 (2 weeks) accepted,
 * maksuttomuus from the first day.
 */
const pieniTuvaOppija = (lupa: Lupa = 'ammatillinen', lisätiedot: Json = {}): Json => ({
  henkilö: { hetu: '270504A317P', etunimet: 'Turo Tapani', kutsumanimi: 'Turo', sukunimi: 'Vaara' },
  opiskeluoikeudet: [
    tuvaOpiskeluoikeus({
      lupa,
      jaksot: [jakso('2021-08-01', 'lasna', '1'), jakso('2022-06-01', 'valmistunut', '1')],
      lisätiedot: { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }], ...lisätiedot },
      suoritus: päätaso([osa('101', 2, [arviointi('2022-05-01')])], { vahvistus: vahvistus('2022-06-01'), laajuus: 2 }),
    }),
  ],
})

const ruleContext = (overrides: Partial<RuleContext>): RuleContext => {
  const path = overrides.path ?? 'opiskeluoikeudet[0]'
  const options = resolveOptions({ today: TODAY }).resolved
  return { path, polku: OmaPolku.juuri(path), today: TODAY, birthDate: undefined, previous: undefined, henkilö: undefined, options, ...overrides }
}

/** finding rule id → the metadata of the rule whose findings carry it */
const META = new Map<string, RuleMeta>()
for (const r of kaikkiSäännöt()) for (const id of löydöstenSäännöt(r)) META.set(id, r)

const severities = (r: RuleMeta): readonly string[] => (typeof r.severity === 'string' ? [r.severity] : r.severity)

const observed = new Set<string>()

/** What is wrong with a finding, measured against its rule's metadata. */
function disagreement(f: Finding): string | undefined {
  observed.add(f.rule)
  const meta = META.get(f.rule)
  if (meta === undefined) return `${f.rule}: no rule's metadata names this id (key ${f.key})`
  if (!meta.keys.includes(f.key)) return `${f.rule}: key ${f.key} is not among ${meta.id}'s keys ${meta.keys.join(', ')}`
  if (!severities(meta).includes(f.severity)) return `${f.rule}: severity ${f.severity} is not ${meta.id}'s`
  return undefined
}

const disagreements = (input: unknown, options: ValidateOptions): string[] =>
  validate(input, options)
    .findings.map(disagreement)
    .filter((d): d is string => d !== undefined)

const readJson = (dir: string): Json[] =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')) as Json)

const DOCUMENTS: readonly Json[] = [...readJson('examples'), ...readJson('test/fixtures/koski/examples')]

/** A stored version that differs in what the `previous` rules compare: type, järjestämislupa, lähdejärjestelmänId. */
const muutettuEdellinen = (doc: Json): Json => {
  const prev = structuredClone(doc)
  for (const oo of prev.opiskeluoikeudet ?? []) {
    if (oo.järjestämislupa !== undefined) oo.järjestämislupa = { ...oo.järjestämislupa, koodiarvo: oo.järjestämislupa.koodiarvo === 'lukio' ? 'perusopetus' : 'lukio' }
    oo.lähdejärjestelmäkytkentäPurettu = { purettu: '2024-01-01T10:00:00' }
  }
  return prev
}
const ilmanLähdejärjestelmää = (doc: Json): Json => {
  const d = structuredClone(doc)
  for (const oo of d.opiskeluoikeudet ?? []) delete oo.lähdejärjestelmänId
  return d
}

const OPTIONS = (doc: Json): ValidateOptions[] => [
  { today: TODAY },
  { today: TODAY, serviceUser: false },
  { today: '2022-09-01' },
  { today: TODAY, birthDate: '2003-05-01' },
  { today: TODAY, previous: muutettuEdellinen(doc) },
  { today: TODAY, previous: { ...structuredClone(doc), opiskeluoikeudet: (doc.opiskeluoikeudet ?? []).map((oo: Json) => ({ ...oo, tyyppi: { koodiarvo: 'lukiokoulutus', koodistoUri: 'opiskeluoikeudentyyppi' } })) } },
  { today: TODAY, maksuttomuus: { kotikuntaManneruomessaEnnen18: true, vapautettuOppivelvollisuudesta: false, perusopetusSuoritettuEnnen2021: false, lukuvuosimaksullinenOpiskeluoikeus: false } },
  { today: TODAY, vosRajapäivä: '2021-01-01' },
]

describe('findings agree with the metadata', () => {
  it("KOSKI's example documents and ours, with the options that change which rules run", () => {
    const out: string[] = []
    for (const doc of DOCUMENTS) {
      for (const options of OPTIONS(doc)) out.push(...disagreements(doc, options), ...disagreements(ilmanLähdejärjestelmää(doc), options))
    }
    expect(out).toEqual([])
  })

  it('the CLI-free entry points: a bare study right, an empty list, not a document at all, a hetu of each kind', () => {
    const doc = pieniTuvaOppija()
    const inputs: unknown[] = [
      doc.opiskeluoikeudet[0],
      { henkilö: doc.henkilö, opiskeluoikeudet: [] },
      { henkilö: doc.henkilö },
      [],
      'x',
      { ...doc, henkilö: { ...doc.henkilö, hetu: '270504A317X' } },
      { ...doc, henkilö: { oid: '1.2.246.562.24.00000000001', hetu: '270504A317X', etunimet: 'A', kutsumanimi: 'A', sukunimi: 'B' } },
      { ...doc, ignoreKoskiValidator: true },
      { ...doc, opiskeluoikeudet: [{ ...doc.opiskeluoikeudet[0], tyyppi: { koodiarvo: 'lukiokoulutus', koodistoUri: 'opiskeluoikeudentyyppi' } }] },
    ]
    const out = inputs.flatMap((input) => [...disagreements(input, { today: TODAY }), ...disagreements(input, { today: 'huomenna' as string })])
    expect(out).toEqual([])
  })

  const POOL: readonly unknown[] = [
    null, '', 0, 1, 2, 11, 31, 1.5, true, false, [], {},
    'lasna', 'loma', 'eronnut', 'valmistunut', 'katsotaaneronneeksi', 'mitatoity', 'valiaikaisestikeskeytynyt',
    '1', '6', '10', '16', '101', '104', '106', 'Hyväksytty', 'Hylätty', 'ammatillinen', 'lukio', 'perusopetus',
    '2019-01-01', '2021-08-01', '2022-08-01', '2023-06-01', '2025-12-31', '2026-02-01', '2026-11-22', '2031-01-01', '2021-02-30',
    'OPH-1488-2021', '6/011/2015', 'OPH-5410-2021', 'x'.repeat(40),
    { alku: '2021-08-01', loppu: '2026-01-01', maksuton: true },
    { alku: '2026-02-01', maksuton: false },
    { alku: '2022-08-01', loppu: '2022-12-31' },
    [{ alku: '2021-08-01' }, { alku: '2021-09-01', loppu: '2021-10-01' }],
    jakso('2026-02-01', 'loma', '1'),
    jakso('2021-08-01', 'mitatoity'),
  ]

  const mutate = (doc: Json, paths: readonly JsonPath[], changes: readonly (readonly [number, number, number])[]): Json => {
    const d = structuredClone(doc)
    for (const [p, kind, v] of changes) {
      const path = paths[p % paths.length]!
      try {
        const [parent, key] = parentAt(d, path)
        if (typeof parent !== 'object' || parent === null) continue
        if (kind === 0) {
          if (Array.isArray(parent)) parent.splice(key as number, 1)
          else delete parent[key]
        } else if (kind === 1 && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]))
        else parent[key] = structuredClone(POOL[v % POOL.length])
      } catch {
        // an earlier change removed the path
      }
    }
    return d
  }

  it('random mutations of valid documents (the arbitraries)', () => {
    const bases: Json[] = [
      ...fc.sample(validTuvaOppijaArb, { numRuns: 12, seed: 7 }),
      pieniTuvaOppija('ammatillinen', { majoitus: [{ alku: '2021-09-01' }], sisäoppilaitosmainenMajoitus: [{ alku: '2021-09-01' }], koulutusvienti: true }),
      pieniTuvaOppija('perusopetus', { vammainen: [{ alku: '2021-09-01' }], vaikeastiVammainen: [{ alku: '2021-09-01' }], majoitusetu: { alku: '2021-09-01' }, kuljetusetu: { alku: '2021-09-01' } }),
    ]
    const withPaths = bases.map((doc) => [doc, jsonPaths(doc)] as const)
    fc.assert(
      fc.property(
        fc.nat(withPaths.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.nat()), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<ValidateOptions>({ today: TODAY }, { today: '2022-09-01' }, { today: TODAY, serviceUser: false }),
        (i, changes, options) => {
          const [doc, paths] = withPaths[i]!
          expect(disagreements(mutate(doc, paths, changes), options)).toEqual([])
        },
      ),
      { numRuns: 400 },
    )
  })

  /** A small valid TUVA document (lasna 2021-08-01, valmistunut 2022-06-01, 101 accepted), changed. */
  const pieni = (change: (oo: Json, doc: Json) => void, lupa: Parameters<typeof pieniTuvaOppija>[0] = 'ammatillinen'): Json => {
    const doc = pieniTuvaOppija(lupa)
    change(doc.opiskeluoikeudet[0], doc)
    return doc
  }
  const kesken = (oo: Json): void => {
    oo.tila.opiskeluoikeusjaksot = [jakso('2021-08-01', 'lasna', '1')]
    delete oo.suoritukset[0].vahvistus
  }
  const PURETTU = { purettu: '2024-01-01T10:00:00' }
  /** One document per rule (rule id it must report, the document, options): each rule fires, with its declared key. */
  const SKENAARIOT: readonly (readonly [string, Json, ValidateOptions?])[] = [
    ['G-LJ-1', pieni((oo) => delete oo.lähdejärjestelmänId)],
    ['G-LJ-1', pieni((oo) => delete oo.lähdejärjestelmänId.id)],
    ['G-LJ-3', pieni((oo) => (oo.lähdejärjestelmäkytkentäPurettu = PURETTU))],
    ['G-LJ-3', pieni((oo) => { kesken(oo); oo.lähdejärjestelmäkytkentäPurettu = PURETTU })],
    ['G-LJ-3', pieni((oo) => { oo.oid = '1.2.246.562.15.12345678901'; oo.lähdejärjestelmäkytkentäPurettu = PURETTU })],
    ['G-JAKSO-1', pieni((oo) => oo.tila.opiskeluoikeusjaksot.reverse())],
    ['G-JAKSO-1', pieni((oo) => oo.tila.opiskeluoikeusjaksot.unshift(jakso('2021-08-01', 'lasna', '1')))],
    ['G-JAKSO-2', pieni((oo) => oo.tila.opiskeluoikeusjaksot.push(jakso('2022-07-01', 'lasna', '1')))],
    ['G-JAKSO-3', pieni((oo) => oo.tila.opiskeluoikeusjaksot.push(jakso('2022-07-01', 'katsotaaneronneeksi')))],
    ['G-DATE-2', pieni((oo) => (oo.arvioituPäättymispäivä = '2020-01-01'))],
    ['G-SUOR-1', pieni((oo) => (oo.suoritukset[0].vahvistus.päivä = '2022-07-01'))],
    ['G-STAT-2', pieni((oo) => oo.suoritukset[0].osasuoritukset.push(osa('102', 1)))],
    ['G-MIT-1', pieni((oo) => oo.tila.opiskeluoikeusjaksot.push(jakso('2027-01-01', 'mitatoity')))],
    ['T-TILA-1', pieni((oo) => (oo.tila.opiskeluoikeusjaksot[1] = jakso('2022-06-01', 'eronnut')))],
    ['T-TILA-2', pieni((oo) => oo.tila.opiskeluoikeusjaksot.splice(1, 0, jakso('2022-01-01', 'loma', '1')), 'lukio')],
    ['T-VALM-2', pieni((oo) => (oo.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = 11))],
    ['T-VALM-3', pieni((oo) => (oo.suoritukset[0].osasuoritukset = [osa('102', 2, [arviointi('2022-05-01')])]))],
    ['T-ERO-1', pieni((oo) => { kesken(oo); oo.tila.opiskeluoikeusjaksot.push(jakso('2022-06-01', 'katsotaaneronneeksi')); oo.suoritukset[0].osasuoritukset.push(osa('102', 1)) })],
    ['T-DIAARI-1', pieni((oo) => delete oo.suoritukset[0].koulutusmoduuli.perusteenDiaarinumero)],
    ['T-DIAARI-1', pieni((oo) => (oo.suoritukset[0].koulutusmoduuli.perusteenDiaarinumero = 'x'.repeat(31)))],
    ['T-VOS-1', pieni((oo) => { kesken(oo); oo.lisätiedot.erityinenTuki = [{ alku: '2026-02-01' }] })],
    ['T-VOS-2', pieni((oo) => { kesken(oo); oo.lisätiedot.vaikeastiVammainen = [{ alku: '2026-02-01' }] })],
    ['T-VOS-3', pieni((oo) => { kesken(oo); oo.lisätiedot.vammainenJaAvustaja = [{ alku: '2026-02-01' }] })],
    ['T-VOS-4', pieni((oo) => { kesken(oo); oo.tila.opiskeluoikeusjaksot.push(jakso('2026-02-01', 'loma', '1')) })],
    ['T-LT-1', pieni((oo) => Object.assign(oo.lisätiedot, { vammainen: [{ alku: '2021-09-01' }], vaikeastiVammainen: [{ alku: '2021-09-01' }], erityisenTuenPäätökset: [{ alku: '2021-08-01' }] }), 'perusopetus')],
    ['T-OHJE-1', pieni((oo) => Object.assign(oo.lisätiedot, { majoitus: [{ alku: '2021-09-01' }], sisäoppilaitosmainenMajoitus: [{ alku: '2021-09-01' }] }))],
    ['T-OHJE-4', pieni((oo) => (oo.lisätiedot.vaativanErityisenTuenYhteydessäJärjestettäväMajoitus = [{ alku: '2021-09-01' }]))],
    ['T-OHJE-5', pieni((oo) => (oo.lisätiedot.vaikeastiVammainen = [{ alku: '2021-09-01' }]))],
    ['T-OHJE-6', pieni((oo) => (oo.lisätiedot.koulutusvienti = true))],
    ['T-OHJE-7', pieni((oo) => (oo.tila.opiskeluoikeusjaksot[1].alku = '2022-09-01'))],
    ['MK-JAKSO-3', pieni((oo) => (oo.lisätiedot.maksuttomuus = [{ alku: '2021-08-01', loppu: '2021-12-01', maksuton: true }, { alku: '2022-01-01', maksuton: false }]))],
    ['MK-PID-1', pieni((oo) => (oo.lisätiedot.oikeuttaMaksuttomuuteenPidennetty = [{ alku: '2023-01-01', loppu: '2023-02-01' }]))],
    ['MK-PID-2', pieni((oo) => (oo.lisätiedot.oikeuttaMaksuttomuuteenPidennetty = [{ alku: '2022-02-01', loppu: '2022-01-01' }]))],
    ['MK-PID-3', pieni((oo) => (oo.lisätiedot.oikeuttaMaksuttomuuteenPidennetty = [{ alku: '2021-09-01', loppu: '2021-12-01' }, { alku: '2021-10-01', loppu: '2021-11-01' }]))],
    ['MK-PID-3', pieni((oo) => (oo.lisätiedot.oikeuttaMaksuttomuuteenPidennetty = [{ alku: '2021-09-01', loppu: '2021-10-01' }, { alku: '2021-10-01', loppu: '2021-11-01' }]))],
    ['MK-PID-4', pieni((oo) => { oo.lisätiedot.maksuttomuus = [{ alku: '2021-08-01', maksuton: false }]; oo.lisätiedot.oikeuttaMaksuttomuuteenPidennetty = [{ alku: '2021-09-01', loppu: '2021-10-01' }] })],
    ['MK-PID-5', pieni((oo) => { kesken(oo); oo.lisätiedot.oikeuttaMaksuttomuuteenPidennetty = [{ alku: '2022-09-01', loppu: '2022-12-31' }] })],
    ['MK-OHJE-2', pieni((oo) => {
      oo.tila.opiskeluoikeusjaksot[0].alku = '2021-06-01'
      oo.lisätiedot.maksuttomuus[0].alku = '2021-06-01'
      oo.lisätiedot.oikeuttaMaksuttomuuteenPidennetty = [{ alku: '2021-07-01', loppu: '2021-07-15' }]
    })],
    ['MK-REQ-1', pieni((oo) => delete oo.lisätiedot.maksuttomuus), { today: TODAY, maksuttomuus: { kotikuntaManneruomessaEnnen18: true, vapautettuOppivelvollisuudesta: false, perusopetusSuoritettuEnnen2021: false, lukuvuosimaksullinenOpiskeluoikeus: false } }],
    ['MK-REQ-1', pieni((oo) => delete oo.lisätiedot.maksuttomuus)],
    ['T-RAH-1', pieni((oo) => delete oo.tila.opiskeluoikeusjaksot[0].opintojenRahoitus)],
    ['T-LAAJ-1', pieni((oo) => (oo.suoritukset[0].koulutusmoduuli.laajuus.arvo = 3))],
    ['T-VALM-1', pieni((oo) => (oo.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = 1))],
    ['T-DIAARI-2', pieni((oo) => (oo.suoritukset[0].koulutusmoduuli.perusteenDiaarinumero = 'OPH-5410-2021'))],
    ['G-DUP-1', pieni((oo) => oo.suoritukset[0].osasuoritukset.push(osa('101', 2, [arviointi('2022-05-01')])))],
    ['G-STAT-3', pieni((oo) => (oo.suoritukset[0].osasuoritukset = []))],
    ['G-STAT-4', pieni((oo) => delete oo.suoritukset[0].vahvistus)],
    ['G-DATE-1', pieni((oo) => (oo.tila.opiskeluoikeusjaksot[1].alku = '2021-07-01'))],
    ['MK-JAKSO-1', pieni((oo) => (oo.lisätiedot.maksuttomuus[0].alku = '2021-07-01'))],
    ['MK-JAKSO-2', pieni((oo) => oo.lisätiedot.maksuttomuus.push({ alku: '2021-08-01', maksuton: false }))],
    ['MK-OHJE-1', pieni((oo) => (oo.lisätiedot.maksuttomuus[0].alku = '2021-09-01'))],
    ['MK-REL-1', pieni(() => undefined), { today: TODAY, birthDate: '2001-05-01' }],
    ['T-LUPA-1', pieni((oo) => (oo.lisätiedot.majoitus = [{ alku: '2021-09-01' }]), 'lukio')],
    ['T-LUPA-2', pieni(() => undefined), { today: TODAY, previous: muutettuEdellinen(pieniTuvaOppija()) }],
    ['G-ID-2', pieni(() => undefined), { today: TODAY, previous: pieni((oo) => (oo.tyyppi.koodiarvo = 'lukiokoulutus')) }],
    ['G-LJ-4', pieni((oo) => { oo.oid = '1.2.246.562.15.12345678901'; delete oo.lähdejärjestelmänId }), { today: TODAY, serviceUser: false, previous: pieni((oo) => (oo.oid = '1.2.246.562.15.12345678901')) }],
    ['T-LT-2', pieni((oo) => (oo.lisätiedot.vammainen = [{ alku: '2021-09-01' }]), 'perusopetus')],
    ['T-OHJE-2', pieni((oo) => Object.assign(oo.lisätiedot, { majoitusetu: { alku: '2021-09-01' }, sisäoppilaitosmainenMajoitus: [{ alku: '2021-09-01' }] }), 'perusopetus')],
    ['T-OHJE-3', pieni((oo) => Object.assign(oo.lisätiedot, { majoitusetu: { alku: '2021-09-01' }, kuljetusetu: { alku: '2021-09-01' } }), 'perusopetus')],
    ['S-10', pieni((oo) => (oo.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = 0))],
    ['S-11', pieni((oo) => (oo.lisätiedot.osaAikaisuusjaksot = [{ alku: '2021-08-01', osaAikaisuus: 100 }]))],
  ]

  it('the scenarios start from valid documents', () => {
    for (const lupa of ['ammatillinen', 'lukio', 'perusopetus'] as const) expect(validate(pieniTuvaOppija(lupa), { today: TODAY }).findings).toEqual([])
  })

  it.each(SKENAARIOT.map(([id, doc, options], i) => [`${id} (${i})`, id, doc, options] as const))('%s fires with its declared key', (_name, id, doc, options) => {
    const report = validate(doc, options ?? { today: TODAY })
    expect(report.findings.map((f) => f.rule)).toContain(id)
    expect(report.findings.map(disagreement).filter((d) => d !== undefined)).toEqual([])
  })

  it('many rules were seen (so the checks above are not vacuous)', () => {
    expect(observed.size).toBeGreaterThanOrEqual(60)
  })
})

describe('needsFor asks only for what needs declares', () => {
  const rules = tyypinSäännöt()
    .flatMap((t) => t.rules)
    .filter((r): r is Rule<unknown> => typeof (r as Partial<Rule<unknown>>).needsFor === 'function')

  it('there are such rules', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(expect.arrayContaining(['MK-PID-5', 'MK-REL-1', 'MK-REQ-1']))
  })

  it('over valid documents, with and without a birth date', () => {
    const docs = [...fc.sample(validTuvaOppijaArb, { numRuns: 20, seed: 11 }), pieniTuvaOppija('lukio', { oikeuttaMaksuttomuuteenPidennetty: [{ alku: '2021-01-01', loppu: '2021-06-01' }, { alku: '2022-09-01', loppu: '2022-12-31' }] })]
    for (const doc of docs) {
      const oo = doc.opiskeluoikeudet[0]
      for (const birthDate of [undefined, '2004-05-27', '1999-01-01']) {
        const ctx = ruleContext({ birthDate, path: 'opiskeluoikeudet[0]' })
        for (const r of rules) for (const need of r.needsFor!(oo, ctx)) expect(r.needs ?? [], `${r.id} asked for ${need}`).toContain(need)
      }
    }
  })
})
