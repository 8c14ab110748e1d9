/**
 * The fuzz harness of `validate` (issue 9): `npm run fuzz -- --seed 1 --runs 100000 --max-seconds 300`.
 * Seeded and bounded: `--runs` inputs at most, the properties stop at 55 % of `--max-seconds` and the growth checks at
 * 95 % (the time-zone and huge-array child processes come after: some 30 s more). Prints a summary with a shrunk
 * reproducer per kind of problem and exits 1 when it finds a problem (2 on a usage error). Not part of `npm test`
 * (test/properties/fuzz.test.ts runs it with a tiny budget so that it stays exercised).
 *
 * Also checked: no finding's message is longer than MAX_MESSAGE (a value quoted whole); an array of length 2**32−1
 * (no elements) is validated in a child process with a 512 MB heap within 60 s.
 *
 * Inputs: arbitrary JSON and JS values (`fc.jsonValue`, `fc.anything`), arbitrary options; mutations of KOSKI's
 * examples (test/fixtures/koski/examples), of examples/ and of documents from `koski-validation/arbitraries`
 * (deleted, replaced, renamed and added keys — `__proto__`, `constructor` —, duplicated items); hostile JS values
 * (throwing getters, proxies with throwing or transparent traps, sparse arrays with a large `length`, class
 * instances, null-prototype objects, inherited properties, symbols, boxed primitives, Maps, Dates, typed arrays,
 * `toJSON`, non-enumerable keys, frozen documents); deep (100 000 levels) and wide (100 000 keys or items) inputs.
 *
 * Checks on every input (test/support/json.ts › validationProblems): validate never throws and returns a well-formed
 * report (reportProblems; an X-INTERNAL finding only where the input throws when read), never mutates its input,
 * never adds a key to a prototype, gives the same report twice, and reads no clock when `today` is given. Privacy:
 * marker hetus (valid ones from `hetuFor`, every century sign) and marker names, as the envelope's henkilö and in
 * random values and keys of the document, never appear in a finding.
 *
 * Time: growth ratios, never absolute timings. Each size-scalable reproducer is timed at a size n (doubled until one
 * run takes long enough to measure) and at 4n, the best of a few runs each; it fails when t(4n)/t(n) is beyond
 * linear (> 12). Reproducers whose real size does not grow (a sparse array's `length`) fail beyond 3.
 *
 * Time zones: `validate` reads no clock when `today` is given (checked above, by a trapped `Date`); it also must not
 * depend on the local time zone: a seeded corpus is validated in child processes with `TZ` set, and the digests of
 * the reports must all equal the parent's.
 */
import fc from 'fast-check'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validate, type ValidateOptions } from '../src'
import { OLETUSPÄIVÄ, validiMuksOppija, validiTuvaOppija } from '../src/arbitraries'
import { hetuFor } from '../src/arbitraries/rakentajat'
import { PEITE } from '../src/yksityisyys'
import { deepArray, deepFreeze, deepObject, defineOwn, getAt, jsonPaths, snapshot, validationProblems, type JsonPath } from '../test/support/json'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

export const TODAY = OLETUSPÄIVÄ

export interface FuzzOptions {
  readonly seed: number
  /** Inputs in all (split among the properties by weight). */
  readonly runs: number
  /** A bound on the whole run (the properties stop early; growth and time-zone checks are fixed work). */
  readonly maxSeconds: number
  /** Levels of the deep inputs, and keys or items of the wide ones. */
  readonly depth: number
  readonly width: number
  /** Which growth checks: all (the named reproducers and every string field of the example with four texts), the named ones, none. */
  readonly growth: 'all' | 'named' | 'none'
  /** Only the properties whose name contains one of these (all when empty). */
  readonly only: readonly string[]
  /** Only the growth checks whose name contains one of these (all when empty). */
  readonly growthOnly: readonly string[]
  /** The best-of count per timing. */
  readonly repeats: number
  /** The time one run must take at the base size of a growth check (n is doubled until it does). */
  readonly measurableMs: number
  /** Time zones for the child processes (none: no time-zone check). */
  readonly timeZones: readonly string[]
  /** Documents in the time-zone corpus. */
  readonly tzCorpus: number
  /** Validates documents with an array of `length` 2**32−1 (and no elements) in child processes (heap 512 MB, 60 s each). */
  readonly hugeSparse: boolean
  /** Writes each input (its property's name and value) to this file before it runs: to find one that crashes the process. */
  readonly traceFile: string | undefined
  /** Prints progress to stderr. */
  readonly verbose: boolean
}

export const DEFAULTS: FuzzOptions = {
  seed: 1,
  runs: 20_000,
  maxSeconds: 300,
  depth: 100_000,
  width: 100_000,
  growth: 'all',
  only: [],
  growthOnly: [],
  repeats: 3,
  measurableMs: 30,
  timeZones: [
    'UTC', 'Europe/Helsinki', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Pacific/Chatham', 'Asia/Kathmandu',
    'America/St_Johns', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Tehran', 'Africa/Casablanca', 'America/Los_Angeles',
  ],
  tzCorpus: 200,
  hugeSparse: true,
  traceFile: undefined,
  verbose: false,
}

export interface Problem {
  /** Which check: a property's name, `growth …` or `time zone …`. */
  readonly check: string
  /** The problems found, as texts. */
  readonly problems: readonly string[]
  /** A minimal (shrunk) reproducer, as fast-check prints it (cut to a few kB). */
  readonly reproducer: string
}

export interface Growth {
  readonly name: string
  readonly n: number
  readonly ms: number
  readonly ms4: number
  readonly ratio: number
  readonly limit: number
  readonly ok: boolean
}

export interface Summary {
  readonly options: FuzzOptions
  readonly properties: ReadonlyArray<{ readonly name: string; readonly runs: number; readonly interrupted: boolean }>
  readonly growth: readonly Growth[]
  /** Growth checks left out when the budget was spent. */
  readonly growthSkipped: number
  readonly timeZones: ReadonlyArray<{ readonly tz: string; readonly digest: string; readonly ok: boolean }>
  readonly hugeSparse: ReadonlyArray<{ readonly where: string; readonly result: string }>
  readonly problems: readonly Problem[]
  /** Findings of the privacy property in which a marker was masked (`***`): that the leak check had something to catch. */
  readonly masked: number
  readonly seconds: number
}

// ---------------------------------------------------------------------------------------------------------------
// The base documents

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url))
const readJson = (p: string): Json => JSON.parse(readFileSync(p, 'utf8'))

