/** KOSKI's common building blocks (catalogue §1.1), named after KOSKI's classes. */
import * as t from 'io-ts'
import { koodiOnKoodistossa, koodistonKoodit } from '../koodisto'
import { lainaus } from '../yksityisyys'
import {
  Kokonaisluku,
  Ohitettava,
  Päivämäärä,
  PäivämääräJaAika,
  Str,
  Totuusarvo,
  annettuKoodi,
  dispatch,
  getOwn,
  isRecord,
  failureOf,
  kokonaislukuVälillä,
  PUUTTUU,
  lue,
  lukijasta,
  virhe,
  lista,
  lukuSuurempiKuin,
  merkkijonona,
  onAvain,
  pattern,
  strict,
  type SchemaIssue,
} from './schema'

// ---------------------------------------------------------------------------------------------------------------
// Texts

/** A text in Finnish, Swedish and/or English (KOSKI's LocalizedString): at least one of `fi`, `sv`, `en`. */
export interface LocalizedString {
  readonly fi?: string
  readonly sv?: string
  readonly en?: string
}

const KIELET = ['fi', 'sv', 'en'] as const
const eiKieltä = (tuntematonKieli?: string): SchemaIssue =>
  tuntematonKieli === undefined
    ? { errorType: 'notAnyOf', rule: 'S-8', union: 'localizedString' }
    : { errorType: 'notAnyOf', rule: 'S-8', union: 'localizedString', tuntematonKieli: lainaus(tuntematonKieli) }

/**
 * KOSKI's `LocalizedString`, the union `Finnish {fi, sv?, en?} | Swedish {sv, en?} | English {en}`: the form is chosen
 * by the keys present (a key with the value null counts, as in KOSKI), so `{fi: null, sv: "x"}` is a Finnish text
 * without its `fi` (missingProperty at fi). A key other than fi/sv/en, no language at all, or a value that is not an
 * object → `notAnyOf`. Texts as in `Str` (no empty string; a number or boolean is read as its text).
 * Written out by hand: every koodi's `nimi` is one, so this is on the hot path.
 */
export const LocalizedString: t.Type<LocalizedString, LocalizedString, unknown> = lukijasta<LocalizedString>('LocalizedString', (u, c, virheet) => {
  if (!isRecord(u)) return virhe(virheet, u, c, eiKieltä())
  let fi = false
  let sv = false
  let en = false
  for (const key in u) {
    if (!ownKey.call(u, key)) continue // an inherited key: Object.keys would not list it
    if (key === 'fi') fi = true
    else if (key === 'sv') sv = true
    else if (key === 'en') en = true
    else return virhe(virheet, u, c, eiKieltä(key))
  }
  const pakollinen = fi ? 'fi' : sv ? 'sv' : en ? 'en' : undefined
  if (pakollinen === undefined) return virhe(virheet, u, c, eiKieltä())
  const alussa = virheet.length
  let muuttui = false
  for (const key of KIELET) {
    if (key === 'fi' ? !fi : key === 'sv' ? !sv : !en) continue
    const v = u[key]
    if (typeof v === 'string' && v.length > 0) continue
    if (v === null || v === undefined) {
      if (key === pakollinen) virheet.push(failureOf(v, t.appendContext(c, key, Str, v), PUUTTUU))
      else muuttui = true
      continue
    }
    const n = virheet.length
    lue(Str, v, t.appendContext(c, key, Str, v), virheet)
    if (virheet.length === n) muuttui = true
  }
  if (virheet.length > alussa || !muuttui) return u as LocalizedString
  const copy: Record<string, string> = {}
  for (const key of KIELET) {
    const s = merkkijonona(u[key])
    if (s !== undefined) copy[key] = s
  }
  return copy as LocalizedString
})

