/**
 * VST — `VapaanSivistystyönOpiskeluoikeus` (catalogue §1.3) for the two päätaso types this version validates, named
 * after KOSKI's classes (schema/VapaaSivistystyö.scala, VapaaSivistystyöJotpa.scala,
 * VapaanSivistystyöVapaatavoitteinenKoulutus.scala). KOSKI has one study-right class whose jakso class is chosen by
 * `suoritukset[0].tyyppi` (`@OnlyWhen`); here the descriptor chooses by the päätaso, so each variant's codec carries
 * its own jakso class: a jakso of another variant's states (`lasna` on a vapaatavoitteinen one) fits no class
 * (`notAnyOf`, as in KOSKI).
 */
import * as t from 'io-ts'
import {
  HenkilövahvistusValinnaisellaPaikkakunnalla,
  Koulutustoimija,
  LaajuusOpintopisteissä,
  LocalizedString,
  LähdejärjestelmäId,
  LähdejärjestelmäkytkennänPurkaminen,
  Maksuttomuus,
  OikeuttaMaksuttomuuteenPidennetty,
  OpiskeluoikeudenOrganisaatiohistoria,
  Oppilaitos,
  OrganisaatioWithOid,
  PaikallinenKoodi,
  koodi,
} from '../../codecs/common'
import {
  Kokonaisluku,
  Päivämäärä,
  PäivämääräJaAika,
  Str,
  annettuKoodi,
  dispatch,
  fail,
  getOwn,
  isRecord,
  koodinPoikkeama,
  koodinSääntö,
  lista,
  onAvain,
  strict,
  vieras,
  type KoodiUnionIssue,
  type SchemaIssue,
} from '../../codecs/schema'
import { VAIN_LUOTTAMUKSELLINEN as K } from '../../codecs/erityiset'
import { lainaus } from '../../yksityisyys'
import { VST_RAKENNE } from './rakenne'

// ---------------------------------------------------------------------------------------------------------------
// Common to both variants

/** KOSKI's VapaanSivistystyönOpiskeluoikeudenLisätiedot (every VST päätaso); `jotpaAsianumero` is `@SensitiveData`. */
export const VapaanSivistystyönOpiskeluoikeudenLisätiedot = strict(
  'VapaanSivistystyönOpiskeluoikeudenLisätiedot',
  {},
  {
    maksuttomuus: lista(Maksuttomuus),
    oikeuttaMaksuttomuuteenPidennetty: lista(OikeuttaMaksuttomuuteenPidennetty),
    jotpaAsianumero: koodi('jotpaasianumero'),
  },
  { sensitive: { jotpaAsianumero: K } },
)
export type VapaanSivistystyönOpiskeluoikeudenLisätiedot = t.TypeOf<typeof VapaanSivistystyönOpiskeluoikeudenLisätiedot>

/** The arvosana koodisto every VST assessment also accepts (`VapaanSivistystyönKoulutuksenArviointi`'s `@KoodistoUri`). */
const ARVIOINTIASTEIKKO_VST = 'arviointiasteikkovst'

/**
 * How deep a recursive osasuoritus tree is read. KOSKI's schema has no bound, but its JSON parser (Jackson, default
 * `maxNestingDepth` 1000) rejects a document nested deeper than 1000 objects and arrays: an osasuoritus at level
 * 500 is nested deeper than that, so KOSKI never accepts it. Bounding the tree keeps the decoder's recursion far from
 * the stack's end whatever the input.
 */
export const OSASUORITUSTEN_ENIMMÄISSYVYYS = 500

/**
 * A recursive osasuoritus class: `make` builds the class from the codec of its own `osasuoritukset` items. Levels below
 * {@link OSASUORITUSTEN_ENIMMÄISSYVYYS} are one finding at the too-deep osasuoritus, and nothing inside it is read.
 * The depth is the decoding context's length (the path: two entries a level), so the codec keeps no state.
 */
