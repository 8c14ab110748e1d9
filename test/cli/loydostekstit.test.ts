/**
 * Löydöstekstit (src/cli.ts): the JSON of each finding of `--format ndjson` and `json`, taken from the previous result's
 * finding at the same place when that one had the same values. Always the text `JSON.stringify` writes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Löydöstekstit } from '../../src/cli'
import type { Finding, Message } from '../../src/finding'

// values that differ in one character, or in length, or not at all; a `"`, a line feed and non-ASCII to escape or not
const teksti = fc.constantFrom('Pakollinen tieto puuttuu', 'Pakollinen tieto puuttuU', 'Pakollinen "tieto"\npuuttuu', 'Tyhjä', 'Tyhjä ', '€ §')
const viesti: fc.Arbitrary<Message> = fc.record({ fi: teksti, sv: teksti, en: teksti })
const löydös: fc.Arbitrary<Finding> = fc
  .record({
    severity: fc.constantFrom('error' as const, 'warning' as const),
    key: fc.constantFrom('badRequest.validation.jsonSchema', 'koskiValidation.x'),
    rule: fc.constantFrom('S-1', 'S-2'),
    path: fc.constantFrom('a', 'a.b', 'a[0]'),
    pointer: fc.constantFrom('/a', '/a/b', '/a/0'),
    message: viesti,
    hint: fc.option(viesti, { nil: undefined }),
    errorType: fc.option(fc.constantFrom('unexpectedProperty', 'missingProperty'), { nil: undefined }),
  })
  // the fields in the order our constructors give them, an absent one not there at all (as theirs)
  .map(({ hint, errorType, ...rest }) => ({ ...rest, ...(hint === undefined ? {} : { hint }), ...(errorType === undefined ? {} : { errorType }) }))

describe('Löydöstekstit: each finding written as JSON.stringify writes it', () => {
  it('property: results one after another, findings the same as, near or unlike the previous ones at their places', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(löydös, { maxLength: 5 }), { maxLength: 12 }),
        // some findings handed again as the same object, some as an equal copy
        fc.array(fc.constantFrom('sama', 'kopio', 'uusi'), { minLength: 12, maxLength: 12 }),
        (tulokset, tavat) => {
          const tekstit = new Löydöstekstit()
          let edelliset: Finding[] = []
          tulokset.forEach((findings, i) => {
            const tapa = tavat[i]!
            const annetut = tapa === 'uusi' || edelliset.length === 0 ? findings : tapa === 'sama' ? edelliset : edelliset.map((f) => structuredClone(f))
            annetut.forEach((f, j) => expect(tekstit.json(f, j)).toBe(JSON.stringify(f)))
            edelliset = [...annetut]
          })
        },
      ),
      { numRuns: 400 },
    )
  })

  it('osa: the findings as JSON.stringify writes them and the end; the same string as last time when every finding is the same', () => {
    fc.assert(
      fc.property(fc.array(fc.array(löydös, { maxLength: 4 }), { maxLength: 10 }), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (tulokset, toistot) => {
        const tekstit = new Löydöstekstit()
        let edelliset: Finding[] | undefined
        let edellinenOsa: string | undefined
        tulokset.forEach((findings, i) => {
          const toisto = toistot[i]! && edelliset !== undefined
          const annetut = toisto ? edelliset!.map((f) => structuredClone(f)) : findings
          const osa = tekstit.osa(annetut, '}\n')
          expect(osa).toBe(`${JSON.stringify(annetut)}}\n`)
          // (the very string given last time: JS tells strings apart by their characters alone, Tavut reuses its bytes)
          if (toisto) expect(osa).toBe(edellinenOsa)
          edelliset = annetut
          edellinenOsa = osa
        })
      }),
      { numRuns: 300 },
    )
  })

  it('property: osa and json one after another (a result of more than 64 findings between shorter ones): osa is always what JSON.stringify writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ findings: fc.array(löydös, { maxLength: 4 }), yksittäin: fc.boolean(), toisto: fc.constantFrom('ei', 'edellinen', 'alku') }), { maxLength: 10 }),
        (tulokset) => {
          const tekstit = new Löydöstekstit()
          let edelliset: Finding[] = []
          for (const { findings, yksittäin, toisto } of tulokset) {
            // the same findings as the previous result, or the first of them, or new ones
            const annetut = toisto === 'edellinen' ? edelliset.map((f) => structuredClone(f)) : toisto === 'alku' ? edelliset.slice(0, 1) : findings
            if (yksittäin) annetut.forEach((f, j) => expect(tekstit.json(f, j)).toBe(JSON.stringify(f)))
            else expect(tekstit.osa(annetut, '}\n')).toBe(`${JSON.stringify(annetut)}}\n`)
            edelliset = annetut
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('osa after json of other findings at its places: the findings given now, not those of the osa before', () => {
    const tekstit = new Löydöstekstit()
    const f = (fi: string): Finding => ({ severity: 'error', key: 'k', rule: 'S-1', path: 'p', pointer: '/p', message: { fi, sv: fi, en: fi } })
    expect(tekstit.osa([f('a')], '}\n')).toBe(`${JSON.stringify([f('a')])}}\n`)
    expect(tekstit.json(f('b'), 0)).toBe(JSON.stringify(f('b')))
    expect(tekstit.osa([f('b')], '}\n')).toBe(`${JSON.stringify([f('b')])}}\n`)
  })

  it('beyond the first 64 places each finding is stringified as it comes', () => {
    const tekstit = new Löydöstekstit()
    const f = (fi: string): Finding => ({ severity: 'error', key: 'k', rule: 'S-1', path: 'p', pointer: '/p', message: { fi, sv: fi, en: fi } })
    expect(tekstit.json(f('a'), 70)).toBe(JSON.stringify(f('a')))
    expect(tekstit.json(f('b'), 70)).toBe(JSON.stringify(f('b')))
  })
})
