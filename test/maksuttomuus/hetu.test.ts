import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hetuCentury, hetuCheckCharacter, parseHetu } from '../../src'
import { addDaysToDate } from '../../src/date'
import { byRule, keys, run, validTuvaOppija } from '../helpers'
import { hetuFor } from './apu'

describe('parseHetu', () => {
  it('reads the birth date of every century sign, including those added in 2023', () => {
    const cases: [string, string, 1800 | 1900 | 2000][] = [
      ['+', '1856-03-15', 1800],
      ['-', '1956-03-15', 1900],
      ['Y', '1956-03-15', 1900],
      ['X', '1956-03-15', 1900],
      ['W', '1956-03-15', 1900],
      ['V', '1956-03-15', 1900],
      ['U', '1956-03-15', 1900],
      ['A', '2006-03-15', 2000],
      ['B', '2006-03-15', 2000],
      ['C', '2006-03-15', 2000],
      ['D', '2006-03-15', 2000],
      ['E', '2006-03-15', 2000],
      ['F', '2006-03-15', 2000],
    ]
    for (const [sep, birthDate, century] of cases) {
      const hetu = hetuFor(birthDate, 123, sep)
      expect(parseHetu(hetu, { today: '2026-11-22' }), hetu).toEqual({ valid: true, birthDate, synthetic: false, century })
    }
  })

  it('knows the century of each separator and no other', () => {
    expect(['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'].map(hetuCentury)).toEqual([
      1800, 1900, 1900, 1900, 1900, 1900, 1900, 2000, 2000, 2000, 2000, 2000, 2000,
    ])
    for (const sep of ['G', 'Z', '*', '', 'AB', '-Y']) expect(hetuCentury(sep), sep).toBeUndefined()
  })

  it('computes the check character from DDMMYYNNN mod 31', () => {
    expect(hetuCheckCharacter('131052308')).toBe('T') // the official example 131052-308T
    expect(parseHetu('131052-308T')).toMatchObject({ valid: true, birthDate: '1952-10-13' })
    expect(parseHetu('270504A317P')).toMatchObject({ valid: true, birthDate: '2004-05-27' })
  })

  it('tells a synthetic (9xx) hetu apart: rejected unless accepted, then valid and marked', () => {
    expect(parseHetu('091196-935L')).toEqual({ valid: false, reason: 'keinotekoinen' })
    expect(parseHetu('091196-935L', { acceptSynthetic: true })).toEqual({ valid: true, birthDate: '1996-11-09', synthetic: true, century: 1900 })
  })

  it("checks in KOSKI's order: format, date, future, synthetic, check character", () => {
    expect(parseHetu('010101-123123').valid).toBe(false)
    expect(parseHetu('010101-123123')).toEqual({ valid: false, reason: 'muoto' })
    expect(parseHetu('010101G123N')).toEqual({ valid: false, reason: 'muoto' })
    expect(parseHetu('300215-123T')).toEqual({ valid: false, reason: 'syntymäpäivä' })
    expect(parseHetu('290223A123X')).toEqual({ valid: false, reason: 'syntymäpäivä' }) // 2023 is not a leap year
    // a future date is reported before the synthetic individual number and the check character
    expect(parseHetu('141299A903C', { today: '2026-11-22' })).toEqual({ valid: false, reason: 'tulevaisuudessa' })
    // born today is "in the future" too (KOSKI: the birthday must be before today)
    expect(parseHetu(hetuFor('2026-11-22', 123), { today: '2026-11-22' })).toEqual({ valid: false, reason: 'tulevaisuudessa' })
    expect(parseHetu(hetuFor('2026-11-21', 123), { today: '2026-11-22' })).toMatchObject({ valid: true })
    // synthetic before the check character
    expect(parseHetu('091196-935X')).toEqual({ valid: false, reason: 'keinotekoinen' })
    expect(parseHetu('010101-123P')).toEqual({ valid: false, reason: 'tarkistusmerkki' })
    expect(parseHetu('010101-123N')).toMatchObject({ valid: true, birthDate: '1901-01-01' })
  })

  it('never throws on anything', () => {
    fc.assert(fc.property(fc.anything(), (u) => ['boolean'].includes(typeof parseHetu(u as string).valid)))
  })

  it('property: a hetu built from any valid date and individual number parses back to that date', () => {
    const day0 = '1800-01-01'
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 109_572 }), // 1800-01-01 … 2099-12-31
        fc.integer({ min: 0, max: 999 }),
        fc.nat(),
        (offset, individual, pick) => {
          const birthDate = addDaysToDate(day0, offset)
          const year = Number(birthDate.slice(0, 4))
          const signs = year < 1900 ? ['+'] : year < 2000 ? ['-', 'Y', 'X', 'W', 'V', 'U'] : ['A', 'B', 'C', 'D', 'E', 'F']
          const hetu = hetuFor(birthDate, individual, signs[pick % signs.length])
          const parsed = parseHetu(hetu, { acceptSynthetic: true })
          return parsed.valid && parsed.birthDate === birthDate && parsed.synthetic === individual >= 900
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('property: changing the check character always makes it invalid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: 2, max: 899 }), fc.integer({ min: 1, max: 30 }), (offset, individual, shift) => {
        const hetu = hetuFor(addDaysToDate('1900-01-01', offset), individual)
        const chars = '0123456789ABCDEFHJKLMNPRSTUVWXY'
        const wrong = chars[(chars.indexOf(hetu.slice(-1)) + shift) % 31]!
        return parseHetu(hetu.slice(0, -1) + wrong).valid === false
      }),
    )
  })
})