/** KOSKI's examples, examples/, and seeded samples of generated valid TUVA and MUKS documents; built once per seed. */
function baseDocuments(seed: number): Map<string, Json> {
  const dir = here('../test/fixtures/koski/examples/')
  const out = new Map<string, Json>()
  // examples/tuva-valmistunut.json first: what shrinking goes to, and the base of the growth checks
  for (const f of readdirSync(here('../examples/')).filter((f) => f.endsWith('.json')).sort((a, b) => Number(b === 'tuva-valmistunut.json') - Number(a === 'tuva-valmistunut.json')))
    out.set(`examples/${f}`, readJson(here(`../examples/${f}`)))
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) out.set(`test/fixtures/koski/examples/${f}`, readJson(dir + f))
  fc.sample(validiTuvaOppija(), { numRuns: 24, seed }).forEach((d, i) => out.set(`validiTuvaOppija() #${i} (seed ${seed})`, JSON.parse(JSON.stringify(d))))
  // MUKS: KOSKI's examples serialised by hand, and generated ones
  const muks = here('../test/fixtures/koski/muks/')
  for (const f of readdirSync(muks).filter((f) => f.endsWith('.json')).sort()) out.set(`test/fixtures/koski/muks/${f}`, readJson(muks + f))
  fc.sample(validiMuksOppija(), { numRuns: 8, seed }).forEach((d, i) => out.set(`validiMuksOppija() #${i} (seed ${seed})`, JSON.parse(JSON.stringify(d))))
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Clock trap: `new Date()` and `Date.now()` counted while validate runs with `today` given

let clockReads = 0
const RealDate = Date
const TrapDate = new Proxy(RealDate, {
  construct(target, args, newTarget) {
    if (args.length === 0) clockReads++
    return Reflect.construct(target, args, newTarget)
  },
  apply(target, thisArg, args) {
    clockReads++
    return Reflect.apply(target, thisArg, args)
  },
  get(target, p, receiver) {
    if (p === 'now') return () => (clockReads++, target.now())
    return Reflect.get(target, p, receiver)
  },
})

const hasCalendarToday = (options: unknown): boolean =>
  typeof options === 'object' && options !== null && Object.prototype.hasOwnProperty.call(options, 'today') && typeof (options as { today: unknown }).today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test((options as { today: string }).today)

/** validationProblems, plus: no clock read when `today` is given. */
function check(input: unknown, options: ValidateOptions | undefined, extra: Parameters<typeof validationProblems>[2] = {}): string[] {
  const trap = hasCalendarToday(options)
  clockReads = 0
  if (trap) globalThis.Date = TrapDate
  let out: string[]
  try {
    out = validationProblems(input, options, extra)
  } finally {
    globalThis.Date = RealDate
  }
  if (trap && clockReads > 0) out.push(`the clock was read ${clockReads} times although today was given`)
  out.push(...longQuotes(input, options))
  return out
}

/** A finding's message longer than this quotes more than a bounded prefix of some value (issue 9). */
export const MAX_MESSAGE = 2000

/** Findings whose message quotes an unbounded part of the input (checked on inputs with a long string only). */
function longQuotes(input: unknown, options: ValidateOptions | undefined): string[] {
  let report
  try {
    report = validate(input, options)
  } catch {
    return []
  }
  const out: string[] = []
  for (const f of report.findings) {
    const longest = Math.max(f.message.fi.length, f.message.sv.length, f.message.en.length)
    if (longest > MAX_MESSAGE) out.push(`${f.rule} ${f.key}: a message of ${longest} characters (a value quoted whole)`)
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations

const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', 'oid', 'tila', 'alku', 'loppu', 'koodiarvo', 'arvo', 'hetu', 'tyyppi', 'length', '0']
const keyArb = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 }))

type Mutation = { readonly op: 'delete' | 'replace' | 'addKey' | 'renameKey' | 'duplicate' | 'wrapInArray' | 'stringify' | 'long'; readonly at: number; readonly key: string; readonly value: Json }
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'replace', 'addKey', 'renameKey', 'duplicate', 'wrapInArray', 'stringify', 'long'),
  at: fc.nat(),
  key: keyArb,
  value: fc.jsonValue({ maxDepth: 3 }),
})

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The paths of a document, the root included. */
const allPaths = (doc: Json): JsonPath[] => [[], ...jsonPaths(doc)]

/** What the last input's changes were, in words (paths resolved), for the reproducer. */
let trace: string[] = []
const pathText = (path: JsonPath): string => (path.length === 0 ? '(root)' : path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, ''))
const short = (v: unknown): string => {
  const text = typeof v === 'string' && v.length > 40 ? `${JSON.stringify(v.slice(0, 20))}… (${v.length} chars)` : JSON.stringify(v)
  return text === undefined ? String(v) : text.length > 120 ? `${text.slice(0, 120)}…` : text
}

/** Applies a mutation in place (the document is a fresh copy); the root is replaced through the returned value. */
function mutate(doc: Json, mutation: Mutation): Json {
  // fast-check's value is its own (it replays it when shrinking): a copy goes into the document
  const m = { ...mutation, value: structuredClone(mutation.value) }
  const paths = allPaths(doc)
  const path = paths[m.at % paths.length]!
  trace.push(`${m.op} at ${pathText(path)}${m.op === 'replace' ? ` := ${short(m.value)}` : m.op === 'addKey' || m.op === 'renameKey' ? ` key ${JSON.stringify(m.key)}` : ''}`)
  if (path.length === 0) {
    if (m.op === 'replace') return m.value
    if (m.op === 'addKey' && isObject(doc)) defineOwn(doc, m.key, m.value)
    return doc
  }
  const parent = getAt(doc, path.slice(0, -1)) as Json
  const key = path[path.length - 1]!
  const value = parent[key]
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1)
      else delete parent[key]
      break
    case 'replace':
      parent[key] = m.value
      break
    case 'addKey':
      if (isObject(value)) defineOwn(value, m.key, m.value)
      else if (isObject(parent)) defineOwn(parent, m.key, m.value)
      break
    case 'renameKey':
      if (!Array.isArray(parent)) {
        delete parent[key]
        defineOwn(parent, m.key, value)
      }
      break
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(value))
      else if (Array.isArray(value)) value.push(...structuredClone(value))
      break
    case 'wrapInArray':
      parent[key] = [value]
      break
    case 'stringify':
      parent[key] = typeof value === 'string' ? Number(value) : JSON.stringify(value)
      break
    case 'long':
      // a 5 000-character text (of the value, or of the key): what a finding may quote only a bounded prefix of
      parent[key] = (typeof value === 'string' && value !== '' ? value : m.key || 'x').repeat(Math.ceil(5000 / Math.max(1, (typeof value === 'string' && value !== '' ? value : m.key || 'x').length)))
      break
  }
  return doc
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile JS values

