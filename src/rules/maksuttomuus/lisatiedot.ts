/**
 * Reading the free-education data of any study right structurally (`lisätiedot.maksuttomuus`,
 * `lisätiedot.oikeuttaMaksuttomuuteenPidennetty`), and what the MK-* rules share.
 */
import { järjestysAlunMukaan } from '../../aikajaksot'
import { getOwn, isRecord } from '../../codecs/schema'
import { alkamispäivä, päättymispäivä } from '../helpers'
import type { MaksuttomuusjaksoLike, OpiskeluoikeusLike, PidennysjaksoLike } from '../shapes'
import type { RuleContext } from '../types'

/** What the MK-* rules accept: any study right, its `lisätiedot` read structurally. */
export type MaksuttomuusOpiskeluoikeus = OpiskeluoikeusLike & { readonly lisätiedot?: unknown }

const EMPTY: readonly never[] = Object.freeze([])

const isMaksuttomuusjakso = (u: unknown): u is MaksuttomuusjaksoLike =>
  isRecord(u) && typeof u.alku === 'string' && typeof u.maksuton === 'boolean' && (u.loppu === undefined || typeof u.loppu === 'string')

const isPidennysjakso = (u: unknown): u is PidennysjaksoLike => isRecord(u) && typeof u.alku === 'string' && typeof u.loppu === 'string'

function list<A>(lisätiedot: unknown, key: string, valid: (u: unknown) => u is A): readonly A[] {
  const value = getOwn(lisätiedot, key)
  if (!Array.isArray(value) || value.length === 0) return EMPTY
  // Decoded documents hold valid items only; anything else (a type whose codec is lenient) is left out, not trusted.
  return value.every(valid) ? (value as readonly A[]) : value.filter(valid)
}

/** `lisätiedot.maksuttomuus` (empty when absent, `null` or `[]`). */
export const maksuttomuusjaksot = (oo: MaksuttomuusOpiskeluoikeus): readonly MaksuttomuusjaksoLike[] =>
  isRecord(oo.lisätiedot) ? list(oo.lisätiedot, 'maksuttomuus', isMaksuttomuusjakso) : EMPTY

/** `lisätiedot.oikeuttaMaksuttomuuteenPidennetty` (empty when absent, `null` or `[]`). */
export const pidennysjaksot = (oo: MaksuttomuusOpiskeluoikeus): readonly PidennysjaksoLike[] =>
  isRecord(oo.lisätiedot) ? list(oo.lisätiedot, 'oikeuttaMaksuttomuuteenPidennetty', isPidennysjakso) : EMPTY

/** Free-education data was sent: either list is non-empty (`"maksuttomuus": []` counts as not sent). */
export const maksuttomuustietojaSiirretty = (oo: MaksuttomuusOpiskeluoikeus): boolean =>
  maksuttomuusjaksot(oo).length > 0 || pidennysjaksot(oo).length > 0

/** Indices of `jaksot` sorted by `alku`, stable (KOSKI's `sortBy(_.alku)`): src/aikajaksot. */
export { järjestysAlunMukaan }

/** KOSKI's `between(alkamispäivä, päättymispäivä)(date)`: on or after A (no A → false), and on or before P when there is one. */
export const voimassaolonSisällä = (oo: OpiskeluoikeusLike, date: string): boolean => {
  const a = alkamispäivä(oo)
  const p = päättymispäivä(oo)
  return a !== undefined && date >= a && (p === undefined || date <= p)
}

/** KOSKI's "<A> - <P>" (either side empty when unknown). */
export const voimassaolo = (oo: OpiskeluoikeusLike): string => `${alkamispäivä(oo) ?? ''} - ${päättymispäivä(oo) ?? ''}`

/** MK-JAKSO-1 offenders: the sorted starts outside the study right. */
export const alutVoimassaolonUlkopuolella = (oo: OpiskeluoikeusLike, jaksot: readonly MaksuttomuusjaksoLike[]): string[] =>
  järjestysAlunMukaan(jaksot)
    .map((i) => jaksot[i]!.alku)
    .filter((alku) => !voimassaolonSisällä(oo, alku))

/** MK-JAKSO-2 offenders: every start that occurs more than once, as often as it occurs, sorted. */
export function samatAlkupäivät(jaksot: readonly MaksuttomuusjaksoLike[]): string[] {
  if (jaksot.length < 2) return []
  const counts = new Map<string, number>()
  for (const j of jaksot) counts.set(j.alku, (counts.get(j.alku) ?? 0) + 1)
  const result: string[] = []
  for (const alku of [...counts.keys()].sort()) {
    const n = counts.get(alku)!
    if (n > 1) for (let k = 0; k < n; k++) result.push(alku)
  }
  return result
}

/** MK-JAKSO-1 and MK-JAKSO-2 pass, so KOSKI normalises the jaksot and goes on to MK-PID-1…4. */
export const maksuttomuusjaksotKelpaavat = (oo: OpiskeluoikeusLike, jaksot: readonly MaksuttomuusjaksoLike[]): boolean =>
  jaksot.every((j) => voimassaolonSisällä(oo, j.alku)) && samatAlkupäivät(jaksot).length === 0

/** Any opiskeluoikeusjakso funded by lukuvuosimaksu (opintojenrahoitus `16`). */
export const lukuvuosimaksullinen = (oo: OpiskeluoikeusLike): boolean => oo.tila.opiskeluoikeusjaksot.some((j) => j.opintojenRahoitus?.koodiarvo === '16')

/**
 * Whether the learner has no hetu (MK-REL-1 (e)): a UusiHenkilö always has one; TäydellisetHenkilötiedot shows it;
 * for an OidHenkilö or a bare study right only the caller knows (`maksuttomuus.hetuton`).
 */
export function hetuton(ctx: RuleContext): boolean | undefined {
  const henkilö = ctx.henkilö
  if (isRecord(henkilö)) {
    if (typeof getOwn(henkilö, 'hetu') === 'string') return false
    if (getOwn(henkilö, 'etunimet') !== undefined) return true
  }
  return ctx.options.maksuttomuus.hetuton
}
