import { addMonths } from 'date-fns/addMonths'
import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'

/**
 * The calendar date `months` months after (or before, when negative) the `YYYY-MM-DD` date `date`; a day that the
 * target month lacks becomes its last day (`2025-08-31` − 6 months → `2025-02-28`).
 */
export function addMonthsToDate(date: string, months: number): string {
  return format(addMonths(parseISO(date), months), 'yyyy-MM-dd')
}
