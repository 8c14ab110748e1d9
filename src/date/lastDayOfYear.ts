/**
 * 31 December of `year` as `YYYY-MM-DD` (the year written with at least four digits). Written out: MK-REL-1's "year +
 * 20, 31 December" is on the hot path, and a `Date` built from parts (date-fns' way) reads the years 0–99 as 1900–1999,
 * so 0050 + 20 became 1970. Throws a RangeError for a value that is not a whole year ≥ 0 (as date-fns throws for NaN).
 */
export function lastDayOfYear(year: number): string {
  if (!Number.isInteger(year) || year < 0) throw new RangeError(`lastDayOfYear: ${year} is not a year`)
  return `${String(year).padStart(4, '0')}-12-31`
}
