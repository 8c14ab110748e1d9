/** G-SUOR-1 (vahvistus ≤ päättymispäivä), G-SUOR-3/4/5 (a suoritus' own dates), G-STAT-2/3/4 (completed suoritukset). */
import { describe, expect, it } from 'vitest'
import { keskeneräinenOsasuoritus, suorituksenPäivämäärät, valmiiltaPuuttuuOsasuorituksia, valmistuneeltaPuuttuuVahvistus, vahvistusEnnenPäättymistä } from '../../src/rules/yleiset'
import type { OpiskeluoikeusLike, SuoritusLike } from '../../src/rules/shapes'
import { jakso, ruleContext, byRule, oo, run, validTuvaOppija } from '../support'

const P = 'opiskeluoikeudet[0]'
const S = `${P}.suoritukset[0]`

const k = (koodistoUri: string, koodiarvo: string) => ({ koodistoUri, koodiarvo })

/** A hand-made suoritus of the shapes the general rules read (MUKS and ammatillinen have what TUVA lacks). */
const suoritus = (fields: Partial<SuoritusLike> & { koodi?: string } = {}): SuoritusLike => {
  const { koodi, ...rest } = fields
  return { tyyppi: k('suorituksentyyppi', 'muukuinsaanneltykoulutus'), koulutusmoduuli: { tunniste: k('koulutus', koodi ?? '999951') }, ...rest }
}
const opiskeluoikeus = (suoritukset: SuoritusLike[], jaksot: Array<[string, string]> = [['2023-01-01', 'lasna']]): OpiskeluoikeusLike => ({
  tyyppi: k('opiskeluoikeudentyyppi', 'muukuinsaanneltykoulutus'),
  tila: { opiskeluoikeusjaksot: jaksot.map(([alku, tila]) => ({ alku, tila: k('koskiopiskeluoikeudentila', tila) })) },
  suoritukset,
})
const arvio = (päivä: string, kenttä: 'päivä' | 'arviointipäivä' = 'päivä') => ({ arvosana: k('arviointiasteikkomuks', '5'), [kenttä]: päivä })

describe('G-SUOR-1 — vahvistus not after päättymispäivä', () => {
  it('"suoritus.vahvistus.päivä > päättymispäivä" on TUVA → päättymispäiväEnnenVahvistusta at the vahvistus päivä', () => {
    const doc = validTuvaOppija()
    oo(doc).suoritukset[0].vahvistus.päivä = '2022-08-02'
    expect(byRule(run(doc), 'G-SUOR-1')).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: 'badRequest.validation.date.päättymispäiväEnnenVahvistusta',
        path: `${S}.vahvistus.päivä`,
        message: expect.objectContaining({ fi: 'suoritus.vahvistus.päivä (2022-08-02) oltava sama tai aiempi kuin päättymispäivä (2022-08-01)' }),
      }),
    ])
  })

  it('vahvistus on the päättymispäivä or before passes', () => {
    const doc = validTuvaOppija()
    oo(doc).suoritukset[0].vahvistus.päivä = '2022-08-01'
    expect(byRule(run(doc), 'G-SUOR-1')).toEqual([])
  })

  it('no päättymispäivä (ongoing study right) → nothing to compare', () => {
    const doc = validTuvaOppija()
    oo(doc).tila.opiskeluoikeusjaksot.pop()
    oo(doc).suoritukset[0].vahvistus.päivä = '2026-01-01'
    expect(byRule(run(doc), 'G-SUOR-1')).toEqual([])
  })

  it('osasuoritukset with a vahvistus are checked too (rule function)', () => {
    const o = opiskeluoikeus([suoritus({ vahvistus: { päivä: '2023-05-01' }, osasuoritukset: [suoritus({ koodi: 'OS1', vahvistus: { päivä: '2023-07-01' } })] })], [
      ['2023-01-01', 'lasna'],
      ['2023-06-01', 'hyvaksytystisuoritettu'],
    ])
    expect(vahvistusEnnenPäättymistä.check(o, ruleContext()).map((f) => [f.path, f.message.fi])).toEqual([
      [`${S}.osasuoritukset[0].vahvistus.päivä`, 'suoritus.vahvistus.päivä (2023-07-01) oltava sama tai aiempi kuin päättymispäivä (2023-06-01)'],
    ])
  })
})

