/** G-JAKSO-1/2/3 (opiskeluoikeusjaksot) and G-DATE-1/2 (the study right's dates). */
import { describe, expect, it } from 'vitest'
import { arvioituPäättymispäiväEnnenAlkamispäivää, jaksojenJärjestys, päättymispäiväEnnenAlkamispäivää, päättävätTilat } from '../../src/rules/yleiset'
import type { OpiskeluoikeusLike } from '../../src/rules/shapes'
import { jakso, ruleContext, byRule, oo, run, validTuvaOppija, type Json } from '../support'

const P = 'opiskeluoikeudet[0]'

/** The valid example with the given jaksot (rahoitus 1 on each). */
const withJaksot = (...jaksot: Array<[string, string]>): Json => {
  const doc = validTuvaOppija()
  oo(doc).tila.opiskeluoikeusjaksot = jaksot.map(([alku, tila]) => jakso(alku, tila, '1'))
  return doc
}

/** A minimal study right shape for calling a rule directly. */
const shape = (...jaksot: Array<[string, string]>): OpiskeluoikeusLike => ({
  tyyppi: { koodiarvo: 'tuva', koodistoUri: 'opiskeluoikeudentyyppi' },
  tila: { opiskeluoikeusjaksot: jaksot.map(([alku, tila]) => ({ alku, tila: { koodiarvo: tila, koodistoUri: 'koskiopiskeluoikeudentila' } })) },
  suoritukset: [],
})

describe('G-JAKSO-1 — jaksot in strictly ascending order', () => {
  const KEY = 'badRequest.validation.date.opiskeluoikeusjaksojenPäivämäärät'

  it('a jakso before the previous one → "<alku1> on oltava aiempi kuin <alku2>" at the later jakso', () => {
    const found = byRule(run(withJaksot(['2021-08-01', 'lasna'], ['2021-07-01', 'valiaikaisestikeskeytynyt'], ['2022-06-01', 'lasna'])), 'G-JAKSO-1')
    expect(found).toEqual([
      expect.objectContaining({ severity: 'error', key: KEY, path: `${P}.tila.opiskeluoikeusjaksot[1]`, message: expect.objectContaining({ fi: 'tila.opiskeluoikeusjaksot: 2021-08-01 on oltava aiempi kuin 2021-07-01' }) }),
    ])
  })

  it('"palautetaan 400 jos viimeinen tila ei ole mitatoity": two jaksot on the same day → "<tila1> <alku1> ei voi olla samalla päivämäärällä kuin <tila2> <alku2>"', () => {
    const found = byRule(run(withJaksot(['2021-08-01', 'lasna'], ['2021-08-01', 'valmistunut'])), 'G-JAKSO-1')
    expect(found).toEqual([
      expect.objectContaining({
        key: KEY,
        path: `${P}.tila.opiskeluoikeusjaksot[1]`,
        message: expect.objectContaining({ fi: 'tila.opiskeluoikeusjaksot: lasna 2021-08-01 ei voi olla samalla päivämäärällä kuin valmistunut 2021-08-01' }),
      }),
    ])
  })

  it('"mitatoity tila sallitaan viimeisenä": mitatoity on the same day as the previous jakso is accepted', () => {
    const report = run(withJaksot(['2021-08-01', 'lasna'], ['2022-08-01', 'valmistunut'], ['2022-08-01', 'mitatoity']))
    expect(report.valid).toBe(true)
    expect(jaksojenJärjestys.check(shape(['2021-08-01', 'lasna'], ['2021-08-01', 'mitatoity']), ruleContext())).toEqual([])
  })

  it('every pair is checked: one finding per offending pair', () => {
    const found = jaksojenJärjestys.check(shape(['2022-01-01', 'lasna'], ['2021-01-01', 'loma'], ['2021-01-01', 'lasna'], ['2023-01-01', 'valmistunut']), ruleContext())
    expect(found.map((f) => [f.path, f.message.fi])).toEqual([
      [`${P}.tila.opiskeluoikeusjaksot[1]`, 'tila.opiskeluoikeusjaksot: 2022-01-01 on oltava aiempi kuin 2021-01-01'],
      [`${P}.tila.opiskeluoikeusjaksot[2]`, 'tila.opiskeluoikeusjaksot: loma 2021-01-01 ei voi olla samalla päivämäärällä kuin lasna 2021-01-01'],
    ])
  })

  it('ascending jaksot pass; one jakso passes', () => {
    expect(byRule(run(validTuvaOppija()), 'G-JAKSO-1')).toEqual([])
    expect(jaksojenJärjestys.check(shape(['2021-08-01', 'lasna']), ruleContext())).toEqual([])
  })
})

