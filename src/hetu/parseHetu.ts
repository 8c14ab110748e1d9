import { isCalendarDate } from '../date'

/** Why a henkilötunnus is not valid, in the order KOSKI checks (G-HLÖ-1). */
export type HetuVirhe = 'muoto' | 'syntymäpäivä' | 'tulevaisuudessa' | 'keinotekoinen' | 'tarkistusmerkki'

/** A valid henkilötunnus: the birth date and century it encodes. */
export interface ValidHetu {
  readonly valid: true
  /** The birth date the hetu encodes, `YYYY-MM-DD`. */
  readonly birthDate: string
  /** Individual number 900–999: a synthetic (test) hetu, rejected by production KOSKI. */
  readonly synthetic: boolean
  readonly century: 1800 | 1900 | 2000
}

/** An invalid henkilötunnus and the first reason KOSKI would reject it for. */
export interface InvalidHetu {
  readonly valid: false
  readonly reason: HetuVirhe
}

/** What {@link parseHetu} returns. */
export type HetuTulos = ValidHetu | InvalidHetu

/** Options of {@link parseHetu}. */
export interface HetuOptions {
  /** Birth dates on or after this `YYYY-MM-DD` date are "in the future"; omit to skip that check. */
  readonly today?: string
  /** Accept individual numbers 900–999 (KOSKI's test environments do; production does not). Default false. */
  readonly acceptSynthetic?: boolean
}

const HETU = /^([012][0-9]|3[01])(0[1-9]|1[0-2])([0-9]{2})(A|B|C|D|E|F|Y|X|W|V|U|-|\+)([0-9]{3})([0-9A-FHJ-NPR-Y])$/
/**
 * KOSKI's pattern is a Java regex, whose `$` also matches before a final line terminator: a hetu followed by one passes
 * the format check, and then fails on the check character (KOSKI compares the last character, the terminator).
 */
const FINAL_LINE_TERMINATOR = /(?:\r\n|[\n\r\u0085\u2028\u2029])$/
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY'

/** The century a separator stands for: `+` 1800s, `-` and `Y X W V U` 1900s, `A`–`F` 2000s (the letters were added in 2023). */
export function hetuCentury(separator: string): 1800 | 1900 | 2000 | undefined {
  if (separator === '+') return 1800
  if ('-YXWVU'.includes(separator) && separator.length === 1) return 1900
  if ('ABCDEF'.includes(separator) && separator.length === 1) return 2000
  return undefined
}

/** The check character of the nine digits DDMMYYNNN. */
export function hetuCheckCharacter(digits: string): string {
  return CHECK_CHARS[Number(digits) % 31] ?? ''
}

/**
 * Parses and validates a Finnish personal identity code (henkilötunnus) the way KOSKI does (`Hetu.validate`): format,
 * real birth date, before `today`, no synthetic 9xx individual number (unless accepted), check character — in this
 * order, the first failure being the reason.
 */
export function parseHetu(hetu: string, options: HetuOptions = {}): HetuTulos {
  if (typeof hetu !== 'string') return { valid: false, reason: 'muoto' }
  const terminator = FINAL_LINE_TERMINATOR.exec(hetu)
  const m = HETU.exec(terminator === null ? hetu : hetu.slice(0, terminator.index))
  if (m === null) return { valid: false, reason: 'muoto' }
  const [, dd, mm, yy, separator, individual, check] = m as unknown as [string, string, string, string, string, string, string]
  const century = hetuCentury(separator)
  if (century === undefined) return { valid: false, reason: 'muoto' }
  const birthDate = `${century + Number(yy)}-${mm}-${dd}`
  if (!isCalendarDate(birthDate)) return { valid: false, reason: 'syntymäpäivä' }
  if (options.today !== undefined && birthDate >= options.today) return { valid: false, reason: 'tulevaisuudessa' }
  const synthetic = individual.startsWith('9')
  if (synthetic && options.acceptSynthetic !== true) return { valid: false, reason: 'keinotekoinen' }
  if (terminator !== null || hetuCheckCharacter(dd + mm + yy + individual) !== check) return { valid: false, reason: 'tarkistusmerkki' }
  return { valid: true, birthDate, synthetic, century }
}