const HOSTILE = [
  'throwingGetter', 'proxyTransparent', 'proxyThrowingGet', 'proxyThrowingOwnKeys', 'proxyThrowingDescriptor', 'sparseArray',
  'classInstance', 'nullPrototype', 'inherited', 'symbolKey', 'boxed', 'map', 'date', 'typedArray', 'bigint', 'function',
  'undefined', 'nan', 'minusZero', 'toJSON', 'nonEnumerable', 'frozen', 'protoKey', 'arrayWithExtraKey',
] as const
type Hostile = (typeof HOSTILE)[number]
const hostileArb = fc.record({ kind: fc.constantFrom(...HOSTILE), at: fc.nat(), length: fc.constantFrom(2, 100, 10_000, 100_000) })

class Koodi {
  koodiarvo = 'lasna'
  koodistoUri = 'koskiopiskeluoikeudentila'
}
const boom = (): never => {
  throw new Error('hostile')
}

/** Makes the value at a random path hostile; says whether reading it throws (then X-INTERNAL is the right report). */
function makeHostile(doc: Json, h: { kind: Hostile; at: number; length: number }): { doc: Json; throws: boolean } {
  const paths = jsonPaths(doc)
  if (paths.length === 0) return { doc, throws: false }
  const path = paths[h.at % paths.length]!
  trace.push(`${h.kind} at ${pathText(path)}${h.kind === 'sparseArray' ? ` (length ${h.length})` : ''}`)
  const parent = getAt(doc, path.slice(0, -1)) as Json
  const key = path[path.length - 1]!
  const value = parent[key]
  const obj = isObject(value) ? value : Array.isArray(value) ? value : { value }
  let throws = false
  const set = (v: unknown) => (parent[key] = v)
  switch (h.kind) {
    case 'throwingGetter':
      Object.defineProperty(parent, key, { enumerable: true, configurable: true, get: boom })
      throws = true
      break
    case 'proxyTransparent':
      set(new Proxy(obj, {}))
      break
    case 'proxyThrowingGet':
      set(new Proxy(obj, { get: boom }))
      throws = true
      break
    case 'proxyThrowingOwnKeys':
      set(new Proxy(obj, { ownKeys: boom }))
      throws = true
      break
    case 'proxyThrowingDescriptor':
      set(new Proxy(obj, { getOwnPropertyDescriptor: boom }))
      throws = true
      break
    case 'sparseArray': {
      const a: unknown[] = Array.isArray(value) ? [...value] : [value]
      a.length = Math.max(a.length, h.length)
      set(a)
      break
    }
    case 'classInstance':
      set(Object.assign(new Koodi(), isObject(value) ? value : {}))
      break
    case 'nullPrototype':
      set(Object.assign(Object.create(null), obj))
      break
    case 'inherited':
      set(Object.create(obj))
      break
    case 'symbolKey':
      if (isObject(value)) (value as Record<symbol, unknown>)[Symbol('x')] = 1
      break
    case 'boxed':
      set(typeof value === 'number' ? new Number(value) : new String(String(value)))
      break
    case 'map':
      set(new Map(Object.entries(obj)))
      break
    case 'date':
      set(new Date(Date.UTC(2021, 7, 1)))
      break
    case 'typedArray':
      set(new Uint8Array(4))
      break
    case 'bigint':
      set(10n)
      break
    case 'function':
      set(Object.assign(() => 1, obj))
      break
    case 'undefined':
      set(undefined)
      break
    case 'nan':
      set(Number.NaN)
      break
    case 'minusZero':
      set(-0)
      break
    case 'toJSON':
      if (isObject(value)) Object.defineProperty(value, 'toJSON', { value: () => ({}), enumerable: false })
      break
    case 'nonEnumerable':
      if (!Array.isArray(parent)) Object.defineProperty(parent, key, { value, enumerable: false, configurable: true, writable: true })
      break
    case 'frozen':
      deepFreeze(doc)
      break
    case 'protoKey':
      if (isObject(value)) defineOwn(value, '__proto__', { polluted: true, tila: {} })
      break
    case 'arrayWithExtraKey':
      if (Array.isArray(value)) (value as unknown as Record<string, unknown>).extra = 1
      break
  }
  return { doc, throws }
}


// ---------------------------------------------------------------------------------------------------------------
// Privacy markers

const NAMES = { etunimet: 'Kvirvelö Zyprianus', kutsumanimi: 'Zyprianus', sukunimi: 'Hölkkäpöö-Vrånqvist' }
const SEPARATORS = ['+', '-', 'A', 'B', 'C', 'D', 'E', 'F', 'U', 'V', 'W', 'X', 'Y']
const hetuArb = fc
  .record({ day: fc.integer({ min: 0, max: 45_000 }), individual: fc.integer({ min: 2, max: 899 }), sep: fc.nat(SEPARATORS.length - 1) })
  .map(({ day, individual, sep }) => {
    const date = new RealDate(RealDate.UTC(1900, 0, 1) + day * 86_400_000).toISOString().slice(0, 10)
    const y = Number(date.slice(0, 4))
    const s = SEPARATORS[sep]!
    // a century sign that fits the year, so that the hetu is valid
    const separator = y >= 2000 ? (['A', 'B', 'C', 'D', 'E', 'F'].includes(s) ? s : 'A') : ['-', 'U', 'V', 'W', 'X', 'Y'].includes(s) ? s : '-'
    return hetuFor(date, individual, separator)
  })

const placementArb = fc.record({
  at: fc.nat(),
  what: fc.constantFrom('hetu', 'other hetu', 'etunimet', 'kutsumanimi', 'sukunimi', 'etunimi'),
  how: fc.constantFrom('value', 'key', 'inValue', 'inKey', 'number'),
})

// ---------------------------------------------------------------------------------------------------------------
// The properties

/** Findings of the privacy property in which validate masked something (a marker reached the report). */
let masked = 0

interface Property {
  readonly name: string
  readonly weight: number
  /** An input and what to check; the predicate fails on any problem. */
  readonly arb: fc.Arbitrary<unknown>
  readonly problems: (value: unknown) => string[]
}

