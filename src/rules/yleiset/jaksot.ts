/** G-JAKSO-1/2/3 — the order and the final states of `tila.opiskeluoikeusjaksot` (DateValidation.scala). */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { jaksoPath, onPäättäväTila, ooPath } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import type { Rule } from '../types'

/** G-JAKSO-1: jaksot in strictly ascending `alku` order; the same day only for a following `mitatoity`. */
export const jaksojenJärjestys: Rule<OpiskeluoikeusLike> = {
  id: 'G-JAKSO-1',
  what: 'opiskeluoikeusjaksot in strictly ascending `alku` order (the same day only for a following `mitatoity`)',
  keys: ['badRequest.validation.date.opiskeluoikeusjaksojenPäivämäärät'],
  severity: 'error',
  source: { koski: 'DateValidation.validateJaksotDateOrder' },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    const jaksot = oo.tila.opiskeluoikeusjaksot
    for (let i = 1; i < jaksot.length; i++) {
      const a = jaksot[i - 1]!
      const b = jaksot[i]!
      if (a.alku > b.alku) {
        findings.push(error('G-JAKSO-1', 'badRequest.validation.date.opiskeluoikeusjaksojenPäivämäärät', jaksoPath(ctx.polku, i), m.jaksotEiJärjestyksessä(a.alku, b.alku)))
      } else if (a.alku === b.alku && b.tila.koodiarvo !== 'mitatoity') {
        findings.push(
          error(
            'G-JAKSO-1',
            'badRequest.validation.date.opiskeluoikeusjaksojenPäivämäärät',
            jaksoPath(ctx.polku, i),
            m.jaksotSamallaPäivällä(a.tila.koodiarvo, a.alku, b.tila.koodiarvo, b.alku),
          ),
        )
      }
    }
    return findings
  },
}

/**
 * G-JAKSO-2 and G-JAKSO-3: one final state, and last. One final jakso that is not the last → G-JAKSO-2; two final
 * jaksot unless the last jakso is `mitatoity`, or three or more → G-JAKSO-3.
 */
export const päättävätTilat: Rule<OpiskeluoikeusLike> = {
  id: 'G-JAKSO-2',
  findingRules: ['G-JAKSO-3'],
  what: 'nothing after a final state (G-JAKSO-2); one final state, two only when the last is `mitatoity` (G-JAKSO-3)',
  keys: ['badRequest.validation.tila.tilaMuuttunutLopullisenTilanJälkeen', 'badRequest.validation.tila.montaPäättävääTilaa'],
  severity: 'error',
  source: { catalogue: ['G-JAKSO-2', 'G-JAKSO-3'], koski: 'DateValidation.validateJaksotPäättyminen' },
  check: (oo, ctx) => {
    const jaksot = oo.tila.opiskeluoikeusjaksot
    const päättävät: number[] = []
    jaksot.forEach((j, i) => {
      if (onPäättäväTila(j.tila.koodiarvo)) päättävät.push(i)
    })
    const last = jaksot.length - 1
    if (päättävät.length === 1 && päättävät[0] !== last) {
      const i = päättävät[0]!
      return [
        error(
          'G-JAKSO-2',
          'badRequest.validation.tila.tilaMuuttunutLopullisenTilanJälkeen',
          jaksoPath(ctx.polku, i + 1),
          m.tilaMuuttunutLopullisenTilanJälkeen(jaksot[i]!.tila.koodiarvo),
        ),
      ]
    }
    if ((päättävät.length === 2 && jaksot[last]?.tila.koodiarvo !== 'mitatoity') || päättävät.length >= 3) {
      return [error('G-JAKSO-3', 'badRequest.validation.tila.montaPäättävääTilaa', ooPath(ctx.polku, 'tila.opiskeluoikeusjaksot'), m.montaPäättävääTilaa)]
    }
    return []
  },
}
