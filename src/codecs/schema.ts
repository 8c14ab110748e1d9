/**
 * The building blocks of our strict io-ts codecs (stable io-ts 2.2 API: `t.Type`).
 *
 * KOSKI deserializes strictly: unknown keys, empty strings, malformed dates and unknown codes are rejected with
 * `badRequest.validation.jsonSchema` and an errorType. io-ts has no strict mode that *reports* unknown keys
 * (`t.exact` strips them), and `t.union` tries every member; these combinators report unknown keys and resolve
 * unions by a discriminator with one lookup. Every failure carries a {@link SchemaIssue} in its `message`.
 */
import * as t from 'io-ts'
import { isCalendarDate } from '../date'

/** What a structural failure means: KOSKI's errorType, our rule id, and the details a message needs. */
export interface SchemaIssue {
  readonly errorType: string
  readonly rule: string
  readonly detail?: Readonly<Record<string, string | number>>
}

export const issueMessage = (issue: SchemaIssue): string => JSON.stringify(issue)

export const readIssue = (message: string | undefined): SchemaIssue => {
  if (message !== undefined) {
    try {
      const parsed: unknown = JSON.parse(message)
      if (typeof parsed === 'object' && parsed !== null && typeof (parsed as SchemaIssue).errorType === 'string') {
        return parsed as SchemaIssue
      }
    } catch {
      // fall through: a message that is not ours
    }
  }
  return { errorType: 'unexpectedType', rule: 'S-2' }
}

export const fail = <A>(value: unknown, context: t.Context, issue: SchemaIssue): t.Validation<A> =>
  t.failure(value, context, issueMessage(issue))

const failureOf = (value: unknown, context: t.Context, issue: SchemaIssue): t.ValidationError => ({
  value,
  context,
  message: issueMessage(issue),
})

const typeName = (u: unknown): string => (u === null ? 'null' : Array.isArray(u) ? 'array' : typeof u)

const unexpectedType = (expected: string, u: unknown): SchemaIssue => ({
  errorType: 'unexpectedType',
  rule: 'S-2',
  detail: { expected, actual: typeName(u) },
})

const own = Object.prototype.hasOwnProperty

/** Whether `u` is a plain JSON object (not null, not an array). */
export const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/** Reads an own property only (never the prototype chain, so `__proto__` or `constructor` keys are plain data). */
export const getOwn = (u: unknown, key: string): unknown => (isRecord(u) && own.call(u, key) ? u[key] : undefined)

const identity = <A>(a: A): A => a

function makeType<A>(name: string, validate: t.Validate<unknown, A>): t.Type<A, A, unknown> {
  const type: t.Type<A, A, unknown> = new t.Type<A, A, unknown>(
    name,
    (u): u is A => validate(u, [{ key: '', type, actual: u }])._tag === 'Right',
    validate,
    identity,
  )
  return type
}

// ---------------------------------------------------------------------------------------------------------------
// Primitives

/** A non-empty string (KOSKI rejects `""` everywhere: `emptyString`). */
export const Str = makeType<string>('String', (u, c) =>
  typeof u !== 'string'
    ? fail(u, c, unexpectedType('string', u))
    : u.length === 0
      ? fail(u, c, { errorType: 'emptyString', rule: 'S-3' })
      : t.success(u),
)

/** A string matching `pattern` (`regularExpressionMismatch`). */
export const pattern = (name: string, regex: RegExp, rule: string): t.Type<string, string, unknown> =>
  makeType<string>(name, (u, c) => {
    const s = Str.validate(u, c)
    if (s._tag === 'Left') return s
    return regex.test(s.right)
      ? s
      : fail(u, c, { errorType: 'regularExpressionMismatch', rule, detail: { pattern: regex.source } })
  })

/** A calendar date `YYYY-MM-DD` (`dateFormatMismatch`). */
export const Päivämäärä = makeType<string>('LocalDate', (u, c) =>
  isCalendarDate(u) ? t.success(u) : fail(u, c, { errorType: 'dateFormatMismatch', rule: 'S-4' }),
)

export const Totuusarvo = makeType<boolean>('Boolean', (u, c) =>
  typeof u === 'boolean' ? t.success(u) : fail(u, c, unexpectedType('boolean', u)),
)

