/**
 * Ammatillinen koulutus — `AmmatillinenOpiskeluoikeus` and its parts (catalogue §1.5), named after KOSKI's classes
 * (schema/Ammatillinen.scala, MuuAmmatillinen.scala; VALMA and TELMA are classes of Ammatillinen.scala). Every päätason
 * suoritus class KOSKI accepts, with its osasuoritus tree; every union resolved by its discriminator with one lookup
 * (./rakenne.ts words their `notAnyOf`).
 *
 * Koodistot: those the classes name are checked against the shipped snapshot, except the four large ones — `koulutus`,
 * `tutkinnonosat`, `osaamisala`, `tutkintonimikkeet` — which are checked for shape only (KOSKI checks them against its
 * live koodisto and ePerusteet; see README, "Ammatillinen koulutus").
 */
import * as t from 'io-ts'
import {
  Aikajakso,
  Arvioitsija,
  HenkilövahvistusValinnaisellaPaikkakunnalla,
  HenkilövahvistusValinnaisellaTittelilläJaValinnaisellaPaikkakunnalla,
  Koulutustoimija,
  LaajuusKaikkiYksiköt,
  LaajuusOsaamispisteissä,
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
  SisältäväOpiskeluoikeus,
  Ulkomaanjakso,
  Yritys,
  Y_TUNNUS,
  koodi,
} from '../../codecs/common'
import {
  Kokonaisluku,
  Luku,
  Päivämäärä,
  PäivämääräJaAika,
  Str,
  Totuusarvo,
  annettuKoodi,
  at,
  dispatch,
  fail,
  getOwn,
  isRecord,
  koodinPoikkeama,
  koodinSääntö,
  lista,
  merkkijonona,
  onAvain,
  pattern,
  strict,
  type SchemaIssue,
} from '../../codecs/schema'
import { VAIN_LUOTTAMUKSELLINEN as K, LUOTTAMUKSELLINEN_KAIKKI_TIEDOT } from '../../codecs/erityiset'
import type { Message } from '../../finding'
import { AMMATILLINEN_RAKENNE as R } from './rakenne'

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

/** The value `n` steps up from the one being validated (1: its parent, e.g. the list holding it; 2: the list's owner). KOSKI's `../..` of `@OnlyWhen`. */
const ylempi = (c: t.Context, n: number): unknown => (c.length > n ? c[c.length - 1 - n]?.actual : undefined)

/** `@SensitiveData(Set(LUOTTAMUKSELLINEN_KAIKKI_TIEDOT, SUORITUSJAKO_KATSELIJA))` (the keskiarvo's mukautetut arvosanat). */
const KS = [LUOTTAMUKSELLINEN_KAIKKI_TIEDOT, 'SUORITUSJAKO_KATSELIJA'] as const

