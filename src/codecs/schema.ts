/**
 * The building blocks of our strict io-ts codecs (stable io-ts 2.2 API: `t.Type`).
 *
 * KOSKI deserializes strictly: unknown keys, empty strings, malformed dates and unknown codes are rejected with
 * `badRequest.validation.jsonSchema` and an errorType. io-ts has no strict mode that *reports* unknown keys
 * (`t.exact` strips them), and `t.union` tries every member; these combinators report unknown keys and resolve
 * unions by a discriminator with one lookup. Every failure carries a {@link SchemaIssue} (as `issue` on the io-ts error).
 */
import * as t from 'io-ts'
import { isCalendarDate } from '../date'
import type { Message } from '../finding'
import { at, getOwn, isRecord, stringAt } from '../json'
import { lainaus } from '../yksityisyys'

// ---------------------------------------------------------------------------------------------------------------
// Issues: what a structural failure means, one interface per kind with the facts its message needs

/** KOSKI's errorType and our rule id, common to every issue. */
interface Issue<E extends string, R extends string = string> {
  readonly errorType: E
  readonly rule: R
}

/** A key the class does not have (S-1). `kentät`: the class' own fields (required and optional). */
export interface UnexpectedPropertyIssue extends Issue<'unexpectedProperty', 'S-1' | 'M-MK-1'> {
  readonly key: string
  readonly luokka: string
  readonly kentät: readonly string[]
}
/** A required field absent or null (S-2). */
export type MissingPropertyIssue = Issue<'missingProperty', 'S-2'>
/** A value of the wrong JSON type (S-2): `expected`/`received` are JSON type names (`string`, `array`, …) or a codec's name. */
export interface UnexpectedTypeIssue extends Issue<'unexpectedType', 'S-2'> {
  readonly expected: string
  readonly received: string
}
/** `""` (S-3). */
export type EmptyStringIssue = Issue<'emptyString', 'S-3'>
/** Not a date `yyyy-MM-dd` that is a real calendar day, or not a timestamp `yyyy-MM-ddTHH:mm[:ss[.fff]]` (S-4). */
export interface DateFormatIssue extends Issue<'dateFormatMismatch', 'S-4'> {
  readonly format: 'yyyy-MM-dd' | 'yyyy-MM-ddTHH:mm:ss'
}
/** A string that does not match a pattern (S-13 oids, S-14 y-tunnus). */
export interface PatternIssue extends Issue<'regularExpressionMismatch'> {
  readonly pattern: string
}
/** A number not greater than `limit` (`@MinValueExclusive`, S-10). */
export interface ExclusiveMinimumIssue extends Issue<'smallerThanOrEqualToExclusiveMinimumValue'> {
  readonly limit: number
}
/** A number smaller than `limit` (`@MinValue`, S-11). */
export interface MinimumIssue extends Issue<'smallerThanMinimumValue'> {
  readonly limit: number
}
/** A number not smaller than `limit` (`@MaxValueExclusive`, S-11). */
export interface ExclusiveMaximumIssue extends Issue<'greaterThanOrEqualToExclusiveMaximumValue'> {
  readonly limit: number
}
/** A number greater than `limit` (`@MaxValue`, S-11; an ammatillinen keskiarvo above 5). */
export interface MaximumIssue extends Issue<'greaterThanMaximumValue'> {
  readonly limit: number
}
/**
 * A field KOSKI allows only when another value is one of `allowed` (a property's `@OnlyWhen`, S-8), e.g. an ammatillinen
 * keskiarvo only when the suoritustapa is ops or reformi. `ehto`: the deciding value's path from the field's object
 * (`suoritustapa.koodiarvo`, `../../../../tyyppi.koodiarvo`).
 */
export interface OnlyWhenIssue extends Issue<'onlyWhenMismatch', 'S-8'> {
  readonly field: string
  readonly ehto: string
  readonly allowed: readonly string[]
}
/** A list shorter than `limit` (S-9). */
export interface MinItemsIssue extends Issue<'lessThanMinimumNumberOfItems', 'S-9'> {
  readonly limit: number
}
/** A list longer than `limit` (S-9). */
export interface MaxItemsIssue extends Issue<'moreThanMaximumNumberOfItems', 'S-9'> {
  readonly limit: number
}
/** A Koodistokoodiviite of another koodisto than the class allows (S-5), reported at its `koodistoUri`. */
export interface KoodistoUriIssue extends Issue<'enumValueMismatch', 'S-5'> {
  readonly field: 'koodistoUri'
  readonly allowed: readonly string[]
  readonly received: string
}
/** A koodiarvo the class does not allow (`@KoodistoKoodiarvo`, S-6), reported at the koodiarvo. */
export interface KoodiarvoIssue extends Issue<'enumValueMismatch', 'S-6'> {
  readonly field: 'koodiarvo'
  readonly koodistoUri: string
  readonly allowed: readonly string[]
  readonly received: string
}
/** A code not in the shipped snapshot of its koodisto (S-7; KOSKI's text). */
export interface TuntematonKoodiIssue extends Issue<'tuntematonKoodi', 'S-7'> {
  readonly koodistoUri: string
  readonly koodiarvo: string
}
/**
 * A recursive osasuoritus nested deeper than `limit` levels (S-16): KOSKI's JSON parser rejects a document nested that
 * deep (Jackson's `maxNestingDepth` 1000) with `badRequest.format.json` before any schema check.
 */
export interface LiianSyväIssue extends Issue<'liianSyvä', 'S-16'> {
  readonly limit: number
}
/** A period whose loppu is before its alku, or that has a loppu but no alku (S-12; KOSKI's text). */
export interface JaksonLoppuEnnenAlkuaIssue extends Issue<'jaksonLoppuEnnenAlkua', 'S-12'> {
  readonly alku?: string
  readonly loppu: string
}

/** S-1's issue as {@link strict} makes it, one per unknown key: of a class, for the reason {@link Kohta} gives. */
class TuntematonKenttä implements UnexpectedPropertyIssue {
  readonly errorType = 'unexpectedProperty'
  readonly rule = 'S-1'
  constructor(
    readonly key: string,
    readonly luokka: string,
    readonly kentät: readonly string[],
  ) {}
}

// notAnyOf: no member of a union fits. `union` says what kind of union failed.

/**
 * `notAnyOf` of one kind of union. `kohde` names the thing in words particular to one study-right type (attached by
 * that type's codec, e.g. "TUVA-opiskeluoikeuden lisätiedot"); the messages are generic without it.
 */
