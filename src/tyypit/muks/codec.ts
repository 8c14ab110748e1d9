/**
 * MUKS — `MuunKuinSäännellynKoulutuksenOpiskeluoikeus` and its parts (catalogue §1.4), named after KOSKI's classes
 * (schema/MuuKuinSäänneltyKoulutus.scala; the osasuoritus' `Vahvistus` trait from schema/Vahvistus.scala).
 */
import * as t from 'io-ts'
import {
  HenkilövahvistusValinnaisellaTittelilläJaValinnaisellaPaikkakunnalla,
  Koulutustoimija,
  LaajuusTunneissa,
  LocalizedString,
  LähdejärjestelmäId,
  LähdejärjestelmäkytkennänPurkaminen,
  OpiskeluoikeudenOrganisaatiohistoria,
  Oppilaitos,
  Organisaatio,
  OrganisaatioWithOid,
  PaikallinenKoodi,
  Päivämäärävahvistus,
  koodi,
} from '../../codecs/common'
import {
  Kokonaisluku,
  Ohitettava,
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
  type SchemaIssue,
} from '../../codecs/schema'
import { lainaus } from '../../yksityisyys'
import { VAIN_LUOTTAMUKSELLINEN as K } from '../../codecs/erityiset'
import { MUKS_RAKENNE } from './rakenne'

// ---------------------------------------------------------------------------------------------------------------
// Tila

/** The study-right statuses a MUKS study right may have (koodisto `koskiopiskeluoikeudentila`). */
export const MUKS_TILAT = ['lasna', 'hyvaksytystisuoritettu', 'keskeytynyt', 'mitatoity'] as const
/** The funding codes a MUKS period may have (koodisto `opintojenrahoitus`): the JOTPA ones. */
export const MUKS_RAHOITUKSET = ['14', '15'] as const

/** KOSKI's MuunKuinSäännellynKoulutuksenOpiskeluoikeudenJakso: one period of a MUKS study right's status. */
export const MuunKuinSäännellynKoulutuksenOpiskeluoikeudenJakso = strict(
  'MuunKuinSäännellynKoulutuksenOpiskeluoikeudenJakso',
  { tila: koodi('koskiopiskeluoikeudentila', MUKS_TILAT), alku: Päivämäärä },
  { opintojenRahoitus: koodi('opintojenrahoitus', MUKS_RAHOITUKSET) },
)
/** A decoded {@link MuunKuinSäännellynKoulutuksenOpiskeluoikeudenJakso}. */
export type MuunKuinSäännellynKoulutuksenOpiskeluoikeudenJakso = t.TypeOf<typeof MuunKuinSäännellynKoulutuksenOpiskeluoikeudenJakso>

/**
 * KOSKI's MuunKuinSäännellynKoulutuksenTila. Its list has **no** `@MinItems` in KOSKI's schema (an empty list passes
 * deserialisation, then KOSKI fails with an internal error reading the last jakso): M-TILA-1 reports it, not the codec.
 */
export const MuunKuinSäännellynKoulutuksenTila = strict(
  'MuunKuinSäännellynKoulutuksenTila',
  { opiskeluoikeusjaksot: lista(MuunKuinSäännellynKoulutuksenOpiskeluoikeudenJakso) },
  {},
)

// ---------------------------------------------------------------------------------------------------------------
// Lisätiedot

/** The free-education fields of other types' lisätiedot (KOSKI's `MaksuttomuusTieto`), which MUKS does not have (M-MK-1). */
export const MAKSUTTOMUUDEN_KENTÄT: ReadonlySet<string> = new Set(['maksuttomuus', 'oikeuttaMaksuttomuuteenPidennetty'])
const LISÄTIETOJEN_KENTÄT: readonly string[] = Object.freeze(['jotpaAsianumero'])

