/**
 * Special-category personal data: the fields KOSKI marks `@SensitiveData` with the role
 * `LUOTTAMUKSELLINEN_KAIKKI_TIEDOT` (catalogue §1.3–§1.7). KOSKI returns them only to users holding that role; they do
 * not change write validation. Use these functions before a document goes to a log, a support ticket or a user
 * without the role.
 *
 * The fields come from the codecs: `strict(…, { sensitive })` marks them on each class and the check and the redaction
 * collect them (src/codecs/erityiset.ts) from the codec of every type in `TYYPIT`, so a new type's marked fields are
 * covered without a list here. `TUVA_ERITYISET_HENKILÖTIEDOT` is read from TUVA's three lisätiedot classes. A class
 * KOSKI marks as a whole (`strict(…, { sensitiveClass })`: perusopetuksen lisäopetus' toiminta-alue suoritus) is found
 * by its `tyyppi` among the objects of its context (the items of `osasuoritukset`) and left out whole, as KOSKI leaves
 * it out of the list (SensitiveAndRedundantDataFilterSpec). A field marked within a tyyppi (`sensitiveWithinTyyppi`: a
 * lisäopetus sanallinen arviointi's `kuvaus`) is removed only below an object of that tyyppi (its suoritus).
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
import { erityisetKentät } from '../../../codecs/erityiset'
import {
  TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot,
  type TuvaJärjestämislupa,
} from '../codec'
import { TYYPIT } from '../..'
import { onTuvaJärjestämislupa } from './jarjestamislupa'

export { LUOTTAMUKSELLINEN_KAIKKI_TIEDOT } from '../../../codecs/erityiset'

/**
 * The special-category lisätiedot of each järjestämislupa (KOSKI's `@SensitiveData(LUOTTAMUKSELLINEN_KAIKKI_TIEDOT)`),
 * in the order of the class' fields: read from the codec of each lupa's lisätiedot class.
 */
export const TUVA_ERITYISET_HENKILÖTIEDOT: Readonly<Record<TuvaJärjestämislupa, readonly string[]>> = {
  ammatillinen: [...TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot.sensitive.keys()],
  lukio: [...TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot.sensitive.keys()],
  perusopetus: [...TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot.sensitive.keys()],
}

/**
 * Every TUVA lisätiedot field that is special-category data under some lupa. A field is sensitive under every lupa
 * that allows it, so for TUVA one set serves whatever the lupa (also on a document whose lupa is missing, unknown, or
 * does not allow the field).
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

/** Whether the TUVA lisätiedot field is special-category data under `lupa`, or under any lupa when `lupa` is not given. */
export function onErityinenHenkilötieto(kenttä: string, lupa?: string): boolean {
  if (lupa === undefined) return KAIKKI_ERITYISET.has(kenttä)
  return erityisetHenkilötiedot(lupa)?.includes(kenttä) === true
}

// ---------------------------------------------------------------------------------------------------------------
// Which objects hold special-category fields: the codecs' `@SensitiveData` fields of every supported type, by the step
// that leads to the object holding them (`lisätiedot`, or the items of a list such as `suoritukset[]`), since the
// input may be an Oppija, a single study right, a list or a wrapper of any shape.

/**
 * What is sensitive in a context: `kentät`, the fields of the objects in it; `tyypit`, the `tyyppi` koodiarvot of the
 * classes marked as a whole (an object of the context with such a `tyyppi` is sensitive itself: left out whole).
 */
interface KontekstinSäännöt {
  readonly kentät: ReadonlySet<string>
  readonly tyypit: ReadonlySet<string>
}

/**
 * The sensitive data by context: `olioissa` in an object under that key (`lisätiedot`), `listoissa` in the items of a
 * list under that key (`suoritukset`, `osasuoritukset`). A context is its rules object itself (`undefined`: nothing
 * sensitive). The rules that hold below an object depend on its `tyyppi` where some field is sensitive only inside a
 * suoritus of that tyyppi (`sensitiveWithinTyyppi`: a lisäopetus arviointi's `kuvaus`): `rajatut` gives, by tyyppi
 * koodiarvo, the rules below such an object (the general ones and its own), `perus` the general ones (below an object
 * of another tyyppi), `kaikki` those of every tyyppi (below an object whose tyyppi cannot be read: the safe side).
 */
