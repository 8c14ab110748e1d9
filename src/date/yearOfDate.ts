import { getYear } from 'date-fns/getYear'
import { parseISO } from 'date-fns/parseISO'
import { kalenteripäivä } from './kalenteri'

/** The calendar year of a `YYYY-MM-DD` date (written out for the calendar dates of 1000–9999; else date-fns). */
export function yearOfDate(date: string): number {
  const p = kalenteripäivä(date)
  return p === undefined ? getYear(parseISO(date)) : p.y
}
