/**
 * X-LUVA-POIS-1 — the fields KOSKI accepts on a LUVA study right and drops silently on input (@RedundantData: "Kenttä
 * ei ole käytössä. Koski ei ota vastaan kentässä siirrettyä tietoa.", KOSKI's schema documentation): a lukio
 * uskonto's `uskonnonOppimäärä` (trait Uskonto of LukionUskonto2015/2019; OppijaValidationPerusopetusSpec › "Uskontoa
 * ei tallenneta tietokantaan") and the lisätieto `oikeusMaksuttomaanAsuntolapaikkaan`. Our warning, one per field
 * given, so that the source system stops sending what is not stored. Not an error: KOSKI answers 200.
 */
import { warning, type Finding } from '../../../finding'
import { lisätietoPath, suoritusPath } from '../../../rules/helpers'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import type { LukioonValmistavanKoulutuksenOpiskeluoikeus } from '../codec'
import * as m from '../viestit'

const KEY = 'koskiValidation.luva.kenttaTiputetaan'

/** X-LUVA-POIS-1: `lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan` or an oppiaine's `uskonnonOppimäärä` is given. */
export const luvanTiputettavatKentät: Rule<LukioonValmistavanKoulutuksenOpiskeluoikeus> = {
  id: 'X-LUVA-POIS-1',
  what: 'a field KOSKI drops silently (@RedundantData): lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan, a lukio uskonto’s uskonnonOppimäärä',
  keys: [KEY],
  severity: 'warning',
  source: { koski: 'SensitiveAndRedundantDataFilter (@RedundantData of LukioonValmistavanKoulutuksenOpiskeluoikeudenLisätiedot.oikeusMaksuttomaanAsuntolapaikkaan and trait Uskonto.uskonnonOppimäärä; OppijaValidationPerusopetusSpec › Uskontoa ei tallenneta tietokantaan)', catalogue: [] },
  check: (oo, ctx) => {
    const out: Finding[] = []
    if (oo.lisätiedot?.oikeusMaksuttomaanAsuntolapaikkaan !== undefined) out.push(warning('X-LUVA-POIS-1', KEY, lisätietoPath(ctx.path, 'oikeusMaksuttomaanAsuntolapaikkaan'), m.kenttäTiputetaan('oikeusMaksuttomaanAsuntolapaikkaan')))
    oo.suoritukset.forEach((s, i) => {
      s.osasuoritukset?.forEach((os, j) => {
        const km = os.koulutusmoduuli as { readonly uskonnonOppimäärä?: unknown }
        if (km.uskonnonOppimäärä !== undefined) out.push(warning('X-LUVA-POIS-1', KEY, `${suoritusPath(ctx.path, i)}.osasuoritukset[${j}].koulutusmoduuli.uskonnonOppimäärä`, m.kenttäTiputetaan('uskonnonOppimäärä')))
      })
    })
    return out.length === 0 ? NO_FINDINGS : out
  },
}
