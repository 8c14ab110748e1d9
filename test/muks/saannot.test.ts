/**
 * The MUKS rules (catalogue §3.7) and the general rules with MUKS's variants, on KOSKI's MUKS examples
 * (test/fixtures/koski/muks): M-RAH-1, M-TILA-1, M-LAAJ-1 (G-LAAJ-2), M-STAT-1 (G-STAT-3, G-SUOR-2, G-SUOR-4, G-SUOR-1),
 * M-MK-1, the JOTPA rules J-* and G-OK-1 on MUKS. KOSKI's cases: OppijaValidationMuuKuinSäänneltySpec. Validated as
 * KOSKI's spec user saves them (`serviceUser: false`: no lähdejärjestelmänId needed) unless said otherwise.
 */
import { describe, expect, it } from 'vitest'
import { muksSäännöt, validate } from '../../src'
import { MS, MP, byRule, errors, found, muks, muksArviointi, muksJakso, muksOsa, muksTilat, muksVahvistus, run, TODAY, tunnit, type Json } from '../support'

const KOSKI = { serviceUser: false } as const
const ajo = (doc: Json, today = TODAY) => run(doc, { ...KOSKI, today })
const JSON_SCHEMA = 'badRequest.validation.jsonSchema'

describe("KOSKI's MUKS examples", () => {
  it('kesken and suoritettu have no finding as KOSKI saves them', () => {
    expect(ajo(muks()).findings).toEqual([])
    expect(ajo(muks(() => {}, 'suoritettu')).findings).toEqual([])
  })
  it('MUKS lists its rules: the general ones, G-SUOR-2, G-DUPOO-1, its own, J-*, G-OK-1; none of free education', () => {
    const ids = muksSäännöt.map((r) => r.id)
    for (const id of ['G-JAKSO-1', 'G-SUOR-1', 'G-SUOR-2', 'G-SUOR-3', 'G-STAT-2', 'G-STAT-3', 'G-LAAJ-2', 'G-DUP-1', 'G-DUPOO-1', 'M-TILA-1', 'M-RAH-1', 'J-RAH-1', 'J-RAH-2', 'J-ALK-1', 'J-ASIA-1', 'J-ASIA-2', 'G-OK-1']) {
      expect(ids).toContain(id)
    }
    expect(ids.some((id) => id.startsWith('MK-') || id.startsWith('T-'))).toBe(false)
  })
})

describe('OppijaValidationMuuKuinSäänneltySpec › Opiskeluoikeuden tila (the codec: S-6)', () => {
  it.each(['katsotaaneronneeksi', 'valmistunut'])("spec: Opiskeluoikeuden tila ei voi olla '%s' (jsonSchema enumValueMismatch)", (tila) => {
    const report = ajo(muks((oo) => (oo.tila = muksTilat([tila]))))
    expect(report.findings.map((f) => [f.rule, f.key, f.errorType, f.path])).toEqual([['S-6', JSON_SCHEMA, 'enumValueMismatch', `${MP}.tila.opiskeluoikeusjaksot[0].tila.koodiarvo`]])
  })
  it.each(['lasna', 'hyvaksytystisuoritettu', 'keskeytynyt'])('%s is a MUKS tila', (tila) => {
    expect(errors(ajo(muks((oo, s) => ((oo.tila = muksTilat(tila === 'lasna' ? [tila] : ['lasna', tila])), delete s.vahvistus))))).toEqual([])
  })
  it('rahoitus 14 and 15 only (1 is S-6)', () => {
    expect(errors(ajo(muks((oo) => (oo.tila = muksTilat(['lasna'], '15')))))).toEqual([])
    expect(ajo(muks((oo) => (oo.tila = muksTilat(['lasna'], '1')))).findings.map((f) => f.rule)).toEqual(['S-6'])
  })
})