/** OppijaValidationSpec › "Hetun ollessa" (5 cases, and the valid one) through validate(). */
describe('G-HLÖ-1 through validate (KOSKI spec "Hetun ollessa")', () => {
  const withHetu = (hetu: string): unknown => {
    const doc = validTuvaOppija()
    doc.henkilö.hetu = hetu
    return doc
  }
  const cases: [string, string, string][] = [
    ['keinotekoinen (yksilönumero on 9-alkuinen)', '091196-935L', 'Keinotekoinen henkilötunnus'],
    ['muodoltaan virheellinen', '010101-123123', 'Virheellinen muoto hetulla'],
    ['muodoltaan oikea, mutta väärä tarkistusmerkki', '010101-123P', 'Virheellinen tarkistusmerkki hetussa'],
    ['päivämäärältään tulevaisuudessa', '141299A903C', 'Syntymäpäivä hetussa on tulevaisuudessa'],
    ['päivämäärältään virheellinen', '300215-123T', 'Virheellinen syntymäpäivä hetulla'],
  ]
  for (const [name, hetu, fi] of cases) {
    it(`${name}: ${hetu}`, () => {
      const report = run(withHetu(hetu))
      const [f, ...rest] = byRule(report, 'G-HLÖ-1')
      expect(rest).toEqual([])
      expect(f).toMatchObject({ severity: 'error', key: 'badRequest.validation.henkilötiedot.hetu', path: 'henkilö.hetu', message: { fi } })
      expect(JSON.stringify(report.findings)).not.toContain(hetu)
      // an invalid hetu gives no birth date: the birth-date rules are skipped, not guessed
      expect(report.findings.filter((x) => x.rule.startsWith('MK-'))).toEqual([])
    })
  }

  it('validi: 010101-123N passes G-HLÖ-1 and gives the birth date (born 1901: MK-REL-1 (h) then fires)', () => {
    const report = run(withHetu('010101-123N'))
    expect(byRule(report, 'G-HLÖ-1')).toEqual([])
    expect(keys(report)).toEqual(['MK-REL-1 badRequest.validation'])
    expect(byRule(report, 'MK-REL-1')[0]!.message.fi).toContain('oppija on syntynyt ennen vuotta 2004')
  })

  it('a synthetic hetu is valid where the environment accepts it', () => {
    expect(byRule(run(withHetu('091196-935L'), { acceptSyntheticHetus: true }), 'G-HLÖ-1')).toEqual([])
  })
})
