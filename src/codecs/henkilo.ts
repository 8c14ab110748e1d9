/** The `henkilö` of the Oppija envelope: `OidHenkilö | UusiHenkilö | TäydellisetHenkilötiedot`, told apart by their keys. */
import * as t from 'io-ts'
import { HENKILÖ_OID, koodi } from './common'
import { Päivämäärä, Str, Totuusarvo, dispatch, isRecord, lista, onAvain, pattern, strict, vieras, type SchemaIssue } from './schema'
import { lainaus } from '../yksityisyys'

const HenkilöOid = pattern('HenkilöOid', HENKILÖ_OID, 'S-13')

/** KOSKI's OidHenkilö: a learner identified by their oid only. */
export const OidHenkilö = strict('OidHenkilö', { oid: HenkilöOid }, {})
/** A decoded {@link OidHenkilö}. */
export type OidHenkilö = t.TypeOf<typeof OidHenkilö>

/** A new learner identified by hetu. The hetu itself is checked by G-HLÖ-1, not by the schema. */
export const UusiHenkilö = strict('UusiHenkilö', { hetu: Str, etunimet: Str, sukunimi: Str }, { kutsumanimi: Str })
export type UusiHenkilö = t.TypeOf<typeof UusiHenkilö>

/** KOSKI's TäydellisetHenkilötiedot: these fields only (what KOSKI returns beside them, e.g. `sukupuoli`, is not accepted back). */
export const TäydellisetHenkilötiedot = strict(
  'TäydellisetHenkilötiedot',
  { oid: HenkilöOid, etunimet: Str, kutsumanimi: Str, sukunimi: Str },
  {
    hetu: Str,
    syntymäaika: Päivämäärä,
    äidinkieli: koodi('kieli'),
    kansalaisuus: lista(koodi('maatjavaltiot2')),
    turvakielto: Totuusarvo,
  },
)
export type TäydellisetHenkilötiedot = t.TypeOf<typeof TäydellisetHenkilötiedot>

type HenkilöMuoto = typeof OidHenkilö | typeof UusiHenkilö | typeof TäydellisetHenkilötiedot

const PAKOLLISET = new Map<HenkilöMuoto, readonly string[]>([OidHenkilö, UusiHenkilö, TäydellisetHenkilötiedot].map((m) => [m, Object.keys(m.required)]))

/** Whether `u` meets KOSKI's criteria for a henkilö class: no keys but its own (null-valued ones count) and its required keys present. */
const täyttää = (u: Record<string, unknown>, muoto: HenkilöMuoto): boolean => {
  for (const key of PAKOLLISET.get(muoto)!) if (!onAvain(u, key)) return false
  return vieras(u, muoto.known) === undefined
}

const KAIKKI_AVAIMET: ReadonlySet<string> = new Set([...OidHenkilö.known, ...UusiHenkilö.known, ...TäydellisetHenkilötiedot.known])
const MUODOT: readonly string[] = [OidHenkilö.name, UusiHenkilö.name, TäydellisetHenkilötiedot.name]

/** What a henkilö that fits no class lacks: a key of no class, else the required keys missing from the nearest class. */
const miksiEi = (u: Record<string, unknown>): SchemaIssue => {
  const key = vieras(u, KAIKKI_AVAIMET)
  if (key !== undefined) return { errorType: 'notAnyOf', rule: 'S-8', union: 'henkilö', muodot: MUODOT, vieras: lainaus(key) }
  // with an oid the learner is identified by it (OidHenkilö or TäydellisetHenkilötiedot), else by hetu (UusiHenkilö)
  const muoto = onAvain(u, 'oid') ? (Object.keys(u).length === 1 ? OidHenkilö : TäydellisetHenkilötiedot) : UusiHenkilö
  const puuttuvat = Object.keys(muoto.required).filter((k) => !onAvain(u, k))
  const avaimet = Object.keys(u)
  const vieraat = avaimet.filter((k) => !muoto.known.has(k))
  const nullArvoinen = avaimet.some((k) => u[k] === null)
  return { errorType: 'notAnyOf', rule: 'S-8', union: 'henkilö', muodot: MUODOT, lähin: { muoto: muoto.name, puuttuvat, ylimääräiset: vieraat, nullArvoinen } }
}

/**
 * KOSKI's `Henkilö` union. None of its classes has a discriminator, so each is chosen by "no other properties than"
 * its own (a key with the value null counts) and its required keys present: OidHenkilö {oid}, UusiHenkilö {hetu,
 * etunimet, kutsumanimi?, sukunimi}, TäydellisetHenkilötiedot {oid, hetu?, syntymäaika?, etunimet, kutsumanimi,
 * sukunimi, äidinkieli?, kansalaisuus?, turvakielto?}. A henkilö that fits none → `notAnyOf` at henkilö.
 */
export const Henkilö = dispatch('Henkilö', [OidHenkilö, UusiHenkilö, TäydellisetHenkilötiedot] as const, (u): HenkilöMuoto | SchemaIssue => {
  if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'henkilö', muodot: MUODOT }
  if (täyttää(u, OidHenkilö)) return OidHenkilö
  if (täyttää(u, UusiHenkilö)) return UusiHenkilö
  if (täyttää(u, TäydellisetHenkilötiedot)) return TäydellisetHenkilötiedot
  return miksiEi(u)
})
export type Henkilö = t.TypeOf<typeof Henkilö>
