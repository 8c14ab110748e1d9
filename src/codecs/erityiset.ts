/**
 * Special-category personal data as the codecs record it: KOSKI's `@SensitiveData(roles)` is the `sensitive` option of
 * `strict()` (src/codecs/schema.ts), kept on the class' codec; {@link erityisetKentät} walks a study-right type's codec
 * tree (strict classes, lists, the members of a `dispatch`) and collects every such field with its path. The redaction
 * (src/tyypit/tuva/funktiot/erityisetHenkilotiedot.ts) takes its fields from the codecs of every type of `TYYPIT`, so a new type's
 * sensitive fields are redacted once its codec marks them.
 *
 * A class KOSKI marks as a whole (`@SensitiveData` on the class: the toiminta-alue suoritus of perusopetuksen
 * lisäopetus) is the `sensitiveClass` option; its objects are told from the other objects of the same step by their
 * `tyyppi` koodiarvo, and removed whole. A class whose objects the step leading to them cannot tell from other types'
 * (a perusopetus arviointi, an item of `arviointi` like any) has `sensitiveWithinTyyppi`: its fields are sensitive only
 * below an object with the `tyyppi` of the nearest enclosing class that has one ({@link ErityinenKenttä.rajaus}).
 *
 * {@link TULEVIEN_TYYPPIEN_ERITYISET_KENTÄT} lists the markings the codecs cannot express yet, with where KOSKI declares
 * them.
 */
import type * as t from 'io-ts'
import type { KoskiRooli } from './schema'

/** KOSKI's role that may see special-category data (koskiuser/Rooli). */
export const LUOTTAMUKSELLINEN_KAIKKI_TIEDOT = 'LUOTTAMUKSELLINEN_KAIKKI_TIEDOT' as const

/** `@SensitiveData(Set(Rooli.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT))`, the usual annotation, for `strict(…, { sensitive })`. */
export const VAIN_LUOTTAMUKSELLINEN: readonly [KoskiRooli] = [LUOTTAMUKSELLINEN_KAIKKI_TIEDOT]

/** One `@SensitiveData` field found in a codec tree, or a class marked as a whole (`kenttä` `*`). */
export interface ErityinenKenttä {
  /**
   * Where the field is, from the codec's root: keys joined by `.`, a list's items as `[]`, e.g.
   * `lisätiedot.erityinenTuki` or `suoritukset[].keskiarvoSisältääMukautettujaArvosanoja`.
   */
  readonly polku: string
  /** The field's key; `*` for a class marked as a whole (every object of it is sensitive: it is removed whole). */
  readonly kenttä: string
  /**
   * The step that leads to the object holding the field: the key of that object (`lisätiedot`), or, when it is an item
   * of a list, the list's key and `[]` (`suoritukset[]`). The redaction recognises the object by this step.
   */
  readonly konteksti: string
  /** The class (strict codec) that has the field. */
  readonly luokka: string
  readonly roolit: readonly KoskiRooli[]
  /**
   * For a class marked as a whole: the koodiarvot of its `tyyppi` (the class' discriminator), by which the redaction
   * tells its objects from the other objects reached by the same step (the other osasuoritukset of a list). Empty when
   * the class has no `tyyppi` with koodiarvot (then the redaction could not tell it: test/codecs/erityiset.test.ts
   * requires every marked class to have them).
   */
  readonly tyypit?: readonly string[]
  /**
   * For a field of a class marked `sensitiveWithinTyyppi`: the `tyyppi` koodiarvot of the nearest enclosing class that
   * has them (the suoritus the holder belongs to); the field is sensitive only inside an object with such a `tyyppi`.
   * Empty when no enclosing class has one (then the redaction treats the field as sensitive in its context anywhere).
   */
  readonly rajaus?: readonly string[]
}

interface Luokka {
  readonly name: string
  readonly required: t.Props
  readonly optional: t.Props
  readonly fields: readonly string[]
  readonly sensitive: ReadonlyMap<string, readonly KoskiRooli[]>
  readonly sensitiveClass?: readonly KoskiRooli[]
  readonly sensitiveWithinTyyppi?: true
}

const isObj = (u: unknown): u is Record<string, unknown> => (typeof u === 'object' || typeof u === 'function') && u !== null

const onLuokka = (u: unknown): u is Luokka =>
  isObj(u) && isObj(u.required) && isObj(u.optional) && Array.isArray(u.fields) && u.sensitive instanceof Map

/** The codecs directly inside a non-class codec: `lista`'s item, `dispatch`'s members, and io-ts' own combinators. */
const sisemmät = (u: Record<string, unknown>): { readonly codec: unknown; readonly lista: boolean }[] => {
  const out: { codec: unknown; lista: boolean }[] = []
  if (isObj(u.item)) out.push({ codec: u.item, lista: true }) // lista(...)
  if (Array.isArray(u.members)) for (const m of u.members) out.push({ codec: m, lista: false }) // dispatch(...)
  if (Array.isArray(u.types)) for (const m of u.types) out.push({ codec: m, lista: false }) // t.union, t.intersection
  if (isObj(u.type)) out.push({ codec: u.type, lista: u._tag === 'ArrayType' || u._tag === 'ReadonlyArrayType' }) // t.array, refinements
  if (isObj(u.props)) for (const m of Object.values(u.props)) out.push({ codec: m, lista: false }) // t.type: treated as a class without metadata
  return out
}

/** The koodiarvot of a class' required `tyyppi` (a `koodi(…, [koodiarvot])`); empty when it has none. */
const tyypinKoodiarvot = (c: Luokka): readonly string[] => {
  const tyyppi = Object.prototype.hasOwnProperty.call(c.required, 'tyyppi') ? (c.required.tyyppi as unknown) : undefined
  return isObj(tyyppi) && Array.isArray(tyyppi.koodiarvot) ? (tyyppi.koodiarvot as unknown[]).filter((k): k is string => typeof k === 'string') : []
}