/** KOSKI's MuunKuinSäännellynKoulutuksenLisätiedot: only `jotpaAsianumero` (`@SensitiveData`, trait JotpaAsianumero); no free-education fields (M-MK-1). */
export const MuunKuinSäännellynKoulutuksenLisätiedot = strict(
  'MuunKuinSäännellynKoulutuksenLisätiedot',
  {},
  { jotpaAsianumero: koodi('jotpaasianumero') },
  {
    sensitive: { jotpaAsianumero: K },
    // M-MK-1: a free-education field is an unknown key of this class, told apart from other unknown keys by its rule id
    unknownKey: (key) => ({
      errorType: 'unexpectedProperty',
      rule: MAKSUTTOMUUDEN_KENTÄT.has(key) ? 'M-MK-1' : 'S-1',
      key: lainaus(key),
      luokka: 'MuunKuinSäännellynKoulutuksenLisätiedot',
      kentät: LISÄTIETOJEN_KENTÄT,
    }),
  },
)
/** A decoded {@link MuunKuinSäännellynKoulutuksenLisätiedot}. */
export type MuunKuinSäännellynKoulutuksenLisätiedot = t.TypeOf<typeof MuunKuinSäännellynKoulutuksenLisätiedot>

// ---------------------------------------------------------------------------------------------------------------
// Arviointi

/** The grades of a MUKS assessment (koodisto `arviointiasteikkomuks`). */
export const MUKS_ARVOSANAT = ['1', '2', '3', '4', '5', 'hyvaksytty', 'hylatty'] as const

/**
 * KOSKI's MuunKuinSäännellynKoulutuksenArviointi: a grade of `arviointiasteikkomuks` and an optional date, named
 * `arviointipäivä` (not `päivä` as elsewhere). Accepted (KOSKI's `hyväksytty`) unless the grade is `hylatty`.
 */
export const MuunKuinSäännellynKoulutuksenArviointi = strict(
  'MuunKuinSäännellynKoulutuksenArviointi',
  { arvosana: koodi('arviointiasteikkomuks') },
  { arviointipäivä: Päivämäärä },
  { synthetic: ['hyväksytty'] },
)
/** A decoded {@link MuunKuinSäännellynKoulutuksenArviointi}. */
export type MuunKuinSäännellynKoulutuksenArviointi = t.TypeOf<typeof MuunKuinSäännellynKoulutuksenArviointi>

/** KOSKI's `MuunKuinSäännellynKoulutuksenArviointi.hyväksytty`: every grade but `hylatty`. */
export const muksArvosanaHyväksytty = (arvosana: { readonly koodiarvo: string }): boolean => arvosana.koodiarvo !== 'hylatty'

const Arvioinnit = lista(MuunKuinSäännellynKoulutuksenArviointi)

// ---------------------------------------------------------------------------------------------------------------
// The osasuoritus' vahvistus: KOSKI's trait Vahvistus

/** KOSKI's PäivämäärävahvistusPaikkakunnalla (and Organisaatiovahvistus, of the same fields): date, municipality, organisation. */
export const PäivämäärävahvistusPaikkakunnalla = strict(
  'PäivämäärävahvistusPaikkakunnalla',
  { päivä: Päivämäärä, paikkakunta: koodi('kunta'), myöntäjäOrganisaatio: Organisaatio },
  {},
)

const VAHVISTUKSEN_KENTÄT = new Set(['päivä', 'myöntäjäOrganisaatio', 'myöntäjäHenkilöt', 'paikkakunta'])
const VAHVISTUKSEN_KENTÄLISTA = [...VAHVISTUKSEN_KENTÄT]

/**
 * KOSKI's trait `Vahvistus` (a MUKS osasuoritus' `vahvistus`): six classes without a discriminator, told apart by their
 * fields (KOSKI's "no other properties than" and required properties). With `myöntäjäHenkilöt`: a person-signed
 * vahvistus (read as HenkilövahvistusValinnaisellaTittelilläJaValinnaisellaPaikkakunnalla, whose signers' titles and
 * municipality are optional: never stricter than KOSKI);
 * without, with `paikkakunta`: PäivämäärävahvistusPaikkakunnalla / Organisaatiovahvistus (same fields); else
 * Päivämäärävahvistus. A key of no class, or a missing `päivä` / `myöntäjäOrganisaatio`, fits no class: `notAnyOf`.
 */
