/**
 * The general rules (catalogue §3.2) and the shared families as ammatillinen configures them: each rule of
 * `ammatillinenSäännöt` called on KOSKI's example documents changed as OppijaValidationAmmatillinenSpec changes them.
 */
import { describe, expect, it } from 'vitest'
import type { Rule } from '../../../src/rules/types'
import { ammatillinenSäännöt } from '../../../src/tyypit/ammatillinen/saannot'
import {
  AP,
  AS,
  amm,
  ammArviointi,
  ammAvaimet,
  ammJakso,
  ammKoodi,
  ammLöydökset,
  ammReformi,
  osaAlue,
  osittaiseksi,
  tutkinnonOsa,
  vahvistusAmm,
  yhteinenTutkinnonOsa,
  type Json,
} from '../../support'

const sääntö = (id: string): Rule<never> => {
  const r = ammatillinenSäännöt.find((x) => x.id === id)
  if (r === undefined) throw new Error(`no rule ${id}`)
  return r as Rule<never>
}

/** The valmistunut perustutkinto whose päättymispäivä is 2016-05-31 and vahvistus 2016-08-08 (päättymispäivällä(…)). */
const vahvistusPäättymisenJälkeen = (muuta: (s: Json) => void = () => {}) =>
  amm((o, s) => {
    o.tila.opiskeluoikeusjaksot[1].alku = '2016-05-31'
    s.vahvistus.päivä = '2016-08-08'
    muuta(s)
  })

describe('A-RAH-1 — rahoitus of lasna, valmistunut and loma (OppijaValidationAmmatillinenSpec › Opintojen rahoitus)', () => {
  it.each(['lasna', 'loma', 'valmistunut'])('spec: %s -tilalta vaaditaan opintojen rahoitus', (tila) => {
    const doc = ammReformi((o) => o.tila.opiskeluoikeusjaksot.push(ammJakso('2023-01-01', tila, null)))
    expect(ammLöydökset(sääntö('A-RAH-1'), doc)).toEqual([[`${AP}.tila.opiskeluoikeusjaksot[1].opintojenRahoitus`, `Opiskeluoikeuden tilalta ${tila} puuttuu rahoitusmuoto`]])
    expect(ammAvaimet(sääntö('A-RAH-1'), doc)).toEqual(['badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto'])
  })
  it('eronnut and valiaikaisestikeskeytynyt need none', () => {
    expect(ammLöydökset(sääntö('A-RAH-1'), ammReformi((o) => o.tila.opiskeluoikeusjaksot.push(ammJakso('2023-01-01', 'valiaikaisestikeskeytynyt', null), ammJakso('2023-02-01', 'eronnut', null))))).toEqual([])
  })
})