/**
 * Every `@SensitiveData` field in the codec tree of `codec` (a study right's codec from `TYYPIT`, or any class), in
 * the order the tree is written. Iterative; a codec is entered once per step that leads to it (a recursive osasuoritus
 * is entered from the päätaso's `osasuoritukset[]` and once more from its own) and per enclosing `tyyppi` (for the
 * {@link ErityinenKenttä.rajaus}), so it terminates on any tree, and a field is listed once per class,
 * {@link ErityinenKenttä.konteksti} and rajaus, with the first path found.
 */
export function erityisetKentät(codec: t.Mixed): ErityinenKenttä[] {
  const found: ErityinenKenttä[] = []
  const entered = new Map<object, Set<string>>()
  const listed = new Set<string>()
  // polku = path so far; avain = the key that led here (for the konteksti), with `[]` once inside a list's items;
  // tyypit = the tyyppi koodiarvot of the nearest enclosing class that has them.
  const stack: { readonly codec: unknown; readonly polku: string; readonly avain: string; readonly tyypit: readonly string[] }[] = [{ codec, polku: '', avain: '', tyypit: [] }]
  while (stack.length > 0) {
    const { codec: c, polku, avain, tyypit } = stack.pop()!
    if (!isObj(c)) continue
    const steps = entered.get(c) ?? new Set<string>()
    const step = `${avain}\u0000${tyypit.join('\u0000')}`
    if (steps.has(step)) continue
    entered.set(c, steps.add(step))
    if (onLuokka(c)) {
      const omat = tyypinKoodiarvot(c)
      if (c.sensitiveClass !== undefined) {
        // the whole class: one entry, nothing under it needs its own (the object is removed whole)
        const key = `${c.name}\u0000${avain}\u0000*`
        if (!listed.has(key)) {
          listed.add(key)
          found.push({ polku: polku === '' ? '*' : `${polku}.*`, kenttä: '*', konteksti: avain, luokka: c.name, roolit: c.sensitiveClass, tyypit: omat })
        }
        continue
      }
      const alla = omat.length > 0 ? omat : tyypit
      const rajattu = c.sensitiveWithinTyyppi === true
      const later: (typeof stack)[number][] = []
      for (const kenttä of c.fields) {
        const roolit = c.sensitive.get(kenttä)
        const kentänPolku = polku === '' ? kenttä : `${polku}.${kenttä}`
        if (roolit !== undefined) {
          const key = `${c.name}\u0000${avain}\u0000${kenttä}${rajattu ? `\u0000${tyypit.join('\u0000')}` : ''}`
          if (!listed.has(key)) {
            listed.add(key)
            found.push(rajattu ? { polku: kentänPolku, kenttä, konteksti: avain, luokka: c.name, roolit, rajaus: tyypit } : { polku: kentänPolku, kenttä, konteksti: avain, luokka: c.name, roolit })
          }
          continue // a sensitive field is removed whole: nothing under it needs its own entry
        }
        const fieldCodec = Object.prototype.hasOwnProperty.call(c.required, kenttä) ? c.required[kenttä] : c.optional[kenttä]
        later.push({ codec: fieldCodec, polku: kentänPolku, avain: kenttä, tyypit: alla })
      }
      // pushed in reverse so that the stack pops the fields in their written order
      for (let i = later.length - 1; i >= 0; i--) stack.push(later[i]!)
      continue
    }
    const inner = sisemmät(c)
    for (let i = inner.length - 1; i >= 0; i--) {
      const { codec: sisempi, lista } = inner[i]!
      stack.push(lista ? { codec: sisempi, polku: `${polku}[]`, avain: `${avain}[]`, tyypit } : { codec: sisempi, polku, avain, tyypit })
    }
  }
  return found
}

/** A `@SensitiveData` field of a KOSKI class this version does not have a codec for yet, where KOSKI declares it. */
export interface TulevaErityinenKenttä {
  readonly luokka: string
  readonly kenttä: string
  /** As in {@link ErityinenKenttä.konteksti}; `*` for a class marked as a whole (its objects are sensitive wherever they are). */
  readonly konteksti: string
  readonly roolit: readonly KoskiRooli[]
  /** KOSKI's file (src/main/scala/fi/oph/koski/schema/) and the line of the annotation, at the mirror's HEAD. */
  readonly lähde: string
}

/**
 * KOSKI's `@SensitiveData` markings the codecs' field marks cannot express (the validated types mark their fields on
 * their codecs), read from KOSKI's schema (catalogue §1.5). Cited by file and line;
 * not checked against the Scala files (offline). `jotpaAsianumero` comes from the trait `JotpaAsianumero`
 * (OpiskeluoikeudenLisatiedot.scala:169) that the VST, MUKS and ammatillinen lisätiedot classes extend (the VST and
 * MUKS codecs mark it themselves: src/tyypit/vst/codec.ts, src/tyypit/muks/codec.ts).
 */
export const TULEVIEN_TYYPPIEN_ERITYISET_KENTÄT: readonly TulevaErityinenKenttä[] = [
  // none today: perusopetuksen lisäopetus' codec marks its fields, its toiminta-alue suoritus as a whole
  // (`sensitiveClass`) and its sanallinen arviointi's `kuvaus` within the enclosing suoritus' tyyppi
  // (`sensitiveWithinTyyppi`; src/tyypit/lisaopetus/codec.ts, src/codecs/yleissivistava.ts)
]
