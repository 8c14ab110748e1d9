/** One validator per study-right type: its codec and its rules, by `tyyppi.koodiarvo`. */
import type * as t from 'io-ts'
import { TutkintokoulutukseenValmentavanOpiskeluoikeus } from './codecs/tuva'
import { tuvaSäännöt } from './rules/tuva'
import type { OpiskeluoikeusLike } from './rules/shapes'
import type { Rule } from './rules/types'

export interface OpiskeluoikeudenValidaattori<A extends OpiskeluoikeusLike> {
  readonly codec: t.Type<A, A, unknown>
  readonly rules: readonly Rule<A>[]
}

const validaattori = <A extends OpiskeluoikeusLike>(codec: t.Type<A, A, unknown>, rules: readonly Rule<A>[]): OpiskeluoikeudenValidaattori<OpiskeluoikeusLike> =>
  ({ codec, rules }) as unknown as OpiskeluoikeudenValidaattori<OpiskeluoikeusLike>

export const VALIDAATTORIT: Readonly<Record<string, OpiskeluoikeudenValidaattori<OpiskeluoikeusLike>>> = {
  tuva: validaattori(TutkintokoulutukseenValmentavanOpiskeluoikeus, tuvaSäännöt),
}

export const validaattoriTyypille = (tyyppi: string | undefined): OpiskeluoikeudenValidaattori<OpiskeluoikeusLike> | undefined =>
  tyyppi !== undefined && Object.prototype.hasOwnProperty.call(VALIDAATTORIT, tyyppi) ? VALIDAATTORIT[tyyppi] : undefined