interface Säännöt {
  readonly olioissa: ReadonlyMap<string, KontekstinSäännöt>
  readonly listoissa: ReadonlyMap<string, KontekstinSäännöt>
  readonly rajatut: ReadonlyMap<string, Säännöt>
  readonly perus: Säännöt
  readonly kaikki: Säännöt
}
type Konteksti = KontekstinSäännöt | undefined

let säännötMuisti: Säännöt | undefined

type Kentät = Map<string, { kentät: Set<string>; tyypit: Set<string> }>
interface Kerääjä {
  readonly olioissa: Kentät
  readonly listoissa: Kentät
}
const kerääjä = (): Kerääjä => ({ olioissa: new Map(), listoissa: new Map() })
const lisää = (kohde: Kerääjä, k: { readonly konteksti: string; readonly kenttä: string; readonly tyypit?: readonly string[] }): void => {
  const lista = k.konteksti.endsWith('[]')
  const m = lista ? kohde.listoissa : kohde.olioissa
  const key = lista ? k.konteksti.slice(0, -2) : k.konteksti
  let ctx = m.get(key)
  if (ctx === undefined) m.set(key, (ctx = { kentät: new Set(), tyypit: new Set() }))
  if (k.kenttä === '*') for (const tyyppi of k.tyypit ?? []) ctx.tyypit.add(tyyppi)
  else ctx.kentät.add(k.kenttä)
}

/** Built on first use (not at import: TYYPIT's modules import this one). */
function säännöt(): Säännöt {
  if (säännötMuisti !== undefined) return säännötMuisti
  const yleiset: { konteksti: string; kenttä: string; tyypit?: readonly string[] }[] = []
  const rajatut = new Map<string, { konteksti: string; kenttä: string }[]>()
  for (const d of TYYPIT) {
    for (const k of erityisetKentät(d.codec)) {
      // a field sensitive within a tyyppi no enclosing class has: sensitive in its context anywhere (the safe side)
      if (k.rajaus === undefined || k.rajaus.length === 0) yleiset.push(k)
      else for (const t of k.rajaus) (rajatut.get(t) ?? rajatut.set(t, []).get(t)!).push(k)
    }
  }
  const rakenna = (rajatuista: readonly { konteksti: string; kenttä: string }[]): Kerääjä => {
    const k = kerääjä()
    for (const e of yleiset) lisää(k, e)
    for (const e of rajatuista) lisää(k, e)
    return k
  }
  const tyypeittäin = new Map<string, Säännöt>()
  // perus and kaikki name each other: built first, then tied
  const perus: { -readonly [K in keyof Säännöt]: Säännöt[K] } = { ...rakenna([]), rajatut: tyypeittäin, perus: undefined!, kaikki: undefined! }
  const kaikki: { -readonly [K in keyof Säännöt]: Säännöt[K] } = { ...rakenna([...rajatut.values()].flat()), rajatut: tyypeittäin, perus, kaikki: undefined! }
  perus.perus = perus
  perus.kaikki = kaikki
  kaikki.kaikki = kaikki
  for (const [t, kentät] of rajatut) tyypeittäin.set(t, { ...rakenna(kentät), rajatut: tyypeittäin, perus, kaikki })
  säännötMuisti = perus
  return säännötMuisti
}

/**
 * The rules below an object (a JSON view) reached under `rules`: by its `tyyppi.koodiarvo` where some field is
 * sensitive within that tyyppi; the general ones below an object of another tyyppi; unchanged below one without a
 * `tyyppi`; all of them when its tyyppi cannot be read.
 */
function lastenSäännöt(src: object, rules: Säännöt, views: Map<object, Näkymä>): Säännöt {
  if (rules.rajatut.size === 0) return rules
  const tyyppi = read(src, 'tyyppi')
  if (tyyppi === NOT_READ) return rules.kaikki
  if (tyyppi === undefined || tyyppi === null) return rules
  const t = näkymä(tyyppi, 'tyyppi', views)
  if (t.kind !== 'object') return rules.perus
  const koodiarvo = read(t.src, 'koodiarvo')
  if (koodiarvo === NOT_READ) return rules.kaikki
  const arvo = merkkijono(näkymä(koodiarvo, 'koodiarvo', views))
  return (arvo === undefined ? undefined : rules.rajatut.get(arvo)) ?? rules.perus
}

