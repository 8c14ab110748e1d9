/**
 * The calendar arithmetic the validation hot paths need, written out (no `Date`, no date-fns): a `YYYY-MM-DD` date's
 * parts when it is a real calendar date of the years 1000–9999, for which every function here gives exactly what
 * date-fns gives (property-tested against it); outside that the callers use date-fns as before.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

const PÄIVIÄ = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Days in month `m` (1–12) of year `y`. */
export const päiviäKuukaudessa = (y: number, m: number): number => (m === 2 && isLeapYear(y) ? 29 : PÄIVIÄ[m - 1]!)

/** The parts of a `YYYY-MM-DD` calendar date of the years 1000–9999, else undefined. */
export function kalenteripäivä(date: string): { readonly y: number; readonly m: number; readonly d: number } | undefined {
  const match = ISO_DATE.exec(date)
  if (match === null) return undefined
  const y = Number(match[1])
  const m = Number(match[2])
  const d = Number(match[3])
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > päiviäKuukaudessa(y, m)) return undefined
  return { y, m, d }
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
