import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { parseISO } from 'date-fns/parseISO'

/** Calendar days from the `YYYY-MM-DD` date `from` to the `YYYY-MM-DD` date `to` (negative when `to` is earlier). */
export function daysBetweenDates(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from))
}
