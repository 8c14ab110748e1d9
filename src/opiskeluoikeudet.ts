/**
 * One validator per study-right type: its codec and its rules, by `tyyppi.koodiarvo`. Keyed by the types the
 * opiskeluoikeus union decodes (`OPISKELUOIKEUDET`), so a type added there cannot lack its rules here.
 */
import type * as t from 'io-ts'
import { OPISKELUOIKEUDET, isTuettuTyyppi, type TuettuOpiskeluoikeudenTyyppi } from './codecs/oppija'
import { tuvaSäännöt } from './rules/tuva'
import type { OpiskeluoikeusLike } from './rules/shapes'
import type { Rule } from './rules/types'

export interface OpiskeluoikeudenValidaattori<A extends OpiskeluoikeusLike> {
  readonly codec: t.Type<A, A, unknown>
  readonly rules: readonly Rule<A>[]
}

export const VALIDAATTORIT: {
  readonly [K in TuettuOpiskeluoikeudenTyyppi]: OpiskeluoikeudenValidaattori<t.TypeOf<(typeof OPISKELUOIKEUDET)[K]>>
} = {
  tuva: { codec: OPISKELUOIKEUDET.tuva, rules: tuvaSäännöt },
}

/** The validator of a study-right type, seen through the shapes every rule reads. */
export const validaattoriTyypille = (tyyppi: string | undefined): OpiskeluoikeudenValidaattori<OpiskeluoikeusLike> | undefined =>
  isTuettuTyyppi(tyyppi) ? (VALIDAATTORIT[tyyppi] as unknown as OpiskeluoikeudenValidaattori<OpiskeluoikeusLike>) : undefined