describe('G-RAH-3, G-RAH-4 — rahoitus 16 and 17 (OppijaValidationAmmatillinenSpec › Opintojen rahoitus; validaation_muutoshistoria 20.4.2026, 3.6.2026)', () => {
  const rahoituksella = (alku: string, ...rahoitukset: string[]) =>
    ammReformi((o) => (o.tila.opiskeluoikeusjaksot = rahoitukset.map((r, i) => ammJakso(`${Number(alku.slice(0, 4)) + i}${alku.slice(4)}`, 'lasna', r))))
  it('spec: lukuvuosimaksurahoitusta ei voi käyttää ennen 1.8.2026 alkavassa opiskeluoikeudessa', () => {
    const doc = rahoituksella('2026-07-31', '16')
    expect(ammLöydökset(sääntö('G-RAH-3'), doc)).toEqual([
      [`${AP}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus`, 'Lukuvuosimaksurahoitusta (opintojenRahoitus koodiarvo 16) ei voi käyttää opiskeluoikeudessa, jonka alkamispäivä on ennen 1.8.2026'],
    ])
    expect(ammAvaimet(sääntö('G-RAH-3'), doc)).toEqual(['badRequest.validation.date.alkamispäivä'])
  })
  it('spec: lukuvuosimaksurahoitusta voi käyttää 1.8.2026 tai myöhemmin alkavassa opiskeluoikeudessa', () => {
    expect(ammLöydökset(sääntö('G-RAH-3'), rahoituksella('2026-08-01', '16'))).toEqual([])
  })
  it('spec: tilauskoulutusrahoitusta ei voi käyttää ennen 1.8.2026 alkavassa opiskeluoikeudessa', () => {
    const doc = rahoituksella('2026-07-31', '17')
    expect(ammLöydökset(sääntö('G-RAH-4'), doc)).toEqual([
      [`${AP}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus`, 'Tilauskoulutusrahoitusta (opintojenRahoitus koodiarvo 17) ei voi käyttää opiskeluoikeudessa, jonka alkamispäivä on ennen 1.8.2026'],
    ])
    expect(ammAvaimet(sääntö('G-RAH-4'), doc)).toEqual(['badRequest.validation.date.alkamispäivä'])
  })
  it('spec: tilauskoulutusrahoitusta voi käyttää 1.8.2026 tai myöhemmin alkavassa opiskeluoikeudessa', () => {
    expect(ammLöydökset(sääntö('G-RAH-4'), rahoituksella('2026-08-01', '17', '17'))).toEqual([])
  })
  it('spec: tilauskoulutusrahoitusta ei voi käyttää samassa opiskeluoikeudessa muiden rahoitusmuotojen kanssa', () => {
    const doc = rahoituksella('2026-08-01', '17', '1')
    expect(ammLöydökset(sääntö('G-RAH-4'), doc)).toEqual([[`${AP}.tila.opiskeluoikeusjaksot[1].opintojenRahoitus`, 'Tilauskoulutusrahoitusta ei voi käyttää samassa opiskeluoikeudessa muiden rahoitusmuotojen kanssa.']])
    expect(ammAvaimet(sääntö('G-RAH-4'), doc)).toEqual(['badRequest.validation.tila.tilanRahoitusmuodonYhtenäisyys'])
  })
})

describe('G-DATE-3 — päätaso alkamispäivä (OppijaValidationSpec › suoritus.alkamispäivä < opiskeluoikeus.alkamispäivä)', () => {
  it('a päätaso starting with the study right passes', () => {
    expect(ammLöydökset(sääntö('G-DATE-3'), amm((_o, s) => (s.alkamispäivä = '2012-09-01')))).toEqual([])
  })
  it('a päätaso starting earlier fails', () => {
    const doc = amm((_o, s) => (s.alkamispäivä = '2012-08-31'))
    expect(ammLöydökset(sääntö('G-DATE-3'), doc)).toEqual([
      [`${AS}.alkamispäivä`, 'opiskeluoikeuden ensimmäisen tilan alkamispäivä (2012-09-01) oltava sama tai aiempi kuin päätason suorituksen alkamispäivä (2012-08-31)'],
    ])
    expect(ammAvaimet(sääntö('G-DATE-3'), doc)).toEqual(['badRequest.validation.date.suorituksenAlkamispäiväEnnenOpiskeluoikeudenAlkamispäivää'])
  })
})

describe('G-SUOR-1 — vahvistus after päättymispäivä (OppijaValidationAmmatillinenSpec)', () => {
  it('spec: Ammatillinen perustutkinto opetussuunnitelman mukaisesti › suoritus.vahvistus.päivä > päättymispäivä', () => {
    expect(ammLöydökset(sääntö('G-SUOR-1'), vahvistusPäättymisenJälkeen())).toEqual([[`${AS}.vahvistus.päivä`, 'suoritus.vahvistus.päivä (2016-08-08) oltava sama tai aiempi kuin päättymispäivä (2016-05-31)']])
  })
  it('spec: Ammatillinen perustutkinto näyttönä › suoritus.vahvistus.päivä > päättymispäivä (HTTP 200)', () => {
    expect(ammLöydökset(sääntö('G-SUOR-1'), vahvistusPäättymisenJälkeen((s) => (s.suoritustapa = ammKoodi('naytto', 'ammatillisentutkinnonsuoritustapa'))))).toEqual([])
  })
  it('spec: Valma › suoritus.vahvistus.päivä > päättymispäivä (HTTP 200)', () => {
    expect(ammLöydökset(sääntö('G-SUOR-1'), vahvistusPäättymisenJälkeen((s) => (s.tyyppi = ammKoodi('valma', 'suorituksentyyppi'))))).toEqual([])
  })
})

