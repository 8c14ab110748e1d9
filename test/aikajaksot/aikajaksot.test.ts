/**
 * src/aikajaksot against naive references (all pairs, day by day): the sweeps give exactly what the pair loops gave,
 * also for open ends and for periods that end before they start.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ehjä,
  ehjätPäällekkäin,
  jaksohakemisto,
  järjestysAlunMukaan,
  jokinPäällekkäin,
  jokinSisältää,
  katettu,
  kattamattomatIndeksit,
  koskenOverlaps,
  päällekkäin,
  päällekkäisetIndeksit,
  sisältääVälin,
  viimeinenEnintään,
  yhdistä,
  type Väli,
} from '../../src/aikajaksot'
import { addDaysToDate } from '../../src/date'
import { LINEAARINEN_KASVU, kasvusuhde } from '../support'

const ALKU = '2024-01-01'
/** A day of a short range (so periods often overlap, touch or repeat). */
const päivä = fc.integer({ min: 0, max: 40 }).map((n) => addDaysToDate(ALKU, n))
/** A period: either end may be open; the ends may be in either order. */
const väli: fc.Arbitrary<Väli> = fc.record({ alku: päivä, loppu: päivä }, { requiredKeys: [] })
const ehjäVäli: fc.Arbitrary<Väli> = fc
  .tuple(fc.option(päivä, { nil: undefined }), fc.option(päivä, { nil: undefined }))
  .map(([a, b]) => (a !== undefined && b !== undefined && a > b ? { alku: b, loppu: a } : { ...(a === undefined ? {} : { alku: a }), ...(b === undefined ? {} : { loppu: b }) }))
const välit = fc.array(väli, { maxLength: 12 })

/** The days of a well-formed period within the generated range (open ends reach the edges). */
const päivät = (v: Väli): Set<string> => {
  const out = new Set<string>()
  for (let n = -1; n <= 41; n++) {
    const d = addDaysToDate(ALKU, n)
    if ((v.alku === undefined || v.alku <= d) && (v.loppu === undefined || d <= v.loppu)) out.add(d)
  }
  return out
}

describe('aikajaksot: sort and sweep equals all pairs', () => {
  it('jokinPäällekkäin ≡ some(päällekkäin)', () => {
    fc.assert(
      fc.property(välit, välit, (a, b) => {
        const h = jaksohakemisto(a)
        for (const v of b) expect(jokinPäällekkäin(h, v)).toBe(a.some((x) => päällekkäin(x, v)))
      }),
      { numRuns: 500 },
    )
  })

  it('jokinSisältää ≡ some(sisältääVälin) ≡ katettu', () => {
    fc.assert(
      fc.property(välit, välit, (a, b) => {
        const h = jaksohakemisto(a)
        for (const v of b) {
          expect(jokinSisältää(h, v)).toBe(a.some((k) => sisältääVälin(k, v)))
          expect(jokinSisältää(h, v)).toBe(katettu(a, v))
        }
      }),
      { numRuns: 500 },
    )
  })

  it('päällekkäisetIndeksit ≡ the indices whose period overlaps some other-list period', () => {
    fc.assert(
      fc.property(välit, välit, (a, b) => {
        const naive = a.flatMap((v, i) => (b.some((w) => päällekkäin(v, w)) ? [i] : []))
        expect(päällekkäisetIndeksit(a, b)).toEqual(naive)
      }),
      { numRuns: 500 },
    )
  })

  it('kattamattomatIndeksit ≡ the indices not within one merged period', () => {
    fc.assert(
      fc.property(välit, välit, (a, b) => {
        const merged = yhdistä(b)
        const naive = a.flatMap((v, i) => (merged.some((k) => sisältääVälin(k, v)) ? [] : [i]))
        expect(kattamattomatIndeksit(a, b)).toEqual(naive)
      }),
      { numRuns: 500 },
    )
  })

  it('päällekkäin is "shares a day" for well-formed periods', () => {
    fc.assert(
      fc.property(ehjäVäli, ehjäVäli, (a, b) => {
        const pa = päivät(a)
        expect(päällekkäin(a, b)).toBe([...päivät(b)].some((d) => pa.has(d)))
        expect(päällekkäin(a, b)).toBe(päällekkäin(b, a))
      }),
    )
  })

  it('yhdistä: sorted, neither overlapping nor touching, covering exactly the days of the input', () => {
    fc.assert(
      fc.property(fc.array(ehjäVäli, { maxLength: 10 }), (a) => {
        const m = yhdistä(a)
        const days = new Set(a.flatMap((v) => [...päivät(v)]))
        expect(new Set(m.flatMap((v) => [...päivät(v)]))).toEqual(days)
        for (let i = 1; i < m.length; i++) {
          const prev = m[i - 1]!
          expect(prev.loppu).toBeDefined()
          expect((m[i]!.alku ?? '') > addDaysToDate(prev.loppu!, 1)).toBe(true)
        }
      }),
    )
  })

  it('viimeinenEnintään ≡ the last index ≤ x', () => {
    fc.assert(
      fc.property(fc.array(päivä, { maxLength: 15 }), päivä, (xs, x) => {
        const alut = [...xs].sort()
        let naive = -1
        alut.forEach((a, i) => {
          if (a <= x) naive = i
        })
        expect(viimeinenEnintään(alut, x)).toBe(naive)
      }),
    )
  })

  it('järjestysAlunMukaan: a stable sort by alku', () => {
    fc.assert(
      fc.property(fc.array(päivä, { maxLength: 15 }), (xs) => {
        const jaksot = xs.map((alku) => ({ alku }))
        const naive = jaksot.map((_, i) => i).sort((i, j) => (xs[i]! < xs[j]! ? -1 : xs[i]! > xs[j]! ? 1 : i - j))
        expect(järjestysAlunMukaan(jaksot)).toEqual(naive)
      }),
    )
  })

  it('closed periods: KOSKI overlaps misses only a period containing the other', () => {
    const suljettu = fc.tuple(päivä, päivä).map(([alku, loppu]) => ({ alku, loppu }))
    fc.assert(
      fc.property(suljettu, suljettu, (a, b) => {
        expect(ehjätPäällekkäin(a, b)).toBe(ehjä(a) && ehjä(b) && [...päivät(a)].some((d) => päivät(b).has(d)))
        if (ehjä(a) && ehjä(b) && ehjätPäällekkäin(a, b) && !koskenOverlaps(a, b)) expect(a.alku < b.alku && a.loppu > b.loppu).toBe(true)
      }),
    )
  })

  it('stays n·log n: 50 000 periods against 50 000 (all pairs would be 2.5·10⁹ comparisons), by its growth ratio', () => {
    const day = (k: number): string => new Date(Date.UTC(2000, 0, 1) + k * 86_400_000).toISOString().slice(0, 10)
    const jaksot = (n: number, siirto: number) => Array.from({ length: n }, (_, i) => ({ alku: day(2 * i + siirto), loppu: day(2 * i + siirto) }))
    const n = 50_000
    const [a, b] = [jaksot(n, 0), jaksot(n, 1)]
    expect(päällekkäisetIndeksit(a, b)).toEqual([])
    expect(kattamattomatIndeksit(a, b)).toHaveLength(n)
    const koko = (m: number) => {
      const [x, y] = [jaksot(m, 0), jaksot(m, 1)]
      päällekkäisetIndeksit(x, y)
      kattamattomatIndeksit(x, y)
    }
    expect(kasvusuhde(koko, 12_500)).toBeLessThan(LINEAARINEN_KASVU)
  })
})
