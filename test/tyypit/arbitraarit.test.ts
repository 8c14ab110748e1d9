/** Every type of TYYPIT has arbitraries of valid study rights (koski-validation/arbitraries), and they are valid. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TYYPIT, validate } from '../../src'
import { OLETUSPÄIVÄ, validitOpiskeluoikeudet } from '../../src/arbitraries'

describe('validitOpiskeluoikeudet: one arbitrary per type of TYYPIT', () => {
  it('has exactly the types of the list', () => {
    expect(Object.keys(validitOpiskeluoikeudet).sort()).toEqual(TYYPIT.map((d) => d.tyyppi).sort())
  })

  it.each(TYYPIT.map((d) => d.tyyppi))('%s: its study rights are of the type and give no finding on their date', (tyyppi) => {
    const arb = validitOpiskeluoikeudet[tyyppi]
    fc.assert(
      fc.property(arb(), (oo) => {
        expect(oo.tyyppi.koodiarvo).toBe(tyyppi)
        // a bare study right: the birth date is unknown, so the age rules are skipped, not run
        const report = validate(oo, { today: OLETUSPÄIVÄ })
        expect(report.findings).toEqual([])
        expect(report.unchecked).toEqual([])
      }),
      { numRuns: 30 },
    )
  })
})
