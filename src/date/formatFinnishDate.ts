import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'
import { kalenteripäivä } from './kalenteri'

/**
 * `2025-12-31` → `31.12.2025`, the way KOSKI's Finnish messages write dates. Written out for the calendar dates of the
 * years 1000–9999 (on the hot path of messages); anything else as date-fns `format(parseISO(date), 'd.M.yyyy')`.
 */
export function formatFinnishDate(date: string): string {
  const p = kalenteripäivä(date)
  return p === undefined ? format(parseISO(date), 'd.M.yyyy') : `${p.d}.${p.m}.${date.slice(0, 4)}`
}