const loppuEnnenAlkua = (u: Record<string, unknown>): SchemaIssue | undefined => {
  const alku = u.alku
  const loppu = u.loppu
  if (typeof loppu !== 'string') return undefined
  if (typeof alku !== 'string') return { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', loppu }
  return loppu < alku ? { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', alku, loppu } : undefined
}

/** A union of suoritus classes told by their `tyyppi` (koodisto suorituksentyyppi), with one lookup. */
function tyypinMukaan<CS extends readonly [t.Mixed, ...t.Mixed[]]>(
  name: string,
  members: CS,
  taulu: Readonly<Record<string, CS[number]>>,
  kohde: Message,
): t.Type<t.TypeOf<CS[number]>, t.TypeOf<CS[number]>, unknown> & { readonly members: CS } {
  const sallitut = Object.keys(taulu).sort()
  return dispatch(name, members, (u): CS[number] | SchemaIssue => {
    const tyyppi = getOwn(u, 'tyyppi')
    const poikkeama = koodinPoikkeama(tyyppi, sallitut, 'suorituksentyyppi')
    const arvo = merkkijonona(getOwn(tyyppi, 'koodiarvo'))
    if (poikkeama === undefined && arvo !== undefined && own(taulu, arvo)) return taulu[arvo]!
    return { errorType: 'notAnyOf', rule: koodinSääntö(poikkeama ?? 'koodiarvo'), union: 'suoritus', allowed: sallitut, poikkeama: poikkeama ?? 'koodiarvo', annettu: annettuKoodi(tyyppi), kohde }
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Tila

/** The study-right statuses an ammatillinen study right may have (koodisto `koskiopiskeluoikeudentila`). */
export const AMMATILLINEN_TILAT = ['eronnut', 'peruutettu', 'katsotaaneronneeksi', 'lasna', 'mitatoity', 'valiaikaisestikeskeytynyt', 'valmistunut', 'loma'] as const

/** KOSKI's AmmatillinenOpiskeluoikeusjakso: one period of the study right's status, any funding code (`opintojenrahoitus` 1–17). */
export const AmmatillinenOpiskeluoikeusjakso = strict(
  'AmmatillinenOpiskeluoikeusjakso',
  { alku: Päivämäärä, tila: koodi('koskiopiskeluoikeudentila', AMMATILLINEN_TILAT) },
  { opintojenRahoitus: koodi('opintojenrahoitus') },
)
/** A decoded {@link AmmatillinenOpiskeluoikeusjakso}. */
export type AmmatillinenOpiskeluoikeusjakso = t.TypeOf<typeof AmmatillinenOpiskeluoikeusjakso>

/** KOSKI's AmmatillinenOpiskeluoikeudenTila: the periods of the study right's status (at least one). */
export const AmmatillinenOpiskeluoikeudenTila = strict('AmmatillinenOpiskeluoikeudenTila', { opiskeluoikeusjaksot: lista(AmmatillinenOpiskeluoikeusjakso, { min: 1 }) }, {})

// ---------------------------------------------------------------------------------------------------------------
// Lisätiedot

/**
 * KOSKI's Hojks: the individual plan's teaching group (`opetusryhma`) and its period, both ends optional (a
 * `MahdollisestiAlkupäivällinenJakso`: a loppu needs an alku on or before it, S-12).
 */
export const Hojks = strict('Hojks', { opetusryhmä: koodi('opetusryhma') }, { alku: Päivämäärä, loppu: Päivämäärä }, { refine: (u) => loppuEnnenAlkua(u) })

/** KOSKI's OpiskeluvalmiuksiaTukevienOpintojenJakso: studies supporting study skills (both dates required; not a KOSKI `Jakso`). */
export const OpiskeluvalmiuksiaTukevienOpintojenJakso = strict('OpiskeluvalmiuksiaTukevienOpintojenJakso', { alku: Päivämäärä, loppu: Päivämäärä, kuvaus: LocalizedString }, {})

const Aikajaksot = lista(Aikajakso)

/** KOSKI's AmmatillisenOpiskeluoikeudenLisätiedot; `@SensitiveData(LUOTTAMUKSELLINEN_KAIKKI_TIEDOT)` as KOSKI marks them (Ammatillinen.scala, OpiskeluoikeudenLisatiedot.scala). */
export const AmmatillisenOpiskeluoikeudenLisätiedot = strict(
  'AmmatillisenOpiskeluoikeudenLisätiedot',
  {},
  {
    oikeusMaksuttomaanAsuntolapaikkaan: Totuusarvo,
    majoitus: Aikajaksot,
    sisäoppilaitosmainenMajoitus: Aikajaksot,
    vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: Aikajaksot,
    erityinenTuki: Aikajaksot,
    vaativanErityisenTuenErityinenTehtävä: Aikajaksot,
    ulkomaanjaksot: lista(Ulkomaanjakso),
    hojks: Hojks,
    vaikeastiVammainen: Aikajaksot,
    vammainenJaAvustaja: Aikajaksot,
    osaAikaisuusjaksot: lista(OsaAikaisuusJakso),
    opiskeluvalmiuksiaTukevatOpinnot: lista(OpiskeluvalmiuksiaTukevienOpintojenJakso),
    henkilöstökoulutus: Totuusarvo,
    vankilaopetuksessa: Aikajaksot,
    koulutusvienti: Totuusarvo,
    maksuttomuus: lista(Maksuttomuus),
    oikeuttaMaksuttomuuteenPidennetty: lista(OikeuttaMaksuttomuuteenPidennetty),
    jotpaAsianumero: koodi('jotpaasianumero'),
    siirtynytUusiinTutkinnonPerusteisiin: Totuusarvo,
  },
  {
    sensitive: {
      sisäoppilaitosmainenMajoitus: K,
      vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: K,
      erityinenTuki: K,
      vaativanErityisenTuenErityinenTehtävä: K,
      hojks: K,
      vaikeastiVammainen: K,
      vammainenJaAvustaja: K,
      opiskeluvalmiuksiaTukevatOpinnot: K,
      vankilaopetuksessa: K,
      jotpaAsianumero: K,
    },
  },
)
/** A decoded {@link AmmatillisenOpiskeluoikeudenLisätiedot}. */
export type AmmatillisenOpiskeluoikeudenLisätiedot = t.TypeOf<typeof AmmatillisenOpiskeluoikeudenLisätiedot>

// ---------------------------------------------------------------------------------------------------------------
// Arvioinnit, näytöt

/** The grade scales of an ammatillinen assessment (`@KoodistoUri` of AmmatillinenKoodistostaLöytyväArviointi). */
export const AMMATILLISET_ARVIOINTIASTEIKOT = ['arviointiasteikkoammatillinenhyvaksyttyhylatty', 'arviointiasteikkoammatillinent1k3', 'arviointiasteikkoammatillinen15'] as const

/** KOSKI's AmmatillinenArviointi: a grade of an ammatillinen scale, its date, optional assessors. */
export const AmmatillinenArviointi = strict(
  'AmmatillinenArviointi',
  { arvosana: koodi(AMMATILLISET_ARVIOINTIASTEIKOT), päivä: Päivämäärä },
  { arvioitsijat: lista(Arvioitsija), kuvaus: LocalizedString },
  { synthetic: ['hyväksytty'] },
)
/** A decoded {@link AmmatillinenArviointi}. */
export type AmmatillinenArviointi = t.TypeOf<typeof AmmatillinenArviointi>
const Arvioinnit = lista(AmmatillinenArviointi)

/** KOSKI's TelmaJaValmaArviointi: the assessment of a VALMA or TELMA osa. */
export const TelmaJaValmaArviointi = strict(
  'TelmaJaValmaArviointi',
  { arvosana: koodi(AMMATILLISET_ARVIOINTIASTEIKOT), päivä: Päivämäärä },
  { arvioitsijat: lista(Arvioitsija), kuvaus: LocalizedString },
  { synthetic: ['hyväksytty'] },
)

/**
 * KOSKI's MunAmmatillisenKoulutuksenArviointi: koodisto `arviointiasteikkomuuammatillinenkoulutus` (its own
 * `@KoodistoUri`) beside the ammatillinen scales of the trait it extends.
 */
export const MuunAmmatillisenKoulutuksenArviointi = strict(
  'MuunAmmatillisenKoulutuksenArviointi',
  { arvosana: koodi(['arviointiasteikkomuuammatillinenkoulutus', ...AMMATILLISET_ARVIOINTIASTEIKOT]), päivä: Päivämäärä },
  { arvioitsijat: lista(Arvioitsija), kuvaus: LocalizedString },
  { synthetic: ['hyväksytty'] },
)

/** KOSKI's NäytönSuorituspaikka. */
export const NäytönSuorituspaikka = strict('NäytönSuorituspaikka', { tunniste: koodi('ammatillisennaytonsuorituspaikka'), kuvaus: LocalizedString }, {})
/** KOSKI's NäytönSuoritusaika: both dates required (loppu before alku is A-NÄYTTÖ-1, a rule, not the schema). */
export const NäytönSuoritusaika = strict('NäytönSuoritusaika', { alku: Päivämäärä, loppu: Päivämäärä }, {})
/** KOSKI's NäytönArviointikohde. */
export const NäytönArviointikohde = strict('NäytönArviointikohde', { tunniste: koodi('ammatillisennaytonarviointikohde'), arvosana: koodi(AMMATILLISET_ARVIOINTIASTEIKOT) }, {})
/** KOSKI's NäytönArvioitsija. */
export const NäytönArvioitsija = strict('NäytönArvioitsija', { nimi: Str }, { ntm: Totuusarvo })
/** KOSKI's NäytönArviointi. */
export const NäytönArviointi = strict(
  'NäytönArviointi',
  { arvosana: koodi(AMMATILLISET_ARVIOINTIASTEIKOT), päivä: Päivämäärä },
  {
    arvioitsijat: lista(NäytönArvioitsija),
    arviointikohteet: lista(NäytönArviointikohde),
    arvioinnistaPäättäneet: lista(koodi('ammatillisennaytonarvioinnistapaattaneet')),
    arviointikeskusteluunOsallistuneet: lista(koodi('ammatillisennaytonarviointikeskusteluunosallistuneet')),
    hylkäyksenPeruste: LocalizedString,
  },
  { synthetic: ['hyväksytty'] },
)
/** KOSKI's Näyttö: a demonstration of competence (näyttö). */
export const Näyttö = strict(
  'Näyttö',
  {},
  { kuvaus: LocalizedString, suorituspaikka: NäytönSuorituspaikka, suoritusaika: NäytönSuoritusaika, työssäoppimisenYhteydessä: Totuusarvo, arviointi: NäytönArviointi, haluaaTodistuksen: Totuusarvo },
)
/** A decoded {@link Näyttö}. */
export type Näyttö = t.TypeOf<typeof Näyttö>
/** KOSKI's NäyttöAmmatillinenOsittainen: the näyttö of an osa of ammatillinentutkintoosittainenuseastatutkinnosta. */
export const NäyttöAmmatillinenOsittainen = strict(
  'NäyttöAmmatillinenOsittainen',
  {},
  { kuvaus: LocalizedString, suorituspaikka: NäytönSuorituspaikka, suoritusaika: NäytönSuoritusaika, arviointi: NäytönArviointi },
)

/** KOSKI's AmmatillisenTutkinnonOsanLisätieto. */
export const AmmatillisenTutkinnonOsanLisätieto = strict('AmmatillisenTutkinnonOsanLisätieto', { tunniste: koodi('ammatillisentutkinnonosanlisatieto'), kuvaus: LocalizedString }, {})
const OsanLisätiedot = lista(AmmatillisenTutkinnonOsanLisätieto)

// ---------------------------------------------------------------------------------------------------------------
// Jaksot of a päätaso: järjestämismuodot, osaamisen hankkimistavat, työssäoppiminen, koulutussopimukset, osaamisalat

/** KOSKI's OppisopimuksenPurkaminen. */
export const OppisopimuksenPurkaminen = strict('OppisopimuksenPurkaminen', { päivä: Päivämäärä, purettuKoeajalla: Totuusarvo }, {})
/** KOSKI's Oppisopimus: the employer (a Yritys) and the termination, if any. */
export const Oppisopimus = strict('Oppisopimus', { työnantaja: Yritys }, { oppisopimuksenPurkaminen: OppisopimuksenPurkaminen })

/** KOSKI's JärjestämismuotoIlmanLisätietoja. */
export const JärjestämismuotoIlmanLisätietoja = strict('JärjestämismuotoIlmanLisätietoja', { tunniste: koodi('jarjestamismuoto') }, {})
/** KOSKI's OppisopimuksellinenJärjestämismuoto (järjestämismuoto 20 with its oppisopimus). */
export const OppisopimuksellinenJärjestämismuoto = strict('OppisopimuksellinenJärjestämismuoto', { tunniste: koodi('jarjestamismuoto', ['20']), oppisopimus: Oppisopimus }, {})

/**
 * Whether `u` meets the criteria of the oppisopimus class of a Järjestämismuoto / OsaamisenHankkimistapa: its
 * discriminators `oppisopimus` (present) and `tunniste` (koodisto `uri`, code `arvo`). Otherwise the class without
 * lisätiedot (whose discriminator is the tunniste) is chosen, and an `oppisopimus` there is an unknown key, as in KOSKI.
 */
const oppisopimuksellinen = (u: Record<string, unknown>, uri: string, arvo: string): boolean => {
  if (!onAvain(u, 'oppisopimus')) return false
  const { uri: annettuUri, arvo: annettuArvo } = tunnisteenKoodi(u)
  return annettuUri === uri && annettuArvo === arvo
}

/**
 * KOSKI's Järjestämismuoto: OppisopimuksellinenJärjestämismuoto when its discriminators hold (`oppisopimus` present,
 * tunniste jarjestamismuoto/20), else JärjestämismuotoIlmanLisätietoja.
 */
export const Järjestämismuoto = dispatch('Järjestämismuoto', [JärjestämismuotoIlmanLisätietoja, OppisopimuksellinenJärjestämismuoto] as const, (u) => {
  if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: 'Järjestämismuoto', kohde: R.järjestämismuoto }
  return oppisopimuksellinen(u, 'jarjestamismuoto', '20') ? OppisopimuksellinenJärjestämismuoto : JärjestämismuotoIlmanLisätietoja
})
/** KOSKI's Järjestämismuotojakso. */
export const Järjestämismuotojakso = strict('Järjestämismuotojakso', { alku: Päivämäärä, järjestämismuoto: Järjestämismuoto }, { loppu: Päivämäärä }, { refine: loppuEnnenAlkua })

/** KOSKI's OsaamisenHankkimistapaIlmanLisätietoja. */
export const OsaamisenHankkimistapaIlmanLisätietoja = strict('OsaamisenHankkimistapaIlmanLisätietoja', { tunniste: koodi('osaamisenhankkimistapa') }, {})
/** KOSKI's OppisopimuksellinenOsaamisenHankkimistapa (osaamisenhankkimistapa oppisopimus with its oppisopimus). */
export const OppisopimuksellinenOsaamisenHankkimistapa = strict(
  'OppisopimuksellinenOsaamisenHankkimistapa',
  { tunniste: koodi('osaamisenhankkimistapa', ['oppisopimus']), oppisopimus: Oppisopimus },
  {},
)
/** KOSKI's OsaamisenHankkimistapa: like {@link Järjestämismuoto} (`oppisopimus` present, tunniste osaamisenhankkimistapa/oppisopimus). */
export const OsaamisenHankkimistapa = dispatch('OsaamisenHankkimistapa', [OsaamisenHankkimistapaIlmanLisätietoja, OppisopimuksellinenOsaamisenHankkimistapa] as const, (u) => {
  if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: 'OsaamisenHankkimistapa', kohde: R.osaamisenHankkimistapa }
  return oppisopimuksellinen(u, 'osaamisenhankkimistapa', 'oppisopimus') ? OppisopimuksellinenOsaamisenHankkimistapa : OsaamisenHankkimistapaIlmanLisätietoja
})
/** KOSKI's OsaamisenHankkimistapajakso. */
export const OsaamisenHankkimistapajakso = strict('OsaamisenHankkimistapajakso', { alku: Päivämäärä, osaamisenHankkimistapa: OsaamisenHankkimistapa }, { loppu: Päivämäärä }, { refine: loppuEnnenAlkua })
/** A decoded {@link OsaamisenHankkimistapajakso}. */
export type OsaamisenHankkimistapajakso = t.TypeOf<typeof OsaamisenHankkimistapajakso>

/** KOSKI's Työssäoppimisjakso. */
export const Työssäoppimisjakso = strict(
  'Työssäoppimisjakso',
  { alku: Päivämäärä, paikkakunta: koodi('kunta'), maa: koodi('maatjavaltiot2'), laajuus: LaajuusOsaamispisteissä },
  { loppu: Päivämäärä, työssäoppimispaikka: LocalizedString, työtehtävät: LocalizedString },
  { refine: loppuEnnenAlkua },
)
/** KOSKI's Koulutussopimusjakso. */
export const Koulutussopimusjakso = strict(
  'Koulutussopimusjakso',
  { alku: Päivämäärä, paikkakunta: koodi('kunta'), maa: koodi('maatjavaltiot2') },
  { loppu: Päivämäärä, työssäoppimispaikka: LocalizedString, työssäoppimispaikanYTunnus: pattern('YTunnus', Y_TUNNUS, 'S-14'), työtehtävät: LocalizedString },
  { refine: loppuEnnenAlkua },
)

/** KOSKI's Osaamisalajakso as an object: the osaamisala (shape only: `osaamisala` is a large koodisto) and its period. */
export const OsaamisalajaksoLuokka = strict('Osaamisalajakso', { osaamisala: koodi('osaamisala') }, { alku: Päivämäärä, loppu: Päivämäärä })
const OsaamisalaKoodi = koodi('osaamisala')
/**
 * KOSKI's Osaamisalajakso is `@ReadFlattened`: it is read from the object `{ osaamisala, alku?, loppu? }` or from a
 * bare osaamisala code (`{ koodiarvo, koodistoUri: "osaamisala" }`), which KOSKI turns into a jakso without dates.
 */
export const Osaamisalajakso = dispatch('Osaamisalajakso', [OsaamisalajaksoLuokka, OsaamisalaKoodi] as const, (u) =>
  isRecord(u) && !onAvain(u, 'osaamisala') && onAvain(u, 'koodiarvo') ? OsaamisalaKoodi : OsaamisalajaksoLuokka,
)

const päätasonJaksot = {
  järjestämismuodot: lista(Järjestämismuotojakso),
  osaamisenHankkimistavat: lista(OsaamisenHankkimistapajakso),
  työssäoppimisjaksot: lista(Työssäoppimisjakso),
  koulutussopimukset: lista(Koulutussopimusjakso),
}

// ---------------------------------------------------------------------------------------------------------------
// Koulutusmoduulit

/** KOSKI's AmmatillinenTutkintoKoulutus: a tutkinto by its koulutus code (shape only) and its peruste's diaarinumero. */
export const AmmatillinenTutkintoKoulutus = strict(
  'AmmatillinenTutkintoKoulutus',
  { tunniste: koodi('koulutus') },
  { perusteenDiaarinumero: Str, perusteenNimi: LocalizedString, koulutustyyppi: koodi('koulutustyyppi') },
)
/** A decoded {@link AmmatillinenTutkintoKoulutus}. */
export type AmmatillinenTutkintoKoulutus = t.TypeOf<typeof AmmatillinenTutkintoKoulutus>

/** The yhteiset tutkinnon osat (YTO) of koodisto `tutkinnonosat` that KOSKI's YhteinenTutkinnonOsa allows. */
export const YHTEISET_TUTKINNON_OSAT = [
  '101053', '101054', '101055', '101056', '106727', '106728', '106729', '108356', '108357', '108358', '400012', '400013', '400014', '600001', '600002',
] as const
const YHTEISET: ReadonlySet<string> = new Set(YHTEISET_TUTKINNON_OSAT)

/** KOSKI's YhteinenTutkinnonOsa: a yhteinen tutkinnon osa (YTO). */
export const YhteinenTutkinnonOsa = strict(
  'YhteinenTutkinnonOsa',
  { tunniste: koodi('tutkinnonosat', YHTEISET_TUTKINNON_OSAT), pakollinen: Totuusarvo },
  { laajuus: LaajuusOsaamispisteissä },
)
/** KOSKI's MuuValtakunnallinenTutkinnonOsa: a national tutkinnon osa other than a YTO. */
export const MuuValtakunnallinenTutkinnonOsa = strict(
  'MuuValtakunnallinenTutkinnonOsa',
  { tunniste: koodi('tutkinnonosat'), pakollinen: Totuusarvo },
  { laajuus: LaajuusOsaamispisteissä, kuvaus: LocalizedString },
)
/** KOSKI's PaikallinenTutkinnonOsa: a locally defined tutkinnon osa. */
export const PaikallinenTutkinnonOsa = strict(
  'PaikallinenTutkinnonOsa',
  { tunniste: PaikallinenKoodi, kuvaus: LocalizedString, pakollinen: Totuusarvo },
  { laajuus: LaajuusOsaamispisteissä },
)

/** `koulutusmoduuli.tunniste` of a raw suoritus (or `tunniste` of a raw koulutusmoduuli when `suoraan`). */
const tunnisteenKoodi = (u: unknown): { readonly uri: string | undefined; readonly arvo: string | undefined } => {
  const tunniste = getOwn(u, 'tunniste')
  return { uri: merkkijonona(getOwn(tunniste, 'koodistoUri')), arvo: merkkijonona(getOwn(tunniste, 'koodiarvo')) }
}

/**
 * A koulutusmoduuli that is a national tutkinnon osa (koodisto `tutkinnonosat`: a YTO code → YhteinenTutkinnonOsa,
 * another → MuuValtakunnallinenTutkinnonOsa) or a local one (`paikallinen`, any other tunniste). KOSKI's discriminator
 * is the tunniste's koodistoUri and, for YhteinenTutkinnonOsa, its koodiarvo.
 */
function tutkinnonOsaUnioni<P extends t.Mixed>(name: string, paikallinen: P, yhteinenSallittu: boolean) {
  const members = [YhteinenTutkinnonOsa, MuuValtakunnallinenTutkinnonOsa, paikallinen] as const
  return dispatch(name, members, (u): (typeof members)[number] | SchemaIssue => {
    if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: name, kohde: R.tutkinnonOsa }
    const { uri, arvo } = tunnisteenKoodi(u)
    if (uri === 'tutkinnonosat') return yhteinenSallittu && arvo !== undefined && YHTEISET.has(arvo) ? YhteinenTutkinnonOsa : MuuValtakunnallinenTutkinnonOsa
    return paikallinen
  })
}

/** KOSKI's MuuKuinYhteinenTutkinnonOsa: MuuValtakunnallinenTutkinnonOsa (koodisto tutkinnonosat) or PaikallinenTutkinnonOsa. */
export const MuuKuinYhteinenTutkinnonOsa = dispatch('MuuKuinYhteinenTutkinnonOsa', [MuuValtakunnallinenTutkinnonOsa, PaikallinenTutkinnonOsa] as const, (u) => {
  if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: 'MuuKuinYhteinenTutkinnonOsa', kohde: R.tutkinnonOsa }
  return tunnisteenKoodi(u).uri === 'tutkinnonosat' ? MuuValtakunnallinenTutkinnonOsa : PaikallinenTutkinnonOsa
})

/** KOSKI's JatkoOpintovalmiuksiaTukeviaOpintojaTutkinnonOsa (tutkinnonosatvalinnanmahdollisuus 1). */
export const JatkoOpintovalmiuksiaTukeviaOpintojaTutkinnonOsa = strict(
  'JatkoOpintovalmiuksiaTukeviaOpintojaTutkinnonOsa',
  { tunniste: koodi('tutkinnonosatvalinnanmahdollisuus', ['1']) },
  { laajuus: LaajuusOsaamispisteissä },
)
/** KOSKI's KorkeakouluopinnotTutkinnonOsa (tutkinnonosatvalinnanmahdollisuus 2). */
export const KorkeakouluopinnotTutkinnonOsa = strict('KorkeakouluopinnotTutkinnonOsa', { tunniste: koodi('tutkinnonosatvalinnanmahdollisuus', ['2']) }, { laajuus: LaajuusOsaamispisteissä })

// Osa-alueet of a YTO

/** KOSKI's PaikallinenAmmatillisenTutkinnonOsanOsaAlue. */
export const PaikallinenAmmatillisenTutkinnonOsanOsaAlue = strict(
  'PaikallinenAmmatillisenTutkinnonOsanOsaAlue',
  { tunniste: PaikallinenKoodi, kuvaus: LocalizedString, pakollinen: Totuusarvo },
  { laajuus: LaajuusOsaamispisteissä },
)
/** KOSKI's ValtakunnallinenAmmatillisenTutkinnonOsanOsaAlue: any osa-alue of koodisto `ammatillisenoppiaineet`. */
export const ValtakunnallinenAmmatillisenTutkinnonOsanOsaAlue = strict(
  'ValtakunnallinenAmmatillisenTutkinnonOsanOsaAlue',
  { tunniste: koodi('ammatillisenoppiaineet'), pakollinen: Totuusarvo },
  { laajuus: LaajuusOsaamispisteissä },
)
const VIERAAT_KIELET = ['VK', 'TK1', 'TK2'] as const
const VIESTINTÄ = ['VVTK', 'VVAI', 'VVAI22', 'VVAI26', 'VVTK26', 'VVVK26', 'VVVK'] as const
/** KOSKI's AmmatillisenTutkinnonVierasTaiToinenKotimainenKieli (VK, TK1, TK2 with the language, koodisto kielivalikoima). */
export const AmmatillisenTutkinnonVierasTaiToinenKotimainenKieli = strict(
  'AmmatillisenTutkinnonVierasTaiToinenKotimainenKieli',
  { tunniste: koodi('ammatillisenoppiaineet', VIERAAT_KIELET), kieli: koodi('kielivalikoima'), pakollinen: Totuusarvo },
  { laajuus: LaajuusOsaamispisteissä },
)
/** KOSKI's AmmatillisenTutkinnonÄidinkieli (AI with its oppimäärä, koodisto oppiaineaidinkielijakirjallisuus). */
export const AmmatillisenTutkinnonÄidinkieli = strict(
  'AmmatillisenTutkinnonÄidinkieli',
  { tunniste: koodi('ammatillisenoppiaineet', ['AI']), kieli: koodi('oppiaineaidinkielijakirjallisuus'), pakollinen: Totuusarvo },
  { laajuus: LaajuusOsaamispisteissä },
)
/** KOSKI's AmmatillisenTutkinnonViestintäJaVuorovaikutusKielivalinnalla (VVTK, VVAI, … with the language). */
export const AmmatillisenTutkinnonViestintäJaVuorovaikutusKielivalinnalla = strict(
  'AmmatillisenTutkinnonViestintäJaVuorovaikutusKielivalinnalla',
  { tunniste: koodi('ammatillisenoppiaineet', VIESTINTÄ), kieli: koodi('kielivalikoima'), pakollinen: Totuusarvo },
  { laajuus: LaajuusOsaamispisteissä },
)
const VIERAS: ReadonlySet<string> = new Set(VIERAAT_KIELET)
const VV: ReadonlySet<string> = new Set(VIESTINTÄ)

/**
 * KOSKI's AmmatillisenTutkinnonOsanOsaAlue: a local osa-alue (no `ammatillisenoppiaineet` tunniste), or a national one —
 * with the discriminator `kieli`, the language class its code names (AI → Äidinkieli, VK/TK1/TK2 → vieras tai toinen
 * kotimainen kieli, VV… → viestintä ja vuorovaikutus kielivalinnalla); without it, ValtakunnallinenAmmatillisenTutkinnonOsanOsaAlue.
 */
export const AmmatillisenTutkinnonOsanOsaAlue = dispatch(
  'AmmatillisenTutkinnonOsanOsaAlue',
  [
    PaikallinenAmmatillisenTutkinnonOsanOsaAlue,
    ValtakunnallinenAmmatillisenTutkinnonOsanOsaAlue,
    AmmatillisenTutkinnonVierasTaiToinenKotimainenKieli,
    AmmatillisenTutkinnonÄidinkieli,
    AmmatillisenTutkinnonViestintäJaVuorovaikutusKielivalinnalla,
  ] as const,
  (u) => {
    if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: 'AmmatillisenTutkinnonOsanOsaAlue', kohde: R.osaAlue }
    const { uri, arvo } = tunnisteenKoodi(u)
    if (uri !== 'ammatillisenoppiaineet') return PaikallinenAmmatillisenTutkinnonOsanOsaAlue
    if (onAvain(u, 'kieli') && arvo !== undefined) {
      if (arvo === 'AI') return AmmatillisenTutkinnonÄidinkieli
      if (VIERAS.has(arvo)) return AmmatillisenTutkinnonVierasTaiToinenKotimainenKieli
      if (VV.has(arvo)) return AmmatillisenTutkinnonViestintäJaVuorovaikutusKielivalinnalla
    }
    return ValtakunnallinenAmmatillisenTutkinnonOsanOsaAlue
  },
)

