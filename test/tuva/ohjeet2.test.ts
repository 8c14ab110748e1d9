/**
 * The TUVA instructions of issue 14 KOSKI does not check: T-OHJE-8 (seed 001), T-OHJE-9 (seed 004), and the shared
 * lisätiedot warnings G-OHJE-1 and G-OHJE-2 (src/rules/yhteiset/lisatiedot.ts) as TUVA lists them. Each: a passing and
 * a failing document.
 */
import { describe, expect, it } from 'vitest'
import { lisätietojaksotVoimassaolonSisällä, tyhjätLisätietolistat } from '../../src/rules/yhteiset'
import { byRule, keskeneräinen, luvalla, oo, P, ruleContext, run, S, tuva, validTuvaOppija, type Json } from '../support'

describe('T-OHJE-8 — a valmistunut TUVA study right: every accepted osa has its laajuus (seed 001, "Koulutuksen osille kirjataan suoritusten laajuudet viikkoina")', () => {
  it('the valid example (every osa has one): nothing', () => {
    expect(byRule(run(validTuvaOppija()), 'T-OHJE-8')).toEqual([])
  })

  it('an accepted 102 without laajuus: a warning at its koulutusmoduuli, naming the osa by its koodisto name', () => {
    const doc = tuva((_, s) => delete s.osasuoritukset[3].koulutusmoduuli.laajuus)
    const f = byRule(run(doc), 'T-OHJE-8')
    expect(f.map((x) => [x.severity, x.key, x.path])).toEqual([['warning', 'koskiValidation.tuvaHyväksytyltäOsaltaPuuttuuLaajuus', `${S}.osasuoritukset[3].koulutusmoduuli`]])
    expect(f[0]!.message.fi).toContain('Työelämätaidot ja työelämässä tapahtuva oppiminen (102) puuttuu laajuus')
    expect(f[0]!.message.sv).toContain('Arbetslivsfärdigheter och lärande i arbetslivet (102)')
    expect(f[0]!.message.fi).toContain('koulutuksen osille kirjataan suoritusten laajuudet viikkoina')
    expect(f[0]!.message.en).toContain('(KOSKI instruction "Usein kysyttyä TUVA-koulutuksesta", section "Siirtymäsäännöksen piirissä olevat opiskelijat")')
  })

  it('not for an osa that is not accepted, not for an ongoing study right, and not for 101 (T-VALM-2, an error, rejects it)', () => {
    const hylätty = tuva((_, s) => {
      delete s.osasuoritukset[3].koulutusmoduuli.laajuus
      s.osasuoritukset[3].arviointi[0].arvosana.koodiarvo = 'Hylätty'
    })
    expect(byRule(run(hylätty), 'T-OHJE-8')).toEqual([])
    expect(byRule(run(keskeneräinen((_, s) => delete s.osasuoritukset[3].koulutusmoduuli.laajuus)), 'T-OHJE-8')).toEqual([])
    const r101 = run(tuva((_, s) => delete s.osasuoritukset[0].koulutusmoduuli.laajuus))
    expect(byRule(r101, 'T-OHJE-8')).toEqual([])
    expect(byRule(r101, 'T-VALM-2').length + byRule(r101, 'T-VALM-1').length).toBeGreaterThan(0)
  })
})

describe('T-OHJE-9 — erityisen tuen jaksot start within the study right (seed 004, "Erityisen tuen alkupäivä on se päivä, josta asti oppilas on saanut erityistä tukea juuri tämän kyseisen opiskeluoikeuden aikana")', () => {
  it('the valid example (erityinenTuki from the first day): nothing', () => {
    expect(byRule(run(validTuvaOppija()), 'T-OHJE-9')).toEqual([])
  })

  it('ammatillinen lupa: an erityinenTuki period from before the study right; the message does not quote its dates', () => {
    const doc = validTuvaOppija()
    oo(doc).lisätiedot.erityinenTuki = [{ alku: '2021-08-01' }, { alku: '2020-05-04', loppu: '2021-09-01' }]
    const f = byRule(run(doc), 'T-OHJE-9')
    expect(f.map((x) => [x.key, x.path])).toEqual([['koskiValidation.tuvaErityinenTukiEnnenOpiskeluoikeutta', `${P}.lisätiedot.erityinenTuki[1]`]])
    expect(JSON.stringify(f)).not.toMatch(/2020|4\.5\.2020|1\.9\.2021|2021-09-01/)
    expect(f[0]!.message.fi).toContain('alkaa ennen opiskeluoikeuden alkamispäivää 1.8.2021')
    expect(f[0]!.message.en).toContain('section "Erityinen tuki"')
  })

  it('perusopetus lupa: an erityisenTuenPäätökset päätös from before it; one without alku is not judged', () => {
    const doc = luvalla('perusopetus', { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }], erityisenTuenPäätökset: [{ alku: '2021-07-01' }, {}, { alku: '2021-08-01' }] })
    const f = byRule(run(doc), 'T-OHJE-9')
    expect(f.map((x) => x.path)).toEqual([`${P}.lisätiedot.erityisenTuenPäätökset[0]`])
    expect(f[0]!.message.en).toContain('section "Erityisen tuen jaksot"')
  })
})

