/** KOSKI's common building blocks (catalogue §1.1), named after KOSKI's classes. */
import * as t from 'io-ts'
import { koodiOnKoodistossa } from '../koodisto'
import {
  Kokonaisluku,
  Luku,
  Ohitettava,
  Päivämäärä,
  Str,
  Totuusarvo,
  dispatch,
  fail,
  getOwn,
  isRecord,
  lista,
  pattern,
  strict,
  type SchemaIssue,
} from './schema'

// ---------------------------------------------------------------------------------------------------------------
// Koodistokoodiviite

export interface Koodistokoodiviite {
  readonly koodiarvo: string
  readonly koodistoUri: string
  readonly koodistoVersio?: number
  readonly nimi?: unknown
  readonly lyhytNimi?: unknown
}

const KoodistokoodiviiteBase = strict(
  'Koodistokoodiviite',
  { koodiarvo: Str, koodistoUri: Str },
  { koodistoVersio: Kokonaisluku, nimi: Ohitettava, lyhytNimi: Ohitettava },
)

/**
 * A `Koodistokoodiviite` whose `koodistoUri` is one of `uris` and whose `koodiarvo` is one of `allowed` (KOSKI's
 * `@KoodistoKoodiarvo`, `enumValueMismatch`) and exists in the shipped snapshot of that koodisto (`tuntematonKoodi`).
 * Koodistot not shipped (`oppilaitosnumero`, `lahdejarjestelma`, `opintokokonaisuudet`, `jotpaasianumero`, …) are
 * checked for shape only.
 */