function rekursiivinen<A>(name: string, make: (self: t.Type<A, A, unknown>) => t.Mixed): t.Type<A, A, unknown> & { readonly type: t.Mixed } {
  let luokka: t.Mixed | undefined
  const self = new t.Type<A, A, unknown>(
    name,
    (u): u is A => luokka!.is(u),
    (u, c) => {
      // level k of osasuoritukset is at context length 3 + 2k (root, suoritukset, [0], osasuoritukset, [i], …)
      if (c.length > 3 + 2 * OSASUORITUSTEN_ENIMMÄISSYVYYS) return fail(u, c, { errorType: 'liianSyvä', rule: 'S-16', limit: OSASUORITUSTEN_ENIMMÄISSYVYYS })
      return luokka!.validate(u, c) as t.Validation<A>
    },
    (a) => a,
  )
  luokka = make(self)
  return Object.assign(self, { type: luokka })
}

const AIKALEIMAT = { synthetic: ['tila'] as string[] }

const opiskeluoikeudenKentät = {
  oid: Str,
  versionumero: Kokonaisluku,
  aikaleima: PäivämääräJaAika,
  lähdejärjestelmänId: LähdejärjestelmäId,
  oppilaitos: Oppilaitos,
  koulutustoimija: Koulutustoimija,
  arvioituPäättymispäivä: Päivämäärä,
  lisätiedot: VapaanSivistystyönOpiskeluoikeudenLisätiedot,
  organisaatiohistoria: lista(OpiskeluoikeudenOrganisaatiohistoria),
  lähdejärjestelmäkytkentäPurettu: LähdejärjestelmäkytkennänPurkaminen,
}

/**
 * A jakso class of KOSKI's union `VapaanSivistystyönOpiskeluoikeusjakso`, chosen for this päätaso by `@OnlyWhen`: its
 * criteria are KOSKI's — no other keys than its own (a null-valued one counts), `tila` (and `opintojenRahoitus` when
 * given) of its `@KoodistoKoodiarvo` values, `alku` present; otherwise `notAnyOf` at the jakso.
 */
function jaksoUnioni<C extends t.Mixed & { readonly known: ReadonlySet<string>; readonly fields: readonly string[] }>(
  luokka: C,
  päätaso: string,
  tilat: readonly string[],
  rahoitukset: readonly string[] | undefined,
  kohde: (typeof VST_RAKENNE)[keyof typeof VST_RAKENNE],
  /** The rule id of a `tila` of another value (VV-TILA-0 for vapaatavoitteinen), instead of S-6. */
  tilanSääntö?: string,
) {
  const valitsija = { field: 'suoritukset[0].tyyppi', koodistoUri: 'suorituksentyyppi', koodiarvo: päätaso }
  const koodinIssue = (field: string, uri: string, allowed: readonly string[], u: unknown): KoodiUnionIssue | undefined => {
    const poikkeama = koodinPoikkeama(u, allowed, uri)
    return poikkeama === undefined
      ? undefined
      : { errorType: 'notAnyOf', rule: koodinSääntö(poikkeama), union: 'koodi', field, koodistoUri: uri, allowed, poikkeama, annettu: annettuKoodi(u), kohde }
  }
  return dispatch(`VapaanSivistystyönOpiskeluoikeusjakso<${päätaso}>`, [luokka] as const, (u): C | SchemaIssue => {
    if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: luokka.name, kentät: luokka.fields, kohde }
    const key = vieras(u, luokka.known)
    if (key !== undefined) {
      return { errorType: 'notAnyOf', rule: 'S-8', union: 'kenttä', key: lainaus(key), luokka: luokka.name, kentät: luokka.fields, muissaJäsenissä: key === 'opintojenRahoitus', valitsija, kohde }
    }
    const tila = koodinIssue('tila', 'koskiopiskeluoikeudentila', tilat, getOwn(u, 'tila'))
    if (tila !== undefined) return tilanSääntö !== undefined && tila.rule === 'S-6' ? { ...tila, rule: tilanSääntö } : tila
    if (rahoitukset !== undefined && onAvain(u, 'opintojenRahoitus') && getOwn(u, 'opintojenRahoitus') !== null) {
      const rahoitus = koodinIssue('opintojenRahoitus', 'opintojenrahoitus', rahoitukset, getOwn(u, 'opintojenRahoitus'))
      if (rahoitus !== undefined) return rahoitus
    }
    if (!onAvain(u, 'alku')) return { errorType: 'notAnyOf', rule: 'S-8', union: 'pakollinen', key: 'alku', luokka: luokka.name, kohde }
    return luokka
  })
}

// ---------------------------------------------------------------------------------------------------------------
// VST JOTPA (suoritukset[0].tyyppi vstjotpakoulutus)

