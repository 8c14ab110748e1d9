/**
 * The VST arbitraries (`validiVstJotpaOpiskeluoikeus`, `validiVstVapaatavoitteinenOpiskeluoikeus`) keep the laws of
 * the public arbitraries: every study right validates on its date with no error and no warning, skips only what needs
 * context no document carries, and generation is deterministic for a seed.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validate } from '../../src'
import { OLETUSPÄIVÄ, VST_JOTPA_ALKAEN, validiVstJotpaOpiskeluoikeus, validiVstVapaatavoitteinenOpiskeluoikeus } from '../../src/arbitraries'
import { varhaisinPäivä } from '../../src/tyypit/vst'

const OPTIONS = { endOnFailure: true, numRuns: 60 }
/** Skipped without `previous` (G-ID-2, G-LJ-4) and without `storedStudyRights` (G-DUPOO-1, wired on VST by branch muks). */
const EDELLINEN = ['G-DUPOO-1', 'G-ID-2', 'G-LJ-4']
const SUOSTUMUS = ['G-SUOST-1', 'VV-OHJE-1', 'VV-OHJE-2', 'VV-OHJE-3']
const PÄIVÄT = [VST_JOTPA_ALKAEN, '2023-12-31', '2024-01-01', OLETUSPÄIVÄ, '2031-02-28']

describe('validiVstJotpaOpiskeluoikeus: valid on its date', () => {
  it.each(PÄIVÄT)('today %s: no finding, only G-ID-2 and G-LJ-4 skipped', (today) => {
    fc.assert(
      fc.property(validiVstJotpaOpiskeluoikeus({ today }), (oo) => {
        const report = validate(oo, { today })
        expect(report.findings).toEqual([])
        expect(report.skipped.filter((id) => !EDELLINEN.includes(id))).toEqual([])
        expect(oo.suoritukset[0]!.tyyppi.koodiarvo).toBe('vstjotpakoulutus')
      }),
      OPTIONS,
    )
  })
  it('draws every ending (ongoing, hyvaksytystisuoritettu, keskeytynyt) and both rahoitukset', () => {
    const docs = fc.sample(validiVstJotpaOpiskeluoikeus(), { numRuns: 200, seed: 3 })
    const viimeiset = new Set(docs.map((d) => d.tila.opiskeluoikeusjaksot.at(-1)!.tila.koodiarvo))
    expect([...viimeiset].sort()).toEqual(['hyvaksytystisuoritettu', 'keskeytynyt', 'lasna'])
    expect(new Set(docs.map((d) => d.tila.opiskeluoikeusjaksot[0]!.opintojenRahoitus?.koodiarvo)).size).toBe(2)
  })
})

describe('validiVstVapaatavoitteinenOpiskeluoikeus: valid on its date', () => {
  it.each(PÄIVÄT)('today %s: no finding, only the context rules skipped', (today) => {
    fc.assert(
      fc.property(validiVstVapaatavoitteinenOpiskeluoikeus({ today }), (oo) => {
        const report = validate(oo, { today })
        expect(report.findings).toEqual([])
        expect(report.skipped.filter((id) => !EDELLINEN.includes(id) && !SUOSTUMUS.includes(id))).toEqual([])
      }),
      OPTIONS,
    )
  })
  it("with a guardian's consent given on the study right's earliest day and no withdrawn consent: still no finding, the consent rules run", () => {
    fc.assert(
      fc.property(validiVstVapaatavoitteinenOpiskeluoikeus(), (oo) => {
        const consents = [{ lähdejärjestelmänId: oo.lähdejärjestelmänId!.id!, given: varhaisinPäivä(oo)!, givenBy: 'guardian' as const }]
        const report = validate(oo, { today: OLETUSPÄIVÄ, consents, withdrawnConsents: [], birthDate: '2010-01-01' })
        expect(report.findings).toEqual([])
        expect(report.skipped).toEqual(EDELLINEN)
      }),
      OPTIONS,
    )
  })
})

describe('determinism and options', () => {
  it('the same seed gives the same study rights; another seed others', () => {
    for (const arb of [validiVstJotpaOpiskeluoikeus(), validiVstVapaatavoitteinenOpiskeluoikeus()] as fc.Arbitrary<unknown>[]) {
      const a = fc.sample(arb, { numRuns: 30, seed: 20261122 })
      expect(fc.sample(arb, { numRuns: 30, seed: 20261122 })).toEqual(a)
      expect(fc.sample(arb, { numRuns: 30, seed: 7 })).not.toEqual(a)
    }
  })
  it('today before 2023-01-01 or not a date is a RangeError', () => {
    expect(() => validiVstJotpaOpiskeluoikeus({ today: '2022-12-31' })).toThrow(RangeError)
    expect(() => validiVstVapaatavoitteinenOpiskeluoikeus({ today: '31.12.2023' })).toThrow(RangeError)
  })
})
