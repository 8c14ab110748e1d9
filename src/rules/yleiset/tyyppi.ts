/** G-ID-2 — a stored study right's type cannot change. Needs `previous`. */
import { stringAt } from '../../codecs/schema'
import { error } from '../../finding'
import * as m from '../../messages/yleiset'
import { ooPath } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import type { Rule } from '../types'

/** G-ID-2: with `previous` (the stored study right), the study-right type cannot change. */
export const tyyppiMuuttunut: Rule<OpiskeluoikeusLike> = {
  id: 'G-ID-2',
  what: 'with `previous`: the study-right type cannot change',
  keys: ['forbidden.kiellettyMuutos'],
  severity: 'error',
  source: { koski: 'OpiskeluoikeusChangeValidator.validateOpiskeluoikeudenTyypinMuutos' },
  needs: ['previous'],
  check: (oo, ctx) => {
    const vanha = stringAt(ctx.previous, 'tyyppi', 'koodiarvo')
    return vanha !== undefined && vanha !== oo.tyyppi.koodiarvo
      ? [error('G-ID-2', 'forbidden.kiellettyMuutos', ooPath(ctx.polku, 'tyyppi'), m.tyyppiMuuttunut(vanha, oo.tyyppi.koodiarvo))]
      : []
  },
}