/** The states of a VST JOTPA jakso (koodisto koskiopiskeluoikeudentila). */
export const VST_JOTPA_TILAT = ['hyvaksytystisuoritettu', 'lasna', 'keskeytynyt', 'mitatoity'] as const
/** The rahoitus codes of a VST JOTPA jakso (koodisto opintojenrahoitus). */
export const VST_JOTPA_RAHOITUKSET = ['14', '15'] as const

const VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeusjaksoLuokka = strict(
  'VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeusjakso',
  { alku: Päivämäärä, tila: koodi('koskiopiskeluoikeudentila', VST_JOTPA_TILAT) },
  { opintojenRahoitus: koodi('opintojenrahoitus', VST_JOTPA_RAHOITUKSET) },
)
/** KOSKI's VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeusjakso, as the union member `@OnlyWhen` vstjotpakoulutus. */
export const VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeusjakso = jaksoUnioni(
  VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeusjaksoLuokka,
  'vstjotpakoulutus',
  VST_JOTPA_TILAT,
  VST_JOTPA_RAHOITUKSET,
  VST_RAKENNE.jotpaJakso,
)
export type VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeusjakso = t.TypeOf<typeof VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeusjaksoLuokka>

/** KOSKI's VapaanSivistystyöJotpaKoulutuksenArviointi: arvosana of `arviointiasteikkovstjotpa` (1–10) or `arviointiasteikkovst`. */
export const VapaanSivistystyöJotpaKoulutuksenArviointi = strict(
  'VapaanSivistystyöJotpaKoulutuksenArviointi',
  { arvosana: koodi(['arviointiasteikkovstjotpa', ARVIOINTIASTEIKKO_VST]), päivä: Päivämäärä },
  {},
  { synthetic: ['hyväksytty'] },
)
export type VapaanSivistystyöJotpaKoulutuksenArviointi = t.TypeOf<typeof VapaanSivistystyöJotpaKoulutuksenArviointi>

/** KOSKI's VapaanSivistystyönJotpaKoulutuksenOsasuoritus: a local module, laajuus optional. */
export const VapaanSivistystyönJotpaKoulutuksenOsasuoritus = strict(
  'VapaanSivistystyönJotpaKoulutuksenOsasuoritus',
  { tunniste: PaikallinenKoodi },
  { laajuus: LaajuusOpintopisteissä },
)

/** A decoded {@link VapaanSivistystyönJotpaKoulutuksenOsasuorituksenSuoritus} (recursive). */
export interface VapaanSivistystyönJotpaKoulutuksenOsasuorituksenSuoritus {
  readonly koulutusmoduuli: t.TypeOf<typeof VapaanSivistystyönJotpaKoulutuksenOsasuoritus>
  readonly tyyppi: t.TypeOf<ReturnType<typeof koodi>>
  readonly arviointi?: readonly VapaanSivistystyöJotpaKoulutuksenArviointi[]
  readonly osasuoritukset?: readonly VapaanSivistystyönJotpaKoulutuksenOsasuorituksenSuoritus[]
}

/** KOSKI's VapaanSivistystyönJotpaKoulutuksenOsasuorituksenSuoritus: recursive, no suorituskieli, no tunnustettu. */
export const VapaanSivistystyönJotpaKoulutuksenOsasuorituksenSuoritus = rekursiivinen<VapaanSivistystyönJotpaKoulutuksenOsasuorituksenSuoritus>(
  'VapaanSivistystyönJotpaKoulutuksenOsasuorituksenSuoritus',
  (self) =>
    strict(
      'VapaanSivistystyönJotpaKoulutuksenOsasuorituksenSuoritus',
      { koulutusmoduuli: VapaanSivistystyönJotpaKoulutuksenOsasuoritus, tyyppi: koodi('suorituksentyyppi', ['vstjotpakoulutuksenosasuoritus']) },
      { arviointi: lista(VapaanSivistystyöJotpaKoulutuksenArviointi), osasuoritukset: lista(self) },
      AIKALEIMAT,
    ),
)

/** KOSKI's VapaanSivistystyönJotpaKoulutus: koulutus 099999 with the opintokokonaisuus (required). */
export const VapaanSivistystyönJotpaKoulutus = strict(
  'VapaanSivistystyönJotpaKoulutus',
  { tunniste: koodi('koulutus', ['099999']), opintokokonaisuus: koodi('opintokokonaisuudet') },
  { koulutustyyppi: koodi('koulutustyyppi'), laajuus: LaajuusOpintopisteissä },
)