export function koodi(uris: string | readonly string[], allowed?: readonly string[]): t.Type<Koodistokoodiviite, Koodistokoodiviite, unknown> {
  const uriList = typeof uris === 'string' ? [uris] : uris
  const allowedSet = allowed === undefined ? undefined : new Set(allowed)
  const name = `Koodistokoodiviite<${uriList.join('|')}${allowed === undefined ? '' : `:${allowed.join('|')}`}>`
  return new t.Type<Koodistokoodiviite, Koodistokoodiviite, unknown>(
    name,
    (u): u is Koodistokoodiviite => isRecord(u) && typeof u.koodiarvo === 'string' && uriList.includes(String(u.koodistoUri)),
    (u, c) => {
      const base = KoodistokoodiviiteBase.validate(u, c)
      if (base._tag === 'Left') return base
      const { koodiarvo, koodistoUri } = base.right
      if (!uriList.includes(koodistoUri)) {
        return fail(u, t.appendContext(c, 'koodistoUri', Str, koodistoUri), {
          errorType: 'enumValueMismatch',
          rule: 'S-5',
          detail: { allowed: uriList.join(', '), value: koodistoUri },
        })
      }
      if (allowedSet !== undefined && !allowedSet.has(koodiarvo)) {
        return fail(u, t.appendContext(c, 'koodiarvo', Str, koodiarvo), {
          errorType: 'enumValueMismatch',
          rule: 'S-6',
          detail: { allowed: [...allowedSet].join(', '), value: koodiarvo, koodistoUri },
        })
      }
      if (koodiOnKoodistossa(koodistoUri, koodiarvo) === false) {
        return fail(u, t.appendContext(c, 'koodiarvo', Str, koodiarvo), {
          errorType: 'tuntematonKoodi',
          rule: 'S-7',
          detail: { koodistoUri, koodiarvo },
        })
      }
      return base
    },
    (a) => a,
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Texts and local codes

export interface LocalizedString {
  readonly fi?: string
  readonly sv?: string
  readonly en?: string
}

const kielet = ['fi', 'sv', 'en'] as const

/** `{fi, sv?, en?} | {sv, en?} | {en}`: at least one language, no empty strings, no other keys (else `notAnyOf`). */
export const LocalizedString = new t.Type<LocalizedString, LocalizedString, unknown>(
  'LocalizedString',
  (u): u is LocalizedString => isRecord(u) && kielet.some((k) => typeof u[k] === 'string'),
  (u, c) => {
    if (!isRecord(u)) return fail(u, c, { errorType: 'unexpectedType', rule: 'S-2', detail: { expected: 'object', actual: Array.isArray(u) ? 'array' : u === null ? 'null' : typeof u } })
    let any = false
    for (const key of Object.keys(u)) {
      const v = u[key]
      if (v === null || v === undefined) continue
      if (key !== 'fi' && key !== 'sv' && key !== 'en') {
        return fail(u, c, { errorType: 'notAnyOf', rule: 'S-8', detail: { what: 'LocalizedString', key } })
      }
      const r = Str.validate(v, t.appendContext(c, key, Str, v))
      if (r._tag === 'Left') return r
      any = true
    }
    return any ? t.success(u as LocalizedString) : fail(u, c, { errorType: 'notAnyOf', rule: 'S-8', detail: { what: 'LocalizedString' } })
  },
  (a) => a,
)

export const PaikallinenKoodi = strict('PaikallinenKoodi', { koodiarvo: Str, nimi: LocalizedString }, { koodistoUri: Ohitettava })
export type PaikallinenKoodi = t.TypeOf<typeof PaikallinenKoodi>

// ---------------------------------------------------------------------------------------------------------------
// Laajuus

const positive = (u: unknown): SchemaIssue | undefined => {
  const arvo = getOwn(u, 'arvo')
  return typeof arvo === 'number' && !(arvo > 0)
    ? { errorType: 'smallerThanOrEqualToExclusiveMinimumValue', rule: 'S-10', detail: { limit: 0 } }
    : undefined
}

const laajuus = (name: string, yksikkö: string) =>
  strict(name, { arvo: Luku, yksikkö: koodi('opintojenlaajuusyksikko', [yksikkö]) }, {}, { refine: positive })

export const LaajuusViikoissa = laajuus('LaajuusViikoissa', '8')
export const LaajuusOpintopisteissä = laajuus('LaajuusOpintopisteissä', '2')
export const LaajuusTunneissa = laajuus('LaajuusTunneissa', '5')
export const LaajuusOsaamispisteissä = laajuus('LaajuusOsaamispisteissä', '6')
export type Laajuus = t.TypeOf<typeof LaajuusViikoissa>

// ---------------------------------------------------------------------------------------------------------------
// Periods

const loppuEnnenAlkua = (u: Record<string, unknown>): SchemaIssue | undefined => {
  const alku = u.alku
  const loppu = u.loppu
  if (typeof loppu !== 'string') return undefined
  if (typeof alku !== 'string') {
    return { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', detail: { alku: '', loppu } }
  }
  return loppu < alku ? { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', detail: { alku, loppu } } : undefined
}

export const Aikajakso = strict('Aikajakso', { alku: Päivämäärä }, { loppu: Päivämäärä }, { refine: loppuEnnenAlkua })
export type Aikajakso = t.TypeOf<typeof Aikajakso>

export const Ulkomaanjakso = strict(
  'Ulkomaanjakso',
  { alku: Päivämäärä, maa: koodi('maatjavaltiot2'), kuvaus: LocalizedString },
  { loppu: Päivämäärä },
  { refine: loppuEnnenAlkua },
)

const osaAikaisuusRange = (u: Record<string, unknown>): SchemaIssue | undefined => {
  const x = u.osaAikaisuus
  if (typeof x === 'number') {
    if (x < 0) return { errorType: 'smallerThanMinimumValue', rule: 'S-11', detail: { limit: 0 } }
    if (x >= 100) return { errorType: 'greaterThanOrEqualToExclusiveMaximumValue', rule: 'S-11', detail: { limit: 100 } }
  }
  return loppuEnnenAlkua(u)
}

export const OsaAikaisuusJakso = strict(
  'OsaAikaisuusJakso',
  { alku: Päivämäärä, osaAikaisuus: Kokonaisluku },
  { loppu: Päivämäärä },
  { refine: osaAikaisuusRange },
)

export const Maksuttomuus = strict('Maksuttomuus', { alku: Päivämäärä, maksuton: Totuusarvo }, { loppu: Päivämäärä }, { refine: loppuEnnenAlkua })
export type Maksuttomuus = t.TypeOf<typeof Maksuttomuus>

/** Not a KOSKI `Jakso`: `alku > loppu` is MK-PID-2, not a deserialization error. */
export const OikeuttaMaksuttomuuteenPidennetty = strict('OikeuttaMaksuttomuuteenPidennetty', { alku: Päivämäärä, loppu: Päivämäärä }, {})
export type OikeuttaMaksuttomuuteenPidennetty = t.TypeOf<typeof OikeuttaMaksuttomuuteenPidennetty>

// ---------------------------------------------------------------------------------------------------------------
// Organisations

export const ORGANISAATIO_OID = /^1\.2\.246\.562\.(10|99|199)\.\d{11,24}$/
export const HENKILÖ_OID = /^1\.2\.246\.562\.(24|98|198)\.\d{11}$/
export const Y_TUNNUS = /^\d{7}-\d$/

const OrganisaatioOid = pattern('OrganisaatioOid', ORGANISAATIO_OID, 'S-13')
const YTunnus = pattern('YTunnus', Y_TUNNUS, 'S-14')

export const Oppilaitos = strict(
  'Oppilaitos',
  { oid: OrganisaatioOid },
  { oppilaitosnumero: koodi('oppilaitosnumero'), nimi: Ohitettava, kotipaikka: koodi('kunta') },
)

export const Koulutustoimija = strict(
  'Koulutustoimija',
  { oid: OrganisaatioOid },
  { nimi: Ohitettava, yTunnus: YTunnus, kotipaikka: koodi('kunta') },
)

/** Any organisation by oid (KOSKI resolves it to Oppilaitos, Koulutustoimija, Toimipiste or OidOrganisaatio). */
export const OrganisaatioWithOid = strict(
  'OrganisaatioWithOid',
  { oid: OrganisaatioOid },
  { nimi: Ohitettava, kotipaikka: koodi('kunta'), oppilaitosnumero: koodi('oppilaitosnumero'), yTunnus: YTunnus },
)

export const Yritys = strict('Yritys', { nimi: LocalizedString, yTunnus: YTunnus }, {})
export const Tutkintotoimikunta = strict('Tutkintotoimikunta', { nimi: LocalizedString, tutkintotoimikunnanNumero: Str }, {})

/** `OrganisaatioWithOid | Yritys | Tutkintotoimikunta`, told apart by their keys. */
/** Whether `u` has the field with a value (`null` counts as absent, as in KOSKI). */
const annettu = (u: unknown, key: string): boolean => getOwn(u, key) != null

export const Organisaatio = dispatch('Organisaatio', [OrganisaatioWithOid, Yritys, Tutkintotoimikunta] as const, (u) =>
  annettu(u, 'oid') || !isRecord(u)
    ? OrganisaatioWithOid
    : annettu(u, 'tutkintotoimikunnanNumero')
      ? Tutkintotoimikunta
      : annettu(u, 'yTunnus')
        ? Yritys
        : { errorType: 'notAnyOf', rule: 'S-8', detail: { what: 'Organisaatio' } },
)

export const Organisaatiohenkilö = strict('Organisaatiohenkilö', { nimi: Str, titteli: LocalizedString, organisaatio: Organisaatio }, {})

export const HenkilövahvistusValinnaisellaPaikkakunnalla = strict(
  'HenkilövahvistusValinnaisellaPaikkakunnalla',
  { päivä: Päivämäärä, myöntäjäOrganisaatio: Organisaatio, myöntäjäHenkilöt: lista(Organisaatiohenkilö, { min: 1 }) },
  { paikkakunta: koodi('kunta') },
)

export const Päivämäärävahvistus = strict('Päivämäärävahvistus', { päivä: Päivämäärä, myöntäjäOrganisaatio: Organisaatio }, {})

/** `osaaminen` is any KOSKI suoritus (of any type): accepted as it is, not validated here. */
export const OsaamisenTunnustaminen = strict(
  'OsaamisenTunnustaminen',
  { selite: LocalizedString },
  { osaaminen: Ohitettava, rahoituksenPiirissä: Totuusarvo },
)

export const LähdejärjestelmäId = strict('LähdejärjestelmäId', { lähdejärjestelmä: koodi('lahdejarjestelma') }, { id: Str })
export type LähdejärjestelmäId = t.TypeOf<typeof LähdejärjestelmäId>

/** UI-only; a source system never sends it (G-LJ-3). */
export const LähdejärjestelmäkytkennänPurkaminen = strict('LähdejärjestelmäkytkennänPurkaminen', { purettu: Str }, {})
