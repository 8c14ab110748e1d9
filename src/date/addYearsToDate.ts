import { isLeapYear } from './kalenteri'

const pad = (n: number, width: number): string => String(n).padStart(width, '0')


/**
 * The calendar date `years` years after the `YYYY-MM-DD` date `date` (29 February → 28 February in a common year), as
 * date-fns `addYears` gives it for years 1000–9999 (property-tested against it). Written out because it is on the
 * validation hot path (MK-REL-1, T-OHJE-7) and because a `Date` built from parts reads the years 0–99 as 1900–1999:
 * 0050-01-01 + 1 year is 0051-01-01 here.
 */
export function addYearsToDate(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years
  const monthDay = date.slice(5, 10)
  return `${pad(year, 4)}-${monthDay === '02-29' && !isLeapYear(year) ? '02-28' : monthDay}`
}
