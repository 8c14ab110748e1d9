import { format } from 'date-fns/format'

/** Today's local calendar date. The only clock read of the library: the default for `today` at the public edge. */
export function dateOfToday(): string {
  return format(new Date(), 'yyyy-MM-dd')
}
