import { isValid } from 'date-fns/isValid'
import { parseISO } from 'date-fns/parseISO'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

// Documents repeat the same few dates many times: remember the answers (bounded; a pure function's memo).
const MEMO_LIMIT = 4096
let memo: Map<string, boolean> | undefined

/** Whether `value` is a calendar date written `YYYY-MM-DD` (`2023-02-29` is not one). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false
  memo ??= new Map()
  let known = memo.get(value)
  if (known === undefined) {
    known = isValid(parseISO(value))
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(value, known)
  }
  return known
}
