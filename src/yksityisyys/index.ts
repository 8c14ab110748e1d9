/**
 * No finding carries the learner's identity (mission, README): whatever the document quotes back — a value in a
 * message, an unknown key in a path — is masked here, once, for every finding:
 * - anything shaped like a henkilötunnus (six digits, a century sign, three digits, a check character), wherever in the
 *   text or path it stands;
 * - the envelope's own `hetu`, and its names (`etunimet`, `kutsumanimi`, `sukunimi`, each whole and each of their
 *   words of two letters or more, the first 32 of a field) where they stand as whole words.
 * Masked text reads `***`. Linear: one scan per text with a fixed-length pattern, and one `indexOf` pass per name;
 * within one call a text equal to the one just before it in the same place is not masked again.
 *
 * A finding whose message names what it quotes ({@link lainaten}: the values it took from the document, a thousand
 * unknown keys for a broken document) has only those values masked, not its whole text: our own wording carries
 * nothing of the document. When masking changes one of them, the whole message and hint are masked as any other.
 * Values are quoted by a bounded prefix ({@link lainaus}); as a last net, no message text is longer than
 * {@link VIESTIN_PITUUS} and no path longer than {@link POLUN_PITUUS} characters.
 */
import { EI_LAINAUKSIA, jsonPointer, pointerToken, tiedotOf, toisin, type Finding, type Message, type Viesti } from '../finding'
import { getOwn } from '../json'
import { VIESTIN_PITUUS, merkinLuokka } from './merkit'

export const PEITE = '***'

/** The longest value a message quotes: a longer one is quoted by its first characters and `…`. */
export const LAINAUKSEN_PITUUS = 80
export { VIESTIN_PITUUS }
export const POLUN_PITUUS = 2000

/** `s` cut to at most `max` characters (whole code points) with `…` when it is longer. */
export function lainaus(s: string, max: number = LAINAUKSEN_PITUUS): string {
  if (s.length <= max) return s
  let end = max - 1
  const c = s.charCodeAt(end - 1)
  if (c >= 0xd800 && c <= 0xdbff) end-- // do not split a surrogate pair
  return `${s.slice(0, end)}…`
}

/**
 * The shape of a hetu: DDMMYY, a century sign (+, -, A–F, U–Y), NNN and a check character (0–9 and the letters KOSKI
 * uses: not G, I, O, Q, Z). Fixed length, no alternation inside a repetition: linear.
 */
const HETUN_MUOTO = /\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]/g

const KIRJAIN_TAI_NUMERO = /[\p{L}\p{N}]/u
const onSananOsa = (c: string | undefined): boolean => c !== undefined && KIRJAIN_TAI_NUMERO.test(c)

/**
 * A message that names what it quotes: `lainaukset`, the values it took from the document (each as the text has it,
 * already cut by {@link lainaus}), and nothing else of the document in its texts or hint. Each must stand in every text
 * between characters that are neither letters, digits, `+` nor `-` (or at an end of the text), so that no hetu shape
 * or whole word of a name can straddle a quoted value and our wording (test/yleiset/yksityisyys.test.ts checks the
 * marked messages against the whole-text masking).
 */
export interface LainaavaViesti extends Viesti {
  readonly lainaukset: readonly string[]
}

export { EI_LAINAUKSIA }

/** What a finding is marked to quote (for tests and the masking), or undefined for a finding masked whole. */
export const lainauksetOf = (finding: Finding): { readonly viesti: readonly string[]; readonly polku: readonly string[] | undefined } | undefined => {
  const t = tiedotOf(finding)
  return t === undefined ? undefined : { viesti: t.viesti, polku: t.polku }
}

const NIMIKENTÄT = ['hetu', 'etunimet', 'kutsumanimi', 'sukunimi'] as const

/**
 * Whether the character code `c` separates the words of a name: `-` or what JavaScript's `\s` matches (the white space
 * and line terminators `String.prototype.trim` takes off too).
 */
const onVäli = (c: number): boolean =>
  c === 32 ||
  c === 45 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))

/**
 * The words of one name field that are identifiers: its first 32 of two characters or more. A person has a handful
 * (Finnish law allows four first names; a surname has one or two parts), and every finding is checked against every
 * identifier: a "name" of a hundred thousand words with a thousand findings made that check quadratic (1.4 s for a
 * 660 kB document). The whole field is an identifier however many words it has.
 */
