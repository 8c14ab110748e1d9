/**
 * X-LUVA-POIS-1 — the fields KOSKI accepts on a LUVA study right and drops silently on input (@RedundantData: "Kenttä
 * ei ole käytössä. Koski ei ota vastaan kentässä siirrettyä tietoa.", KOSKI's schema documentation): a lukio
 * uskonto's `uskonnonOppimäärä` (trait Uskonto of LukionUskonto2015/2019; OppijaValidationPerusopetusSpec › "Uskontoa
 * ei tallenneta tietokantaan") and the lisätieto `oikeusMaksuttomaanAsuntolapaikkaan`. Our warning, one per field
 * given, so that the source system stops sending what is not stored. Not an error: KOSKI answers 200.
 */
import { suoritusPath } from '../../../rules/helpers'
import { maksutonAsuntolapaikka, tiputettavatKentät, uskonnonOppimäärät } from '../../../rules/yhteiset'
import type { LukioonValmistavanKoulutuksenOpiskeluoikeus } from '../codec'
import * as m from '../viestit'

/** X-LUVA-POIS-1: `lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan` or an oppiaine's `uskonnonOppimäärä` is given. */
export const luvanTiputettavatKentät = tiputettavatKentät<LukioonValmistavanKoulutuksenOpiskeluoikeus>({
  id: 'X-LUVA-POIS-1',
  key: 'koskiValidation.luva.kenttaTiputetaan',
  what: 'a field KOSKI drops silently (@RedundantData): lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan, a lukio uskonto’s uskonnonOppimäärä',
  source: { koski: 'SensitiveAndRedundantDataFilter (@RedundantData of LukioonValmistavanKoulutuksenOpiskeluoikeudenLisätiedot.oikeusMaksuttomaanAsuntolapaikkaan and trait Uskonto.uskonnonOppimäärä; OppijaValidationPerusopetusSpec › Uskontoa ei tallenneta tietokantaan)', catalogue: [] },
  kentät: (oo, path, ilmoita) => {
    maksutonAsuntolapaikka(oo, path, ilmoita)
    oo.suoritukset.forEach((s, i) => uskonnonOppimäärät(s, suoritusPath(path, i), ilmoita))
  },
  viesti: m.kenttäTiputetaan,
})
