/** The `Oppija` envelope sent to `PUT /koski/api/oppija`, and the opiskeluoikeus union of the types in `TYYPIT`. */
import * as t from 'io-ts'
import { TYYPIT, tyyppienKoodekit, valitseTyyppi, type TuettuOpiskeluoikeudenTyyppi } from '../tyypit'
import { Henkilö } from './henkilo'
import { annettuKoodi, dispatch, getOwn, lista, strict, type SchemaIssue } from './schema'

/** The codec of each study-right type this version decodes, by `tyyppi.koodiarvo` (from `TYYPIT`). */
export const OPISKELUOIKEUDET: { readonly [K in TuettuOpiskeluoikeudenTyyppi]: Extract<(typeof TYYPIT)[number], { tyyppi: K }>['codec'] } = Object.fromEntries(
  TYYPIT.map((d) => [d.tyyppi, d.codec]),
) as { readonly [K in TuettuOpiskeluoikeudenTyyppi]: Extract<(typeof TYYPIT)[number], { tyyppi: K }>['codec'] }

/**
 * Any study right of the types in `TYYPIT`, resolved as KOSKI resolves its union: by the discriminator `tyyppi`
 * (koodiarvo and koodisto `opiskeluoikeudentyyppi`), with a single lookup. Another or a missing tyyppi, or a value that
 * is not an object at all → `notAnyOf` at the study right. (This codec knows only the types this version decodes;
 * `validate` reports a type KOSKI knows beyond them as not checked, in `report.unchecked`.)
 */
export const Opiskeluoikeus = dispatch('Opiskeluoikeus', tyyppienKoodekit(), (u): (typeof TYYPIT)[number]['codec'] | SchemaIssue => {
  const valinta = valitseTyyppi(u)
  if ('kuvaus' in valinta) return valinta.kuvaus.codec as (typeof TYYPIT)[number]['codec']
  if ('issue' in valinta) return valinta.issue
  return { errorType: 'notAnyOf', rule: 'S-8', union: 'opiskeluoikeus', allowed: TYYPIT.map((d) => d.tyyppi), poikkeama: 'koodiarvo', annettu: annettuKoodi(getOwn(u, 'tyyppi')) }
})
export type Opiskeluoikeus = t.TypeOf<typeof Opiskeluoikeus>

/** KOSKI's Oppija, the document sent to `PUT /koski/api/oppija`: the learner (henkilö) and their study rights. */
export const Oppija = strict('Oppija', { henkilö: Henkilö, opiskeluoikeudet: lista(Opiskeluoikeus) }, {})
/** A decoded {@link Oppija}. */
export type Oppija = t.TypeOf<typeof Oppija>

export { isTuettuTyyppi, type TuettuOpiskeluoikeudenTyyppi } from '../tyypit'