function properties(named: ReadonlyMap<string, Json>, o: FuzzOptions): Property[] {
  const names = [...named.keys()]
  /** A base document by name (shrinks to the first); the properties copy it before changing it. */
  const baseArb = fc.nat(names.length - 1).map((i) => names[i]!)
  const base = (name: unknown): Json => structuredClone(named.get(name as string))
  const opts: ValidateOptions = { today: TODAY }
  return [
    {
      name: 'fc.jsonValue',
      weight: 3,
      arb: fc.jsonValue(),
      problems: (v) => check(v, opts),
    },
    {
      name: 'fc.anything',
      weight: 3,
      arb: fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withObjectString: true }),
      problems: (v) => check(v, opts),
    },
    {
      name: 'arbitrary henkilö and study right in an envelope',
      weight: 2,
      arb: fc.tuple(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 3 })),
      problems: (v) => {
        const [henkilö, opiskeluoikeudet] = v as [Json, Json[]]
        return check({ henkilö, opiskeluoikeudet }, opts)
      },
    },
    {
      name: 'arbitrary options (and previous)',
      weight: 2,
      arb: fc.tuple(
        baseArb,
        fc.record(
          {
            today: fc.oneof(fc.constant(TODAY), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.anything()),
            birthDate: fc.oneof(fc.constant('2005-01-01'), fc.anything()),
            previous: fc.oneof(baseArb.map((b) => ({ base: b })), fc.jsonValue()),
            serviceUser: fc.anything(),
            acceptSyntheticHetus: fc.anything(),
            vosRajapäivä: fc.oneof(fc.constant('2025-12-31'), fc.anything()),
            maksuttomuus: fc.oneof(fc.record({ kotikuntaManneruomessaEnnen18: fc.anything(), hetuton: fc.anything() }), fc.anything()),
            maxFindings: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.anything()),
          },
          { requiredKeys: [] },
        ),
      ),
      problems: (v) => {
        const [b, options] = v as [string, Record<string, unknown>]
        const previous = options.previous as Json
        const o = isObject(previous) && typeof previous.base === 'string' && Object.keys(previous).length === 1 ? { ...options, previous: base(previous.base) } : options
        return check(base(b), o as ValidateOptions)
      },
    },
    {
      name: 'mutations of the examples and of generated documents',
      weight: 6,
      arb: fc.tuple(baseArb, fc.array(mutationArb, { minLength: 1, maxLength: 5 }), fc.boolean()),
      problems: (v) => {
        const [b, mutations, withPrevious] = v as [string, Mutation[], boolean]
        let doc = base(b)
        for (const m of mutations) doc = mutate(doc, m)
        return check(doc, withPrevious ? { today: TODAY, previous: base(b) } : opts)
      },
    },
    {
      name: 'hostile JS values in the examples',
      weight: 3,
      arb: fc.tuple(baseArb, fc.array(hostileArb, { minLength: 1, maxLength: 3 })),
      problems: (v) => {
        const [b, hostiles] = v as [string, Array<{ kind: Hostile; at: number; length: number }>]
        let doc = base(b)
        let throws = false
        for (const h of hostiles) {
          if (throws) break // the document cannot be read any more (nor frozen twice)
          try {
            const r = makeHostile(doc, h)
            doc = r.doc
            throws ||= r.throws
          } catch {
            // a part made hostile before (a frozen document, a proxy): this change is not made
          }
        }
        return check(doc, opts, { internalAllowed: throws })
      },
    },
    {
      name: 'privacy: marker hetus and names in random fields and keys',
      weight: 6,
      arb: fc.tuple(baseArb, hetuArb, fc.array(hetuArb, { minLength: 1, maxLength: 3 }), fc.array(placementArb, { minLength: 1, maxLength: 8 }), fc.boolean()),
      problems: (v) => {
        const [b, hetu, others, placements, withOid] = v as [string, string, string[], Array<{ at: number; what: string; how: string }>, boolean]
        const doc = base(b)
        if (!isObject(doc)) return []
        doc.henkilö = { ...(withOid ? { oid: '1.2.246.562.24.00000000001' } : {}), hetu, ...NAMES }
        const marker = (what: string, i: number): string =>
          what === 'hetu' ? hetu : what === 'other hetu' ? others[i % others.length]! : what === 'etunimi' ? NAMES.etunimet.split(' ')[1]! : NAMES[what as keyof typeof NAMES]
        placements.forEach((p, i) => {
          const m = marker(p.what, i)
          const paths = jsonPaths(doc.opiskeluoikeudet ?? doc).map((q) => (doc.opiskeluoikeudet === undefined ? q : ['opiskeluoikeudet', ...q]))
          if (paths.length === 0) return
          const path = paths[p.at % paths.length]!
          const parent = getAt(doc, path.slice(0, -1)) as Json
          const key = path[path.length - 1]!
          const target = parent[key]
          trace.push(`${p.what} ${JSON.stringify(m)} as ${p.how} at ${pathText(path)}`)
          switch (p.how) {
            case 'value':
              parent[key] = m
              break
            case 'inValue':
              parent[key] = `x ${m}, y`
              break
            case 'number':
              parent[key] = /^\d/.test(m) ? m.slice(0, 6) + m.slice(7) : m
              break
            case 'key':
              defineOwn(isObject(target) ? target : isObject(parent) ? parent : doc, m, p.at % 2 === 0 ? 1 : null)
              break
            case 'inKey':
              defineOwn(isObject(target) ? target : isObject(parent) ? parent : doc, `${m}.x[0]`, 1)
              break
          }
        })
        // each also lower- and upper-cased: a message that changes the case of what it quotes must not leak either
        const secrets = [hetu, ...others, ...Object.values(NAMES), ...Object.values(NAMES).flatMap((n) => n.split(/[\s-]/))].flatMap((x) => [x, x.toLowerCase(), x.toUpperCase()])
        const out = check(doc, opts, { secrets })
        // evidence that the check has teeth: the findings where a marker reached the report and was masked
        try {
          masked += validate(doc, opts).findings.filter((f) => JSON.stringify(f).includes(PEITE)).length
        } catch {
          // reported by check
        }
        return out
      },
    },
    {
      name: `deep (${o.depth} levels) and wide (${o.width}) inputs`,
      weight: 0.02,
      arb: fc.tuple(baseArb, fc.nat(), fc.constantFrom('deepObject', 'deepArray', 'wideObject', 'wideArray'), fc.boolean()),
      problems: (v) => {
        const [b, at, kind, asKey] = v as [string, number, string, boolean]
        const doc = base(b)
        const big =
          kind === 'deepObject' ? deepObject(o.depth) : kind === 'deepArray' ? deepArray(o.depth) : kind === 'wideArray' ? Array.from({ length: o.width }, (_, j) => ({ j })) : Object.fromEntries(Array.from({ length: o.width }, (_, j) => [`k${j}`, j]))
        const paths = allPaths(doc)
        const path = paths[at % paths.length]!
        if (path.length === 0) return check(big, opts)
        const parent = getAt(doc, path.slice(0, -1)) as Json
        const key = path[path.length - 1]!
        if (asKey && isObject(parent[key])) parent[key].syvä = big
        else parent[key] = big
        return check(doc, opts)
      },
    },
  ]
}

// ---------------------------------------------------------------------------------------------------------------
// Growth checks

interface Reproducer {
  readonly name: string
  /** The input and options of size n. */
  readonly build: (n: number) => [unknown, ValidateOptions]
  readonly n0: number
  readonly nMax: number
  /** 'linear': the input grows with n; 'constant': only a `length` grows. */
  readonly kind: 'linear' | 'constant'
}

const DAY = 86_400_000
const päivä = (i: number): string => new RealDate(RealDate.UTC(1900, 0, 1) + i * DAY).toISOString().slice(0, 10)
const koodi = (koodistoUri: string, koodiarvo: string) => ({ koodiarvo, koodistoUri })