// ---------------------------------------------------------------------------------------------------------------
// Osasuoritukset below the tutkinnon osat

const osanYhteiset = {
  arviointi: Arvioinnit,
  alkamispäivä: Päivämäärä,
  tunnustettu: OsaamisenTunnustaminen,
  lisätiedot: OsanLisätiedot,
  suorituskieli: koodi('kieli'),
}
const TILA = { synthetic: ['tila'] } as const

/** KOSKI's YhteisenTutkinnonOsanOsaAlueenSuoritus: the completion of an osa-alue of a YTO. */
export const YhteisenTutkinnonOsanOsaAlueenSuoritus = strict(
  'YhteisenTutkinnonOsanOsaAlueenSuoritus',
  { koulutusmoduuli: AmmatillisenTutkinnonOsanOsaAlue, tyyppi: koodi('suorituksentyyppi', ['ammatillisentutkinnonosanosaalue']) },
  { ...osanYhteiset, näyttö: Näyttö, korotettu: koodi('ammatillisensuorituksenkorotus') },
  TILA,
)
/** A decoded {@link YhteisenTutkinnonOsanOsaAlueenSuoritus}. */
export type YhteisenTutkinnonOsanOsaAlueenSuoritus = t.TypeOf<typeof YhteisenTutkinnonOsanOsaAlueenSuoritus>
const OsaAlueet = lista(YhteisenTutkinnonOsanOsaAlueenSuoritus)

