import { VIESTIN_PITUUS, merkinLuokka } from './yksityisyys/merkit'

/** A text in the three languages every finding carries. */
export interface Message {
  readonly fi: string
  readonly sv: string
  readonly en: string
}

/**
 * A message as the message modules write it: the text, and optionally a hint — what to do about it. `error()` and
 * `warning()` split the two, so that a finding's `message` is always exactly `{ fi, sv, en }`.
 */
export interface Viesti extends Message {
  readonly hint?: Message
  /**
   * The values the texts quote from the document, when the message names them (see `LainaavaViesti` in
   * src/yksityisyys): then only those are masked for privacy, else the whole texts.
   */
  readonly lainaukset?: readonly string[]
}

/** `error`: KOSKI rejects the document (KOSKI's key); `warning`: the official instructions forbid it and KOSKI lets it through. */
export type Severity = 'error' | 'warning'

/** The languages of a {@link Message}: `fi`, `sv`, `en`. */
export type Lang = keyof Message

/**
 * One thing wrong with a document.
 * - `error`: KOSKI would reject the document; `key` is KOSKI's own error key.
 * - `warning`: KOSKI accepts it but the official instructions forbid it; `key` starts with {@link WARNING_PREFIX}.
 * A finding never contains the learner's personal identity code or names.
 */
export interface Finding {
  readonly severity: Severity
  /** KOSKI's error key (errors) or our own stable key (warnings). */
  readonly key: string
  /** Our stable rule id, e.g. `G-JAKSO-1`, as in the rule catalogue. */
  readonly rule: string
  /**
   * Where in the input, for people: keys joined with `.`, array indices as `[n]`, e.g.
   * `opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]`; `''` for the whole input. A summary finding of `maxFindings`
   * writes `[*]` for the indices it stands for.
   */
  readonly path: string
  /**
   * The same place for programs: a JSON Pointer (RFC 6901) into the input, e.g.
   * `/opiskeluoikeudet/0/tila/opiskeluoikeusjaksot/1`; `''` for the whole input. Exact also for a key holding `.`,
   * `[`, `/` or `~` (structural findings build it from the keys themselves). Masked like `path` (a key shaped like a
   * hetu reads `***`, a key is cut at 200 characters); a summary finding of `maxFindings` has `*` for the indices.
   * {@link pointerSegments} splits it into keys.
   */
  readonly pointer: string
  /**
   * What is wrong. Errors: `fi` is KOSKI's own Finnish text word for word (what KOSKI would answer); `sv` and `en` are
   * this library's faithful translations. Warnings: all three are ours, citing the official instruction.
   */
  readonly message: Message
  /** Ours, in all three languages: what to do about it (which field to add or change, or what KOSKI really checks). */
  readonly hint?: Message
  /** For `badRequest.validation.jsonSchema`: KOSKI's errorType (`unexpectedProperty`, `missingProperty`, …). */
  readonly errorType?: string
}

/** Prefix of the keys of our own warnings (never `badRequest.`). */
export const WARNING_PREFIX = 'koskiValidation.'

/** KOSKI's key for every structural (deserialization) error. */
export const JSON_SCHEMA_KEY = 'badRequest.validation.jsonSchema'

