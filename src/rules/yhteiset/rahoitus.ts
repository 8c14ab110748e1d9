/**
 * `opintojenRahoitus` required for a set of states — one family, configured per study-right type
 * (KoskiValidator › validateOpiskeluoikeusjaksonRahoitusmuoto / validateOpintojenrahoitus; catalogue §2.1):
 *
 * | type                  | rule    | states                            | message                                   |
 * |-----------------------|---------|-----------------------------------|-------------------------------------------|
 * | TUVA                  | T-RAH-1 | lasna, valmistunut, loma          | "… vaaditaan rahoitusmuoto" (no state)    |
 * | VST JOTPA             | VJ-RAH-1| lasna, hyvaksytystisuoritettu     | "… vaaditaan rahoitusmuoto" (no state)    |
 * | MUKS                  | M-RAH-1 | lasna, hyvaksytystisuoritettu     | "Opiskeluoikeuden tilalta <tila> puuttuu rahoitusmuoto" |
 * | ammatillinen          | A-RAH-1 | lasna, valmistunut, loma          | "Opiskeluoikeuden tilalta <tila> puuttuu rahoitusmuoto" |
 * | LUVA                  | (§2.1)  | lasna, valmistunut                |                                           |
 *
 * VST vapaatavoitteinen and perusopetuksen lisäopetus have no `opintojenRahoitus` field (nothing to configure).
 * Which codes a jakso may carry (TUVA 1/6/10, VST JOTPA and MUKS 14/15, LUVA 1/6/16, ammatillinen any) is the codec's
 * check (S-*, by `@KoodistoKoodiarvo`, per type, not per state); the JOTPA rules on codes (J-RAH-1/2) are rules of
 * their own.
 */
import { error, type Finding, type Message } from '../../finding'
import { jaksoPath } from '../helpers'
import type { Koodi, OpiskeluoikeusLike } from '../shapes'
import { NO_FINDINGS, type Rule, type RuleMeta } from '../types'

/** KOSKI's key for a missing rahoitus, for every type. */
export const RAHOITUS_PUUTTUU_KEY = 'badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto'

export interface RahoitusVaaditaanAsetukset extends RuleMeta {
  /** The `koskiopiskeluoikeudentila` codes whose jaksot need `opintojenRahoitus`. */
  readonly tilat: readonly string[]
  /** The message for a jakso of state `tila` without rahoitus. */
  readonly viesti: (tila: Koodi) => Message
}

/**
 * A rule: every jakso whose tila is one of `tilat` has `opintojenRahoitus`; one error per jakso, at
 * `….opiskeluoikeusjaksot[i].opintojenRahoitus`. The metadata given (id, keys, severity, source, voimassa) is the rule's.
 */
export function rahoitusVaaditaan<A extends OpiskeluoikeusLike>({ tilat, viesti, ...meta }: RahoitusVaaditaanAsetukset): Rule<A> {
  const vaaditaan: ReadonlySet<string> = new Set(tilat)
  return {
    ...meta,
    check: (oo, ctx) => {
      let findings: Finding[] | undefined
      oo.tila.opiskeluoikeusjaksot.forEach((j, i) => {
        if (j.opintojenRahoitus === undefined && vaaditaan.has(j.tila.koodiarvo)) {
          ;(findings ??= []).push(error(meta.id, RAHOITUS_PUUTTUU_KEY, jaksoPath(ctx.polku, i).kenttä('opintojenRahoitus'), viesti(j.tila)))
        }
      })
      return findings ?? NO_FINDINGS
    },
  }
}
