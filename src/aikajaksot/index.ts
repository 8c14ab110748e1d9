/**
 * Period arithmetic (aikajaksot) for the rules of every study-right type: overlap, merge, coverage, sorting and
 * search. Ground floor: pure, imports only src/date. Dates are ISO `YYYY-MM-DD` strings compared as strings; both ends
 * of a period are inclusive. Every operation on lists is linear or n·log n (sort and sweep, binary search): never a
 * comparison of all pairs, so no list length makes a rule quadratic.
 *
 * Two kinds of period:
 * - {@link Väli}: `alku` absent = open to the past (read as `''`), `loppu` absent = open-ended. A period whose `alku`
 *   is after its `loppu` is taken as it is (the comparisons below say what it overlaps and covers), never repaired.
 * - {@link Suljettu}: both ends given (e.g. the extension periods of free education); see {@link ehjä}.
 */
import { addDaysToDate } from '../date'

export interface Väli {
  readonly alku?: string
  readonly loppu?: string
}

/** A period with both ends (KOSKI's `Aikajakso` with a mandatory `loppu`). */
export interface Suljettu {
  readonly alku: string
  readonly loppu: string
}

const alkuOf = (v: Väli): string => v.alku ?? ''

/** `a ≤ b` where `undefined` is +∞ on both sides. */
const enintäänLoppu = (a: string | undefined, b: string | undefined): boolean => b === undefined || (a !== undefined && a <= b)

const vertaaAlkuja = (a: Väli, b: Väli): number => (alkuOf(a) < alkuOf(b) ? -1 : alkuOf(a) > alkuOf(b) ? 1 : 0)

/** Whether two periods share at least one day (symmetric). */
export const päällekkäin = (a: Väli, b: Väli): boolean =>
  (b.loppu === undefined || alkuOf(a) <= b.loppu) && (a.loppu === undefined || alkuOf(b) <= a.loppu)

/** Whether `k` alone contains the whole of `v` (an open-ended `v` only in an open-ended `k`). */
export const sisältääVälin = (k: Väli, v: Väli): boolean => alkuOf(k) <= alkuOf(v) && enintäänLoppu(v.loppu, k.loppu)

/** Whether `v` lies wholly within one of the periods `kattavat` (one question, linear; for many use {@link jaksohakemisto}). */
export const katettu = (kattavat: readonly Väli[], v: Väli): boolean => kattavat.some((k) => sisältääVälin(k, v))

/** The periods merged where they overlap or touch (the next starts at most one day after the previous ends), sorted by `alku` (stable). */
export function yhdistä(välit: readonly Väli[]): Väli[] {
  const sorted = [...välit].sort(vertaaAlkuja)
  const out: { alku: string; loppu: string | undefined }[] = []
  for (const v of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && (last.loppu === undefined || alkuOf(v) <= addDaysToDate(last.loppu, 1))) {
      if (last.loppu !== undefined && (v.loppu === undefined || v.loppu > last.loppu)) last.loppu = v.loppu
    } else {
      out.push({ alku: alkuOf(v), loppu: v.loppu })
    }
  }
  return out
}

/**
 * The index of the last of the sorted strings `alut` that is ≤ `x` (−1 when none is). Binary search: log n.
 * @example viimeinenEnintään(['2021-01-01', '2021-06-01'], '2021-03-01') // 0
 */
