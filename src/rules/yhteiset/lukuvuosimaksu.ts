/**
 * G-RAH-3 — funding 16 (lukuvuosimaksu) only in a study right starting on or after
 * `validaatiot.lukuvuosimaksuRahoitusVoimassaAlkaen` (2026-08-01): KoskiValidator.validateLukuvuosimaksuRahoitus. Shared
 * by the types whose jaksot allow code 16 (LUVA's LukionOpiskeluoikeusjakso, ammatillinen). KOSKI answers once; the
 * finding is at the first jakso with code 16.
 */
import { error } from '../../finding'
import * as m from '../../messages/yhteiset'
import { alkamispäivä, jaksoPath } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import { NO_FINDINGS, type Rule } from '../types'

/** KOSKI's `validaatiot.lukuvuosimaksuRahoitusVoimassaAlkaen`. */
export const LUKUVUOSIMAKSU_ALKAEN = '2026-08-01'

/** G-RAH-3: a jakso with `opintojenRahoitus` 16 in a study right starting before 1.8.2026. */
export const lukuvuosimaksuRahoitus: Rule<OpiskeluoikeusLike> = {
  id: 'G-RAH-3',
  what: 'rahoitus 16 (lukuvuosimaksu) only in a study right starting on or after 1.8.2026',
  keys: ['badRequest.validation.date.alkamispäivä'],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateLukuvuosimaksuRahoitus' },
  check: (oo, ctx) => {
    const alku = alkamispäivä(oo)
    if (alku === undefined || alku >= LUKUVUOSIMAKSU_ALKAEN) return NO_FINDINGS
    const i = oo.tila.opiskeluoikeusjaksot.findIndex((j) => j.opintojenRahoitus?.koodiarvo === '16')
    return i < 0 ? NO_FINDINGS : [error('G-RAH-3', 'badRequest.validation.date.alkamispäivä', `${jaksoPath(ctx.path, i)}.opintojenRahoitus`, m.lukuvuosimaksuEnnenRajapäivää(LUKUVUOSIMAKSU_ALKAEN))]
  },
}
