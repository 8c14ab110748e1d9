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
  OpiskeluoikeudenOrganisaatiohistoria,
  Oppilaitos,
  OrganisaatioWithOid,
  OsaAikaisuusJakso,
  OsaamisenTunnustaminen,
  PaikallinenKoodi,
  Ulkomaanjakso,
  koodi,
} from '../../codecs/common'
import {
  Kokonaisluku,
  Päivämäärä,
  PäivämääräJaAika,
  Str,
  Totuusarvo,
  annettuKoodi,
  at,
  dispatch,
  getOwn,
  isRecord,
  koodinPoikkeama,
  koodinSääntö,
  lista,
  onAvain,
  parentOf,
  strict,
  vieras,
  type SchemaIssue,
} from '../../codecs/schema'
import { lainaus } from '../../yksityisyys'
import { VAIN_LUOTTAMUKSELLINEN as K } from '../../codecs/erityiset'
import { TUVA_RAKENNE } from './rakenne'

// ---------------------------------------------------------------------------------------------------------------
// Tila

/** The study-right statuses a TUVA study right may have (koodisto `koskiopiskeluoikeudentila`). */
export const TUVA_TILAT = ['eronnut', 'katsotaaneronneeksi', 'lasna', 'mitatoity', 'valiaikaisestikeskeytynyt', 'valmistunut', 'loma'] as const
/** The funding codes a TUVA period may have (koodisto `opintojenrahoitus`). */
export const TUVA_RAHOITUKSET = ['1', '6', '10'] as const

/** KOSKI's TutkintokoulutukseenValmentavanOpiskeluoikeusjakso: one period of a TUVA study right's status. */
export const TutkintokoulutukseenValmentavanOpiskeluoikeusjakso = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeusjakso',
  { alku: Päivämäärä, tila: koodi('koskiopiskeluoikeudentila', TUVA_TILAT) },
  { opintojenRahoitus: koodi('opintojenrahoitus', TUVA_RAHOITUKSET) },
)
/** A decoded {@link TutkintokoulutukseenValmentavanOpiskeluoikeusjakso}. */
export type TutkintokoulutukseenValmentavanOpiskeluoikeusjakso = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeusjakso>

/** KOSKI's TutkintokoulutukseenValmentavanOpiskeluoikeudenTila: the periods of a TUVA study right's status. */
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
  if (typeof alku !== 'string') return { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', loppu }
  return loppu < alku ? { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', alku, loppu } : undefined
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

/**
 * A key the class of this lupa does not have. KOSKI chooses the lisätiedot class as a union member ("no other
 * properties than" its fields, a null-valued key included, and `@OnlyWhen` the lupa), so any such key leaves no class
 * and is `notAnyOf` (KOSKI reports it once, at the lisätiedot; here each key is reported at its own path). A field of
 * another lupa's class is T-LUPA-1; any other key S-8.
 */
const lupaIssue = (lupa: TuvaJärjestämislupa, luokka: string) => (key: string): SchemaIssue => {
  const muissaJäsenissä = kaikkiKentät.has(key)
  return {
    errorType: 'notAnyOf',
    rule: muissaJäsenissä ? 'T-LUPA-1' : 'S-8',
    union: 'kenttä',
    key: lainaus(key),
    luokka,
    kentät: TUVA_LISÄTIEDOT_KENTÄT[lupa],
    muissaJäsenissä,
    valitsija: { field: 'järjestämislupa', koodistoUri: 'tuvajarjestamislupa', koodiarvo: lupa },
    kohde: TUVA_RAKENNE.lisätiedot,
  }
}

/**
 * KOSKI's `@SensitiveData(Set(Rooli.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT))` on the TUVA lisätiedot
 * (TutkintokoulutukseenValmentavaKoulutuksenLisätiedot.scala; catalogue §1.7). `majoitusetu` is not marked.
 */
const ammatillisenErityiset = {
  sisäoppilaitosmainenMajoitus: K,
  vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: K,
  erityinenTuki: K,
  vaativanErityisenTuenErityinenTehtävä: K,
  vaikeastiVammainen: K,
  vammainenJaAvustaja: K,
  vankilaopetuksessa: K,
} as const
const lukionErityiset = { sisäoppilaitosmainenMajoitus: K } as const
const perusopetuksenErityiset = {
  sisäoppilaitosmainenMajoitus: K,
  vaikeastiVammainen: K,
  vammainen: K,
  kuljetusetu: K,
  koulukoti: K,
  erityisenTuenPäätökset: K,
} as const

/** KOSKI's lisätiedot of a TUVA study right under the vocational permit (`järjestämislupa` ammatillinen). */
export const TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot',
  {},
  ammatillisenKentät,
  { unknownKey: lupaIssue('ammatillinen', 'TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot'), unknownNull: true, sensitive: ammatillisenErityiset },
)
/** KOSKI's lisätiedot of a TUVA study right under the general upper secondary permit (`järjestämislupa` lukio). */
export const TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot',
  {},
  yhteiset,
  { unknownKey: lupaIssue('lukio', 'TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot'), unknownNull: true, sensitive: lukionErityiset },
)
/** KOSKI's lisätiedot of a TUVA study right under the basic education permit (`järjestämislupa` perusopetus). */
export const TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot',
  {},
  perusopetuksenKentät,
  { unknownKey: lupaIssue('perusopetus', 'TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot'), unknownNull: true, sensitive: perusopetuksenErityiset },
)
/** Decoded {@link TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot}. */
export type TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot>
/** Decoded {@link TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot}. */
export type TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot>
/** Decoded {@link TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot}. */
export type TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot>

