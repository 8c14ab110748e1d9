/**
 * The law of the public arbitraries (`koski-validation/arbitraries`), for each arbitrary and each option combination:
 * every generated document validates on its date with no finding at all — no error and no warning — and the only
 * rules left in `report.skipped` are those that need context no document carries: G-ID-2, G-LJ-4, T-LUPA-2 (no
 * `previous`), G-DUPOO-1, X-SIIRT-3 and X-SIIRT-4 (no `storedStudyRights`; the X-SIIRT ones for a study right starting
 * by 31.7.2023) and, only when the birth date is unknown (an OidHenkilö, a bare study right), MK-REQ-1, MK-REL-1 and
 * MK-OHJE-3.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validate } from '../../src'
import { MUKS_ALKAEN, OLETUSPÄIVÄ, TUVA_ALKAEN, validiMuksOpiskeluoikeus, validiMuksOppija, validiTuvaOpiskeluoikeus, validiTuvaOppija, type Henkilömuoto, type TuvaGeneraattorinAsetukset } from '../../src/arbitraries'
import type { TuvaJärjestämislupa } from '../../src/tyypit/tuva/codec'

const OPTIONS = { endOnFailure: true }

const PREVIOUS_ONLY = ['G-ID-2', 'G-LJ-4', 'T-LUPA-2']
/** G-DUPOO-1 and the transition warnings on a TUVA study right starting by 31.7.2023 need the learner's stored study rights (`storedStudyRights`), which no document carries. */
const STORED_ONLY = ['G-DUPOO-1', 'X-SIIRT-3', 'X-SIIRT-4']
const BIRTH_DATE_ONLY = ['MK-REQ-1', 'MK-REL-1', 'MK-OHJE-3']

/** validate(doc, { today }) gives no finding, and skips only what the document cannot tell. */
const expectValidOn = (doc: unknown, today: string, birthDateKnown: boolean): void => {
  const report = validate(doc, { today })
  expect(report.findings).toEqual([])
  expect(report.valid).toBe(true)
  const allowed = birthDateKnown ? [...PREVIOUS_ONLY, ...STORED_ONLY] : [...PREVIOUS_ONLY, ...STORED_ONLY, ...BIRTH_DATE_ONLY]
  expect(report.skipped.filter((id) => !allowed.includes(id))).toEqual([])
}

const hasHetu = (doc: { readonly henkilö: object }): boolean => 'hetu' in doc.henkilö

const LUVAT: ReadonlyArray<readonly TuvaJärjestämislupa[] | undefined> = [undefined, ['ammatillinen'], ['lukio'], ['perusopetus'], ['lukio', 'perusopetus']]
const MUODOT: ReadonlyArray<readonly Henkilömuoto[] | undefined> = [undefined, ['UusiHenkilö'], ['TäydellisetHenkilötiedot'], ['OidHenkilö'], ['UusiHenkilö', 'OidHenkilö']]
/** TUVA's first day, the day before the vammaisuus validations came into force, the VOS reform's last day and the next, the default, the far future. */
const PÄIVÄT = [TUVA_ALKAEN, '2022-09-30', '2025-12-31', '2026-01-01', OLETUSPÄIVÄ, '2031-02-28', '2045-06-15']

const label = (o: TuvaGeneraattorinAsetukset): string => JSON.stringify(o)

describe('validiTuvaOppija: every document validates on its date with no error and no warning', () => {
  it('with the defaults (every lupa, every henkilö form, today 2026-11-22)', () => {
    fc.assert(fc.property(validiTuvaOppija(), (doc) => expectValidOn(doc, OLETUSPÄIVÄ, hasHetu(doc))), { ...OPTIONS, numRuns: 300 })
  })

  for (const järjestämisluvat of LUVAT) {
    for (const henkilömuodot of MUODOT) {
      const asetukset: TuvaGeneraattorinAsetukset = {
        ...(järjestämisluvat === undefined ? {} : { järjestämisluvat }),
        ...(henkilömuodot === undefined ? {} : { henkilömuodot }),
      }
      it(`with ${label(asetukset)}`, () => {
        fc.assert(fc.property(validiTuvaOppija(asetukset), (doc) => expectValidOn(doc, OLETUSPÄIVÄ, hasHetu(doc))), { ...OPTIONS, numRuns: 40 })
      })
    }
  }

  for (const today of PÄIVÄT) {
    it(`with today ${today}, under each lupa`, () => {
      for (const lupa of ['ammatillinen', 'lukio', 'perusopetus'] as const) {
        fc.assert(fc.property(validiTuvaOppija({ today, järjestämisluvat: [lupa] }), (doc) => expectValidOn(doc, today, hasHetu(doc))), { ...OPTIONS, numRuns: 40 })
      }
    })
  }

  it('also with their own stored version as previous and as the stored study rights (nothing changed): no finding, nothing skipped', () => {
    fc.assert(
      fc.property(validiTuvaOppija({ henkilömuodot: ['UusiHenkilö', 'TäydellisetHenkilötiedot'] }), (doc) => {
        // G-DUPOO-1 recognises the study right among the stored ones (its lähdejärjestelmänId) and does not compare it with itself
        const report = validate(doc, { today: OLETUSPÄIVÄ, previous: structuredClone(doc), storedStudyRights: structuredClone(doc) })
        expect(report.findings).toEqual([])
        expect(report.skipped.filter((id) => !STORED_ONLY.includes(id))).toEqual([])
      }),
      { ...OPTIONS, numRuns: 60 },
    )
  })
})

