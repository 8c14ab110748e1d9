/** T-OHJE-1..7 — what the TUVA instructions (seed 004) require and KOSKI does not check: warnings with our keys. */
import { describe, expect, it } from 'vitest'
import { WARNING_PREFIX } from '../../src'
import { byRule, errors, found, jakso, keskeneräinen, luvalla, run, tuva, type Json } from '../support'

const LT = 'opiskeluoikeudet[0].lisätiedot'
const ammatillinen = (lisätiedot: Json) => tuva((o) => (o.lisätiedot = lisätiedot))
const perusopetus = (lisätiedot: Json) => luvalla('perusopetus', lisätiedot)

/** Every finding of the rule is a warning with our prefix and names the instruction in all three languages. */
const expectWarnings = (report: ReturnType<typeof run>, rule: string, key: string): void => {
  for (const f of byRule(report, rule)) {
    expect(f.severity).toBe('warning')
    expect(f.key).toBe(WARNING_PREFIX + key)
    expect(f.message.fi).toContain('(KOSKI-ohje "1.2 Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuksien lisätiedot", kohta "')
    expect(f.message.sv).toContain('(KOSKI-anvisning "1.2 Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuksien lisätiedot", avsnittet "')
    expect(f.message.en).toContain('(KOSKI instruction "1.2 Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuksien lisätiedot", section "')
  }
  expect(report.valid).toBe(errors(report).length === 0)
}

describe('T-OHJE-1 — majoitus and sisäoppilaitosmainen majoitus must not overlap (ammatillinen lupa)', () => {
  it('accepts consecutive periods', () => {
    const report = run(ammatillinen({ majoitus: [{ alku: '2021-08-01', loppu: '2021-12-31' }], sisäoppilaitosmainenMajoitus: [{ alku: '2022-01-01' }] }))
    expect(byRule(report, 'T-OHJE-1')).toEqual([])
  })
  it('warns for each overlapping majoitus period (open loppu = open-ended)', () => {
    const report = run(
      ammatillinen({
        majoitus: [{ alku: '2021-08-01', loppu: '2021-09-30' }, { alku: '2022-03-01' }],
        sisäoppilaitosmainenMajoitus: [{ alku: '2021-09-30', loppu: '2021-10-31' }, { alku: '2022-05-01', loppu: '2022-05-02' }],
      }),
    )
    expect(found(report, 'T-OHJE-1').map(([p]) => p)).toEqual([`${LT}.majoitus[0]`, `${LT}.majoitus[1]`])
    expectWarnings(report, 'T-OHJE-1', 'tuvaMajoitusJaSisäoppilaitosmainenMajoitusPäällekkäin')
    expect(report.valid).toBe(true)
  })
  it('an open majoitus of an ended study right lasted to its end only (seed 004: "opintojen loppuun asti")', () => {
    const lisätiedot = { majoitus: [{ alku: '2021-08-01' }], sisäoppilaitosmainenMajoitus: [{ alku: '2022-08-02' }] }
    expect(byRule(run(ammatillinen(lisätiedot)), 'T-OHJE-1')).toEqual([]) // ended 2022-08-01
    expect(found(run(keskeneräinen((o) => (o.lisätiedot = lisätiedot))), 'T-OHJE-1').map(([p]) => p)).toEqual([`${LT}.majoitus[0]`])
  })
  it('does not quote the dates of the (special-category) periods', () => {
    const report = run(ammatillinen({ majoitus: [{ alku: '2021-08-01' }], sisäoppilaitosmainenMajoitus: [{ alku: '2021-08-01' }] }))
    expect(byRule(report, 'T-OHJE-1')[0]!.message.fi).not.toContain('2021')
  })
})

describe('T-OHJE-2, T-OHJE-3 — majoitusetu vs sisäoppilaitosmainen majoitus and kuljetusetu (perusopetus lupa)', () => {
  it('accepts majoitusetu alone and non-overlapping periods', () => {
    const report = run(perusopetus({ majoitusetu: { alku: '2021-08-01', loppu: '2021-12-31' }, sisäoppilaitosmainenMajoitus: [{ alku: '2022-01-01' }], kuljetusetu: { alku: '2022-01-01' } }))
    expect(byRule(report, 'T-OHJE-2')).toEqual([])
    expect(byRule(report, 'T-OHJE-3')).toEqual([])
  })
  it('T-OHJE-2: warns when majoitusetu overlaps sisäoppilaitosmainen majoitus', () => {
    const report = run(perusopetus({ majoitusetu: { alku: '2021-08-01' }, sisäoppilaitosmainenMajoitus: [{ alku: '2022-01-01', loppu: '2022-01-01' }] }))
    expect(found(report, 'T-OHJE-2').map(([p]) => p)).toEqual([`${LT}.majoitusetu`])
    expectWarnings(report, 'T-OHJE-2', 'tuvaMajoitusetuJaSisäoppilaitosmainenMajoitusPäällekkäin')
  })
  it('T-OHJE-3: warns when majoitusetu overlaps kuljetusetu', () => {
    const report = run(perusopetus({ majoitusetu: { alku: '2021-08-01', loppu: '2021-12-31' }, kuljetusetu: { alku: '2021-12-31' } }))
    expect(found(report, 'T-OHJE-3').map(([p]) => p)).toEqual([`${LT}.majoitusetu`])
    expectWarnings(report, 'T-OHJE-3', 'tuvaMajoitusetuJaKuljetusetuPäällekkäin')
  })
})

