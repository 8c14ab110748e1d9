/**
 * Where a JSON text first breaks the grammar (RFC 8259), found by this module rather than read from the engine's
 * message: V8's `JSON.parse` message names a position on some versions and not on others (Node 20 often says only
 * `Unexpected token … is not valid JSON`), and its message quotes the text, which may hold a hetu or a name.
 *
 * One pass, linear in the text, no recursion (an explicit stack of open containers: a 100 000-deep text is fine), no
 * regular expression; it never returns any of the text, only an offset. Called only after `JSON.parse` failed.
 */

/** The states of the scan: a value is expected; after `[` a value or `]`; after `{` a key or `}`; after `,` in an object a key; after a value. */
const Tila = { Arvo: 0, ArvoTaiLoppu: 1, AvainTaiLoppu: 2, Avain: 3, Jälkeen: 4 } as const
type Tila = (typeof Tila)[keyof typeof Tila]

const onVäli = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
const onNumero = (c: number): boolean => c >= 0x30 && c <= 0x39
const onHeksa = (c: number): boolean => onNumero(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)

/** The end of the string starting at `i` (a `"`): the offset after its closing quote, or `-(offset + 1)` of the error. */
export function merkkijononLoppu(s: string, i: number): number {
  const n = s.length
  for (i++; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x22) return i + 1
    if (c < 0x20) return -(i + 1)
    if (c === 0x5c) {
      i++
      if (i >= n) return -(n + 1)
      const e = s.charCodeAt(i)
      if (e === 0x75) {
        for (let k = 1; k <= 4; k++) if (i + k >= n || !onHeksa(s.charCodeAt(i + k))) return -(Math.min(i + k, n) + 1)
        i += 4
      } else if (e !== 0x22 && e !== 0x5c && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) return -(i + 1)
    }
  }
  return -(n + 1)
}

/** The end of the number starting at `i`, or `-(offset + 1)` of the error. */
function luvunLoppu(s: string, i: number): number {
  const n = s.length
  if (s.charCodeAt(i) === 0x2d) i++
  if (i >= n) return -(n + 1)
  if (s.charCodeAt(i) === 0x30) i++
  else if (onNumero(s.charCodeAt(i))) while (i < n && onNumero(s.charCodeAt(i))) i++
  else return -(i + 1)
  if (i < n && s.charCodeAt(i) === 0x2e) {
    i++
    if (i >= n) return -(n + 1)
    if (!onNumero(s.charCodeAt(i))) return -(i + 1)
    while (i < n && onNumero(s.charCodeAt(i))) i++
  }
  if (i < n && (s.charCodeAt(i) === 0x65 || s.charCodeAt(i) === 0x45)) {
    i++
    if (i < n && (s.charCodeAt(i) === 0x2b || s.charCodeAt(i) === 0x2d)) i++
    if (i >= n) return -(n + 1)
    if (!onNumero(s.charCodeAt(i))) return -(i + 1)
    while (i < n && onNumero(s.charCodeAt(i))) i++
  }
  return i
}

/** The end of `true`, `false` or `null` at `i`, or `-(offset + 1)` of the first character that differs. */
function sananLoppu(s: string, i: number, sana: string): number {
  for (let k = 0; k < sana.length; k++) {
    if (i + k >= s.length) return -(s.length + 1)
    if (s.charCodeAt(i + k) !== sana.charCodeAt(k)) return -(i + k + 1)
  }
  return i + sana.length
}

/**
 * The offset (UTF-16 code units) of the first character of `s` that breaks the JSON grammar; `s.length` when the text
 * ends too early; `undefined` when `s` is a JSON text (then `JSON.parse` failed for another reason).
 */
export function jsonVirheenKohta(s: string): number | undefined {
  const n = s.length
  const pino: boolean[] = [] // true: an object, false: an array
  let tila: Tila = Tila.Arvo
  let i = 0
  for (;;) {
    while (i < n && onVäli(s.charCodeAt(i))) i++
    if (i >= n) return tila === Tila.Jälkeen && pino.length === 0 ? undefined : n
    const c = s.charCodeAt(i)
    let loppu: number
    switch (tila) {
      case Tila.Arvo:
      case Tila.ArvoTaiLoppu:
        if (c === 0x5d && tila === Tila.ArvoTaiLoppu) {
          pino.pop()
          tila = Tila.Jälkeen
          i++
          continue
        }
        if (c === 0x7b || c === 0x5b) {
          pino.push(c === 0x7b)
          tila = c === 0x7b ? Tila.AvainTaiLoppu : Tila.ArvoTaiLoppu
          i++
          continue
        }
        if (c === 0x22) loppu = merkkijononLoppu(s, i)
        else if (c === 0x2d || onNumero(c)) loppu = luvunLoppu(s, i)
        else if (c === 0x74) loppu = sananLoppu(s, i, 'true')
        else if (c === 0x66) loppu = sananLoppu(s, i, 'false')
        else if (c === 0x6e) loppu = sananLoppu(s, i, 'null')
        else return i
        if (loppu < 0) return -loppu - 1
        i = loppu
        tila = Tila.Jälkeen
        continue
      case Tila.AvainTaiLoppu:
      case Tila.Avain:
        if (c === 0x7d && tila === Tila.AvainTaiLoppu) {
          pino.pop()
          tila = Tila.Jälkeen
          i++
          continue
        }
        if (c !== 0x22) return i
        loppu = merkkijononLoppu(s, i)
        if (loppu < 0) return -loppu - 1
        i = loppu
        while (i < n && onVäli(s.charCodeAt(i))) i++
        if (i >= n) return n
        if (s.charCodeAt(i) !== 0x3a) return i
        i++
        tila = Tila.Arvo
        continue
      case Tila.Jälkeen: {
        if (pino.length === 0) return i
        const olio = pino[pino.length - 1]!
        if (c === 0x2c) tila = olio ? Tila.Avain : Tila.Arvo
        else if (c === (olio ? 0x7d : 0x5d)) pino.pop()
        else return i
        i++
        continue
      }
    }
  }
}
