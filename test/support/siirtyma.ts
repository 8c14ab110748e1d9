/**
 * Builders for the LUVA, perusopetuksen lisäopetus and transition tests: KOSKI's valid examples (saved 2022, the
 * examples KOSKI itself accepts without its test flag) as bare study rights, changed by a function; a TUVA study right;
 * validate with the service-user rule off (KOSKI's examples have no lähdejärjestelmänId).
 */
import { validate, type Report, type ValidateOptions } from '../../src'
import { koskiExample, TODAY, type Json } from './yleiset'

/** The valid LUVA example (2015 curriculum, valmistunut 1.8.2016) as a bare study right, changed by `muuta`. */
export const luvaOo = (muuta: (oo: Json, suoritus: Json) => void = () => {}): Json => {
  const oo = structuredClone(koskiExample('lukioonvalmistavakoulutus_2022-10-11.json').opiskeluoikeudet[0])
  muuta(oo, oo.suoritukset[0])
  return oo
}

/** The valid perusopetuksen lisäopetus example (valmistunut 4.6.2016, pidennetty oppivelvollisuus) as a bare study right. */
export const lisäOo = (muuta: (oo: Json, suoritus: Json) => void = () => {}): Json => {
  const oo = structuredClone(koskiExample('perusopetuksenlisaopetus_2022-08-15.json').opiskeluoikeudet[0])
  muuta(oo, oo.suoritukset[0])
  return oo
}

/** A jakso of a LUVA or lisäopetus study right. */
export const tilaJakso = (alku: string, tila: string, rahoitus?: string): Json => ({
  alku,
  tila: { koodiarvo: tila, koodistoUri: 'koskiopiskeluoikeudentila' },
  ...(rahoitus === undefined ? {} : { opintojenRahoitus: { koodiarvo: rahoitus, koodistoUri: 'opintojenrahoitus' } }),
})

/** validate() on a bare study right, today fixed, not as a palvelukäyttäjä (G-LJ-1 off). */
export const runOo = (oo: unknown, options: ValidateOptions = {}): Report => validate(oo, { today: TODAY, serviceUser: false, ...options })

/** The [rule, path] of each finding. */
export const rulesAt = (r: Report): [string, string][] => r.findings.map((f) => [f.rule, f.path])
