/** T-RAH-1 — rahoitus of the jaksot (KoskiValidator › validateOpiskeluoikeusjaksonRahoitusmuoto). */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/tuva'
import { NO_FINDINGS, type Rule } from '../types'
import { jaksoPath, type Tuva } from './apu'

const RAHOITUS_VAADITAAN: ReadonlySet<string> = new Set(['lasna', 'valmistunut', 'loma'])

/** T-RAH-1: every `lasna`, `valmistunut` and `loma` jakso has `opintojenRahoitus` (1, 6 or 10 by the schema); one error per jakso. */
export const rahoitusVaaditaan: Rule<Tuva> = {
  id: 'T-RAH-1',
  what: '`lasna`, `valmistunut` and `loma` jaksot need `opintojenRahoitus` (one error per jakso)',
  keys: ['badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto'],
  severity: 'error',
  source: { koski: 'TutkintokoulutukseenValmentavaKoulutusValidation.validateOpiskeluoikeusjaksonRahoitusmuoto', muutoshistoria: ['2023-01-25'] },
  check: (oo, ctx) => {
    let findings: Finding[] | undefined
    oo.tila.opiskeluoikeusjaksot.forEach((j, i) => {
      if (j.opintojenRahoitus === undefined && RAHOITUS_VAADITAAN.has(j.tila.koodiarvo)) {
        ;(findings ??= []).push(
          error('T-RAH-1', 'badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto', `${jaksoPath(ctx.path, i)}.opintojenRahoitus`, m.tilaltaPuuttuuRahoitusmuoto),
        )
      }
    })
    return findings ?? NO_FINDINGS
  },
}