export const Luku = makeType<number>('Number', (u, c) =>
  typeof u === 'number' && Number.isFinite(u) ? t.success(u) : fail(u, c, unexpectedType('number', u)),
)

export const Kokonaisluku = makeType<number>('Int', (u, c) =>
  typeof u === 'number' && Number.isInteger(u) ? t.success(u) : fail(u, c, unexpectedType('integer', u)),
)

/** Any JSON value: fields KOSKI ignores or overwrites (koodisto `nimi`, `organisaatiohistoria`, …). */
export const Ohitettava = makeType<unknown>('Ignored', (u) => t.success(u))

// ---------------------------------------------------------------------------------------------------------------
// Lists

export interface ListBounds {
  readonly min?: number
  readonly max?: number
}

/** A JSON array of `item`, with KOSKI's minItems / maxItems. All item failures are reported. */
export function lista<C extends t.Mixed>(item: C, bounds: ListBounds = {}): t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.TypeOf<C>>, unknown> {
  return makeType<ReadonlyArray<t.TypeOf<C>>>(`Array<${item.name}>`, (u, c) => {
    if (!Array.isArray(u)) return fail(u, c, unexpectedType('array', u))
    const errors: t.ValidationError[] = []
    if (bounds.min !== undefined && u.length < bounds.min) {
      errors.push(failureOf(u, c, { errorType: 'lessThanMinimumNumberOfItems', rule: 'S-9', detail: { limit: bounds.min } }))
    }
    if (bounds.max !== undefined && u.length > bounds.max) {
      errors.push(failureOf(u, c, { errorType: 'moreThanMaximumNumberOfItems', rule: 'S-9', detail: { limit: bounds.max } }))
    }
    let out: unknown[] | undefined
    for (let i = 0; i < u.length; i++) {
      const v: unknown = u[i]
      const r = item.validate(v, t.appendContext(c, String(i), item, v))
      if (r._tag === 'Left') {
        for (const e of r.left) errors.push(e)
      } else if (r.right !== v) {
        out ??= u.slice()
        out[i] = r.right
      }
    }
    return errors.length > 0 ? t.failures(errors) : t.success((out ?? u) as ReadonlyArray<t.TypeOf<C>>)
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Strict objects

type Required<P extends t.Props> = { readonly [K in keyof P]: t.TypeOf<P[K]> }
type Optional<P extends t.Props> = { readonly [K in keyof P]?: t.TypeOf<P[K]> }
type Flatten<T> = { [K in keyof T]: T[K] } & unknown

export type StrictOf<R extends t.Props, O extends t.Props> = Flatten<Required<R> & Optional<O>>

export interface StrictOptions {
  /**
   * Keys KOSKI accepts but ignores (synthetic fields such as opiskeluoikeus `alkamispäivä`, arviointi `hyväksytty`,
   * päätaso `tila`): allowed, not checked, kept as they are.
   */
  readonly synthetic?: readonly string[]
  /** How to report a key the class does not have; default `unexpectedProperty` (S-1). */
  readonly unknownKey?: (key: string, parent: Record<string, unknown>) => SchemaIssue
  /** A check of the whole object once its fields have decoded (e.g. jakso `loppu >= alku`). */
  readonly refine?: (value: Record<string, unknown>) => SchemaIssue | undefined
}

export interface StrictType<R extends t.Props, O extends t.Props> extends t.Type<StrictOf<R, O>, StrictOf<R, O>, unknown> {
  readonly required: R
  readonly optional: O
}

/** Appends one by one: `push(...list)` overflows the stack for lists of ~100 000 errors. */
const appendAll = (errors: t.ValidationError[] | undefined, more: readonly t.ValidationError[]): t.ValidationError[] => {
  const out = errors ?? []
  for (const e of more) out.push(e)
  return out
}

const unexpectedProperty = (): SchemaIssue => ({ errorType: 'unexpectedProperty', rule: 'S-1' })

/**
 * A KOSKI class: `required` fields must be present and not `null` (`missingProperty`), `optional` ones may be absent
 * or `null` (null is dropped from the decoded value), any other key with a non-null value is reported
 * (`unexpectedProperty`). The decoded value is the input itself unless a field had to change; the input is never mutated.
 */
export function strict<R extends t.Props, O extends t.Props>(
  name: string,
  required: R,
  optional: O,
  options: StrictOptions = {},
): StrictType<R, O> {
  const requiredKeys = Object.keys(required)
  const optionalKeys = Object.keys(optional)
  const known = new Set<string>([...requiredKeys, ...optionalKeys, ...(options.synthetic ?? [])])
  const unknownKey = options.unknownKey ?? unexpectedProperty
  const refine = options.refine

  const validate: t.Validate<unknown, StrictOf<R, O>> = (u, c) => {
    if (!isRecord(u)) return fail(u, c, unexpectedType('object', u))
    let errors: t.ValidationError[] | undefined
    // Decoded values that differ from the input's (a nested copy, or a dropped null); none on the usual path.
    let changes: Map<string, unknown> | undefined
    let dropped = false

    for (const key of Object.keys(u)) {
      if (!known.has(key)) {
        const v = u[key]
        if (v !== null && v !== undefined) (errors ??= []).push(failureOf(v, t.appendContext(c, key, Ohitettava, v), unknownKey(key, u)))
        else dropped = true
      }
    }
    for (const key of requiredKeys) {
      const codec = required[key] as t.Mixed
      const v = own.call(u, key) ? u[key] : undefined
      if (v === null || v === undefined) {
        ;(errors ??= []).push(failureOf(v, t.appendContext(c, key, codec, v), { errorType: 'missingProperty', rule: 'S-2' }))
        continue
      }
      const r = codec.validate(v, t.appendContext(c, key, codec, v))
      if (r._tag === 'Left') errors = appendAll(errors, r.left)
      else if (r.right !== v) (changes ??= new Map()).set(key, r.right)
    }
    for (const key of optionalKeys) {
      if (!own.call(u, key)) continue
      const v = u[key]
      if (v === null || v === undefined) {
        dropped = true
        continue
      }
      const codec = optional[key] as t.Mixed
      const r = codec.validate(v, t.appendContext(c, key, codec, v))
      if (r._tag === 'Left') errors = appendAll(errors, r.left)
      else if (r.right !== v) (changes ??= new Map()).set(key, r.right)
    }
    if (errors !== undefined) return t.failures(errors)
    if (refine !== undefined) {
      const issue = refine(u)
      if (issue !== undefined) return fail(u, c, issue)
    }
    if (changes === undefined && !dropped) return t.success(u as StrictOf<R, O>)
    // A new object (never the input mutated): known keys only, nulls dropped, changed values in place.
    const copy: Record<string, unknown> = {}
    for (const key of Object.keys(u)) {
      const v = changes?.has(key) === true ? changes.get(key) : u[key]
      if (!known.has(key) || v === null || v === undefined) continue
      Object.defineProperty(copy, key, { value: v, enumerable: true, writable: true, configurable: true })
    }
    return t.success(copy as StrictOf<R, O>)
  }
  return Object.assign(makeType<StrictOf<R, O>>(name, validate), { required, optional })
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
  const validate: t.Validate<unknown, t.TypeOf<CS[number]>> = (u, c) => {
    const chosen = select(u, c)
    return chosen instanceof t.Type ? (chosen.validate(u, c) as t.Validation<t.TypeOf<CS[number]>>) : fail(u, c, chosen)
  }
  return Object.assign(makeType<t.TypeOf<CS[number]>>(name, validate), { members })
}

/** The parent object of the value being validated (KOSKI's `..` in `@OnlyWhen`). */
export const parentOf = (c: t.Context): unknown => (c.length >= 2 ? c[c.length - 2]?.actual : undefined)

/** `u.a.b…` read through own properties only; `undefined` when any step is missing. */
export const at = (u: unknown, ...keys: readonly string[]): unknown => {
  let v = u
  for (const k of keys) v = getOwn(v, k)
  return v
}

/** `u.a.b…` when it is a string. */
export const stringAt = (u: unknown, ...keys: readonly string[]): string | undefined => {
  const v = at(u, ...keys)
  return typeof v === 'string' ? v : undefined
}