describe('G-OHJE-1 — a lisätieto list sent empty (seed 004: "…ei pitäisi näkyä kyseistä kenttää ollenkaan")', () => {
  it('nothing for the valid example, nor for a boolean false (KOSKI\'s default)', () => {
    const doc = validTuvaOppija()
    oo(doc).lisätiedot.koulutusvienti = false
    expect(byRule(run(doc), 'G-OHJE-1')).toEqual([])
  })

  it('an empty list, maksuttomuus included: a warning at each field', () => {
    const doc = validTuvaOppija()
    oo(doc).lisätiedot.majoitus = []
    oo(doc).lisätiedot.ulkomaanjaksot = []
    const f = byRule(run(doc), 'G-OHJE-1')
    expect(f.map((x) => [x.severity, x.key, x.path])).toEqual([
      ['warning', 'koskiValidation.tyhjäLisätietolista', `${P}.lisätiedot.majoitus`],
      ['warning', 'koskiValidation.tyhjäLisätietolista', `${P}.lisätiedot.ulkomaanjaksot`],
    ])
    expect(f[0]!.hint!.en).toBe('Leave majoitus out altogether when the list has no entry.')
  })

  it('written once for every type: the factory on any study right with lisätiedot', () => {
    const rule = tyhjätLisätietolistat({ id: 'X-1', what: 'x', keys: ['koskiValidation.x'], severity: 'warning', source: { oma: 'test' }, viite: { fi: '(a)', sv: '(a)', en: '(a)' } })
    const o: Json = { ...oo(validTuvaOppija()), lisätiedot: { jaksot: [], lippu: false } }
    expect(rule.check(o, ruleContext({ path: '' })).map((f) => [f.rule, f.path])).toEqual([['X-1', 'lisätiedot.jaksot']])
  })
})

describe('G-OHJE-2 — lisätiedot periods lie within the study right', () => {
  it('nothing for the valid example, nor for periods touching its first and last day', () => {
    expect(byRule(run(validTuvaOppija()), 'G-OHJE-2')).toEqual([])
    const doc = validTuvaOppija()
    oo(doc).lisätiedot.majoitus = [{ alku: '2021-07-01', loppu: '2021-08-01' }, { alku: '2022-08-01' }]
    expect(byRule(run(doc), 'G-OHJE-2')).toEqual([])
  })

  it('a period ending before the alkamispäivä or starting after the päättymispäivä: a warning at it; a single period (majoitusetu) too', () => {
    const doc = validTuvaOppija()
    oo(doc).lisätiedot.majoitus = [{ alku: '2020-01-01', loppu: '2021-07-31' }, { alku: '2021-09-01' }, { alku: '2022-08-02', loppu: '2022-09-01' }]
    const f = byRule(run(doc), 'G-OHJE-2')
    expect(f.map((x) => [x.key, x.path])).toEqual([
      ['koskiValidation.lisätietojaksoOpiskeluoikeudenUlkopuolella', `${P}.lisätiedot.majoitus[0]`],
      ['koskiValidation.lisätietojaksoOpiskeluoikeudenUlkopuolella', `${P}.lisätiedot.majoitus[2]`],
    ])
    expect(f[0]!.message.en).toContain("ends before the study right's start date 2021-08-01")
    expect(f[1]!.message.en).toContain("starts after the study right's end date 2022-08-01")
    expect(JSON.stringify(f)).not.toMatch(/2020-01-01|2021-07-31|2022-08-02|2022-09-01/)
    const po = luvalla('perusopetus', { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }], majoitusetu: { alku: '2023-01-01', loppu: '2023-02-01' } })
    expect(byRule(run(po), 'G-OHJE-2').map((x) => x.path)).toEqual([`${P}.lisätiedot.majoitusetu`])
  })

  it('an ongoing study right has no end; maksuttomuus and its extensions are left to MK-JAKSO-1 / MK-PID-1', () => {
    expect(byRule(run(keskeneräinen((o) => (o.lisätiedot.majoitus = [{ alku: '2030-01-01' }]))), 'G-OHJE-2')).toEqual([])
    const doc = validTuvaOppija()
    oo(doc).lisätiedot.maksuttomuus = [{ alku: '2021-08-01', maksuton: true }, { alku: '2023-01-01', maksuton: false }]
    expect(byRule(run(doc), 'G-OHJE-2')).toEqual([])
    expect(byRule(run(doc), 'MK-JAKSO-1')).toHaveLength(1)
  })

  it('written once for every type: the factory with its own fields left out', () => {
    const rule = lisätietojaksotVoimassaolonSisällä({ id: 'X-2', what: 'x', keys: ['koskiValidation.x'], severity: 'warning', source: { oma: 'test' }, viite: { fi: '(a)', sv: '(a)', en: '(a)' }, ohitettavat: ['oma'] })
    const o: Json = { ...oo(validTuvaOppija()), lisätiedot: { oma: [{ alku: '2000-01-01', loppu: '2000-01-02' }], muu: [{ alku: '2000-01-01', loppu: '2000-01-02' }] } }
    expect(rule.check(o, ruleContext({ path: '' })).map((f) => [f.rule, f.path])).toEqual([['X-2', 'lisätiedot.muu[0]']])
  })
})
