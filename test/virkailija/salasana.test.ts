/** salasananPuutteet: the password rule of Virkailijan Opintopolku (seed 002, "Salasanan muuttaminen"). */
import { describe, expect, it } from 'vitest'
import { SALASANAN_ERIKOISMERKIT, salasananPuutteet } from '../../src/virkailija'

const koodit = (salasana: string, vahvistus?: string) => salasananPuutteet(salasana, vahvistus).map((p) => p.koodi)
const HYVÄ = 'KorkeaVuoriJaSyvaJarvi1' // 23 characters: upper, lower, a digit

describe('salasananPuutteet', () => {
  it('accepts a password of 20+ characters with upper- and lower-case letters and a digit or an allowed special character', () => {
    expect(salasananPuutteet(HYVÄ)).toEqual([])
    expect(salasananPuutteet('KorkeaVuoriJaSyvaJarvi!')).toEqual([])
    expect(salasananPuutteet('Aa1!#$%*_+=?Aa1!#$%*_+=?')).toEqual([])
    expect(salasananPuutteet('Abcdefghijklmnopqrs1')).toEqual([]) // exactly 20
    expect(salasananPuutteet(HYVÄ, HYVÄ)).toEqual([])
  })

  it('"erikoismerkkejä ja/tai numeroita": a digit alone, a special character alone, or both', () => {
    expect(koodit('Abcdefghijklmnopqrs1')).toEqual([])
    expect(koodit('Abcdefghijklmnopqrs?')).toEqual([])
    expect(koodit('Abcdefghijklmnopqrst')).toEqual(['eiErikoismerkkejäEikäNumeroita'])
  })

  it('19 characters is too short; the length is counted in characters, not bytes', () => {
    expect(koodit('Abcdefghijklmnopqr1')).toEqual(['liianLyhyt'])
    expect(koodit('')).toEqual(['liianLyhyt', 'eiIsojaKirjaimia', 'eiPieniäKirjaimia', 'eiErikoismerkkejäEikäNumeroita'])
  })

  it('å, ä, ö in either case are `skandeja`, also written decomposed (a + U+030A); the other letters still count', () => {
    for (const skandi of ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) expect(koodit(HYVÄ + skandi)).toEqual(['skandeja'])
    expect(koodit(HYVÄ + 'a\u030A')).toEqual(['skandeja'])
    expect(koodit('KorkeaVuoriJaSyväJärvi1')).toEqual(['skandeja'])
  })

  it('every other character is `kiellettyMerkki`: a space, @ - . and other special characters, other non-ASCII letters, emoji, control characters', () => {
    for (const merkki of [' ', '\t', '\n', '@', '-', '.', '&', '^', '~', '"', "'", '\\', '/', '€', '§', 'é', 'ü', 'ß', 'Ж', 'ø', 'æ', '😀', '\u0000', '\u200B', 'Ａ', '１']) {
      expect(koodit(HYVÄ + merkki), JSON.stringify(merkki)).toEqual(['kiellettyMerkki'])
    }
  })

  it('a non-ASCII letter is neither an upper-case nor a lower-case letter of the rule', () => {
    expect(koodit('ÉÉÉÉÉÉÉÉÉÉabcdefghij1')).toEqual(['eiIsojaKirjaimia', 'kiellettyMerkki'])
    expect(koodit('ABCDEFGHIJéééééééééé1')).toEqual(['eiPieniäKirjaimia', 'kiellettyMerkki'])
  })

  it('the allowed special characters are exactly ! # $ % * _ + = ?', () => {
    expect(SALASANAN_ERIKOISMERKIT).toBe('!#$%*_+=?')
    for (let c = 0x21; c < 0x7f; c++) {
      const merkki = String.fromCharCode(c)
      if (/[A-Za-z0-9]/.test(merkki)) continue
      expect(koodit('Abcdefghijklmnopqrst' + merkki).length === 0, merkki).toBe(SALASANAN_ERIKOISMERKIT.includes(merkki))
    }
  })

  it('with `vahvistus`, a mismatch is one shortcoming (compared exactly); without it nothing is compared', () => {
    expect(koodit(HYVÄ, HYVÄ + ' ')).toEqual(['eiTäsmää'])
    expect(koodit(HYVÄ, HYVÄ.toLowerCase())).toEqual(['eiTäsmää'])
    expect(koodit(HYVÄ, '')).toEqual(['eiTäsmää'])
    expect(koodit('lyhyt', 'eri')).toEqual(['liianLyhyt', 'eiIsojaKirjaimia', 'eiErikoismerkkejäEikäNumeroita', 'eiTäsmää'])
    expect(koodit(HYVÄ)).toEqual([])
  })

  it('every shortcoming at once, in a fixed order', () => {
    expect(koodit('ä @')).toEqual(['liianLyhyt', 'eiIsojaKirjaimia', 'eiPieniäKirjaimia', 'eiErikoismerkkejäEikäNumeroita', 'skandeja', 'kiellettyMerkki'])
  })

  it('messages in fi, sv and en, in the service’s own terms, never quoting the password', () => {
    const salasana = 'Öljy hyvä @ kala'
    const puutteet = salasananPuutteet(salasana, 'toinen')
    expect(puutteet.length).toBeGreaterThan(3)
    for (const p of puutteet) {
      for (const teksti of [p.message.fi, p.message.sv, p.message.en]) {
        expect(teksti.length).toBeGreaterThan(10)
        for (const osa of ['Öljy', 'hyvä', 'kala', 'toinen']) expect(teksti).not.toContain(osa)
      }
    }
    const [lyhyt] = salasananPuutteet('x')
    expect(lyhyt!.message).toEqual({
      fi: 'Salasanan tulee olla vähintään 20 merkkiä pitkä.',
      sv: 'Lösenordet ska vara minst 20 tecken långt.',
      en: 'The password must be at least 20 characters long.',
    })
    expect(salasananPuutteet(HYVÄ + 'ä')[0]!.message.sv).toContain('Å, ä, ö är inte tillåtna bokstäver')
    expect(salasananPuutteet('Abcdefghijklmnopqrst')[0]!.message.sv).toContain('specialtecken')
  })

  it('returns fresh objects: changing one answer does not change the next', () => {
    const första = salasananPuutteet('x') as unknown as { message: { fi: string } }[]
    första[0]!.message.fi = 'muutettu'
    expect(salasananPuutteet('x')[0]!.message.fi).toBe('Salasanan tulee olla vähintään 20 merkkiä pitkä.')
  })

  it('is linear: a password of a million characters is checked in well under a second', () => {
    const pitkä = 'Aa1'.repeat(333_334) + 'ä '.repeat(1000)
    const alku = performance.now()
    expect(koodit(pitkä)).toEqual(['skandeja', 'kiellettyMerkki'])
    expect(performance.now() - alku).toBeLessThan(1000)
  })
})
