/**
 * The public arbitraries' options are honoured and checked, generation is deterministic for a seed, and the documents
 * carry no real person's data (invented names, random valid non-synthetic hetus) and no date after their `today`.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseHetu } from '../../src'
import {
  OLETUSPÄIVÄ,
  TUVA_ALKAEN,
  validiTuvaOpiskeluoikeus,
  validiTuvaOppija,
  type Henkilömuoto,
  type TuvaGeneraattorinAsetukset,
  type TuvaOppija,
} from '../../src/arbitraries'
import { ETUNIMET_LISTA, SUKUNIMET_LISTA } from '../../src/tyypit/tuva/arbitraries'
import type { TuvaJärjestämislupa } from '../../src/tyypit/tuva/codec'

const henkilömuoto = (doc: TuvaOppija): Henkilömuoto =>
  'hetu' in doc.henkilö ? ('oid' in doc.henkilö ? 'TäydellisetHenkilötiedot' : 'UusiHenkilö') : 'OidHenkilö'

/** Every string of a JSON value that is a date `YYYY-MM-DD`, but the estimate `arvioituPäättymispäivä`. */
const dates = (value: unknown): string[] => {
  const out: string[] = []
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out.push(v)
    else if (typeof v === 'object' && v !== null) {
      for (const [key, child] of Object.entries(v)) if (key !== 'arvioituPäättymispäivä') stack.push(child)
    }
  }
  return out
}

/** Large documents: report the first counterexample instead of shrinking for minutes. */
const OPTIONS = { endOnFailure: true }

describe('options', () => {
  it('järjestämisluvat and henkilömuodot: every document uses one of those given, and each of them occurs', () => {
    const cases: Array<[readonly TuvaJärjestämislupa[], readonly Henkilömuoto[]]> = [
      [['ammatillinen'], ['UusiHenkilö']],
      [['lukio'], ['TäydellisetHenkilötiedot']],
      [['perusopetus'], ['OidHenkilö']],
      [['lukio', 'perusopetus'], ['UusiHenkilö', 'OidHenkilö']],
      [['ammatillinen', 'lukio', 'perusopetus'], ['UusiHenkilö', 'TäydellisetHenkilötiedot', 'OidHenkilö']],
    ]
    for (const [järjestämisluvat, henkilömuodot] of cases) {
      const docs = fc.sample(validiTuvaOppija({ järjestämisluvat, henkilömuodot }), { numRuns: 150, seed: 3 })
      const luvat = new Set(docs.map((d) => d.opiskeluoikeudet[0].järjestämislupa.koodiarvo))
      const muodot = new Set(docs.map(henkilömuoto))
      expect([...luvat].sort()).toEqual([...järjestämisluvat].sort())
      expect([...muodot].sort()).toEqual([...henkilömuodot].sort())
    }
  })

  it('the defaults: every lupa and every henkilö form, today 2026-11-22', () => {
    const docs = fc.sample(validiTuvaOppija(), { numRuns: 200, seed: 5 })
    expect(new Set(docs.map((d) => d.opiskeluoikeudet[0].järjestämislupa.koodiarvo)).size).toBe(3)
    expect(new Set(docs.map(henkilömuoto)).size).toBe(3)
    expect(OLETUSPÄIVÄ).toBe('2026-11-22')
    const all = docs.flatMap(dates)
    expect(all.filter((d) => d > OLETUSPÄIVÄ)).toEqual([])
    expect(all.some((d) => d > '2026-06-01')).toBe(true)
  })

  it('today: no date of a document is after it (but the estimate arvioituPäättymispäivä), and the study right starts on or after TUVA’s first day', () => {
    for (const today of [TUVA_ALKAEN, '2023-03-15', OLETUSPÄIVÄ, '2040-01-01']) {
      fc.assert(
        fc.property(validiTuvaOppija({ today }), (doc) => {
          expect(dates(doc).filter((d) => d > today)).toEqual([])
          expect(doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0]!.alku >= TUVA_ALKAEN).toBe(true)
        }),
        { ...OPTIONS, numRuns: 60 },
      )
    }
  })

  it('validiTuvaOpiskeluoikeus honours järjestämisluvat and today', () => {
    fc.assert(
      fc.property(validiTuvaOpiskeluoikeus({ järjestämisluvat: ['lukio'], today: '2024-05-31' }), (oo) => {
        expect(oo.järjestämislupa.koodiarvo).toBe('lukio')
        expect(oo.tyyppi.koodiarvo).toBe('tuva')
        expect(dates(oo).filter((d) => d > '2024-05-31')).toEqual([])
      }),
      { ...OPTIONS, numRuns: 60 },
    )
  })

  it('an option of the wrong form is a RangeError when the arbitrary is made', () => {
    const wrong: unknown[] = [
      { järjestämisluvat: [] },
      { järjestämisluvat: ['ammatillinen', 'aikuisten'] },
      { järjestämisluvat: 'lukio' },
      { henkilömuodot: [] },
      { henkilömuodot: ['Henkilö'] },
      { today: '2021-07-31' },
      { today: '2026-02-30' },
      { today: '22.11.2026' },
      { today: 20261122 },
    ]
    for (const asetukset of wrong) {
      expect(() => validiTuvaOppija(asetukset as TuvaGeneraattorinAsetukset), JSON.stringify(asetukset)).toThrow(RangeError)
    }
    expect(() => validiTuvaOpiskeluoikeus({ today: '2020-01-01' })).toThrow(RangeError)
    expect(() => validiTuvaOppija({ järjestämisluvat: ['lukio', 'lukio'], today: TUVA_ALKAEN })).not.toThrow()
  })
})