/** Whether `u` is a text that {@link LocalizedString} takes as it is: keys among fi, sv, en (one at least), each a non-empty string. */
const onValmisTeksti = (u: unknown): boolean => {
  if (!isRecord(u)) return false
  let kieliä = 0
  for (const key in u) {
    if (!ownKey.call(u, key)) continue // an inherited key: Object.keys would not list it
    if (key !== 'fi' && key !== 'sv' && key !== 'en') return false
    const v = u[key]
    if (typeof v !== 'string' || v.length === 0) return false
    kieliä++
  }
  return kieliä > 0
}

// ---------------------------------------------------------------------------------------------------------------
// Koodistokoodiviite

/** A reference to a code in a koodisto (KOSKI's Koodistokoodiviite): `koodistoUri` names the code list, `koodiarvo` the code. */
export interface Koodistokoodiviite {
  readonly koodiarvo: string
  readonly koodistoUri: string
  readonly koodistoVersio?: number
  readonly nimi?: LocalizedString
  readonly lyhytNimi?: LocalizedString
}

const KoodistokoodiviiteBase = strict(
  'Koodistokoodiviite',
  { koodiarvo: Str, koodistoUri: Str },
  // nimi and lyhytNimi are replaced from the koodisto, but KOSKI still reads them: they must be texts
  { koodistoVersio: Kokonaisluku, nimi: LocalizedString, lyhytNimi: LocalizedString },
)

const ownKey = Object.prototype.hasOwnProperty

/**
 * Whether `u` is the usual koodi, taken as it is without the general {@link strict} machinery (koodi() is the most
 * frequent object of a document): own keys among `koodiarvo`, `koodistoUri` (both present, non-empty strings), `nimi`
 * and `lyhytNimi` (texts that {@link LocalizedString} accepts as they are). Anything else — another key, a null, a
 * number for a text, `koodistoVersio`, a text that fails or changes — is not: the caller decodes it with
 * `KoodistokoodiviiteBase`, so the result and every finding are exactly that codec's.
 */
const onTavallinenKoodi = (u: unknown): u is Koodistokoodiviite => {
  if (!isRecord(u)) return false
  let nimi = false
  let lyhytNimi = false
  let pakolliset = 0
  for (const key in u) {
    if (!ownKey.call(u, key)) continue // an inherited key: Object.keys would not list it
    const v = u[key]
    if (key === 'koodiarvo' || key === 'koodistoUri') {
      if (typeof v !== 'string' || v.length === 0) return false
      pakolliset++
    } else if (key === 'nimi' || key === 'lyhytNimi') {
      if (!onValmisTeksti(v)) return false
      if (key === 'nimi') nimi = true
      else lyhytNimi = true
    } else return false
  }
  // an own key that Object.keys does not list (not enumerable) is still read by strict(): leave such a koodi to it
  return !(pakolliset !== 2 || ownKey.call(u, 'koodistoVersio') || (!nimi && ownKey.call(u, 'nimi')) || (!lyhytNimi && ownKey.call(u, 'lyhytNimi')))
}

/**
 * A `Koodistokoodiviite` whose `koodistoUri` is one of `uris` and whose `koodiarvo` is one of `allowed` (KOSKI's
 * `@KoodistoKoodiarvo`, `enumValueMismatch`) and exists in the shipped snapshot of that koodisto (`tuntematonKoodi`).
 * Koodistot not shipped (`oppilaitosnumero`, `lahdejarjestelma`, `opintokokonaisuudet`, `jotpaasianumero`, …) are
 * checked for shape only. The codec carries `allowed` as `koodiarvot` (a whole-class `@SensitiveData` is recognised by
 * its `tyyppi`'s koodiarvot: src/codecs/erityiset.ts).
 */
