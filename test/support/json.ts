/** JSON tools for property tests (iterative: they must cope with 20 000 levels of nesting), and report checks. */
import { JSON_SCHEMA_KEY, WARNING_PREFIX, validate, type Report, type ValidateOptions } from '../../src'
import type { Json } from './yleiset'

export type JsonPath = ReadonlyArray<string | number>

/** Every path in a JSON document (objects' own keys, array indices), the root excluded, parents before children. */
export function jsonPaths(doc: unknown): JsonPath[] {
  const out: JsonPath[] = []
  const stack: Array<[unknown, JsonPath]> = [[doc, []]]
  while (stack.length > 0) {
    const [value, path] = stack.pop()!
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        out.push([...path, i])
        stack.push([value[i], [...path, i]])
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value).reverse()) {
        out.push([...path, key])
        stack.push([(value as Record<string, unknown>)[key], [...path, key]])
      }
    }
  }
  return out
}

export const getAt = (doc: unknown, path: JsonPath): unknown => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], doc)

/** The parent of `path` and the last key, for changing a value in place. */
export const parentAt = (doc: unknown, path: JsonPath): [Record<string | number, unknown>, string | number] => [
  getAt(doc, path.slice(0, -1)) as Record<string | number, unknown>,
  path[path.length - 1]!,
]

/** Sets an own, enumerable property, even for keys such as `__proto__`. */
export const defineOwn = (target: object, key: string | number, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** The path as findings write it: `a.b[0].c`. */
export const findingPath = (path: JsonPath): string =>
  path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc === '' ? k : `${acc}.${k}`), '')

/** A canonical text of any value (own enumerable keys, -0, NaN, undefined, bigint told apart), without recursion. */
export function snapshot(root: unknown): string {
  const parts: string[] = []
  const stack: unknown[] = [root]
  const CLOSE_ARRAY = Symbol('close-array')
  const CLOSE_OBJECT = Symbol('close-object')
  class Key {
    constructor(readonly key: string) {}
  }
  while (stack.length > 0) {
    const v = stack.pop()
    if (v instanceof Key) parts.push(`#${JSON.stringify(v.key)}`)
    else if (v === CLOSE_ARRAY) parts.push(']')
    else if (v === CLOSE_OBJECT) parts.push('}')
    else if (v === undefined) parts.push('u')
    else if (v === null) parts.push('n')
    else if (typeof v === 'number') parts.push(Object.is(v, -0) ? 'n-0' : `n${v}`)
    else if (typeof v === 'string') parts.push(JSON.stringify(v))
    else if (typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'symbol') parts.push(`${typeof v}:${String(v)}`)
    else if (typeof v === 'function') parts.push('f')
    else if (Array.isArray(v)) {
      parts.push(`[${v.length}:`)
      stack.push(CLOSE_ARRAY)
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i])
    } else {
      const o = v as Record<string, unknown>
      parts.push(`{${Object.prototype.toString.call(o)}${Object.getPrototypeOf(o) === null ? '0' : ''}:`)
      stack.push(CLOSE_OBJECT)
      for (const key of Object.keys(o).reverse()) stack.push(o[key], new Key(key))
    }
  }
  return parts.join(',')
}

/** Freezes every object and array reachable from `root`, without recursion. */
export function deepFreeze<T>(root: T): T {
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const v = stack.pop()
    if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
      Object.freeze(v)
      for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key])
    }
  }
  return root
}

/** `{"a":{"a":…1…}}` nested `depth` levels, built by JSON.parse. */
export const deepObject = (depth: number, key = 'a'): Json => JSON.parse(`{"${key}":`.repeat(depth) + '1' + '}'.repeat(depth))

/** `[[[…]]]` nested `depth` levels, built by JSON.parse. */
export const deepArray = (depth: number): Json => JSON.parse('['.repeat(depth) + ']'.repeat(depth))

/**
 * What is wrong with a report, as a list of texts (empty when nothing): `valid` ⇔ no error; every finding has a
 * severity, a non-empty key and rule, a path string, non-empty fi/sv/en texts; jsonSchema errors carry an errorType;
 * warnings use our prefix; no internal error; no finding quotes any of `secrets` (hetu, names).
 */