const LUVAT: readonly TuvaJärjestämislupa[] = ['ammatillinen', 'lukio', 'perusopetus']

const lisätiedotByLupa = {
  ammatillinen: TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot,
  lukio: TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot,
  perusopetus: TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot,
} as const

/** The lisätiedot class chosen by the study right's `järjestämislupa.koodiarvo` (KOSKI's `@OnlyWhen`). */
export const TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot = dispatch(
  'TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot',
  [
    TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot,
    TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot,
    TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot,
  ] as const,
  (u, c) => {
    // @OnlyWhen("../järjestämislupa/koodiarvo", …) compares JSON values: the koodiarvo must be one of the three strings.
    if (!isRecord(u)) {
      return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: 'TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot', kohde: TUVA_RAKENNE.lisätiedot }
    }
    const lupa = at(parentOf(c), 'järjestämislupa', 'koodiarvo')
    if (lupa === 'ammatillinen' || lupa === 'lukio' || lupa === 'perusopetus') return lisätiedotByLupa[lupa]
    // No class applies: KOSKI reports the lisätiedot as notAnyOf (besides what is wrong with the järjestämislupa).
    return { errorType: 'notAnyOf', rule: 'S-8', union: 'valitsija', field: 'järjestämislupa', koodistoUri: 'tuvajarjestamislupa', allowed: LUVAT, kohde: TUVA_RAKENNE.lisätiedot }
  },
)
export type TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot>

// ---------------------------------------------------------------------------------------------------------------
// Suoritukset

/** The grades of a TUVA assessment (koodisto `arviointiasteikkotuva`). */
export const TUVA_ARVOSANAT = ['Hyväksytty', 'Hylätty'] as const

/** KOSKI's SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi: a TUVA assessment with a grade, a date and an optional verbal description. */
export const SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi = strict(
  'SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi',
  { arvosana: koodi('arviointiasteikkotuva', TUVA_ARVOSANAT), päivä: Päivämäärä },
  { kuvaus: LocalizedString },
  { synthetic: ['hyväksytty'] },
)
/** A decoded {@link SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi}. */
export type SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi = t.TypeOf<typeof SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi>

const Arvioinnit = lista(SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi)

/**
 * The arviointi of a 104 kurssi: KOSKI types that list by a trait (`TutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi`)
 * whose one class has no discriminator, so it is a union member: an unknown key (also null-valued), a missing
 * `arvosana` or `päivä`, or an arvosana other than arviointiasteikkotuva Hyväksytty/Hylätty → `notAnyOf` at the arviointi.
 */
