/**
 * The study-right types this version validates: ONE list (`TYYPIT`) of descriptors (src/tyypit/<type>/), from which the
 * rest derives — the Opiskeluoikeus union and its dispatch (src/codecs/oppija.ts), `validate`'s choice of codec and
 * rules, the "not checked" decision for the types KOSKI knows that are not in the list, the docs' rule tables, and the
 * exports (each type's module re-exports its public API below).
 *
 * Adding a type: its descriptor module src/tyypit/<type>/index.ts, its tests, one line in TYYPIT and its export line.
 */
import type * as t from 'io-ts'
import { annettuKoodi, getOwn, merkkijonona, stringAt, type SchemaIssue } from '../codecs/schema'
import { koodiOnKoodistossa } from '../koodisto'
import type { OpiskeluoikeudenTyyppi } from './maarittely'
import { muks } from './muks'
import { tuva } from './tuva'
import { vst } from './vst'
import { luva } from './luva'
import { lisäopetus } from './lisaopetus'
import { ammatillinen } from './ammatillinen'

/** A descriptor seen from outside: its decoded type is used only inside its own closures. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the existential of the descriptors' decoded types
type Kuvaus = OpiskeluoikeudenTyyppi<string, any>

export * from './tuva'
export * from './vst'
export * from './muks'
export * from './luva'
export * from './lisaopetus'
export * from './ammatillinen'
export { luokka, opiskeluoikeudenTyyppi, type Luokka, type OpiskeluoikeudenTyyppi, type Tarkistamaton } from './maarittely'

/** Every study-right type this version validates, by its descriptor. */
export const TYYPIT = [tuva, vst, muks, ammatillinen, luva, lisäopetus] as const

type Tyypit = typeof TYYPIT
type Purettu<T> = T extends OpiskeluoikeudenTyyppi<string, infer A> ? A : never

/** `tyyppi.koodiarvo` of the study-right types this version validates. */
export type TuettuOpiskeluoikeudenTyyppi = Tyypit[number]['tyyppi']

/** A decoded study right of any type this version validates. */
export type TuettuOpiskeluoikeus = Purettu<Tyypit[number]>

/** The codecs of the list, in its order (the members of the Opiskeluoikeus union). */
type Koodekit<T extends readonly unknown[]> = { readonly [I in keyof T]: t.Type<Purettu<T[I]>, Purettu<T[I]>, unknown> }
/** The codecs of the supported study-right types, in the order of {@link TYYPIT}. */
export type TyyppienKoodekit = Koodekit<Tyypit>
const koodekit = <T extends readonly Kuvaus[]>(list: T): Koodekit<T> => list.map((d) => d.codec) as Koodekit<T>
/** The codecs of the supported study-right types, in the order of {@link TYYPIT} (the members of the Opiskeluoikeus union). */
export const tyyppienKoodekit = (): TyyppienKoodekit => koodekit(TYYPIT)

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

/** The descriptors by `tyyppi` (built from TYYPIT). */
const TYYPEITTÄIN: Readonly<Record<string, Kuvaus | undefined>> = Object.fromEntries(TYYPIT.map((d) => [d.tyyppi, d]))

/** The descriptor of a supported type, or undefined. */
export const tyypinKuvaus = (tyyppi: string | undefined): Kuvaus | undefined =>
  tyyppi !== undefined && own(TYYPEITTÄIN, tyyppi) ? TYYPEITTÄIN[tyyppi] : undefined

/** Whether a study right's `tyyppi.koodiarvo` is one of the types this package validates. */
export const isTuettuTyyppi = (tyyppi: string | undefined): tyyppi is TuettuOpiskeluoikeudenTyyppi => tyypinKuvaus(tyyppi) !== undefined

/** How a study right's `tyyppi` decides what is done with it. */
export type Tyypinvalinta =
  /** A type of the list: decode and check it with its descriptor. */
  | { readonly kuvaus: Kuvaus }
  /** A type of koodisto opiskeluoikeudentyyppi that KOSKI knows and this version does not validate: reported unchecked. */
  | { readonly tarkistamaton: string }
  /** No type at all, or one KOSKI does not know: the union's structural finding. */
  | { readonly issue: SchemaIssue }

const kaikkiTuetut = (): readonly string[] => TYYPIT.map((d) => d.tyyppi)

/**
 * The study right's type, resolved as KOSKI resolves its Opiskeluoikeus union — by the discriminator `tyyppi`
 * (koodiarvo, and koodisto `opiskeluoikeudentyyppi`) with one lookup — except that a type KOSKI knows and this version
 * does not validate is recognised as such, not a structural error.
 */
export function valitseTyyppi(u: unknown): Tyypinvalinta {
  const tyyppi = getOwn(u, 'tyyppi')
  const arvo = merkkijonona(getOwn(tyyppi, 'koodiarvo'))
  const kuvaus = tyypinKuvaus(arvo)
  if (kuvaus !== undefined) {
    if (merkkijonona(getOwn(tyyppi, 'koodistoUri')) === 'opiskeluoikeudentyyppi') return { kuvaus }
    return { issue: { errorType: 'notAnyOf', rule: 'S-5', union: 'opiskeluoikeus', allowed: kaikkiTuetut(), poikkeama: 'koodistoUri', annettu: annettuKoodi(tyyppi) } }
  }
  const koodiarvo = stringAt(u, 'tyyppi', 'koodiarvo')
  if (koodiarvo !== undefined && koodiOnKoodistossa('opiskeluoikeudentyyppi', koodiarvo) === true) return { tarkistamaton: koodiarvo }
  return { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'opiskeluoikeus', allowed: kaikkiTuetut(), poikkeama: arvo === undefined ? 'puuttuu' : 'koodiarvo', annettu: annettuKoodi(tyyppi) } }
}
