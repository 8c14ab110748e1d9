/**
 * Where a finding's `path` is in the document's text: a small JSON position scanner (no parse tree, no regular
 * expression over the document). `polunOsat('opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]')` gives the segments;
 * `sijainti(text, segments)` walks the text once, skipping every value off the path, and returns the range of the
 * value the path names — or, when the path goes on past what the text has (a missing key: `missingProperty`), the range
 * of the deepest part it found, marked `exact: false`. Linear in the length of the text; never throws on bad JSON (it
 * returns what it reached).
 */

export type Osa = string | number

/** A range of the text: `start` inclusive, `end` exclusive; `keyStart` where the member's key begins, when it is one. */
export interface Alue {
  readonly start: number
  readonly end: number
  readonly keyStart?: number
  /** True when the whole path was found. */
  readonly exact: boolean
}

/**
 * The segments of a finding's path: `a.b[2].c` → `['a', 'b', 2, 'c']`; `''` → `[]`. A key is what stands between dots
 * and brackets (the library writes keys bare, so a key that itself holds `.` or `[` cannot be told apart: it is read
 * as several segments, and the scanner then stops at the deepest part it finds).
 */
export function polunOsat(polku: string): Osa[] {
  const osat: Osa[] = []
  let i = 0
  while (i < polku.length) {
    const c = polku[i]
    if (c === '.') {
      i++
      continue
    }
    if (c === '[') {
      const loppu = polku.indexOf(']', i)
      const sisältö = loppu < 0 ? polku.slice(i + 1) : polku.slice(i + 1, loppu)
      osat.push(/^\d+$/.test(sisältö) ? Number(sisältö) : sisältö)
      i = loppu < 0 ? polku.length : loppu + 1
      continue
    }
    let j = i
    while (j < polku.length && polku[j] !== '.' && polku[j] !== '[') j++
    osat.push(polku.slice(i, j))
    i = j
  }
  return osat
}

const tyhjä = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

function ohitaTyhjä(t: string, i: number): number {
  while (i < t.length && tyhjä(t.charCodeAt(i))) i++
  return i
}

/** The index just past the string starting at `i` (a `"`). */
function merkkijononLoppu(t: string, i: number): number {
  i++
  while (i < t.length) {
    const c = t.charCodeAt(i)
    if (c === 0x5c) i += 2
    else if (c === 0x22) return i + 1
    else i++
  }
  return t.length
}

/** The string starting at `i`, decoded (JSON.parse of its text; the raw text when it is malformed). */
function merkkijono(t: string, i: number, loppu: number): string {
  const raaka = t.slice(i, loppu)
  try {
    return JSON.parse(raaka) as string
  } catch {
    return raaka.slice(1, -1)
  }
}

/** The index just past the value starting at `i` (after white space), iteratively: deep nesting cannot overflow the stack. */
function arvonLoppu(t: string, i: number): number {
  let syvyys = 0
  while (i < t.length) {
    const c = t.charCodeAt(i)
    if (c === 0x22) {
      i = merkkijononLoppu(t, i)
      if (syvyys === 0) return i
      continue
    }
    if (c === 0x7b || c === 0x5b) syvyys++
    else if (c === 0x7d || c === 0x5d) {
      if (syvyys === 0) return i
      syvyys--
      if (syvyys === 0) return i + 1
    } else if (syvyys === 0 && (c === 0x2c || tyhjä(c))) return i
    i++
  }
  return t.length
}

/** The range of the value `osat` names in the JSON text `t` (from `alku`, for one line of NDJSON), or the deepest part found. */
export function sijainti(t: string, osat: readonly Osa[], alku = 0): Alue {
  let i = ohitaTyhjä(t, alku)
  let keyStart: number | undefined
  for (let n = 0; n < osat.length; n++) {
    const osa = osat[n]!
    const loppu = arvonLoppu(t, i)
    const löytö = typeof osa === 'number' ? alkio(t, i, osa) : jäsen(t, i, osa)
    if (löytö === undefined) return keyStart === undefined ? { start: i, end: loppu, exact: false } : { start: i, end: loppu, keyStart, exact: false }
    i = löytö.arvo
    keyStart = löytö.avain
  }
  const end = arvonLoppu(t, i)
  return keyStart === undefined ? { start: i, end, exact: true } : { start: i, end, keyStart, exact: true }
}

/** In the object at `i`: where the value of member `nimi` starts, and its key. */
function jäsen(t: string, i: number, nimi: string): { arvo: number; avain: number } | undefined {
  if (t[i] !== '{') return undefined
  i = ohitaTyhjä(t, i + 1)
  while (i < t.length && t[i] === '"') {
    const avainLoppu = merkkijononLoppu(t, i)
    const avain = merkkijono(t, i, avainLoppu)
    const avainAlku = i
    i = ohitaTyhjä(t, avainLoppu)
    if (t[i] !== ':') return undefined
    i = ohitaTyhjä(t, i + 1)
    if (avain === nimi) return { arvo: i, avain: avainAlku }
    i = ohitaTyhjä(t, arvonLoppu(t, i))
    if (t[i] !== ',') return undefined
    i = ohitaTyhjä(t, i + 1)
  }
  return undefined
}

/** In the array at `i`: where item `n` starts. */
function alkio(t: string, i: number, n: number): { arvo: number; avain: undefined } | undefined {
  if (t[i] !== '[') return undefined
  i = ohitaTyhjä(t, i + 1)
  if (t[i] === ']') return undefined
  for (let k = 0; k < n; k++) {
    i = ohitaTyhjä(t, arvonLoppu(t, i))
    if (t[i] !== ',') return undefined
    i = ohitaTyhjä(t, i + 1)
  }
  return i < t.length ? { arvo: i, avain: undefined } : undefined
}

/** One document of the input: its text's range in the whole text and its 1-based line. */
export interface Dokumentti {
  readonly start: number
  readonly end: number
  readonly rivi: number
}

/**
 * The documents of the input: one JSON document (the whole text), or NDJSON — one document per non-empty line — when
 * the whole text is not one JSON value and it has more than one non-empty line. `JSON.parse` decides.
 */
export function dokumentit(teksti: string): { readonly muoto: 'json' | 'ndjson'; readonly osat: readonly Dokumentti[] } {
  try {
    JSON.parse(teksti)
    return { muoto: 'json', osat: [{ start: 0, end: teksti.length, rivi: 1 }] }
  } catch {
    // not one JSON value: NDJSON when there are several lines
  }
  const osat: Dokumentti[] = []
  let alku = 0
  let rivi = 1
  while (alku <= teksti.length) {
    let loppu = teksti.indexOf('\n', alku)
    if (loppu < 0) loppu = teksti.length
    if (teksti.slice(alku, loppu).trim() !== '') osat.push({ start: alku, end: loppu, rivi })
    alku = loppu + 1
    rivi++
  }
  return osat.length > 1 ? { muoto: 'ndjson', osat } : { muoto: 'json', osat: [{ start: 0, end: teksti.length, rivi: 1 }] }
}

/** 1-based line and column of index `i` of the text. */
export function riviJaSarake(teksti: string, i: number): { readonly rivi: number; readonly sarake: number } {
  let rivi = 1
  let riviAlku = 0
  for (let k = 0; k < i && k < teksti.length; k++) {
    if (teksti.charCodeAt(k) === 0x0a) {
      rivi++
      riviAlku = k + 1
    }
  }
  return { rivi, sarake: i - riviAlku + 1 }
}
