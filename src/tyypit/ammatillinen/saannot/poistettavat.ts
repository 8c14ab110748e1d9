/**
 * A-POIS-1 — the field KOSKI accepts on an ammatillinen study right and drops silently on input (@RedundantData): the
 * lisätieto `oikeusMaksuttomaanAsuntolapaikkaan` (AmmatillisenOpiskeluoikeudenLisätiedot, the only @RedundantData
 * field of KOSKI's ammatillinen classes). The shared family `tiputettavatKentät` (src/rules/yhteiset).
 */
import { maksutonAsuntolapaikka, tiputettavatKentät } from '../../../rules/yhteiset'
import * as m from '../viestit'
import type { Ammatillinen } from './apu'

/** A-POIS-1: `lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan` is given. */
export const ammatillisenTiputettavatKentät = tiputettavatKentät<Ammatillinen>({
  id: 'A-POIS-1',
  key: 'koskiValidation.ammatillinen.kenttaTiputetaan',
  what: 'a field KOSKI drops silently (@RedundantData): lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan',
  source: { koski: 'SensitiveAndRedundantDataFilter (@RedundantData of AmmatillisenOpiskeluoikeudenLisätiedot.oikeusMaksuttomaanAsuntolapaikkaan)', catalogue: [] },
  kentät: maksutonAsuntolapaikka,
  viesti: m.kenttäTiputetaan,
})