describe('G-JAKSO-2 — nothing after the final state', () => {
  it('"Opiskeluoikeuden tila muuttunut vielä valmistumisen jälkeen" → tilaMuuttunutLopullisenTilanJälkeen at the jakso after it', () => {
    const found = byRule(run(withJaksot(['2021-08-01', 'lasna'], ['2022-06-01', 'valmistunut'], ['2022-08-01', 'lasna'])), 'G-JAKSO-2')
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: 'badRequest.validation.tila.tilaMuuttunutLopullisenTilanJälkeen',
        path: `${P}.tila.opiskeluoikeusjaksot[2]`,
        message: expect.objectContaining({ fi: 'Opiskeluoikeuden tila muuttunut lopullisen tilan (valmistunut) jälkeen' }),
      }),
    ])
  })

  it('"mitatoity tilan tulee olla viimeinen": lasna, mitatoity, lasna → tilaMuuttunutLopullisenTilanJälkeen', () => {
    const found = byRule(run(withJaksot(['2021-08-01', 'lasna'], ['2021-09-01', 'mitatoity'], ['2021-10-01', 'lasna'])), 'G-JAKSO-2')
    expect(found.map((f) => f.message.fi)).toEqual(['Opiskeluoikeuden tila muuttunut lopullisen tilan (mitatoity) jälkeen'])
  })

  it('non-final states (lasna, loma, valiaikaisestikeskeytynyt) may follow each other in any order', () => {
    const report = run(withJaksot(['2021-08-01', 'lasna'], ['2021-09-01', 'valiaikaisestikeskeytynyt'], ['2021-10-01', 'loma'], ['2021-11-01', 'lasna'], ['2022-06-01', 'valmistunut']))
    expect(byRule(report, 'G-JAKSO-2')).toEqual([])
    expect(byRule(report, 'G-JAKSO-3')).toEqual([])
  })
})

describe('G-JAKSO-3 — at most one final state', () => {
  const KEY = 'badRequest.validation.tila.montaPäättävääTilaa'

  it('"Päättäviä tiloja voi olla vain yksi": katsotaaneronneeksi then valmistunut → montaPäättävääTilaa at the jakso list', () => {
    const found = byRule(run(withJaksot(['2021-08-01', 'lasna'], ['2022-01-01', 'katsotaaneronneeksi'], ['2022-06-01', 'valmistunut'])), 'G-JAKSO-3')
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: KEY,
        path: `${P}.tila.opiskeluoikeusjaksot`,
        message: expect.objectContaining({ fi: 'Opiskeluoikeudella voi olla vain yksi opiskeluoikeuden päättävä tila' }),
      }),
    ])
  })

  it('"kaksi päättävää tilaa kun viimeinen on mitatoity" is OK', () => {
    expect(run(withJaksot(['2021-08-01', 'lasna'], ['2022-06-01', 'valmistunut'], ['2022-07-01', 'mitatoity'])).valid).toBe(true)
    expect(päättävätTilat.check(shape(['2021-08-01', 'lasna'], ['2022-06-01', 'valmistunut'], ['2022-07-01', 'mitatoity']), ruleContext())).toEqual([])
  })

  it('three final states, even ending in mitatoity → montaPäättävääTilaa (rule function)', () => {
    const found = päättävätTilat.check(shape(['2021-08-01', 'katsotaaneronneeksi'], ['2022-06-01', 'valmistunut'], ['2022-07-01', 'mitatoity']), ruleContext())
    expect(found.map((f) => [f.rule, f.key])).toEqual([['G-JAKSO-3', KEY]])
  })

  it('two final states with a non-final one after them → montaPäättävääTilaa only', () => {
    const found = päättävätTilat.check(shape(['2021-08-01', 'valmistunut'], ['2022-06-01', 'katsotaaneronneeksi'], ['2022-07-01', 'lasna']), ruleContext())
    expect(found.map((f) => f.rule)).toEqual(['G-JAKSO-3'])
  })

  it('bare study right: path without prefix', () => {
    const found = päättävätTilat.check(shape(['2021-08-01', 'valmistunut'], ['2022-06-01', 'katsotaaneronneeksi']), ruleContext({ path: '' }))
    expect(found.map((f) => f.path)).toEqual(['tila.opiskeluoikeusjaksot'])
  })
})

