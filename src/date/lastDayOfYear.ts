import { endOfYear, format } from 'date-fns'

/** 31 December of `year` as `YYYY-MM-DD`. */
export function lastDayOfYear(year: number): string {
  return format(endOfYear(new Date(year, 0, 1)), 'yyyy-MM-dd')
}
