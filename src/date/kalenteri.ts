/**
 * The calendar arithmetic the validation hot paths need, written out (no `Date`, no date-fns): a `YYYY-MM-DD` date's
 * parts when it is a real calendar date of the years 1000–9999, for which every function here gives exactly what
 * date-fns gives (property-tested against it); outside that the callers use date-fns as before.
 */

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

const PÄIVIÄ = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Days in month `m` (1–12) of year `y`. */
export const päiviäKuukaudessa = (y: number, m: number): number => (m === 2 && isLeapYear(y) ? 29 : PÄIVIÄ[m - 1]!)

/** The parts of a `YYYY-MM-DD` calendar date of the years 1000–9999, else undefined. */
export function kalenteripäivä(date: string): { readonly y: number; readonly m: number; readonly d: number } | undefined {
  const n = päiväluku(date)
  return n < 0 ? undefined : { y: Math.floor(n / 10000), m: Math.floor(n / 100) % 100, d: n % 100 }
}

/** The value of the ASCII digit at `i` of `s`, or -1. */
const numero = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1
}

/**
 * A `YYYY-MM-DD` calendar date of the years 1000–9999 as the number `YYYYMMDD`, else -1: read by its characters, with
 * no match object and no allocation (this is on the decoder's hot path: every date of every document).
 */
export function päiväluku(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1
  const y1 = numero(date, 0)
  const y2 = numero(date, 1)
  const y3 = numero(date, 2)
  const y4 = numero(date, 3)
  const m1 = numero(date, 5)
  const m2 = numero(date, 6)
  const d1 = numero(date, 8)
  const d2 = numero(date, 9)
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0) return -1
  const y = y1 * 1000 + y2 * 100 + y3 * 10 + y4
  const m = m1 * 10 + m2
  const d = d1 * 10 + d2
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > päiviäKuukaudessa(y, m)) return -1
  return y * 10000 + m * 100 + d
}

const kaksi = (n: number): string => (n < 10 ? `0${n}` : String(n))

/**
 * The day after (`+1`) or before (`-1`) a `YYYY-MM-DD` date, written out (date-fns' parse and format cost some 15 µs a
 * call); a date this module does not read (outside 1000–9999, not a calendar date) is left to `fallback`.
 */
export function viereinenPäivä(date: string, suunta: 1 | -1, fallback: (date: string, days: number) => string): string {
  const p = kalenteripäivä(date)
  if (p === undefined) return fallback(date, suunta)
  let { y, m, d } = p
  d += suunta
  if (d > päiviäKuukaudessa(y, m)) {
    d = 1
    m++
    if (m > 12) {
      m = 1
      y++
    }
  } else if (d < 1) {
    m--
    if (m < 1) {
      m = 12
      y--
    }
    d = päiviäKuukaudessa(y, m)
  }
  if (y < 1000 || y > 9999) return fallback(date, suunta)
  return `${y}-${kaksi(m)}-${kaksi(d)}`
}