interface NotAnyOf<U extends string> extends Issue<'notAnyOf'> {
  readonly union: U
  readonly kohde?: Message
}

/** How a code fails a union's criteria on it: no code at all, another koodisto, or a value not allowed. */
export type KoodinPoikkeama = 'puuttuu' | 'koodistoUri' | 'koodiarvo'

/** A code as given (a part that is missing or not a JSON string/number/boolean is absent). */
export interface AnnettuKoodi {
  readonly koodistoUri?: string
  readonly koodiarvo?: string
}

/** The code that chose the class, when another field than the failing one decides (KOSKI's `@OnlyWhen`). */
export interface Valitsija {
  /** The field's path from the parent or the value itself, e.g. `järjestämislupa`, `koulutusmoduuli.tunniste`. */
  readonly field: string
  readonly koodistoUri: string
  readonly koodiarvo: string
}

/**
 * The member is told by a code at `field` of the value (a discriminator or `@OnlyWhen`): `koodistoUri` with one of
 * `allowed`. Rule S-5 (another koodisto), S-6 (another value) or S-8 (no code), as the codec decides.
 */
export interface KoodiUnionIssue extends NotAnyOf<'koodi'> {
  readonly field: string
  readonly koodistoUri: string
  readonly allowed: readonly string[]
  readonly poikkeama: KoodinPoikkeama
  readonly annettu: AnnettuKoodi
}
/** A suoritus class told by its `tyyppi` (koodisto suorituksentyyppi): one of `allowed`, or any code of it when absent. */
export interface SuoritusUnionIssue extends NotAnyOf<'suoritus'> {
  readonly allowed?: readonly string[]
  readonly poikkeama: KoodinPoikkeama
  readonly annettu: AnnettuKoodi
  readonly valitsija?: Valitsija
}
/** A study right told by its `tyyppi` (koodisto opiskeluoikeudentyyppi): one of the types this version decodes. */
export interface OpiskeluoikeusUnionIssue extends NotAnyOf<'opiskeluoikeus'> {
  readonly allowed: readonly string[]
  readonly poikkeama: KoodinPoikkeama
  readonly annettu: AnnettuKoodi
}
/** An organisation of no form: `OrganisaatioWithOid` needs an oid; `Organisaatio` one form of most weight (`monitulkintainen`: two tie). */
export interface OrganisaatioUnionIssue extends NotAnyOf<'organisaatio'> {
  readonly luokka: 'OrganisaatioWithOid' | 'Organisaatio'
  readonly monitulkintainen: boolean
}
/** A henkilö of no form (`muodot`): a key no form has (`vieras`), the nearest form and what it lacks (`lähin`), or not an object (neither). */
export interface HenkilöUnionIssue extends NotAnyOf<'henkilö'> {
  readonly muodot: readonly string[]
  readonly vieras?: string
  /** `nullArvoinen`: some key of the henkilö has the value null (it counts as present, which the message then says). */
  readonly lähin?: { readonly muoto: string; readonly puuttuvat: readonly string[]; readonly ylimääräiset: readonly string[]; readonly nullArvoinen: boolean }
}
/** A LocalizedString with a key other than fi/sv/en (`tuntematonKieli`), or with no language at all. */
export interface LocalizedStringUnionIssue extends NotAnyOf<'localizedString'> {
  readonly tuntematonKieli?: string
}
/**
 * A member without discriminators is chosen by "no other properties than" its own (a null-valued key counts): `key` is
 * not among the fields (`kentät`) of the class that applies (`luokka`, chosen by `valitsija` when one decides).
 * `muissaJäsenissä`: another member of the union has that field (it belongs to another choice, e.g. another järjestämislupa).
 */
export interface KenttäUnionIssue extends NotAnyOf<'kenttä'> {
  readonly key: string
  readonly luokka: string
  readonly kentät: readonly string[]
  readonly muissaJäsenissä: boolean
  readonly valitsija?: Valitsija
}
/** Such a member's required field `key` is absent (KOSKI's criteria count a null value as present). */
export interface PakollinenUnionIssue extends NotAnyOf<'pakollinen'> {
  readonly key: string
  readonly luokka: string
}
/** The class is chosen by a code outside the value (`@OnlyWhen("../…")`) that is missing or none of `allowed`. */
export interface ValitsijaUnionIssue extends NotAnyOf<'valitsija'> {
  readonly field: string
  readonly koodistoUri: string
  readonly allowed: readonly string[]
}
/** A union of classes (`luokka`; `kentät` when they are one class' fields) given something that is not an object. */
export interface OlioUnionIssue extends NotAnyOf<'olio'> {
  readonly luokka: string
  readonly kentät?: readonly string[]
}
/** Neither a local code `{ koodiarvo, nimi, koodistoUri? }` nor a code of one of `koodistot` (a koulutusmoduuli tunniste of some types). */
export interface PaikallinenTaiKoodistokoodiUnionIssue extends NotAnyOf<'paikallinenTaiKoodistokoodi'> {
  readonly koodistot: readonly string[]
}

export type NotAnyOfIssue =
  | KoodiUnionIssue
  | SuoritusUnionIssue
  | OpiskeluoikeusUnionIssue
  | OrganisaatioUnionIssue
  | HenkilöUnionIssue
  | LocalizedStringUnionIssue
  | KenttäUnionIssue
  | PakollinenUnionIssue
  | ValitsijaUnionIssue
  | OlioUnionIssue
  | PaikallinenTaiKoodistokoodiUnionIssue

/**
 * What a structural failure means: KOSKI's errorType (the discriminator; `notAnyOf` by `union`, `enumValueMismatch` by
 * `field`), our rule id, and exactly the facts its message needs. `messages/schema.ts` switches over it exhaustively.
 */
export type SchemaIssue =
  | UnexpectedPropertyIssue
  | MissingPropertyIssue
  | UnexpectedTypeIssue
  | EmptyStringIssue
  | DateFormatIssue
  | PatternIssue
  | ExclusiveMinimumIssue
  | MinimumIssue
  | ExclusiveMaximumIssue
  | MaximumIssue
  | OnlyWhenIssue
  | MinItemsIssue
  | MaxItemsIssue
  | KoodistoUriIssue
  | KoodiarvoIssue
  | TuntematonKoodiIssue
  | JaksonLoppuEnnenAlkuaIssue
  | LiianSyväIssue
  | NotAnyOfIssue