function namedReproducers(example: Json): Reproducer[] {
  const doc = (): Json => structuredClone(example)
  const oo = (d: Json): Json => d.opiskeluoikeudet[0]
  const opts = { today: TODAY }
  const withLupa = (lupa: string, lisätiedot: (n: number) => Json) => (n: number): [unknown, ValidateOptions] => {
    const d = doc()
    oo(d).järjestämislupa.koodiarvo = lupa
    oo(d).lisätiedot = lisätiedot(n)
    return [d, opts]
  }
  const jaksot = (n: number, offset = 0) => Array.from({ length: n }, (_, i) => ({ alku: päivä(4 * i + offset), loppu: päivä(4 * i + offset + 1) }))
  const laajuus = (text: (n: number) => string) => (n: number): [unknown, ValidateOptions] => {
    const d = doc()
    oo(d).suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = text(n)
    return [d, opts]
  }
  const manyStudyRights = (n: number) => {
    const d = doc()
    d.opiskeluoikeudet = Array.from({ length: n }, (_, i) => ({ ...structuredClone(oo(example)), oid: `1.2.246.562.15.${String(i).padStart(11, '0')}`, lähdejärjestelmänId: { id: `id-${i}`, lähdejärjestelmä: koodi('lahdejarjestelma', 'primus') } }))
    return d
  }
  return [
    { name: 'laajuus.arvo "1"×n + "x"', build: laajuus((n) => '1'.repeat(n) + 'x'), n0: 256, nMax: 1 << 20, kind: 'linear' },
    { name: 'laajuus.arvo " "×n + "1"', build: laajuus((n) => ' '.repeat(n) + '1'), n0: 256, nMax: 1 << 20, kind: 'linear' },
    { name: 'laajuus.arvo "1" + " "×n + "x"', build: laajuus((n) => '1' + ' '.repeat(n) + 'x'), n0: 256, nMax: 1 << 20, kind: 'linear' },
    { name: 'laajuus.arvo "1."+"1"×n + "e"', build: laajuus((n) => '1.' + '1'.repeat(n) + 'e'), n0: 256, nMax: 1 << 20, kind: 'linear' },
    {
      name: 'previous lähdejärjestelmäkytkentäPurettu "…T10:00:00." + "0"×n + "x"',
      build: (n) => {
        const d = doc()
        oo(d).oid = '1.2.246.562.15.00000000001'
        oo(d).lähdejärjestelmäkytkentäPurettu = { purettu: '2022-01-01T10:00:00' }
        const previous = doc()
        oo(previous).oid = '1.2.246.562.15.00000000001'
        oo(previous).lähdejärjestelmäkytkentäPurettu = { purettu: `2022-01-01T10:00:00.${'0'.repeat(n)}x` }
        return [d, { today: TODAY, previous }]
      },
      n0: 256,
      nMax: 1 << 20,
      kind: 'linear',
    },
    {
      name: 'tila.opiskeluoikeusjaksot ×n (in order)',
      build: (n) => {
        const d = doc()
        const [lasna, valmis] = oo(d).tila.opiskeluoikeusjaksot
        oo(d).tila.opiskeluoikeusjaksot = Array.from({ length: n }, (_, i) => (i === n - 1 ? { ...valmis, alku: päivä(i) } : { ...lasna, alku: päivä(i), tila: koodi('koskiopiskeluoikeudentila', i % 2 === 0 ? 'lasna' : 'valiaikaisestikeskeytynyt') }))
        return [d, opts]
      },
      n0: 256,
      nMax: 1 << 17,
      kind: 'linear',
    },
    {
      name: 'tila.opiskeluoikeusjaksot ×n (broken dates: many findings)',
      build: (n) => {
        const d = doc()
        oo(d).tila.opiskeluoikeusjaksot = Array.from({ length: n }, () => ({ alku: '2021-02-29' }))
        return [d, opts]
      },
      n0: 256,
      nMax: 1 << 17,
      kind: 'linear',
    },
    {
      name: 'ammatillinen lisätiedot periods ×n (majoitus, sisäoppilaitosmainenMajoitus, erityinenTuki, …)',
      build: withLupa('ammatillinen', (n) => ({
        majoitus: jaksot(n),
        sisäoppilaitosmainenMajoitus: jaksot(n, 2),
        erityinenTuki: jaksot(n),
        vaativanErityisenTuenErityinenTehtävä: jaksot(n, 2),
        vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: jaksot(n),
        vaikeastiVammainen: jaksot(n),
        vammainenJaAvustaja: jaksot(n, 2),
        vankilaopetuksessa: jaksot(n),
      })),
      n0: 128,
      nMax: 1 << 16,
      kind: 'linear',
    },
    {
      name: 'perusopetus lisätiedot periods ×n (vammainen, vaikeastiVammainen, erityisenTuenPäätökset, sisäoppilaitosmainenMajoitus, koulukoti)',
      build: withLupa('perusopetus', (n) => ({
        vammainen: jaksot(n),
        vaikeastiVammainen: jaksot(n, 2),
        erityisenTuenPäätökset: jaksot(n, 2),
        sisäoppilaitosmainenMajoitus: jaksot(n),
        koulukoti: jaksot(n, 2),
        majoitusetu: { alku: päivä(0), loppu: päivä(4 * n) },
        kuljetusetu: { alku: päivä(0), loppu: päivä(4 * n) },
      })),
      n0: 128,
      nMax: 1 << 16,
      kind: 'linear',
    },
    {
      name: 'maksuttomuus and oikeuttaMaksuttomuuteenPidennetty ×n',
      build: withLupa('ammatillinen', (n) => ({
        maksuttomuus: Array.from({ length: n }, (_, i) => ({ alku: päivä(40_000 + i), maksuton: i % 2 === 0 })),
        oikeuttaMaksuttomuuteenPidennetty: jaksot(n, 40_000),
      })),
      n0: 128,
      nMax: 1 << 16,
      kind: 'linear',
    },
    {
      name: 'opiskeluoikeudet ×n, each with its stored version in previous ×n',
      build: (n) => {
        const d = manyStudyRights(n)
        const previous = structuredClone(d)
        previous.opiskeluoikeudet.reverse()
        return [d, { today: TODAY, previous }]
      },
      n0: 16,
      nMax: 1 << 13,
      kind: 'linear',
    },
    {
      name: 'previous ×n, one study right',
      build: (n) => {
        const d = doc()
        return [d, { today: TODAY, previous: manyStudyRights(n) }]
      },
      n0: 64,
      nMax: 1 << 15,
      kind: 'linear',
    },
    {
      name: 'osasuoritukset ×n (the same one: G-DUP-1)',
      build: (n) => {
        const d = doc()
        const s = oo(d).suoritukset[0]
        s.osasuoritukset = Array.from({ length: n }, () => s.osasuoritukset[0])
        return [d, opts]
      },
      n0: 128,
      nMax: 1 << 16,
      kind: 'linear',
    },
    {
      name: 'kurssit ×n under 104 (distinct)',
      build: (n) => {
        const d = doc()
        const v = oo(d).suoritukset[0].osasuoritukset.find((o: Json) => o.koulutusmoduuli.tunniste.koodiarvo === '104')
        const k = v.osasuoritukset[0]
        v.osasuoritukset = Array.from({ length: n }, (_, i) => ({ ...k, koulutusmoduuli: { ...k.koulutusmoduuli, tunniste: { koodiarvo: `K${i}`, nimi: { fi: `Kurssi ${i}` } } } }))
        return [d, opts]
      },
      n0: 128,
      nMax: 1 << 16,
      kind: 'linear',
    },
    {
      name: 'unknown keys ×n in the study right (S-1 each)',
      build: (n) => {
        const d = doc()
        for (let i = 0; i < n; i++) oo(d)[`k${i}`] = i
        return [d, opts]
      },
      n0: 256,
      nMax: 1 << 18,
      kind: 'linear',
    },
    {
      name: 'kansalaisuus ×n (broken codes: many findings)',
      build: (n) => {
        const d = doc()
        d.henkilö = { oid: '1.2.246.562.24.00000000001', etunimet: 'Turo', kutsumanimi: 'Turo', sukunimi: 'Vaara', kansalaisuus: Array.from({ length: n }, () => koodi('maatjavaltiot2', '0')) }
        return [d, opts]
      },
      n0: 256,
      nMax: 1 << 17,
      kind: 'linear',
    },
    {
      name: 'nesting ×n under an unknown key',
      build: (n) => {
        const d = doc()
        oo(d).syvä = deepObject(n)
        return [d, opts]
      },
      n0: 256,
      nMax: 1 << 17,
      kind: 'linear',
    },
    {
      name: 'a sparse opiskeluoikeusjaksot of length n (no elements)',
      build: (n) => {
        const d = doc()
        const a: unknown[] = []
        a.length = n
        oo(d).tila.opiskeluoikeusjaksot = a
        return [d, opts]
      },
      n0: 1024,
      nMax: 1 << 16,
      // holes read as the nulls JSON.stringify writes (docs/robustness.md): work ∝ length, up to LISTAN_ENIMMÄISPITUUS
      kind: 'linear',
    },
    {
      name: 'a sparse opiskeluoikeudet of length n (no elements)',
      build: (n) => {
        const d = doc()
        const a: unknown[] = []
        a.length = n
        d.opiskeluoikeudet = a
        return [d, opts]
      },
      n0: 1024,
      nMax: 1 << 16,
      // holes read as the nulls JSON.stringify writes (docs/robustness.md): work ∝ length, up to LISTAN_ENIMMÄISPITUUS
      kind: 'linear',
    },
  ]
}