export const NIMEN_SANOJA = 32

/** `s` added to `out` unless it is there already (a scan: there are at most 4 + 4 × {@link NIMEN_SANOJA}). */
const lisääUusi = (out: string[], s: string): void => {
  if (!out.includes(s)) out.push(s)
}

/**
 * The learner's identity as the envelope gives it: the hetu and the names (whole, and their words: the runs between
 * white space and `-`, the first {@link NIMEN_SANOJA} of each field), each of two characters or more, once each,
 * longest first (of one length, in the order met).
 * Read character by character: it runs for every call with findings.
 */
export function henkilönTunnisteet(henkilö: unknown): readonly string[] {
  const out: string[] = []
  for (let k = 0; k < NIMIKENTÄT.length; k++) {
    const v = getOwn(henkilö, NIMIKENTÄT[k]!)
    if (typeof v !== 'string') continue
    const whole = v.trim()
    if (whole.length >= 2) lisääUusi(out, whole)
    let alku = 0
    let sanoja = 0
    for (let i = 0; i <= whole.length; i++) {
      if (i < whole.length && !onVäli(whole.charCodeAt(i))) continue
      if (i - alku >= 2) {
        if (++sanoja > NIMEN_SANOJA) break
        lisääUusi(out, i - alku === whole.length ? whole : whole.slice(alku, i))
      }
      alku = i + 1
    }
  }
  // longest first, stable (of one length, in the order met), by insertion: a handful as a rule, a bounded number at
  // most (Array.prototype.sort with a comparator cost more than all the rest)
  for (let i = 1; i < out.length; i++) {
    const s = out[i]!
    let j = i - 1
    while (j >= 0 && out[j]!.length < s.length) {
      out[j + 1] = out[j]!
      j--
    }
    out[j + 1] = s
  }
  return out
}

/** `text` with every whole-word occurrence of `secret` masked. */
const peitäSana = (text: string, secret: string): string => {
  let at = text.indexOf(secret)
  if (at < 0) return text
  let out = ''
  let from = 0
  while (at >= 0) {
    const end = at + secret.length
    if (!onSananOsa(text[at - 1]) && !onSananOsa(text[end])) {
      out += text.slice(from, at) + PEITE
      from = end
    }
    at = text.indexOf(secret, end)
  }
  return from === 0 ? text : out + text.slice(from)
}

/** A text with every hetu-shaped part and every whole-word occurrence of the learner's identifiers masked. */
export function peitäTunnisteet(text: string, tunnisteet: readonly string[], max: number = VIESTIN_PITUUS): string {
  let out = lainaus(text, max).replace(HETUN_MUOTO, PEITE)
  for (const secret of tunnisteet) out = peitäSana(out, secret)
  return out
}

/**
 * The learner's identifiers ({@link henkilönTunnisteet}) of one call, found when first needed: findings that quote
 * nothing of the document (most, on a document with a few mistakes) are left as they are without them.
 */
class Tunnisteet {
  #lista: readonly string[] | undefined
  #merkit: number[] | undefined
  constructor(private readonly henkilö: unknown) {}
  get lista(): readonly string[] {
    return (this.#lista ??= henkilönTunnisteet(this.henkilö))
  }
  /** By the index of {@link lista}: the identifier's {@link merkkijoukko}. */
  get merkit(): readonly number[] {
    if (this.#merkit === undefined) {
      const lista = this.lista
      const merkit: number[] = []
      for (let i = 0; i < lista.length; i++) merkit.push(merkkijoukko(lista[i]!))
      this.#merkit = merkit
    }
    return this.#merkit
  }
}

/**
 * The characters of `s` as a set of 32 classes, a bit each ({@link merkinLuokka}): a text lacking a class that an
 * identifier has cannot hold that identifier, and is not searched for it.
 */
export const merkkijoukko = (s: string): number => {
  let m = 0
  for (let i = 0; i < s.length; i++) m |= merkinLuokka(s.charCodeAt(i))
  return m
}

// the class of a character in a merkkijoukko: on the ground floor (src/finding.ts scans paths with it too)
export { merkinLuokka }

/** Whether `s` has six digits in a row (as every hetu shape has), or is longer than the masking reads without cutting it. */
export const kuusiNumeroa = (s: string): boolean => {
  if (s.length > VIESTIN_PITUUS) return true
  let peräkkäin = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      if (++peräkkäin === 6) return true
    } else peräkkäin = 0
  }
  return false
}