/** An io-ts error made by our combinators: the issue itself rides on it (nothing serialised and parsed back). */
export interface IssueError extends t.ValidationError {
  readonly issue: SchemaIssue
}

/** io-ts' own `message`: a short text for io-ts reporters (the issue itself is on {@link IssueError.issue}). */
const lyhyesti = (issue: SchemaIssue): string => `${issue.errorType} (${issue.rule})`

const typeName = (u: unknown): string => (u === null ? 'null' : Array.isArray(u) ? 'array' : typeof u)

/**
 * The issue of an io-ts error: ours carry it; any other (a plain io-ts codec inside one of ours) is an
 * `unexpectedType` against that codec's name.
 */
export const issueOf = (e: t.ValidationError): SchemaIssue => {
  const issue = (e as Partial<IssueError>).issue
  if (issue !== undefined) return issue
  const expected = e.context.length > 0 ? e.context[e.context.length - 1]!.type.name : 'unknown'
  return { errorType: 'unexpectedType', rule: 'S-2', expected, received: typeName(e.value) }
}

/**
 * A failure carrying its issue. io-ts' `message` (a short text for io-ts reporters) is made only when read: a broken
 * document fails a thousand times, and none of our own readers needs it.
 */
class Virhe implements IssueError {
  constructor(
    readonly value: unknown,
    readonly context: t.Context,
    readonly issue: SchemaIssue,
  ) {}
  get message(): string {
    return lyhyesti(this.issue)
  }
}

/**
 * The entry a failure adds to its context for the child that failed ({@link failureAt}), of a class (not an object
 * literal): V8 watches where each literal is made and, when most of those made since a collection survive the next
 * one, makes that literal's later objects in the old generation for good. A broken document's thousand failures are
 * made in one call and kept until its findings are built: a collection within such a call put them, and every later
 * call's, in the old generation, and decoding (h)'s document took 1.6–1.7× as long in that process (195 µs against
 * 120 µs, in 5 processes of 5 after (g)). An object made by `new` is not moved there so. The entries a reader pushes
 * while it reads a child ({@link lueLapsi}) stay literals: most are popped at once, and a class there made a valid
 * document 1–2 % slower.
 */
class Kohta implements t.ContextEntry {
  constructor(
    readonly key: string,
    readonly type: t.Decoder<unknown, unknown>,
    readonly actual: unknown,
  ) {}
}

/**
 * The unknown keys of one object (S-1 of a class with the default {@link StrictOptions.unknownKey}), as one failure
 * while our readers decode: the object's context copied once, and the keys and their values in the object's order.
 * It stands for one io-ts error per key: the codecs' `validate` (io-ts' API) gives those ({@link avattuna}: each as
 * {@link failureAt} made it), and src/codecs/errors.ts builds a finding per key from it directly. A thousand unknown
 * keys made a thousand contexts, errors and issues that only the findings' builder read.
 */
export class Tuntemattomat implements IssueError {
  readonly avaimet: string[] = []
  readonly arvot: unknown[] = []
  constructor(
    /** The context of the object whose keys these are (copied). */
    readonly pohja: t.Context,
    readonly luokka: string,
    readonly kentät: readonly string[],
  ) {}
  /** The issue of the key `j`. */
  kenttä(j: number): UnexpectedPropertyIssue {
    return new TuntematonKenttä(lainaus(this.avaimet[j]!), this.luokka, this.kentät)
  }
  /** The io-ts error of the key `j`, as {@link failureAt} makes it. */
  virhe(j: number): IssueError {
    return failureAt(this.arvot[j], this.pohja, this.avaimet[j]!, Ohitettava, this.kenttä(j))
  }
  // as the first key's error (for a reader that does not know of groups)
  get value(): unknown {
    return this.arvot[0]
  }
  get context(): t.Context {
    return this.virhe(0).context
  }
  get issue(): SchemaIssue {
    return this.kenttä(0)
  }
  get message(): string {
    return lyhyesti(this.issue)
  }
}

/** `virheet` with each {@link Tuntemattomat} given as its keys' errors (the same array when there is none). */
export const avattuna = (virheet: t.ValidationError[]): t.ValidationError[] => {
  let i = 0
  while (i < virheet.length && !(virheet[i] instanceof Tuntemattomat)) i++
  if (i === virheet.length) return virheet
  const out = virheet.slice(0, i)
  for (; i < virheet.length; i++) {
    const e = virheet[i]!
    if (e instanceof Tuntemattomat) for (let j = 0; j < e.avaimet.length; j++) out.push(e.virhe(j))
    else out.push(e)
  }
  return out
}

/** A failure at the value the context ends with, carrying its issue. The context is copied (see {@link fail}). */
export const failureOf = (value: unknown, context: t.Context, issue: SchemaIssue): IssueError => new Virhe(value, context.slice(), issue)

/**
 * A failure at the child `key` (value `value`, codec `type`) of the value the context ends with: the context copied
 * once with the child's entry added (io-ts' `appendContext` and then {@link failureOf} copied it twice).
 */
export const failureAt = (value: unknown, context: t.Context, key: string, type: t.Decoder<unknown, unknown>, issue: SchemaIssue): IssueError => {
  const n = context.length
  const copy = new Array<t.ContextEntry>(n + 1)
  for (let i = 0; i < n; i++) copy[i] = context[i]!
  copy[n] = new Kohta(key, type, value)
  return new Virhe(value, copy, issue)
}

/**
 * A failure at the value the context ends with. The context is copied: while decoding, {@link strict} and
 * {@link lista} extend one context array in place (push, validate the child, pop) instead of copying it for every
 * field, so a failure keeps a snapshot of it.
 */
export const fail = <A>(value: unknown, context: t.Context, issue: SchemaIssue): t.Validation<A> => t.failures([failureOf(value, context, issue)])

/**
 * How our codecs decode inside one another, without io-ts' `Either` for every value: a reader gets the value, the
 * context (one that can grow: a reader may extend it in place and restore it) and the list of failures so far; it
 * pushes its failures onto that list and returns the decoded value (which means nothing when it pushed any). Each of our codecs keeps its reader as `lue` (not enumerable: not part of the
 * codec's public shape); its io-ts `validate` runs the reader on a list of its own. A codec that has none (a plain io-ts
 * codec, or one written with its own `validate`) is read through its `validate`.
 */
export type Lukija<A> = (u: unknown, c: t.Context, virheet: t.ValidationError[]) => A

/**
 * The reader of `codec`: its own, or one through its io-ts `validate`. Taken once, when the codec that holds it is
 * made, so that decoding calls each child's reader directly.
 */