describe('G-SUOR-2 — osasuoritus vahvistus (OppijaValidationAmmatillinenSpec › osasuoritus.vahvistus.päivä > suoritus.vahvistus.päivä)', () => {
  it('spec: osasuoritus.vahvistus.päivä > suoritus.vahvistus.päivä', () => {
    const doc = amm((_o, s) => (s.osasuoritukset[0].vahvistus = vahvistusAmm('2017-05-31')))
    expect(ammLöydökset(sääntö('G-SUOR-2'), doc)).toEqual([[`${AS}.osasuoritukset[0].vahvistus.päivä`, 'osasuoritus.vahvistus.päivä (2017-05-31) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (2016-08-31)']])
    expect(ammAvaimet(sääntö('G-SUOR-2'), doc)).toEqual(['badRequest.validation.date.suorituksenVahvistusEnnenSuorituksenOsanVahvistusta'])
  })
  it('an earlier or equal osasuoritus vahvistus passes; without päätaso vahvistus nothing is compared', () => {
    expect(ammLöydökset(sääntö('G-SUOR-2'), amm((_o, s) => (s.osasuoritukset[0].vahvistus = vahvistusAmm('2016-08-31'))))).toEqual([])
    expect(ammLöydökset(sääntö('G-SUOR-2'), amm((_o, s) => ((s.osasuoritukset[0].vahvistus = vahvistusAmm('2017-05-31')), delete s.vahvistus)))).toEqual([])
  })
})

describe('G-STAT-1 — vahvistus without arviointi (OppijaValidationAmmatillinenSpec › Vahvistus annettu, mutta arviointi puuttuu)', () => {
  it('spec: Vahvistus annettu, mutta arviointi puuttuu', () => {
    const doc = amm((_o, s) => {
      s.osasuoritukset[0].vahvistus = vahvistusAmm('2016-08-08')
      delete s.osasuoritukset[0].arviointi
    })
    expect(ammLöydökset(sääntö('G-STAT-1'), doc)).toEqual([[`${AS}.osasuoritukset[0]`, 'Suorituksella tutkinnonosat/100431 on vahvistus, vaikka arviointi puuttuu']])
    expect(ammAvaimet(sääntö('G-STAT-1'), doc)).toEqual(['badRequest.validation.tila.vahvistusIlmanArviointia'])
  })
  it('spec: Suorituksella arviointi ja vahvistus (HTTP 200)', () => {
    expect(ammLöydökset(sääntö('G-STAT-1'), amm((_o, s) => (s.osasuoritukset[0].vahvistus = vahvistusAmm('2016-08-08'))))).toEqual([])
  })
})

