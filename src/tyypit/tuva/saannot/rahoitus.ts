/** T-RAH-1 — rahoitus of the jaksot (KoskiValidator › validateOpiskeluoikeusjaksonRahoitusmuoto): the shared family, configured for TUVA. */
import * as m from '../viestit'
import { RAHOITUS_PUUTTUU_KEY, rahoitusVaaditaan as rahoitusVaaditaanTiloilta } from '../../../rules/yhteiset'
import type { Tuva } from './apu'

/** T-RAH-1: every `lasna`, `valmistunut` and `loma` jakso has `opintojenRahoitus` (1, 6 or 10 by the schema); one error per jakso. */
export const rahoitusVaaditaan = rahoitusVaaditaanTiloilta<Tuva>({
  id: 'T-RAH-1',
  what: '`lasna`, `valmistunut` and `loma` jaksot need `opintojenRahoitus` (one error per jakso)',
  keys: [RAHOITUS_PUUTTUU_KEY],
  severity: 'error',
  source: { koski: 'TutkintokoulutukseenValmentavaKoulutusValidation.validateOpiskeluoikeusjaksonRahoitusmuoto', muutoshistoria: ['2023-01-25'] },
  tilat: ['lasna', 'valmistunut', 'loma'],
  viesti: () => m.tilaltaPuuttuuRahoitusmuoto,
})