export const Vahvistus = dispatch(
  'Vahvistus',
  [Päivämäärävahvistus, PäivämäärävahvistusPaikkakunnalla, HenkilövahvistusValinnaisellaTittelilläJaValinnaisellaPaikkakunnalla] as const,
  (u) => {
    const kohde = MUKS_RAKENNE.osasuorituksenVahvistus
    if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: 'Vahvistus', kentät: VAHVISTUKSEN_KENTÄLISTA, kohde }
    const key = vieras(u, VAHVISTUKSEN_KENTÄT)
    if (key !== undefined) return { errorType: 'notAnyOf', rule: 'S-8', union: 'kenttä', key: lainaus(key), luokka: 'Vahvistus', kentät: VAHVISTUKSEN_KENTÄLISTA, muissaJäsenissä: false, kohde }
    for (const pakollinen of ['päivä', 'myöntäjäOrganisaatio']) {
      if (!onAvain(u, pakollinen)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'pakollinen', key: pakollinen, luokka: 'Vahvistus', kohde }
    }
    if (onAvain(u, 'myöntäjäHenkilöt')) return HenkilövahvistusValinnaisellaTittelilläJaValinnaisellaPaikkakunnalla
    return onAvain(u, 'paikkakunta') ? PäivämäärävahvistusPaikkakunnalla : Päivämäärävahvistus
  },
)

// ---------------------------------------------------------------------------------------------------------------
// Osasuoritukset (recursive)

/**
 * How deep osasuoritukset are read under the päätaso: 500 levels, as for VST. A document nested deeper is more than
 * 1000 JSON levels deep, which KOSKI's JSON parser (Jackson's `maxNestingDepth`) refuses before any schema check
 * (`badRequest.format.json`, S-16): one finding at the first too-deep osasuoritus, and nothing inside it is read, so the
 * recursion of the codec and of every rule stays bounded whatever the input.
 */
export const MUKS_OSASUORITUSTEN_ENIMMÄISSYVYYS = 500

/** KOSKI's MuunKuinSäännellynKoulutuksenOsasuorituksenKoulutusmoduuli: a local module with a description and a scope in hours. */
export const MuunKuinSäännellynKoulutuksenOsasuorituksenKoulutusmoduuli = strict(
  'MuunKuinSäännellynKoulutuksenOsasuorituksenKoulutusmoduuli',
  { kuvaus: LocalizedString, tunniste: PaikallinenKoodi, laajuus: LaajuusTunneissa },
  {},
)

/** A decoded {@link MuunKuinSäännellynKoulutuksenOsasuoritus}: its own osasuoritukset are of the same class. */
export interface MuunKuinSäännellynKoulutuksenOsasuoritus {
  readonly koulutusmoduuli: t.TypeOf<typeof MuunKuinSäännellynKoulutuksenOsasuorituksenKoulutusmoduuli>
  readonly tyyppi: { readonly koodiarvo: string; readonly koodistoUri: string }
  readonly vahvistus?: t.TypeOf<typeof Vahvistus>
  readonly arviointi?: readonly MuunKuinSäännellynKoulutuksenArviointi[]
  readonly osasuoritukset?: readonly MuunKuinSäännellynKoulutuksenOsasuoritus[]
}