export function reportProblems(report: Report, secrets: readonly string[] = [], { internalAllowed = false } = {}): string[] {
  const problems: string[] = []
  const errors = report.findings.filter((f) => f.severity === 'error')
  if (report.valid !== (errors.length === 0)) problems.push(`valid=${report.valid} with ${errors.length} errors`)
  if (!Array.isArray(report.skipped) || report.skipped.some((s) => typeof s !== 'string' || s === '')) problems.push('bad skipped list')
  for (const f of report.findings) {
    const where = `${f.rule} ${f.key} @${f.path}`
    if (f.severity !== 'error' && f.severity !== 'warning') problems.push(`${where}: severity ${String(f.severity)}`)
    if (typeof f.key !== 'string' || f.key === '') problems.push(`${where}: empty key`)
    if (typeof f.rule !== 'string' || f.rule === '') problems.push(`${where}: empty rule`)
    if (typeof f.path !== 'string') problems.push(`${where}: path not a string`)
    for (const lang of ['fi', 'sv', 'en'] as const) {
      if (typeof f.message?.[lang] !== 'string' || f.message[lang].trim() === '') problems.push(`${where}: no ${lang} message`)
    }
    if (f.key === JSON_SCHEMA_KEY && (typeof f.errorType !== 'string' || f.errorType === '')) problems.push(`${where}: jsonSchema without errorType`)
    if (f.severity === 'warning' && !f.key.startsWith(WARNING_PREFIX)) problems.push(`${where}: warning key without ${WARNING_PREFIX}`)
    if (f.severity === 'error' && f.key.startsWith(WARNING_PREFIX) && f.rule !== 'X-INTERNAL') problems.push(`${where}: error with a warning key`)
    if (f.rule === 'X-INTERNAL' && !internalAllowed) problems.push(`${where}: internal error (validate caught an exception)`)
    if (secrets.length > 0) {
      const text = JSON.stringify(f)
      for (const secret of secrets) if (secret !== '' && text.includes(secret)) problems.push(`${f.rule} ${f.key}: a finding quotes "${secret}"`)
    }
  }
  return problems
}

const prototypeKeys = (): string =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((p) => Reflect.ownKeys(p).map(String).sort().join(','))
    .join('|')
const PROTOTYPES = prototypeKeys()

/** Options for {@link validationProblems}. */
export interface ValidationCheck {
  /** The learner's hetu and names (or markers of them) that no finding may quote. */
  readonly secrets?: readonly string[]
  /** The input has parts that throw when read (getters, proxies): an X-INTERNAL finding is then what validate must give. */
  readonly internalAllowed?: boolean
  /** Validate twice and compare the reports (off for inputs whose getters answer differently each time). */
  readonly deterministic?: boolean
}

/**
 * Validates and returns what is wrong, as texts (empty when nothing): validate threw, the report is malformed or quotes
 * a secret (reportProblems), the input was mutated, a prototype of the realm got a key, a second run gave another
 * report. An input that cannot be snapshotted (a throwing getter) is not checked for mutation.
 */
export function validationProblems(input: unknown, options: ValidateOptions | undefined, check: ValidationCheck = {}): string[] {
  let before: string | undefined
  try {
    before = snapshot(input)
  } catch {
    before = undefined
  }
  let report: Report
  try {
    report = validate(input, options)
  } catch (e) {
    return [`validate threw: ${String(e)}`]
  }
  const out = reportProblems(report, check.secrets, { internalAllowed: check.internalAllowed ?? false })
  if (before !== undefined) {
    let after: string
    try {
      after = snapshot(input)
    } catch {
      after = '(unreadable)'
    }
    if (after !== before) out.push('the input was mutated')
  }
  if (prototypeKeys() !== PROTOTYPES) out.push('a prototype was polluted')
  if (check.deterministic ?? true) {
    let again: Report | undefined
    try {
      again = validate(input, options)
    } catch {
      again = undefined
    }
    if (again === undefined || snapshot(again) !== snapshot(report)) out.push('not deterministic: a second run gave another report')
  }
  return out
}

/** The hetu and the names of the learner of an Oppija document (what no finding may contain). */
export const henkilönTiedot = (doc: Json): string[] => {
  const h = typeof doc === 'object' && doc !== null ? doc.henkilö : undefined
  if (typeof h !== 'object' || h === null) return []
  const out: string[] = []
  for (const key of ['hetu', 'etunimet', 'kutsumanimi', 'sukunimi']) {
    const v = h[key]
    if (typeof v === 'string') out.push(v, ...v.split(' ').filter((part: string) => part.length >= 4))
  }
  return out
}