/** KOSKI's VapaanSivistystyönJotpaKoulutuksenSuoritus: the päätaso of a VST JOTPA study right. */
export const VapaanSivistystyönJotpaKoulutuksenSuoritus = strict(
  'VapaanSivistystyönJotpaKoulutuksenSuoritus',
  {
    toimipiste: OrganisaatioWithOid,
    tyyppi: koodi('suorituksentyyppi', ['vstjotpakoulutus']),
    koulutusmoduuli: VapaanSivistystyönJotpaKoulutus,
    suorituskieli: koodi('kieli'),
  },
  {
    vahvistus: HenkilövahvistusValinnaisellaPaikkakunnalla,
    osasuoritukset: lista(VapaanSivistystyönJotpaKoulutuksenOsasuorituksenSuoritus),
    todistuksellaNäkyvätLisätiedot: LocalizedString,
  },
  AIKALEIMAT,
)
export type VapaanSivistystyönJotpaKoulutuksenSuoritus = t.TypeOf<typeof VapaanSivistystyönJotpaKoulutuksenSuoritus>

/** KOSKI's VapaanSivistystyönOpiskeluoikeudenTila with the VST JOTPA jakso class. */
export const VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeudenTila = strict(
  'VapaanSivistystyönOpiskeluoikeudenTila',
  { opiskeluoikeusjaksot: lista(VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeusjakso, { min: 1 }) },
  {},
)

/** KOSKI's VapaanSivistystyönOpiskeluoikeus whose päätaso is `vstjotpakoulutus` (a VST JOTPA study right). */
export const VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeus = strict(
  'VapaanSivistystyönOpiskeluoikeus',
  {
    tyyppi: koodi('opiskeluoikeudentyyppi', ['vapaansivistystyonkoulutus']),
    tila: VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeudenTila,
    suoritukset: lista(VapaanSivistystyönJotpaKoulutuksenSuoritus, { min: 1, max: 1 }),
  },
  opiskeluoikeudenKentät,
  { synthetic: ['alkamispäivä', 'päättymispäivä'] },
)
export type VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeus = t.TypeOf<typeof VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeus>

// ---------------------------------------------------------------------------------------------------------------
// VST vapaatavoitteinen (suoritukset[0].tyyppi vstvapaatavoitteinenkoulutus)

/** The states of a vapaatavoitteinen jakso: only final ones (VV-TILA-0); the jakso has no `opintojenRahoitus`. */
export const VST_VAPAATAVOITTEINEN_TILAT = ['hyvaksytystisuoritettu', 'keskeytynyt', 'mitatoity'] as const

const VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeusjaksoLuokka = strict(
  'VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeusjakso',
  { alku: Päivämäärä, tila: koodi('koskiopiskeluoikeudentila', VST_VAPAATAVOITTEINEN_TILAT) },
  {},
)
/** KOSKI's VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeusjakso, the union member `@OnlyWhen` vstvapaatavoitteinenkoulutus. */
export const VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeusjakso = jaksoUnioni(
  VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeusjaksoLuokka,
  'vstvapaatavoitteinenkoulutus',
  VST_VAPAATAVOITTEINEN_TILAT,
  undefined,
  VST_RAKENNE.vapaatavoitteinenJakso,
  'VV-TILA-0',
)
export type VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeusjakso = t.TypeOf<typeof VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeusjaksoLuokka>

/** KOSKI's VapaanSivistystyöVapaatavoitteisenKoulutuksenArviointi: `arviointiasteikkovstvapaatavoitteinen` (1–10) or `arviointiasteikkovst`. */
export const VapaanSivistystyöVapaatavoitteisenKoulutuksenArviointi = strict(
  'VapaanSivistystyöVapaatavoitteisenKoulutuksenArviointi',
  { arvosana: koodi(['arviointiasteikkovstvapaatavoitteinen', ARVIOINTIASTEIKKO_VST]), päivä: Päivämäärä },
  {},
  { synthetic: ['hyväksytty'] },
)
export type VapaanSivistystyöVapaatavoitteisenKoulutuksenArviointi = t.TypeOf<typeof VapaanSivistystyöVapaatavoitteisenKoulutuksenArviointi>