export const lukijaOf = <A>(codec: t.Decoder<unknown, A>): Lukija<A> => {
  const oma = (codec as { readonly lue?: Lukija<A> }).lue
  if (oma !== undefined) return oma
  return (u, c, virheet) => {
    const r = codec.validate(u, c)
    if (r._tag === 'Right') return r.right
    // a plain io-ts codec (not one of ours) fails with the context it was given, which its caller may extend and
    // restore in place (lueLapsi): give its errors a copy
    let snapshot: t.Context | undefined
    for (const e of r.left) virheet.push(e.context === c ? { ...e, context: (snapshot ??= c.slice()) } : e)
    return u as A
  }
}

/** `codec` read at the value the context ends with (see {@link Lukija}); where it is read often, take its {@link lukijaOf} once instead. */
export const lue = <A>(codec: t.Decoder<unknown, A>, u: unknown, c: t.Context, virheet: t.ValidationError[]): A => lukijaOf(codec)(u, c, virheet)

/**
 * Reads `v`, the child `key` of the value `c` ends with (by `codec`'s reader `lukija`), on `c` extended in place and
 * restored after (io-ts' `appendContext` copies the whole context for every field; decoding a document did that a
 * few thousand times). Failures copy the context ({@link fail}). The context can grow: a reader is given one by
 * another reader or by its codec's `validate`, which copies a caller's context that cannot ({@link omaKonteksti}).
 */
const lueLapsi = (lukija: Lukija<unknown>, codec: t.Mixed, v: unknown, c: t.Context, key: string, virheet: t.ValidationError[]): unknown => {
  const stack = c as t.ContextEntry[]
  stack.push({ key, type: codec, actual: v })
  const out = lukija(v, stack, virheet)
  stack.pop()
  return out
}

/** The context to extend in place: the caller's, unless it cannot grow. */
const omaKonteksti = (c: t.Context): t.Context => (Object.isExtensible(c) ? c : c.slice())

const unexpectedType = (expected: string, u: unknown): UnexpectedTypeIssue => ({ errorType: 'unexpectedType', rule: 'S-2', expected, received: typeName(u) })

const own = Object.prototype.hasOwnProperty

// The JSON readers live on the ground floor (src/json); re-exported for the codecs and their users.
export { at, getOwn, isRecord, stringAt }

const identity = <A>(a: A): A => a

/** An io-ts codec of ours from its reader ({@link Lukija}). */
export function lukijasta<A>(name: string, lukija: Lukija<A>): t.Type<A, A, unknown> {
  const validate: t.Validate<unknown, A> = (u, c) => {
    const virheet: t.ValidationError[] = []
    // the readers extend the context in place (and restore it): a caller's that cannot grow is copied, here once
    const a = lukija(u, omaKonteksti(c), virheet)
    return virheet.length === 0 ? t.success(a) : t.failures(avattuna(virheet))
  }
  const type: t.Type<A, A, unknown> = new t.Type<A, A, unknown>(
    name,
    (u): u is A => {
      const virheet: t.ValidationError[] = []
      lukija(u, [{ key: '', type, actual: u }], virheet)
      return virheet.length === 0
    },
    validate,
    identity,
  )
  Object.defineProperty(type, 'lue', { value: lukija })
  return type
}

// The issues that quote nothing, one object each (a broken list fails a thousand times with the same one).
export const PUUTTUU: MissingPropertyIssue = /* @__PURE__ */ Object.freeze({ errorType: 'missingProperty', rule: 'S-2' })
const TYHJÄ_MERKKIJONO: EmptyStringIssue = /* @__PURE__ */ Object.freeze({ errorType: 'emptyString', rule: 'S-3' })
const VÄÄRÄ_PÄIVÄMÄÄRÄ: DateFormatIssue = /* @__PURE__ */ Object.freeze({ errorType: 'dateFormatMismatch', rule: 'S-4', format: 'yyyy-MM-dd' })
const VÄÄRÄ_AIKALEIMA: DateFormatIssue = /* @__PURE__ */ Object.freeze({ errorType: 'dateFormatMismatch', rule: 'S-4', format: 'yyyy-MM-ddTHH:mm:ss' })

/** A failure pushed (see {@link Lukija}): `u` returned, to be dropped by the caller. */
export const virhe = <A>(virheet: t.ValidationError[], u: unknown, c: t.Context, issue: SchemaIssue): A => {
  virheet.push(failureOf(u, c, issue))
  return u as A
}

// ---------------------------------------------------------------------------------------------------------------
// Primitives

/**
 * A JSON value read as a string the way KOSKI's extractor reads it: a string as it is, a number or a boolean as its
 * text (`101` → `"101"`, `true` → `"true"`); anything else is not a string (`undefined`). A number written `1.0` in the
 * JSON text is `1` once parsed, so it reads `"1"` here where KOSKI (reading the text) has `"1.0"`.
 */
export const merkkijonona = (u: unknown): string | undefined =>
  typeof u === 'string' ? u : typeof u === 'boolean' || (typeof u === 'number' && Number.isFinite(u)) ? String(u) : undefined

/** A non-empty string (KOSKI rejects `""` everywhere: `emptyString`). Numbers and booleans are taken as their text, as KOSKI does. */
export const Str = lukijasta<string>('String', (u, c, virheet) => {
  if (typeof u === 'string') return u.length === 0 ? virhe(virheet, u, c, TYHJÄ_MERKKIJONO) : u
  const s = merkkijonona(u)
  return s === undefined ? virhe(virheet, u, c, unexpectedType('string', u)) : s
})

/** A string matching `pattern` (`regularExpressionMismatch`). */
export const pattern = (name: string, regex: RegExp, rule: string): t.Type<string, string, unknown> =>
  lukijasta<string>(name, (u, c, virheet) => {
    const n = virheet.length
    const s = lue(Str, u, c, virheet)
    if (virheet.length > n) return s
    return regex.test(s) ? s : virhe(virheet, u, c, { errorType: 'regularExpressionMismatch', rule, pattern: regex.source })
  })

/** A calendar date `YYYY-MM-DD` (`dateFormatMismatch`). */
export const Päivämäärä = lukijasta<string>('LocalDate', (u, c, virheet) =>
  isCalendarDate(u) ? u : virhe(virheet, u, c, VÄÄRÄ_PÄIVÄMÄÄRÄ),
)

