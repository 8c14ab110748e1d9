/**
 * The known field an unknown key most likely meant, for S-1's "did you mean": the one field of the class at the
 * smallest edit distance from the key (Levenshtein: insert, delete or change one character), letters compared
 * without case and without the dots of å, ä and ö (`Tila` → `tila`, `jarjestamislupa` → `järjestämislupa`), when
 * that distance is within a bound that grows with the key's length: 0 for up to 3 characters (only case or dots may
 * differ), 1 for up to 5, 2 for up to 11, 3 beyond. Two fields equally close suggest neither.
 *
 * Linear: each of the class's fields (a fixed number) whose length is near enough to the key's (a list made once per
 * class and key length) is compared once, first by the characters each has and the other lacks (a lower bound of the
 * distance: every character kind one lacks takes an edit of its own), and only then by a distance computation bounded to a band of the bound's width around the diagonal, which stops as
 * soon as the bound is passed. A key longer than {@link VERRATTAVAN_PITUUS} is not compared.
 */

/** A longer key is not compared with the fields (no field of KOSKI's classes is half as long). */
export const VERRATTAVAN_PITUUS = 64

/** A character as compared: ASCII letters in lower case, å/ä → a, ö → o (either case). */
const perus = (c: number): number => {
  if (c >= 65 && c <= 90) return c + 32
  if (c < 128) return c
  if (c === 228 || c === 196 || c === 229 || c === 197) return 97 // ä Ä å Å
  if (c === 246 || c === 214) return 111 // ö Ö
  return c
}

/** The kind of a compared character, as one bit: a–z their own, digits one, every other character one of four. */
const laji = (c: number): number => (c >= 97 && c <= 122 ? 1 << (c - 97) : c >= 48 && c <= 57 ? 1 << 26 : 1 << (27 + (c & 3)))

/** The kinds of the ASCII characters as compared (`laji(perus(c))`), made on first use. */
let asciiLajit: Int32Array | undefined
const asciiLajeina = (): Int32Array => {
  if (asciiLajit === undefined) {
    asciiLajit = new Int32Array(128)
    for (let c = 0; c < 128; c++) asciiLajit[c] = laji(perus(c))
  }
  return asciiLajit
}

const bitit = (x: number): number => {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff
}

/** The kind of the character code `c` as compared, a bit (see {@link lajit}). */
export const merkinLaji = (c: number): number => (c < 128 ? asciiLajeina()[c]! : laji(perus(c)))

/** The kinds of the ASCII characters ({@link merkinLaji} of codes 0–127), for a maker's own scan of a key. */
export const asciiMerkkienLajit = (): Int32Array => asciiLajeina()

/** The kinds of characters of `s` as compared (a maker that scans a key anyway may give them to {@link lähinKenttä}). */
const lajit = (s: string): number => {
  const ascii = asciiLajeina()
  let m = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    m |= c < 128 ? ascii[c]! : laji(perus(c))
  }
  return m
}

const raja = (pituus: number): number => (pituus <= 3 ? 0 : pituus <= 5 ? 1 : pituus <= 11 ? 2 : 3)

// the two rows of etäisyys, made on first use and reused: a call writes every cell it reads
let riviA: Int32Array | undefined
let riviB: Int32Array | undefined

/** The edit distance of `a` and `b` as compared, when it is at most `max`; else `max + 1`. Rows of `b.length + 1`. */
function etäisyys(a: string, b: string, max: number): number {
  const n = b.length
  if (riviA === undefined || riviA.length < n + 1) {
    riviA = new Int32Array(n + 1)
    riviB = new Int32Array(n + 1)
  }
  let edellinen = riviA
  let rivi = riviB!
  for (let j = 0; j <= n; j++) edellinen[j] = j
  const yli = max + 1
  for (let i = 1; i <= a.length; i++) {
    const ca = perus(a.charCodeAt(i - 1))
    // only the band |i - j| ≤ max can stay within the bound
    const alku = Math.max(1, i - max)
    const loppu = Math.min(n, i + max)
    rivi[0] = i
    if (alku > 1) rivi[alku - 1] = yli
    let pienin = alku === 1 ? i : yli
    for (let j = alku; j <= loppu; j++) {
      const vaihto = edellinen[j - 1]! + (ca === perus(b.charCodeAt(j - 1)) ? 0 : 1)
      const poisto = j <= i - 1 + max ? edellinen[j]! + 1 : yli
      const lisäys = rivi[j - 1]! + 1
      const d = Math.min(vaihto, poisto, lisäys, yli)
      rivi[j] = d
      if (d < pienin) pienin = d
    }
    if (loppu < n) rivi[loppu + 1] = yli
    if (pienin > max) return yli
    const t = edellinen
    edellinen = rivi
    rivi = t
  }
  return Math.min(edellinen[n]!, yli)
}