/** The context of a container reached under `key`: of its own keys (object) or of its items (array). */
function kontekstiOf(rules: Säännöt, array: boolean, key: string, parentItemCtx: Konteksti | null): Konteksti {
  if (parentItemCtx !== null) return array ? undefined : parentItemCtx // an item of a list
  return array ? rules.listoissa.get(key) : rules.olioissa.get(key)
}

// ---------------------------------------------------------------------------------------------------------------
// Walking any input by what JSON.stringify would write: iterative (no recursion, so any nesting depth), cycle-safe,
// and every read guarded (a throwing getter, toJSON or proxy trap is skipped, never thrown).

type Container = Record<string, unknown> | unknown[]

const NOT_READ: unique symbol = Symbol('notRead')

function read(u: object, key: string): unknown {
  try {
    return (u as Record<string, unknown>)[key]
  } catch {
    return NOT_READ
  }
}

function ownKeys(u: object): readonly string[] {
  try {
    return Object.keys(u)
  } catch {
    return []
  }
}

/** Whether the brand check `f.call(u)` passes (a Number, String, Boolean, BigInt or Symbol object). */
const brand = (f: (this: unknown) => unknown, u: object): boolean => {
  try {
    f.call(u)
    return true
  } catch {
    return false
  }
}
const onKääre = (u: object): boolean =>
  brand(Number.prototype.valueOf, u) ||
  brand(String.prototype.valueOf, u) ||
  brand(Boolean.prototype.valueOf, u) ||
  brand(BigInt.prototype.valueOf, u) ||
  brand(Symbol.prototype.valueOf, u)

/**
 * Whether JSON.stringify would write the object out field by field, so that it is copied: arrays, ordinary objects
 * (`[object Object]`: plain, null-prototype, class instances), and any other object with own enumerable properties
 * (an object with a `Symbol.toStringTag`, a Map or Error given fields). A leaf — kept as it is — is anything else:
 * primitives, functions, boxed primitives, typed arrays and ArrayBuffers (JSON writes only their values), and built-ins
 * without own enumerable properties (Date, Map, Set, RegExp, …), whose JSON holds no field. A revoked proxy is a leaf.
 */
function kind(u: unknown): 'array' | 'object' | undefined {
  if (typeof u !== 'object' || u === null) return undefined
  try {
    if (Array.isArray(u)) return 'array'
  } catch {
    return undefined // a revoked proxy: nothing can be read from it
  }
  let tag: string | undefined
  try {
    tag = Object.prototype.toString.call(u)
  } catch {
    tag = undefined // a throwing toStringTag getter: decide by the properties
  }
  if (tag === '[object Object]') return 'object'
  if (ownKeys(u).length === 0) return undefined
  try {
    return ArrayBuffer.isView(u) || onKääre(u) ? undefined : 'object'
  } catch {
    return 'object'
  }
}

/** What JSON.stringify writes for a value: the container to walk (its toJSON's result, if any), or a leaf to keep. */
type Näkymä = { readonly kind: 'array' | 'object'; readonly src: object } | { readonly kind: undefined; readonly leaf: unknown }

/**
 * The JSON view of `u` found under `key`: JSON.stringify calls `toJSON(key)` (own or inherited) and writes its
 * result instead. A toJSON that throws, or whose property getter throws, is ignored (the object's own properties are
 * used: what is kept is still redacted); a toJSON giving a primitive (Date's string) keeps a leaf as it is and replaces
 * a container (whose fields JSON would not write).
 */
function näkymä(u: unknown, key: string, called: Map<object, Näkymä>): Näkymä {
  if (typeof u !== 'object' || u === null) return { kind: undefined, leaf: u }
  const toJSON = read(u, 'toJSON')
  if (typeof toJSON !== 'function') {
    const k = kind(u)
    return k === undefined ? { kind: undefined, leaf: u } : { kind: k, src: u }
  }
  // toJSON is called once per object (a toJSON giving a fresh object that leads back here would otherwise never end).
  const known = called.get(u)
  if (known !== undefined) return known
  let src: unknown
  try {
    src = (toJSON as (this: unknown, key: string) => unknown).call(u, key)
  } catch {
    src = u
  }
  let view: Näkymä
  if (typeof src !== 'object' || src === null) view = { kind: undefined, leaf: kind(u) === undefined ? u : src }
  else {
    const k = kind(src)
    view = k === undefined ? { kind: undefined, leaf: src } : { kind: k, src }
  }
  called.set(u, view)
  return view
}

