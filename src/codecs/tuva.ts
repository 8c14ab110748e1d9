/**
 * TUVA — `TutkintokoulutukseenValmentavanOpiskeluoikeus` and its parts (catalogue §1.2, §1.7), named after KOSKI's
 * classes (schema/TutkintokoulutukseenValmentavaKoulutus.scala, TutkintokoulutukseenValmentavaKoulutuksenLisätiedot.scala).
 */
import * as t from 'io-ts'
import {
  Aikajakso,
  HenkilövahvistusValinnaisellaPaikkakunnalla,
  Koulutustoimija,
  LaajuusViikoissa,
  LocalizedString,
  LähdejärjestelmäId,
  LähdejärjestelmäkytkennänPurkaminen,
  Maksuttomuus,
  OikeuttaMaksuttomuuteenPidennetty,
  Oppilaitos,
  OrganisaatioWithOid,
  OsaAikaisuusJakso,
  OsaamisenTunnustaminen,
  PaikallinenKoodi,
  Ulkomaanjakso,
  koodi,
} from './common'
import {
  Kokonaisluku,
  Ohitettava,
  Päivämäärä,
  Str,
  Totuusarvo,
  dispatch,
  getOwn,
  isRecord,
  lista,
  parentOf,
  stringAt,
  strict,
  type SchemaIssue,
} from './schema'

// ---------------------------------------------------------------------------------------------------------------
// Tila

export const TUVA_TILAT = ['eronnut', 'katsotaaneronneeksi', 'lasna', 'mitatoity', 'valiaikaisestikeskeytynyt', 'valmistunut', 'loma'] as const
export const TUVA_RAHOITUKSET = ['1', '6', '10'] as const

export const TutkintokoulutukseenValmentavanOpiskeluoikeusjakso = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeusjakso',
  { alku: Päivämäärä, tila: koodi('koskiopiskeluoikeudentila', TUVA_TILAT) },
  { opintojenRahoitus: koodi('opintojenrahoitus', TUVA_RAHOITUKSET) },
)
export type TutkintokoulutukseenValmentavanOpiskeluoikeusjakso = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeusjakso>

export const TutkintokoulutukseenValmentavanOpiskeluoikeudenTila = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeudenTila',
  { opiskeluoikeusjaksot: lista(TutkintokoulutukseenValmentavanOpiskeluoikeusjakso, { min: 1 }) },
  {},
)

// ---------------------------------------------------------------------------------------------------------------
// Lisätiedot per järjestämislupa

const Aikajaksot = lista(Aikajakso)

const yhteiset = {
  maksuttomuus: lista(Maksuttomuus),
  oikeuttaMaksuttomuuteenPidennetty: lista(OikeuttaMaksuttomuuteenPidennetty),
  ulkomaanjaksot: lista(Ulkomaanjakso),
  pidennettyPäättymispäivä: Totuusarvo,
  sisäoppilaitosmainenMajoitus: Aikajaksot,
}

const ammatillisenKentät = {
  ...yhteiset,
  majoitus: Aikajaksot,
  vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: Aikajaksot,
  erityinenTuki: Aikajaksot,
  vaativanErityisenTuenErityinenTehtävä: Aikajaksot,
  vaikeastiVammainen: Aikajaksot,
  vammainenJaAvustaja: Aikajaksot,
  osaAikaisuusjaksot: lista(OsaAikaisuusJakso),
  vankilaopetuksessa: Aikajaksot,
  koulutusvienti: Totuusarvo,
}

