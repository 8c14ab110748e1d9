/** A-RAH-1 — rahoitus of the jaksot (KoskiValidator › validateOpintojenrahoitus): the shared family, configured for ammatillinen. */
import { RAHOITUS_PUUTTUU_KEY, rahoitusVaaditaan as rahoitusVaaditaanTiloilta } from '../../../rules/yhteiset'
import * as m from '../viestit'
import type { Ammatillinen } from './apu'

/** A-RAH-1: every `lasna`, `valmistunut` and `loma` jakso has `opintojenRahoitus`; one error per jakso. */
export const rahoitusVaaditaan = rahoitusVaaditaanTiloilta<Ammatillinen>({
  id: 'A-RAH-1',
  what: '`lasna`, `valmistunut` and `loma` jaksot need `opintojenRahoitus` (one error per jakso)',
  keys: [RAHOITUS_PUUTTUU_KEY],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateOpintojenrahoitus' },
  tilat: ['lasna', 'valmistunut', 'loma'],
  viesti: (tila) => m.tilaltaPuuttuuRahoitusmuoto(tila.koodiarvo),
})
