import { addDays, format, parseISO } from 'date-fns'

/** The calendar date `days` days after (or before, when negative) the `YYYY-MM-DD` date `date`. */
export function addDaysToDate(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd')
}
