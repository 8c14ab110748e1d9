import { endOfYear } from 'date-fns/endOfYear'
import { format } from 'date-fns/format'

/**
 * 31 December of `year` as `YYYY-MM-DD`. Written out for the years 1000–9999 (MK-REL-1's "year + 20, 31 December" is
 * on the hot path); any other value as date-fns gives it (`new Date(year, 0, 1)` reads 0–99 as 1900–1999).
 */
export function lastDayOfYear(year: number): string {
  return Number.isInteger(year) && year >= 1000 && year <= 9999 ? `${year}-12-31` : format(endOfYear(new Date(year, 0, 1)), 'yyyy-MM-dd')
}