export const TutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi = dispatch(
  'TutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi',
  [SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi] as const,
  (u): typeof SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi | SchemaIssue => {
    const luokka = SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi
    const kohde = TUVA_RAKENNE.paikallisenOsasuorituksenArviointi
    if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: luokka.name, kentät: luokka.fields, kohde }
    const key = vieras(u, luokka.known)
    if (key !== undefined) return { errorType: 'notAnyOf', rule: 'S-8', union: 'kenttä', key: lainaus(key), luokka: luokka.name, kentät: luokka.fields, muissaJäsenissä: false, kohde }
    const arvosana = getOwn(u, 'arvosana')
    const poikkeama = koodinPoikkeama(arvosana, TUVA_ARVOSANAT, 'arviointiasteikkotuva')
    if (poikkeama !== undefined) {
      return {
        errorType: 'notAnyOf',
        rule: koodinSääntö(poikkeama),
        union: 'koodi',
        field: 'arvosana',
        koodistoUri: 'arviointiasteikkotuva',
        allowed: TUVA_ARVOSANAT,
        poikkeama,
        annettu: annettuKoodi(arvosana),
        kohde,
      }
    }
    if (!onAvain(u, 'päivä')) return { errorType: 'notAnyOf', rule: 'S-8', union: 'pakollinen', key: 'päivä', luokka: luokka.name, kohde }
    return SanallinenTutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi
  },
)

/** The koulutuksen osat other than 104 (koodisto `koulutuksenosattuva`). */
export const TUVA_MUUT_OSAT = ['101', '102', '103', '105', '106', '107'] as const
/** The koulutuksen osa of the optional studies (valinnaiset opinnot), code 104 of `koulutuksenosattuva`. */
export const TUVA_VALINNAINEN_OSA = '104'
/** The suorituksen tyypit a TUVA partial completion (osasuoritus) may have. */
export const TUVA_OSASUORITUSTYYPIT = ['tutkintokoulutukseenvalmentava', 'tuvaperusopetus', 'tuvalukiokoulutus', 'tuvaammatillinenkoulutus'] as const

/** KOSKI's TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanPaikallinenOsasuoritus: a locally defined partial completion inside the optional studies (osa 104). */
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
  { arviointi: lista(TutkintokoulutukseenValmentavanKoulutuksenSuorituksenArviointi), tunnustettu: OsaamisenTunnustaminen, suorituskieli: koodi('kieli') },
  { synthetic: ['tila'] },
)
/** A decoded {@link TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanPaikallinenOsasuoritus}. */
export type TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanPaikallinenOsasuoritus = t.TypeOf<typeof TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanPaikallinenOsasuoritus>

/** KOSKI's TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus: the completion of the optional studies (osa 104). */
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
/** A decoded {@link TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus}. */
export type TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus = t.TypeOf<typeof TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus>

const TutkintokoulutukseenValmentavanKoulutuksenMuuOsaLuokka = strict(
  'TutkintokoulutukseenValmentavanKoulutuksenMuuOsa',
  { tunniste: koodi('koulutuksenosattuva', TUVA_MUUT_OSAT) },
  { laajuus: LaajuusViikoissa },
)

/**
 * The koulutusmoduuli of osat 101/102/103/105/106/107: KOSKI's trait with one class per osa, each told by its
 * tunniste (a discriminator): koodisto `koulutuksenosattuva` and that code, else `notAnyOf` at the koulutusmoduuli.
 */
export const TutkintokoulutukseenValmentavanKoulutuksenMuuOsa = dispatch(
  'TutkintokoulutukseenValmentavanKoulutuksenMuuOsa',
  [TutkintokoulutukseenValmentavanKoulutuksenMuuOsaLuokka] as const,
  (u) => {
    const tunniste = getOwn(u, 'tunniste')
    const poikkeama = koodinPoikkeama(tunniste, TUVA_MUUT_OSAT, 'koulutuksenosattuva')
    return poikkeama === undefined
      ? TutkintokoulutukseenValmentavanKoulutuksenMuuOsaLuokka
      : {
          errorType: 'notAnyOf',
          rule: koodinSääntö(poikkeama),
          union: 'koodi',
          field: 'tunniste',
          koodistoUri: 'koulutuksenosattuva',
          allowed: TUVA_MUUT_OSAT,
          poikkeama,
          annettu: annettuKoodi(tunniste),
          kohde: TUVA_RAKENNE.koulutuksenOsa,
        }
  },
)