/**
 * Whether masking leaves every one of some quoted values as it is, told from their {@link merkkijoukko}s together
 * (`merkit`) and whether any has six digits in a row or is too long ({@link kuusiNumeroa}: `kuusi`), as their maker
 * found them: none can hold a hetu shape, and each identifier has a class none of them has. When this is false they
 * may still stay: {@link säilyvät} tells.
 */
const säilyvätMerkein = (merkit: number, kuusi: boolean, tunnisteet: Tunnisteet): boolean => {
  if (kuusi) return false
  // no character at all (no value quoted): nothing to find, and the identifiers are not looked for
  if (merkit === 0) return true
  const tunnisteidenMerkit = tunnisteet.merkit
  for (let i = 0; i < tunnisteidenMerkit.length; i++) if ((tunnisteidenMerkit[i]! & ~merkit) === 0) return false
  return true
}

/**
 * One call's masking: the identifiers found once, and a text equal to the one masked just before in the same slot
 * (fi, sv, en of a message or of a hint) not masked again: findings of one kind come together and repeat the same
 * texts, a thousand times for a broken list. Comparing with the previous text costs at most one pass and allocates
 * nothing (a cache by text would hash every distinct text once more).
 */
class Peittäjä {
  private readonly edelliset: (string | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined]
  private readonly tulokset: string[] = ['', '', '', '', '', '']
  constructor(private readonly tunnisteet: Tunnisteet) {}

  private teksti(slot: number, text: string): string {
    if (this.edelliset[slot] === text) return this.tulokset[slot]!
    const out = peitäTunnisteet(text, this.tunnisteet.lista)
    this.edelliset[slot] = text
    this.tulokset[slot] = out
    return out
  }

  /** `m` masked; `slot` 0 for a message, 3 for a hint. */
  viesti(m: Message, slot: 0 | 3): Message {
    const fi = this.teksti(slot, m.fi)
    const sv = this.teksti(slot + 1, m.sv)
    const en = this.teksti(slot + 2, m.en)
    return fi === m.fi && sv === m.sv && en === m.en ? m : { ...m, fi, sv, en }
  }
}

/** {@link HETUN_MUOTO} for a test (not global: no `lastIndex` to keep). */
const ON_HETUN_MUOTO = /\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]/

/** Whether `text` has `secret` as a whole word (what {@link peitäSana} would mask). */
const onSanana = (text: string, secret: string): boolean => {
  let at = text.indexOf(secret)
  while (at >= 0) {
    if (!onSananOsa(text[at - 1]) && !onSananOsa(text[at + secret.length])) return true
    at = text.indexOf(secret, at + secret.length)
  }
  return false
}

/**
 * Whether masking would leave `l` as it is (`peitäTunnisteet(l) === l` for a text within the length net), answered
 * without building anything: no hetu shape, and no identifier as a whole word. One scan of its characters finds
 * whether it has six digits in a row (as every hetu shape has: only then the regular expression runs) and its
 * {@link merkkijoukko}: an identifier is searched for only in a text that has all of its character classes.
 */
const säilyy = (l: string, tunnisteet: Tunnisteet): boolean => {
  if (l.length > VIESTIN_PITUUS) return false
  let merkit = 0
  let peräkkäin = 0
  let kuusi = false
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i)
    merkit |= merkinLuokka(c)
    if (c >= 48 && c <= 57) {
      if (++peräkkäin === 6) kuusi = true
    } else peräkkäin = 0
  }
  if (kuusi && l.length >= 11 && ON_HETUN_MUOTO.test(l)) return false
  const lista = tunnisteet.lista
  if (lista.length === 0) return true
  const tunnisteidenMerkit = tunnisteet.merkit
  for (let i = 0; i < lista.length; i++) {
    const t = lista[i]!
    if ((tunnisteidenMerkit[i]! & ~merkit) === 0 && l.length >= t.length && onSanana(l, t)) return false
  }
  return true
}

/** Whether masking would leave each of `lainaukset` as it is, but those of `tarkistetut` (already found to stay). */
const säilyvät = (lainaukset: readonly string[], tunnisteet: Tunnisteet, tarkistetut: readonly string[] = EI_LAINAUKSIA): boolean => {
  for (let i = 0; i < lainaukset.length; i++) {
    const l = lainaukset[i]!
    if (tarkistetut.includes(l)) continue
    if (!säilyy(l, tunnisteet)) return false
  }
  return true
}

