/** The input: Oppija envelope or a bare study right, S-0, unknown types (TYYPPI-1, S-8), KOSKI's test flags (S-1). */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY } from '../../src'
import { byRule, keys, oo, run, validTuvaOppija } from '../support'

const schemaOnly = (report: ReturnType<typeof run>) => report.findings.filter((f) => f.key === JSON_SCHEMA_KEY)

describe('S-0 — input that is neither an Oppija nor a study right', () => {
  it.each([
    ['a number', 42],
    ['a string', 'opiskeluoikeus'],
    ['null', null],
    ['undefined', undefined],
    ['a boolean', true],
    ['an array', []],
    ['an array of study rights', [oo(validTuvaOppija())]],
    ['an empty object', {}],
    ['an object with other keys', { oppija: { henkilö: {} } }],
  ])('%s → one S-0 error at the root', (_, input) => {
    const report = run(input)
    expect(report.valid).toBe(false)
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]).toMatchObject({ severity: 'error', rule: 'S-0', key: JSON_SCHEMA_KEY, path: '', errorType: 'unexpectedType' })
    expect(report.findings[0]!.message.fi).toBe('Syöte ei ole Oppija ({ henkilö, opiskeluoikeudet }) eikä opiskeluoikeus')
    expect(report.skipped).toEqual([])
  })
})

describe('the Oppija envelope', () => {
  it('the valid example passes', () => {
    const report = run(validTuvaOppija())
    expect(report.valid).toBe(true)
    expect(schemaOnly(report)).toEqual([])
  })

  it('an unknown key beside henkilö and opiskeluoikeudet → unexpectedProperty at that key', () => {
    const doc = validTuvaOppija()
    doc.lisätieto = 'x'
    expect(run(doc).findings).toEqual([
      expect.objectContaining({ rule: 'S-1', key: JSON_SCHEMA_KEY, errorType: 'unexpectedProperty', path: 'lisätieto' }),
    ])
  })

  it('an unknown key with value null is treated as absent', () => {
    const doc = validTuvaOppija()
    doc.lisätieto = null
    expect(schemaOnly(run(doc))).toEqual([])
  })

  it('henkilö missing or null → missingProperty henkilö; the study rights are still validated', () => {
    for (const henkilö of [undefined, null]) {
      const doc = validTuvaOppija()
      if (henkilö === undefined) delete doc.henkilö
      else doc.henkilö = henkilö
      const report = run(doc)
      expect(schemaOnly(report)).toEqual([expect.objectContaining({ rule: 'S-2', errorType: 'missingProperty', path: 'henkilö' })])
      expect(report.valid).toBe(false)
    }
    const doc = validTuvaOppija()
    delete doc.henkilö
    oo(doc).tila.opiskeluoikeusjaksot.reverse()
    expect(byRule(run(doc), 'G-JAKSO-1')).toHaveLength(1)
  })

  it('opiskeluoikeudet missing or null → missingProperty; not a list → unexpectedType', () => {
    for (const value of [undefined, null]) {
      const doc = validTuvaOppija()
      if (value === undefined) delete doc.opiskeluoikeudet
      else doc.opiskeluoikeudet = value
      expect(run(doc).findings).toEqual([expect.objectContaining({ rule: 'S-2', errorType: 'missingProperty', path: 'opiskeluoikeudet' })])
    }
    const doc = validTuvaOppija()
    doc.opiskeluoikeudet = oo(doc)
    expect(run(doc).findings).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, errorType: 'unexpectedType', path: 'opiskeluoikeudet' })])
  })

  it('an item of opiskeluoikeudet that is not an object → notAnyOf at the item (a union position)', () => {
    const doc = validTuvaOppija()
    doc.opiskeluoikeudet.push('tuva')
    expect(run(doc).findings).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-8', errorType: 'notAnyOf', path: 'opiskeluoikeudet[1]' })])
  })
})