/** KOSKI's AmmatillisenTutkinnonOsaaPienempiKokonaisuus (local). */
export const AmmatillisenTutkinnonOsaaPienempiKokonaisuus = strict(
  'AmmatillisenTutkinnonOsaaPienempiKokonaisuus',
  { tunniste: PaikallinenKoodi, kuvaus: LocalizedString },
  { laajuus: LaajuusOsaamispisteissä },
)
/** KOSKI's AmmatillisenTutkinnonOsaaPienemmänKokonaisuudenSuoritus (inside a MuunAmmatillisenTutkinnonOsanSuoritus). */
export const AmmatillisenTutkinnonOsaaPienemmänKokonaisuudenSuoritus = strict(
  'AmmatillisenTutkinnonOsaaPienemmänKokonaisuudenSuoritus',
  { koulutusmoduuli: AmmatillisenTutkinnonOsaaPienempiKokonaisuus, tyyppi: koodi('suorituksentyyppi', ['ammatillisentutkinnonosaapienempikokonaisuus']) },
  osanYhteiset,
  TILA,
)
const PienemmätKokonaisuudet = lista(AmmatillisenTutkinnonOsaaPienemmänKokonaisuudenSuoritus)

/** KOSKI's PaikallinenOpintovalmiuksiaTukevaOpinto. */
export const PaikallinenOpintovalmiuksiaTukevaOpinto = strict(
  'PaikallinenOpintovalmiuksiaTukevaOpinto',
  { tunniste: PaikallinenKoodi, kuvaus: LocalizedString },
  { laajuus: LaajuusOsaamispisteissä },
)
/** KOSKI's MuidenOpintovalmiuksiaTukevienOpintojenSuoritus. */
export const MuidenOpintovalmiuksiaTukevienOpintojenSuoritus = strict(
  'MuidenOpintovalmiuksiaTukevienOpintojenSuoritus',
  { koulutusmoduuli: PaikallinenOpintovalmiuksiaTukevaOpinto, tyyppi: koodi('suorituksentyyppi', ['ammatillinenmuitaopintovalmiuksiatukeviaopintoja']) },
  { ...osanYhteiset, korotettu: koodi('ammatillisensuorituksenkorotus') },
  TILA,
)
/** KOSKI's PaikallinenLukionOpinto. */
export const PaikallinenLukionOpinto = strict(
  'PaikallinenLukionOpinto',
  { tunniste: PaikallinenKoodi, kuvaus: LocalizedString, perusteenDiaarinumero: Str },
  { laajuus: LaajuusOsaamispisteissä },
)
/** KOSKI's LukioOpintojenSuoritus. */
export const LukioOpintojenSuoritus = strict(
  'LukioOpintojenSuoritus',
  { koulutusmoduuli: PaikallinenLukionOpinto, tyyppi: koodi('suorituksentyyppi', ['ammatillinenlukionopintoja']) },
  osanYhteiset,
  TILA,
)
/** KOSKI's YhteistenTutkinnonOsienOsaAlueidenTaiLukioOpintojenTaiMuidenOpintovalmiuksiaTukevienOpintojenOsasuoritus, told by `tyyppi`. */
export const YhteistenTutkinnonOsienOsaAlueidenTaiLukioOpintojenTaiMuidenOpintovalmiuksiaTukevienOpintojenOsasuoritus = tyypinMukaan(
  'YhteistenTutkinnonOsienOsaAlueidenTaiLukioOpintojenTaiMuidenOpintovalmiuksiaTukevienOpintojenOsasuoritus',
  [YhteisenTutkinnonOsanOsaAlueenSuoritus, LukioOpintojenSuoritus, MuidenOpintovalmiuksiaTukevienOpintojenSuoritus] as const,
  {
    ammatillisentutkinnonosanosaalue: YhteisenTutkinnonOsanOsaAlueenSuoritus,
    ammatillinenlukionopintoja: LukioOpintojenSuoritus,
    ammatillinenmuitaopintovalmiuksiatukeviaopintoja: MuidenOpintovalmiuksiaTukevienOpintojenSuoritus,
  },
  R.osasuoritus,
)

/** KOSKI's KorkeakouluopintojenTutkinnonOsaaPienempiKokonaisuus. */
export const KorkeakouluopintojenTutkinnonOsaaPienempiKokonaisuus = strict(
  'KorkeakouluopintojenTutkinnonOsaaPienempiKokonaisuus',
  { tunniste: PaikallinenKoodi, kuvaus: LocalizedString },
  { laajuus: LaajuusOsaamispisteissä },
)
/** KOSKI's KorkeakouluopintojenSuoritus. */
export const KorkeakouluopintojenSuoritus = strict(
  'KorkeakouluopintojenSuoritus',
  { koulutusmoduuli: KorkeakouluopintojenTutkinnonOsaaPienempiKokonaisuus, tyyppi: koodi('suorituksentyyppi', ['ammatillinenkorkeakouluopintoja']) },
  osanYhteiset,
  TILA,
)

// ---------------------------------------------------------------------------------------------------------------
// Tutkinnon osat

const TUTKINNON_OSA = koodi('suorituksentyyppi', ['ammatillisentutkinnonosa'])
const tutkinnonOsanKentät = {
  toimipiste: OrganisaatioWithOid,
  arviointi: Arvioinnit,
  vahvistus: HenkilövahvistusValinnaisellaTittelilläJaValinnaisellaPaikkakunnalla,
  alkamispäivä: Päivämäärä,
  tunnustettu: OsaamisenTunnustaminen,
  lisätiedot: OsanLisätiedot,
  suorituskieli: koodi('kieli'),
}

/** KOSKI's YhteisenAmmatillisenTutkinnonOsanSuoritus: a YTO of a tutkinto. */
export const YhteisenAmmatillisenTutkinnonOsanSuoritus = strict(
  'YhteisenAmmatillisenTutkinnonOsanSuoritus',
  { koulutusmoduuli: YhteinenTutkinnonOsa, tyyppi: TUTKINNON_OSA },
  { ...tutkinnonOsanKentät, tutkinto: AmmatillinenTutkintoKoulutus, tutkinnonOsanRyhmä: koodi('ammatillisentutkinnonosanryhma', ['2']), näyttö: Näyttö, osasuoritukset: OsaAlueet },
  TILA,
)
/** A decoded {@link YhteisenAmmatillisenTutkinnonOsanSuoritus}. */
export type YhteisenAmmatillisenTutkinnonOsanSuoritus = t.TypeOf<typeof YhteisenAmmatillisenTutkinnonOsanSuoritus>

const MUUN_RYHMÄT = ['1', '3', '4'] as const
/** KOSKI's MuunAmmatillisenTutkinnonOsanSuoritus: a national or local tutkinnon osa other than a YTO. */
export const MuunAmmatillisenTutkinnonOsanSuoritus = strict(
  'MuunAmmatillisenTutkinnonOsanSuoritus',
  { koulutusmoduuli: MuuKuinYhteinenTutkinnonOsa, tyyppi: TUTKINNON_OSA },
  { ...tutkinnonOsanKentät, tutkinto: AmmatillinenTutkintoKoulutus, tutkinnonOsanRyhmä: koodi('ammatillisentutkinnonosanryhma', MUUN_RYHMÄT), näyttö: Näyttö, osasuoritukset: PienemmätKokonaisuudet },
  TILA,
)
/** A decoded {@link MuunAmmatillisenTutkinnonOsanSuoritus}. */
export type MuunAmmatillisenTutkinnonOsanSuoritus = t.TypeOf<typeof MuunAmmatillisenTutkinnonOsanSuoritus>

const valinnanMahdollisuudenKentät = (osasuoritukset: t.Mixed) => ({ tutkinnonOsanRyhmä: koodi('ammatillisentutkinnonosanryhma', ['1']), osasuoritukset: lista(osasuoritukset) })