export function koodi(uris: string | readonly string[], allowed?: readonly string[]): KoodiType {
  const uriList = typeof uris === 'string' ? [uris] : uris
  const allowedSet = allowed === undefined ? undefined : new Set(allowed)
  const allowedList = allowedSet === undefined ? undefined : [...allowedSet]
  const name = `Koodistokoodiviite<${uriList.join('|')}${allowed === undefined ? '' : `:${allowed.join('|')}`}>`
  // of a codec of one koodisto (most are), the koodisto's codes, taken from the snapshot at the first code read
  // (undefined: not yet; null: not shipped): no lookup by the document's koodistoUri for each code
  const yksiUri = uriList.length === 1 ? uriList[0]! : undefined
  let yhdenKoodit: ReadonlySet<string> | null | undefined
  const type = lukijasta<Koodistokoodiviite>(name, (u, c, virheet) => {
    let base: Koodistokoodiviite
    if (onTavallinenKoodi(u)) base = u
    else {
      const n = virheet.length
      base = lue(KoodistokoodiviiteBase, u, c, virheet)
      if (virheet.length > n) return base
    }
    const { koodiarvo, koodistoUri } = base
    if (yksiUri !== undefined ? koodistoUri !== yksiUri : !uriList.includes(koodistoUri)) {
      return virhe(virheet, u, t.appendContext(c, 'koodistoUri', Str, koodistoUri), {
        errorType: 'enumValueMismatch',
        rule: 'S-5',
        field: 'koodistoUri',
        allowed: uriList,
        received: lainaus(koodistoUri),
      })
    }
    if (allowedSet !== undefined && !allowedSet.has(koodiarvo)) {
      return virhe(virheet, u, t.appendContext(c, 'koodiarvo', Str, koodiarvo), {
        errorType: 'enumValueMismatch',
        rule: 'S-6',
        field: 'koodiarvo',
        koodistoUri,
        allowed: allowedList!,
        received: lainaus(koodiarvo),
      })
    }
    if (yksiUri !== undefined && yhdenKoodit === undefined) yhdenKoodit = koodistonKoodit(yksiUri) ?? null
    const koodit = yksiUri === undefined ? koodistonKoodit(koodistoUri) : yhdenKoodit
    if (koodit !== undefined && koodit !== null && !koodit.has(koodiarvo)) {
      return virhe(virheet, u, t.appendContext(c, 'koodiarvo', Str, koodiarvo), { errorType: 'tuntematonKoodi', rule: 'S-7', koodistoUri, koodiarvo: lainaus(koodiarvo) })
    }
    return base
  })
  return Object.assign(type, { koodiarvot: allowedList })
}

/** The codec {@link koodi} returns: a `Koodistokoodiviite` type with its allowed koodiarvot (`undefined`: any of the koodisto). */
export type KoodiType = t.Type<Koodistokoodiviite, Koodistokoodiviite, unknown> & { readonly koodiarvot: readonly string[] | undefined }

// ---------------------------------------------------------------------------------------------------------------
// Local codes

const PaikallinenKoodiLuokka = strict('PaikallinenKoodi', { koodiarvo: Str, nimi: LocalizedString }, { koodistoUri: Str })
export type PaikallinenKoodi = Omit<t.TypeOf<typeof PaikallinenKoodiLuokka>, 'koodistoUri'>

/**
 * A local code `{ koodiarvo, nimi, koodistoUri? }`. KOSKI reads `koodistoUri` (a non-empty string) and then drops it,
 * so the decoded value has none: a local code is told from a koodisto code by that, and written `koodiarvo (nimi)` in
 * messages, as KOSKI writes it.
 */
export const PaikallinenKoodi: t.Type<PaikallinenKoodi, PaikallinenKoodi, unknown> = lukijasta<PaikallinenKoodi>('PaikallinenKoodi', (u, c, virheet) => {
  const n = virheet.length
  const r = lue(PaikallinenKoodiLuokka, u, c, virheet)
  if (virheet.length > n || r.koodistoUri === undefined) return r
  const { koodistoUri: _, ...ilman } = r
  return ilman
})

// ---------------------------------------------------------------------------------------------------------------
// Laajuus

/** `laajuus.arvo` > 0 (KOSKI's `@MinValueExclusive(0)`), reported at the arvo. */
const LaajuudenArvo = lukuSuurempiKuin(0, 'S-10')