describe('M-RAH-1 — rahoitus on lasna and hyvaksytystisuoritettu', () => {
  const KEY = 'badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto'
  it('spec: Läsnä-tilaista opiskeluoikeutta ei voi tallentaa ilman rahoitusmuotoa', () => {
    const report = ajo(muks((oo) => ((oo.tila = muksTilat(['lasna'], null)), delete oo.lisätiedot)))
    expect(found(report, 'M-RAH-1')).toEqual([[`${MP}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus`, 'Opiskeluoikeuden tilalta lasna puuttuu rahoitusmuoto']])
    expect(byRule(report, 'M-RAH-1')[0]).toMatchObject({ severity: 'error', key: KEY })
    expect(errors(report)).toEqual([`M-RAH-1 ${KEY}`])
  })
  it('spec: Suoritettu-tilaista opiskeluoikeutta ei voi tallentaa ilman rahoitusmuotoa', () => {
    const report = ajo(muks((oo) => ((oo.tila = muksTilat(['hyvaksytystisuoritettu'], null)), delete oo.lisätiedot), 'suoritettu'))
    expect(found(report, 'M-RAH-1')).toEqual([[`${MP}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus`, 'Opiskeluoikeuden tilalta hyvaksytystisuoritettu puuttuu rahoitusmuoto']])
    expect(errors(report)).toEqual([`M-RAH-1 ${KEY}`])
  })
  it('keskeytynyt and mitatoity need none; the message names the tila by its koodisto name in sv/en', () => {
    const report = ajo(muks((oo) => (oo.tila.opiskeluoikeusjaksot = [muksJakso('2023-01-01', 'lasna', null), muksJakso('2023-03-01', 'keskeytynyt', null)])))
    expect(found(report, 'M-RAH-1').map(([p]) => p)).toEqual([`${MP}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus`])
    expect(byRule(report, 'M-RAH-1')[0]!.message.en).toBe('The study-right status Present (lasna) has no funding type')
  })
})

describe('M-TILA-1 — at least one opiskeluoikeusjakso (no minItems in KOSKI\'s schema)', () => {
  it('an empty list is not a structural finding but M-TILA-1, KOSKI\'s HTTP 500 internalError', () => {
    const report = ajo(muks((oo) => ((oo.tila.opiskeluoikeusjaksot = []), delete oo.lisätiedot)))
    expect(report.findings.filter((f) => f.rule.startsWith('S-'))).toEqual([])
    const [f, ...muut] = byRule(report, 'M-TILA-1')
    expect(muut).toEqual([])
    expect(f).toMatchObject({ severity: 'error', key: 'internalError', path: `${MP}.tila.opiskeluoikeusjaksot` })
    expect(f!.message.fi).toBe('Internal server error')
    expect(f!.hint?.fi).toContain('vähintään yksi opiskeluoikeusjakso')
    expect(errors(report)).toEqual(['M-TILA-1 internalError'])
  })
  it('one jakso passes', () => {
    expect(byRule(ajo(muks()), 'M-TILA-1')).toEqual([])
  })
  it('without jaksot, G-DUPOO-1 does not run on a study right KOSKI cannot get that far with', () => {
    const doc = muks((oo) => ((oo.tila.opiskeluoikeusjaksot = []), delete oo.lisätiedot))
    const report = run(doc, { ...KOSKI, storedStudyRights: muks().opiskeluoikeudet })
    expect(byRule(report, 'G-DUPOO-1')).toEqual([])
  })
})

