/**
 * G-RAH-3, G-RAH-4 — the rahoitus codes of 2026: lukuvuosimaksu (16) and tilauskoulutus (17) only in study rights
 * starting on 1.8.2026 or later, and tilauskoulutus never beside another rahoitus (KoskiValidator ›
 * validateLukuvuosimaksuRahoitus, validateTilauskoulutusRahoitus; `validaatiot.lukuvuosimaksuRahoitusVoimassaAlkaen`,
 * `validaatiot.tilauskoulutusRahoitusVoimassaAlkaen`, both 2026-08-01). Only types whose jakso may carry the codes can
 * fail them (ammatillinen 16 and 17, LUVA and lukio 16: others are S-6). G-RAH-4's change between versions (c) needs
 * the stored version and is not checked here.
 */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { alkamispäivä, jaksoPath } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import { NO_FINDINGS, type Rule } from '../types'

/** KOSKI's `validaatiot.lukuvuosimaksuRahoitusVoimassaAlkaen`. */
export const LUKUVUOSIMAKSU_RAHOITUS_ALKAEN = '2026-08-01'
/** KOSKI's `validaatiot.tilauskoulutusRahoitusVoimassaAlkaen`. */
export const TILAUSKOULUTUS_RAHOITUS_ALKAEN = '2026-08-01'

const ALKAMISPÄIVÄ_KEY = 'badRequest.validation.date.alkamispäivä'
const YHTENÄISYYS_KEY = 'badRequest.validation.tila.tilanRahoitusmuodonYhtenäisyys'

const ensimmäinenJakso = (oo: OpiskeluoikeusLike, koodiarvo: string): number =>
  oo.tila.opiskeluoikeusjaksot.findIndex((j) => j.opintojenRahoitus?.koodiarvo === koodiarvo)

/** G-RAH-3: rahoitus 16 (lukuvuosimaksu) in a study right starting before 1.8.2026; one error, at the first such jakso. */
export const lukuvuosimaksuRahoitus: Rule<OpiskeluoikeusLike> = {
  id: 'G-RAH-3',
  what: 'rahoitus `16` (lukuvuosimaksu) only in a study right starting on 2026-08-01 or later',
  keys: [ALKAMISPÄIVÄ_KEY],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateLukuvuosimaksuRahoitus', muutoshistoria: ['2026-04-20', '2026-05-18'] },
  check: (oo, ctx) => {
    const i = ensimmäinenJakso(oo, '16')
    const a = alkamispäivä(oo)
    return i < 0 || a === undefined || a >= LUKUVUOSIMAKSU_RAHOITUS_ALKAEN
      ? NO_FINDINGS
      : [error('G-RAH-3', ALKAMISPÄIVÄ_KEY, jaksoPath(ctx.polku, i).kenttä('opintojenRahoitus'), m.lukuvuosimaksuEnnenRajapäivää(LUKUVUOSIMAKSU_RAHOITUS_ALKAEN))]
  },
}

/**
 * G-RAH-4 (a)(b): rahoitus 17 (tilauskoulutus) in a study right starting before 1.8.2026 (at the first such jakso), and
 * 17 beside any other rahoitus code (at the first jakso of another code); KOSKI folds both.
 */
export const tilauskoulutusRahoitus: Rule<OpiskeluoikeusLike> = {
  id: 'G-RAH-4',
  what: 'rahoitus `17` (tilauskoulutus) only in a study right starting on 2026-08-01 or later, and never beside another rahoitus',
  keys: [ALKAMISPÄIVÄ_KEY, YHTENÄISYYS_KEY],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateTilauskoulutusRahoitus', muutoshistoria: ['2026-06-03'] },
  check: (oo, ctx) => {
    const i = ensimmäinenJakso(oo, '17')
    if (i < 0) return NO_FINDINGS
    let findings: Finding[] | undefined
    const a = alkamispäivä(oo)
    if (a !== undefined && a < TILAUSKOULUTUS_RAHOITUS_ALKAEN) {
      ;(findings ??= []).push(error('G-RAH-4', ALKAMISPÄIVÄ_KEY, jaksoPath(ctx.polku, i).kenttä('opintojenRahoitus'), m.tilauskoulutusEnnenRajapäivää(TILAUSKOULUTUS_RAHOITUS_ALKAEN)))
    }
    const muu = oo.tila.opiskeluoikeusjaksot.findIndex((j) => j.opintojenRahoitus !== undefined && j.opintojenRahoitus.koodiarvo !== '17')
    if (muu >= 0) (findings ??= []).push(error('G-RAH-4', YHTENÄISYYS_KEY, jaksoPath(ctx.polku, muu).kenttä('opintojenRahoitus'), m.tilauskoulutusMuidenKanssa))
    return findings ?? NO_FINDINGS
  },
}
