/**
 * No finding carries the learner's identity (mission, README): whatever the document quotes back — a value in a
 * message, an unknown key in a path — is masked here, once, for every finding:
 * - anything shaped like a henkilötunnus (six digits, a century sign, three digits, a check character), wherever in the
 *   text or path it stands;
 * - the envelope's own `hetu`, and its names (`etunimet`, `kutsumanimi`, `sukunimi`, each whole and each of their
 *   words of two letters or more) where they stand as whole words.
 * Masked text reads `***`. Linear: one scan per text with a fixed-length pattern, and one `indexOf` pass per name;
 * within one call a text equal to the one just before it in the same place is not masked again.
 * Values are quoted by a bounded prefix ({@link lainaus}); as a last net, no message text is longer than
 * {@link VIESTIN_PITUUS} and no path longer than {@link POLUN_PITUUS} characters.
 */
import { jsonPointer, type Finding, type Message } from '../finding'
import { getOwn } from '../json'

export const PEITE = '***'

/** The longest value a message quotes: a longer one is quoted by its first characters and `…`. */
export const LAINAUKSEN_PITUUS = 80
/** A safety net for what no message of ours reaches: a longer text or path is cut (with `…`). */
export const VIESTIN_PITUUS = 4000
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

/** The learner's identity as the envelope gives it: the hetu and the names (whole, and their words), longest first. */
export function henkilönTunnisteet(henkilö: unknown): readonly string[] {
  const out = new Set<string>()
  for (const key of ['hetu', 'etunimet', 'kutsumanimi', 'sukunimi']) {
    const v = getOwn(henkilö, key)
    if (typeof v !== 'string') continue
    const whole = v.trim()
    if (whole.length >= 2) out.add(whole)
    for (const word of whole.split(/[\s-]+/)) if (word.length >= 2) out.add(word)
  }
  return [...out].sort((a, b) => b.length - a.length)
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
 * One call's masking: the identifiers found once, and a text equal to the one masked just before in the same slot
 * (fi, sv, en of a message or of a hint) not masked again: findings of one kind come together and repeat the same
 * texts, a thousand times for a broken list. Comparing with the previous text costs at most one pass and allocates
 * nothing (a cache by text would hash every distinct text once more).
 */
class Peittäjä {
  private readonly edelliset: (string | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined]
  private readonly tulokset: string[] = ['', '', '', '', '', '']
  constructor(private readonly tunnisteet: readonly string[]) {}

  private teksti(slot: number, text: string): string {
    if (this.edelliset[slot] === text) return this.tulokset[slot]!
    const out = peitäTunnisteet(text, this.tunnisteet)
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

/** The findings with the learner's identity masked in their paths and messages (hints too); unchanged ones are kept as they are. */
export function suojaaLöydökset(findings: readonly Finding[], henkilö: unknown): readonly Finding[] {
  if (findings.length === 0) return findings
  const tunnisteet = henkilönTunnisteet(henkilö)
  const peittäjä = new Peittäjä(tunnisteet)
  let out: Finding[] | undefined
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!
    const path = peitäTunnisteet(f.path, tunnisteet, POLUN_PITUUS)
    // the pointer holds the path's keys: rebuilt from the masked path when that changed, else masked itself only when
    // its escapes (`~0`, `~1`) make it differ from the path's text
    const pointer = path !== f.path ? jsonPointer(path) : f.pointer.indexOf('~') === -1 ? f.pointer : peitäTunnisteet(f.pointer, tunnisteet, POLUN_PITUUS)
    const message = peittäjä.viesti(f.message, 0)
    const hint = f.hint
    const peitettyHint = hint === undefined ? undefined : peittäjä.viesti(hint, 3)
    if (path === f.path && pointer === f.pointer && message === f.message && peitettyHint === hint) continue
    out ??= findings.slice()
    out[i] = peitettyHint === undefined ? { ...f, path, pointer, message } : { ...f, path, pointer, message, hint: peitettyHint }
  }
  return out ?? findings
}