/** KOSKI's AmmatillisenTutkinnonOsanJatkoOpintovalmiuksiaTukevienOpintojenSuoritus (reformi only). */
export const AmmatillisenTutkinnonOsanJatkoOpintovalmiuksiaTukevienOpintojenSuoritus = strict(
  'AmmatillisenTutkinnonOsanJatkoOpintovalmiuksiaTukevienOpintojenSuoritus',
  { koulutusmoduuli: JatkoOpintovalmiuksiaTukeviaOpintojaTutkinnonOsa, tyyppi: TUTKINNON_OSA },
  valinnanMahdollisuudenKentät(YhteistenTutkinnonOsienOsaAlueidenTaiLukioOpintojenTaiMuidenOpintovalmiuksiaTukevienOpintojenOsasuoritus),
  TILA,
)
/** KOSKI's AmmatillisenTutkinnonOsanKorkeakouluopintoSuoritus (reformi only). */
export const AmmatillisenTutkinnonOsanKorkeakouluopintoSuoritus = strict(
  'AmmatillisenTutkinnonOsanKorkeakouluopintoSuoritus',
  { koulutusmoduuli: KorkeakouluopinnotTutkinnonOsa, tyyppi: TUTKINNON_OSA },
  valinnanMahdollisuudenKentät(KorkeakouluopintojenSuoritus),
  TILA,
)
/** KOSKI's OsittaisenAmmatillisenTutkinnonOsanJatkoOpintovalmiuksiaTukevienOpintojenSuoritus (reformi only). */
export const OsittaisenAmmatillisenTutkinnonOsanJatkoOpintovalmiuksiaTukevienOpintojenSuoritus = strict(
  'OsittaisenAmmatillisenTutkinnonOsanJatkoOpintovalmiuksiaTukevienOpintojenSuoritus',
  { koulutusmoduuli: JatkoOpintovalmiuksiaTukeviaOpintojaTutkinnonOsa, tyyppi: TUTKINNON_OSA },
  valinnanMahdollisuudenKentät(YhteistenTutkinnonOsienOsaAlueidenTaiLukioOpintojenTaiMuidenOpintovalmiuksiaTukevienOpintojenOsasuoritus),
  TILA,
)
/** KOSKI's OsittaisenAmmatillisenTutkinnonOsanKorkeakouluopintoSuoritus (reformi only). */
export const OsittaisenAmmatillisenTutkinnonOsanKorkeakouluopintoSuoritus = strict(
  'OsittaisenAmmatillisenTutkinnonOsanKorkeakouluopintoSuoritus',
  { koulutusmoduuli: KorkeakouluopinnotTutkinnonOsa, tyyppi: TUTKINNON_OSA },
  valinnanMahdollisuudenKentät(KorkeakouluopintojenSuoritus),
  TILA,
)

/** KOSKI's YhteisenOsittaisenAmmatillisenTutkinnonTutkinnonosanSuoritus. */
export const YhteisenOsittaisenAmmatillisenTutkinnonTutkinnonosanSuoritus = strict(
  'YhteisenOsittaisenAmmatillisenTutkinnonTutkinnonosanSuoritus',
  { koulutusmoduuli: YhteinenTutkinnonOsa, tyyppi: TUTKINNON_OSA },
  { ...tutkinnonOsanKentät, tutkinto: AmmatillinenTutkintoKoulutus, tutkinnonOsanRyhmä: koodi('ammatillisentutkinnonosanryhma', ['2']), näyttö: Näyttö, osasuoritukset: OsaAlueet },
  TILA,
)
/** KOSKI's MuunOsittaisenAmmatillisenTutkinnonTutkinnonosanSuoritus. */
export const MuunOsittaisenAmmatillisenTutkinnonTutkinnonosanSuoritus = strict(
  'MuunOsittaisenAmmatillisenTutkinnonTutkinnonosanSuoritus',
  { koulutusmoduuli: MuuKuinYhteinenTutkinnonOsa, tyyppi: TUTKINNON_OSA },
  {
    ...tutkinnonOsanKentät,
    tutkinto: AmmatillinenTutkintoKoulutus,
    tutkinnonOsanRyhmä: koodi('ammatillisentutkinnonosanryhma', MUUN_RYHMÄT),
    näyttö: Näyttö,
    osasuoritukset: PienemmätKokonaisuudet,
    korotettu: koodi('ammatillisensuorituksenkorotus'),
  },
  TILA,
)

const { vahvistus: _vahvistus, ...useanTutkinnonOsanKentät } = tutkinnonOsanKentät
/** KOSKI's YhteisenOsittaisenAmmatillisenTutkinnonTutkinnonosanUseastaTutkinnostaSuoritus (its `tutkinto` required, no vahvistus). */
export const YhteisenOsittaisenAmmatillisenTutkinnonTutkinnonosanUseastaTutkinnostaSuoritus = strict(
  'YhteisenOsittaisenAmmatillisenTutkinnonTutkinnonosanUseastaTutkinnostaSuoritus',
  { koulutusmoduuli: YhteinenTutkinnonOsa, tutkinto: AmmatillinenTutkintoKoulutus, tyyppi: TUTKINNON_OSA },
  { ...useanTutkinnonOsanKentät, tutkinnonOsanRyhmä: koodi('ammatillisentutkinnonosanryhma', ['2']), näyttö: NäyttöAmmatillinenOsittainen, osasuoritukset: OsaAlueet },
  TILA,
)
/** KOSKI's MuunOsittaisenAmmatillisenTutkinnonTutkinnonosanUseastaTutkinnostaSuoritus (its `tutkinto` required, no vahvistus). */
export const MuunOsittaisenAmmatillisenTutkinnonTutkinnonosanUseastaTutkinnostaSuoritus = strict(
  'MuunOsittaisenAmmatillisenTutkinnonTutkinnonosanUseastaTutkinnostaSuoritus',
  { koulutusmoduuli: MuuKuinYhteinenTutkinnonOsa, tutkinto: AmmatillinenTutkintoKoulutus, tyyppi: TUTKINNON_OSA },
  { ...useanTutkinnonOsanKentät, tutkinnonOsanRyhmä: koodi('ammatillisentutkinnonosanryhma', ['1']), näyttö: NäyttöAmmatillinenOsittainen, osasuoritukset: PienemmätKokonaisuudet },
  TILA,
)

/**
 * A union of tutkinnon osan suoritus classes, told by the discriminator `koulutusmoduuli` — its tunniste: koodisto
 * `tutkinnonosatvalinnanmahdollisuus` 1 / 2 → the jatko-opintovalmiuksia / korkeakouluopinnot class, which KOSKI
 * allows only `@OnlyWhen("../../suoritustapa/koodiarvo", "reformi")` (the päätaso's suoritustapa); koodisto
 * `tutkinnonosat` with a YTO code → the yhteinen class; anything else (another national osa, a local one) → the muu class.
 */
function tutkinnonOsanSuoritus<Y extends t.Mixed, M extends t.Mixed, J extends t.Mixed, KK extends t.Mixed>(
  name: string,
  yhteinen: Y,
  muu: M,
  valinnanMahdollisuudet?: { readonly jatko: J; readonly korkeakoulu: KK },
) {
  const members = valinnanMahdollisuudet === undefined ? ([yhteinen, muu] as const) : ([yhteinen, muu, valinnanMahdollisuudet.jatko, valinnanMahdollisuudet.korkeakoulu] as const)
  return dispatch(name, members as readonly [Y, M, J, KK], (u, c): Y | M | J | KK | SchemaIssue => {
    if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: name, kohde: R.tutkinnonOsanSuoritus }
    const { uri, arvo } = tunnisteenKoodi(getOwn(u, 'koulutusmoduuli'))
    if (uri === 'tutkinnonosatvalinnanmahdollisuus' && valinnanMahdollisuudet !== undefined) {
      if (at(ylempi(c, 2), 'suoritustapa', 'koodiarvo') !== 'reformi') {
        return { errorType: 'notAnyOf', rule: 'S-8', union: 'valitsija', field: 'suoritustapa', koodistoUri: 'ammatillisentutkinnonsuoritustapa', allowed: ['reformi'], kohde: R.tutkinnonOsanSuoritus }
      }
      if (arvo === '1') return valinnanMahdollisuudet.jatko
      if (arvo === '2') return valinnanMahdollisuudet.korkeakoulu
      return {
        errorType: 'notAnyOf',
        rule: 'S-6',
        union: 'koodi',
        field: 'koulutusmoduuli.tunniste',
        koodistoUri: 'tutkinnonosatvalinnanmahdollisuus',
        allowed: ['1', '2'],
        poikkeama: 'koodiarvo',
        annettu: annettuKoodi(getOwn(getOwn(u, 'koulutusmoduuli'), 'tunniste')),
        kohde: R.tutkinnonOsanSuoritus,
      }
    }
    return uri === 'tutkinnonosat' && arvo !== undefined && YHTEISET.has(arvo) ? yhteinen : muu
  })
}

/** KOSKI's AmmatillisenTutkinnonOsanSuoritus: the tutkinnon osat of an AmmatillisenTutkinnonSuoritus. */
export const AmmatillisenTutkinnonOsanSuoritus = tutkinnonOsanSuoritus('AmmatillisenTutkinnonOsanSuoritus', YhteisenAmmatillisenTutkinnonOsanSuoritus, MuunAmmatillisenTutkinnonOsanSuoritus, {
  jatko: AmmatillisenTutkinnonOsanJatkoOpintovalmiuksiaTukevienOpintojenSuoritus,
  korkeakoulu: AmmatillisenTutkinnonOsanKorkeakouluopintoSuoritus,
})
/** KOSKI's OsittaisenAmmatillisenTutkinnonOsanSuoritus: the tutkinnon osat of an AmmatillisenTutkinnonOsittainenSuoritus. */
export const OsittaisenAmmatillisenTutkinnonOsanSuoritus = tutkinnonOsanSuoritus(
  'OsittaisenAmmatillisenTutkinnonOsanSuoritus',
  YhteisenOsittaisenAmmatillisenTutkinnonTutkinnonosanSuoritus,
  MuunOsittaisenAmmatillisenTutkinnonTutkinnonosanSuoritus,
  { jatko: OsittaisenAmmatillisenTutkinnonOsanJatkoOpintovalmiuksiaTukevienOpintojenSuoritus, korkeakoulu: OsittaisenAmmatillisenTutkinnonOsanKorkeakouluopintoSuoritus },
)
/** KOSKI's OsittaisenAmmatillisenTutkinnonOsanUseastaTutkinnostaSuoritus. */
export const OsittaisenAmmatillisenTutkinnonOsanUseastaTutkinnostaSuoritus = tutkinnonOsanSuoritus(
  'OsittaisenAmmatillisenTutkinnonOsanUseastaTutkinnostaSuoritus',
  YhteisenOsittaisenAmmatillisenTutkinnonTutkinnonosanUseastaTutkinnostaSuoritus,
  MuunOsittaisenAmmatillisenTutkinnonTutkinnonosanUseastaTutkinnostaSuoritus,
)

// ---------------------------------------------------------------------------------------------------------------
// Päätason suoritukset

const päätasonKentät = {
  alkamispäivä: Päivämäärä,
  vahvistus: HenkilövahvistusValinnaisellaPaikkakunnalla,
  todistuksellaNäkyvätLisätiedot: LocalizedString,
  ryhmä: Str,
}

