import { getYear } from 'date-fns/getYear'
import { parseISO } from 'date-fns/parseISO'

/** The calendar year of a `YYYY-MM-DD` date. */
export function yearOfDate(date: string): number {
  return getYear(parseISO(date))
}