const loppuEnnenAlkua = (u: Record<string, unknown>): SchemaIssue | undefined => {
  const alku = u.alku
  const loppu = u.loppu
  if (typeof loppu !== 'string') return undefined
  if (typeof alku !== 'string' || loppu < alku) {
    return { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', detail: { alku: typeof alku === 'string' ? alku : '', loppu } }
  }
  return undefined
}

/** Both ends optional: missing alku = open to the past, missing loppu = open-ended; loppu without alku is an error. */
export const TuvaErityisenTuenPäätös = strict('TuvaErityisenTuenPäätös', {}, { alku: Päivämäärä, loppu: Päivämäärä }, { refine: loppuEnnenAlkua })

const perusopetuksenKentät = {
  ...yhteiset,
  vaikeastiVammainen: Aikajaksot,
  vammainen: Aikajaksot,
  majoitusetu: Aikajakso,
  kuljetusetu: Aikajakso,
  koulukoti: Aikajaksot,
  erityisenTuenPäätökset: lista(TuvaErityisenTuenPäätös),
}

/** The järjestämislupa values (koodisto `tuvajarjestamislupa`). */
export type TuvaJärjestämislupa = 'ammatillinen' | 'lukio' | 'perusopetus'

/** Which lisätiedot fields each järjestämislupa allows (KOSKI's three lisätiedot classes, catalogue §1.7). */
export const TUVA_LISÄTIEDOT_KENTÄT: Readonly<Record<TuvaJärjestämislupa, readonly string[]>> = {
  ammatillinen: Object.keys(ammatillisenKentät),
  lukio: Object.keys(yhteiset),
  perusopetus: Object.keys(perusopetuksenKentät),
}

const kaikkiKentät = new Set(Object.values(TUVA_LISÄTIEDOT_KENTÄT).flat())

const lupaIssue = (lupa: TuvaJärjestämislupa) => (key: string): SchemaIssue =>
  kaikkiKentät.has(key)
    ? {
        errorType: 'notAnyOf',
        rule: 'T-LUPA-1',
        detail: { field: key, lupa, allowed: TUVA_LISÄTIEDOT_KENTÄT[lupa].join(', ') },
      }
    : { errorType: 'unexpectedProperty', rule: 'S-1' }

export const TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot',
  {},
  ammatillisenKentät,
  { unknownKey: lupaIssue('ammatillinen') },
)
export const TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot',
  {},
  yhteiset,
  { unknownKey: lupaIssue('lukio') },
)
export const TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot',
  {},
  perusopetuksenKentät,
  { unknownKey: lupaIssue('perusopetus') },
)
export type TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot>
export type TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot>
export type TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot>

const lisätiedotByLupa = {
  ammatillinen: TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot,
  lukio: TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot,
  perusopetus: TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot,
} as const

/** When the järjestämislupa itself is missing or unknown (reported there), the lisätiedot are not checked further. */
const LisätiedotIlmanLupaa = Ohitettava as unknown as typeof TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot

/** The lisätiedot class chosen by the study right's `järjestämislupa.koodiarvo` (KOSKI's `@OnlyWhen`). */
export const TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot = dispatch(
  'TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot',
  [
    TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot,
    TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot,
    TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot,
  ] as const,
  (_u, c) => {
    const lupa = stringAt(parentOf(c), 'järjestämislupa', 'koodiarvo')
    return lupa === 'ammatillinen' || lupa === 'lukio' || lupa === 'perusopetus' ? lisätiedotByLupa[lupa] : LisätiedotIlmanLupaa
  },
)
export type TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot>

// ---------------------------------------------------------------------------------------------------------------
// Suoritukset

export const SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi = strict(
  'SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi',
  { arvosana: koodi('arviointiasteikkotuva'), päivä: Päivämäärä },
  { kuvaus: LocalizedString },
  { synthetic: ['hyväksytty'] },
)
export type SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi = t.TypeOf<typeof SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi>

const Arvioinnit = lista(SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi)

/** The koulutuksen osat other than 104 (koodisto `koulutuksenosattuva`). */
export const TUVA_MUUT_OSAT = ['101', '102', '103', '105', '106', '107'] as const
export const TUVA_VALINNAINEN_OSA = '104'
export const TUVA_OSASUORITUSTYYPIT = ['tutkintokoulutukseenvalmentava', 'tuvaperusopetus', 'tuvalukiokoulutus', 'tuvaammatillinenkoulutus'] as const

export const TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanPaikallinenOsasuoritus = strict(
  'TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanPaikallinenOsasuoritus',
  {
    koulutusmoduuli: strict(
      'TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanPaikallinenOsa',
      { nimi: LocalizedString, tunniste: PaikallinenKoodi },
      { laajuus: LaajuusViikoissa },
    ),
    tyyppi: koodi('suorituksentyyppi', ['tutkintokoulutukseenvalmentava']),
  },
  { arviointi: Arvioinnit, tunnustettu: OsaamisenTunnustaminen, suorituskieli: koodi('kieli') },
  { synthetic: ['tila'] },
)
export type TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanPaikallinenOsasuoritus = t.TypeOf<typeof TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanPaikallinenOsasuoritus>

export const TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus = strict(
  'TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus',
  {
    koulutusmoduuli: strict(
      'TutkintokoulutukseenValmentavanKoulutuksenValinnainenOsa',
      { tunniste: koodi('koulutuksenosattuva', [TUVA_VALINNAINEN_OSA]) },
      { laajuus: LaajuusViikoissa },
    ),
    tyyppi: koodi('suorituksentyyppi', ['tutkintokoulutukseenvalmentava']),
  },
  {
    arviointi: Arvioinnit,
    suorituskieli: koodi('kieli'),
    tunnustettu: OsaamisenTunnustaminen,
    osasuoritukset: lista(TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanPaikallinenOsasuoritus),
  },
  { synthetic: ['tila'] },
)
export type TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus = t.TypeOf<typeof TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus>