/** Every string field of the example, holding each of four texts of length n. */
function stringReproducers(example: Json): Reproducer[] {
  const TEXTS: ReadonlyArray<[string, (n: number) => string]> = [
    ['"1"×n+"x"', (n) => '1'.repeat(n) + 'x'],
    ['" "×n+"1"', (n) => ' '.repeat(n) + '1'],
    ['"0"×n+"x"', (n) => '0'.repeat(n) + 'x'],
    ['"a."×n', (n) => 'a.'.repeat(n >> 1)],
  ]
  const out: Reproducer[] = []
  for (const path of jsonPaths(example)) {
    if (typeof getAt(example, path) !== 'string') continue
    for (const [label, text] of TEXTS) {
      out.push({
        name: `${path.join('.')} = ${label}`,
        build: (n) => {
          const d = structuredClone(example)
          const parent = getAt(d, path.slice(0, -1)) as Json
          parent[path[path.length - 1]!] = text(n)
          return [d, { today: TODAY }]
        },
        n0: 1024,
        nMax: 1 << 20,
        kind: 'linear',
      })
    }
  }
  return out
}

const timeOnce = (input: unknown, options: ValidateOptions): number => {
  const start = performance.now()
  validate(input, options)
  return performance.now() - start
}

/** The best of `repeats` runs (the input built once). */
const best = (r: Reproducer, n: number, repeats: number): number => {
  const [input, options] = r.build(n)
  let min = Infinity
  for (let i = 0; i < repeats; i++) min = Math.min(min, timeOnce(input, options))
  return min
}

/**
 * The time to reach at the base size (doubling n), 30 ms: long enough that noise, the JIT and the fixed cost of the
 * rest of the document matter little.
 */
export function measureGrowth(r: Reproducer, repeats: number, measurableMs = 30): Growth {
  let n = r.n0
  let ms = best(r, n, repeats)
  while (ms < measurableMs && n * 8 <= r.nMax) {
    n *= 2
    ms = best(r, n, repeats)
  }
  const limit = r.kind === 'linear' ? 12 : 3
  let ms4 = best(r, 4 * n, repeats)
  // A ratio beyond the limit is measured twice more, and the lowest kept: a pause of the machine (GC, another
  // process) makes one ratio high, a super-linear path makes all of them high.
  for (let retry = 0; retry < 2 && ms4 / Math.max(ms, 0.05) > limit; retry++) {
    const again = best(r, n, repeats)
    const again4 = best(r, 4 * n, repeats)
    if (again4 / Math.max(again, 0.05) < ms4 / Math.max(ms, 0.05)) [ms, ms4] = [again, again4]
  }
  const ratio = ms4 / Math.max(ms, 0.05)
  return { name: r.name, n, ms, ms4, ratio, limit, ok: ratio <= limit }
}

// ---------------------------------------------------------------------------------------------------------------
// Time zones

/** A seeded corpus (examples, generated documents and their JSON mutations), the same in every process. */
function tzCorpus(seed: number, count: number): Array<[unknown, ValidateOptions]> {
  const bases = [...baseDocuments(seed).values()]
  const arb = fc.tuple(fc.nat(bases.length - 1), fc.array(mutationArb, { maxLength: 3 }))
  const out: Array<[unknown, ValidateOptions]> = bases.map((b) => [b, { today: TODAY }])
  for (const [i, mutations] of fc.sample(arb, { numRuns: count, seed })) {
    let doc = structuredClone(bases[i])
    for (const m of mutations) doc = mutate(doc, m)
    out.push([doc, { today: TODAY }])
  }
  // dates around the ends of years and of daylight-saving time
  for (const today of ['2021-03-28', '2021-10-31', '2021-12-31', '2022-01-01', '2024-02-29', '2026-03-29']) out.push([bases[0], { today }])
  return out
}

/** The digest of the reports of the time-zone corpus in this process's time zone. */
export function tzDigest(seed: number, count: number): string {
  const hash = createHash('sha256')
  for (const [input, options] of tzCorpus(seed, count)) hash.update(snapshot(validate(input, options)))
  return hash.digest('hex').slice(0, 16)
}