/** KOSKI's `keskiarvo`: a number ≥ 1 (`@MinValue(1)`; `@MaxValue(5)` is not checked by this version). */
const Keskiarvo = new t.Type<number, number, unknown>(
  'Keskiarvo',
  (u): u is number => typeof u === 'number',
  (u, c) => {
    const r = Luku.validate(u, c)
    if (r._tag === 'Left') return r
    return r.right >= 1 ? r : fail(u, c, { errorType: 'smallerThanMinimumValue', rule: 'S-11', limit: 1 })
  },
  (a) => a,
)

/** KOSKI's AmmatillisenTutkinnonSuoritus (`ammatillinentutkinto`): a whole vocational qualification. */
const AmmatillisenTutkinnonSuoritusLuokka = strict(
  'AmmatillisenTutkinnonSuoritus',
  {
    koulutusmoduuli: AmmatillinenTutkintoKoulutus,
    suoritustapa: koodi('ammatillisentutkinnonsuoritustapa'),
    toimipiste: OrganisaatioWithOid,
    suorituskieli: koodi('kieli'),
    tyyppi: koodi('suorituksentyyppi', ['ammatillinentutkinto']),
  },
  {
    ...päätasonKentät,
    ...päätasonJaksot,
    tutkintonimike: lista(koodi('tutkintonimikkeet')),
    osaamisala: lista(Osaamisalajakso),
    osasuoritukset: lista(AmmatillisenTutkinnonOsanSuoritus),
    keskiarvo: Keskiarvo,
    keskiarvoSisältääMukautettujaArvosanoja: Totuusarvo,
  },
  { synthetic: ['tila'], sensitive: { keskiarvoSisältääMukautettujaArvosanoja: KS } },
)
/** A decoded {@link AmmatillisenTutkinnonSuoritus} (an interface, so that declarations name it). */
export interface AmmatillisenTutkinnonSuoritus extends t.TypeOf<typeof AmmatillisenTutkinnonSuoritusLuokka> {}
/** KOSKI's class AmmatillisenTutkinnonSuoritus (its codec; the class' fields and metadata are on it at run time). */
export const AmmatillisenTutkinnonSuoritus: t.Type<AmmatillisenTutkinnonSuoritus, AmmatillisenTutkinnonSuoritus, unknown> = AmmatillisenTutkinnonSuoritusLuokka

/** KOSKI's AmmatillisenTutkinnonOsittainenSuoritus (`ammatillinentutkintoosittainen`): one or more tutkinnon osat of a tutkinto. */
const AmmatillisenTutkinnonOsittainenSuoritusLuokka = strict(
  'AmmatillisenTutkinnonOsittainenSuoritus',
  {
    koulutusmoduuli: AmmatillinenTutkintoKoulutus,
    suoritustapa: koodi('ammatillisentutkinnonsuoritustapa'),
    toimipiste: OrganisaatioWithOid,
    suorituskieli: koodi('kieli'),
    tyyppi: koodi('suorituksentyyppi', ['ammatillinentutkintoosittainen']),
  },
  {
    ...päätasonKentät,
    ...päätasonJaksot,
    tutkintonimike: lista(koodi('tutkintonimikkeet')),
    toinenTutkintonimike: Totuusarvo,
    osaamisala: lista(Osaamisalajakso),
    toinenOsaamisala: Totuusarvo,
    osasuoritukset: lista(OsittaisenAmmatillisenTutkinnonOsanSuoritus),
    keskiarvo: Keskiarvo,
    keskiarvoSisältääMukautettujaArvosanoja: Totuusarvo,
    korotettuOpiskeluoikeusOid: Str,
    korotettuKeskiarvo: Keskiarvo,
    korotettuKeskiarvoSisältääMukautettujaArvosanoja: Totuusarvo,
  },
  { synthetic: ['tila'], sensitive: { keskiarvoSisältääMukautettujaArvosanoja: KS, korotettuKeskiarvoSisältääMukautettujaArvosanoja: KS } },
)
/** A decoded {@link AmmatillisenTutkinnonOsittainenSuoritus} (an interface, so that declarations name it). */
export interface AmmatillisenTutkinnonOsittainenSuoritus extends t.TypeOf<typeof AmmatillisenTutkinnonOsittainenSuoritusLuokka> {}
/** KOSKI's class AmmatillisenTutkinnonOsittainenSuoritus (its codec; the class' fields and metadata are on it at run time). */
export const AmmatillisenTutkinnonOsittainenSuoritus: t.Type<AmmatillisenTutkinnonOsittainenSuoritus, AmmatillisenTutkinnonOsittainenSuoritus, unknown> = AmmatillisenTutkinnonOsittainenSuoritusLuokka

/** KOSKI's AmmatillinenOsiaUseastaTutkinnosta: the koulutusmoduuli `suorituksentyyppi/ammatillinentutkintoosittainenuseastatutkinnosta`. */
export const AmmatillinenOsiaUseastaTutkinnosta = strict('AmmatillinenOsiaUseastaTutkinnosta', { tunniste: koodi('suorituksentyyppi', ['ammatillinentutkintoosittainenuseastatutkinnosta']) }, {})

/** KOSKI's AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus: tutkinnon osat of several tutkinnot (reformi). */
const AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritusLuokka = strict(
  'AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus',
  {
    koulutusmoduuli: AmmatillinenOsiaUseastaTutkinnosta,
    suoritustapa: koodi('ammatillisentutkinnonsuoritustapa', ['reformi']),
    toimipiste: OrganisaatioWithOid,
    suorituskieli: koodi('kieli'),
    tyyppi: koodi('suorituksentyyppi', ['ammatillinentutkintoosittainen']),
  },
  {
    ...päätasonKentät,
    osaamisenHankkimistavat: päätasonJaksot.osaamisenHankkimistavat,
    koulutussopimukset: päätasonJaksot.koulutussopimukset,
    osasuoritukset: lista(OsittaisenAmmatillisenTutkinnonOsanUseastaTutkinnostaSuoritus),
  },
  TILA,
)
/** A decoded {@link AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus} (an interface, so that declarations name it). */
export interface AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus extends t.TypeOf<typeof AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritusLuokka> {}
/** KOSKI's class AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus (its codec; the class' fields and metadata are on it at run time). */
export const AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus: t.Type<AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus, AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus, unknown> = AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritusLuokka

// Muu ammatillinen koulutus (MuuAmmatillinen.scala)

/** KOSKI's AmmatilliseenTehtäväänValmistavaKoulutus (koodisto ammatilliseentehtavaanvalmistavakoulutus). */
export const AmmatilliseenTehtäväänValmistavaKoulutus = strict(
  'AmmatilliseenTehtäväänValmistavaKoulutus',
  { tunniste: koodi('ammatilliseentehtavaanvalmistavakoulutus') },
  { laajuus: LaajuusKaikkiYksiköt, kuvaus: LocalizedString },
)
/** KOSKI's PaikallinenMuuAmmatillinenKoulutus. */
export const PaikallinenMuuAmmatillinenKoulutus = strict('PaikallinenMuuAmmatillinenKoulutus', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString }, { laajuus: LaajuusKaikkiYksiköt })
/** KOSKI's MuuAmmatillinenKoulutus: told by the tunniste's koodisto (ammatilliseentehtavaanvalmistavakoulutus) or a local code. */
export const MuuAmmatillinenKoulutus = dispatch('MuuAmmatillinenKoulutus', [AmmatilliseenTehtäväänValmistavaKoulutus, PaikallinenMuuAmmatillinenKoulutus] as const, (u) => {
  if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: 'MuuAmmatillinenKoulutus', kohde: R.koulutusmoduuli }
  return tunnisteenKoodi(u).uri === 'ammatilliseentehtavaanvalmistavakoulutus' ? AmmatilliseenTehtäväänValmistavaKoulutus : PaikallinenMuuAmmatillinenKoulutus
})

/** KOSKI's MuunAmmatillisenKoulutuksenOsasuoritus (local). */
export const MuunAmmatillisenKoulutuksenOsasuoritus = strict('MuunAmmatillisenKoulutuksenOsasuoritus', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString }, { laajuus: LaajuusKaikkiYksiköt })

/** KOSKI's MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus (nested to any depth). */
export const MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus: t.Type<MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus, MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus, unknown> = t.recursion(
  'MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus',
  () => MuunOsasuorituksenLuokka,
)
/** A decoded {@link MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus}. */
export interface MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus {
  readonly koulutusmoduuli: t.TypeOf<typeof MuunAmmatillisenKoulutuksenOsasuoritus>
  readonly tyyppi: t.TypeOf<ReturnType<typeof koodi>>
  readonly alkamispäivä?: string
  readonly arviointi?: ReadonlyArray<t.TypeOf<typeof MuunAmmatillisenKoulutuksenArviointi>>
  readonly suorituskieli?: t.TypeOf<ReturnType<typeof koodi>>
  readonly näyttö?: Näyttö
  readonly osasuoritukset?: readonly MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus[]
}
const MuunOsasuorituksenLuokka = strict(
  'MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus',
  { koulutusmoduuli: MuunAmmatillisenKoulutuksenOsasuoritus, tyyppi: koodi('suorituksentyyppi', ['muunammatillisenkoulutuksenosasuoritus']) },
  {
    alkamispäivä: Päivämäärä,
    arviointi: lista(MuunAmmatillisenKoulutuksenArviointi),
    suorituskieli: koodi('kieli'),
    näyttö: Näyttö,
    osasuoritukset: lista(MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus),
  },
  TILA,
)

