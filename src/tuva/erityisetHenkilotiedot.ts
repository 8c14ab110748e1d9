/**
 * Special-category personal data in TUVA lisätiedot: the fields KOSKI marks `@SensitiveData` with the role
 * `LUOTTAMUKSELLINEN_KAIKKI_TIEDOT` (catalogue §1.7). KOSKI returns them only to users holding that role; they do
 * not change write validation. Use these functions before a document goes to a log, a support ticket or a user
 * without the role.
 *
 * Where KOSKI and the official instruction (seed 004, KOSKI-ohje "1.2 Tutkintokoulutukseen valmentavan koulutuksen
 * opiskeluoikeuksien lisätiedot") differ, we follow KOSKI:
 * - `kuljetusetu` (perusopetus lupa) is `@SensitiveData` in KOSKI; the instruction does not call it special-category data.
 * - `erityisenTuenPäätökset` ("Erityisen tuen jaksot", perusopetus lupa) is `@SensitiveData` in KOSKI; the instruction
 *   does not say so (it does for the ammatillinen lupa's `erityinenTuki`).
 * - `vaikeastiVammainen` exists (and is sensitive) for the perusopetus lupa too; the instruction lists it for the
 *   ammatillinen lupa only.
 * - Both agree that `majoitusetu` is not special-category data, although the similar `kuljetusetu` is in KOSKI.
 */
import type { TuvaJärjestämislupa } from '../codecs/tuva'
import { onTuvaJärjestämislupa } from './jarjestamislupa'

/** KOSKI's role that may see special-category data (koskiuser/Rooli). */
export const LUOTTAMUKSELLINEN_KAIKKI_TIEDOT = 'LUOTTAMUKSELLINEN_KAIKKI_TIEDOT' as const

/** The special-category lisätiedot of each järjestämislupa (KOSKI's `@SensitiveData(LUOTTAMUKSELLINEN_KAIKKI_TIEDOT)`). */
export const TUVA_ERITYISET_HENKILÖTIEDOT: Readonly<Record<TuvaJärjestämislupa, readonly string[]>> = {
  ammatillinen: [
    'sisäoppilaitosmainenMajoitus',
    'vaativanErityisenTuenYhteydessäJärjestettäväMajoitus',
    'erityinenTuki',
    'vaativanErityisenTuenErityinenTehtävä',
    'vaikeastiVammainen',
    'vammainenJaAvustaja',
    'vankilaopetuksessa',
  ],
  lukio: ['sisäoppilaitosmainenMajoitus'],
  perusopetus: ['sisäoppilaitosmainenMajoitus', 'vaikeastiVammainen', 'vammainen', 'kuljetusetu', 'koulukoti', 'erityisenTuenPäätökset'],
}

/**
 * Every field that is special-category data under some lupa. A field is sensitive under every lupa that allows it,
 * so this set is what the check and the redaction use, whatever the lupa (also on a document whose lupa is missing,
 * unknown, or does not allow the field).
 */
const KAIKKI_ERITYISET: ReadonlySet<string> = new Set([
  ...TUVA_ERITYISET_HENKILÖTIEDOT.ammatillinen,
  ...TUVA_ERITYISET_HENKILÖTIEDOT.lukio,
  ...TUVA_ERITYISET_HENKILÖTIEDOT.perusopetus,
])

/** The special-category lisätiedot of the lupa; `undefined` for a code that is not a TUVA järjestämislupa. */
export function erityisetHenkilötiedot(lupa: string): readonly string[] | undefined {
  return onTuvaJärjestämislupa(lupa) ? TUVA_ERITYISET_HENKILÖTIEDOT[lupa] : undefined
}

/** Whether the lisätiedot field is special-category data under `lupa`, or under any lupa when `lupa` is not given. */
export function onErityinenHenkilötieto(kenttä: string, lupa?: string): boolean {
  if (lupa === undefined) return KAIKKI_ERITYISET.has(kenttä)
  return erityisetHenkilötiedot(lupa)?.includes(kenttä) === true
}

// ---------------------------------------------------------------------------------------------------------------
// Walking any input: iterative (no recursion, so any nesting depth), cycle-safe, and every read guarded (a throwing
// getter or a revoked proxy is skipped, never thrown).

const LISÄTIEDOT = 'lisätiedot'

type Container = Record<string, unknown> | unknown[]

/**
 * Containers: arrays, and ordinary objects (`[object Object]`: plain, null-prototype, and class instances, whose own
 * enumerable properties JSON.stringify would write out). Anything else (Date, Map, Set, typed arrays, boxed
 * primitives, …) is a leaf.
 */
function kind(u: unknown): 'array' | 'object' | undefined {
  if (typeof u !== 'object' || u === null) return undefined
  try {
    if (Array.isArray(u)) return 'array'
    return Object.prototype.toString.call(u) === '[object Object]' ? 'object' : undefined
  } catch {
    return undefined
  }
}

function ownKeys(u: object): readonly string[] {
  try {
    return Object.keys(u)
  } catch {
    return []
  }
}

const NOT_READ: unique symbol = Symbol('notRead')

function read(u: object, key: string): unknown {
  try {
    return (u as Record<string, unknown>)[key]
  } catch {
    return NOT_READ
  }
}

const isIndex = (key: string): boolean => key.length > 0 && key.length < 11 && /^(0|[1-9]\d*)$/.test(key)