/** The osasuoritukset of a MUKS suoritus, at most {@link MUKS_OSASUORITUSTEN_ENIMMÄISSYVYYS} levels deep. */
const Osasuoritukset = (syvyys: number): t.Type<readonly MuunKuinSäännellynKoulutuksenOsasuoritus[], readonly MuunKuinSäännellynKoulutuksenOsasuoritus[], unknown> => {
  let lista_: t.Type<readonly MuunKuinSäännellynKoulutuksenOsasuoritus[], readonly MuunKuinSäännellynKoulutuksenOsasuoritus[], unknown> | undefined
  const name = 'Array<MuunKuinSäännellynKoulutuksenOsasuoritus>'
  return new t.Type(
    name,
    (u): u is readonly MuunKuinSäännellynKoulutuksenOsasuoritus[] => Array.isArray(u),
    (u, c) => {
      if (syvyys >= MUKS_OSASUORITUSTEN_ENIMMÄISSYVYYS && Array.isArray(u) && u.length > 0) {
        // below the deepest level read: S-16 at its first osasuoritus, nothing inside read
        return fail(u[0], t.appendContext(c, '0', Ohitettava, u[0]), { errorType: 'liianSyvä', rule: 'S-16', limit: MUKS_OSASUORITUSTEN_ENIMMÄISSYVYYS })
      }
      // built when first needed (the class of the next level), so no module-scope work beyond the first level
      return (lista_ ??= lista(osasuoritusTasolla(syvyys + 1))).validate(u, c)
    },
    (a) => a,
  )
}

const OSASUORITUKSEN_TYYPIT = ['muunkuinsaannellynkoulutuksenosasuoritus'] as const

/** KOSKI's MuunKuinSäännellynKoulutuksenOsasuoritus at one depth (1 = directly under the päätaso). */
const osasuoritusLuokka = (syvyys: number) =>
  strict(
    'MuunKuinSäännellynKoulutuksenOsasuoritus',
    { koulutusmoduuli: MuunKuinSäännellynKoulutuksenOsasuorituksenKoulutusmoduuli, tyyppi: koodi('suorituksentyyppi', OSASUORITUKSEN_TYYPIT) },
    { vahvistus: Vahvistus, arviointi: Arvioinnit, osasuoritukset: Osasuoritukset(syvyys) },
    { synthetic: ['tila'] },
  )

const tasot: t.Type<MuunKuinSäännellynKoulutuksenOsasuoritus, MuunKuinSäännellynKoulutuksenOsasuoritus, unknown>[] = []
/** The osasuoritus class at depth `syvyys`, made once per depth when first reached. */
const osasuoritusTasolla = (syvyys: number): t.Type<MuunKuinSäännellynKoulutuksenOsasuoritus, MuunKuinSäännellynKoulutuksenOsasuoritus, unknown> =>
  (tasot[syvyys] ??= osasuoritusLuokka(syvyys) as unknown as t.Type<MuunKuinSäännellynKoulutuksenOsasuoritus, MuunKuinSäännellynKoulutuksenOsasuoritus, unknown>)

/** KOSKI's MuunKuinSäännellynKoulutuksenOsasuoritus (the first level; deeper ones are the same class). */
export const MuunKuinSäännellynKoulutuksenOsasuoritus = osasuoritusLuokka(1)

// ---------------------------------------------------------------------------------------------------------------
// Päätason suoritus

/**
 * KOSKI's MuuKuinSäänneltyKoulutus: the education (koulutus 999951), its ePerusteet opintokokonaisuus (koodisto
 * `opintokokonaisuudet`, a live list: its shape only is checked here) and an optional scope in hours. KOSKI's
 * description calls the laajuus computed from the osasuoritukset, but KOSKI does not compute it (M-LAAJ-1 compares it).
 */
export const MuuKuinSäänneltyKoulutus = strict(
  'MuuKuinSäänneltyKoulutus',
  { tunniste: koodi('koulutus', ['999951']), opintokokonaisuus: koodi('opintokokonaisuudet') },
  { koulutustyyppi: koodi('koulutustyyppi'), laajuus: LaajuusTunneissa },
)