export function viimeinenEnintään(alut: readonly string[], x: string): number {
  let lo = 0
  let hi = alut.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (alut[mid]! <= x) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** Indices of `jaksot` sorted by `alku`, stable (KOSKI's `sortBy(_.alku)`). */
export function järjestysAlunMukaan(jaksot: readonly { readonly alku: string }[]): number[] {
  const indices = jaksot.map((_, i) => i)
  if (jaksot.length > 1) indices.sort((a, b) => (jaksot[a]!.alku < jaksot[b]!.alku ? -1 : jaksot[a]!.alku > jaksot[b]!.alku ? 1 : a - b))
  return indices
}

/**
 * A list of periods prepared for many questions (n·log n once, log n per question): the starts sorted, and for each
 * prefix of them the latest end (`undefined` = open-ended). "Does some period start on or before x and end on or
 * after y" is then one binary search, which answers both overlap and coverage.
 */
export interface Jaksohakemisto {
  readonly alut: readonly string[]
  /** `myöhäisinLoppu[i]`: the latest `loppu` among the periods at sorted positions 0…i (`undefined` = open-ended). */
  readonly myöhäisinLoppu: readonly (string | undefined)[]
}

export function jaksohakemisto(välit: readonly Väli[]): Jaksohakemisto {
  const sorted = [...välit].sort(vertaaAlkuja)
  const alut: string[] = new Array<string>(sorted.length)
  const myöhäisinLoppu: (string | undefined)[] = new Array<string | undefined>(sorted.length)
  let max = '' // the least string: no end is earlier
  let avoin = false
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!
    alut[i] = alkuOf(v)
    if (!avoin) {
      if (v.loppu === undefined) avoin = true
      else if (v.loppu > max) max = v.loppu
    }
    myöhäisinLoppu[i] = avoin ? undefined : max
  }
  return { alut, myöhäisinLoppu }
}

/** Whether some period starts on or before `x` (`undefined` = any start) and ends on or after `y` (`undefined` = is open-ended). */
function jokinAlkaaJaKestää(h: Jaksohakemisto, x: string | undefined, y: string | undefined): boolean {
  const k = x === undefined ? h.alut.length - 1 : viimeinenEnintään(h.alut, x)
  if (k < 0) return false
  return enintäänLoppu(y, h.myöhäisinLoppu[k])
}

/** Whether `v` overlaps some period of the hakemisto (`välit.some((a) => päällekkäin(a, v))`, in log n). */
export const jokinPäällekkäin = (h: Jaksohakemisto, v: Väli): boolean => jokinAlkaaJaKestää(h, v.loppu, alkuOf(v))

/** Whether some single period of the hakemisto contains all of `v` (`välit.some((k) => sisältääVälin(k, v))`, in log n). */
export const jokinSisältää = (h: Jaksohakemisto, v: Väli): boolean => jokinAlkaaJaKestää(h, alkuOf(v), v.loppu)

/** Indices (ascending) of the periods of `kysytyt` that overlap some period of `vasten`. n·log n. */
export function päällekkäisetIndeksit(kysytyt: readonly Väli[], vasten: readonly Väli[]): number[] {
  const out: number[] = []
  if (kysytyt.length === 0 || vasten.length === 0) return out
  const h = jaksohakemisto(vasten)
  kysytyt.forEach((v, i) => {
    if (jokinPäällekkäin(h, v)) out.push(i)
  })
  return out
}

/**
 * Indices (ascending) of the periods of `jaksot` that do not lie wholly within one period of the merged `kattavat`
 * (`yhdistä(kattavat)`: overlapping or touching periods count as one). n·log n.
 */
export function kattamattomatIndeksit(jaksot: readonly Väli[], kattavat: readonly Väli[]): number[] {
  const out: number[] = []
  if (jaksot.length === 0) return out
  const h = jaksohakemisto(yhdistä(kattavat))
  jaksot.forEach((v, i) => {
    if (!jokinSisältää(h, v)) out.push(i)
  })
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Periods with both ends

/** A closed period is well formed when it does not end before it starts (the same day is allowed). */
export const ehjä = (p: Suljettu): boolean => p.alku <= p.loppu

/** Whether the day `päivä` lies in `p` (inclusive). */
export const sisältääPäivän = (p: Suljettu, päivä: string): boolean => päivä >= p.alku && päivä <= p.loppu

/** KOSKI's `a.overlaps(b)` (`Aikajakso`): a's start or a's end lies in b (inclusive). A period containing b is not caught. */
export const koskenOverlaps = (a: Suljettu, b: Suljettu): boolean => sisältääPäivän(b, a.alku) || sisältääPäivän(b, a.loppu)

/** Two well-formed closed periods share a day (a period that ends before it starts overlaps nothing). */
export const ehjätPäällekkäin = (a: Suljettu, b: Suljettu): boolean => ehjä(a) && ehjä(b) && päällekkäin(a, b)
