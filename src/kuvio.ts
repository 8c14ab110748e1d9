/**
 * Path patterns: a finding's path with its indices as `[*]` (`opiskeluoikeudet[*].tila.opiskeluoikeusjaksot[*]`).
 * Findings of one severity, rule and key whose paths have one pattern are "of the same kind" for `maxFindings`
 * (validate's `rajaaLöydökset`). Every function here reads a path as {@link polunKuvio} does, in one pass.
 */

/** A path with its indices as `[*]`: findings of one rule and key at such paths are "of the same kind". One pass, no regex. */
export const polunKuvio = (path: string): string => {
  let at = path.indexOf('[')
  if (at < 0) return path
  let out = ''
  let from = 0
  while (at >= 0) {
    let end = at + 1
    while (end < path.length && path.charCodeAt(end) >= 48 && path.charCodeAt(end) <= 57) end++
    if (end > at + 1 && path.charCodeAt(end) === 93 /* ] */) {
      out += `${path.slice(from, at)}[*]`
      from = end + 1
      at = path.indexOf('[', from)
    } else at = path.indexOf('[', at + 1)
  }
  return from === 0 ? path : out + path.slice(from)
}

const onNumero = (c: number): boolean => c >= 48 && c <= 57

/**
 * Whether `polunKuvio(path) === kuvio` for a `kuvio` that polunKuvio made, without building the pattern: `[*]` of the
 * pattern takes `[digits]` (or a literal `[*]`) of the path, every other character itself.
 */
/** The end of a `[digits]` at `i` of `s` (the index after its `]`), or -1 when there is none there. */
const indeksinLoppu = (s: string, i: number): number => {
  if (s.charCodeAt(i) !== 91 /* [ */) return -1
  let end = i + 1
  while (onNumero(s.charCodeAt(end))) end++
  return end > i + 1 && s.charCodeAt(end) === 93 /* ] */ ? end + 1 : -1
}

const onTähti = (s: string, i: number): boolean => s.charCodeAt(i) === 91 && s.charCodeAt(i + 1) === 42 && s.charCodeAt(i + 2) === 93

/**
 * Whether `polunKuvio(a) === polunKuvio(b)`, without building either: both read as polunKuvio reads them, `[digits]`
 * of one matching `[digits]` or a literal `[*]` of the other, every other character itself. One pass.
 */
export const samaKuvio = (a: string, b: string): boolean => {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const ea = indeksinLoppu(a, i)
    const eb = indeksinLoppu(b, j)
    if (ea >= 0 || eb >= 0) {
      if (ea >= 0 && eb >= 0) {
        i = ea
        j = eb
      } else if (ea >= 0 && onTähti(b, j)) {
        i = ea
        j += 3
      } else if (eb >= 0 && onTähti(a, i)) {
        i += 3
        j = eb
      } else return false
      continue
    }
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
    i++
    j++
  }
  return i === a.length && j === b.length
}

/**
 * Whether `polunKuvio(path) === kuvio` for a `kuvio` that polunKuvio made (its `[*]` takes `[digits]` or a literal
 * `[*]` of the path): a pattern is its own pattern.
 */
export const sopiiKuvioon = (path: string, kuvio: string): boolean => samaKuvio(path, kuvio)

const FNV = 0x811c9dc5

/** Mixes the characters `[*]` into `h` (what an index of a path is in its pattern). */
export const tähtiTiivisteeseen = (h: number): number => Math.imul(Math.imul(Math.imul(h ^ 91, 0x01000193) ^ 42, 0x01000193) ^ 93, 0x01000193)

/**
 * `h` with the pattern of `s` mixed in, character by character, a `[digits]` of `s` as `[*]`: a path's hash is that of
 * its parts one after another (src/codecs/errors.ts builds it so, part by part) as long as no `[digits]` spans two
 * parts — and none does, since every part after the first starts with `.` or `[`.
 */
export const tiivisteeseen = (h: number, s: string): number => {
  const n = s.length
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c === 91 /* [ */) {
      let end = i + 1
      while (end < n && onNumero(s.charCodeAt(end))) end++
      if (end > i + 1 && s.charCodeAt(end) === 93 /* ] */) {
        h = tähtiTiivisteeseen(h)
        i = end
        continue
      }
    }
    h = Math.imul(h ^ c, 0x01000193)
  }
  return h
}

/** The hash to start a path's with. */
export const TIIVISTEEN_ALKU = FNV

/** A number that `polunKuvio(path)` alone decides: equal patterns have equal numbers, unequal ones rarely do. */
export const kuvionTiiviste = (path: string): number => tiivisteeseen(FNV, path)