describe('M-LAAJ-1 (G-LAAJ-2, MUKS variant) — laajuus is the sum of the children\'s', () => {
  const KEY = 'badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma'
  it('an osasuoritus with children is always compared (a MUKS osasuoritus is always complete), assessed or not', () => {
    const report = ajo(muks((_, s) => (s.osasuoritukset = [muksOsa('Maalaus', 10, { osasuoritukset: [muksOsa('Öljyväri', 4), muksOsa('Akvarelli', 5)] })])))
    expect(found(report, 'G-LAAJ-2')).toEqual([[`${MS}.osasuoritukset[0].koulutusmoduuli.laajuus`, 'Suorituksen Maalaus (Maalaus) osasuoritusten laajuuksien summa 9.0 ei vastaa suorituksen laajuutta 10.0']])
    expect(byRule(report, 'G-LAAJ-2')[0]).toMatchObject({ key: KEY, severity: 'error' })
  })
  it('the sum matching passes, at every depth', () => {
    const report = ajo(muks((_, s) => (s.osasuoritukset = [muksOsa('Maalaus', 9, { osasuoritukset: [muksOsa('Öljyväri', 4, { osasuoritukset: [muksOsa('Pohjustus', 4)] }), muksOsa('Akvarelli', 5)] })])))
    expect(errors(report)).toEqual([])
  })
  it('the päätaso laajuus (not computed by KOSKI despite its description) is compared only when vahvistettu', () => {
    const osat = [muksOsa('Maalaus', 10), muksOsa('Grafiikka', 10)]
    const keskeneräinen = ajo(muks((_, s) => ((s.osasuoritukset = osat), (s.koulutusmoduuli.laajuus = tunnit(30)))))
    expect(byRule(keskeneräinen, 'G-LAAJ-2')).toEqual([])
    const vahvistettu = ajo(muks((oo, s) => {
      s.osasuoritukset = osat
      s.koulutusmoduuli.laajuus = tunnit(30)
      s.vahvistus = muksVahvistus('2023-02-01')
    }))
    expect(found(vahvistettu, 'G-LAAJ-2')).toEqual([[`${MS}.koulutusmoduuli.laajuus`, 'Suorituksen koulutus/999951 osasuoritusten laajuuksien summa 20.0 ei vastaa suorituksen laajuutta 30.0']])
  })
  it('hours are the only unit (another is S-6 in the codec)', () => {
    const report = ajo(muks((_, s) => (s.osasuoritukset = [{ ...muksOsa('Maalaus', 10), koulutusmoduuli: { ...muksOsa('Maalaus', 10).koulutusmoduuli, laajuus: { arvo: 1, yksikkö: { koodiarvo: '8', koodistoUri: 'opintojenlaajuusyksikko' } } } }])))
    expect(report.findings.map((f) => f.rule)).toEqual(['S-6'])
  })
})