export const TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus = strict(
  'TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus',
  {
    koulutusmoduuli: strict(
      'TutkintokoulutukseenValmentavanKoulutuksenMuuOsa',
      { tunniste: koodi('koulutuksenosattuva', TUVA_MUUT_OSAT) },
      { laajuus: LaajuusViikoissa },
    ),
    tyyppi: koodi('suorituksentyyppi', TUVA_OSASUORITUSTYYPIT),
  },
  { arviointi: Arvioinnit, suorituskieli: koodi('kieli'), tunnustettu: OsaamisenTunnustaminen },
  { synthetic: ['tila'] },
)
export type TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus = t.TypeOf<typeof TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus>

/** The osasuoritus union, resolved by `koulutusmoduuli.tunniste.koodiarvo` (104 vs 101/102/103/105/106/107). */
export const TutkintokoulutukseenValmentavanKoulutuksenOsanSuoritus = dispatch(
  'TutkintokoulutukseenValmentavanKoulutuksenOsanSuoritus',
  [TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus, TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus] as const,
  (u) => {
    const tunniste = getOwn(getOwn(u, 'koulutusmoduuli'), 'tunniste')
    const arvo = getOwn(tunniste, 'koodiarvo')
    if (!isRecord(tunniste) || typeof arvo !== 'string') return TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus // reports what is missing
    if (arvo === TUVA_VALINNAINEN_OSA) return TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus
    if ((TUVA_MUUT_OSAT as readonly string[]).includes(arvo)) return TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus
    return { errorType: 'notAnyOf', rule: 'S-8', detail: { what: 'koulutuksenosattuva', value: arvo, allowed: [...TUVA_MUUT_OSAT, TUVA_VALINNAINEN_OSA].sort().join(', ') } }
  },
)
export type TutkintokoulutukseenValmentavanKoulutuksenOsanSuoritus = t.TypeOf<typeof TutkintokoulutukseenValmentavanKoulutuksenOsanSuoritus>

export const TutkintokoulutukseenValmentavanKoulutus = strict(
  'TutkintokoulutukseenValmentavanKoulutus',
  { tunniste: koodi('koulutus', ['999908']) },
  { perusteenDiaarinumero: Str, koulutustyyppi: koodi('koulutustyyppi'), laajuus: LaajuusViikoissa },
)

export const TutkintokoulutukseenValmentavanKoulutuksenSuoritus = strict(
  'TutkintokoulutukseenValmentavanKoulutuksenSuoritus',
  {
    tyyppi: koodi('suorituksentyyppi', ['tuvakoulutuksensuoritus']),
    koulutusmoduuli: TutkintokoulutukseenValmentavanKoulutus,
    toimipiste: OrganisaatioWithOid,
    suorituskieli: koodi('kieli'),
  },
  {
    vahvistus: HenkilövahvistusValinnaisellaPaikkakunnalla,
    osasuoritukset: lista(TutkintokoulutukseenValmentavanKoulutuksenOsanSuoritus),
    todistuksellaNäkyvätLisätiedot: LocalizedString,
  },
  { synthetic: ['tila'] },
)
export type TutkintokoulutukseenValmentavanKoulutuksenSuoritus = t.TypeOf<typeof TutkintokoulutukseenValmentavanKoulutuksenSuoritus>

// ---------------------------------------------------------------------------------------------------------------
// Opiskeluoikeus

export const TutkintokoulutukseenValmentavanOpiskeluoikeus = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeus',
  {
    tyyppi: koodi('opiskeluoikeudentyyppi', ['tuva']),
    järjestämislupa: koodi('tuvajarjestamislupa'),
    tila: TutkintokoulutukseenValmentavanOpiskeluoikeudenTila,
    suoritukset: lista(TutkintokoulutukseenValmentavanKoulutuksenSuoritus, { min: 1, max: 1 }),
  },
  {
    oid: Str,
    versionumero: Kokonaisluku,
    aikaleima: Ohitettava,
    lähdejärjestelmänId: LähdejärjestelmäId,
    oppilaitos: Oppilaitos,
    koulutustoimija: Koulutustoimija,
    arvioituPäättymispäivä: Päivämäärä,
    lisätiedot: TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot,
    organisaatiohistoria: Ohitettava,
    lähdejärjestelmäkytkentäPurettu: LähdejärjestelmäkytkennänPurkaminen,
  },
  { synthetic: ['alkamispäivä', 'päättymispäivä'] },
)
export type TutkintokoulutukseenValmentavanOpiskeluoikeus = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeus>
