import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { päiväys } from '../../src/messages/muoto'

// the date form of each language (docs/glossary.md): fi and sv d.M.yyyy, en yyyy-MM-dd; päiväys reads an ISO date by
// its characters, the reference below by a regular expression
const viite = (d: string, lang: 'fi' | 'sv' | 'en'): string => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d)
  const fi = iso === null ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(d) : null
  if (iso === null && fi === null) return d
  const [v, k, p] = iso !== null ? [iso[1]!, iso[2]!, iso[3]!] : [fi![3]!, fi![2]!.padStart(2, '0'), fi![1]!.padStart(2, '0')]
  return lang === 'en' ? `${v}-${k}-${p}` : `${Number(p)}.${Number(k)}.${v}`
}

describe('päiväys: one date form per language', () => {
  it('ISO and Finnish input, in fi, sv and en', () => {
    expect(päiväys('2021-08-01', 'fi')).toBe('1.8.2021')
    expect(päiväys('2021-12-31', 'sv')).toBe('31.12.2021')
    expect(päiväys('2021-08-01', 'en')).toBe('2021-08-01')
    expect(päiväys('1.8.2021', 'en')).toBe('2021-08-01')
    expect(päiväys('1.8.2021', 'fi')).toBe('1.8.2021')
    expect(päiväys('2021-8-01', 'fi')).toBe('2021-8-01')
    expect(päiväys('ei päivä', 'fi')).toBe('ei päivä')
  })
  it('property: the same as the regular-expression reading, for any text of date shape or not', () => {
    const numero = fc.constantFrom(...'0123456789')
    const melkein = fc
      .tuple(fc.array(numero, { minLength: 4, maxLength: 4 }), fc.constantFrom('-', '.', 'x'), fc.array(numero, { minLength: 2, maxLength: 2 }), fc.constantFrom('-', '/'), fc.array(numero, { minLength: 2, maxLength: 2 }))
      .map(([v, a, k, b, p]) => `${v.join('')}${a}${k.join('')}${b}${p.join('')}`)
    fc.assert(
      fc.property(fc.oneof(melkein, fc.string({ maxLength: 12 })), fc.constantFrom('fi' as const, 'sv' as const, 'en' as const), (d, lang) => {
        expect(päiväys(d, lang)).toBe(viite(d, lang))
      }),
    )
  })
})
