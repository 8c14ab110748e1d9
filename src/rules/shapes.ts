/**
 * The parts of a study right the general rules read, as structural types: every decoded study-right type in scope
 * fits them, so one rule serves all types.
 */
export interface Koodi {
  readonly koodiarvo: string
  readonly koodistoUri: string
}

export interface Tunniste {
  readonly koodiarvo: string
  readonly koodistoUri?: unknown
  readonly nimi?: unknown
}

export interface LaajuusLike {
  readonly arvo: number
  readonly yksikkö: Koodi
}

export interface ArviointiLike {
  readonly arvosana: Koodi
  readonly päivä?: string
  readonly arviointipäivä?: string
}

export interface SuoritusLike {
  readonly tyyppi: Koodi
  readonly koulutusmoduuli: { readonly tunniste: Tunniste; readonly laajuus?: LaajuusLike; readonly nimi?: unknown }
  readonly alkamispäivä?: string
  readonly vahvistus?: { readonly päivä: string }
  readonly arviointi?: readonly ArviointiLike[]
  readonly osasuoritukset?: readonly SuoritusLike[]
}

export interface OpiskeluoikeusjaksoLike {
  readonly alku: string
  readonly tila: Koodi
  readonly opintojenRahoitus?: Koodi
}

export interface OpiskeluoikeusLike {
  readonly tyyppi: Koodi
  readonly oid?: string
  readonly versionumero?: number
  readonly tila: { readonly opiskeluoikeusjaksot: readonly OpiskeluoikeusjaksoLike[] }
  readonly arvioituPäättymispäivä?: string
  readonly lähdejärjestelmänId?: { readonly id?: string; readonly lähdejärjestelmä: Koodi }
  readonly lähdejärjestelmäkytkentäPurettu?: { readonly purettu: string }
  readonly suoritukset: readonly SuoritusLike[]
}

/** A maksuttomuus jakso (`lisätiedot.maksuttomuus[i]`). */
export interface MaksuttomuusjaksoLike {
  readonly alku: string
  readonly loppu?: string
  readonly maksuton: boolean
}

/** An extension period of free education (`lisätiedot.oikeuttaMaksuttomuuteenPidennetty[i]`). */
export interface PidennysjaksoLike {
  readonly alku: string
  readonly loppu: string
}

/** Lisätiedot with free-education data (KOSKI's `MaksuttomuusTieto`): every study-right type with these fields fits. */
export interface MaksuttomuusTietoLike {
  readonly maksuttomuus?: readonly MaksuttomuusjaksoLike[]
  readonly oikeuttaMaksuttomuuteenPidennetty?: readonly PidennysjaksoLike[]
}