/**
 * A field list as compared, made once per list (the codecs' frozen arrays): the fields' character kinds, and by the
 * key's length the fields whose length is near enough to it to be within the bound (in the list's order), each such
 * list made on first use. A key is then compared only with those: no pass over the whole list for each key.
 */
interface Kentät {
  readonly nimet: readonly string[]
  readonly lajit: Int32Array
  readonly ehdokkaat: (Int32Array | undefined)[]
}
let kentittäin: WeakMap<readonly string[], Kentät> | undefined
// the list looked up last (the unknown keys of a document are mostly of one class): no WeakMap lookup for the next
let viimeisetKentät: readonly string[] | undefined
let viimeisetTiedot: Kentät | undefined
const kentätOf = (kentät: readonly string[]): Kentät => {
  if (kentät === viimeisetKentät) return viimeisetTiedot!
  kentittäin ??= new WeakMap()
  let k = kentittäin.get(kentät)
  if (k === undefined) {
    const nimet = kentät.slice()
    const kinds = new Int32Array(nimet.length)
    for (let i = 0; i < nimet.length; i++) kinds[i] = lajit(nimet[i]!)
    k = { nimet, lajit: kinds, ehdokkaat: [] }
    if (!Object.isFrozen(kentät)) return k
    kentittäin.set(kentät, k)
  }
  viimeisetKentät = kentät
  viimeisetTiedot = k
  return k
}

/** The indices of the fields within the bound's reach of a key of length `pituus` (by length alone), in order. */
const ehdokkaatOf = (k: Kentät, pituus: number): Int32Array => {
  const valmis = k.ehdokkaat[pituus]
  if (valmis !== undefined) return valmis
  const max = raja(pituus)
  const out: number[] = []
  for (let i = 0; i < k.nimet.length; i++) if (Math.abs(k.nimet[i]!.length - pituus) <= max) out.push(i)
  return (k.ehdokkaat[pituus] = Int32Array.from(out))
}

/**
 * The field of `kentät` that `key` most likely meant (see the module's comment), or undefined. `avaimenLajit`: the
 * key's {@link lajit}, when its caller has them.
 */
// the field list, key length and kinds of the last key whose every candidate field the lower bounds ruled out: the
// next key of them is ruled out alike (the bounds read nothing else of it), with no candidate read — the unknown keys
// of a broken export are often of one shape (`tuntematon0`, `tuntematon1`, …)
let rajattuKentät: Kentät | undefined
let rajattuPituus = -1
let rajatutLajit = -1

export function lähinKenttä(key: string, kentät: readonly string[], avaimenLajit: number = -1): string | undefined {
  if (key.length === 0 || key.length > VERRATTAVAN_PITUUS || kentät.length === 0) return undefined
  const max = raja(key.length)
  const k = kentätOf(kentät)
  const ehdokkaat = ehdokkaatOf(k, key.length)
  if (ehdokkaat.length === 0) return undefined
  const { nimet, lajit: kenttienLajit } = k
  if (avaimenLajit === -1) avaimenLajit = lajit(key)
  if (k === rajattuKentät && key.length === rajattuPituus && avaimenLajit === rajatutLajit) return undefined
  let paras: string | undefined
  let parasEtäisyys = max + 1
  let tasan = false
  let verrattu = false
  for (let e = 0; e < ehdokkaat.length; e++) {
    const i = ehdokkaat[e]!
    const nimi = nimet[i]!
    if (Math.abs(nimi.length - key.length) > parasEtäisyys) continue
    const kentänLajit = kenttienLajit[i]!
    if (bitit(kentänLajit & ~avaimenLajit) > max || bitit(avaimenLajit & ~kentänLajit) > max) continue
    verrattu = true
    const d = etäisyys(key, nimi, Math.min(max, parasEtäisyys))
    if (d < parasEtäisyys) {
      paras = nimi
      parasEtäisyys = d
      tasan = false
    } else if (d === parasEtäisyys && d <= max && nimi !== paras) tasan = true
  }
  if (!verrattu) {
    rajattuKentät = k
    rajattuPituus = key.length
    rajatutLajit = avaimenLajit
  }
  return tasan || parasEtäisyys > max ? undefined : paras
}