/** Runs this script in a child process; its stdout, or why it failed. */
const runChild = (args: readonly string[], env: Record<string, string>, nodeArgs: readonly string[] = [], timeoutMs = 120_000): Promise<string> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', fileURLToPath(import.meta.url), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const heap = nodeArgs.find((a) => a.startsWith('--max-old-space-size='))?.split('=')[1]
      resolve(
        code === 0
          ? out.trim()
          : signal === 'SIGKILL'
            ? `did not finish in ${timeoutMs / 1000} s`
            : /heap out of memory/.test(err)
              ? `exhausted the heap${heap === undefined ? '' : ` (${heap} MB)`}`
              : `failed (${code ?? signal}): ${err.replace(/\s+/g, ' ').slice(0, 200)}`,
      )
    })
  })

/** Where an array of length 2**32−1 is put, for the child processes of `hugeSparse`. */
const HUGE_SPARSE: Record<string, (doc: Json, a: unknown[]) => void> = {
  'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot': (d, a) => (d.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot = a),
  opiskeluoikeudet: (d, a) => (d.opiskeluoikeudet = a),
  'opiskeluoikeudet[0].suoritukset[0].osasuoritukset': (d, a) => (d.opiskeluoikeudet[0].suoritukset[0].osasuoritukset = a),
  'opiskeluoikeudet[0].lisätiedot.maksuttomuus': (d, a) => (d.opiskeluoikeudet[0].lisätiedot = { maksuttomuus: a }),
}

function hugeSparseChild(where: string): string {
  const doc = readJson(here('../examples/tuva-valmistunut.json'))
  const a: unknown[] = []
  a.length = 2 ** 32 - 1
  HUGE_SPARSE[where]!(doc, a)
  const start = performance.now()
  const report = validate(doc, { today: TODAY })
  return `${report.findings.length} findings in ${(performance.now() - start).toFixed(0)} ms`
}

// ---------------------------------------------------------------------------------------------------------------
// The run

const cut = (s: string, max = 4000): string => (s.length <= max ? s : `${s.slice(0, max)}… (${s.length} chars)`)

/** A problem's kind, so that the same problem is reported once and the search goes on for others. */
const signature = (problem: string): string => problem.replace(/"[^"]*"/g, '"…"').replace(/\[\d+\]/g, '[*]').replace(/\d+/g, 'N')

/** The problems of an input; an exception of the harness itself counts as one (it must never hide a problem). */
let traceFile: string | undefined
const safe = (p: Property, v: unknown): string[] => {
  trace = []
  if (traceFile !== undefined) writeFileSync(traceFile, `${p.name}\n${cut(safeStringify(v), 100_000)}\n`)
  try {
    return p.problems(v)
  } catch (e) {
    return [`the harness threw: ${String(e)}`]
  }
}

const safeStringify = (v: unknown): string => {
  try {
    return fc.stringify(v)
  } catch {
    return '(unprintable)'
  }
}

export async function fuzz(options: Partial<FuzzOptions> = {}): Promise<Summary> {
  const o: FuzzOptions = { ...DEFAULTS, ...options }
  traceFile = o.traceFile
  const start = performance.now()
  // the budget: the properties until 55 % of it, the growth checks until 95 %, the time zones after (a few seconds)
  const propertiesDeadline = start + o.maxSeconds * 550
  const growthDeadline = start + o.maxSeconds * 950
  const log = (s: string) => o.verbose && process.stderr.write(`${s}\n`)
  const bases = baseDocuments(o.seed)
  const problems: Problem[] = []
  masked = 0
  const props = properties(bases, o).filter((p) => o.only.length === 0 || o.only.some((name) => p.name.includes(name)))
  const totalWeight = props.reduce((a, p) => a + p.weight, 0)
  const done: Array<{ name: string; runs: number; interrupted: boolean }> = []

  props.forEach((p, index) => {
    const runs = Math.max(1, Math.round((o.runs * p.weight) / totalWeight))
    const known = new Set<string>()
    let ran = 0
    let interrupted = false
    // After a failure, go on with that kind of problem known, until the runs are done or no new kind shows up.
    for (let round = 0; round < 8 && ran < runs; round++) {
      const left = Math.max(0, propertiesDeadline - performance.now()) / (props.length - index)
      if (left < 50) {
        interrupted = true
        break
      }
      const result = fc.check(
        fc.property(p.arb, (v) => safe(p, v).every((x) => known.has(signature(x)))),
        { seed: o.seed * 1000 + index * 10 + round, numRuns: runs - ran, interruptAfterTimeLimit: left, markInterruptAsFailure: false },
      )
      ran += result.numRuns
      interrupted ||= result.interrupted
      if (!result.failed || result.counterexample === null) break
      const value = result.counterexample[0]
      // Re-run on the shrunk counterexample (the predicate copies what it mutates) to get its problems.
      const found = safe(p, value).filter((x) => !known.has(signature(x)))
      if (found.length === 0) break
      for (const f of found) known.add(signature(f))
      problems.push({ check: p.name, problems: found, reproducer: cut(fc.stringify(value)) + (trace.length > 0 ? `\n      i.e. ${trace.join('; ')}` : '') })
      log(`${p.name}: ${found.join('; ')}`)
    }
    done.push({ name: p.name, runs: ran, interrupted })
    log(`${p.name}: ${ran} runs${interrupted ? ' (interrupted)' : ''}`)
  })

  const growth: Growth[] = []
  let growthSkipped = 0
  if (o.growth !== 'none') {
    const example = bases.get('examples/tuva-valmistunut.json')
    // the named reproducers first, then the string fields in a seeded order (another seed, other fields first)
    const strings = o.growth === 'all' ? fc.sample(fc.shuffledSubarray(stringReproducers(example), { minLength: 0 }), { numRuns: 1, seed: o.seed })[0]! : []
    const all = [...namedReproducers(example), ...strings]
    const reproducers = all.filter((r) => o.growthOnly.length === 0 || o.growthOnly.some((name) => r.name.includes(name)))
    for (const r of reproducers) {
      if (performance.now() > growthDeadline) {
        growthSkipped++
        continue
      }
      const g = measureGrowth(r, o.repeats, o.measurableMs)
      growth.push(g)
      if (!g.ok) {
        problems.push({ check: `growth ${r.name}`, problems: [`t(${4 * g.n})/t(${g.n}) = ${g.ratio.toFixed(1)} > ${g.limit} (${g.ms.toFixed(1)} ms → ${g.ms4.toFixed(1)} ms)`], reproducer: r.name })
      }
      log(`growth ${r.name}: n=${g.n} ${g.ms.toFixed(1)} → ${g.ms4.toFixed(1)} ms, ×${g.ratio.toFixed(1)}`)
    }
  }

  const timeZones: Array<{ tz: string; digest: string; ok: boolean }> = []
  if (o.timeZones.length > 0) {
    const own = tzDigest(o.seed, o.tzCorpus)
    // two children at a time (the machine's cores are shared)
    const queue = [...o.timeZones]
    const worker = async () => {
      for (let tz = queue.shift(); tz !== undefined; tz = queue.shift()) {
        const digest = await runChild(['--tz-digest', '--seed', String(o.seed), '--tz-corpus', String(o.tzCorpus)], { TZ: tz })
        timeZones.push({ tz, digest, ok: digest === own })
        log(`TZ=${tz}: ${digest}${digest === own ? '' : ` ≠ ${own}`}`)
      }
    }
    await Promise.all([worker(), worker()])
    for (const t of timeZones) if (!t.ok) problems.push({ check: `time zone ${t.tz}`, problems: [`reports differ from TZ=${process.env.TZ ?? '(unset)'}: ${t.digest} ≠ ${own}`], reproducer: `TZ=${t.tz} npm run fuzz -- --seed ${o.seed}` })
  }

  const hugeSparse: Array<{ where: string; result: string }> = []
  if (o.hugeSparse) {
    for (const where of Object.keys(HUGE_SPARSE)) {
      const result = await runChild(['--huge-sparse', where], {}, ['--max-old-space-size=512'], 60_000)
      hugeSparse.push({ where, result })
      log(`length 2**32-1 at ${where}: ${result}`)
      if (!/^\d+ findings in \d+ ms$/.test(result)) problems.push({ check: `an array of length 2**32−1 at ${where}`, problems: [result], reproducer: `const a = []; a.length = 2 ** 32 - 1; doc.${where} = a; validate(doc, { today })` })
    }
  }

  return { options: o, properties: done, growth, growthSkipped, timeZones, hugeSparse, problems, masked, seconds: (performance.now() - start) / 1000 }
}