/** Whether no key of `keys` has a `~` or a `/`: a JSON Pointer writes each as it is ({@link pointerToken}). */
const eiKenoja = (keys: readonly string[]): boolean => {
  for (let i = 0; i < keys.length; i++) if (pointerToken(keys[i]!) !== keys[i]) return false
  return true
}

/** Whether every text of `m` is within the last net's length (else it is cut, by the whole-text masking). */
const mahtuu = (m: Message | undefined): boolean =>
  m === undefined || (m.fi.length <= VIESTIN_PITUUS && m.sv.length <= VIESTIN_PITUUS && m.en.length <= VIESTIN_PITUUS)

/** The findings with the learner's identity masked in their paths and messages (hints too); unchanged ones are kept as they are. */
export function suojaaLöydökset(findings: readonly Finding[], henkilö: unknown): readonly Finding[] {
  if (findings.length === 0) return findings
  const tunnisteet = new Tunnisteet(henkilö)
  // made for the first finding masked whole (most calls have none)
  let peittäjä: Peittäjä | undefined
  let out: Finding[] | undefined
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!
    // each of the finding's fields read once: after findings of many shapes (many makers, copies) each read is a
    // lookup of its own
    const merkintä = tiedotOf(f)
    const fPath = f.path
    const fPointer = f.pointer
    const fMessage = f.message
    const hint = f.hint
    // a path whose keys not ours masking leaves as they are is left as it is; a path whose keys are not known (a
    // rule's) is left as it is when masking it whole would leave it so (säilyy: nothing built)
    const polkuSäilyy =
      merkintä !== undefined &&
      merkintä.polku !== undefined &&
      fPath.length <= POLUN_PITUUS &&
      ((merkintä.polunMerkit !== undefined && säilyvätMerkein(merkintä.polunMerkit, merkintä.polunKuusi, tunnisteet)) || säilyvät(merkintä.polku, tunnisteet))
    // of a rule's path, its maker found the whole path's classes building its pointer (kokoPolku): read again only
    // when they cannot tell
    const kokoPolku = merkintä !== undefined && merkintä.polku === undefined && merkintä.polunMerkit !== undefined
    const path =
      polkuSäilyy ||
      (fPath.length <= POLUN_PITUUS && ((kokoPolku && säilyvätMerkein(merkintä.polunMerkit!, merkintä.polunKuusi, tunnisteet)) || säilyy(fPath, tunnisteet)))
        ? fPath
        : peitäTunnisteet(fPath, tunnisteet.lista, POLUN_PITUUS)
    // the pointer holds the path's keys: rebuilt from the masked path when that changed, else masked itself only when
    // its escapes (`~0`, `~1`) make it differ from the path's text. Of a path whose keys not ours stay and have no `~`
    // or `/`, the pointer is the same keys between `/` (our keys have neither): it stays too, and is not read (a
    // pointer built by parts would be flattened by reading it)
    const pointer =
      path !== fPath
        ? jsonPointer(path)
        : (polkuSäilyy && (merkintä.kenoton ?? eiKenoja(merkintä.polku!))) || (kokoPolku && merkintä.kenoton === true) || fPointer.indexOf('~') === -1
          ? fPointer
          : peitäTunnisteet(fPointer, tunnisteet.lista, POLUN_PITUUS)
    let message: Message
    let peitettyHint: Message | undefined
    // (an unknown key is quoted by the message and named by the path: checked once)
    if (merkintä !== undefined && säilyvät(merkintä.viesti, tunnisteet, polkuSäilyy ? merkintä.polku : EI_LAINAUKSIA) && mahtuu(fMessage) && mahtuu(hint)) {
      // it quotes nothing that masking would change: its texts are our wording and those values as they are
      message = fMessage
      peitettyHint = hint
    } else {
      peittäjä ??= new Peittäjä(tunnisteet)
      message = peittäjä.viesti(fMessage, 0)
      peitettyHint = hint === undefined ? undefined : peittäjä.viesti(hint, 3)
    }
    if (path === fPath && pointer === fPointer && message === fMessage && peitettyHint === hint) continue
    out ??= findings.slice()
    out[i] = toisin(f, path, pointer, message, peitettyHint)
  }
  return out ?? findings
}
