/**
 * Perusopetuksen lisäopetus — `PerusopetuksenLisäopetuksenOpiskeluoikeus` and its parts (catalogue §1.6), named after
 * KOSKI's classes (schema/PerusopetuksenLisaopetus.scala; the perusopetus classes it shares from NuortenPerusopetus.scala,
 * ErityisenTuenPäätös.scala). Oppiaine and toiminta-alue suoritukset, and the muu suoritus; lisätiedot with pidennetty
 * oppivelvollisuus, vammaisuus, erityisen tuen päätökset and maksuttomuus. KOSKI's `@SensitiveData` fields are marked
 * (`sensitive`), and its whole-class one (`sensitiveClass`: {@link PerusopetuksenLisäopetuksenToiminta_AlueenSuoritus});
 * the `kuvaus` of a sanallinen arviointi within the oppiaine or muu suoritus (`sensitiveWithinTyyppi`, src/codecs/yleissivistava.ts).
 *
 * The deprecated fields KOSKI drops silently on input (`perusopetuksenAloittamistaLykätty`, `aloittanutEnnenOppivelvollisuutta`,
 * `tukimuodot`, `tehostetunTuenPäätös`, `tehostetunTuenPäätökset`, `vuosiluokkiinSitoutumatonOpetus`,
 * `joustavaPerusopetus`, `oikeusMaksuttomaanAsuntolapaikkaan`, the päätaso's `osaAikainenErityisopetus`, and in an
 * erityisen tuen päätös `toteutuspaikka` and `tukimuodot`) are accepted here as KOSKI accepts them; our warning
 * X-LISÄ-POIS-1 says they are dropped.
 */
import type * as t from 'io-ts'
import {
  Koulutustoimija,
  LocalizedString,
  LähdejärjestelmäId,
  LähdejärjestelmäkytkennänPurkaminen,
  Maksuttomuus,
  OikeuttaMaksuttomuuteenPidennetty,
  OpiskeluoikeudenOrganisaatiohistoria,
  Oppilaitos,
  OrganisaatioWithOid,
  PaikallinenKoodi,
  SisältäväOpiskeluoikeus,
  koodi,
} from '../../codecs/common'
import { VAIN_LUOTTAMUKSELLINEN as K } from '../../codecs/erityiset'
import { annettuKoodi, dispatch, getOwn, Kokonaisluku, koodinPoikkeama, koodinSääntö, lista, Päivämäärä, PäivämääräJaAika, Str, strict, Totuusarvo, type SchemaIssue } from '../../codecs/schema'
import { Aikajakso, HenkilövahvistusPaikkakunnalla, LaajuusVuosiviikkotunneissa, oppiaineUnioni, PerusopetuksenOppiaineenArviointi } from '../../codecs/yleissivistava'

// ---------------------------------------------------------------------------------------------------------------
// Tila

/** The states of a NuortenPerusopetuksenOpiskeluoikeusjakso (KoskiLaajaOpiskeluoikeusjakso); it has no rahoitus. */
export const LISÄOPETUKSEN_TILAT = ['eronnut', 'peruutettu', 'katsotaaneronneeksi', 'lasna', 'mitatoity', 'valiaikaisestikeskeytynyt', 'valmistunut'] as const

/** KOSKI's NuortenPerusopetuksenOpiskeluoikeusjakso. */
export const NuortenPerusopetuksenOpiskeluoikeusjakso = strict('NuortenPerusopetuksenOpiskeluoikeusjakso', { alku: Päivämäärä, tila: koodi('koskiopiskeluoikeudentila', LISÄOPETUKSEN_TILAT) }, {})
/** KOSKI's NuortenPerusopetuksenOpiskeluoikeudenTila. */
export const NuortenPerusopetuksenOpiskeluoikeudenTila = strict(
  'NuortenPerusopetuksenOpiskeluoikeudenTila',
  { opiskeluoikeusjaksot: lista(NuortenPerusopetuksenOpiskeluoikeusjakso, { min: 1 }) },
  {},
)

