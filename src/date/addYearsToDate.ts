import { addYears, format, parseISO } from 'date-fns'

/** The calendar date `years` years after the `YYYY-MM-DD` date `date` (29 February → 28 February in a common year). */
export function addYearsToDate(date: string, years: number): string {
  return format(addYears(parseISO(date), years), 'yyyy-MM-dd')
}