describe('a bare study right (not in an envelope)', () => {
  it('is detected and validated; a valid one has no findings', () => {
    const report = run(oo(validTuvaOppija()))
    expect(report.findings).toEqual([])
    expect(report.valid).toBe(true)
  })

  it('paths have no opiskeluoikeudet[0]. prefix (structure)', () => {
    const bare = oo(validTuvaOppija())
    bare.tila.opiskeluoikeusjaksot[1].alku = '2022-13-01'
    bare.suoritukset[0].vahvistus.myöntäjäHenkilöt = []
    expect(run(bare).findings.map((f) => [f.errorType, f.path])).toEqual([
      ['dateFormatMismatch', 'tila.opiskeluoikeusjaksot[1].alku'],
      ['lessThanMinimumNumberOfItems', 'suoritukset[0].vahvistus.myöntäjäHenkilöt'],
    ])
  })

  it('paths have no opiskeluoikeudet[0]. prefix (rules)', () => {
    const bare = oo(validTuvaOppija())
    bare.tila.opiskeluoikeusjaksot.reverse()
    delete bare.lähdejärjestelmänId
    const report = run(bare)
    expect(byRule(report, 'G-JAKSO-1').map((f) => f.path)).toEqual(['tila.opiskeluoikeusjaksot[1]'])
    expect(byRule(report, 'G-LJ-1').map((f) => f.path)).toEqual(['lähdejärjestelmänId'])
  })

  it('an object with only tila or only suoritukset is taken as a study right', () => {
    expect(run({ tila: { opiskeluoikeusjaksot: [] } }).findings.map((f) => f.path)).toEqual([''])
    expect(run({ tila: { opiskeluoikeusjaksot: [] } }).findings[0]).toMatchObject({ rule: 'S-8', errorType: 'notAnyOf' })
    expect(run({ suoritukset: [] }).findings[0]).toMatchObject({ rule: 'S-8', errorType: 'notAnyOf', path: '' })
  })
})

describe('study-right types', () => {
  it('a known but unsupported type (lukiokoulutus) → warning TYYPPI-1, nothing else', () => {
    const doc = validTuvaOppija()
    oo(doc).tyyppi.koodiarvo = 'lukiokoulutus'
    oo(doc).kenttäJotaEiOle = 1
    const report = run(doc)
    expect(report.findings).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'TYYPPI-1', key: 'koskiValidation.tyyppiEiTuettu', path: 'opiskeluoikeudet[0].tyyppi' }),
    ])
    expect(report.findings[0]!.message.fi).toContain('lukiokoulutus')
    expect(report.valid).toBe(true)
  })

  it('TYYPPI-1 on a bare study right has path tyyppi', () => {
    const bare = oo(validTuvaOppija())
    bare.tyyppi.koodiarvo = 'lukiokoulutus'
    expect(run(bare).findings).toEqual([expect.objectContaining({ rule: 'TYYPPI-1', path: 'tyyppi' })])
  })

  it('an unknown type → jsonSchema notAnyOf at the study right', () => {
    const doc = validTuvaOppija()
    oo(doc).tyyppi.koodiarvo = 'tuvakoulutus'
    const report = run(doc)
    expect(report.findings).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'S-8', key: JSON_SCHEMA_KEY, errorType: 'notAnyOf', path: 'opiskeluoikeudet[0]' }),
    ])
    expect(report.findings[0]!.message.fi).toBe('Opiskeluoikeuden tyyppi tuvakoulutus ei ole tuettu; tuetut tyypit: Tutkintokoulutukseen valmentava koulutus (tuva), Vapaan sivistystyön koulutus (vapaansivistystyonkoulutus), Muu kuin säännelty koulutus (muukuinsaanneltykoulutus), Ammatillinen koulutus (ammatillinenkoulutus), Lukioon valmistava koulutus (LUVA) (luva), Perusopetuksen lisäopetus (perusopetuksenlisaopetus)')
  })

  it('a missing type → notAnyOf naming the missing tyyppi', () => {
    const doc = validTuvaOppija()
    delete oo(doc).tyyppi
    const report = run(doc)
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'S-8', errorType: 'notAnyOf', path: 'opiskeluoikeudet[0]' })])
    expect(report.findings[0]!.message.fi).toContain('puuttuu')
  })

  it('a tuva tyyppi from the wrong koodisto → notAnyOf at the study right (the discriminator has the koodisto too)', () => {
    const doc = validTuvaOppija()
    oo(doc).tyyppi.koodistoUri = 'suorituksentyyppi'
    expect(run(doc).findings).toEqual([expect.objectContaining({ rule: 'S-5', errorType: 'notAnyOf', path: 'opiskeluoikeudet[0]' })])
  })
})