// ---------------------------------------------------------------------------------------------------------------
// Lisätiedot

const loppuEnnenAlkua = (u: Record<string, unknown>): SchemaIssue | undefined => {
  const alku = u.alku
  const loppu = u.loppu
  if (typeof loppu !== 'string') return undefined
  if (typeof alku !== 'string') return { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', loppu }
  return loppu < alku ? { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', alku, loppu } : undefined
}

/** KOSKI's ErityisenTuenPäätös: both ends optional (a MahdollisestiAlkupäivällinenJakso); `toteutuspaikka` and `tukimuodot` are dropped by KOSKI. */
export const ErityisenTuenPäätös = strict(
  'ErityisenTuenPäätös',
  {},
  {
    alku: Päivämäärä,
    loppu: Päivämäärä,
    opiskeleeToimintaAlueittain: Totuusarvo,
    erityisryhmässä: Totuusarvo,
    toteutuspaikka: koodi('erityisopetuksentoteutuspaikka'),
    tukimuodot: lista(koodi('perusopetuksentukimuoto')),
  },
  { refine: loppuEnnenAlkua, sensitive: { toteutuspaikka: K } },
)
/** A decoded {@link ErityisenTuenPäätös}. */
export type ErityisenTuenPäätös = t.TypeOf<typeof ErityisenTuenPäätös>

/** KOSKI's TehostetunTuenPäätös (deprecated in lisäopetus: dropped). */
export const TehostetunTuenPäätös = strict(
  'TehostetunTuenPäätös',
  { alku: Päivämäärä },
  { loppu: Päivämäärä, tukimuodot: lista(koodi('perusopetuksentukimuoto')) },
  { refine: loppuEnnenAlkua },
)

/** The lisätiedot fields KOSKI drops silently on input (deprecated or @RedundantData); X-LISÄ-POIS-1 warns of them. */
export const LISÄOPETUKSEN_POISTETTAVAT_LISÄTIEDOT = [
  'perusopetuksenAloittamistaLykätty',
  'aloittanutEnnenOppivelvollisuutta',
  'tukimuodot',
  'tehostetunTuenPäätös',
  'tehostetunTuenPäätökset',
  'joustavaPerusopetus',
  'vuosiluokkiinSitoutumatonOpetus',
  'oikeusMaksuttomaanAsuntolapaikkaan',
] as const

/** KOSKI's PerusopetuksenLisäopetuksenOpiskeluoikeudenLisätiedot; its `@SensitiveData` fields are marked. */
export const PerusopetuksenLisäopetuksenOpiskeluoikeudenLisätiedot = strict(
  'PerusopetuksenLisäopetuksenOpiskeluoikeudenLisätiedot',
  {},
  {
    perusopetuksenAloittamistaLykätty: Totuusarvo,
    aloittanutEnnenOppivelvollisuutta: Totuusarvo,
    pidennettyOppivelvollisuus: Aikajakso,
    tukimuodot: lista(koodi('perusopetuksentukimuoto')),
    erityisenTuenPäätös: ErityisenTuenPäätös,
    erityisenTuenPäätökset: lista(ErityisenTuenPäätös),
    tehostetunTuenPäätös: TehostetunTuenPäätös,
    tehostetunTuenPäätökset: lista(TehostetunTuenPäätös),
    joustavaPerusopetus: Aikajakso,
    kotiopetus: Aikajakso,
    kotiopetusjaksot: lista(Aikajakso),
    ulkomailla: Aikajakso,
    ulkomaanjaksot: lista(Aikajakso),
    vuosiluokkiinSitoutumatonOpetus: Totuusarvo,
    vammainen: lista(Aikajakso),
    vaikeastiVammainen: lista(Aikajakso),
    majoitusetu: Aikajakso,
    kuljetusetu: Aikajakso,
    oikeusMaksuttomaanAsuntolapaikkaan: Aikajakso,
    sisäoppilaitosmainenMajoitus: lista(Aikajakso),
    koulukoti: lista(Aikajakso),
    maksuttomuus: lista(Maksuttomuus),
    oikeuttaMaksuttomuuteenPidennetty: lista(OikeuttaMaksuttomuuteenPidennetty),
  },
  {
    sensitive: {
      perusopetuksenAloittamistaLykätty: K,
      pidennettyOppivelvollisuus: K,
      tukimuodot: K,
      erityisenTuenPäätös: K,
      erityisenTuenPäätökset: K,
      tehostetunTuenPäätös: K,
      tehostetunTuenPäätökset: K,
      joustavaPerusopetus: K,
      vuosiluokkiinSitoutumatonOpetus: K,
      vammainen: K,
      vaikeastiVammainen: K,
      kuljetusetu: K,
      sisäoppilaitosmainenMajoitus: K,
      koulukoti: K,
    },
  },
)
/** A decoded {@link PerusopetuksenLisäopetuksenOpiskeluoikeudenLisätiedot}. */
export type PerusopetuksenLisäopetuksenOpiskeluoikeudenLisätiedot = t.TypeOf<typeof PerusopetuksenLisäopetuksenOpiskeluoikeudenLisätiedot>

// ---------------------------------------------------------------------------------------------------------------
// Oppiaineet (NuortenPerusopetuksenOppiaine)

const YLEISSIVISTÄVÄ = 'koskioppiaineetyleissivistava'
const MUUT = ['HI', 'MU', 'BI', 'PS', 'ET', 'KO', 'FI', 'KE', 'YH', 'TE', 'KS', 'FY', 'GE', 'LI', 'KU', 'MA', 'YL', 'OP'] as const
const KIELET = ['A1', 'A2', 'B1', 'B2', 'B3', 'AOM'] as const

const oppiaineenKentät = { pakollinen: Totuusarvo, perusteenDiaarinumero: Str, laajuus: LaajuusVuosiviikkotunneissa, kuvaus: LocalizedString }
const oppiaine = (nimi: string, tunnisteet: readonly string[], muut: t.Props = {}, valinnaiset: t.Props = {}, sensitive?: Record<string, typeof K>) =>
  strict(nimi, { tunniste: koodi(YLEISSIVISTÄVÄ, tunnisteet), ...muut }, { ...oppiaineenKentät, ...valinnaiset }, sensitive === undefined ? {} : { sensitive })

/** KOSKI's trait NuortenPerusopetuksenOppiaine: its five classes, told by the tunniste (koodisto `koskioppiaineetyleissivistava`) or a local tunniste. */
export const NuortenPerusopetuksenOppiaine = oppiaineUnioni(
  'NuortenPerusopetuksenOppiaine',
  YLEISSIVISTÄVÄ,
  strict('NuortenPerusopetuksenPaikallinenOppiaine', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString }, { laajuus: LaajuusVuosiviikkotunneissa, perusteenDiaarinumero: Str, pakollinen: Totuusarvo }),
  [
    { koodit: MUUT, luokka: oppiaine('MuuNuortenPerusopetuksenOppiaine', MUUT) },
    // uskonnonOppimäärä: @SensitiveData, @Deprecated and @RedundantData (dropped on input)
    { koodit: ['KT'], luokka: oppiaine('NuortenPerusopetuksenUskonto', ['KT'], {}, { uskonnonOppimäärä: koodi('uskonnonoppimaara') }, { uskonnonOppimäärä: K }) },
    { koodit: ['AI'], luokka: oppiaine('NuortenPerusopetuksenÄidinkieliJaKirjallisuus', ['AI'], { kieli: koodi('oppiaineaidinkielijakirjallisuus') }) },
    { koodit: KIELET, luokka: oppiaine('NuortenPerusopetuksenVierasTaiToinenKotimainenKieli', KIELET, { kieli: koodi('kielivalikoima') }) },
  ],
)

/** KOSKI's PerusopetuksenLisäopetuksenOppiaineenSuoritus (`perusopetuksenlisaopetuksenoppiaine`); `yksilöllistettyOppimäärä` is `@SensitiveData`. */
export const PerusopetuksenLisäopetuksenOppiaineenSuoritus = strict(
  'PerusopetuksenLisäopetuksenOppiaineenSuoritus',
  { koulutusmoduuli: NuortenPerusopetuksenOppiaine, korotus: Totuusarvo, tyyppi: koodi('suorituksentyyppi', ['perusopetuksenlisaopetuksenoppiaine']) },
  { yksilöllistettyOppimäärä: Totuusarvo, arviointi: lista(PerusopetuksenOppiaineenArviointi), suorituskieli: koodi('kieli') },
  { synthetic: ['tila'], sensitive: { yksilöllistettyOppimäärä: ['LUOTTAMUKSELLINEN_KAIKKI_TIEDOT', 'SUORITUSJAKO_KATSELIJA'] } },
)

/**
 * KOSKI's PerusopetuksenLisäopetuksenToiminta_AlueenSuoritus (`perusopetuksenlisaopetuksentoimintaalue`). KOSKI marks
 * the whole class `@SensitiveData` and leaves such an osasuoritus out of the list for a user without the role
 * (SensitiveAndRedundantDataFilterSpec): `sensitiveClass`, so the redaction removes the object whole, told from the
 * other osasuoritukset by its `tyyppi`.
 */
export const PerusopetuksenLisäopetuksenToiminta_AlueenSuoritus = strict(
  'PerusopetuksenLisäopetuksenToiminta_AlueenSuoritus',
  {
    koulutusmoduuli: strict('PerusopetuksenToiminta_Alue', { tunniste: koodi('perusopetuksentoimintaalue') }, { laajuus: LaajuusVuosiviikkotunneissa }),
    tyyppi: koodi('suorituksentyyppi', ['perusopetuksenlisaopetuksentoimintaalue']),
  },
  { arviointi: lista(PerusopetuksenOppiaineenArviointi), korotus: Totuusarvo, suorituskieli: koodi('kieli') },
  { synthetic: ['tila'], sensitiveClass: K },
)

/** KOSKI's MuuPerusopetuksenLisäopetuksenSuoritus (`muuperusopetuksenlisaopetuksensuoritus`). */
export const MuuPerusopetuksenLisäopetuksenSuoritus = strict(
  'MuuPerusopetuksenLisäopetuksenSuoritus',
  {
    koulutusmoduuli: strict('MuuPerusopetuksenLisäopetuksenKoulutusmoduuli', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString }, { laajuus: LaajuusVuosiviikkotunneissa }),
    tyyppi: koodi('suorituksentyyppi', ['muuperusopetuksenlisaopetuksensuoritus']),
  },
  { arviointi: lista(PerusopetuksenOppiaineenArviointi), suorituskieli: koodi('kieli') },
  { synthetic: ['tila'] },
)