describe('M-STAT-1 — vahvistus (G-STAT-3, G-SUOR-2, G-SUOR-4, G-SUOR-1)', () => {
  it('G-STAT-3: a vahvistettu päätaso without osasuoritukset', () => {
    const report = ajo(muks((_, s) => (s.vahvistus = muksVahvistus('2023-02-01'))))
    expect(found(report, 'G-STAT-3')).toEqual([[MS, 'Suoritus koulutus/999951 on merkitty valmiiksi, mutta sillä on tyhjä osasuorituslista tai opiskeluoikeudelta puuttuu linkitys']])
  })
  it('G-STAT-3 passes with osasuoritukset, and no rule ties the vahvistus to hyvaksytystisuoritettu (keskeytynyt + vahvistus is fine)', () => {
    const report = ajo(muks((oo, s) => {
      s.vahvistus = muksVahvistus('2023-02-01')
      oo.tila.opiskeluoikeusjaksot.push(muksJakso('2023-03-01', 'keskeytynyt'))
    }, 'suoritettu'))
    expect(byRule(report, 'G-STAT-3')).toEqual([])
  })
  it('G-SUOR-2: an osasuoritus confirmed after the päätaso, and after its parent osasuoritus: one finding each, against the nearest ancestor confirmed before it', () => {
    const report = ajo(muks((oo, s) => {
      oo.tila.opiskeluoikeusjaksot = [muksJakso('2023-01-01', 'lasna'), muksJakso('2023-06-01', 'hyvaksytystisuoritettu')]
      s.vahvistus = muksVahvistus('2023-03-01')
      s.osasuoritukset = [muksOsa('Maalaus', 4, { vahvistus: muksVahvistus('2023-04-01'), osasuoritukset: [muksOsa('Öljyväri', 4, { vahvistus: muksVahvistus('2023-05-01') })] })]
    }))
    expect(found(report, 'G-SUOR-2')).toEqual([
      [`${MS}.osasuoritukset[0].vahvistus.päivä`, 'osasuoritus.vahvistus.päivä (2023-04-01) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2023-03-01)'],
      [`${MS}.osasuoritukset[0].osasuoritukset[0].vahvistus.päivä`, 'osasuoritus.vahvistus.päivä (2023-05-01) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2023-04-01)'],
    ])
    expect(byRule(report, 'G-SUOR-2')[0]!.key).toBe('badRequest.validation.date.suorituksenVahvistusEnnenSuorituksenOsanVahvistusta')
  })
  it('G-SUOR-2: a far ancestor confirmed before it is found past nearer ones confirmed later', () => {
    const report = ajo(muks((oo, s) => {
      oo.tila.opiskeluoikeusjaksot = [muksJakso('2023-01-01', 'lasna'), muksJakso('2023-06-01', 'hyvaksytystisuoritettu')]
      s.vahvistus = muksVahvistus('2023-02-01')
      s.osasuoritukset = [muksOsa('Maalaus', 4, { vahvistus: muksVahvistus('2023-05-01'), osasuoritukset: [muksOsa('Öljyväri', 4, { vahvistus: muksVahvistus('2023-03-01') })] })]
    }))
    expect(found(report, 'G-SUOR-2')).toEqual([
      [`${MS}.osasuoritukset[0].vahvistus.päivä`, 'osasuoritus.vahvistus.päivä (2023-05-01) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2023-02-01)'],
      [`${MS}.osasuoritukset[0].osasuoritukset[0].vahvistus.päivä`, 'osasuoritus.vahvistus.päivä (2023-03-01) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2023-02-01)'],
    ])
  })
  it('G-SUOR-2 on a 500-deep tree whose every level is confirmed after its parent: one finding per level, in linear time', () => {
    const pv = (i: number) => `${2100 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`
    const puu = (n: number): Json => {
      let o: Json = muksOsa('Taso', 1, { vahvistus: muksVahvistus(pv(n)) })
      for (let i = n - 1; i >= 1; i--) o = muksOsa('Taso', 1, { vahvistus: muksVahvistus(pv(i)), osasuoritukset: [o] })
      return o
    }
    const report = run(muks((_, s) => (s.osasuoritukset = [puu(500)])), { ...KOSKI, maxFindings: Infinity })
    expect(byRule(report, 'G-SUOR-2')).toHaveLength(499)
    expect(errors(report).every((e) => e.startsWith('G-SUOR-2'))).toBe(true)
  })
  it('the deepest tree read (500 levels), every level breaking G-SUOR-2 and G-SUOR-4 (and the last parent M-LAAJ-1): one finding per level and rule (paths of a deep tree are long: their length, not the rules, bounds the work)', () => {
    const pv = (i: number) => `${2100 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`
    let o: Json = muksOsa('Taso', 1, { vahvistus: muksVahvistus(pv(500)), arviointi: [muksArviointi('5', pv(501))] })
    for (let i = 499; i >= 1; i--) o = muksOsa('Taso', 2, { vahvistus: muksVahvistus(pv(i)), arviointi: [muksArviointi('5', pv(i + 1))], osasuoritukset: [o] })
    const report = run(muks((_, s) => (s.osasuoritukset = [o])), { ...KOSKI, maxFindings: Infinity })
    const määrä = (rule: string) => byRule(report, rule).length
    expect([määrä('G-SUOR-2'), määrä('G-SUOR-4'), määrä('G-LAAJ-2')]).toEqual([499, 500, 1])
  })
  it('G-SUOR-2 passes on the same day, and without an ancestor vahvistus', () => {
    const report = ajo(muks((_, s) => (s.osasuoritukset = [muksOsa('Maalaus', 4, { vahvistus: muksVahvistus('2023-04-01'), osasuoritukset: [muksOsa('Öljyväri', 4, { vahvistus: muksVahvistus('2023-04-01') })] })])))
    expect(byRule(report, 'G-SUOR-2')).toEqual([])
  })
  it('G-SUOR-4: an arviointipäivä after the suoritus\' own vahvistus (päätaso and osasuoritus)', () => {
    const report = ajo(muks((_, s) => {
      s.vahvistus = muksVahvistus('2023-02-01')
      s.arviointi = [muksArviointi('5', '2023-02-02')]
      s.osasuoritukset = [muksOsa('Maalaus', 4, { vahvistus: muksVahvistus('2023-01-15'), arviointi: [muksArviointi('hyvaksytty', '2023-01-20')] })]
    }))
    expect(found(report, 'G-SUOR-4')).toEqual([
      [`${MS}.vahvistus.päivä`, 'suoritus.arviointi.päivä (2023-02-02) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2023-02-01)'],
      [`${MS}.osasuoritukset[0].vahvistus.päivä`, 'suoritus.arviointi.päivä (2023-01-20) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2023-01-15)'],
    ])
  })
  it('G-SUOR-4: an arviointi without arviointipäivä is not compared', () => {
    const report = ajo(muks((_, s) => {
      s.vahvistus = muksVahvistus('2023-02-01')
      s.arviointi = [muksArviointi('5', undefined)]
      s.osasuoritukset = [muksOsa('Maalaus', 4)]
    }))
    expect(errors(report)).toEqual([])
  })
  it('G-SUOR-1: a vahvistus after the päättymispäivä (the hyvaksytystisuoritettu jakso), osasuoritus too', () => {
    const report = ajo(muks((_, s) => {
      s.vahvistus = muksVahvistus('2023-02-02')
      s.osasuoritukset[0].vahvistus = muksVahvistus('2023-02-02')
    }, 'suoritettu'))
    expect(found(report, 'G-SUOR-1').map(([p]) => p)).toEqual([`${MS}.vahvistus.päivä`, `${MS}.osasuoritukset[0].vahvistus.päivä`])
  })
  it('G-STAT-2 never fires: a MUKS osasuoritus is always complete (no arviointi needed), nor G-STAT-1 (MahdollisestiArvioinniton)', () => {
    const report = ajo(muks((_, s) => {
      s.vahvistus = muksVahvistus('2023-02-01')
      s.osasuoritukset = [muksOsa('Maalaus', 4, { osasuoritukset: [muksOsa('Öljyväri', 4)] })]
    }))
    expect(errors(report)).toEqual([])
  })
})

