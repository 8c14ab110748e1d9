/**
 * Builders of TUVA document parts as plain JSON, the way a vendor sends them to KOSKI. Used by the arbitraries of this
 * folder (and by the package's own tests); not part of the public API.
 */
import { hetuCheckCharacter } from '../hetu'
import type { TuvaJärjestämislupa } from '../tyypit/tuva/codec'

/** A plain JSON value under construction (the arbitraries build documents field by field). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export type Lupa = TuvaJärjestämislupa

export const koodi = (koodistoUri: string, koodiarvo: string): Json => ({ koodiarvo, koodistoUri })

export const laajuus = (arvo: number): Json => ({ arvo, yksikkö: koodi('opintojenlaajuusyksikko', '8') })

export const arviointi = (päivä: string, arvosana: 'Hyväksytty' | 'Hylätty' = 'Hyväksytty'): Json => ({
  arvosana: koodi('arviointiasteikkotuva', arvosana),
  päivä,
})

export const OPPILAITOS_OID = '1.2.246.562.10.52251087186'
export const KOULUTUSTOIMIJA_OID = '1.2.246.562.10.346830761110'

export const vahvistus = (päivä: string): Json => ({
  päivä,
  paikkakunta: koodi('kunta', '091'),
  myöntäjäOrganisaatio: { oid: OPPILAITOS_OID },
  myöntäjäHenkilöt: [{ nimi: 'Reijo Reksi', titteli: { fi: 'rehtori' }, organisaatio: { oid: OPPILAITOS_OID } }],
})

/** A koulutuksen osa other than 104. */
export const osa = (koodiarvo: string, viikot: number | undefined, arvioinnit?: Json[], tyyppi = 'tutkintokoulutukseenvalmentava'): Json => ({
  koulutusmoduuli: { tunniste: koodi('koulutuksenosattuva', koodiarvo), ...(viikot === undefined ? {} : { laajuus: laajuus(viikot) }) },
  ...(arvioinnit === undefined ? {} : { arviointi: arvioinnit }),
  tyyppi: koodi('suorituksentyyppi', tyyppi),
})

/** A local kurssi under the 104 osa. */
export const kurssi = (koodiarvo: string, nimi: string, viikot: number | undefined, arvioinnit?: Json[]): Json => ({
  koulutusmoduuli: {
    nimi: { fi: nimi },
    tunniste: { koodiarvo, nimi: { fi: nimi } },
    ...(viikot === undefined ? {} : { laajuus: laajuus(viikot) }),
  },
  ...(arvioinnit === undefined ? {} : { arviointi: arvioinnit }),
  tyyppi: koodi('suorituksentyyppi', 'tutkintokoulutukseenvalmentava'),
})

/** The 104 (valinnaiset) osa with its kurssit. */
export const valinnainen = (viikot: number | undefined, kurssit: Json[], arvioinnit?: Json[]): Json => ({
  ...osa('104', viikot, arvioinnit),
  ...(kurssit.length === 0 ? {} : { osasuoritukset: kurssit }),
})

export const päätaso = (osasuoritukset: Json[] | undefined, options: { vahvistus?: Json; laajuus?: number } = {}): Json => ({
  tyyppi: koodi('suorituksentyyppi', 'tuvakoulutuksensuoritus'),
  koulutusmoduuli: {
    tunniste: koodi('koulutus', '999908'),
    perusteenDiaarinumero: 'OPH-1488-2021',
    ...(options.laajuus === undefined ? {} : { laajuus: laajuus(options.laajuus) }),
  },
  toimipiste: { oid: OPPILAITOS_OID },
  suorituskieli: koodi('kieli', 'FI'),
  ...(options.vahvistus === undefined ? {} : { vahvistus: options.vahvistus }),
  ...(osasuoritukset === undefined ? {} : { osasuoritukset }),
})

export const jakso = (alku: string, tila: string, rahoitus?: string): Json => ({
  alku,
  tila: koodi('koskiopiskeluoikeudentila', tila),
  ...(rahoitus === undefined ? {} : { opintojenRahoitus: koodi('opintojenrahoitus', rahoitus) }),
})

export interface OpiskeluoikeusParts {
  readonly lupa?: Lupa
  readonly jaksot: Json[]
  readonly suoritus: Json
  readonly lisätiedot?: Json
  readonly extra?: Json
}

export const tuvaOpiskeluoikeus = (parts: OpiskeluoikeusParts): Json => ({
  tyyppi: koodi('opiskeluoikeudentyyppi', 'tuva'),
  lähdejärjestelmänId: { id: 'tuva-0001', lähdejärjestelmä: koodi('lahdejarjestelma', 'primus') },
  oppilaitos: { oid: OPPILAITOS_OID },
  järjestämislupa: koodi('tuvajarjestamislupa', parts.lupa ?? 'ammatillinen'),
  tila: { opiskeluoikeusjaksot: parts.jaksot },
  ...(parts.lisätiedot === undefined ? {} : { lisätiedot: parts.lisätiedot }),
  suoritukset: [parts.suoritus],
  ...parts.extra,
})

/**
 * A valid hetu for a birth date (YYYY-MM-DD, years 1800–2099), with the given individual number (0…999; the
 * arbitraries use 2…899, so not a synthetic 9xx one) and separator (default `+` before 1900, `-` in the 1900s, `A`
 * from 2000 on). The one hetu builder of the package and of its tests.
 */
export const hetuFor = (birthDate: string, individual: number, separator?: string): string => {
  const [y, m, d] = birthDate.split('-') as [string, string, string]
  const yy = y.slice(2)
  const nnn = String(individual).padStart(3, '0')
  const sep = separator ?? (Number(y) >= 2000 ? 'A' : Number(y) >= 1900 ? '-' : '+')
  return `${d}${m}${yy}${sep}${nnn}${hetuCheckCharacter(`${d}${m}${yy}${nnn}`)}`
}