/** KOSKI's VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuoritus: a local module with a description; laajuus required. */
export const VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuoritus = strict(
  'VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuoritus',
  { kuvaus: LocalizedString, tunniste: PaikallinenKoodi, laajuus: LaajuusOpintopisteissä },
  {},
)

/** A decoded {@link VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuorituksenSuoritus} (recursive). */
export interface VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuorituksenSuoritus {
  readonly koulutusmoduuli: t.TypeOf<typeof VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuoritus>
  readonly tyyppi: t.TypeOf<ReturnType<typeof koodi>>
  readonly arviointi?: readonly VapaanSivistystyöVapaatavoitteisenKoulutuksenArviointi[]
  readonly osasuoritukset?: readonly VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuorituksenSuoritus[]
}

/** KOSKI's VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuorituksenSuoritus: recursive. */
export const VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuorituksenSuoritus = rekursiivinen<VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuorituksenSuoritus>(
  'VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuorituksenSuoritus',
  (self) =>
    strict(
      'VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuorituksenSuoritus',
      { koulutusmoduuli: VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuoritus, tyyppi: koodi('suorituksentyyppi', ['vstvapaatavoitteisenkoulutuksenosasuoritus']) },
      { arviointi: lista(VapaanSivistystyöVapaatavoitteisenKoulutuksenArviointi), osasuoritukset: lista(self) },
      AIKALEIMAT,
    ),
)

/** KOSKI's VapaanSivistystyönVapaatavoitteinenKoulutus: koulutus 099999; opintokokonaisuus schema-optional (VV-OK-1 requires it). */
export const VapaanSivistystyönVapaatavoitteinenKoulutus = strict(
  'VapaanSivistystyönVapaatavoitteinenKoulutus',
  { tunniste: koodi('koulutus', ['099999']) },
  { koulutustyyppi: koodi('koulutustyyppi'), laajuus: LaajuusOpintopisteissä, opintokokonaisuus: koodi('opintokokonaisuudet') },
)

/** KOSKI's VapaanSivistystyönVapaatavoitteisenKoulutuksenSuoritus: the päätaso of a vapaatavoitteinen study right. */
export const VapaanSivistystyönVapaatavoitteisenKoulutuksenSuoritus = strict(
  'VapaanSivistystyönVapaatavoitteisenKoulutuksenSuoritus',
  {
    toimipiste: OrganisaatioWithOid,
    tyyppi: koodi('suorituksentyyppi', ['vstvapaatavoitteinenkoulutus']),
    koulutusmoduuli: VapaanSivistystyönVapaatavoitteinenKoulutus,
    suorituskieli: koodi('kieli'),
  },
  {
    vahvistus: HenkilövahvistusValinnaisellaPaikkakunnalla,
    osasuoritukset: lista(VapaanSivistystyönVapaatavoitteisenKoulutuksenOsasuorituksenSuoritus),
    todistuksellaNäkyvätLisätiedot: LocalizedString,
  },
  AIKALEIMAT,
)
export type VapaanSivistystyönVapaatavoitteisenKoulutuksenSuoritus = t.TypeOf<typeof VapaanSivistystyönVapaatavoitteisenKoulutuksenSuoritus>

/** KOSKI's VapaanSivistystyönOpiskeluoikeudenTila with the vapaatavoitteinen jakso class. */
export const VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeudenTila = strict(
  'VapaanSivistystyönOpiskeluoikeudenTila',
  { opiskeluoikeusjaksot: lista(VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeusjakso, { min: 1 }) },
  {},
)

/** KOSKI's VapaanSivistystyönOpiskeluoikeus whose päätaso is `vstvapaatavoitteinenkoulutus`. */
export const VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeus = strict(
  'VapaanSivistystyönOpiskeluoikeus',
  {
    tyyppi: koodi('opiskeluoikeudentyyppi', ['vapaansivistystyonkoulutus']),
    tila: VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeudenTila,
    suoritukset: lista(VapaanSivistystyönVapaatavoitteisenKoulutuksenSuoritus, { min: 1, max: 1 }),
  },
  opiskeluoikeudenKentät,
  { synthetic: ['alkamispäivä', 'päättymispäivä'] },
)
export type VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeus = t.TypeOf<typeof VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeus>