describe('M-MK-1 — no free-education fields', () => {
  it.each(['maksuttomuus', 'oikeuttaMaksuttomuuteenPidennetty'])('lisätiedot.%s is an unknown key (unexpectedProperty), rule M-MK-1', (kenttä) => {
    const report = ajo(muks((oo) => (oo.lisätiedot[kenttä] = [{ alku: '2023-01-01', maksuton: true }])))
    expect(report.findings.map((f) => [f.rule, f.key, f.errorType, f.path])).toEqual([['M-MK-1', JSON_SCHEMA, 'unexpectedProperty', `${MP}.lisätiedot.${kenttä}`]])
  })
  it('another unknown key of the lisätiedot is S-1', () => {
    expect(ajo(muks((oo) => (oo.lisätiedot.pidennettyPäättymispäivä = true))).findings.map((f) => f.rule)).toEqual(['S-1'])
  })
})

describe('the JOTPA rules and G-OK-1 on MUKS', () => {
  it('J-ASIA-1: a JOTPA-funded MUKS study right from a source system needs jotpaAsianumero (today ≥ 2024-01-01)', () => {
    const doc = muks((oo) => {
      delete oo.lisätiedot
      oo.lähdejärjestelmänId = { id: 'muks-1', lähdejärjestelmä: { koodiarvo: 'primus', koodistoUri: 'lahdejarjestelma' } }
    })
    expect(byRule(run(doc), 'J-ASIA-1').map((f) => f.path)).toEqual([`${MP}.lisätiedot.jotpaAsianumero`])
    expect(byRule(run(doc, { today: '2023-12-31' }), 'J-ASIA-1')).toEqual([])
  })
  it('J-ASIA-2: jotpaAsianumero on a MUKS study right whose jaksot carry no rahoitus (keskeytynyt only)', () => {
    const report = ajo(muks((oo) => (oo.tila.opiskeluoikeusjaksot = [muksJakso('2023-01-01', 'keskeytynyt', null)])))
    expect(found(report, 'J-ASIA-2').map(([p]) => p)).toEqual([`${MP}.lisätiedot.jotpaAsianumero`])
  })
  it('J-RAH-2: rahoitus 14 then 15', () => {
    const report = ajo(muks((oo) => (oo.tila.opiskeluoikeusjaksot = [muksJakso('2023-01-01', 'lasna', '14'), muksJakso('2023-02-01', 'hyvaksytystisuoritettu', '15')]), 'suoritettu'))
    expect(found(report, 'J-RAH-2').map(([p]) => p)).toEqual([`${MP}.tila.opiskeluoikeusjaksot[1].opintojenRahoitus`])
  })
  it('J-ALK-1: a JOTPA-funded jakso before 2022-01-01', () => {
    const report = ajo(muks((oo) => (oo.tila.opiskeluoikeusjaksot[0].alku = '2021-12-31')))
    expect(found(report, 'J-ALK-1').map(([p]) => p)).toEqual([`${MP}.tila.opiskeluoikeusjaksot[0].alku`])
  })
  it('J-RAH-1 never fires on MUKS (its jaksot may carry JOTPA rahoitus)', () => {
    expect(byRule(ajo(muks()), 'J-RAH-1')).toEqual([])
  })
  it('G-OK-1: an opintokokonaisuus code that is not four digits is a warning (the code 1138 of the examples passes)', () => {
    const report = ajo(muks((_, s) => (s.koulutusmoduuli.opintokokonaisuus.koodiarvo = '113')))
    expect(report.findings.map((f) => [f.severity, f.rule, f.path])).toEqual([['warning', 'G-OK-1', `${MS}.koulutusmoduuli.opintokokonaisuus.koodiarvo`]])
    expect(report.valid).toBe(true)
  })
})