describe('G-SUOR-3/4/5 — a suoritus’ own dates (rule function; TUVA has no such fields)', () => {
  const check = (s: SuoritusLike) => suorituksenPäivämäärät.check(opiskeluoikeus([s]), ruleContext()).map((f) => [f.rule, f.key, f.path, f.message.fi])

  it('G-SUOR-3: alkamispäivä after an arviointi → arviointiEnnenAlkamispäivää', () => {
    expect(check(suoritus({ alkamispäivä: '2023-03-01', arviointi: [arvio('2023-04-01'), arvio('2023-02-01')] }))).toEqual([
      ['G-SUOR-3', 'badRequest.validation.date.arviointiEnnenAlkamispäivää', `${S}.arviointi`, 'suoritus.alkamispäivä (2023-03-01) oltava sama tai aiempi kuin suoritus.arviointi.päivä (2023-02-01)'],
    ])
  })

  it('G-SUOR-4: an arviointi after the vahvistus → vahvistusEnnenArviointia', () => {
    expect(check(suoritus({ arviointi: [arvio('2023-04-01', 'arviointipäivä')], vahvistus: { päivä: '2023-03-01' } }))).toEqual([
      ['G-SUOR-4', 'badRequest.validation.date.vahvistusEnnenArviointia', `${S}.vahvistus.päivä`, 'suoritus.arviointi.päivä (2023-04-01) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2023-03-01)'],
    ])
  })

  it('G-SUOR-5: vahvistus before alkamispäivä → vahvistusEnnenAlkamispäivää', () => {
    expect(check(suoritus({ alkamispäivä: '2023-03-01', vahvistus: { päivä: '2023-02-01' } }))).toEqual([
      ['G-SUOR-5', 'badRequest.validation.date.vahvistusEnnenAlkamispäivää', `${S}.vahvistus.päivä`, 'suoritus.alkamispäivä (2023-03-01) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2023-02-01)'],
    ])
  })

  it('KOSKI compares every pair: each arviointi date on the wrong side is its own finding, in date order', () => {
    expect(check(suoritus({ alkamispäivä: '2023-03-01', arviointi: [arvio('2023-02-01'), arvio('2023-01-01'), arvio('2023-04-01')] })).map(([r, , , fi]) => [r, fi])).toEqual([
      ['G-SUOR-3', 'suoritus.alkamispäivä (2023-03-01) oltava sama tai aiempi kuin suoritus.arviointi.päivä (2023-01-01)'],
      ['G-SUOR-3', 'suoritus.alkamispäivä (2023-03-01) oltava sama tai aiempi kuin suoritus.arviointi.päivä (2023-02-01)'],
    ])
    expect(check(suoritus({ arviointi: [arvio('2023-05-01'), arvio('2023-04-01')], vahvistus: { päivä: '2023-03-01' } })).map(([r, , , fi]) => [r, fi])).toEqual([
      ['G-SUOR-4', 'suoritus.arviointi.päivä (2023-04-01) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2023-03-01)'],
      ['G-SUOR-4', 'suoritus.arviointi.päivä (2023-05-01) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2023-03-01)'],
    ])
  })

  it('in KOSKI’s order: only the first failing check of a suoritus is reported', () => {
    // all three fail: 3 wins
    expect(check(suoritus({ alkamispäivä: '2023-03-01', arviointi: [arvio('2023-02-01'), arvio('2023-04-01')], vahvistus: { päivä: '2023-01-01' } })).map(([r]) => r)).toEqual(['G-SUOR-3'])
    // 4 and 5 fail: 4 wins
    expect(check(suoritus({ alkamispäivä: '2023-03-01', arviointi: [arvio('2023-04-01')], vahvistus: { päivä: '2023-02-01' } })).map(([r]) => r)).toEqual(['G-SUOR-4'])
  })

  it('equal dates pass; a suoritus without the fields passes', () => {
    expect(check(suoritus({ alkamispäivä: '2023-03-01', arviointi: [arvio('2023-03-01')], vahvistus: { päivä: '2023-03-01' } }))).toEqual([])
    expect(check(suoritus())).toEqual([])
  })

  it('the dates of each osasuoritus are compared within that osasuoritus only', () => {
    const s = suoritus({
      vahvistus: { päivä: '2023-03-01' },
      osasuoritukset: [suoritus({ koodi: 'OS1', arviointi: [arvio('2023-05-01', 'arviointipäivä')] }), suoritus({ koodi: 'OS2', alkamispäivä: '2023-06-01', vahvistus: { päivä: '2023-05-01' } })],
    })
    expect(check(s).map(([r, , p]) => [r, p])).toEqual([['G-SUOR-5', `${S}.osasuoritukset[1].vahvistus.päivä`]])
  })
})

