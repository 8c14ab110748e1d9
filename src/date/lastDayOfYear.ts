import { endOfYear } from 'date-fns/endOfYear'
import { format } from 'date-fns/format'

/** 31 December of `year` as `YYYY-MM-DD`. */
export function lastDayOfYear(year: number): string {
  return format(endOfYear(new Date(year, 0, 1)), 'yyyy-MM-dd')
}