describe('G-STAT-2 — keskeneräinen osasuoritus (OppijaValidationAmmatillinenSpec › Kun tutkinnolla on vahvistus)', () => {
  it('spec: ja tutkinnon osalta puuttuu arviointi, palautetaan HTTP 400', () => {
    const doc = amm((_o, s) => delete s.osasuoritukset[0].arviointi)
    expect(ammLöydökset(sääntö('G-STAT-2'), doc)).toEqual([[`${AS}.osasuoritukset[0]`, 'Valmiiksi merkityllä suorituksella koulutus/361902 on keskeneräinen osasuoritus tutkinnonosat/100431']])
  })
  it('spec (Reformin mukainen tutkinto): Jatko-opintovalmiuksia tukevat opinnot / Korkeakouluopinnot — Ei tarvitse arviointia', () => {
    const doc = amm((_o, s) =>
      s.osasuoritukset.push(
        { koulutusmoduuli: { tunniste: ammKoodi('1', 'tutkinnonosatvalinnanmahdollisuus') }, tyyppi: ammKoodi('ammatillisentutkinnonosa', 'suorituksentyyppi') },
        { koulutusmoduuli: { tunniste: ammKoodi('2', 'tutkinnonosatvalinnanmahdollisuus') }, tyyppi: ammKoodi('ammatillisentutkinnonosa', 'suorituksentyyppi') },
      ),
    )
    expect(ammLöydökset(sääntö('G-STAT-2'), doc)).toEqual([])
  })
  it('osittainen: an unassessed tutkinnon osa itself passes, but what is below an osa is checked', () => {
    const keskenYlin = amm((_o, s) => (osittaiseksi(s, [tutkinnonOsa('100431'), tutkinnonOsa('100432', { arviointi: null })])))
    expect(ammLöydökset(sääntö('G-STAT-2'), keskenYlin)).toEqual([])
    const keskenAlempi = amm((_o, s) => osittaiseksi(s, [yhteinenTutkinnonOsa([osaAlue('MA', { arviointi: null })])]))
    expect(ammLöydökset(sääntö('G-STAT-2'), keskenAlempi)).toEqual([
      [`${AS}.osasuoritukset[0].osasuoritukset[0]`, 'Valmiiksi merkityllä suorituksella tutkinnonosat/101053 on keskeneräinen osasuoritus ammatillisenoppiaineet/MA'],
    ])
  })
  it('osittainen: an unassessed yhteinen tutkinnon osa passes when all its osa-alueet are valmis, fails with none', () => {
    expect(ammLöydökset(sääntö('G-STAT-2'), amm((_o, s) => osittaiseksi(s, [yhteinenTutkinnonOsa([osaAlue('MA')], { arviointi: null })])))).toEqual([])
    expect(ammLöydökset(sääntö('G-STAT-2'), amm((_o, s) => osittaiseksi(s, [yhteinenTutkinnonOsa([], { arviointi: null })])))).toEqual([
      [`${AS}.osasuoritukset[0]`, 'Valmiiksi merkityllä suorituksella koulutus/361902 on keskeneräinen osasuoritus tutkinnonosat/101053'],
    ])
  })
})

describe('G-STAT-3 — a vahvistettu tutkinto without osasuoritukset (OppijaValidationAmmatillinenSpec › Kun tutkinnolla on vahvistus)', () => {
  it('spec: tutkinnolla ei osasuorituksia, palautetaan HTTP 400 (the ammatillinen text)', () => {
    const doc = amm((_o, s) => (s.osasuoritukset = []))
    expect(ammLöydökset(sääntö('G-STAT-3'), doc)).toEqual([
      [AS, 'Suoritus koulutus/361902 on merkitty valmiiksi, mutta sillä ei ole ammatillisen tutkinnon osan suoritusta tai opiskeluoikeudelta puuttuu linkitys'],
    ])
  })
  it('spec: Opiskeluoikeus ostettu › Opiskeluoikeus valmis ennen vuotta 2019 (HTTP 200); valmis vuoden 2018 jälkeen (HTTP 400)', () => {
    expect(ammLöydökset(sääntö('G-STAT-3'), amm((o, s) => ((s.osasuoritukset = []), (o.ostettu = true))))).toEqual([])
    const myöhemmin = amm((o, s) => {
      s.osasuoritukset = []
      o.ostettu = true
      o.tila.opiskeluoikeusjaksot[1].alku = '2019-01-01'
    })
    expect(ammLöydökset(sääntö('G-STAT-3'), myöhemmin)).toHaveLength(1)
  })
  it('muu ammatillinen and näyttötutkintoon valmistava may be vahvistettu without osasuoritukset', () => {
    for (const tyyppi of ['muuammatillinenkoulutus', 'nayttotutkintoonvalmistavakoulutus']) {
      expect(ammLöydökset(sääntö('G-STAT-3'), amm((_o, s) => ((s.osasuoritukset = []), (s.tyyppi = ammKoodi(tyyppi, 'suorituksentyyppi')))))).toEqual([])
    }
  })
})

