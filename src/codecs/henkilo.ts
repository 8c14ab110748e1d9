/** The `henkilö` of the Oppija envelope: `OidHenkilö | UusiHenkilö | TäydellisetHenkilötiedot`, told apart by their keys. */
import * as t from 'io-ts'
import { HENKILÖ_OID, koodi } from './common'
import { Ohitettava, Päivämäärä, Str, Totuusarvo, dispatch, getOwn, isRecord, lista, pattern, strict } from './schema'

const HenkilöOid = pattern('HenkilöOid', HENKILÖ_OID, 'S-13')

export const OidHenkilö = strict('OidHenkilö', { oid: HenkilöOid }, {})
export type OidHenkilö = t.TypeOf<typeof OidHenkilö>

/** A new learner identified by hetu. The hetu itself is checked by G-HLÖ-1, not by the schema. */
export const UusiHenkilö = strict('UusiHenkilö', { hetu: Str, etunimet: Str, sukunimi: Str }, { kutsumanimi: Str })
export type UusiHenkilö = t.TypeOf<typeof UusiHenkilö>

export const TäydellisetHenkilötiedot = strict(
  'TäydellisetHenkilötiedot',
  { oid: HenkilöOid, etunimet: Str, kutsumanimi: Str, sukunimi: Str },
  {
    hetu: Str,
    syntymäaika: Päivämäärä,
    äidinkieli: koodi('kieli'),
    kansalaisuus: lista(koodi('maatjavaltiot2')),
    turvakielto: Totuusarvo,
    // returned by KOSKI, harmless when echoed back
    modified: Ohitettava,
    sukupuoli: Ohitettava,
  },
)
export type TäydellisetHenkilötiedot = t.TypeOf<typeof TäydellisetHenkilötiedot>

const onlyOid = (u: Record<string, unknown>): boolean =>
  Object.keys(u).every((k) => k === 'oid' || u[k] === null || u[k] === undefined)

export const Henkilö = dispatch('Henkilö', [OidHenkilö, UusiHenkilö, TäydellisetHenkilötiedot] as const, (u) =>
  !isRecord(u) ? UusiHenkilö : getOwn(u, 'oid') == null ? UusiHenkilö : onlyOid(u) ? OidHenkilö : TäydellisetHenkilötiedot, // oid: null is absent
)
export type Henkilö = t.TypeOf<typeof Henkilö>