const pathOf = (parent: string, key: string, array: boolean): string => (array && isIndex(key) ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`)

/**
 * Calls `found` with the path of every special-category field (value not `null`) of every object found under a
 * `lisätiedot` key anywhere in `input`; stops when `found` returns true.
 */
function etsi(input: unknown, withPaths: boolean, found: (path: string) => boolean): void {
  const seen = new Set<object>()
  const seenLisätiedot = new Set<object>()
  const stack: { readonly value: object; readonly path: string; readonly lisätiedot: boolean }[] = []
  const push = (value: unknown, path: string, lisätiedot: boolean): void => {
    const k = kind(value)
    if (k === undefined) return
    const obj = value as object
    const lt = lisätiedot && k === 'object'
    const set = lt ? seenLisätiedot : seen
    if (set.has(obj)) return
    set.add(obj)
    stack.push({ value: obj, path, lisätiedot: lt })
  }
  push(input, '', false)
  while (stack.length > 0) {
    const { value, path, lisätiedot } = stack.pop()!
    const array = kind(value) === 'array'
    for (const key of ownKeys(value)) {
      const v = read(value, key)
      const childPath = withPaths ? pathOf(path, key, array) : ''
      if (lisätiedot && KAIKKI_ERITYISET.has(key)) {
        // A field that cannot be read is counted as present: the answer errs on the safe side.
        if (v !== null && v !== undefined && found(childPath)) return
        continue
      }
      if (v !== NOT_READ) push(v, childPath, !array && key === LISÄTIEDOT)
    }
  }
}

/**
 * Whether the input contains special-category personal data: a special-category field with a value other than
 * `null` in an object under a `lisätiedot` key, anywhere (an Oppija, a single opiskeluoikeus, a list of them, a
 * response wrapper, raw JSON of any shape). Never throws.
 */
export function sisältääErityisiäHenkilötietoja(input: unknown): boolean {
  let result = false
  try {
    etsi(input, false, () => {
      result = true
      return true
    })
  } catch {
    // unreachable: every read is guarded
  }
  return result
}

/**
 * The paths of the special-category fields in the input (see {@link sisältääErityisiäHenkilötietoja}), sorted, e.g.
 * `opiskeluoikeudet[0].lisätiedot.erityinenTuki`. An object reachable along several paths (not possible in parsed
 * JSON) is reported along the first one found. Never throws.
 */
export function erityistenHenkilötietojenPolut(input: unknown): string[] {
  const paths: string[] = []
  try {
    etsi(input, true, (path) => {
      paths.push(path)
      return false
    })
  } catch {
    // unreachable: every read is guarded
  }
  return paths.sort()
}

const define = (target: Container, key: string, value: unknown): void => {
  // defineProperty, not assignment: a JSON key "__proto__" stays a plain data property of the copy.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/**
 * A deep copy of the input without special-category personal data: every special-category field (whatever its
 * value, also `null`) is left out of every object under a `lisätiedot` key; everything else is copied as it is.
 *
 * - Never mutates the input and never throws, whatever the input (any nesting depth: the copy is iterative;
 *   cycles and shared objects are copied once; a property whose read throws is left out).
 * - Arrays and ordinary objects are copied (the copy shares nothing with the input); a class instance becomes a
 *   plain object with its own enumerable properties (what JSON.stringify writes, so a log shows no special-category
 *   field whatever objects the document is built of); other values — primitives, Date, Map, Set, typed arrays — are
 *   kept as they are.
 * - To redact a bare lisätiedot object, wrap it: `poistaErityisetHenkilötiedot({ lisätiedot }).lisätiedot`.
 */
export function poistaErityisetHenkilötiedot<T>(input: T): T {
  try {
    return kopioi(input) as T
  } catch {
    // unreachable: every read is guarded; never hand back the unredacted input
    return undefined as T
  }
}

function kopioi(input: unknown): unknown {
  const copies = new Map<object, Container>()
  const lisätiedotCopies = new Map<object, Container>()
  const work: { readonly src: object; readonly dst: Container; readonly lisätiedot: boolean }[] = []

  const copyOf = (value: unknown, lisätiedot: boolean): unknown => {
    const k = kind(value)
    if (k === undefined) return value
    const src = value as object
    const lt = lisätiedot && k === 'object'
    const map = lt ? lisätiedotCopies : copies
    const existing = map.get(src)
    if (existing !== undefined) return existing
    let dst: Container
    if (k === 'array') {
      let length = 0
      try {
        length = (src as unknown[]).length
      } catch {
        length = 0
      }
      dst = []
      if (Number.isSafeInteger(length) && length > 0 && length < 2 ** 32) dst.length = length
    } else {
      let proto: unknown = Object.prototype
      try {
        proto = Object.getPrototypeOf(src)
      } catch {
        proto = Object.prototype
      }
      dst = proto === null ? (Object.create(null) as Record<string, unknown>) : {}
    }
    map.set(src, dst)
    work.push({ src, dst, lisätiedot: lt })
    return dst
  }

  const root = copyOf(input, false)
  while (work.length > 0) {
    const { src, dst, lisätiedot } = work.pop()!
    const array = Array.isArray(dst)
    for (const key of ownKeys(src)) {
      if (lisätiedot && KAIKKI_ERITYISET.has(key)) continue
      const v = read(src, key)
      if (v === NOT_READ) continue
      define(dst, key, copyOf(v, !array && key === LISÄTIEDOT))
    }
  }
  return root
}
