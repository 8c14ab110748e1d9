import { getYear, parseISO } from 'date-fns'

/** The calendar year of a `YYYY-MM-DD` date. */
export function yearOfDate(date: string): number {
  return getYear(parseISO(date))
}