describe('validiTuvaOpiskeluoikeus: every bare study right validates on its date with no error and no warning', () => {
  it('with the defaults', () => {
    fc.assert(fc.property(validiTuvaOpiskeluoikeus(), (oo) => expectValidOn(oo, OLETUSPÄIVÄ, false)), { ...OPTIONS, numRuns: 200 })
  })

  for (const järjestämisluvat of LUVAT) {
    it(`with järjestämisluvat ${JSON.stringify(järjestämisluvat)}, on every date`, () => {
      for (const today of PÄIVÄT) {
        const arb = validiTuvaOpiskeluoikeus({ today, ...(järjestämisluvat === undefined ? {} : { järjestämisluvat }) })
        fc.assert(fc.property(arb, (oo) => expectValidOn(oo, today, false)), { ...OPTIONS, numRuns: 20 })
      }
    })
  }

  it('is the study right validate sees inside an Oppija too (same findings: none)', () => {
    fc.assert(
      fc.property(validiTuvaOpiskeluoikeus(), (oo) => {
        expect(validate({ henkilö: { oid: '1.2.246.562.24.00000000001' }, opiskeluoikeudet: [oo] }, { today: OLETUSPÄIVÄ }).findings).toEqual([])
      }),
      { ...OPTIONS, numRuns: 50 },
    )
  })
})

describe('validiMuksOppija / validiMuksOpiskeluoikeus: every MUKS document validates on its date with no error and no warning', () => {
  /** MUKS's first day, a leap day, the day J-ASIA-1 came into force and the one before, the default, the far future. */
  const MUKS_PÄIVÄT = [MUKS_ALKAEN, '2023-12-31', '2024-01-01', '2024-02-29', OLETUSPÄIVÄ, '2045-06-15']

  it('with the defaults (every henkilö form, today 2026-11-22); MUKS has no age rules, so nothing is skipped for the birth date', () => {
    fc.assert(fc.property(validiMuksOppija(), (doc) => expectValidOn(doc, OLETUSPÄIVÄ, true)), { ...OPTIONS, numRuns: 300 })
  })

  for (const henkilömuodot of MUODOT) {
    it(`with henkilömuodot ${JSON.stringify(henkilömuodot)}`, () => {
      fc.assert(fc.property(validiMuksOppija(henkilömuodot === undefined ? {} : { henkilömuodot }), (doc) => expectValidOn(doc, OLETUSPÄIVÄ, true)), { ...OPTIONS, numRuns: 40 })
    })
  }

  for (const today of MUKS_PÄIVÄT) {
    it(`bare study rights with today ${today}`, () => {
      fc.assert(fc.property(validiMuksOpiskeluoikeus({ today }), (oo) => expectValidOn(oo, today, true)), { ...OPTIONS, numRuns: 60 })
    })
  }

  it('also with their own stored version as previous and as the stored study rights: no finding, nothing skipped', () => {
    fc.assert(
      fc.property(validiMuksOppija(), (doc) => {
        const report = validate(doc, { today: OLETUSPÄIVÄ, previous: structuredClone(doc), storedStudyRights: structuredClone(doc) })
        expect(report.findings).toEqual([])
        expect(report.skipped).toEqual([])
      }),
      { ...OPTIONS, numRuns: 60 },
    )
  })

  it('is deterministic: the same seed gives the same documents', () => {
    expect(fc.sample(validiMuksOppija(), { seed: 42, numRuns: 5 })).toEqual(fc.sample(validiMuksOppija(), { seed: 42, numRuns: 5 }))
  })

  it('rejects options of the wrong form with a RangeError', () => {
    expect(() => validiMuksOppija({ today: '2022-12-31' })).toThrow(RangeError)
    expect(() => validiMuksOppija({ today: 'huomenna' })).toThrow(RangeError)
    expect(() => validiMuksOppija({ henkilömuodot: [] })).toThrow(RangeError)
  })
})
