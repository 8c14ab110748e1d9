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

/*
 * KOSKI's format of a hetu is the Java pattern
 *   ^([012][0-9]|3[01])(0[1-9]|1[0-2])([0-9]{2})(A|B|C|D|E|F|Y|X|W|V|U|-|\+)([0-9]{3})([0-9A-FHJ-NPR-Y])$
 * whose `$` also matches before a final line terminator (\r\n, \n, \r, \u0085, \u2028, \u2029): a hetu followed by one
 * passes the format check, and then fails on the check character (KOSKI compares the last character, the
 * terminator). parseHetu reads it by its characters (onHetunMuoto); the test holds the pattern as a regular expression
 * and checks the two agree.
 */
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
  return tarkistusmerkki(Number(digits))
}

/** The check character of the number DDMMYYNNN (`''` when `n` is not a whole number of 0 or more). */
const tarkistusmerkki = (n: number): string => CHECK_CHARS[n % 31] ?? ''

/**
 * Parses and validates a Finnish personal identity code (henkilötunnus) the way KOSKI does (`Hetu.validate`): format,
 * real birth date, before `today`, no synthetic 9xx individual number (unless accepted), check character — in this
 * order, the first failure being the reason.
 */
export function parseHetu(hetu: string, options: HetuOptions = {}): HetuTulos {
  if (typeof hetu !== 'string') return { valid: false, reason: 'muoto' }
  // Read by its characters: the answers of KOSKI's pattern (above; property-tested against it as a regular expression
  // in test/maksuttomuus/hetu.test.ts), without two regular expressions and their match arrays per call (validate
  // parses the hetu of every envelope).
  let n = hetu.length
  const viimeinen = n === 0 ? -1 : hetu.charCodeAt(n - 1)
  const terminator = viimeinen === 10 || viimeinen === 13 || viimeinen === 0x85 || viimeinen === 0x2028 || viimeinen === 0x2029
  if (terminator) n -= viimeinen === 10 && n >= 2 && hetu.charCodeAt(n - 2) === 13 ? 2 : 1
  if (n !== 11 || !onHetunMuoto(hetu)) return { valid: false, reason: 'muoto' }
  const century = hetuCentury(hetu[6]!)
  if (century === undefined) return { valid: false, reason: 'muoto' }
  const birthDate = `${century + numero(hetu, 4) * 10 + numero(hetu, 5)}-${hetu.slice(2, 4)}-${hetu.slice(0, 2)}`
  if (!isCalendarDate(birthDate)) return { valid: false, reason: 'syntymäpäivä' }
  if (options.today !== undefined && birthDate >= options.today) return { valid: false, reason: 'tulevaisuudessa' }
  const synthetic = hetu.charCodeAt(7) === 57
  if (synthetic && options.acceptSynthetic !== true) return { valid: false, reason: 'keinotekoinen' }
  let digits = 0
  for (let i = 0; i < 10; i++) if (i !== 6) digits = digits * 10 + numero(hetu, i)
  if (terminator || tarkistusmerkki(digits) !== hetu[10]) return { valid: false, reason: 'tarkistusmerkki' }
  return { valid: true, birthDate, synthetic, century }
}

/** The digit at `i` of `s` (a character the format check found to be one). */
const numero = (s: string, i: number): number => s.charCodeAt(i) - 48

const onNumero = (c: number): boolean => c >= 48 && c <= 57

/**
 * Whether the first 11 characters of `s` are in KOSKI's format (the pattern above): DD (00–31), MM (01–12), YY, a century sign,
 * NNN and a check character of [0-9A-FHJ-NPR-Y].
 */
function onHetunMuoto(s: string): boolean {
  const d0 = s.charCodeAt(0)
  const d1 = s.charCodeAt(1)
  if (!(d0 >= 48 && d0 <= 50 ? onNumero(d1) : d0 === 51 && (d1 === 48 || d1 === 49))) return false
  const m0 = s.charCodeAt(2)
  const m1 = s.charCodeAt(3)
  if (!(m0 === 48 ? m1 >= 49 && m1 <= 57 : m0 === 49 && m1 >= 48 && m1 <= 50)) return false
  if (!onNumero(s.charCodeAt(4)) || !onNumero(s.charCodeAt(5))) return false
  const sep = s.charCodeAt(6)
  if (!((sep >= 65 && sep <= 70) || (sep >= 85 && sep <= 89) || sep === 45 || sep === 43)) return false
  if (!onNumero(s.charCodeAt(7)) || !onNumero(s.charCodeAt(8)) || !onNumero(s.charCodeAt(9))) return false
  const c = s.charCodeAt(10)
  return onNumero(c) || (c >= 65 && c <= 70) || c === 72 || (c >= 74 && c <= 78) || c === 80 || (c >= 82 && c <= 89)
}