const ALISUORITUSTYYPIT = ['perusopetuksenlisaopetuksenoppiaine', 'perusopetuksenlisaopetuksentoimintaalue', 'muuperusopetuksenlisaopetuksensuoritus'] as const

/** KOSKI's trait PerusopetuksenLisäopetuksenAlisuoritus: its three classes, told by `tyyppi`. */
export const PerusopetuksenLisäopetuksenAlisuoritus = dispatch(
  'PerusopetuksenLisäopetuksenAlisuoritus',
  [PerusopetuksenLisäopetuksenOppiaineenSuoritus, PerusopetuksenLisäopetuksenToiminta_AlueenSuoritus, MuuPerusopetuksenLisäopetuksenSuoritus] as const,
  (u) => {
    const tyyppi = getOwn(u, 'tyyppi')
    const poikkeama = koodinPoikkeama(tyyppi, ALISUORITUSTYYPIT, 'suorituksentyyppi')
    if (poikkeama !== undefined) return { errorType: 'notAnyOf', rule: koodinSääntö(poikkeama), union: 'suoritus', allowed: ALISUORITUSTYYPIT, poikkeama, annettu: annettuKoodi(tyyppi) }
    const arvo = getOwn(tyyppi, 'koodiarvo')
    return arvo === 'perusopetuksenlisaopetuksenoppiaine'
      ? PerusopetuksenLisäopetuksenOppiaineenSuoritus
      : arvo === 'perusopetuksenlisaopetuksentoimintaalue'
        ? PerusopetuksenLisäopetuksenToiminta_AlueenSuoritus
        : MuuPerusopetuksenLisäopetuksenSuoritus
  },
)

