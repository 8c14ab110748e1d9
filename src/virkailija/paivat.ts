import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { parseISO } from 'date-fns/parseISO'

/*
 * The date arithmetic of the subpath: date-fns `addMonths` / `addDays` on `parseISO`'s date, written back as
 * `YYYY-MM-DD` by hand rather than with date-fns `format` (which with its locale machinery would be two thirds of the
 * subpath's bundle). Gives exactly what src/date's addMonthsToDate / addDaysToDate give (tested) for the calendar
 * dates the functions accept.
 */

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

const iso = (d: Date): string => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`

/** `date` + `months` months (date-fns: a day the target month lacks becomes its last day). */
export const lisääKuukausia = (date: string, months: number): string => iso(addMonths(parseISO(date), months))

/** `date` + `days` days (negative: before). */
export const lisääPäiviä = (date: string, days: number): string => iso(addDays(parseISO(date), days))

/** `2025-03-01` → `1.3.2025` (fi and sv), for a `YYYY-MM-DD` calendar date. */
export const suomalainenPäiväys = (date: string): string => `${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.${date.slice(0, 4)}`