describe('G-STAT-2 — a completed suoritus has no unfinished osasuoritus', () => {
  const KEY = 'badRequest.validation.tila.keskeneräinenOsasuoritus'

  it('vahvistettu TUVA päätaso with an unassessed osa → keskeneräinenOsasuoritus at the osa', () => {
    const doc = validTuvaOppija()
    delete oo(doc).suoritukset[0].osasuoritukset[1].arviointi
    expect(byRule(run(doc), 'G-STAT-2')).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: KEY,
        path: `${S}.osasuoritukset[1]`,
        message: expect.objectContaining({ fi: 'Valmiiksi merkityllä suorituksella koulutus/999908 on keskeneräinen osasuoritus koulutuksenosattuva/107' }),
      }),
    ])
  })

  it('an empty arviointi list counts as unassessed', () => {
    const doc = validTuvaOppija()
    oo(doc).suoritukset[0].osasuoritukset[1].arviointi = []
    expect(byRule(run(doc), 'G-STAT-2').map((f) => f.path)).toEqual([`${S}.osasuoritukset[1]`])
  })

  it('an assessed 104 with an unassessed kurssi → reported for the vahvistettu päätaso and for the 104 (each completed suoritus is checked), paikallinen tunniste as "koodiarvo (nimi)"', () => {
    const doc = validTuvaOppija()
    delete oo(doc).suoritukset[0].osasuoritukset[6].osasuoritukset[1].arviointi
    expect(byRule(run(doc), 'G-STAT-2').map((f) => [f.path, f.message.fi])).toEqual([
      [`${S}.osasuoritukset[6].osasuoritukset[1]`, 'Valmiiksi merkityllä suorituksella koulutus/999908 on keskeneräinen osasuoritus VALKU2 (Paikallinen kurssisuoritus)'],
      [`${S}.osasuoritukset[6].osasuoritukset[1]`, 'Valmiiksi merkityllä suorituksella koulutuksenosattuva/104 on keskeneräinen osasuoritus VALKU2 (Paikallinen kurssisuoritus)'],
    ])
  })

  it('several unfinished osat: one finding per completed suoritus, naming the first in KOSKI\'s order (direct osasuoritukset before deeper ones)', () => {
    const doc = validTuvaOppija()
    const osat = oo(doc).suoritukset[0].osasuoritukset
    delete osat[6].osasuoritukset[0].arviointi // deeper, listed earlier
    delete osat[2].arviointi
    delete osat[4].arviointi
    expect(byRule(run(doc), 'G-STAT-2').map((f) => [f.path, f.message.fi])).toEqual([
      [`${S}.osasuoritukset[2]`, 'Valmiiksi merkityllä suorituksella koulutus/999908 on keskeneräinen osasuoritus koulutuksenosattuva/105'],
      [`${S}.osasuoritukset[6].osasuoritukset[0]`, 'Valmiiksi merkityllä suorituksella koulutuksenosattuva/104 on keskeneräinen osasuoritus VALKU1 (Paikallinen kurssisuoritus)'],
    ])
  })

  it('an ongoing study right (no vahvistus): an arvioitu 104 still needs its kurssit assessed; unassessed osat are fine', () => {
    const doc = validTuvaOppija()
    oo(doc).tila.opiskeluoikeusjaksot.pop()
    delete oo(doc).suoritukset[0].vahvistus
    delete oo(doc).suoritukset[0].osasuoritukset[0].arviointi
    delete oo(doc).suoritukset[0].osasuoritukset[6].osasuoritukset[0].arviointi
    expect(byRule(run(doc), 'G-STAT-2').map((f) => f.path)).toEqual([`${S}.osasuoritukset[6].osasuoritukset[0]`])
  })

  it('an unassessed 104 with unassessed kurssit under a vahvistettu päätaso: the 104 is the first unfinished one; being unfinished itself, it is not checked', () => {
    const doc = validTuvaOppija()
    const valinnainen = oo(doc).suoritukset[0].osasuoritukset[6]
    delete valinnainen.arviointi
    delete valinnainen.osasuoritukset[0].arviointi
    expect(byRule(run(doc), 'G-STAT-2').map((f) => f.path)).toEqual([`${S}.osasuoritukset[6]`])
  })

  it('options: VST päätaso exempt, MUKS osasuoritukset always valmis (rule function)', () => {
    const o = opiskeluoikeus([suoritus({ vahvistus: { päivä: '2023-05-01' }, osasuoritukset: [suoritus({ koodi: 'OS1' })] })])
    expect(keskeneräinenOsasuoritus().check(o, ruleContext()).map((f) => f.rule)).toEqual(['G-STAT-2'])
    expect(keskeneräinenOsasuoritus({ päätasoExempt: true }).check(o, ruleContext())).toEqual([])
    expect(keskeneräinenOsasuoritus({ osasuoritusAinaValmis: true }).check(o, ruleContext())).toEqual([])
  })

  it('the valid example passes', () => {
    expect(byRule(run(validTuvaOppija()), 'G-STAT-2')).toEqual([])
  })
})

