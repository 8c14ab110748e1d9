import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'

/** `2025-12-31` → `31.12.2025`, the way KOSKI's Finnish messages write dates. */
export function formatFinnishDate(date: string): string {
  return format(parseISO(date), 'd.M.yyyy')
}
