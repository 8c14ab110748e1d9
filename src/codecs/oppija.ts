/** The `Oppija` envelope sent to `PUT /koski/api/oppija`, and the opiskeluoikeus union resolved by `tyyppi.koodiarvo`. */
import * as t from 'io-ts'
import { Henkilö } from './henkilo'
import { annettuKoodi, dispatch, getOwn, lista, merkkijonona, strict, type SchemaIssue } from './schema'
import { TutkintokoulutukseenValmentavanOpiskeluoikeus } from './tuva'

/** The study-right types this version decodes, by `tyyppi.koodiarvo`. */
export const OPISKELUOIKEUDET = {
  tuva: TutkintokoulutukseenValmentavanOpiskeluoikeus,
} as const

export type TuettuOpiskeluoikeudenTyyppi = keyof typeof OPISKELUOIKEUDET

export const isTuettuTyyppi = (tyyppi: string | undefined): tyyppi is TuettuOpiskeluoikeudenTyyppi =>
  tyyppi !== undefined && Object.prototype.hasOwnProperty.call(OPISKELUOIKEUDET, tyyppi)

/**
 * Any study right in scope, resolved as KOSKI resolves its union: by the discriminator `tyyppi` (koodiarvo and koodisto
 * `opiskeluoikeudentyyppi`), with a single lookup. Another or a missing tyyppi, or a value that is not an object at
 * all → `notAnyOf` at the study right.
 */
export const Opiskeluoikeus = dispatch('Opiskeluoikeus', [TutkintokoulutukseenValmentavanOpiskeluoikeus] as const, (u): typeof TutkintokoulutukseenValmentavanOpiskeluoikeus | SchemaIssue => {
  const tyyppi = getOwn(u, 'tyyppi')
  const arvo = merkkijonona(getOwn(tyyppi, 'koodiarvo'))
  const allowed = Object.keys(OPISKELUOIKEUDET)
  if (isTuettuTyyppi(arvo)) {
    const uri = merkkijonona(getOwn(tyyppi, 'koodistoUri'))
    if (uri === 'opiskeluoikeudentyyppi') return OPISKELUOIKEUDET[arvo]
    return { errorType: 'notAnyOf', rule: 'S-5', union: 'opiskeluoikeus', allowed, poikkeama: 'koodistoUri', annettu: annettuKoodi(tyyppi) }
  }
  return { errorType: 'notAnyOf', rule: 'S-8', union: 'opiskeluoikeus', allowed, poikkeama: arvo === undefined ? 'puuttuu' : 'koodiarvo', annettu: annettuKoodi(tyyppi) }
})
export type Opiskeluoikeus = t.TypeOf<typeof Opiskeluoikeus>

export const Oppija = strict('Oppija', { henkilö: Henkilö, opiskeluoikeudet: lista(Opiskeluoikeus) }, {})
export type Oppija = t.TypeOf<typeof Oppija>
