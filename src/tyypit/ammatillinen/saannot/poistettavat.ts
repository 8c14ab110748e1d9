/**
 * A-POIS-1 — the field KOSKI accepts on an ammatillinen study right and drops silently on input (@RedundantData:
 * "Kenttä ei ole käytössä. Koski ei ota vastaan kentässä siirrettyä tietoa.", KOSKI's schema documentation): the
 * lisätieto `oikeusMaksuttomaanAsuntolapaikkaan` (AmmatillisenOpiskeluoikeudenLisätiedot, the only @RedundantData field
 * of KOSKI's ammatillinen classes). Our warning, so that the source system stops sending what is not stored; not an
 * error: KOSKI answers 200. As X-LUVA-POIS-1 and X-LISÄ-POIS-1, with the same shared text.
 */
import { warning } from '../../../finding'
import { lisätietoPath } from '../../../rules/helpers'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import type { Ammatillinen } from './apu'
import * as m from '../viestit'

const KEY = 'koskiValidation.ammatillinen.kenttaTiputetaan'

/** A-POIS-1: `lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan` is given. */
export const ammatillisenTiputettavatKentät: Rule<Ammatillinen> = {
  id: 'A-POIS-1',
  what: 'a field KOSKI drops silently (@RedundantData): lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan',
  keys: [KEY],
  severity: 'warning',
  source: { koski: 'SensitiveAndRedundantDataFilter (@RedundantData of AmmatillisenOpiskeluoikeudenLisätiedot.oikeusMaksuttomaanAsuntolapaikkaan)', catalogue: [] },
  check: (oo, ctx) =>
    oo.lisätiedot?.oikeusMaksuttomaanAsuntolapaikkaan === undefined
      ? NO_FINDINGS
      : [warning('A-POIS-1', KEY, lisätietoPath(ctx.path, 'oikeusMaksuttomaanAsuntolapaikkaan'), m.kenttäTiputetaan('oikeusMaksuttomaanAsuntolapaikkaan'))],
}