describe('G-DUP-1 — duplicate osasuoritukset (OppijaValidationAmmatillinenSpec › Sama pakollinen tutkinnon osa kahteen kertaan)', () => {
  it('spec: Sama pakollinen / valinnainen tutkinnon osa kahteen kertaan — HTTP 200 (DuplikaatitSallittu)', () => {
    expect(ammLöydökset(sääntö('G-DUP-1'), amm((_o, s) => s.osasuoritukset.push(structuredClone(s.osasuoritukset[0]))))).toEqual([])
  })
  it('two equal VALMA osat fail', () => {
    const osa = { koulutusmoduuli: { tunniste: { koodiarvo: 'OPOH', nimi: { fi: 'Opiskeluvalmiudet' } }, pakollinen: true }, arviointi: [ammArviointi('Hyväksytty', 'arviointiasteikkoammatillinenhyvaksyttyhylatty')], tyyppi: ammKoodi('valmakoulutuksenosa', 'suorituksentyyppi') }
    const doc = amm((_o, s) => {
      s.tyyppi = ammKoodi('valma', 'suorituksentyyppi')
      s.osasuoritukset = [osa, structuredClone(osa)]
    })
    expect(ammLöydökset(sääntö('G-DUP-1'), doc)).toEqual([[`${AS}.osasuoritukset[1]`, 'Osasuoritus OPOH (Opiskeluvalmiudet) esiintyy useammin kuin kerran']])
  })
})

describe('G-LAAJ-2 — laajuus sums where KOSKI compares them', () => {
  it('tutkinnon osat and osa-alueet are LaajuuttaEiValidoida: a yto with a different laajuus than its osa-alueet passes G-LAAJ-2', () => {
    expect(ammLöydökset(sääntö('G-LAAJ-2'), amm((_o, s) => (s.osasuoritukset = [yhteinenTutkinnonOsa([osaAlue('MA', { laajuus: 2 })], { laajuus: 5 })])))).toEqual([])
  })
})

describe('A-ERO-1 — eronnut with a vahvistettu päätaso (OppijaValidationAmmatillinenSpec)', () => {
  it("spec: Kun suorituksen tila 'vahvistettu', opiskeluoikeuden tila ei voi olla 'eronnut' tai 'katsotaan eronneeksi'", () => {
    const doc = amm((o) => (o.tila.opiskeluoikeusjaksot[1] = ammJakso('2016-08-31', 'eronnut', null)))
    expect(ammAvaimet(sääntö('A-ERO-1'), doc)).toEqual(['badRequest.validation.tila.tilaEronnutTaiKatsotaanEronneeksiVaikkaVahvistettuPäätasonSuoritus'])
    expect(ammLöydökset(sääntö('A-ERO-1'), doc)[0]![0]).toBe(`${AP}.tila.opiskeluoikeusjaksot[1]`)
  })
  it('a vahvistettu näyttötutkintoon valmistava does not count', () => {
    const doc = amm((o, s) => {
      o.tila.opiskeluoikeusjaksot[1] = ammJakso('2016-08-31', 'katsotaaneronneeksi', null)
      s.tyyppi = ammKoodi('nayttotutkintoonvalmistavakoulutus', 'suorituksentyyppi')
    })
    expect(ammLöydökset(sääntö('A-ERO-1'), doc)).toEqual([])
  })
})
