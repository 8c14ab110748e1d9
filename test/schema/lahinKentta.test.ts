/** S-1's "did you mean": the closest field of the class, against a plain edit-distance reference. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { VERRATTAVAN_PITUUS, lähinKenttä } from '../../src/messages/lahinKentta'

/** The reference: characters as compared, the full Levenshtein table, the unique closest field within the bound. */
const perus = (s: string): string => s.toLowerCase().replace(/[äå]/g, 'a').replace(/ö/g, 'o')
const perusMerkki = (c: string): string => (/^[A-Z]$/.test(c) ? c.toLowerCase() : perus(c))
const levenshtein = (a: string, b: string): number => {
  const x = [...a].map(perusMerkki)
  const y = [...b].map(perusMerkki)
  let rivi = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const uusi = [i]
    for (let j = 1; j <= y.length; j++) uusi[j] = Math.min(rivi[j]! + 1, uusi[j - 1]! + 1, rivi[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1))
    rivi = uusi
  }
  return rivi[y.length]!
}
const raja = (n: number): number => (n <= 3 ? 0 : n <= 5 ? 1 : n <= 11 ? 2 : 3)
const viite = (key: string, kentät: readonly string[]): string | undefined => {
  if (key.length === 0 || key.length > VERRATTAVAN_PITUUS) return undefined
  const d = kentät.map((k) => levenshtein(key, k))
  const min = Math.min(...d)
  if (min > raja(key.length)) return undefined
  const parhaat = kentät.filter((_, i) => d[i] === min)
  return new Set(parhaat).size === 1 ? parhaat[0] : undefined
}

const TUVA = ['oid', 'versionumero', 'aikaleima', 'lähdejärjestelmänId', 'oppilaitos', 'koulutustoimija', 'tila', 'suoritukset', 'lisätiedot', 'järjestämislupa', 'arvioituPäättymispäivä', 'tyyppi']

describe('lähinKenttä', () => {
  it('suggests a field that differs by case, the dots of ä/ö/å or a few edits', () => {
    expect(lähinKenttä('Tila', TUVA)).toBe('tila')
    expect(lähinKenttä('jarjestamislupa', TUVA)).toBe('järjestämislupa')
    expect(lähinKenttä('lisatiedot', TUVA)).toBe('lisätiedot')
    expect(lähinKenttä('suorituks', TUVA)).toBe('suoritukset')
    expect(lähinKenttä('arvioitupaatymispaiva', TUVA)).toBe('arvioituPäättymispäivä')
    expect(lähinKenttä('tyypi', TUVA)).toBe('tyyppi')
  })

  it('suggests nothing far off, for a short key beyond case and dots, for a tie, or for a key too long to compare', () => {
    expect(lähinKenttä('tuntematon', TUVA)).toBeUndefined()
    expect(lähinKenttä('tuntematon123', TUVA)).toBeUndefined()
    expect(lähinKenttä('oix', TUVA)).toBeUndefined() // 3 characters: only case or dots may differ
    expect(lähinKenttä('OID', TUVA)).toBe('oid')
    expect(lähinKenttä('alkx', ['alku', 'alka'])).toBeUndefined() // one edit from both
    expect(lähinKenttä('a'.repeat(VERRATTAVAN_PITUUS + 1), ['a'.repeat(VERRATTAVAN_PITUUS)])).toBeUndefined()
    expect(lähinKenttä('', TUVA)).toBeUndefined()
    expect(lähinKenttä('tila', [])).toBeUndefined()
  })

  it('property: the same answer as the full edit-distance table', () => {
    const merkki = fc.constantFrom('a', 'b', 'ä', 'Ä', 'o', 'ö', 'å', 'T', 't', '1', '_', 'e')
    const sana = fc.array(merkki, { maxLength: 14 }).map((a) => a.join(''))
    fc.assert(
      fc.property(sana, fc.array(sana, { minLength: 1, maxLength: 8 }), (key, kentät) => {
        expect(lähinKenttä(key, kentät)).toBe(viite(key, kentät))
      }),
      { numRuns: 3000 },
    )
  })

  it('property: keys one after another against the same (frozen, remembered) field lists, many of one length and kinds, as the reference', () => {
    const merkki = fc.constantFrom('a', 'b', 'ä', 'o', 't', 'T', '1', '2', 'e')
    const sana = fc.array(merkki, { minLength: 1, maxLength: 13 }).map((a) => a.join(''))
    // the keys of one length and the same characters in other orders (the same kinds): the bounds rule out alike
    const sanat = fc.array(fc.tuple(sana, fc.nat()), { minLength: 1, maxLength: 12 }).map((pairs) =>
      pairs.flatMap(([w, n]) => [w, [...w].reverse().join(''), [...w].sort().join(''), w.slice(n % w.length) + w.slice(0, n % w.length)]),
    )
    const listat = [Object.freeze(['taat', 'ööö', 'bate1', 'eeeeaaaa']), Object.freeze(TUVA.slice()), Object.freeze(['ab', 'ba', 'a1b2e'])]
    fc.assert(
      fc.property(sanat, fc.array(fc.nat(listat.length - 1), { minLength: 48, maxLength: 48 }), (keys, valinnat) => {
        keys.forEach((key, i) => {
          const kentät = listat[valinnat[i % valinnat.length]!]!
          expect(lähinKenttä(key, kentät)).toBe(viite(key, kentät))
        })
      }),
      { numRuns: 1500 },
    )
  })

  it('property: a field with a few random edits is found again', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TUVA.filter((k) => k.length > 5)), fc.nat(), (kenttä, n) => {
        const i = n % kenttä.length
        const typo = kenttä.slice(0, i) + kenttä.slice(i + 1) // one character dropped
        expect(lähinKenttä(typo, TUVA)).toBe(viite(typo, TUVA))
      }),
      { numRuns: 500 },
    )
  })
})