/** `~` → `~0`, `/` → `~1`: a key as a JSON Pointer reference token. */
export const pointerToken = (key: string): string =>
  key.indexOf('~') === -1 && key.indexOf('/') === -1 ? key : key.replace(/~/g, '~0').replace(/\//g, '~1')

// what jsonPointer found of the path it read last (a rule finding's maker copies them into its Tiedot)
let polunMerkit = 0
let polunKuusi = false
let polunKenoton = true

/**
 * The JSON Pointer of a finding's path (`a.b[0]` → `/a/b/0`): one pass over the path, its runs between punctuation
 * copied as slices (a finding is made per problem: this stays a small part of its cost). A key holding `.`, `[` or `]`
 * cannot be told from the path's own punctuation, so the structural findings, whose keys may be anything, pass the
 * pointer they build from the keys themselves.
 *
 * The same pass finds what the masking would otherwise scan a rule's path again for (this is its first reader: a
 * path built of parts is flattened once, here): its `merkkijoukko`, whether it has six digits in a row or is longer
 * than the masking reads, and whether it has no `~` or `/` (src/yksityisyys: `merkkijoukko`, `kuusiNumeroa`; the
 * pointer then escapes nothing), kept in the `polun…` variables for the finding's maker. A test checks each against
 * its own module's function.
 */
export function jsonPointer(path: string): string {
  const n = path.length
  let merkit = 0
  let peräkkäin = 0
  let kuusi = n > VIESTIN_PITUUS
  let kenoton = true
  let out = n === 0 ? '' : '/'
  let start = 0
  for (let i = 0; i < n; i++) {
    const c = path.charCodeAt(i)
    merkit |= merkinLuokka(c)
    if (c >= 48 && c <= 57) {
      if (++peräkkäin === 6) kuusi = true
      continue
    }
    peräkkäin = 0
    if (c === 46 || c === 91) {
      // `.` or `[`: a new reference token (a leading `[` has its `/` already)
      if (i > start) out += path.slice(start, i)
      if (i > 0) out += '/'
      start = i + 1
    } else if (c === 93) {
      if (i > start) out += path.slice(start, i)
      start = i + 1
    } else if (c === 126 || c === 47) {
      if (i > start) out += path.slice(start, i)
      out += c === 126 ? '~0' : '~1'
      start = i + 1
      kenoton = false
    }
  }
  polunMerkit = merkit
  polunKuusi = kuusi
  polunKenoton = kenoton
  return start < n ? out + path.slice(start) : out
}

/**
 * `K` when it is a string literal type (or a union of them), else `never`: a key written in our code, not read from a
 * document (a parameter of this type takes `'lisätiedot'`, not a `string`).
 */
export type Kirjaimellinen<K extends string> = K & (string extends K ? never : unknown)

// the pointers of the literal key runs OmaPolku.polku was given (code constants: a bounded set), each built once
const RUNTEN_OSOITTIMET = /* @__PURE__ */ new Map<string, string>()

/**
 * A path of ours (a rule's `RuleContext.polku` and what is built on it): a study right's path as `validate` gives it to
 * the rules (`OmaPolku.opiskeluoikeus`), extended only by our own field names (string literal types: {@link Kirjaimellinen})
 * and indices, with its JSON Pointer built of the same parts. No key of it comes from a document, so a finding given
 * one (the rules' `error` and `warning`) is made without reading the path for its pointer, and the masking leaves path
 * and pointer as they are without scanning them (as it leaves our keys in a structural finding's path). Its
 * `toString` is the path: a template that extends it (`${p}.alku`) gives the plain path, whose pointer is then read
 * from it as for any string.
 */
export class OmaPolku {
  private constructor(
    /** The path, as a finding's `path` writes it. */
    readonly path: string,
    /** Its JSON Pointer, as a finding's `pointer` writes it. */
    readonly pointer: string,
  ) {}

  /**
   * The root of a rule's paths given as the study right's path, as a rule context writes it (RuleContext's `path`:
   * `opiskeluoikeudet[0]`, or `''` for a single study right), for a context built by hand (a test's): the caller
   * vouches that the path is ours. `validate` builds its own with {@link OmaPolku.opiskeluoikeus}.
   */
  static juuri(path: string): OmaPolku {
    return new OmaPolku(path, jsonPointer(path))
  }

  /** The root of the rules' paths in the study right `index` of `opiskeluoikeudet` (undefined: the input is a single study right, `''`). */
  static opiskeluoikeus(index: number | undefined): OmaPolku {
    return index === undefined ? new OmaPolku('', '') : new OmaPolku(`opiskeluoikeudet[${index}]`, `/opiskeluoikeudet/${index}`)
  }

  /** This path's field `key` (written in our code). */
  kenttä<K extends string>(key: Kirjaimellinen<K>): OmaPolku {
    return new OmaPolku(this.path === '' ? key : `${this.path}.${key}`, `${this.pointer}/${key}`)
  }

  /**
   * This path extended by `run`, field names and indices of ours as a path writes them, beginning with a field name
   * (`tila.opiskeluoikeusjaksot[0]`, a string literal type): its pointer is built once for each such run.
   */
  polku<K extends string>(run: Kirjaimellinen<K>): OmaPolku {
    let osoitin = RUNTEN_OSOITTIMET.get(run)
    if (osoitin === undefined) RUNTEN_OSOITTIMET.set(run, (osoitin = jsonPointer(run)))
    return new OmaPolku(this.path === '' ? run : `${this.path}.${run}`, this.pointer + osoitin)
  }

  /** This path's item `i` (of a list). */
  alkio(i: number): OmaPolku {
    return new OmaPolku(`${this.path}[${i}]`, `${this.pointer}/${i}`)
  }

  /** The path (see {@link OmaPolku.path}). */
  toString(): string {
    return this.path
  }
}

// a JSON Pointer's keys: written on the ground floor (src/json), which the CLI's line scan uses too
export { pointerSegments } from './json'

/** Joins a path and a child key or index the way findings write paths. */
export const childPath = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`

/**
 * Makes `{ fi, sv, en }`.
 *
 * Findings and their texts are made by constructors, not object literals, and are plain objects all the same: their
 * prototype is Object.prototype, so a finding is `{ severity, key, … }` to every reader, to JSON, structuredClone and
 * deep equality alike. Why: V8 watches where each object literal is made and, when most of those made since a
 * young-generation collection survive it, makes all that literal's later objects in the old generation
 * ("pretenuring"). A broken document's thousand findings are made in one call and all kept until it returns; a
 * collection inside such a call did that, and from then on every call's findings and texts were collected only by
 * full collections. Measured: of five processes that validated (g)'s document and then (h)'s with the literals' build,
 * four took 1 207–1 265 µs for (h) against 520–595 µs; of twenty with the constructors, none more than 670 µs. An
 * object made by `new` is not moved there by that rule. The price: a thousand findings made by constructors take a
 * little longer than by literals ((g∞) 1.03–1.04 of its time).
 */
interface Tekstit {
  new (fi: string, sv: string, en: string): Message
}
type Muokattava<T> = { -readonly [K in keyof T]-?: T[K] }
/** `constructor`, its objects given Object.prototype as theirs (plain objects); a pure call, left out when unused. */
const tavallinen = <C>(constructor: (this: never, ...args: never[]) => void): C => {
  constructor.prototype = Object.prototype
  return constructor as unknown as C
}
const Tekstit = /* @__PURE__ */ tavallinen<Tekstit>(function (this: Muokattava<Message>, fi: string, sv: string, en: string): void {
  this.fi = fi
  this.sv = sv
  this.en = en
})

/*
 * The findings' constructors, one per shape (which of `hint` and `errorType` it has), each assigning all its keys in
 * the order severity, key, rule, path, pointer, message, hint, errorType: V8 sizes a constructor's objects by the first
 * ones it makes, and one constructor of optional keys made a finding of eight keys that came after findings of seven
 * with its eighth key outside the object.
 */
type Rakentaja<A extends unknown[]> = new (severity: Severity, key: string, rule: string, path: string, pointer: string, message: Message, ...rest: A) => Finding
/** The six keys every finding has, put on one being made. */
const perusta = (f: Muokattava<Finding>, severity: Severity, key: string, rule: string, path: string, pointer: string, message: Message): void => {
  f.severity = severity
  f.key = key
  f.rule = rule
  f.path = path
  f.pointer = pointer
  f.message = message
}
const Perus = /* @__PURE__ */ tavallinen<Rakentaja<[]>>(function (this: Muokattava<Finding>, s: Severity, k: string, r: string, p: string, o: string, m: Message): void {
  perusta(this, s, k, r, p, o, m)
})
const Virheineen = /* @__PURE__ */ tavallinen<Rakentaja<[errorType: string]>>(function (this: Muokattava<Finding>, s: Severity, k: string, r: string, p: string, o: string, m: Message, errorType: string): void {
  perusta(this, s, k, r, p, o, m)
  this.errorType = errorType
})
const Vihjeineen = /* @__PURE__ */ tavallinen<Rakentaja<[hint: Message]>>(function (this: Muokattava<Finding>, s: Severity, k: string, r: string, p: string, o: string, m: Message, hint: Message): void {
  perusta(this, s, k, r, p, o, m)
  this.hint = hint
})
const Molemmin = /* @__PURE__ */ tavallinen<Rakentaja<[hint: Message, errorType: string]>>(function (this: Muokattava<Finding>, s: Severity, k: string, r: string, p: string, o: string, m: Message, hint: Message, errorType: string): void {
  perusta(this, s, k, r, p, o, m)
  this.hint = hint
  this.errorType = errorType
})

/** A finding made by the constructor of its shape (which of `hint` and `errorType` it has). */
const rakenna = (severity: Severity, key: string, rule: string, path: string, pointer: string, message: Message, hint: Message | undefined, errorType: string | undefined): Finding =>
  hint === undefined
    ? errorType === undefined
      ? new Perus(severity, key, rule, path, pointer, message)
      : new Virheineen(severity, key, rule, path, pointer, message, errorType)
    : errorType === undefined
      ? new Vihjeineen(severity, key, rule, path, pointer, message, hint)
      : new Molemmin(severity, key, rule, path, pointer, message, hint, errorType)

/** The text of a message without its hint: exactly `{ fi, sv, en }`. */
const teksti = (v: Viesti): Message => new Tekstit(v.fi, v.sv, v.en)

/** A finding's `message`, and its `hint` when the message has one. */
export const viesti = (v: Viesti): { readonly message: Message; readonly hint?: Message } =>
  v.hint === undefined ? { message: teksti(v) } : { message: teksti(v), hint: teksti(v.hint) }

/**
 * What the maker of a finding knew of it, kept with the finding where no caller sees it ({@link tiedotOf}):
 * - `viesti`: the values its message and hint quote from the document (the privacy masking masks those only);
 * - `polku`: the keys of its path that are not ours (`undefined`: not known, the path is masked whole);
 * - `kuvio`: findings with the same number (each maker takes new ones from {@link uusiKuvio}) have paths of one pattern (`polunKuvio`), and `tiiviste` is
 *   that pattern's hash (`kuvionTiiviste`): maxFindings groups them without reading their paths. A maker whose
 *   maxFindings is Infinity (nothing is ever grouped) builds no hash: `undefined`, and a grouping reads the path;
 * - `kenoton`: the JSON Pointer escapes none of the keys of `polku` (none has `~` or `/`); `undefined`: not known;
 * - `polunMerkit`, `polunKuusi`: of the keys of `polku` together, their character classes and whether any has six
 *   digits in a row (src/yksityisyys: `merkkijoukko`, `kuusiNumeroa`), as the maker found them scanning the keys;
 *   `undefined`: not known.
 * Of a path whose keys are not known (`polku` undefined: a rule's), `kenoton`, `polunMerkit` and `polunKuusi`, when
 * given, are of the whole path's text, as its maker found them building its pointer.
 */
export interface Tiedot {
  readonly viesti: readonly string[]
  readonly polku: readonly string[] | undefined
  readonly kuvio: number | undefined
  readonly tiiviste: number | undefined
  readonly kenoton: boolean | undefined
  readonly polunMerkit: number | undefined
  readonly polunKuusi: boolean
}

/**
 * {@link Tiedot} kept as a JS private field put on the finding object itself by the base-class constructor that
 * returns the object it is given, so the finding stays a plain object of its usual shape (`Object.keys`, JSON,
 * `structuredClone` and equality are as without it). Any copy of the finding (`{ ...f }`) is without it, and is then
 * masked whole and grouped by its path: what is kept cannot outlive the texts it describes.
 */
class Sama {
  constructor(o: object) {
    return o
  }
}
class Merkitty extends Sama {
  readonly #tiedot: Tiedot
  private constructor(o: object, tiedot: Tiedot) {
    super(o)
    this.#tiedot = tiedot
  }
  /** Marks a fresh object (once: a second mark of the same object would throw). */
  static merkitse(o: object, tiedot: Tiedot): void {
    new Merkitty(o, tiedot)
  }
  static lue(o: object): Tiedot | undefined {
    if (!(#tiedot in o)) return undefined
    const tiedot = (o as Merkitty).#tiedot
    return tiedot === EI_TIEDOSSA ? undefined : tiedot
  }
}

/**
 * The mark of a finding whose maker knew nothing of it ({@link tiedotOf} reads it as none). Every finding our makers
 * make is marked, with it when nothing is known: a mark adds to the finding's hidden class, and findings of a shape
 * marked and not marked were two classes where one will do. The masking and maxFindings read every finding of a call;
 * with no more than four classes of findings (one per constructor) their reads stay of a few shapes (after (g)'s and
 * TUVA's findings there were five, and the masking of (h)'s thousand findings took 46 µs against 24 µs).
 */
const EI_TIEDOSSA: Tiedot = /* @__PURE__ */ Object.freeze({ viesti: [], polku: undefined, kuvio: undefined, tiiviste: undefined, kenoton: undefined, polunMerkit: undefined, polunKuusi: true })

/** What the maker of `finding` knew of it, or undefined (see {@link Tiedot}). */
export const tiedotOf = (finding: Finding): Tiedot | undefined => Merkitty.lue(finding)

/** Nothing quoted: a message of our wording alone, a path of our field names and indices alone. */
export const EI_LAINAUKSIA: readonly string[] = Object.freeze([])

/**
 * The one value `key` quoted, as a list of quotes: made by `new Array`, not a literal `[key]`. A literal's arrays are
 * pretenured as findings were (see Tekstit): the thousand unknown keys of a broken object each have one, kept until the
 * call returns, and after other documents' findings the literal's arrays were made in the old generation — (h)'s
 * findings took 223–237 µs to build against 186–192 µs so (its validate 383–437 against 341–347 µs).
 */
export const lainauksena = (key: string): readonly string[] => {
  const lista = new Array<string>(1)
  lista[0] = key
  return lista
}

// the last number given by uusiKuvio. A finding's kuvio is compared only with the kuvio of another of one validate
// call, so the numbers may wrap (at 2³⁰, staying small integers): two patterns share one only when a single call makes
// a billion patterns in between, which no input of a bounded size does.
let kuvioita = 0
/** A number for a new path pattern, no other maker's ({@link Tiedot}'s `kuvio`). */
export const uusiKuvio = (): number => (kuvioita = (kuvioita + 1) & 0x3fffffff)

/**
 * Where a structural error stands: its path's keys not ours, and its pattern (see {@link Tiedot}); its last key
 * (`avain`, as the path writes it) and, when that is a key not ours that was scanned, its character kinds for the
 * "did you mean" (`avaimenLajit`, `lajit` of src/messages/lahinKentta; else -1).
 */
export interface Paikka {
  readonly polku: readonly string[]
  readonly kuvio: number
  readonly tiiviste: number | undefined
  readonly kenoton: boolean
  readonly polunMerkit: number
  readonly polunKuusi: boolean
  readonly avain: string
  readonly avaimenLajit: number
}

/** A {@link Tiedot}, of a class: kept as long as its finding is, so made by `new` (see Tekstit). */
class Tieto implements Tiedot {
  constructor(
    readonly viesti: readonly string[],
    readonly polku: readonly string[] | undefined,
    readonly kuvio: number | undefined,
    readonly tiiviste: number | undefined,
    readonly kenoton: boolean | undefined,
    readonly polunMerkit: number | undefined,
    readonly polunKuusi: boolean,
  ) {}
}

/** The Tiedot of a finding quoting `viesti` at the place `paikka` (a structural finding's: its path's maker knows it). */
const paikanTiedot = (viesti: readonly string[], paikka: Paikka): Tiedot =>
  new Tieto(viesti, paikka.polku, paikka.kuvio, paikka.tiiviste, paikka.kenoton, paikka.polunMerkit, paikka.polunKuusi)

// the Tiedot made last, given again to the next finding of the same place and quotes (a broken list: one for all)
let edelliset: Tiedot | undefined

const tiedot = (viesti: readonly string[], paikka: Paikka | undefined): Tiedot => {
  const polku = paikka?.polku
  const kuvio = paikka?.kuvio
  const e = edelliset
  if (e !== undefined && e.viesti === viesti && e.polku === polku && e.kuvio === kuvio) return e
  return (edelliset = paikka === undefined ? new Tieto(viesti, undefined, undefined, undefined, undefined, undefined, true) : paikanTiedot(viesti, paikka))
}

/** The Tiedot of a finding whose path's keys are not known (a rule's): its quotes, and of its whole path what {@link jsonPointer} found. */
const kokoPolunTiedot = (viesti: readonly string[]): Tiedot => new Tieto(viesti, undefined, undefined, undefined, polunKenoton, polunMerkit, polunKuusi)

// the Tiedot made last for a path of ours, given again to the next finding of the same quotes
let edellinenOma: Tiedot | undefined

/** The Tiedot of a finding whose path is an {@link OmaPolku}: its quotes; no key of its path is not ours (none has `~` or `/`). */
const omanPolunTiedot = (viesti: readonly string[]): Tiedot => {
  const e = edellinenOma
  if (e !== undefined && e.viesti === viesti) return e
  return (edellinenOma = new Tieto(viesti, EI_LAINAUKSIA, undefined, undefined, true, 0, false))
}

/**
 * A finding made by its shape's constructor (no spread of {@link viesti}'s object: findings are made per problem,
 * thousands for a broken document). `pointer` defaults to the path's {@link jsonPointer} (an {@link OmaPolku} brings
 * its own). A message that names what it quotes marks the finding with it.
 */
const löydös = (
  severity: Severity,
  key: string,
  rule: string,
  polku: string | OmaPolku,
  v: Viesti,
  errorType: string | undefined,
  paikka: Paikka | undefined,
  osoitin: string | undefined,
): Finding => {
  const message = teksti(v)
  const hint = v.hint
  const lainaukset = v.lainaukset
  const oma = typeof polku !== 'string'
  const path = oma ? polku.path : polku
  // a finding marked for the masking whose path's keys are not known (a rule's string) keeps the whole path's classes
  // that jsonPointer found building its pointer
  const kokoPolku = !oma && osoitin === undefined && paikka === undefined && lainaukset !== undefined
  const pointer = oma ? polku.pointer : (osoitin ?? jsonPointer(path))
  const f = rakenna(severity, key, rule, path, pointer, message, hint === undefined ? undefined : teksti(hint), errorType)
  Merkitty.merkitse(f, lainaukset === undefined ? EI_TIEDOSSA : oma ? omanPolunTiedot(lainaukset) : kokoPolku ? kokoPolunTiedot(lainaukset) : tiedot(lainaukset, paikka))
  return f
}

/**
 * `finding` at `path` and `pointer` with the texts `message` and `hint` (or none): a copy of its severity, key, rule
 * and errorType — maxFindings' summary of a group, and a finding the masking changed. Made by the constructor of its
 * shape, as every finding is, and marked as knowing nothing of its texts (the masking masks it whole).
 */
export const toisin = (finding: Finding, path: string, pointer: string, message: Message, hint: Message | undefined): Finding => {
  const f = rakenna(finding.severity, finding.key, finding.rule, path, pointer, message, hint, finding.errorType)
  Merkitty.merkitse(f, EI_TIEDOSSA)
  return f
}

/**
 * An error finding; `pointer` only when the path cannot give it exactly (structural findings: keys may hold `.` or `[`).
 * A rule gives its path as an {@link OmaPolku} where it can (its pointer comes with it).
 */
export const error = (rule: string, key: string, path: string | OmaPolku, message: Viesti, errorType?: string, pointer?: string): Finding =>
  löydös('error', key, rule, path, message, errorType, undefined, pointer)

/**
 * A structural error whose path's maker (src/codecs/errors.ts) knows its keys not ours, its pattern and its JSON
 * Pointer (built from the keys themselves). `key` is KOSKI's jsonSchema key but for a document its parser rejects.
 */
export const rakennevirhe = (
  rule: string,
  path: string,
  paikka: Paikka,
  message: Viesti,
  errorType: string | undefined,
  pointer: string,
  key: string = JSON_SCHEMA_KEY,
): Finding => löydös('error', key, rule, path, message, errorType, paikka, pointer)

/**
 * An unknown key's structural error (`unexpectedProperty`) from its texts themselves, with no message object between
 * (a broken object has a thousand unknown keys): the finding {@link rakennevirhe} makes of the message
 * `{ fi, sv, en, hint, lainaukset }`, its object built at one site, so that its reads stay of one shape.
 */
export const tuntemattomanKentänVirhe = (
  rule: string,
  path: string,
  paikka: Paikka,
  pointer: string,
  fi: string,
  sv: string,
  en: string,
  hint: Message,
  lainaukset: readonly string[],
): Finding => {
  const f = new Molemmin('error', JSON_SCHEMA_KEY, rule, path, pointer, new Tekstit(fi, sv, en), teksti(hint), 'unexpectedProperty')
  // a mark of its own (the keys of a broken object have places of their own: the memo of tiedot would not hold)
  Merkitty.merkitse(f, paikanTiedot(lainaukset, paikka))
  return f
}

export const warning = (rule: string, key: string, path: string | OmaPolku, message: Viesti): Finding =>
  löydös('warning', key.startsWith(WARNING_PREFIX) ? key : WARNING_PREFIX + key, rule, path, message, undefined, undefined, undefined)

/** The same message in every language (used for texts that are codes or dates only). */
export const same = (text: string): Message => ({ fi: text, sv: text, en: text })

/**
 * `findings` appended to `out` (an index loop: a for-of made an iterator result per finding; `push(...findings)` of a
 * thousand structural findings was measured no faster, and slower for 1 000 wrong dates).
 */
export const lisääKaikki = (out: Finding[], findings: readonly Finding[]): void => {
  for (let i = 0; i < findings.length; i++) out.push(findings[i]!)
}
