import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hetuCentury, hetuCheckCharacter, parseHetu } from '../../src'
import { addDaysToDate, isCalendarDate } from '../../src/date'
import { byRule, keys, run, validTuvaOppija, hetuFor } from '../support'

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

  // KOSKI's HetuSpec (henkilo/HetuSpec.scala): its valid, synthetic and invalid vectors, every century sign included
  it('KOSKI spec HetuSpec: "Valideja hetuja", "Synteettisiä hetuja", "Virheellisiä hetuja"', () => {
    const valid = [
      '261125-1531', '210130-5616', '080278-8433', '061109-011D', '070696-522Y', '010844-509V', '160153-832M', '210720-4861', '160661-0129', '270469-163P',
      '150541-096C', '150919-7899', '280983-745S', '011139-217K', '200790-1310', '280389-158J', '150976-473T', '190663-5215', '130547-1169', '031139-642K',
      '160917-0696', '200136-8093', '110923-074N', '300141-679M', '020871-2150', '040509-482F', '140201-555T', '130938-448W', '280528-854V', '301076-235L',
      '230344-7593', '081055-0833', '130641-793C', '050661-892K', '170352-5684', '280517-338C', '260288-4719', '110304-841N', '020102-371K', '111182-169K',
      '060563-659D', '020204-5600', '020542-365X', '080311-3656', '011017-040C', '291134-805A', '170680-0834', '120234-8961', '150972-293Y', '011058-085D',
      '040956-067E', '170896-890W', '060942-6210', '250304-429D', '210406-002C', '151166-227W', '041081-534S', '260860-557N', '051179-380R', '100686-5795',
      '210853-894H', '150593-681N', '180450-5748', '190420-208B', '160367-579P', '081041-896P', '241087-120V', '060928-602S', '280752-420N', '100858-6649',
      '230968-086D', '140860-760F', '050639-1587', '170744-4084', '120501-326J', '060110-344B', '220431-506R', '220721-4902', '160876-6113', '090171-765L',
      '110822-874D', '041171-887C', '280756-783D', '280846-866A', '111106-841M', '160913-796L', '210592-658J', '220470-812N', '060740-3172', '220166-4031',
      '290567-412A', '240894-8310', '290533-5599', '281125-742A', '110938-3725', '261166-426D', '220255-333R', '200378-291U', '130511-6507', '170249-378D',
      '170249X378D', '170249Y378D', '170249W378D', '170249V378D', '170249U378D', '061109A011D', '061109B011D', '061109C011D', '061109D011D', '061109E011D',
      '061109F011D',
    ]
    const synthetic = [
      '300169-915F', '211135-989B', '220285-9391', '210871-963C', '070526-9862', '100812-958W', '081094-902K', '161126-922M', '280537-9487', '140840-9360',
    ]
    const invalid = ['111111-111A', '121212-1212', '131137-133T', '123456-7890', 'EI HETU', '\u0012', '']
    for (const hetu of valid) expect(parseHetu(hetu, { today: '2026-11-22' }), hetu).toMatchObject({ valid: true, synthetic: false })
    expect(parseHetu('061109A011D')).toMatchObject({ birthDate: '2009-11-06', century: 2000 })
    expect(parseHetu('061109-011D')).toMatchObject({ birthDate: '1909-11-06', century: 1900 })
    for (const hetu of synthetic) {
      expect(parseHetu(hetu, { today: '2026-11-22' }), hetu).toEqual({ valid: false, reason: 'keinotekoinen' })
      expect(parseHetu(hetu, { today: '2026-11-22', acceptSynthetic: true }), hetu).toMatchObject({ valid: true, synthetic: true })
    }
    for (const hetu of invalid) expect(parseHetu(hetu, { today: '2026-11-22' }).valid, hetu).toBe(false)
  })

  it("one final line terminator passes KOSKI's format check (Java's $) and then fails on the check character", () => {
    for (const end of ['\n', '\r\n', '\r', '\u0085', '\u2028', '\u2029']) {
      expect(parseHetu(`010101-123N${end}`), JSON.stringify(end)).toEqual({ valid: false, reason: 'tarkistusmerkki' })
    }
    // the checks before the check character still come first
    expect(parseHetu('300215-123T\n')).toEqual({ valid: false, reason: 'syntymäpäivä' })
    expect(parseHetu('091196-935L\n')).toEqual({ valid: false, reason: 'keinotekoinen' })
    // anything else around it is the format
    for (const hetu of ['010101-123N\n\n', ' 010101-123N', '010101-123N ', '\n010101-123N', '010101-123N\t']) {
      expect(parseHetu(hetu), JSON.stringify(hetu)).toEqual({ valid: false, reason: 'muoto' })
    }
  })

  it("property: the check character is KOSKI's (checkChars(round(frac(n / 31.0) · 31)), in floating point)", () => {
    const chars = '0123456789ABCDEFHJKLMNPRSTUVWXY'
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const digits = String(n).padStart(9, '0')
        return hetuCheckCharacter(digits) === chars[Math.round(((n / 31) % 1) * 31)]
      }),
      { numRuns: 5000 },
    )
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

  it("property: the same answer as KOSKI's pattern read as a regular expression, for any text and options", () => {
    // KOSKI's Java pattern and its `$` (which also matches before a final line terminator), as the library read it
    // with regular expressions before it read the characters (src/hetu/parseHetu.ts): the reference
    const HETU = /^([012][0-9]|3[01])(0[1-9]|1[0-2])([0-9]{2})(A|B|C|D|E|F|Y|X|W|V|U|-|\+)([0-9]{3})([0-9A-FHJ-NPR-Y])$/
    const FINAL_LINE_TERMINATOR = /(?:\r\n|[\n\r\u0085\u2028\u2029])$/
    const reference = (hetu: string, options: { today?: string; acceptSynthetic?: boolean }): unknown => {
      const terminator = FINAL_LINE_TERMINATOR.exec(hetu)
      const m = HETU.exec(terminator === null ? hetu : hetu.slice(0, terminator.index))
      if (m === null) return { valid: false, reason: 'muoto' }
      const [, dd, mm, yy, separator, individual, check] = m as unknown as string[]
      const century = hetuCentury(separator!)
      if (century === undefined) return { valid: false, reason: 'muoto' }
      const birthDate = `${century + Number(yy)}-${mm}-${dd}`
      if (!isCalendarDate(birthDate)) return { valid: false, reason: 'syntymäpäivä' }
      if (options.today !== undefined && birthDate >= options.today) return { valid: false, reason: 'tulevaisuudessa' }
      const synthetic = individual!.startsWith('9')
      if (synthetic && options.acceptSynthetic !== true) return { valid: false, reason: 'keinotekoinen' }
      if (terminator !== null || hetuCheckCharacter(dd! + mm! + yy! + individual!) !== check) return { valid: false, reason: 'tarkistusmerkki' }
      return { valid: true, birthDate, synthetic, century }
    }
    const merkki = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabc-+ \t\r\n\u0085\u2028\u2029\u00e4'.split(''))
    const teksti = fc.oneof(
      fc.array(merkki, { minLength: 9, maxLength: 14 }).map((cs) => cs.join('')),
      fc.string(),
      // a real hetu with a character or two changed, cut or added
      fc
        .tuple(fc.integer({ min: 0, max: 109_572 }), fc.integer({ min: 0, max: 999 }), fc.nat(12), merkki, fc.nat(3), fc.constantFrom('', '\n', '\r\n', '\r', '\u2028', 'x'))
        .map(([offset, individual, at, c, how, end]) => {
          const birthDate = addDaysToDate('1800-01-01', offset)
          const year = Number(birthDate.slice(0, 4))
          const hetu = hetuFor(birthDate, individual, year < 1900 ? '+' : year < 2000 ? '-' : 'A')
          const changed = how === 0 ? hetu : how === 1 ? hetu.slice(0, at) + c + hetu.slice(at + 1) : how === 2 ? hetu.slice(0, at) + c + hetu.slice(at) : hetu.slice(0, at)
          return changed + end
        }),
    )
    const asetukset = fc.record({ today: fc.option(fc.constantFrom('1950-01-01', '2000-01-01', '2026-12-03'), { nil: undefined }), acceptSynthetic: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: [] })
    fc.assert(
      fc.property(teksti, asetukset, (hetu, options) => {
        expect(parseHetu(hetu, options)).toStrictEqual(reference(hetu, options))
      }),
      { numRuns: 20_000 },
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
