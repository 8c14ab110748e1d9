import { addYears, format } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addYearsToDate } from '../../src/date/addYearsToDate'

describe('addYearsToDate', () => {
  it('is date-fns addYears for the years 1000–9999 (29 February → 28 February in a common year)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1000, 0, 1), max: new Date(9000, 11, 31), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }), (d, years) => {
        const date = format(d, 'yyyy-MM-dd')
        expect(addYearsToDate(date, years)).toBe(format(addYears(d, years), 'yyyy-MM-dd'))
      }),
    )
    expect(addYearsToDate('2024-02-29', 1)).toBe('2025-02-28')
    expect(addYearsToDate('2024-02-29', 4)).toBe('2028-02-29')
    expect(addYearsToDate('2000-02-29', 100)).toBe('2100-02-28')
  })

  it('keeps the years 0001–0099 (a Date built from parts reads them as 19xx)', () => {
    expect(addYearsToDate('0050-03-01', 1)).toBe('0051-03-01')
    expect(addYearsToDate('0001-12-31', 20)).toBe('0021-12-31')
    expect(addYearsToDate('0096-02-29', 1)).toBe('0097-02-28')
  })
})