describe('several study rights in one envelope', () => {
  it('structural findings of one do not stop the rules of another', () => {
    const doc = validTuvaOppija()
    const toinen = structuredClone(oo(doc))
    toinen.tila.opiskeluoikeusjaksot.reverse() // G-JAKSO-1 in the second one
    oo(doc).tuntematon = true // S-1 in the first one
    oo(doc).tila.opiskeluoikeusjaksot.reverse() // would be G-JAKSO-1 too, but structure stops the rules here
    doc.opiskeluoikeudet.push(toinen)
    const report = run(doc)
    expect(schemaOnly(report).map((f) => f.path)).toEqual(['opiskeluoikeudet[0].tuntematon'])
    expect(byRule(report, 'G-JAKSO-1').map((f) => f.path)).toEqual(['opiskeluoikeudet[1].tila.opiskeluoikeusjaksot[1]'])
  })

  it('findings of each study right carry its own index', () => {
    const doc = validTuvaOppija()
    doc.opiskeluoikeudet.push(structuredClone(oo(doc)), structuredClone(oo(doc)))
    delete doc.opiskeluoikeudet[2].lähdejärjestelmänId
    doc.opiskeluoikeudet[1].tila.opiskeluoikeusjaksot[0].alku = '2021-02-29'
    const report = run(doc)
    expect(report.findings.map((f) => `${f.rule} ${f.path}`)).toEqual([
      'S-4 opiskeluoikeudet[1].tila.opiskeluoikeusjaksot[0].alku',
      'G-LJ-1 opiskeluoikeudet[2].lähdejärjestelmänId',
    ])
  })

  it('an unsupported type beside a TUVA one: warning for it, full validation of the other', () => {
    const doc = validTuvaOppija()
    const ammatillinen = structuredClone(oo(doc))
    ammatillinen.tyyppi.koodiarvo = 'lukiokoulutus'
    doc.opiskeluoikeudet.unshift(ammatillinen)
    doc.opiskeluoikeudet[1].tila.opiskeluoikeusjaksot.reverse()
    const report = run(doc)
    expect(keys(report)).toContain('TYYPPI-1 koskiValidation.tyyppiEiTuettu')
    expect(byRule(report, 'G-JAKSO-1').map((f) => f.path)).toEqual(['opiskeluoikeudet[1].tila.opiskeluoikeusjaksot[1]'])
  })
})

describe('KOSKI test-fixture flags (ignoreKoskiValidator, cleanForTesting): unknown keys outside KOSKI\'s local mock environment', () => {
  it.each(['ignoreKoskiValidator', 'cleanForTesting'])('%s → unexpectedProperty at that key, saying what it is; the study rights are still validated', (flag) => {
    const doc = validTuvaOppija()
    doc[flag] = true
    oo(doc).tila.opiskeluoikeusjaksot.reverse()
    const report = run(doc)
    expect(byRule(report, 'S-1')).toEqual([expect.objectContaining({ severity: 'error', key: JSON_SCHEMA_KEY, errorType: 'unexpectedProperty', path: flag })])
    expect(byRule(report, 'S-1')[0]!.message.fi).toContain(`${flag} on KOSKIn testiaineiston lippu`)
    expect(byRule(report, 'G-JAKSO-1')).toHaveLength(1)
  })

  it('a flag alone makes the document invalid (production KOSKI answers 400 jsonSchema); null is an absent key', () => {
    const doc = validTuvaOppija()
    doc.ignoreKoskiValidator = true
    expect(keys(run(doc))).toEqual(['S-1 badRequest.validation.jsonSchema'])
    expect(run(doc).valid).toBe(false)
    doc.ignoreKoskiValidator = null
    expect(run(doc).valid).toBe(true)
  })
})

describe('skipped: the rules not run for lack of context, sorted, a list of each report', () => {
  it('calls one after another with other context give each their own, sorted; changing one report changes no other', () => {
    const doc = validTuvaOppija()
    const ilman = run(doc, { serviceUser: false })
    const kaikki = [...ilman.skipped]
    expect(kaikki).toEqual([...kaikki].sort())
    expect(kaikki.length).toBeGreaterThan(1)
    // the same again (the sorting of the call before is taken): equal, not the same array
    const toinen = run(doc, { serviceUser: false })
    expect(toinen.skipped).toEqual(kaikki)
    expect(toinen.skipped).not.toBe(ilman.skipped)
    ;(toinen.skipped as string[]).length = 0
    expect(run(doc, { serviceUser: false }).skipped).toEqual(kaikki)
    // with a birth date given, fewer are skipped; and then the first set again
    const syntymä = run(doc, { serviceUser: false, birthDate: '2005-01-01', previous: oo(doc) })
    expect(syntymä.skipped.length).toBeLessThan(kaikki.length)
    expect(syntymä.skipped).toEqual([...syntymä.skipped].sort())
    expect(run(doc, { serviceUser: false }).skipped).toEqual(kaikki)
  })
})