export const Totuusarvo = lukijasta<boolean>('Boolean', (u, c, virheet) => (typeof u === 'boolean' ? u : virhe(virheet, u, c, unexpectedType('boolean', u))))

/**
 * A decimal text as Java's `Double.parseDouble` reads it, once trimmed and its d/f suffix taken off: digits with an
 * optional fraction, or a fraction alone, and an optional exponent. Linear: anchored at both ends, and no two parts can
 * match the same characters (`\d+(?:\.\d*)?`, not the ambiguous `\d+\.?\d*` that backtracked quadratically on
 * `"1"×n + "x"`).
 */
const DESIMAALI = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
/** An optionally signed run of digits: anchored, one repetition: linear. */
const INT_TEKSTI = /^[+-]?\d+$/
/**
 * No number a vendor writes is longer: a longer text is not read as a number (it is `unexpectedType`), so no regular
 * expression ever sees an unbounded string here. (Such a text of digits would be beyond a Double anyway.)
 */
export const LUKUTEKSTIN_PITUUS = 400
const INT_MIN = -2147483648
const INT_MAX = 2147483647

const onJavanTyhjä = (c: number): boolean => c <= 0x20

/**
 * `Double.parseDouble(s)` for the decimal texts it reads: Java's `trim()` (every character ≤ U+0020 off both ends),
 * one trailing `d`/`D`/`f`/`F` off, then the number. Written as two loops and one linear regular expression (a
 * `/[dDfF]?[\x00-\x20]*$/` replace was quadratic on `" "×n + "1"`). `NaN`, `Infinity` and hexadecimal texts, which
 * Java would also read, are not accepted.
 */
export function javanDesimaali(s: string): number | undefined {
  if (s.length > LUKUTEKSTIN_PITUUS) return undefined
  let alku = 0
  let loppu = s.length
  while (alku < loppu && onJavanTyhjä(s.charCodeAt(alku))) alku++
  while (loppu > alku && onJavanTyhjä(s.charCodeAt(loppu - 1))) loppu--
  const viimeinen = s[loppu - 1]
  if (loppu > alku && (viimeinen === 'd' || viimeinen === 'D' || viimeinen === 'f' || viimeinen === 'F')) loppu--
  const luku = s.slice(alku, loppu)
  if (!DESIMAALI.test(luku)) return undefined
  const n = Number(luku)
  return Number.isFinite(n) ? n : undefined
}

/**
 * A number (KOSKI's `Double`). As in KOSKI, a string holding a decimal number is read as that number (`"2"` → 2; see
 * {@link javanDesimaali}).
 */
export const Luku = lukijasta<number>('Number', (u, c, virheet) => {
  if (typeof u === 'number' && Number.isFinite(u)) return u
  if (typeof u === 'string') {
    const n = javanDesimaali(u)
    if (n !== undefined) return n
  }
  return virhe(virheet, u, c, unexpectedType('number', u))
})

/**
 * An integer (KOSKI's `Int`), read as KOSKI reads one: a JSON integer beyond 32 bits wraps around, a fraction is cut
 * toward zero (`1.5` → 1), a string of digits is parsed (`"3"` → 3; `"3.0"` or out of range is not an integer).
 */
export const Kokonaisluku = lukijasta<number>('Int', (u, c, virheet) => {
  if (typeof u === 'number' && Number.isFinite(u)) {
    if (Number.isInteger(u)) return u >= INT_MIN && u <= INT_MAX ? u : Number(BigInt.asIntN(32, BigInt(u)))
    return Math.min(INT_MAX, Math.max(INT_MIN, Math.trunc(u)))
  }
  if (typeof u === 'string' && u.length <= LUKUTEKSTIN_PITUUS && INT_TEKSTI.test(u)) {
    const n = Number(u)
    if (n >= INT_MIN && n <= INT_MAX) return n
  }
  return virhe(virheet, u, c, unexpectedType('integer', u))
})

/** A number greater than `limit` (KOSKI's `@MinValueExclusive`), reported at the number itself. */
export const lukuSuurempiKuin = (limit: number, rule: string): t.Type<number, number, unknown> =>
  lukijasta<number>(`Number>${limit}`, (u, c, virheet) => {
    const n = virheet.length
    const r = lue(Luku, u, c, virheet)
    if (virheet.length > n) return r
    return r > limit ? r : virhe(virheet, u, c, { errorType: 'smallerThanOrEqualToExclusiveMinimumValue', rule, limit })
  })

/** An integer `min ≤ x < max` (KOSKI's `@MinValue`, `@MaxValueExclusive`), checked after KOSKI's conversion, at the number itself. */
export const kokonaislukuVälillä = (min: number, maxExclusive: number, rule: string): t.Type<number, number, unknown> =>
  lukijasta<number>(`Int[${min},${maxExclusive})`, (u, c, virheet) => {
    const n = virheet.length
    const r = lue(Kokonaisluku, u, c, virheet)
    if (virheet.length > n) return r
    if (r < min) return virhe(virheet, u, c, { errorType: 'smallerThanMinimumValue', rule, limit: min })
    if (r >= maxExclusive) return virhe(virheet, u, c, { errorType: 'greaterThanOrEqualToExclusiveMaximumValue', rule, limit: maxExclusive })
    return r
  })

const AIKALEIMA = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?$/

/** A local date and time `yyyy-MM-ddTHH:mm[:ss[.fff]]` (KOSKI's `LocalDateTime`: `aikaleima`, `purettu`), else `dateFormatMismatch`. */
export const PäivämääräJaAika = lukijasta<string>('LocalDateTime', (u, c, virheet) => {
  const m = typeof u === 'string' ? AIKALEIMA.exec(u) : null
  return m !== null && isCalendarDate(m[1]) ? (u as string) : virhe(virheet, u, c, VÄÄRÄ_AIKALEIMA)
})

/** Any JSON value, not checked (KOSKI reads even the fields it overwrites; this is for what is out of scope, e.g. the class of `tunnustettu.osaaminen`). */
export const Ohitettava = lukijasta<unknown>('Ignored', (u) => u)

// ---------------------------------------------------------------------------------------------------------------
// Lists

export interface ListBounds {
  readonly min?: number
  readonly max?: number
}

/**
 * The longest list read (this library's bound, not KOSKI's: no study right has a million of anything). A longer array —
 * which JSON text of a few megabytes cannot be, but a JS caller's sparse array or a Proxy can (`length = 2**32 - 1`) —
 * is one `moreThanMaximumNumberOfItems` finding and is not descended into, so the work stays bounded by the input.
 */
