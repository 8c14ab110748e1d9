import { endOfYear, format, getYear, isValid, parseISO } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatFinnishDate } from '../../src/date/formatFinnishDate'
import { isCalendarDate } from '../../src/date/isCalendarDate'
import { kalenteripäivä } from '../../src/date/kalenteri'
import { lastDayOfYear } from '../../src/date/lastDayOfYear'
import { yearOfDate } from '../../src/date/yearOfDate'

// The date functions written out for the hot paths give exactly what date-fns gives (or throw where it throws).
const dateFns = {
  formatFinnishDate: (d: string) => format(parseISO(d), 'd.M.yyyy'),
  yearOfDate: (d: string) => getYear(parseISO(d)),
  lastDayOfYear: (y: number) => format(endOfYear(new Date(y, 0, 1)), 'yyyy-MM-dd'),
}
const same = <A,>(ours: () => A, theirs: () => A): void => {
  let expected: { value: A } | { threw: true }
  try {
    expected = { value: theirs() }
  } catch {
    expected = { threw: true }
  }
  if ('threw' in expected) expect(ours).toThrow()
  else expect(ours()).toEqual(expected.value)
}

const päivät = fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }).map((d) => format(d, 'yyyy-MM-dd'))
// strings of the ISO shape with any digits (30 February, month 13, year 0042, …)
const isoMuotoiset = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)

describe('date functions written out', () => {
  it('formatFinnishDate and yearOfDate are date-fns on calendar dates, on ISO-shaped strings and on any string', () => {
    fc.assert(
      fc.property(fc.oneof(päivät, isoMuotoiset, fc.string({ maxLength: 12 })), (d) => {
        same(() => formatFinnishDate(d), () => dateFns.formatFinnishDate(d))
        same(() => yearOfDate(d), () => dateFns.yearOfDate(d))
      }),
      { numRuns: 3000 },
    )
    expect(formatFinnishDate('2025-12-31')).toBe('31.12.2025')
    expect(formatFinnishDate('2024-02-29')).toBe('29.2.2024')
    expect(() => formatFinnishDate('2023-02-29')).toThrow()
  })

  it('isCalendarDate is date-fns (a YYYY-MM-DD text that parseISO reads as a valid date) on any string, years 0000–9999', () => {
    const viite = (d: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(d) && isValid(parseISO(d))
    const muunnelmat = isoMuotoiset.chain((d) => fc.nat({ max: 9 }).map((i) => [d, d.slice(0, i) + 'x' + d.slice(i + 1), `${d} `, d.replace('-', '/')]))
    fc.assert(
      fc.property(fc.oneof(päivät, isoMuotoiset, muunnelmat.map((a) => a[1]!), muunnelmat.map((a) => a[2]!), muunnelmat.map((a) => a[3]!), fc.string({ maxLength: 12 })), (d) => {
        expect(isCalendarDate(d)).toBe(viite(d))
      }),
      { numRuns: 5000 },
    )
    for (const d of ['2024-02-29', '2000-02-29', '0042-01-31', '9999-12-31']) expect(isCalendarDate(d)).toBe(true)
    for (const d of ['2023-02-29', '2100-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-1-01', '２０２１-01-01', 20210101, null]) expect(isCalendarDate(d)).toBe(false)
  })

  it('lastDayOfYear is date-fns for the years 1000–99 999, keeps the years 0–999 (date-fns read 0–99 as 19xx), throws for a non-year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999 }), (y) => {
        expect(lastDayOfYear(y)).toBe(dateFns.lastDayOfYear(y))
      }),
      { numRuns: 3000 },
    )
    expect(lastDayOfYear(2024)).toBe('2024-12-31')
    expect(lastDayOfYear(70)).toBe('0070-12-31')
    expect(lastDayOfYear(0)).toBe('0000-12-31')
    for (const ei of [-1, 1.5, Number.NaN, Infinity]) expect(() => lastDayOfYear(ei)).toThrow(RangeError)
  })

  it('kalenteripäivä knows the calendar', () => {
    expect(kalenteripäivä('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 })
    expect(kalenteripäivä('2100-02-29')).toBeUndefined()
    expect(kalenteripäivä('2000-02-29')).toEqual({ y: 2000, m: 2, d: 29 })
    expect(kalenteripäivä('2021-04-31')).toBeUndefined()
    expect(kalenteripäivä('0999-01-01')).toBeUndefined()
    expect(kalenteripäivä('2021-1-01')).toBeUndefined()
  })
})

describe('viereinenPäivä (the day after / before, written out for MK-OHJE-3)', () => {
  it('is what date-fns gives, for every calendar date of 1000–9999; other input goes to the fallback', async () => {
    const { viereinenPäivä } = await import('../../src/date/kalenteri')
    const { addDaysToDate } = await import('../../src/date')
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-02T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }), fc.constantFrom(1 as const, -1 as const), (d, suunta) => {
        const iso = d.toISOString().slice(0, 10)
        expect(viereinenPäivä(iso, suunta, addDaysToDate)).toBe(addDaysToDate(iso, suunta))
      }),
      { numRuns: 2000 },
    )
    expect(viereinenPäivä('2023-02-29', 1, () => 'fallback')).toBe('fallback')
    expect(viereinenPäivä('9999-12-31', 1, () => 'fallback')).toBe('fallback')
  })
})