describe('the MUKS codec', () => {
  it('the arviointi date is `arviointipäivä` (a `päivä` is S-1) and optional; arvosana of arviointiasteikkomuks', () => {
    expect(errors(ajo(muks((_, s) => (s.arviointi = [muksArviointi('hylatty', undefined)]))))).toEqual([])
    expect(ajo(muks((_, s) => (s.arviointi = [{ arvosana: { koodiarvo: '5', koodistoUri: 'arviointiasteikkomuks' }, päivä: '2023-02-01' }]))).findings.map((f) => f.rule)).toEqual(['S-1'])
    expect(ajo(muks((_, s) => (s.arviointi = [muksArviointi('6')]))).findings.map((f) => f.rule)).toEqual(['S-7'])
  })
  it('opintokokonaisuus is required; the päätaso tyyppi selects the class (another is notAnyOf)', () => {
    expect(ajo(muks((_, s) => delete s.koulutusmoduuli.opintokokonaisuus)).findings.map((f) => [f.rule, f.errorType])).toEqual([['S-2', 'missingProperty']])
    expect(ajo(muks((_, s) => (s.tyyppi.koodiarvo = 'vstjotpakoulutus'))).findings.map((f) => [f.rule, f.errorType])).toEqual([['S-6', 'notAnyOf']])
  })
  it('an osasuoritus needs kuvaus, a local tunniste and a laajuus in hours', () => {
    const report = ajo(muks((_, s) => (s.osasuoritukset = [{ ...muksOsa('Maalaus', 4), koulutusmoduuli: { tunniste: { koodiarvo: 'Maalaus', nimi: { fi: 'Maalaus' } } } }])))
    expect(report.findings.map((f) => [f.rule, f.path])).toEqual([
      ['S-2', `${MS}.osasuoritukset[0].koulutusmoduuli.kuvaus`],
      ['S-2', `${MS}.osasuoritukset[0].koulutusmoduuli.laajuus`],
    ])
  })
  it("an osasuoritus' vahvistus is KOSKI's Vahvistus: by date, with a municipality, or signed (titles optional); an unknown key or a missing päivä fits no class", () => {
    const osa = (vahvistus: Json) => ajo(muks((_, s) => (s.osasuoritukset = [muksOsa('Maalaus', 4, { vahvistus })])))
    const org = { oid: '1.2.246.562.10.24407356278' }
    expect(errors(osa({ päivä: '2023-01-15', myöntäjäOrganisaatio: org }))).toEqual([])
    expect(errors(osa({ päivä: '2023-01-15', paikkakunta: { koodiarvo: '091', koodistoUri: 'kunta' }, myöntäjäOrganisaatio: org }))).toEqual([])
    expect(errors(osa({ päivä: '2023-01-15', myöntäjäOrganisaatio: org, myöntäjäHenkilöt: [{ nimi: 'Reijo Reksi', organisaatio: org }] }))).toEqual([])
    expect(osa({ päivä: '2023-01-15', myöntäjäOrganisaatio: org, allekirjoitus: 'x' }).findings.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-8', 'notAnyOf', `${MS}.osasuoritukset[0].vahvistus`]])
    expect(osa({ myöntäjäOrganisaatio: org }).findings.map((f) => [f.rule, f.errorType])).toEqual([['S-8', 'notAnyOf']])
    expect(osa({ päivä: '2023-01-15', myöntäjäOrganisaatio: org, myöntäjäHenkilöt: [] }).findings.map((f) => [f.rule, f.errorType])).toEqual([['S-9', 'lessThanMinimumNumberOfItems']])
  })
  it('the päätaso vahvistus is a Päivämäärävahvistus (myöntäjäHenkilöt is S-1)', () => {
    const report = ajo(muks((_, s) => {
      s.vahvistus = { ...muksVahvistus('2023-02-01'), myöntäjäHenkilöt: [] }
      s.osasuoritukset = [muksOsa('Maalaus', 4)]
    }))
    expect(report.findings.map((f) => f.rule)).toEqual(['S-1'])
  })
  it('suoritukset: exactly one (maxItems 1 in KOSKI, minItems 1 of every stored study right)', () => {
    expect(ajo(muks((oo) => (oo.suoritukset = []))).findings.map((f) => f.errorType)).toEqual(['lessThanMinimumNumberOfItems'])
    expect(ajo(muks((oo, s) => (oo.suoritukset = [s, structuredClone(s)]))).findings.map((f) => f.errorType)).toEqual(['moreThanMaximumNumberOfItems'])
  })
  it('osasuoritukset are read to 500 levels: deeper is S-16 (badRequest.format.json: KOSKI\'s JSON parser reads no deeper), at the first too-deep one, and nothing overflows the stack', () => {
    const ketju = (n: number): Json => {
      let osa: Json = muksOsa('Taso', 1)
      for (let i = 1; i < n; i++) osa = muksOsa('Taso', 1, { osasuoritukset: [osa] })
      return osa
    }
    expect(errors(ajo(muks((_, s) => (s.osasuoritukset = [ketju(500)]))))).toEqual([])
    const syvä = ajo(muks((_, s) => (s.osasuoritukset = [ketju(501)])))
    expect(syvä.findings.map((f) => [f.rule, f.key])).toEqual([['S-16', 'badRequest.format.json']])
    // at the 501st level's osasuoritus (a path that long is cut by the last net of 2 000 characters)
    expect(syvä.findings[0]!.path.startsWith(`${MS}.osasuoritukset[0].osasuoritukset[0].`)).toBe(true)
    const valtava = validate(muks((_, s) => (s.osasuoritukset = [ketju(20_000)])), { today: TODAY, ...KOSKI })
    expect(valtava.findings.map((f) => f.rule)).toEqual(['S-16'])
  })
  it('G-DUP-1: two direct osasuoritukset with the same local code and name', () => {
    const report = ajo(muks((_, s) => (s.osasuoritukset = [muksOsa('Maalaus', 4), muksOsa('Maalaus', 4)])))
    expect(found(report, 'G-DUP-1')).toEqual([[`${MS}.osasuoritukset[1]`, 'Osasuoritus Maalaus (Maalaus) esiintyy useammin kuin kerran']])
  })
  it('jotpaAsianumero is KOSKI\'s special-category (LUOTTAMUKSELLINEN_KAIKKI_TIEDOT) field of the MUKS lisätiedot', async () => {
    const { MuunKuinSäännellynKoulutuksenLisätiedot } = await import('../../src')
    expect([...MuunKuinSäännellynKoulutuksenLisätiedot.sensitive]).toEqual([['jotpaAsianumero', ['LUOTTAMUKSELLINEN_KAIKKI_TIEDOT']]])
  })
})