export const LISTAN_ENIMMÄISPITUUS = 1_000_000

/**
 * A JSON array of `item`, with KOSKI's minItems / maxItems. All item failures are reported. An array is read as
 * `JSON.stringify` would write it: a hole or an `undefined` item is `null`.
 */
export function lista<C extends t.Mixed>(item: C, bounds: ListBounds = {}): t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.TypeOf<C>>, unknown> & { readonly item: C } {
  const alkio = lukijaOf(item)
  const codec = lukijasta<ReadonlyArray<t.TypeOf<C>>>(`Array<${item.name}>`, (u, c, virheet) => {
    if (!Array.isArray(u)) return virhe(virheet, u, c, unexpectedType('array', u))
    if (u.length > LISTAN_ENIMMÄISPITUUS) return virhe(virheet, u, c, { errorType: 'moreThanMaximumNumberOfItems', rule: 'S-9', limit: LISTAN_ENIMMÄISPITUUS })
    const alussa = virheet.length
    if (bounds.min !== undefined && u.length < bounds.min) {
      virheet.push(failureOf(u, c, { errorType: 'lessThanMinimumNumberOfItems', rule: 'S-9', limit: bounds.min }))
    }
    if (bounds.max !== undefined && u.length > bounds.max) {
      virheet.push(failureOf(u, c, { errorType: 'moreThanMaximumNumberOfItems', rule: 'S-9', limit: bounds.max }))
    }
    let out: unknown[] | undefined
    for (let i = 0; i < u.length; i++) {
      const raw: unknown = u[i]
      const v = raw === undefined ? null : raw
      const n = virheet.length
      const r = lueLapsi(alkio, item, v, c, String(i), virheet)
      if (virheet.length === n && r !== v) {
        out ??= u.slice()
        out[i] = r
      }
    }
    return (virheet.length > alussa ? u : (out ?? u)) as ReadonlyArray<t.TypeOf<C>>
  })
  return Object.assign(codec, { item })
}

// ---------------------------------------------------------------------------------------------------------------
// Strict objects

type Required<P extends t.Props> = { readonly [K in keyof P]: t.TypeOf<P[K]> }
type Optional<P extends t.Props> = { readonly [K in keyof P]?: t.TypeOf<P[K]> }
type Flatten<T> = { [K in keyof T]: T[K] } & unknown

export type StrictOf<R extends t.Props, O extends t.Props> = Flatten<Required<R> & Optional<O>>

/** KOSKI's roles (koskiuser/Rooli) that `@SensitiveData` names: only a user holding one of them is shown the field. */
export type KoskiRooli = 'LUOTTAMUKSELLINEN_KAIKKI_TIEDOT' | 'SUORITUSJAKO_KATSELIJA' | 'MIGRI' | 'HSL' | 'SUOMIFI'

export interface StrictOptions<K extends string = string> {
  /**
   * Keys KOSKI accepts but ignores (synthetic fields such as opiskeluoikeus `alkamispäivä`, arviointi `hyväksytty`,
   * päätaso `tila`): allowed, not checked, kept as they are.
   */
  readonly synthetic?: readonly string[]
  /** How to report a key the class does not have; default `unexpectedProperty` (S-1). */
  readonly unknownKey?: (key: string, parent: Record<string, unknown>) => SchemaIssue
  /**
   * Report an unknown key even when its value is null (KOSKI's "no other properties than" of a union member counts
   * every key); by default a null-valued unknown key is ignored, as KOSKI's object extractor does.
   */
  readonly unknownNull?: boolean
  /** A check of the whole object once its fields have decoded (e.g. jakso `loppu >= alku`). */
  readonly refine?: (value: Record<string, unknown>) => SchemaIssue | undefined
  /**
   * The fields KOSKI marks `@SensitiveData(roles)` (special-category personal data), with those roles. Not a check
   * (KOSKI's write validation ignores it): the redaction of src/tyypit/tuva/funktiot/erityisetHenkilotiedot.ts collects them from the
   * codecs of every supported type (src/codecs/erityiset.ts).
   */
  readonly sensitive?: { readonly [P in K]?: readonly [KoskiRooli, ...KoskiRooli[]] }
  /**
   * KOSKI's `@SensitiveData(roles)` on the class itself: every object of the class is special-category data (KOSKI
   * leaves it out whole, e.g. from a list of osasuoritukset). Not a check. The redaction recognises such an object by
   * its `tyyppi` (the class' `koodi(…, [koodiarvot])`), so the class needs a required `tyyppi` with its koodiarvot.
   */
  readonly sensitiveClass?: readonly [KoskiRooli, ...KoskiRooli[]]
  /**
   * The `sensitive` fields are sensitive only where the class is met inside an object with the `tyyppi` of the nearest
   * enclosing class that has one (the suoritus it belongs to): for a class whose objects the step leading to them cannot
   * tell from other types' (a perusopetus arviointi is an item of `arviointi` like every type's arviointi).
   */
  readonly sensitiveWithinTyyppi?: true
}

/**
 * The io-ts codec of a KOSKI class, the type of every class codec this package exports (`Oppija`,
 * `TutkintokoulutukseenValmentavanOpiskeluoikeus`, …): a `t.Type` that reports unknown keys (KOSKI's strict
 * deserialisation), with the class' fields for messages. Use it like any io-ts codec (`decode`, `is`, compose it into
 * your own codecs); how such a codec is built is internal.
 */
export interface StrictType<R extends t.Props, O extends t.Props> extends t.Type<StrictOf<R, O>, StrictOf<R, O>, unknown> {
  readonly required: R
  readonly optional: O
  /** Every key the class has: required, optional and synthetic (KOSKI's "no other properties than" of a union member). */
  readonly known: ReadonlySet<string>
  /** The class' own fields, required then optional (synthetic ones, accepted and ignored, are not listed): for messages. */
  readonly fields: readonly string[]
  /** The class' `@SensitiveData` fields with their roles, in the order of `fields` (the codec's `sensitive` option). */
  readonly sensitive: ReadonlyMap<string, readonly KoskiRooli[]>
  /** The roles of a `@SensitiveData` on the class itself (the codec's `sensitiveClass` option); `undefined`: none. */
  readonly sensitiveClass?: readonly KoskiRooli[]
  /** The codec's `sensitiveWithinTyyppi` option. */
  readonly sensitiveWithinTyyppi?: true
}