export function printSummary(s: Summary): string {
  const lines: string[] = []
  lines.push(`fuzz: seed ${s.options.seed}, ${s.properties.reduce((a, p) => a + p.runs, 0)} inputs in ${s.seconds.toFixed(1)} s`)
  for (const p of s.properties) lines.push(`  ${String(p.runs).padStart(7)}  ${p.name}${p.interrupted ? ' (time budget reached)' : ''}`)
  lines.push(`privacy: ${s.masked} findings had a marker masked (none leaked unmasked unless listed below)`)
  if (s.growth.length > 0) {
    const bad = s.growth.filter((g) => !g.ok)
    const worst = [...s.growth].sort((a, b) => b.ratio / b.limit - a.ratio / a.limit).slice(0, 5)
    lines.push(`growth: ${s.growth.length} reproducers${s.growthSkipped > 0 ? ` (${s.growthSkipped} more left out: time budget reached)` : ''}, ${bad.length} beyond linear; highest ratios (t(4n)/t(n)):`)
    for (const g of [...new Set([...bad, ...worst])]) lines.push(`  ×${g.ratio.toFixed(1).padStart(5)} (limit ${g.limit})  n=${g.n}  ${g.ms.toFixed(1)} → ${g.ms4.toFixed(1)} ms  ${g.name}`)
  }
  if (s.timeZones.length > 0) lines.push(`time zones: ${s.timeZones.filter((t) => t.ok).length}/${s.timeZones.length} give the same reports (${s.timeZones.map((t) => t.tz).join(', ')})`)
  for (const h of s.hugeSparse) lines.push(`length 2**32−1 at ${h.where}: ${h.result}`)
  if (s.problems.length === 0) lines.push('no problems found')
  else {
    lines.push(`${s.problems.length} PROBLEMS:`)
    for (const p of s.problems) {
      lines.push(`- ${p.check}`)
      for (const x of p.problems) lines.push(`    ${x}`)
      lines.push(`    reproducer: ${p.reproducer}`)
    }
  }
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------------------------
// The command line

const USAGE = `usage: npm run fuzz -- [--seed N] [--runs N] [--max-seconds N] [--depth N] [--width N] [--only PROPERTY,…] [--growth all|named|none] [--growth-only NAME,…] [--time-zones A,B|none] [--tz-corpus N] [--no-huge-sparse] [--trace FILE] [--json] [--quiet]`

function parseArgs(argv: readonly string[]): { options: Partial<FuzzOptions>; json: boolean; tzDigest: boolean; hugeSparseAt: string | undefined } {
  const options: Record<string, unknown> = { verbose: true }
  let json = false
  let tz = false
  let hugeSparseAt: string | undefined
  const num = (name: string, v: string | undefined): number => {
    const n = Number(v)
    if (v === undefined || !Number.isFinite(n) || n < 0) throw new Error(`${name} needs a number`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const v = argv[i + 1]
    switch (a) {
      case '--seed': options.seed = num(a, v); i++; break
      case '--runs': options.runs = num(a, v); i++; break
      case '--max-seconds': options.maxSeconds = num(a, v); i++; break
      case '--depth': options.depth = num(a, v); i++; break
      case '--width': options.width = num(a, v); i++; break
      case '--repeats': options.repeats = num(a, v); i++; break
      case '--tz-corpus': options.tzCorpus = num(a, v); i++; break
      case '--trace': options.traceFile = v; i++; break
      case '--only': options.only = (v ?? '').split(','); i++; break
      case '--growth-only': options.growthOnly = (v ?? '').split(','); i++; break
      case '--growth':
        if (v !== 'all' && v !== 'named' && v !== 'none') throw new Error('--growth is all, named or none')
        options.growth = v
        i++
        break
      case '--time-zones': options.timeZones = v === undefined || v === 'none' ? [] : v.split(','); i++; break
      case '--json': json = true; break
      case '--quiet': options.verbose = false; break
      case '--tz-digest': tz = true; break
      case '--huge-sparse': hugeSparseAt = v; i++; break
      case '--no-huge-sparse': options.hugeSparse = false; break
      default: throw new Error(`unknown argument ${a}`)
    }
  }
  return { options: options as Partial<FuzzOptions>, json, tzDigest: tz, hugeSparseAt }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  let args: ReturnType<typeof parseArgs>
  try {
    args = parseArgs(process.argv.slice(2))
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`)
    process.exit(2)
  }
  if (args.hugeSparseAt !== undefined) {
    process.stdout.write(`${hugeSparseChild(args.hugeSparseAt)}\n`)
  } else if (args.tzDigest) {
    process.stdout.write(`${tzDigest(args.options.seed ?? DEFAULTS.seed, args.options.tzCorpus ?? DEFAULTS.tzCorpus)}\n`)
  } else {
    const summary = await fuzz(args.options)
    process.stdout.write(args.json ? `${JSON.stringify(summary, null, 2)}\n` : `${printSummary(summary)}\n`)
    process.exitCode = summary.problems.length === 0 ? 0 : 1
  }
}