describe('G-DATE-1 — alkamispäivä ≤ päättymispäivä', () => {
  it('"alkamispäivä > päättymispäivä" → päättymisPäiväEnnenAlkamispäivää (with G-JAKSO-1)', () => {
    const report = run(withJaksot(['2022-08-01', 'lasna'], ['2021-08-01', 'valmistunut']))
    expect(byRule(report, 'G-DATE-1')).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: 'badRequest.validation.date.päättymisPäiväEnnenAlkamispäivää',
        path: `${P}.tila.opiskeluoikeusjaksot`,
        message: expect.objectContaining({ fi: 'alkamispäivä (2022-08-01) oltava sama tai aiempi kuin päättymispäivä (2021-08-01)' }),
      }),
    ])
    expect(byRule(report, 'G-JAKSO-1')).toHaveLength(1)
  })

  it('no final state → no päättymispäivä → nothing to compare', () => {
    expect(päättymispäiväEnnenAlkamispäivää.check(shape(['2022-08-01', 'lasna'], ['2021-08-01', 'loma']), ruleContext())).toEqual([])
  })

  it('equal dates and future dates pass ("päättymispäivä tulevaisuudessa")', () => {
    expect(päättymispäiväEnnenAlkamispäivää.check(shape(['2021-08-01', 'valmistunut']), ruleContext())).toEqual([])
    expect(byRule(run(withJaksot(['2021-08-01', 'lasna'], ['2030-06-01', 'valmistunut'])), 'G-DATE-1')).toEqual([])
  })
})

describe('G-DATE-2 — alkamispäivä ≤ arvioituPäättymispäivä', () => {
  it('"alkamispäivä > arvioituPäättymispäivä" → arvioituPäättymisPäiväEnnenAlkamispäivää at arvioituPäättymispäivä', () => {
    const doc = validTuvaOppija()
    oo(doc).arvioituPäättymispäivä = '2021-07-31'
    expect(byRule(run(doc), 'G-DATE-2')).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: 'badRequest.validation.date.arvioituPäättymisPäiväEnnenAlkamispäivää',
        path: `${P}.arvioituPäättymispäivä`,
        message: expect.objectContaining({ fi: 'alkamispäivä (2021-08-01) oltava sama tai aiempi kuin arvioituPäättymispäivä (2021-07-31)' }),
      }),
    ])
  })

  it('equal, later, or absent passes', () => {
    for (const d of ['2021-08-01', '2022-06-01', undefined]) {
      const o = { ...shape(['2021-08-01', 'lasna']), ...(d === undefined ? {} : { arvioituPäättymispäivä: d }) }
      expect(arvioituPäättymispäiväEnnenAlkamispäivää.check(o, ruleContext())).toEqual([])
    }
  })

  it('"alkamispäivä tulevaisuudessa": a study right starting in the future is accepted', () => {
    const report = run(withJaksot(['2027-08-01', 'lasna']))
    expect([...byRule(report, 'G-DATE-1'), ...byRule(report, 'G-DATE-2'), ...byRule(report, 'G-JAKSO-1')]).toEqual([])
  })
})