describe('G-STAT-3 — a vahvistettu päätaso needs osasuoritukset', () => {
  const message = 'Suoritus koulutus/999908 on merkitty valmiiksi, mutta sillä on tyhjä osasuorituslista tai opiskeluoikeudelta puuttuu linkitys'

  it.each([
    ['missing', undefined],
    ['empty', []],
  ])('osasuoritukset %s → valmiiksiMerkityltäPuuttuuOsasuorituksia at the päätaso', (_, osat) => {
    const doc = validTuvaOppija()
    if (osat === undefined) delete oo(doc).suoritukset[0].osasuoritukset
    else oo(doc).suoritukset[0].osasuoritukset = osat
    expect(byRule(run(doc), 'G-STAT-3')).toEqual([
      expect.objectContaining({ severity: 'error', key: 'badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia', path: S, message: expect.objectContaining({ fi: message }) }),
    ])
  })

  it('without vahvistus an empty list is fine', () => {
    const o = opiskeluoikeus([suoritus({ osasuoritukset: [] })])
    expect(valmiiltaPuuttuuOsasuorituksia.check(o, ruleContext())).toEqual([])
  })
})

describe('G-STAT-4 — valmistunut requires a vahvistettu päätaso', () => {
  it('"Vahvistus puuttuu, opiskeluoikeus valmistunut" → vahvistusPuuttuu at the päätaso', () => {
    const doc = validTuvaOppija()
    delete oo(doc).suoritukset[0].vahvistus
    expect(byRule(run(doc), 'G-STAT-4')).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: 'badRequest.validation.tila.vahvistusPuuttuu',
        path: S,
        message: expect.objectContaining({ fi: 'Suoritukselta koulutus/999908 puuttuu vahvistus, vaikka opiskeluoikeus on tilassa Valmistunut' }),
      }),
    ])
  })

  it('only the last jakso counts: katsotaaneronneeksi, ongoing, or an earlier valmistunut do not require it', () => {
    for (const viimeinen of ['katsotaaneronneeksi', 'lasna']) {
      const doc = validTuvaOppija()
      delete oo(doc).suoritukset[0].vahvistus
      oo(doc).tila.opiskeluoikeusjaksot[1] = jakso('2022-08-01', viimeinen, '1')
      expect(byRule(run(doc), 'G-STAT-4')).toEqual([])
    }
    const o = opiskeluoikeus([suoritus()], [['2023-01-01', 'valmistunut'], ['2023-02-01', 'lasna']])
    expect(valmistuneeltaPuuttuuVahvistus.check(o, ruleContext())).toEqual([])
  })

  it('not triggered by hyvaksytystisuoritettu (VST/MUKS)', () => {
    const o = opiskeluoikeus([suoritus()], [['2023-01-01', 'lasna'], ['2023-02-01', 'hyvaksytystisuoritettu']])
    expect(valmistuneeltaPuuttuuVahvistus.check(o, ruleContext())).toEqual([])
  })
})