/** KOSKI's TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus: the completion of a koulutuksen osa other than 104. */
export const TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus = strict(
  'TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus',
  {
    koulutusmoduuli: TutkintokoulutukseenValmentavanKoulutuksenMuuOsa,
    tyyppi: koodi('suorituksentyyppi', TUVA_OSASUORITUSTYYPIT),
  },
  { arviointi: Arvioinnit, suorituskieli: koodi('kieli'), tunnustettu: OsaamisenTunnustaminen },
  { synthetic: ['tila'] },
)
/** A decoded {@link TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus}. */
export type TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus = t.TypeOf<typeof TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus>

const KAIKKI_OSAT: readonly string[] = [...TUVA_MUUT_OSAT, TUVA_VALINNAINEN_OSA].sort()
const OSAT: ReadonlySet<string> = new Set(KAIKKI_OSAT)
const VALINNAISEN_TYYPIT = ['tutkintokoulutukseenvalmentava'] as const

/**
 * The osasuoritus union: KOSKI's `@OnlyWhen("koulutusmoduuli/tunniste/koodiarvo", …)` picks the class by the JSON
 * string (104 vs 101/102/103/105/106/107) and the class' discriminator `tyyppi` must be one of its values in koodisto
 * suorituksentyyppi (104: tutkintokoulutukseenvalmentava; the others: also tuvaperusopetus, tuvalukiokoulutus,
 * tuvaammatillinenkoulutus). Otherwise `notAnyOf` at the osasuoritus, and nothing inside it is reported.
 */
export const TutkintokoulutukseenValmentavanKoulutuksenOsanSuoritus = dispatch(
  'TutkintokoulutukseenValmentavanKoulutuksenOsanSuoritus',
  [TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus, TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus] as const,
  (u): typeof TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus | typeof TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus | SchemaIssue => {
    const tunniste = getOwn(getOwn(u, 'koulutusmoduuli'), 'tunniste')
    const arvo = getOwn(tunniste, 'koodiarvo')
    if (typeof arvo !== 'string' || !OSAT.has(arvo)) {
      // @OnlyWhen compares the JSON value of the koodiarvo only (not its koodisto): a missing or non-string one is no code.
      return {
        errorType: 'notAnyOf',
        rule: 'S-8',
        union: 'koodi',
        field: 'koulutusmoduuli.tunniste',
        koodistoUri: 'koulutuksenosattuva',
        allowed: KAIKKI_OSAT,
        poikkeama: typeof arvo === 'string' ? 'koodiarvo' : 'puuttuu',
        annettu: annettuKoodi(tunniste),
        kohde: TUVA_RAKENNE.osasuoritus,
      }
    }
    const valinnainen = arvo === TUVA_VALINNAINEN_OSA
    const sallitut: readonly string[] = valinnainen ? VALINNAISEN_TYYPIT : TUVA_OSASUORITUSTYYPIT
    const tyyppi = getOwn(u, 'tyyppi')
    const poikkeama = koodinPoikkeama(tyyppi, sallitut, 'suorituksentyyppi')
    if (poikkeama !== undefined) {
      return {
        errorType: 'notAnyOf',
        rule: koodinSääntö(poikkeama),
        union: 'suoritus',
        allowed: sallitut,
        poikkeama,
        annettu: annettuKoodi(tyyppi),
        valitsija: { field: 'koulutusmoduuli.tunniste', koodistoUri: 'koulutuksenosattuva', koodiarvo: arvo },
        kohde: TUVA_RAKENNE.osasuoritus,
      }
    }
    return valinnainen ? TutkintokoulutukseenValmentavanKoulutuksenValinnaisenOsanSuoritus : TutkintokoulutukseenValmentavaKoulutuksenMuunOsanSuoritus
  },
)
export type TutkintokoulutukseenValmentavanKoulutuksenOsanSuoritus = t.TypeOf<typeof TutkintokoulutukseenValmentavanKoulutuksenOsanSuoritus>

