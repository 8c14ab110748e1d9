import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { osoittimienRivit } from '../../src/json/rivit'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

const osa = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1')

/** JSON.stringify(v, null, 2) written out, with the line where each value starts, by its JSON Pointer. */
function rivein(v: Json): { text: string; rivit: Map<string, number> } {
  const rivit = new Map<string, number>()
  let text = ''
  let line = 1
  const kirjoita = (s: string): void => {
    text += s
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) line++
  }
  const arvo = (x: Json, pointer: string, sisennys: string): void => {
    rivit.set(pointer, line)
    if (Array.isArray(x)) {
      if (x.length === 0) return kirjoita('[]')
      kirjoita('[')
      x.forEach((y, i) => {
        kirjoita(`${i === 0 ? '' : ','}\n${sisennys}  `)
        arvo(y, `${pointer}/${i}`, `${sisennys}  `)
      })
      kirjoita(`\n${sisennys}]`)
    } else if (x !== null && typeof x === 'object') {
      const keys = Object.keys(x)
      if (keys.length === 0) return kirjoita('{}')
      kirjoita('{')
      keys.forEach((k, i) => {
        kirjoita(`${i === 0 ? '' : ','}\n${sisennys}  ${JSON.stringify(k)}: `)
        arvo(x[k]!, `${pointer}/${osa(k)}`, `${sisennys}  `)
      })
      kirjoita(`\n${sisennys}}`)
    } else kirjoita(JSON.stringify(x))
  }
  arvo(v, '', '')
  return { text, rivit }
}

describe('osoittimienRivit: the line of the value at each JSON Pointer', () => {
  it('values, a missing property (its object), escaped keys, a repeated key (the later), a text on one line', () => {
    const text = '{\n  "a": {\n    "b/c": [\n      1,\n      {"x~y": true}\n    ]\n  },\n  "d": "e\\"f",\n  "d": null\n}\n'
    expect(osoittimienRivit(text, ['', '/a', '/a/b~1c', '/a/b~1c/0', '/a/b~1c/1/x~0y', '/a/puuttuu', '/a/b~1c/7', '/d', '/zz/yy'])).toEqual([1, 2, 3, 4, 5, 2, 3, 9, 1])
    expect(osoittimienRivit('{"a":[1,2,{"b":3}]}', ['/a/2/b', '/a/1'])).toEqual([1, 1])
    expect(osoittimienRivit('\n\n  [1,\n2]', ['', '/1'])).toEqual([3, 4])
    expect(osoittimienRivit('{"k\\u0061":\n1}', ['/ka'])).toEqual([2])
  })
  it('property: for any JSON value written with an indent, every pointer of it gets its line', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const { text, rivit } = rivein(v as Json)
        expect(text).toBe(JSON.stringify(v, null, 2))
        const pointers = [...rivit.keys()]
        expect(osoittimienRivit(text, pointers)).toEqual(pointers.map((p) => rivit.get(p)))
      }),
      { numRuns: 400 },
    )
  })
  it('is linear: a 100 000-deep text, and 100 000 pointers into a wide one', () => {
    const syvä = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`
    expect(osoittimienRivit(syvä, ['', '/0/0/0'])).toEqual([1, 1])
    const leveä = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => ({ i })), null, 1)
    const pointers = Array.from({ length: 100_000 }, (_, i) => `/${i}/i`)
    const rivit = osoittimienRivit(leveä, pointers)
    expect(rivit[0]).toBe(3)
    expect(rivit[99_999]).toBe(3 + 99_999 * 3)
  })
})
