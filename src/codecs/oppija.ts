/** The `Oppija` envelope sent to `PUT /koski/api/oppija`, and the opiskeluoikeus union resolved by `tyyppi.koodiarvo`. */
import * as t from 'io-ts'
import { Henkilö } from './henkilo'
import { dispatch, isRecord, lista, stringAt, strict } from './schema'
import { TutkintokoulutukseenValmentavanOpiskeluoikeus } from './tuva'

/** The study-right types this version decodes, by `tyyppi.koodiarvo`. */
export const OPISKELUOIKEUDET = {
  tuva: TutkintokoulutukseenValmentavanOpiskeluoikeus,
} as const

export type TuettuOpiskeluoikeudenTyyppi = keyof typeof OPISKELUOIKEUDET

export const isTuettuTyyppi = (tyyppi: string | undefined): tyyppi is TuettuOpiskeluoikeudenTyyppi =>
  tyyppi !== undefined && Object.prototype.hasOwnProperty.call(OPISKELUOIKEUDET, tyyppi)

/** Any study right in scope, resolved by `tyyppi.koodiarvo` with a single lookup. */
export const Opiskeluoikeus = dispatch('Opiskeluoikeus', [TutkintokoulutukseenValmentavanOpiskeluoikeus] as const, (u) => {
  const tyyppi = stringAt(u, 'tyyppi', 'koodiarvo')
  if (isTuettuTyyppi(tyyppi)) return OPISKELUOIKEUDET[tyyppi]
  return {
    errorType: isRecord(u) ? 'notAnyOf' : 'unexpectedType',
    rule: 'S-8',
    detail: { what: 'Opiskeluoikeus', value: tyyppi ?? '', allowed: Object.keys(OPISKELUOIKEUDET).join(', ') },
  }
})
export type Opiskeluoikeus = t.TypeOf<typeof Opiskeluoikeus>

export const Oppija = strict('Oppija', { henkilö: Henkilö, opiskeluoikeudet: lista(Opiskeluoikeus) }, {})
export type Oppija = t.TypeOf<typeof Oppija>
