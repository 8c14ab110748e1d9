import { isValid, parseISO } from 'date-fns'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Whether `value` is a calendar date written `YYYY-MM-DD` (`2023-02-29` is not one). */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && isValid(parseISO(value))
}