describe('determinism', () => {
  it('the same seed gives the same documents, for each arbitrary and options; another seed other documents', () => {
    const arbs: Array<fc.Arbitrary<unknown>> = [
      validiTuvaOppija(),
      validiTuvaOppija({ järjestämisluvat: ['perusopetus'], henkilömuodot: ['TäydellisetHenkilötiedot'], today: '2030-01-15' }),
      validiTuvaOpiskeluoikeus(),
      validiTuvaOpiskeluoikeus({ järjestämisluvat: ['ammatillinen'], today: '2025-06-30' }),
    ]
    for (const arb of arbs) {
      const a = fc.sample(arb, { numRuns: 40, seed: 20261122 })
      const b = fc.sample(arb, { numRuns: 40, seed: 20261122 })
      expect(b).toEqual(a)
      expect(fc.sample(arb, { numRuns: 40, seed: 7 })).not.toEqual(a)
    }
  })

  it('two arbitraries made with the same options generate the same documents for a seed (no hidden state)', () => {
    const a = fc.sample(validiTuvaOppija({ järjestämisluvat: ['lukio'] }), { numRuns: 30, seed: 11 })
    const b = fc.sample(validiTuvaOppija({ järjestämisluvat: ['lukio'] }), { numRuns: 30, seed: 11 })
    expect(b).toEqual(a)
  })

  it('every document is a fresh object: changing one changes no other', () => {
    const [a, b] = fc.sample(validiTuvaOppija(), { numRuns: 2, seed: 1 }) as [TuvaOppija, TuvaOppija]
    const [c] = fc.sample(validiTuvaOppija(), { numRuns: 1, seed: 1 }) as [TuvaOppija]
    expect(c).toEqual(a)
    expect(c).not.toBe(a)
    ;(a.opiskeluoikeudet[0] as { tila: unknown }).tila = null
    expect(c.opiskeluoikeudet[0].tila).not.toBeNull()
    expect(b.opiskeluoikeudet[0].tila).not.toBeNull()
  })
})

describe('no real person’s data', () => {
  it('hetus are valid, not synthetic (individual number 002–899), of a learner aged 15 or more at the start; names are the invented ones', () => {
    const etunimet = new Set<string>(ETUNIMET_LISTA)
    const sukunimet = new Set<string>(SUKUNIMET_LISTA)
    fc.assert(
      fc.property(validiTuvaOppija({ henkilömuodot: ['UusiHenkilö', 'TäydellisetHenkilötiedot'] }), (doc) => {
        const h = doc.henkilö as { hetu: string; etunimet: string; sukunimi: string; kutsumanimi?: string }
        const parsed = parseHetu(h.hetu, { today: OLETUSPÄIVÄ })
        expect(parsed.valid).toBe(true)
        if (!parsed.valid) return
        expect(parsed.synthetic).toBe(false)
        const individual = Number(h.hetu.slice(7, 10))
        expect(individual >= 2 && individual <= 899).toBe(true)
        const alku = doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0]!.alku
        expect(Number(alku.slice(0, 4)) - Number(parsed.birthDate.slice(0, 4))).toBeGreaterThanOrEqual(15)
        expect(etunimet.has(h.etunimet)).toBe(true)
        expect(sukunimet.has(h.sukunimi)).toBe(true)
        if (h.kutsumanimi !== undefined) expect(h.etunimet.split(' ')).toContain(h.kutsumanimi)
      }),
      { ...OPTIONS, numRuns: 200 },
    )
  })
})