/** KOSKI's TutkintokoulutukseenValmentavanKoulutus: the education (koulutusmoduuli) of a TUVA main completion. */
export const TutkintokoulutukseenValmentavanKoulutus = strict(
  'TutkintokoulutukseenValmentavanKoulutus',
  { tunniste: koodi('koulutus', ['999908']) },
  { perusteenDiaarinumero: Str, koulutustyyppi: koodi('koulutustyyppi'), laajuus: LaajuusViikoissa },
)

/** KOSKI's TutkintokoulutukseenValmentavanKoulutuksenSuoritus: the main completion (päätason suoritus) of a TUVA study right. */
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
/** A decoded {@link TutkintokoulutukseenValmentavanKoulutuksenSuoritus}. */
export type TutkintokoulutukseenValmentavanKoulutuksenSuoritus = t.TypeOf<typeof TutkintokoulutukseenValmentavanKoulutuksenSuoritus>

const PÄÄTASON_TYYPIT = ['tuvakoulutuksensuoritus'] as const

/**
 * KOSKI types `suoritukset` by a trait (`TutkintokoulutukseenValmentavanKoulutuksenPäätasonSuoritus`) with this one
 * class, told by its discriminator `tyyppi` (suorituksentyyppi/tuvakoulutuksensuoritus): a missing or other tyyppi is
 * `notAnyOf` at the päätaso, and nothing inside it is reported.
 */
export const TutkintokoulutukseenValmentavanKoulutuksenPäätasonSuoritus = dispatch(
  'TutkintokoulutukseenValmentavanKoulutuksenPäätasonSuoritus',
  [TutkintokoulutukseenValmentavanKoulutuksenSuoritus] as const,
  (u) => {
    const tyyppi = getOwn(u, 'tyyppi')
    const poikkeama = koodinPoikkeama(tyyppi, PÄÄTASON_TYYPIT, 'suorituksentyyppi')
    return poikkeama === undefined
      ? TutkintokoulutukseenValmentavanKoulutuksenSuoritus
      : {
          errorType: 'notAnyOf',
          rule: koodinSääntö(poikkeama),
          union: 'suoritus',
          allowed: PÄÄTASON_TYYPIT,
          poikkeama,
          annettu: annettuKoodi(tyyppi),
          kohde: TUVA_RAKENNE.päätasonSuoritus,
        }
  },
)

// ---------------------------------------------------------------------------------------------------------------
// Opiskeluoikeus

/** KOSKI's TutkintokoulutukseenValmentavanOpiskeluoikeus: a TUVA study right (opiskeluoikeus), `tyyppi` `tuva`. */
export const TutkintokoulutukseenValmentavanOpiskeluoikeus = strict(
  'TutkintokoulutukseenValmentavanOpiskeluoikeus',
  {
    tyyppi: koodi('opiskeluoikeudentyyppi', ['tuva']),
    järjestämislupa: koodi('tuvajarjestamislupa'),
    tila: TutkintokoulutukseenValmentavanOpiskeluoikeudenTila,
    suoritukset: lista(TutkintokoulutukseenValmentavanKoulutuksenPäätasonSuoritus, { min: 1, max: 1 }),
  },
  {
    oid: Str,
    versionumero: Kokonaisluku,
    aikaleima: PäivämääräJaAika,
    lähdejärjestelmänId: LähdejärjestelmäId,
    oppilaitos: Oppilaitos,
    koulutustoimija: Koulutustoimija,
    arvioituPäättymispäivä: Päivämäärä,
    lisätiedot: TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot,
    organisaatiohistoria: lista(OpiskeluoikeudenOrganisaatiohistoria),
    lähdejärjestelmäkytkentäPurettu: LähdejärjestelmäkytkennänPurkaminen,
  },
  { synthetic: ['alkamispäivä', 'päättymispäivä'] },
)
/** A decoded {@link TutkintokoulutukseenValmentavanOpiskeluoikeus}. */
export type TutkintokoulutukseenValmentavanOpiskeluoikeus = t.TypeOf<typeof TutkintokoulutukseenValmentavanOpiskeluoikeus>