/** The fields told by the bits of one integer in {@link strict} (a small integer's 30 bits, never its sign). */
const BITTEJÄ = 30
/** The bits 0…n−1 set (none for n ≤ 0, all 30 for n ≥ 30). */
const bititAlusta = (n: number): number => (n <= 0 ? 0 : n >= BITTEJÄ ? (1 << BITTEJÄ) - 1 : (1 << n) - 1)
/** {@link strict}'s field reader: the decoded value is the input's (an object of ours: no decoded value is it). */
const SAMA: object = /* @__PURE__ */ Object.freeze({})
/** {@link strict}'s field reader: a null or undefined optional field, dropped. */
const PUDOTETTU: object = /* @__PURE__ */ Object.freeze({})

/**
 * A KOSKI class: `required` fields must be present and not `null` (`missingProperty`), `optional` ones may be absent
 * or `null` (null is dropped from the decoded value), any other key with a non-null value is reported
 * (`unexpectedProperty`). The decoded value is the input itself unless a field had to change; the input is never mutated.
 */
export function strict<R extends t.Props, O extends t.Props>(
  name: string,
  required: R,
  optional: O,
  options: StrictOptions<Extract<keyof R | keyof O, string>> = {},
): StrictType<R, O> {
  const requiredKeys = Object.keys(required)
  const optionalKeys = Object.keys(optional)
  const known = new Set<string>([...requiredKeys, ...optionalKeys, ...(options.synthetic ?? [])])
  const fields: readonly string[] = [...requiredKeys, ...optionalKeys]
  // the messages list the fields: one frozen array for every issue of this class, so its text is joined once
  const kentät: readonly string[] = Object.freeze([...fields])
  const unknownKey = options.unknownKey
  // the default issue: the object's unknown keys as one failure (Tuntemattomat)
  const omaTuntematon = unknownKey === undefined
  const unknownNull = options.unknownNull === true
  const refine = options.refine
  const sensitiveRoles: Readonly<Record<string, readonly KoskiRooli[] | undefined>> = options.sensitive ?? {}
  const sensitive = new Map<string, readonly KoskiRooli[]>()
  for (const key of fields) {
    const roles = own.call(sensitiveRoles, key) ? sensitiveRoles[key] : undefined
    if (roles !== undefined) sensitive.set(key, roles)
  }

  // Every field by its index (required ones first, as `fields` lists them): the codec, its reader and its bit. A
  // synthetic key is known with the index -1 (accepted, not read).
  const koodekit = fields.map((key, i) => (i < requiredKeys.length ? required[key] : optional[key]) as t.Mixed)
  const lukijat = koodekit.map((codec) => lukijaOf(codec))
  const indeksit = new Map<string, number>()
  for (const key of options.synthetic ?? []) indeksit.set(key, -1)
  fields.forEach((key, i) => indeksit.set(key, i))
  const pakollisia = requiredKeys.length
  // the fields present in an object, as bits of two integers: fields 0–29 in one, 30–59 in the other (no class of
  // KOSKI's has more than 30 fields; more than 60 are not supported)
  if (fields.length > 2 * BITTEJÄ) throw new TypeError(`strict ${name}: more than ${2 * BITTEJÄ} fields`)
  const pakolliset = bititAlusta(pakollisia)
  const pakollisetYlemmät = bititAlusta(pakollisia - BITTEJÄ)

  /**
   * The field `i` of `u` read (`läsnä`: `u` has it): {@link SAMA} when the decoded value is the input's (or the
   * field failed), {@link PUDOTETTU} for a null or undefined optional field (dropped from the decoded value), else
   * the decoded value, which differs from the input's.
   */
  const lueKenttä = (i: number, läsnä: boolean, u: Record<string, unknown>, c: t.Context, virheet: t.ValidationError[]): unknown => {
    const key = fields[i]!
    const v = läsnä ? u[key] : undefined
    if (v === null || v === undefined) {
      if (i >= pakollisia) return PUDOTETTU
      virheet.push(failureAt(v, c, key, koodekit[i]!, PUUTTUU))
      return SAMA
    }
    const n = virheet.length
    const r = lueLapsi(lukijat[i]!, koodekit[i]!, v, c, key, virheet)
    return virheet.length === n && r !== v ? r : SAMA
  }

  // the keys of the last object read whose keys were all known, and their bits: an object with the same keys in the
  // same order (the next item of a list, the same class in the next document) takes the bits without a lookup per key
  let edellisetAvaimet: readonly string[] | undefined
  let edellisetAlemmat = 0
  let edellisetYlemmät = 0
  const lukija: Lukija<StrictOf<R, O>> = (u, c, virheet) => {
    if (!isRecord(u)) return virhe(virheet, u, c, unexpectedType('object', u))
    const alussa = virheet.length
    // Decoded values that differ from the input's (a nested copy, or a dropped null); none on the usual path.
    let changes: Map<string, unknown> | undefined
    let dropped = false

    // one pass over the object's keys (as JSON.stringify would write them: its own enumerable ones): an unknown key
    // is reported, a field's bit set; the fields are then read in the class's order, present ones only
    const keys = Object.keys(u)
    let alemmat = 0
    let ylemmät = 0
    const edelliset = edellisetAvaimet
    let sama = edelliset !== undefined && edelliset.length === keys.length
    for (let k = 0; sama && k < keys.length; k++) if (keys[k] !== edelliset![k]) sama = false
    if (sama) {
      alemmat = edellisetAlemmat
      ylemmät = edellisetYlemmät
    } else {
      let tunnetut = true
      let ryhmä: Tuntemattomat | undefined
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!
        const i = indeksit.get(key)
        if (i === undefined) {
          tunnetut = false
          const v = u[key]
          if ((v !== null || unknownNull) && v !== undefined) {
            if (omaTuntematon) {
              if (ryhmä === undefined) virheet.push((ryhmä = new Tuntemattomat(c.slice(), name, kentät)))
              ryhmä.avaimet.push(key)
              ryhmä.arvot.push(v)
            } else virheet.push(failureAt(v, c, key, Ohitettava, unknownKey!(key, u)))
          }
          else dropped = true
        } else if (i >= BITTEJÄ) ylemmät |= 1 << (i - BITTEJÄ)
        else if (i >= 0) alemmat |= 1 << i
      }
      if (tunnetut) {
        edellisetAvaimet = keys
        edellisetAlemmat = alemmat
        edellisetYlemmät = ylemmät
      }
    }
    // a required field absent is read too (and reported missing). The two words in two loops: one loop over both
    // (choosing the word each time) made a valid list of small objects decode 9 % slower
    for (let m = alemmat | pakolliset; m !== 0; m &= m - 1) {
      const i = 31 - Math.clz32(m & -m)
      const r = lueKenttä(i, (alemmat & (1 << i)) !== 0, u, c, virheet)
      if (r === PUDOTETTU) dropped = true
      else if (r !== SAMA) (changes ??= new Map()).set(fields[i]!, r)
    }
    for (let m = ylemmät | pakollisetYlemmät; m !== 0; m &= m - 1) {
      const b = 31 - Math.clz32(m & -m)
      const r = lueKenttä(BITTEJÄ + b, (ylemmät & (1 << b)) !== 0, u, c, virheet)
      if (r === PUDOTETTU) dropped = true
      else if (r !== SAMA) (changes ??= new Map()).set(fields[BITTEJÄ + b]!, r)
    }
    if (virheet.length > alussa) return u as StrictOf<R, O>
    if (refine !== undefined) {
      const issue = refine(u)
      if (issue !== undefined) return virhe(virheet, u, c, issue)
    }
    if (changes === undefined && !dropped) return u as StrictOf<R, O>
    // A new object (never the input mutated): known keys only, nulls dropped, changed values in place.
    const copy: Record<string, unknown> = {}
    for (const key in u) {
      if (!own.call(u, key)) continue // an inherited key: Object.keys would not list it
      const v = changes?.has(key) === true ? changes.get(key) : u[key]
      if (!known.has(key) || v === null || v === undefined) continue
      Object.defineProperty(copy, key, { value: v, enumerable: true, writable: true, configurable: true })
    }
    return copy as StrictOf<R, O>
  }
  const meta = { required, optional, known: known as ReadonlySet<string>, fields, sensitive: sensitive as ReadonlyMap<string, readonly KoskiRooli[]> }
  return Object.assign(
    lukijasta<StrictOf<R, O>>(name, lukija),
    meta,
    options.sensitiveClass === undefined ? {} : { sensitiveClass: options.sensitiveClass },
    options.sensitiveWithinTyyppi === true ? { sensitiveWithinTyyppi: true as const } : {},
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Unions resolved by a discriminator

/**
 * A union resolved with one lookup (io-ts `t.union` tries every member, measured ~35× slower on KOSKI documents).
 * `select` gets the value and the io-ts context (whose previous entry holds the parent object, for KOSKI's
 * `@OnlyWhen("../järjestämislupa/koodiarvo")`) and returns the member to use, or an issue (`notAnyOf`).
 */
export function dispatch<CS extends readonly [t.Mixed, ...t.Mixed[]]>(
  name: string,
  members: CS,
  select: (u: unknown, c: t.Context) => CS[number] | SchemaIssue,
): t.Type<t.TypeOf<CS[number]>, t.TypeOf<CS[number]>, unknown> & { readonly members: CS } {
  const lukija: Lukija<t.TypeOf<CS[number]>> = (u, c, virheet) => {
    const chosen = select(u, c)
    return chosen instanceof t.Type ? (lue(chosen, u, c, virheet) as t.TypeOf<CS[number]>) : virhe(virheet, u, c, chosen)
  }
  return Object.assign(lukijasta<t.TypeOf<CS[number]>>(name, lukija), { members })
}

// KOSKI's union resolution (scala-schema AnyOfExtractor): each member of a union has criteria — its discriminator
// fields present with an allowed value, its @OnlyWhen, and for a member without discriminators "no other properties
// than" its own (a key counts even when its value is null) plus its required fields present (null counts as present).
// The matching member with the most weight is decoded; none matching is `notAnyOf` at the union's value, and nothing
// inside it is reported. The helpers below let each union write its criteria directly.

/** Whether `u` has the key at all (KOSKI's `PropertyExists`: a `null` value counts as present). */
export const onAvain = (u: Record<string, unknown>, key: string): boolean => own.call(u, key) && u[key] !== undefined

/** The first own key of `u` that is not in `keys` (also when its value is null), else undefined. */
export const vieras = (u: Record<string, unknown>, keys: ReadonlySet<string>): string | undefined => {
  for (const key in u) if (own.call(u, key) && !keys.has(key)) return key
  return undefined
}

/** Why a Koodistokoodiviite fails a union's enum criteria on it: `undefined` when it matches. */
export const koodinPoikkeama = (
  u: unknown,
  arvot: readonly string[],
  uri: string,
): KoodinPoikkeama | undefined => {
  if (!isRecord(u)) return 'puuttuu'
  const rawUri = own.call(u, 'koodistoUri') ? u.koodistoUri : undefined
  const rawArvo = own.call(u, 'koodiarvo') ? u.koodiarvo : undefined
  if (rawUri === uri && typeof rawArvo === 'string' && arvot.includes(rawArvo)) return undefined // the usual case
  const arvo = merkkijonona(rawArvo)
  const koodisto = merkkijonona(rawUri)
  if (koodisto !== uri) return koodisto === undefined && arvo === undefined ? 'puuttuu' : 'koodistoUri'
  return arvo !== undefined && arvot.includes(arvo) ? undefined : 'koodiarvo'
}

/** A code as given, each part read as KOSKI reads a string ({@link merkkijonona}); parts that are not there are left out. */
export const annettuKoodi = (u: unknown): AnnettuKoodi => {
  const uri = merkkijonona(getOwn(u, 'koodistoUri'))
  const arvo = merkkijonona(getOwn(u, 'koodiarvo'))
  // quoted in messages: a bounded prefix only
  const koodistoUri = uri === undefined ? undefined : lainaus(uri)
  const koodiarvo = arvo === undefined ? undefined : lainaus(arvo)
  return koodistoUri === undefined ? (koodiarvo === undefined ? {} : { koodiarvo }) : koodiarvo === undefined ? { koodistoUri } : { koodistoUri, koodiarvo }
}

/** The rule of a code that fails a union's criteria: another koodisto (S-5), another value (S-6), none given (S-8). */
export const koodinSääntö = (poikkeama: KoodinPoikkeama): 'S-5' | 'S-6' | 'S-8' =>
  poikkeama === 'koodistoUri' ? 'S-5' : poikkeama === 'koodiarvo' ? 'S-6' : 'S-8'

/** The parent object of the value being validated (KOSKI's `..` in `@OnlyWhen`). */
export const parentOf = (c: t.Context): unknown => (c.length >= 2 ? c[c.length - 2]?.actual : undefined)