/** KOSKI's MuunKuinSäännellynKoulutuksenPäätasonSuoritus: the main completion of a MUKS study right (`MahdollisestiArvioinniton`: it may have an arviointi). */
export const MuunKuinSäännellynKoulutuksenPäätasonSuoritusLuokka = strict(
  'MuunKuinSäännellynKoulutuksenPäätasonSuoritus',
  {
    koulutusmoduuli: MuuKuinSäänneltyKoulutus,
    tyyppi: koodi('suorituksentyyppi', ['muukuinsaanneltykoulutus']),
    toimipiste: OrganisaatioWithOid,
    suorituskieli: koodi('kieli'),
  },
  { vahvistus: Päivämäärävahvistus, osasuoritukset: Osasuoritukset(0), arviointi: Arvioinnit },
  { synthetic: ['tila'] },
)

const PÄÄTASON_TYYPIT = ['muukuinsaanneltykoulutus'] as const

/**
 * KOSKI types `suoritukset` by the trait `KoskeenTallennettavaPäätasonSuoritus`, whose MUKS member is told by its
 * discriminator `tyyppi` (suorituksentyyppi/muukuinsaanneltykoulutus): a missing or other tyyppi is `notAnyOf` at the
 * päätaso, and nothing inside it is reported.
 */
export const MuunKuinSäännellynKoulutuksenPäätasonSuoritus = dispatch(
  'MuunKuinSäännellynKoulutuksenPäätasonSuoritus',
  [MuunKuinSäännellynKoulutuksenPäätasonSuoritusLuokka] as const,
  (u): typeof MuunKuinSäännellynKoulutuksenPäätasonSuoritusLuokka | SchemaIssue => {
    const tyyppi = getOwn(u, 'tyyppi')
    const poikkeama = koodinPoikkeama(tyyppi, PÄÄTASON_TYYPIT, 'suorituksentyyppi')
    return poikkeama === undefined
      ? MuunKuinSäännellynKoulutuksenPäätasonSuoritusLuokka
      : { errorType: 'notAnyOf', rule: koodinSääntö(poikkeama), union: 'suoritus', allowed: PÄÄTASON_TYYPIT, poikkeama, annettu: annettuKoodi(tyyppi), kohde: MUKS_RAKENNE.päätasonSuoritus }
  },
)
/** A decoded {@link MuunKuinSäännellynKoulutuksenPäätasonSuoritus}. */
export type MuunKuinSäännellynKoulutuksenPäätasonSuoritus = t.TypeOf<typeof MuunKuinSäännellynKoulutuksenPäätasonSuoritus>

// ---------------------------------------------------------------------------------------------------------------
// Opiskeluoikeus

/** KOSKI's MuunKuinSäännellynKoulutuksenOpiskeluoikeus: a MUKS study right (opiskeluoikeus), `tyyppi` `muukuinsaanneltykoulutus`. */
export const MuunKuinSäännellynKoulutuksenOpiskeluoikeus = strict(
  'MuunKuinSäännellynKoulutuksenOpiskeluoikeus',
  {
    tyyppi: koodi('opiskeluoikeudentyyppi', ['muukuinsaanneltykoulutus']),
    tila: MuunKuinSäännellynKoulutuksenTila,
    suoritukset: lista(MuunKuinSäännellynKoulutuksenPäätasonSuoritus, { min: 1, max: 1 }),
  },
  {
    oid: Str,
    versionumero: Kokonaisluku,
    aikaleima: PäivämääräJaAika,
    lähdejärjestelmänId: LähdejärjestelmäId,
    oppilaitos: Oppilaitos,
    koulutustoimija: Koulutustoimija,
    arvioituPäättymispäivä: Päivämäärä,
    lisätiedot: MuunKuinSäännellynKoulutuksenLisätiedot,
    organisaatiohistoria: lista(OpiskeluoikeudenOrganisaatiohistoria),
    lähdejärjestelmäkytkentäPurettu: LähdejärjestelmäkytkennänPurkaminen,
  },
  { synthetic: ['alkamispäivä', 'päättymispäivä'] },
)
/** A decoded {@link MuunKuinSäännellynKoulutuksenOpiskeluoikeus}. */
export type MuunKuinSäännellynKoulutuksenOpiskeluoikeus = t.TypeOf<typeof MuunKuinSäännellynKoulutuksenOpiskeluoikeus>