const laajuus = (name: string, yksikkö: string) => strict(name, { arvo: LaajuudenArvo, yksikkö: koodi('opintojenlaajuusyksikko', [yksikkö]) }, {})

/** KOSKI's LaajuusViikoissa: a scope in weeks (`opintojenlaajuusyksikko` 8). */
export const LaajuusViikoissa = laajuus('LaajuusViikoissa', '8')
/** KOSKI's LaajuusOpintopisteissä: a scope in study credits (`opintojenlaajuusyksikko` 2). */
export const LaajuusOpintopisteissä = laajuus('LaajuusOpintopisteissä', '2')
/** KOSKI's LaajuusTunneissa: a scope in hours (`opintojenlaajuusyksikko` 5). */
export const LaajuusTunneissa = laajuus('LaajuusTunneissa', '5')
/** KOSKI's LaajuusOsaamispisteissä: a scope in competence points (`opintojenlaajuusyksikko` 6). */
export const LaajuusOsaamispisteissä = laajuus('LaajuusOsaamispisteissä', '6')
/** KOSKI's LaajuusKaikkiYksiköt: a scope in any unit of koodisto `opintojenlaajuusyksikko`. */
export const LaajuusKaikkiYksiköt = strict('LaajuusKaikkiYksiköt', { arvo: LaajuudenArvo, yksikkö: koodi('opintojenlaajuusyksikko') }, {})
/** A decoded scope (laajuus): `arvo` and its `yksikkö`. */
export type Laajuus = t.TypeOf<typeof LaajuusViikoissa>

// ---------------------------------------------------------------------------------------------------------------
// Periods