// ---------------------------------------------------------------------------------------------------------------
// Päätaso and opiskeluoikeus

/** KOSKI's PerusopetuksenLisäopetus: koulutus 020075. */
export const PerusopetuksenLisäopetus = strict(
  'PerusopetuksenLisäopetus',
  { tunniste: koodi('koulutus', ['020075']) },
  { perusteenDiaarinumero: Str, koulutustyyppi: koodi('koulutustyyppi') },
)

/** KOSKI's PerusopetuksenLisäopetuksenSuoritus (`perusopetuksenlisaopetus`), the päätaso; `osaAikainenErityisopetus` is `@SensitiveData` (and dropped by KOSKI). */
export const PerusopetuksenLisäopetuksenSuoritus = strict(
  'PerusopetuksenLisäopetuksenSuoritus',
  { koulutusmoduuli: PerusopetuksenLisäopetus, toimipiste: OrganisaatioWithOid, suorituskieli: koodi('kieli'), tyyppi: koodi('suorituksentyyppi', ['perusopetuksenlisaopetus']) },
  {
    luokka: Str,
    vahvistus: HenkilövahvistusPaikkakunnalla,
    muutSuorituskielet: lista(koodi('kieli')),
    osaAikainenErityisopetus: Totuusarvo,
    osasuoritukset: lista(PerusopetuksenLisäopetuksenAlisuoritus),
    todistuksellaNäkyvätLisätiedot: LocalizedString,
  },
  { synthetic: ['tila'], sensitive: { osaAikainenErityisopetus: K } },
)
/** A decoded {@link PerusopetuksenLisäopetuksenSuoritus}. */
export type PerusopetuksenLisäopetuksenSuoritus = t.TypeOf<typeof PerusopetuksenLisäopetuksenSuoritus>