describe('T-OHJE-4, T-OHJE-5 — vaativan erityisen tuen majoitus and vaikeastiVammainen need a covering erityinen tehtävä (ammatillinen lupa)', () => {
  it('accepts periods covered by (merged, touching) erityinen tehtävä periods', () => {
    const report = run(
      ammatillinen({
        vaativanErityisenTuenErityinenTehtävä: [{ alku: '2021-08-01', loppu: '2021-12-31' }, { alku: '2022-01-01' }],
        vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: [{ alku: '2021-09-01', loppu: '2022-02-01' }],
        vaikeastiVammainen: [{ alku: '2021-08-01' }],
      }),
    )
    expect(byRule(report, 'T-OHJE-4')).toEqual([])
    expect(byRule(report, 'T-OHJE-5')).toEqual([])
    expect(errors(report)).toEqual([])
  })
  it('T-OHJE-4: warns for a majoitus period without erityinen tehtävä, or reaching outside it', () => {
    const report = run(
      ammatillinen({
        vaativanErityisenTuenErityinenTehtävä: [{ alku: '2021-08-01', loppu: '2021-12-31' }],
        vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: [{ alku: '2021-09-01', loppu: '2021-10-01' }, { alku: '2021-12-01' }],
      }),
    )
    expect(found(report, 'T-OHJE-4').map(([p]) => p)).toEqual([`${LT}.vaativanErityisenTuenYhteydessäJärjestettäväMajoitus[1]`])
    expectWarnings(report, 'T-OHJE-4', 'tuvaVaativanErityisenTuenMajoitusIlmanErityistäTehtävää')
    expect(found(run(ammatillinen({ vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: [{ alku: '2021-09-01' }] })), 'T-OHJE-4')).toHaveLength(1)
  })
  it('T-OHJE-5: warns for vaikeastiVammainen without erityinen tehtävä', () => {
    const report = run(ammatillinen({ vaikeastiVammainen: [{ alku: '2021-08-01', loppu: '2021-12-31' }] }))
    expect(found(report, 'T-OHJE-5').map(([p]) => p)).toEqual([`${LT}.vaikeastiVammainen[0]`])
    expectWarnings(report, 'T-OHJE-5', 'tuvaVaikeastiVammainenIlmanErityistäTehtävää')
  })
  it('seed 004: a period without loppu lasted to the end of an ended study right, and is still in force in an ongoing one', () => {
    // The valid example ended (valmistunut) on 2022-08-01; the erityinen tehtävä was recorded up to that day.
    const lisätiedot = {
      vaativanErityisenTuenErityinenTehtävä: [{ alku: '2021-08-01', loppu: '2022-08-01' }],
      vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: [{ alku: '2021-09-01' }],
      vaikeastiVammainen: [{ alku: '2021-08-01' }],
    }
    const päättynyt = run(ammatillinen(lisätiedot))
    expect(byRule(päättynyt, 'T-OHJE-4')).toEqual([])
    expect(byRule(päättynyt, 'T-OHJE-5')).toEqual([])
    const jatkuu = run(keskeneräinen((o) => (o.lisätiedot = lisätiedot)))
    expect(found(jatkuu, 'T-OHJE-4').map(([p]) => p)).toEqual([`${LT}.vaativanErityisenTuenYhteydessäJärjestettäväMajoitus[0]`])
    expect(found(jatkuu, 'T-OHJE-5').map(([p]) => p)).toEqual([`${LT}.vaikeastiVammainen[0]`])
  })
  it('T-OHJE-5 is not for the perusopetus lupa (no erityinen tehtävä there; T-LT-2 applies)', () => {
    expect(byRule(run(perusopetus({ vaikeastiVammainen: [{ alku: '2021-08-01' }], erityisenTuenPäätökset: [{}] })), 'T-OHJE-5')).toEqual([])
  })
})

