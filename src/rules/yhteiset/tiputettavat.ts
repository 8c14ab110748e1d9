/**
 * X-LUVA-POIS-1, X-LISÄ-POIS-1, A-POIS-1 — fields KOSKI accepts on a study right and drops silently on input
 * (@RedundantData: "Kenttä ei ole käytössä. Koski ei ota vastaan kentässä siirrettyä tietoa.", KOSKI's schema
 * documentation; or fields its filter sets to None before storing): our warning, one per field given, so that the
 * source system stops sending what is not stored. Not an error: KOSKI answers 200. The family is written once; each
 * type names its fields (`kentät`) and the study right in its text (`viesti`).
 */
import { warning, type Finding, type Viesti } from '../../finding'
import { lisätietoPath } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import { NO_FINDINGS, type Rule, type RuleSource } from '../types'

/** Reports a field given at `path`, named `kenttä` in the message. */
export type Ilmoita = (path: string, kenttä: string) => void

/** One type's rule of the family: its metadata, where its dropped fields are, and its text. */
export interface TiputettavatKentätAsetukset<A> {
  readonly id: string
  /** Our key (`koskiValidation.…`). */
  readonly key: string
  readonly what: string
  readonly source: RuleSource
  /** Calls `ilmoita` for each dropped field the study right gives, in document order. */
  readonly kentät: (oo: A, path: string, ilmoita: Ilmoita) => void
  /** The message for the field `kenttä`. */
  readonly viesti: (kenttä: string) => Viesti
}

/** The warning of a type for the fields KOSKI drops (see the module). */
export const tiputettavatKentät = <A extends OpiskeluoikeusLike>(o: TiputettavatKentätAsetukset<A>): Rule<A> => ({
  id: o.id,
  what: o.what,
  keys: [o.key],
  severity: 'warning',
  source: o.source,
  check: (oo, ctx) => {
    let out: Finding[] | undefined
    o.kentät(oo, ctx.path, (path, kenttä) => (out ??= []).push(warning(o.id, o.key, path, o.viesti(kenttä))))
    return out ?? NO_FINDINGS
  },
})

/**
 * The lisätieto `oikeusMaksuttomaanAsuntolapaikkaan` of the study right at `path` (@RedundantData of KOSKI's
 * ammatillinen and LUVA lisätiedot), for those types.
 */
export const maksutonAsuntolapaikka = (
  oo: { readonly lisätiedot?: { readonly oikeusMaksuttomaanAsuntolapaikkaan?: unknown } },
  path: string,
  ilmoita: Ilmoita,
): void => {
  if (oo.lisätiedot?.oikeusMaksuttomaanAsuntolapaikkaan !== undefined) ilmoita(lisätietoPath(path, 'oikeusMaksuttomaanAsuntolapaikkaan'), 'oikeusMaksuttomaanAsuntolapaikkaan')
}

/**
 * The `uskonnonOppimäärä` of a päätaso's uskonto oppiaineet (@RedundantData of KOSKI's trait Uskonto:
 * OppijaValidationPerusopetusSpec › "Uskontoa ei tallenneta tietokantaan"), for LUVA and lisäopetus.
 */
export const uskonnonOppimäärät = (
  suoritus: { readonly osasuoritukset?: readonly { readonly koulutusmoduuli: object }[] },
  path: string,
  ilmoita: Ilmoita,
): void => {
  suoritus.osasuoritukset?.forEach((os, j) => {
    if ((os.koulutusmoduuli as { readonly uskonnonOppimäärä?: unknown }).uskonnonOppimäärä !== undefined) {
      ilmoita(`${path}.osasuoritukset[${j}].koulutusmoduuli.uskonnonOppimäärä`, 'uskonnonOppimäärä')
    }
  })
}
