/** T-RAH-1 — rahoitus of the jaksot (KoskiValidator › validateOpiskeluoikeusjaksonRahoitusmuoto): the shared family, configured for TUVA. */
import * as m from '../../messages/tuva'
import { rahoitusVaaditaan as rahoitusVaaditaanTiloilta } from '../yhteiset'
import type { Tuva } from './apu'

/** T-RAH-1: every `lasna`, `valmistunut` and `loma` jakso has `opintojenRahoitus` (1, 6 or 10 by the schema); one error per jakso. */
export const rahoitusVaaditaan = rahoitusVaaditaanTiloilta<Tuva>({
  id: 'T-RAH-1',
  tilat: ['lasna', 'valmistunut', 'loma'],
  viesti: () => m.tilaltaPuuttuuRahoitusmuoto,
})
