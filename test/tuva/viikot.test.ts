/** Week-based scope (seed 001: 22 h of 60 min ≈ 29 lessons of 45 min a week), per-osa limits, the computed laajuus. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  TUVA_OPPITUNNIN_MINUUTIT,
  TUVA_OPPITUNTEJA_VIIKOSSA,
  TUVA_OSIEN_LAAJUUSRAJAT,
  TUVA_TUNTEJA_VIIKOSSA,
  TUVA_VALMISTUNEEN_VÄHIMMÄISLAAJUUS,
  oppitunnitViikoiksi,
  osanLaajuusSallittu,
  osanLaajuusrajat,
  tunnitViikoiksi,
  tuvaSuorituksenLaskettuLaajuus,
  tuvaSuoritusHyväksytty,
  viikotOppitunneiksi,
  viikotTunneiksi,
} from '../../src'
import { laskettuLaajuus } from '../../src/tyypit/tuva/saannot/apu'
import { desimaalit } from '../../src/rules/helpers'
import { arviointi, kurssi, osa, tuva, valinnainen } from '../support'

describe('hours and lessons → weeks', () => {
  it('uses 22 hours or 29 lessons of 45 minutes a week (≈ 21.75 h)', () => {
    expect([TUVA_TUNTEJA_VIIKOSSA, TUVA_OPPITUNTEJA_VIIKOSSA, TUVA_OPPITUNNIN_MINUUTIT]).toEqual([22, 29, 45])
    expect(tunnitViikoiksi(22)).toBe(1)
    expect(tunnitViikoiksi(110)).toBe(5)
    expect(oppitunnitViikoiksi(29)).toBe(1)
    expect(oppitunnitViikoiksi(58)).toBe(2)
    expect(viikotTunneiksi(38)).toBe(836)
    expect(viikotOppitunneiksi(2)).toBe(58)
  })
  it('rounds half up to the given decimals', () => {
    expect(tunnitViikoiksi(100)).toBeCloseTo(4.545454, 5)
    expect(tunnitViikoiksi(100, 1)).toBe(4.5)
    expect(tunnitViikoiksi(100, 2)).toBe(4.55)
    expect(oppitunnitViikoiksi(100, 0)).toBe(3)
    expect(tunnitViikoiksi(11, 0)).toBe(1) // 0.5 → 1
    expect(oppitunnitViikoiksi(0)).toBe(0)
  })
  it('gives NaN for a negative or non-finite amount', () => {
    for (const x of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(tunnitViikoiksi(x)).toBeNaN()
      expect(oppitunnitViikoiksi(x, 1)).toBeNaN()
      expect(viikotTunneiksi(x)).toBeNaN()
    }
  })
  it('property: conversions are monotonic and the inverses round-trip', () => {
    const määrä = fc.double({ min: 0, max: 10_000, noNaN: true })
    fc.assert(
      fc.property(määrä, määrä, (a, b) => {
        expect(viikotTunneiksi(tunnitViikoiksi(a))).toBeCloseTo(a, 6)
        expect(viikotOppitunneiksi(oppitunnitViikoiksi(a))).toBeCloseTo(a, 6)
        if (a <= b) {
          expect(tunnitViikoiksi(a)).toBeLessThanOrEqual(tunnitViikoiksi(b))
          expect(oppitunnitViikoiksi(a)).toBeLessThanOrEqual(oppitunnitViikoiksi(b))
        }
      }),
    )
  })
})

describe('per-osa limits', () => {
  it('are the catalogue’s T-VALM-2 limits and the T-VALM-1 minimum', () => {
    expect(TUVA_OSIEN_LAAJUUSRAJAT).toEqual({
      '101': { min: 2, max: 10 },
      '102': { min: 0, max: 20 },
      '103': { min: 0, max: 20 },
      '104': { min: 0, max: 10 },
      '105': { min: 0, max: 30 },
      '106': { min: 0, max: 30 },
      '107': { min: 0, max: 30 },
    })
    expect(TUVA_VALMISTUNEEN_VÄHIMMÄISLAAJUUS).toBe(2)
  })
  it('answers per osa, inclusive, missing = 0', () => {
    expect(osanLaajuusrajat('101')).toEqual({ min: 2, max: 10 })
    expect(osanLaajuusrajat('108')).toBeUndefined()
    expect(osanLaajuusrajat('toString')).toBeUndefined()
    expect(osanLaajuusSallittu('101', 2)).toBe(true)
    expect(osanLaajuusSallittu('101', 10)).toBe(true)
    expect(osanLaajuusSallittu('101', 1.9)).toBe(false)
    expect(osanLaajuusSallittu('101', undefined)).toBe(false)
    expect(osanLaajuusSallittu('104', undefined)).toBe(true)
    expect(osanLaajuusSallittu('104', 10.5)).toBe(false)
    expect(osanLaajuusSallittu('999', 1000)).toBe(true)
  })
  it('property: osanLaajuusSallittu ⇔ min ≤ x ≤ max', () => {
    fc.assert(
      fc.property(fc.constantFrom('101', '102', '103', '104', '105', '106', '107'), fc.double({ min: 0, max: 50, noNaN: true }), (k, x) => {
        const r = osanLaajuusrajat(k)!
        expect(osanLaajuusSallittu(k, x)).toBe(r.min <= x && x <= r.max)
      }),
    )
  })
})

describe('the computed laajuus of a TUVA suoritus (as KOSKI computes it)', () => {
  it('is 12 for the valid example, and 5 for its 104 (accepted kurssit)', () => {
    const s = tuva().opiskeluoikeudet[0].suoritukset[0]
    expect(tuvaSuorituksenLaskettuLaajuus(s)).toBe(12)
    expect(tuvaSuorituksenLaskettuLaajuus(s.osasuoritukset[6])).toBe(5)
  })
  it('counts only direct osasuoritukset whose latest arviointi is Hyväksytty', () => {
    const s = {
      osasuoritukset: [
        osa('101', 2),
        osa('102', 3, { arviointi: [arviointi('Hyväksytty', '2021-09-01'), arviointi('Hylätty', '2021-10-01')] }),
        osa('103', 4, { arviointi: [arviointi('Hylätty', '2021-09-01'), arviointi('Hyväksytty', '2021-10-01')] }),
        osa('105', 8, { arviointi: null }),
        valinnainen(1, [kurssi('a', 7)]),
      ],
    }
    expect(tuvaSuorituksenLaskettuLaajuus(s)).toBe(7)
    expect(tuvaSuoritusHyväksytty(s.osasuoritukset[1])).toBe(false)
    expect(tuvaSuoritusHyväksytty(s.osasuoritukset[2])).toBe(true)
  })
  it('takes the later one in the list when two arvioinnit share a date', () => {
    expect(tuvaSuoritusHyväksytty(osa('101', 2, { arviointi: [arviointi('Hylätty'), arviointi('Hyväksytty')] }))).toBe(true)
    expect(tuvaSuoritusHyväksytty(osa('101', 2, { arviointi: [arviointi('Hyväksytty'), arviointi('Hylätty')] }))).toBe(false)
  })
  it('adds the laajuudet as decimals, as KOSKI (BigDecimal) does: 0.6 + 0.7 + 0.7 = 2, 0.1 + 0.2 = 0.3', () => {
    const s = { osasuoritukset: [osa('101', 0.6), osa('102', 0.7), osa('103', 0.7)] }
    expect(0.6 + 0.7 + 0.7).not.toBe(2) // the floating-point sum KOSKI does not make
    expect(tuvaSuorituksenLaskettuLaajuus(s)).toBe(2)
    expect(laskettuLaajuus(s as never)).toBe(2)
    expect(tuvaSuorituksenLaskettuLaajuus({ osasuoritukset: [osa('101', 0.1), osa('102', 0.2)] })).toBe(0.3)
    expect(tuvaSuorituksenLaskettuLaajuus({ osasuoritukset: [osa('101', 1e-7), osa('102', 2e-7)] })).toBe(3e-7)
    expect([desimaalit(3), desimaalit(0.25), desimaalit(1e-7), desimaalit(1.5e-7), desimaalit(123.456)]).toEqual([0, 2, 7, 8, 3])
  })
  it('property: the sum of laajuudet with up to 3 decimals is the exact decimal sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40_000 }), { maxLength: 10 }), (tuhannesosat) => {
        const suoritus = { osasuoritukset: tuhannesosat.map((t) => osa('102', t / 1000)) }
        const tarkka = tuhannesosat.reduce((a, b) => a + b, 0) / 1000
        expect(tuvaSuorituksenLaskettuLaajuus(suoritus)).toBe(tarkka === 0 ? undefined : tarkka)
        expect(laskettuLaajuus(suoritus as never)).toBe(tuvaSuorituksenLaskettuLaajuus(suoritus))
      }),
    )
  })
  it('is undefined (KOSKI: null) when the sum is 0', () => {
    expect(tuvaSuorituksenLaskettuLaajuus({ osasuoritukset: [] })).toBeUndefined()
    expect(tuvaSuorituksenLaskettuLaajuus({ osasuoritukset: [osa('101', undefined)] })).toBeUndefined()
    expect(tuvaSuorituksenLaskettuLaajuus({ osasuoritukset: [osa('101', 2, { arviointi: [arviointi('Hylätty')] })] })).toBeUndefined()
    expect(tuvaSuorituksenLaskettuLaajuus({})).toBeUndefined()
  })
  it('reads raw JSON defensively', () => {
    for (const x of [null, undefined, 1, 'x', [], { osasuoritukset: 'x' }, { osasuoritukset: [null, 1, { arviointi: 'x' }, { arviointi: [null] }] }]) {
      expect(tuvaSuorituksenLaskettuLaajuus(x)).toBeUndefined()
    }
  })
  it('property: equals the sum over the accepted osat, undefined for 0', () => {
    const osaArb = fc.record({
      arvo: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      arvosanat: fc.array(fc.record({ hyväksytty: fc.boolean(), päivä: fc.constantFrom('2021-09-01', '2021-10-01', '2021-11-01') }), { maxLength: 3 }),
    })
    fc.assert(
      fc.property(fc.array(osaArb, { maxLength: 8 }), (osat) => {
        const suoritus = {
          osasuoritukset: osat.map((o) =>
            osa('102', o.arvo, { arviointi: o.arvosanat.length === 0 ? null : o.arvosanat.map((a) => arviointi(a.hyväksytty ? 'Hyväksytty' : 'Hylätty', a.päivä)) }),
          ),
        }
        let summa = 0
        for (const o of osat) {
          let viimeisin: { hyväksytty: boolean; päivä: string } | undefined
          for (const a of o.arvosanat) if (viimeisin === undefined || a.päivä >= viimeisin.päivä) viimeisin = a
          if (viimeisin?.hyväksytty === true) summa += o.arvo ?? 0
        }
        expect(tuvaSuorituksenLaskettuLaajuus(suoritus)).toBe(summa === 0 ? undefined : summa)
        // the rules' typed twin (decoded documents) gives the same
        expect(laskettuLaajuus(suoritus as never)).toBe(tuvaSuorituksenLaskettuLaajuus(suoritus))
      }),
    )
  })
})