const loppuEnnenAlkua = (u: Record<string, unknown>): SchemaIssue | undefined => {
  const alku = u.alku
  const loppu = u.loppu
  if (typeof loppu !== 'string') return undefined
  if (typeof alku !== 'string') {
    return { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', loppu }
  }
  return loppu < alku ? { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', alku, loppu } : undefined
}

/** KOSKI's Aikajakso: a period from `alku`, open-ended without `loppu`; `loppu` before `alku` is an error (S-12). */
export const Aikajakso = strict('Aikajakso', { alku: Päivämäärä }, { loppu: Päivämäärä }, { refine: loppuEnnenAlkua })
/** A decoded {@link Aikajakso}. */
export type Aikajakso = t.TypeOf<typeof Aikajakso>

/** KOSKI's Ulkomaanjakso: a period abroad (an {@link Aikajakso} with the country and a description). */
export const Ulkomaanjakso = strict(
  'Ulkomaanjakso',
  { alku: Päivämäärä, maa: koodi('maatjavaltiot2'), kuvaus: LocalizedString },
  { loppu: Päivämäärä },
  { refine: loppuEnnenAlkua },
)

/** `osaAikaisuus` is an Int with 0 ≤ x < 100 (`@MinValue(0)`, `@MaxValueExclusive(100)`), reported at the number. */
export const OsaAikaisuusJakso = strict(
  'OsaAikaisuusJakso',
  { alku: Päivämäärä, osaAikaisuus: kokonaislukuVälillä(0, 100, 'S-11') },
  { loppu: Päivämäärä },
  { refine: loppuEnnenAlkua },
)

/** KOSKI's Maksuttomuus: a period during which the education is (`maksuton: true`) or is not free of charge. */
export const Maksuttomuus = strict('Maksuttomuus', { alku: Päivämäärä, maksuton: Totuusarvo }, { loppu: Päivämäärä }, { refine: loppuEnnenAlkua })
/** A decoded {@link Maksuttomuus} period. */
export type Maksuttomuus = t.TypeOf<typeof Maksuttomuus>

/** Not a KOSKI `Jakso`: `alku > loppu` is MK-PID-2, not a deserialization error. */
export const OikeuttaMaksuttomuuteenPidennetty = strict('OikeuttaMaksuttomuuteenPidennetty', { alku: Päivämäärä, loppu: Päivämäärä }, {})
export type OikeuttaMaksuttomuuteenPidennetty = t.TypeOf<typeof OikeuttaMaksuttomuuteenPidennetty>

// ---------------------------------------------------------------------------------------------------------------
// Organisations

/** The form of an organisation oid (`1.2.246.562.10.…`, also 99 and 199). */
export const ORGANISAATIO_OID = /^1\.2\.246\.562\.(10|99|199)\.\d{11,24}$/
/** The form of a learner's oid (`1.2.246.562.24.…`, also 98 and 198). */
export const HENKILÖ_OID = /^1\.2\.246\.562\.(24|98|198)\.\d{11}$/
/** The form of a business id (Y-tunnus), `1234567-8`. */
export const Y_TUNNUS = /^\d{7}-\d$/

const OrganisaatioOid = pattern('OrganisaatioOid', ORGANISAATIO_OID, 'S-13')
const YTunnus = pattern('YTunnus', Y_TUNNUS, 'S-14')

/** KOSKI's Oppilaitos (also a field of its own: `opiskeluoikeus.oppilaitos`). `nimi` is replaced by KOSKI but must be a text. */
export const Oppilaitos = strict(
  'Oppilaitos',
  { oid: OrganisaatioOid },
  { oppilaitosnumero: koodi('oppilaitosnumero'), nimi: LocalizedString, kotipaikka: koodi('kunta') },
)

/** KOSKI's Koulutustoimija (also `opiskeluoikeus.koulutustoimija`). */
export const Koulutustoimija = strict(
  'Koulutustoimija',
  { oid: OrganisaatioOid },
  { nimi: LocalizedString, yTunnus: YTunnus, kotipaikka: koodi('kunta') },
)

/** KOSKI's OidOrganisaatio: an organisation by its oid only. */
export const OidOrganisaatio = strict('OidOrganisaatio', { oid: OrganisaatioOid }, { nimi: LocalizedString, kotipaikka: koodi('kunta') })

/** KOSKI's Yritys: a company by its name and business id (Y-tunnus). */
export const Yritys = strict('Yritys', { nimi: LocalizedString, yTunnus: YTunnus }, {})
/** KOSKI's Tutkintotoimikunta: a qualification committee by its name and number. */
export const Tutkintotoimikunta = strict('Tutkintotoimikunta', { nimi: LocalizedString, tutkintotoimikunnanNumero: Str }, {})

/**
 * KOSKI's union criteria for an organisation with an oid, with their weights: Oppilaitos when `oppilaitosnumero` is a
 * koodi of koodisto oppilaitosnumero (10 300), else Koulutustoimija when `yTunnus` is there (200), else OidOrganisaatio
 * (100). (KOSKI's fourth class, Toimipiste, is left out of this choice.)
 */
const oidOrganisaationMuoto = (u: Record<string, unknown>): readonly [t.Mixed, number] | undefined => {
  if (!onAvain(u, 'oid')) return undefined
  const numero = getOwn(u, 'oppilaitosnumero')
  if (isRecord(numero) && onAvain(numero, 'koodiarvo') && merkkijonona(getOwn(numero, 'koodistoUri')) === 'oppilaitosnumero') return [Oppilaitos, 10300]
  return onAvain(u, 'yTunnus') ? [Koulutustoimija, 200] : [OidOrganisaatio, 100]
}

const eiMuotoa = (luokka: 'OrganisaatioWithOid' | 'Organisaatio', monitulkintainen = false): SchemaIssue => ({
  errorType: 'notAnyOf',
  rule: 'S-8',
  union: 'organisaatio',
  luokka,
  monitulkintainen,
})

/**
 * KOSKI's `OrganisaatioWithOid` (a päätaso `toimipiste`): one of Oppilaitos {oid, oppilaitosnumero?, nimi?, kotipaikka?},
 * Koulutustoimija {oid, nimi?, yTunnus?, kotipaikka?} or OidOrganisaatio {oid, nimi?, kotipaikka?}, chosen by KOSKI's
 * criteria; the chosen class' keys only (so `yTunnus` beside a valid `oppilaitosnumero` is unexpected). Without an
 * `oid` → `notAnyOf`. `kotipaikka` is a koodi of `kunta`.
 */
export const OrganisaatioWithOid = dispatch('OrganisaatioWithOid', [Oppilaitos, Koulutustoimija, OidOrganisaatio] as const, (u) => {
  if (!isRecord(u)) return eiMuotoa('OrganisaatioWithOid')
  const muoto = oidOrganisaationMuoto(u)
  return muoto === undefined ? eiMuotoa('OrganisaatioWithOid') : (muoto[0] as typeof OidOrganisaatio)
})
export type OrganisaatioWithOid = t.TypeOf<typeof OrganisaatioWithOid>

/**
 * KOSKI's `Organisaatio` (vahvistus `myöntäjäOrganisaatio`, a myöntäjähenkilö's `organisaatio`): the OrganisaatioWithOid
 * classes, Yritys {nimi, yTunnus} (weight 100) or Tutkintotoimikunta {nimi, tutkintotoimikunnanNumero} (100); the
 * matching class of most weight. No match, or two of equal weight (e.g. `oid` with `tutkintotoimikunnanNumero`, on
 * which KOSKI fails with an internal error) → `notAnyOf`.
 */
export const Organisaatio = dispatch('Organisaatio', [Oppilaitos, Koulutustoimija, OidOrganisaatio, Yritys, Tutkintotoimikunta] as const, (u) => {
  if (!isRecord(u)) return eiMuotoa('Organisaatio')
  const oidMuoto = oidOrganisaationMuoto(u)
  const yritys = onAvain(u, 'yTunnus')
  const toimikunta = onAvain(u, 'tutkintotoimikunnanNumero')
  // weights: Oppilaitos 10 300, Koulutustoimija 200 (these two beat every other), OidOrganisaatio, Yritys and Tutkintotoimikunta 100 each
  if (oidMuoto !== undefined && oidMuoto[1] > 100) return oidMuoto[0] as typeof OidOrganisaatio
  const sata = (oidMuoto === undefined ? 0 : 1) + (yritys ? 1 : 0) + (toimikunta ? 1 : 0)
  if (sata === 0) return eiMuotoa('Organisaatio')
  if (sata > 1) return eiMuotoa('Organisaatio', true)
  return oidMuoto !== undefined ? (oidMuoto[0] as typeof OidOrganisaatio) : yritys ? Yritys : Tutkintotoimikunta
})
export type Organisaatio = t.TypeOf<typeof Organisaatio>

/** KOSKI's Organisaatiohenkilö: a person signing for an organisation (name, title, organisation). */
export const Organisaatiohenkilö = strict('Organisaatiohenkilö', { nimi: Str, titteli: LocalizedString, organisaatio: Organisaatio }, {})

/** KOSKI's HenkilövahvistusValinnaisellaPaikkakunnalla: a confirmation (vahvistus) signed by named persons, the municipality optional. */
export const HenkilövahvistusValinnaisellaPaikkakunnalla = strict(
  'HenkilövahvistusValinnaisellaPaikkakunnalla',
  { päivä: Päivämäärä, myöntäjäOrganisaatio: Organisaatio, myöntäjäHenkilöt: lista(Organisaatiohenkilö, { min: 1 }) },
  { paikkakunta: koodi('kunta') },
)

/** KOSKI's OrganisaatiohenkilöValinnaisellaTittelillä: a person signing for an organisation, the title optional. */
export const OrganisaatiohenkilöValinnaisellaTittelillä = strict('OrganisaatiohenkilöValinnaisellaTittelillä', { nimi: Str, organisaatio: Organisaatio }, { titteli: LocalizedString })

/**
 * KOSKI's HenkilövahvistusValinnaisellaTittelilläJaValinnaisellaPaikkakunnalla (the one class of the trait
 * HenkilövahvistusValinnaisellaTittelillä): the confirmation of a tutkinnon osa, titles and municipality optional.
 */
export const HenkilövahvistusValinnaisellaTittelilläJaValinnaisellaPaikkakunnalla = strict(
  'HenkilövahvistusValinnaisellaTittelilläJaValinnaisellaPaikkakunnalla',
  { päivä: Päivämäärä, myöntäjäOrganisaatio: Organisaatio, myöntäjäHenkilöt: lista(OrganisaatiohenkilöValinnaisellaTittelillä, { min: 1 }) },
  { paikkakunta: koodi('kunta') },
)

/** KOSKI's Päivämäärävahvistus: a confirmation (vahvistus) by date and granting organisation only. */
export const Päivämäärävahvistus = strict('Päivämäärävahvistus', { päivä: Päivämäärä, myöntäjäOrganisaatio: Organisaatio }, {})

/**
 * `osaaminen` is any KOSKI suoritus: the union of every suoritus class, each told by its discriminator `tyyppi` (a code
 * of koodisto suorituksentyyppi). Only that much is checked here — a value with no such `tyyppi` fits no class
 * (`notAnyOf`); the class itself is not validated.
 */
const Osaaminen = dispatch('Suoritus', [Ohitettava] as const, (u) => {
  const tyyppi = getOwn(u, 'tyyppi')
  const annettu = annettuKoodi(tyyppi)
  const arvo = annettu.koodiarvo
  if (isRecord(u) && annettu.koodistoUri === 'suorituksentyyppi' && arvo !== undefined && koodiOnKoodistossa('suorituksentyyppi', arvo) !== false) return Ohitettava
  const poikkeama =
    !isRecord(u) || (arvo === undefined && annettu.koodistoUri === undefined)
      ? 'puuttuu'
      : annettu.koodistoUri !== 'suorituksentyyppi'
        ? 'koodistoUri'
        : arvo === undefined
          ? 'puuttuu'
          : 'koodiarvo'
  return { errorType: 'notAnyOf', rule: 'S-8', union: 'suoritus', poikkeama, annettu }
})

/** KOSKI's OsaamisenTunnustaminen: the recognition of prior learning for a completion. */
export const OsaamisenTunnustaminen = strict(
  'OsaamisenTunnustaminen',
  { selite: LocalizedString },
  { osaaminen: Osaaminen, rahoituksenPiirissä: Totuusarvo },
)

/** KOSKI's LähdejärjestelmäId: the source system (lähdejärjestelmä) and the study right's id in it. */
export const LähdejärjestelmäId = strict('LähdejärjestelmäId', { lähdejärjestelmä: koodi('lahdejarjestelma') }, { id: Str })
/** A decoded {@link LähdejärjestelmäId}. */
export type LähdejärjestelmäId = t.TypeOf<typeof LähdejärjestelmäId>

/** UI-only; a source system never sends it (G-LJ-3). `purettu` is a LocalDateTime. */
export const LähdejärjestelmäkytkennänPurkaminen = strict('LähdejärjestelmäkytkennänPurkaminen', { purettu: PäivämääräJaAika }, {})

/** KOSKI's SisältäväOpiskeluoikeus: the study right (of another oppilaitos) this one is part of. */
export const SisältäväOpiskeluoikeus = strict('SisältäväOpiskeluoikeus', { oppilaitos: Oppilaitos, oid: Str }, {})

/** KOSKI's Arvioitsija: an assessor by name. */
export const Arvioitsija = strict('Arvioitsija', { nimi: Str }, {})

/** A study right's organisation history: reset by KOSKI, but read first, so it must have this shape. */
export const OpiskeluoikeudenOrganisaatiohistoria = strict(
  'OpiskeluoikeudenOrganisaatiohistoria',
  { muutospäivä: Päivämäärä },
  { oppilaitos: Oppilaitos, koulutustoimija: Koulutustoimija },
)