/** KOSKI's MuunAmmatillisenKoulutuksenOsasuorituksenLisätieto. */
export const MuunAmmatillisenKoulutuksenOsasuorituksenLisätieto = strict(
  'MuunAmmatillisenKoulutuksenOsasuorituksenLisätieto',
  { tunniste: koodi('ammatillisentutkinnonosanlisatieto'), kuvaus: LocalizedString },
  {},
)
/** KOSKI's TutkinnonOsaaPienempiKokonaisuus (local). */
export const TutkinnonOsaaPienempiKokonaisuus = strict('TutkinnonOsaaPienempiKokonaisuus', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString }, { laajuus: LaajuusKaikkiYksiköt })
const pienemmänKentät = {
  alkamispäivä: Päivämäärä,
  arviointi: lista(MuunAmmatillisenKoulutuksenArviointi),
  näyttö: Näyttö,
  lisätiedot: lista(MuunAmmatillisenKoulutuksenOsasuorituksenLisätieto),
  suorituskieli: koodi('kieli'),
}
const PIENEMPI = koodi('suorituksentyyppi', ['tutkinnonosaapienempikokonaisuus'])
/** KOSKI's ValtakunnalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus (discriminator `liittyyTutkinnonOsaan`). */
export const ValtakunnalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus = strict(
  'ValtakunnalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus',
  { koulutusmoduuli: TutkinnonOsaaPienempiKokonaisuus, liittyyTutkinnonOsaan: koodi('tutkinnonosat'), tyyppi: PIENEMPI },
  pienemmänKentät,
  TILA,
)
/** KOSKI's PaikalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus (discriminator `liittyyTutkintoon`). */
export const PaikalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus = strict(
  'PaikalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus',
  { koulutusmoduuli: TutkinnonOsaaPienempiKokonaisuus, liittyyTutkintoon: AmmatillinenTutkintoKoulutus, tyyppi: PIENEMPI },
  pienemmänKentät,
  TILA,
)
/** KOSKI's TutkinnonOsaaPienemmänKokonaisuudenSuoritus: the discriminator `liittyyTutkinnonOsaan` or `liittyyTutkintoon` chooses. */
export const TutkinnonOsaaPienemmänKokonaisuudenSuoritus = dispatch(
  'TutkinnonOsaaPienemmänKokonaisuudenSuoritus',
  [ValtakunnalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus, PaikalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus] as const,
  (u) => {
    if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: 'TutkinnonOsaaPienemmänKokonaisuudenSuoritus', kohde: R.osasuoritus }
    if (onAvain(u, 'liittyyTutkinnonOsaan')) return ValtakunnalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus
    if (onAvain(u, 'liittyyTutkintoon')) return PaikalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus
    return { errorType: 'notAnyOf', rule: 'S-8', union: 'pakollinen', key: 'liittyyTutkinnonOsaan', luokka: 'ValtakunnalliseenTutkinnonOsaanLiittyvänTutkinnonOsaaPienemmänKokonaisuudenSuoritus', kohde: R.osasuoritus }
  },
)

/** KOSKI's MuuAmmatillinenOsasuoritus, told by `tyyppi`. */
export const MuuAmmatillinenOsasuoritus = tyypinMukaan(
  'MuuAmmatillinenOsasuoritus',
  [MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus, YhteisenTutkinnonOsanOsaAlueenSuoritus, TutkinnonOsaaPienemmänKokonaisuudenSuoritus] as const,
  {
    muunammatillisenkoulutuksenosasuoritus: MuunAmmatillisenKoulutuksenOsasuorituksenSuoritus,
    ammatillisentutkinnonosanosaalue: YhteisenTutkinnonOsanOsaAlueenSuoritus,
    tutkinnonosaapienempikokonaisuus: TutkinnonOsaaPienemmänKokonaisuudenSuoritus,
  },
  R.osasuoritus,
)

/** KOSKI's MuunAmmatillisenKoulutuksenSuoritus (`muuammatillinenkoulutus`). */
const MuunAmmatillisenKoulutuksenSuoritusLuokka = strict(
  'MuunAmmatillisenKoulutuksenSuoritus',
  { koulutusmoduuli: MuuAmmatillinenKoulutus, toimipiste: OrganisaatioWithOid, suorituskieli: koodi('kieli'), tyyppi: koodi('suorituksentyyppi', ['muuammatillinenkoulutus']) },
  {
    ...päätasonKentät,
    täydentääTutkintoa: AmmatillinenTutkintoKoulutus,
    osaamisenHankkimistavat: päätasonJaksot.osaamisenHankkimistavat,
    koulutussopimukset: päätasonJaksot.koulutussopimukset,
    osasuoritukset: lista(MuuAmmatillinenOsasuoritus),
  },
  TILA,
)
/** A decoded {@link MuunAmmatillisenKoulutuksenSuoritus} (an interface, so that declarations name it). */
export interface MuunAmmatillisenKoulutuksenSuoritus extends t.TypeOf<typeof MuunAmmatillisenKoulutuksenSuoritusLuokka> {}
/** KOSKI's class MuunAmmatillisenKoulutuksenSuoritus (its codec; the class' fields and metadata are on it at run time). */
export const MuunAmmatillisenKoulutuksenSuoritus: t.Type<MuunAmmatillisenKoulutuksenSuoritus, MuunAmmatillisenKoulutuksenSuoritus, unknown> = MuunAmmatillisenKoulutuksenSuoritusLuokka

/** KOSKI's TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaKoulutus (local). */
export const TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaKoulutus = strict(
  'TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaKoulutus',
  { tunniste: PaikallinenKoodi, kuvaus: LocalizedString },
  { laajuus: LaajuusKaikkiYksiköt },
)
/** KOSKI's TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvanSuorituksenOsasuoritus, told by `tyyppi`. */
export const TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvanSuorituksenOsasuoritus = tyypinMukaan(
  'TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvanSuorituksenOsasuoritus',
  [TutkinnonOsaaPienemmänKokonaisuudenSuoritus, YhteisenTutkinnonOsanOsaAlueenSuoritus] as const,
  { tutkinnonosaapienempikokonaisuus: TutkinnonOsaaPienemmänKokonaisuudenSuoritus, ammatillisentutkinnonosanosaalue: YhteisenTutkinnonOsanOsaAlueenSuoritus },
  R.osasuoritus,
)
/** KOSKI's TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritus (`tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus`). */
const TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritusLuokka = strict(
  'TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritus',
  {
    koulutusmoduuli: TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaKoulutus,
    toimipiste: OrganisaatioWithOid,
    suorituskieli: koodi('kieli'),
    tyyppi: koodi('suorituksentyyppi', ['tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus']),
  },
  {
    ...päätasonKentät,
    osaamisenHankkimistavat: päätasonJaksot.osaamisenHankkimistavat,
    koulutussopimukset: päätasonJaksot.koulutussopimukset,
    osasuoritukset: lista(TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvanSuorituksenOsasuoritus),
  },
  TILA,
)
/** A decoded {@link TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritus} (an interface, so that declarations name it). */
export interface TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritus extends t.TypeOf<typeof TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritusLuokka> {}
/** KOSKI's class TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritus (its codec; the class' fields and metadata are on it at run time). */
export const TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritus: t.Type<TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritus, TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritus, unknown> = TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritusLuokka

// Näyttötutkintoon valmistava koulutus

/** KOSKI's NäyttötutkintoonValmistavaKoulutus (koulutus 999904). */
export const NäyttötutkintoonValmistavaKoulutus = strict('NäyttötutkintoonValmistavaKoulutus', { tunniste: koodi('koulutus', ['999904']) }, { koulutustyyppi: koodi('koulutustyyppi') })
/** KOSKI's PaikallinenNäyttötutkintoonValmistavanKoulutuksenOsa. */
export const PaikallinenNäyttötutkintoonValmistavanKoulutuksenOsa = strict('PaikallinenNäyttötutkintoonValmistavanKoulutuksenOsa', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString }, {})
/** KOSKI's NäyttötutkintoonValmistavanKoulutuksenOsa: a national tutkinnon osa (YTO or other) or a local osa. */
export const NäyttötutkintoonValmistavanKoulutuksenOsa = tutkinnonOsaUnioni('NäyttötutkintoonValmistavanKoulutuksenOsa', PaikallinenNäyttötutkintoonValmistavanKoulutuksenOsa, true)
/** KOSKI's NäyttötutkintoonValmistavanKoulutuksenOsanSuoritus. */
export const NäyttötutkintoonValmistavanKoulutuksenOsanSuoritus = strict(
  'NäyttötutkintoonValmistavanKoulutuksenOsanSuoritus',
  { koulutusmoduuli: NäyttötutkintoonValmistavanKoulutuksenOsa, tyyppi: koodi('suorituksentyyppi', ['nayttotutkintoonvalmistavankoulutuksenosa']) },
  { alkamispäivä: Päivämäärä, suorituskieli: koodi('kieli') },
  TILA,
)
/** KOSKI's NäyttötutkintoonValmistavanKoulutuksenSuoritus (`nayttotutkintoonvalmistavakoulutus`). */
const NäyttötutkintoonValmistavanKoulutuksenSuoritusLuokka = strict(
  'NäyttötutkintoonValmistavanKoulutuksenSuoritus',
  {
    koulutusmoduuli: NäyttötutkintoonValmistavaKoulutus,
    tutkinto: AmmatillinenTutkintoKoulutus,
    toimipiste: OrganisaatioWithOid,
    suorituskieli: koodi('kieli'),
    tyyppi: koodi('suorituksentyyppi', ['nayttotutkintoonvalmistavakoulutus']),
  },
  {
    ...päätasonKentät,
    ...päätasonJaksot,
    tutkintonimike: lista(koodi('tutkintonimikkeet')),
    osaamisala: lista(Osaamisalajakso),
    päättymispäivä: Päivämäärä,
    osasuoritukset: lista(NäyttötutkintoonValmistavanKoulutuksenOsanSuoritus),
  },
  TILA,
)
/** A decoded {@link NäyttötutkintoonValmistavanKoulutuksenSuoritus} (an interface, so that declarations name it). */
export interface NäyttötutkintoonValmistavanKoulutuksenSuoritus extends t.TypeOf<typeof NäyttötutkintoonValmistavanKoulutuksenSuoritusLuokka> {}
/** KOSKI's class NäyttötutkintoonValmistavanKoulutuksenSuoritus (its codec; the class' fields and metadata are on it at run time). */
export const NäyttötutkintoonValmistavanKoulutuksenSuoritus: t.Type<NäyttötutkintoonValmistavanKoulutuksenSuoritus, NäyttötutkintoonValmistavanKoulutuksenSuoritus, unknown> = NäyttötutkintoonValmistavanKoulutuksenSuoritusLuokka

// VALMA and TELMA

const valmentavanOsanKentät = {
  arviointi: lista(TelmaJaValmaArviointi),
  vahvistus: HenkilövahvistusValinnaisellaTittelilläJaValinnaisellaPaikkakunnalla,
  alkamispäivä: Päivämäärä,
  suorituskieli: koodi('kieli'),
  tunnustettu: OsaamisenTunnustaminen,
  lisätiedot: OsanLisätiedot,
  näyttö: Näyttö,
}
const valmentavanKentät = {
  vahvistus: HenkilövahvistusValinnaisellaPaikkakunnalla,
  todistuksellaNäkyvätLisätiedot: LocalizedString,
  työssäoppimisjaksot: päätasonJaksot.työssäoppimisjaksot,
  koulutussopimukset: päätasonJaksot.koulutussopimukset,
  ryhmä: Str,
}

