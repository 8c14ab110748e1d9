/**
 * T-STAT-1 (TUVA's instances of G-STAT-2/3/4 and G-SUOR-1) and T-ERO-1 (catalogue §3.3; the KOSKI spec cases it names).
 */
import { describe, expect, it } from 'vitest'
import { arviointi, byRule, errors, found, jakso, keskeneräinen, kurssi, osa, run, tuva, valinnainen, valmistunutOsilla } from '../support'

const P = 'opiskeluoikeudet[0].suoritukset[0]'

describe('T-STAT-1 — status rules TUVA hits', () => {
  it('spec: valmistuneen päätason suorituksen kesto ja osasuoritukset vaatimusten mukaiset', () => {
    const report = run(tuva())
    expect(report.findings).toEqual([])
    expect(report.valid).toBe(true)
  })
  it('spec: keskeneräisen päätason suorituksen kesto ja osasuoritukset vaatimusten mukaiset (unassessed osat are fine)', () => {
    const report = run(keskeneräinen((_, s) => (s.osasuoritukset = [osa('101', 2), osa('103', 1, { arviointi: null }), valinnainen(2, [kurssi('k', 2, null)], null)])))
    expect(errors(report)).toEqual([])
  })
  it('vahvistettu päätaso ⇒ every osasuoritus assessed (G-STAT-2)', () => {
    const report = run(valmistunutOsilla([osa('101', 2), osa('103', 1, { arviointi: null })]))
    expect(found(report, 'G-STAT-2')).toEqual([
      [`${P}.osasuoritukset[1]`, 'Valmiiksi merkityllä suorituksella koulutus/999908 on keskeneräinen osasuoritus koulutuksenosattuva/103'],
    ])
    expect(byRule(report, 'G-STAT-2')[0]!.key).toBe('badRequest.validation.tila.keskeneräinenOsasuoritus')
  })
  it('an arvioitu 104 ⇒ every kurssi assessed (G-STAT-2)', () => {
    const report = run(keskeneräinen((_, s) => (s.osasuoritukset = [osa('101', 2), valinnainen(2, [kurssi('VALKU1', 2, null)])])))
    expect(found(report, 'G-STAT-2')).toEqual([
      [`${P}.osasuoritukset[1].osasuoritukset[0]`, 'Valmiiksi merkityllä suorituksella koulutuksenosattuva/104 on keskeneräinen osasuoritus VALKU1 (Paikallinen kurssi)'],
    ])
  })
  it('vahvistettu päätaso ⇒ at least one osasuoritus (G-STAT-3)', () => {
    const report = run(tuva((_, s) => delete s.osasuoritukset))
    expect(found(report, 'G-STAT-3')).toEqual([
      [P, 'Suoritus koulutus/999908 on merkitty valmiiksi, mutta sillä on tyhjä osasuorituslista tai opiskeluoikeudelta puuttuu linkitys'],
    ])
  })
  it('last jakso valmistunut ⇒ päätaso vahvistettu (G-STAT-4)', () => {
    const report = run(tuva((_, s) => delete s.vahvistus))
    expect(found(report, 'G-STAT-4')).toEqual([[P, 'Suoritukselta koulutus/999908 puuttuu vahvistus, vaikka opiskeluoikeus on tilassa Valmistunut']])
    expect(byRule(report, 'G-STAT-4')[0]!.key).toBe('badRequest.validation.tila.vahvistusPuuttuu')
  })
  it('vahvistus.päivä ≤ päättymispäivä (G-SUOR-1)', () => {
    const report = run(tuva((_, s) => (s.vahvistus.päivä = '2022-08-02')))
    expect(found(report, 'G-SUOR-1')).toEqual([[`${P}.vahvistus.päivä`, 'suoritus.vahvistus.päivä (2022-08-02) oltava sama tai aiempi kuin päättymispäivä (2022-08-01)']])
  })
  it('no rule forbids a vahvistus with katsotaaneronneeksi or with an ongoing study right', () => {
    expect(errors(run(keskeneräinen((_, s) => (s.vahvistus = tuva().opiskeluoikeudet[0].suoritukset[0].vahvistus))))).toEqual([])
    const eronnut = tuva((o) => (o.tila.opiskeluoikeusjaksot = [jakso('2021-08-01', 'lasna'), jakso('2022-08-01', 'katsotaaneronneeksi', null)]))
    expect(errors(run(eronnut))).toEqual([])
  })
})

describe('T-ERO-1 — katsotaan eronneeksi ⇒ every osasuoritus assessed', () => {
  const MESSAGE = 'Katsotaan eronneeksi -tilaan päättyvällä opiskeluoikeudella ei saa olla osasuorituksia, joista puuttuu arviointi'
  const eronnut = (osat: unknown[]) =>
    tuva((o, s) => {
      o.tila.opiskeluoikeusjaksot = [jakso('2021-08-01', 'lasna'), jakso('2022-08-01', 'katsotaaneronneeksi', null)]
      delete s.vahvistus
      s.osasuoritukset = osat
    })

  it('spec: Katsotaan eronneeksi tilaan päättyneellä opiskeluoikeudella ei saa olla arvioimattomia osasuorituksia (also a tunnustettu one)', () => {
    const tunnustettu = {
      ...osa('106', 1, { arviointi: null, tyyppi: 'tuvalukiokoulutus' }),
      tunnustettu: {
        osaaminen: { koulutusmoduuli: { tunniste: { koodiarvo: 'ENA1', koodistoUri: 'lukionkurssit' } }, tyyppi: { koodiarvo: 'lukionkurssi', koodistoUri: 'suorituksentyyppi' } },
        selite: { fi: 'Tunnustettu lukion kurssi' },
      },
    }
    const report = run(eronnut([osa('105', 1, { päivä: '2021-10-01', tyyppi: 'tuvaammatillinenkoulutus' }), tunnustettu]))
    expect(errors(report)).toEqual(['T-ERO-1 badRequest.validation.tila.eronneeksiKatsotunOpiskeluoikeudenArvioinnit'])
    expect(found(report, 'T-ERO-1')).toEqual([[`${P}.osasuoritukset[1]`, MESSAGE]])
  })
  it('checks 104 kurssit too, and reports once', () => {
    const report = run(eronnut([osa('101', 2), valinnainen(2, [kurssi('a', 1), kurssi('b', 1, null)]), osa('103', 1, { arviointi: null })]))
    expect(found(report, 'T-ERO-1')).toEqual([[`${P}.osasuoritukset[1].osasuoritukset[1]`, MESSAGE]])
  })
  it('treats an empty arviointi list as missing', () => {
    expect(found(run(eronnut([osa('101', 2, { arviointi: [] })])), 'T-ERO-1')).toHaveLength(1)
  })
  it('accepts a katsotaan eronneeksi study right whose osat are all assessed (hylätty too)', () => {
    expect(errors(run(eronnut([osa('101', 2), osa('103', 1, { arviointi: [arviointi('Hylätty')] })])))).toEqual([])
  })
  it('does not apply to other states', () => {
    expect(byRule(run(keskeneräinen((_, s) => s.osasuoritukset.push(osa('103', 1, { arviointi: null })))), 'T-ERO-1')).toEqual([])
  })
})
