/**
 * Where a broken JSON text breaks (src/json/virheenKohta.ts): our own scan, not V8's message, which on Node 20 often
 * names no position. Agrees with JSON.parse on what is JSON; linear; never returns text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonVirheenKohta } from '../../src/json/virheenKohta'
import { kasvusuhde, LINEAARINEN_KASVU } from '../support'

const onJson = (s: string): boolean => {
  try {
    JSON.parse(s)
    return true
  } catch {
    return false
  }
}

describe('jsonVirheenKohta', () => {
  it('the first offending character, or the end for a text cut short', () => {
    const cases: [string, number | undefined][] = [
      ['{}', undefined],
      ['{"a":[1,{"b":null}],"c":-0.5e-7}', undefined],
      ['"\\ud800"', undefined], // a lone surrogate escape is JSON
      ['{"a":1,}', 7],
      ['[1,]', 3],
      ['01', 1],
      ['1.', 2],
      ['1.x', 2],
      ['tru', 3],
      ['nul!', 3],
      ['"\\x"', 2],
      ['"\\u12g4"', 5],
      ['"a\nb"', 2],
      ['{"a" 1}', 5],
      ['{1:2}', 1],
      ['[1 2]', 3],
      ['{\n  "a": 1\n}}', 12],
      ['{"a": ', 6],
      ['', 0],
      ['not json', 1],
      ["{'a': 1}", 1],
      ['{"a": 1} // comment', 9],
    ]
    for (const [text, offset] of cases) expect([text, jsonVirheenKohta(text)]).toEqual([text, offset])
  })

  it('property: undefined exactly for JSON texts; else an offset within the text, and the text before it is a JSON prefix', () => {
    const merkki = fc.constantFrom(...'{}[],:" \n0123-.eEtrufalsn\\x'.split(''))
    const muokattu = fc.tuple(fc.json(), fc.nat(), merkki, fc.boolean()).map(([j, i, c, poista]) => {
      const k = i % (j.length + 1)
      return poista ? j.slice(0, k) + j.slice(k + 1) : j.slice(0, k) + c + j.slice(k)
    })
    fc.assert(
      fc.property(fc.oneof(fc.json(), muokattu, fc.string({ unit: merkki, maxLength: 30 })), (s) => {
        const k = jsonVirheenKohta(s)
        expect(k === undefined).toBe(onJson(s))
        if (k !== undefined) {
          expect(k).toBeGreaterThanOrEqual(0)
          expect(k).toBeLessThanOrEqual(s.length)
          // the text up to the error is a JSON text or the beginning of one: its scan finds nothing wrong before its end
          expect([k, undefined]).toContain(jsonVirheenKohta(s.slice(0, k)))
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('deep and long texts: no recursion, linear', () => {
    expect(jsonVirheenKohta('['.repeat(200_000) + ']'.repeat(199_999))).toBe(399_999)
    const tekstit = new Map([200_000, 800_000].map((n) => [n, `[${'"aaaa",'.repeat(n)}]`]))
    expect(kasvusuhde((n) => jsonVirheenKohta(tekstit.get(n)!), 200_000)).toBeLessThan(LINEAARINEN_KASVU)
  })
})