/** KOSKI's PerusopetuksenLisäopetuksenOpiskeluoikeus (`tyyppi` perusopetuksenlisaopetus). */
export const PerusopetuksenLisäopetuksenOpiskeluoikeus = strict(
  'PerusopetuksenLisäopetuksenOpiskeluoikeus',
  {
    tyyppi: koodi('opiskeluoikeudentyyppi', ['perusopetuksenlisaopetus']),
    tila: NuortenPerusopetuksenOpiskeluoikeudenTila,
    suoritukset: lista(PerusopetuksenLisäopetuksenSuoritus, { max: 1 }),
  },
  {
    oid: Str,
    versionumero: Kokonaisluku,
    aikaleima: PäivämääräJaAika,
    lähdejärjestelmänId: LähdejärjestelmäId,
    oppilaitos: Oppilaitos,
    koulutustoimija: Koulutustoimija,
    sisältyyOpiskeluoikeuteen: SisältäväOpiskeluoikeus,
    lisätiedot: PerusopetuksenLisäopetuksenOpiskeluoikeudenLisätiedot,
    organisaatiohistoria: lista(OpiskeluoikeudenOrganisaatiohistoria),
    lähdejärjestelmäkytkentäPurettu: LähdejärjestelmäkytkennänPurkaminen,
  },
  { synthetic: ['alkamispäivä', 'päättymispäivä'] },
)
/** A decoded {@link PerusopetuksenLisäopetuksenOpiskeluoikeus}. */
export type PerusopetuksenLisäopetuksenOpiskeluoikeus = t.TypeOf<typeof PerusopetuksenLisäopetuksenOpiskeluoikeus>
