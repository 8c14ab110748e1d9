/** G-MIT-1 — a mitätöinti is not dated in the future (KoskiValidator.scala › validateMitätöinti). */
import { error } from '../../finding'
import * as m from '../../messages/yleiset'
import { jaksoPath, onMitätöity } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import type { Rule } from '../types'

/** G-MIT-1: a mitätöinti (cancellation) is not dated in the future. */
export const mitätöintiTulevaisuudessa: Rule<OpiskeluoikeusLike> = {
  id: 'G-MIT-1',
  what: 'a mitätöinti is not dated in the future; a mitätöity study right gets this rule only (G-MIT-2)',
  keys: ['badRequest.validation.tila.mitätöintiTulevaisuudessa'],
  severity: 'error',
  source: { catalogue: ['G-MIT-1', 'G-MIT-2'], koski: 'KoskiValidator.validateMitätöinti', muutoshistoria: ['2024-04-26'] },
  check: (oo, ctx) => {
    if (!onMitätöity(oo)) return []
    const jaksot = oo.tila.opiskeluoikeusjaksot
    const last = jaksot.length - 1
    return jaksot[last]!.alku > ctx.today
      ? [error('G-MIT-1', 'badRequest.validation.tila.mitätöintiTulevaisuudessa', jaksoPath(ctx.polku, last).kenttä('alku'), m.mitätöintiTulevaisuudessa)]
      : []
  },
}