const isIndex = (key: string): boolean => key.length > 0 && key.length < 11 && /^(0|[1-9]\d*)$/.test(key)

const pathOf = (parent: string, key: string, array: boolean): string => (array && isIndex(key) ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`)

/**
 * A map per context and the rules below (an object — the JSON view's, i.e. what toJSON gave — is walked once in each
 * context it is reached in, with the rules that hold below it).
 */
const perContext = <V>(): ((ctx: Konteksti, rules: Säännöt) => Map<object, V>) => {
  const maps = new Map<Säännöt, Map<KontekstinSäännöt | undefined, Map<object, V>>>()
  return (ctx, rules) => {
    let r = maps.get(rules)
    if (r === undefined) maps.set(rules, (r = new Map()))
    let m = r.get(ctx)
    if (m === undefined) r.set(ctx, (m = new Map()))
    return m
  }
}

/** The string JSON writes for a value's view: a string primitive or a String object; `undefined` for anything else. */
function merkkijono(view: Näkymä): string | undefined {
  if (view.kind !== undefined) return undefined
  const u = view.leaf
  if (typeof u === 'string') return u
  if (typeof u !== 'object' || u === null) return undefined
  try {
    return String.prototype.valueOf.call(u)
  } catch {
    return undefined
  }
}

/**
 * Whether an object (a JSON view) of a context is of a class marked as a whole: its `tyyppi.koodiarvo`, as JSON would
 * write it, is one of the context's {@link KontekstinSäännöt.tyypit}. A `tyyppi` or `koodiarvo` that cannot be read
 * counts as one (the answer errs on the safe side).
 */
function kokonaanErityinen(src: object, ctx: Konteksti, views: Map<object, Näkymä>): boolean {
  if (ctx === undefined || ctx.tyypit.size === 0) return false
  const tyyppi = read(src, 'tyyppi')
  if (tyyppi === NOT_READ) return true
  const t = näkymä(tyyppi, 'tyyppi', views)
  if (t.kind !== 'object') return false
  const koodiarvo = read(t.src, 'koodiarvo')
  if (koodiarvo === NOT_READ) return true
  const arvo = merkkijono(näkymä(koodiarvo, 'koodiarvo', views))
  return arvo !== undefined && ctx.tyypit.has(arvo)
}

/** Whether `key` is an array index (JSON writes an array's elements only; a class marked whole shifts the later ones). */
const onIndeksi = (key: string): boolean => isIndex(key) && Number(key) < 2 ** 32 - 1

/**
 * Calls `found` with the path of every special-category field (value not `null`) in the JSON view of `input`, in the
 * objects its context names, and of every object of a class marked as a whole; stops when `found` returns true.
 */
function etsi(input: unknown, withPaths: boolean, found: (path: string) => boolean): void {
  const views = new Map<object, Näkymä>()
  const seen = perContext<true>()
  // rules = the rules below the container (by the tyyppi of the nearest object that has one)
  const stack: { readonly value: object; readonly path: string; readonly ctx: Konteksti; readonly array: boolean; readonly rules: Säännöt }[] = []
  let stopped = false
  const push = (value: unknown, key: string, path: string, parentItemCtx: Konteksti | null, parentRules: Säännöt): void => {
    if (typeof value !== 'object' || value === null) return
    const view = näkymä(value, key, views)
    if (view.kind === undefined) return
    const array = view.kind === 'array'
    const ctx = kontekstiOf(parentRules, array, key, parentItemCtx)
    if (!array && kokonaanErityinen(view.src, ctx, views)) {
      stopped = found(path)
      return
    }
    const rules = array ? parentRules : lastenSäännöt(view.src, parentRules, views)
    const set = seen(ctx, rules)
    if (set.has(view.src)) return
    set.set(view.src, true)
    stack.push({ value: view.src, path, ctx, array, rules })
  }
  push(input, '', '', null, säännöt())
  while (stack.length > 0 && !stopped) {
    const { value, path, ctx, array, rules } = stack.pop()!
    const sensitive = array ? undefined : ctx?.kentät
    for (const key of ownKeys(value)) {
      const v = read(value, key)
      const childPath = withPaths ? pathOf(path, key, array) : ''
      if (sensitive?.has(key) === true) {
        // A field that cannot be read is counted as present: the answer errs on the safe side.
        if (v !== null && v !== undefined && found(childPath)) return
        continue
      }
      if (v !== NOT_READ) push(v, key, childPath, array ? ctx : null, rules)
      if (stopped) return
    }
  }
}

/**
 * Whether the input contains special-category personal data: a special-category field with a value other than
 * `null` in an object that holds such fields (a TUVA study right's `lisätiedot`), or an object of a class marked as a
 * whole (a lisäopetus toiminta-alue among `osasuoritukset`), anywhere (an Oppija, a single
 * opiskeluoikeus, a list of them, a response wrapper, raw JSON of any shape, objects with `toJSON`). Never throws.
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
 * `opiskeluoikeudet[0].lisätiedot.erityinenTuki`; an object of a class marked as a whole by its own path
 * (`…osasuoritukset[1]`). An object reachable along several paths (not possible in parsed
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
 * A deep copy of the input without special-category personal data, made from what `JSON.stringify` would write:
 * every special-category field (whatever its value, also `null`) is left out of the objects that hold such fields
 * (a TUVA study right's `lisätiedot`), and every object of a class marked as a whole is left out of its list (the later
 * items move down: a lisäopetus toiminta-alue among `osasuoritukset`); everything else is copied as it is.
 *
 * - Never mutates the input and never throws, whatever the input (any nesting depth: the copy is iterative;
 *   cycles and shared objects are copied once; a property whose read throws is left out).
 * - Arrays and objects JSON writes field by field are copied (the copy shares nothing with the input): a class
 *   instance, or an object with a `Symbol.toStringTag`, becomes a plain object of its own enumerable properties; an
 *   object with a `toJSON` (own or inherited) is replaced by the redacted copy of what its `toJSON` returns (a
 *   throwing toJSON is ignored). So JSON.stringify of the result, or a log of it, shows no special-category field.
 * - Other values — primitives, functions, Date, typed arrays, and Map or Set without own properties — are kept as they
 *   are (their JSON holds no field).
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

/** What {@link kopioi}'s copy gives for an object of a class marked as a whole: the object is left out. */
const POISTETTU: unique symbol = Symbol('poistettu')

function kopioi(input: unknown): unknown {
  const views = new Map<object, Näkymä>()
  const copies = perContext<Container>()
  const work: { readonly src: object; readonly dst: Container; readonly ctx: Konteksti; readonly pituus: number | undefined; readonly rules: Säännöt }[] = []

  const copyOf = (value: unknown, key: string, parentItemCtx: Konteksti | null, parentRules: Säännöt): unknown => {
    if (typeof value !== 'object' || value === null) return value
    const view = näkymä(value, key, views)
    if (view.kind === undefined) return view.leaf
    const array = view.kind === 'array'
    const ctx = kontekstiOf(parentRules, array, key, parentItemCtx)
    const src = view.src
    if (!array && kokonaanErityinen(src, ctx, views)) return POISTETTU
    const rules = array ? parentRules : lastenSäännöt(src, parentRules, views)
    const map = copies(ctx, rules)
    const existing = map.get(src)
    if (existing !== undefined) return existing
    let dst: Container
    if (array) {
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
    work.push({ src, dst, ctx, pituus: Array.isArray(dst) && dst.length > 0 ? dst.length : undefined, rules })
    return dst
  }

  const root = copyOf(input, '', null, säännöt()) // the root has no context: never left out
  while (work.length > 0) {
    const { src, dst, ctx, pituus, rules } = work.pop()!
    const array = Array.isArray(dst)
    const sensitive = array ? undefined : ctx?.kentät
    // elements of a class marked whole are left out: the later ones move down, as if the list never had them
    let poistettu = 0
    for (const key of ownKeys(src)) {
      if (sensitive?.has(key) === true) continue
      const v = read(src, key)
      if (v === NOT_READ) continue
      const copy = copyOf(v, key, array ? ctx : null, rules)
      const indeksi = array && onIndeksi(key)
      if (copy === POISTETTU) {
        if (indeksi) poistettu++
        continue
      }
      define(dst, indeksi && poistettu > 0 ? String(Number(key) - poistettu) : key, copy)
    }
    if (poistettu > 0 && pituus !== undefined) (dst as unknown[]).length = pituus - poistettu
  }
  return root
}