/** KOSKI's ValmaKoulutus (koulutus 999901). */
export const ValmaKoulutus = strict(
  'ValmaKoulutus',
  { tunniste: koodi('koulutus', ['999901']) },
  { perusteenDiaarinumero: Str, laajuus: LaajuusOsaamispisteissä, koulutustyyppi: koodi('koulutustyyppi') },
)
/** KOSKI's PaikallinenValmaKoulutuksenOsa. */
export const PaikallinenValmaKoulutuksenOsa = strict('PaikallinenValmaKoulutuksenOsa', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString, pakollinen: Totuusarvo }, { laajuus: LaajuusOsaamispisteissä })
/** KOSKI's ValmaKoulutuksenOsa: a national tutkinnon osa (YTO or other) or a local VALMA osa. */
export const ValmaKoulutuksenOsa = tutkinnonOsaUnioni('ValmaKoulutuksenOsa', PaikallinenValmaKoulutuksenOsa, true)
/** KOSKI's ValmaKoulutuksenOsanSuoritus. */
export const ValmaKoulutuksenOsanSuoritus = strict(
  'ValmaKoulutuksenOsanSuoritus',
  { koulutusmoduuli: ValmaKoulutuksenOsa, tyyppi: koodi('suorituksentyyppi', ['valmakoulutuksenosa']) },
  valmentavanOsanKentät,
  TILA,
)
/** KOSKI's ValmaKoulutuksenOsanTaiOsanOsaAlueenSuoritus, told by `tyyppi`. */
export const ValmaKoulutuksenOsanTaiOsanOsaAlueenSuoritus = tyypinMukaan(
  'ValmaKoulutuksenOsanTaiOsanOsaAlueenSuoritus',
  [ValmaKoulutuksenOsanSuoritus, YhteisenTutkinnonOsanOsaAlueenSuoritus] as const,
  { valmakoulutuksenosa: ValmaKoulutuksenOsanSuoritus, ammatillisentutkinnonosanosaalue: YhteisenTutkinnonOsanOsaAlueenSuoritus },
  R.osasuoritus,
)
/** KOSKI's ValmaKoulutuksenSuoritus (`valma`). */
const ValmaKoulutuksenSuoritusLuokka = strict(
  'ValmaKoulutuksenSuoritus',
  { koulutusmoduuli: ValmaKoulutus, toimipiste: OrganisaatioWithOid, suorituskieli: koodi('kieli'), tyyppi: koodi('suorituksentyyppi', ['valma']) },
  { ...valmentavanKentät, osasuoritukset: lista(ValmaKoulutuksenOsanTaiOsanOsaAlueenSuoritus) },
  TILA,
)
/** A decoded {@link ValmaKoulutuksenSuoritus} (an interface, so that declarations name it). */
export interface ValmaKoulutuksenSuoritus extends t.TypeOf<typeof ValmaKoulutuksenSuoritusLuokka> {}
/** KOSKI's class ValmaKoulutuksenSuoritus (its codec; the class' fields and metadata are on it at run time). */
export const ValmaKoulutuksenSuoritus: t.Type<ValmaKoulutuksenSuoritus, ValmaKoulutuksenSuoritus, unknown> = ValmaKoulutuksenSuoritusLuokka

/** KOSKI's TelmaKoulutus (koulutus 999903). */
export const TelmaKoulutus = strict(
  'TelmaKoulutus',
  { tunniste: koodi('koulutus', ['999903']) },
  { perusteenDiaarinumero: Str, laajuus: LaajuusOsaamispisteissä, koulutustyyppi: koodi('koulutustyyppi') },
)
/** KOSKI's PaikallinenTelmaKoulutuksenOsa. */
export const PaikallinenTelmaKoulutuksenOsa = strict('PaikallinenTelmaKoulutuksenOsa', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString, pakollinen: Totuusarvo }, { laajuus: LaajuusOsaamispisteissä })
/** KOSKI's TelmaKoulutuksenOsa: a national tutkinnon osa (YTO or other) or a local TELMA osa. */
export const TelmaKoulutuksenOsa = tutkinnonOsaUnioni('TelmaKoulutuksenOsa', PaikallinenTelmaKoulutuksenOsa, true)
/** KOSKI's TelmaKoulutuksenOsanSuoritus. */
export const TelmaKoulutuksenOsanSuoritus = strict(
  'TelmaKoulutuksenOsanSuoritus',
  { koulutusmoduuli: TelmaKoulutuksenOsa, tyyppi: koodi('suorituksentyyppi', ['telmakoulutuksenosa']) },
  valmentavanOsanKentät,
  TILA,
)
/** KOSKI's TelmaKoulutuksenSuoritus (`telma`). */
const TelmaKoulutuksenSuoritusLuokka = strict(
  'TelmaKoulutuksenSuoritus',
  { koulutusmoduuli: TelmaKoulutus, toimipiste: OrganisaatioWithOid, suorituskieli: koodi('kieli'), tyyppi: koodi('suorituksentyyppi', ['telma']) },
  { ...valmentavanKentät, osasuoritukset: lista(TelmaKoulutuksenOsanSuoritus) },
  TILA,
)
/** A decoded {@link TelmaKoulutuksenSuoritus} (an interface, so that declarations name it). */
export interface TelmaKoulutuksenSuoritus extends t.TypeOf<typeof TelmaKoulutuksenSuoritusLuokka> {}
/** KOSKI's class TelmaKoulutuksenSuoritus (its codec; the class' fields and metadata are on it at run time). */
export const TelmaKoulutuksenSuoritus: t.Type<TelmaKoulutuksenSuoritus, TelmaKoulutuksenSuoritus, unknown> = TelmaKoulutuksenSuoritusLuokka

/** The päätason suoritus types (`suoritukset[].tyyppi`, koodisto suorituksentyyppi) of an ammatillinen study right. */
export const AMMATILLISET_PÄÄTASOT = [
  'ammatillinentutkinto',
  'ammatillinentutkintoosittainen',
  'muuammatillinenkoulutus',
  'tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus',
  'nayttotutkintoonvalmistavakoulutus',
  'valma',
  'telma',
] as const
const PÄÄTASOT_JÄRJESTYKSESSÄ: readonly string[] = [...AMMATILLISET_PÄÄTASOT].sort()

/** `koulutusmoduuli.tunniste.koodiarvo` that chooses AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus (`@OnlyWhen`). */
export const USEASTA_TUTKINNOSTA = 'ammatillinentutkintoosittainenuseastatutkinnosta'

/**
 * KOSKI's AmmatillinenPäätasonSuoritus: the class its discriminator `tyyppi` names; `ammatillinentutkintoosittainen`
 * is AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus when `@OnlyWhen("koulutusmoduuli/tunniste/koodiarvo",
 * "ammatillinentutkintoosittainenuseastatutkinnosta")` holds, else AmmatillisenTutkinnonOsittainenSuoritus.
 */
export const AmmatillinenPäätasonSuoritus = dispatch(
  'AmmatillinenPäätasonSuoritus',
  [
    AmmatillisenTutkinnonSuoritus,
    AmmatillisenTutkinnonOsittainenSuoritus,
    AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus,
    MuunAmmatillisenKoulutuksenSuoritus,
    TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritus,
    NäyttötutkintoonValmistavanKoulutuksenSuoritus,
    ValmaKoulutuksenSuoritus,
    TelmaKoulutuksenSuoritus,
  ] as const,
  (u) => {
    const tyyppi = getOwn(u, 'tyyppi')
    const poikkeama = koodinPoikkeama(tyyppi, PÄÄTASOT_JÄRJESTYKSESSÄ, 'suorituksentyyppi')
    if (poikkeama !== undefined) {
      return { errorType: 'notAnyOf', rule: koodinSääntö(poikkeama), union: 'suoritus', allowed: PÄÄTASOT_JÄRJESTYKSESSÄ, poikkeama, annettu: annettuKoodi(tyyppi), kohde: R.päätasonSuoritus }
    }
    switch (merkkijonona(getOwn(tyyppi, 'koodiarvo')) as (typeof AMMATILLISET_PÄÄTASOT)[number]) {
      case 'ammatillinentutkinto':
        return AmmatillisenTutkinnonSuoritus
      case 'ammatillinentutkintoosittainen':
        return at(u, 'koulutusmoduuli', 'tunniste', 'koodiarvo') === USEASTA_TUTKINNOSTA ? AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus : AmmatillisenTutkinnonOsittainenSuoritus
      case 'muuammatillinenkoulutus':
        return MuunAmmatillisenKoulutuksenSuoritus
      case 'tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus':
        return TutkinnonOsaaPienemmistäKokonaisuuksistaKoostuvaSuoritus
      case 'nayttotutkintoonvalmistavakoulutus':
        return NäyttötutkintoonValmistavanKoulutuksenSuoritus
      case 'valma':
        return ValmaKoulutuksenSuoritus
      case 'telma':
        return TelmaKoulutuksenSuoritus
    }
  },
)
/** A decoded {@link AmmatillinenPäätasonSuoritus}. */
export type AmmatillinenPäätasonSuoritus = t.TypeOf<typeof AmmatillinenPäätasonSuoritus>

// ---------------------------------------------------------------------------------------------------------------
// Opiskeluoikeus

/** KOSKI's AmmatillinenOpiskeluoikeus: an ammatillinen study right (opiskeluoikeus), `tyyppi` `ammatillinenkoulutus`. */
export const AmmatillinenOpiskeluoikeus = strict(
  'AmmatillinenOpiskeluoikeus',
  {
    tyyppi: koodi('opiskeluoikeudentyyppi', ['ammatillinenkoulutus']),
    tila: AmmatillinenOpiskeluoikeudenTila,
    suoritukset: lista(AmmatillinenPäätasonSuoritus, { min: 1 }),
  },
  {
    oid: Str,
    versionumero: Kokonaisluku,
    aikaleima: PäivämääräJaAika,
    lähdejärjestelmänId: LähdejärjestelmäId,
    oppilaitos: Oppilaitos,
    koulutustoimija: Koulutustoimija,
    sisältyyOpiskeluoikeuteen: SisältäväOpiskeluoikeus,
    arvioituPäättymispäivä: Päivämäärä,
    ostettu: Totuusarvo,
    lisätiedot: AmmatillisenOpiskeluoikeudenLisätiedot,
    organisaatiohistoria: lista(OpiskeluoikeudenOrganisaatiohistoria),
    lähdejärjestelmäkytkentäPurettu: LähdejärjestelmäkytkennänPurkaminen,
  },
  { synthetic: ['alkamispäivä', 'päättymispäivä'] },
)
/** A decoded {@link AmmatillinenOpiskeluoikeus}. */
export type AmmatillinenOpiskeluoikeus = t.TypeOf<typeof AmmatillinenOpiskeluoikeus>