describe('T-OHJE-6 — koulutusvienti ⇒ rahoitus 6 "muuta kautta rahoitettu" (ammatillinen lupa)', () => {
  it('accepts koulutusvienti with rahoitus 6, and koulutusvienti false with rahoitus 1', () => {
    const kuusi = tuva((o) => {
      o.lisätiedot = { koulutusvienti: true }
      for (const j of o.tila.opiskeluoikeusjaksot) j.opintojenRahoitus.koodiarvo = '6'
    })
    expect(byRule(run(kuusi), 'T-OHJE-6')).toEqual([])
    expect(byRule(run(tuva()), 'T-OHJE-6')).toEqual([])
  })
  it('warns for every jakso with another rahoitus', () => {
    const report = run(tuva((o) => (o.lisätiedot = { koulutusvienti: true })))
    expect(found(report, 'T-OHJE-6').map(([p]) => p)).toEqual([
      'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0].opintojenRahoitus',
      'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].opintojenRahoitus',
    ])
    expect(byRule(report, 'T-OHJE-6')[0]!.message.fi).toContain('Muuta kautta rahoitettu (6), ei Valtionosuusrahoitteinen koulutus (1)')
    expectWarnings(report, 'T-OHJE-6', 'tuvaKoulutusvientiIlmanMuutaRahoitusta')
  })
})

describe('T-OHJE-7 — TUVA lasts at most one year unless pidennettyPäättymispäivä', () => {
  const päättyen = (loppu: string, lisätiedot: Json = { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] }) =>
    tuva((o) => {
      o.tila.opiskeluoikeusjaksot = [jakso('2021-08-01', 'lasna'), jakso(loppu, 'valmistunut')]
      o.lisätiedot = lisätiedot
    })
  it('accepts exactly one year (the valid example: 1.8.2021–1.8.2022)', () => {
    expect(byRule(run(tuva()), 'T-OHJE-7')).toEqual([])
    expect(byRule(run(päättyen('2022-08-01')), 'T-OHJE-7')).toEqual([])
  })
  it('warns when the study right ended later, at the final jakso', () => {
    const report = run(päättyen('2022-08-02'))
    expect(found(report, 'T-OHJE-7')).toHaveLength(1)
    const [f] = byRule(report, 'T-OHJE-7')
    expect(f!.path).toBe('opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]')
    expect(f!.message.fi).toContain('alkoi 1.8.2021 ja päättyi 2.8.2022')
    expect(f!.message.fi).toContain('kohta "Pidennetty päättymispäivä"')
    expectWarnings(report, 'T-OHJE-7', 'tuvaSuoritusaikaYliVuoden')
  })
  it('counts the year in the years 0001–0099 too (0050 → 0051: a Date built from parts read them as 19xx)', () => {
    const vanha = tuva((o) => {
      o.tila.opiskeluoikeusjaksot = [jakso('0050-08-01', 'lasna'), jakso('0051-08-02', 'valmistunut')]
      o.lisätiedot = { maksuttomuus: [{ alku: '0050-08-01', maksuton: true }] }
    })
    expect(byRule(run(vanha), 'T-OHJE-7').map((f) => f.path)).toEqual(['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]'])
  })
  it('accepts a longer study right with pidennettyPäättymispäivä: true (all luvat)', () => {
    expect(byRule(run(päättyen('2023-06-01', { pidennettyPäättymispäivä: true })), 'T-OHJE-7')).toEqual([])
    const lukio = luvalla('lukio', { pidennettyPäättymispäivä: true })
    lukio.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].alku = '2023-06-01'
    expect(byRule(run(lukio), 'T-OHJE-7')).toEqual([])
    const ilman = luvalla('lukio', { pidennettyPäättymispäivä: false })
    ilman.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].alku = '2023-06-01'
    expect(byRule(run(ilman), 'T-OHJE-7')).toHaveLength(1)
  })
  it('ongoing: warns when today is past one year', () => {
    const report = run(keskeneräinen())
    expect(found(report, 'T-OHJE-7')).toEqual([['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot', expect.stringContaining('on jatkunut 22.11.2026 asti')]])
    expect(byRule(run(keskeneräinen(), { today: '2022-08-01' }), 'T-OHJE-7')).toEqual([])
  })
  it('ongoing: warns when the arvioituPäättymispäivä is past one year', () => {
    const doc = keskeneräinen((o) => (o.arvioituPäättymispäivä = '2022-12-31'))
    const report = run(doc, { today: '2022-01-01' })
    expect(found(report, 'T-OHJE-7')).toEqual([['opiskeluoikeudet[0].arvioituPäättymispäivä', expect.stringContaining('arvioitu päättymispäivä on 31.12.2022')]])
    expect(byRule(run(keskeneräinen((o) => (o.arvioituPäättymispäivä = '2022-07-31')), { today: '2022-01-01' }), 'T-OHJE-7')).toEqual([])
  })
  it('handles 29 February (one year later is 28 February)', () => {
    const doc = tuva((o) => (o.tila.opiskeluoikeusjaksot = [jakso('2024-02-29', 'lasna'), jakso('2025-03-01', 'valmistunut')]))
    expect(byRule(run(doc), 'T-OHJE-7')).toHaveLength(1)
    const doc2 = tuva((o) => (o.tila.opiskeluoikeusjaksot = [jakso('2024-02-29', 'lasna'), jakso('2025-02-28', 'valmistunut')]))
    expect(byRule(run(doc2), 'T-OHJE-7')).toEqual([])
  })
})
