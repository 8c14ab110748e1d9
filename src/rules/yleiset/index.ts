/** The general rules (catalogue §3.2) that apply to every study-right type in scope. */
import type { OpiskeluoikeusLike } from '../shapes'
import type { Rule } from '../types'
import { duplikaattiOsasuoritus } from './duplikaatit'
import { jaksojenJärjestys, päättävätTilat } from './jaksot'
import { lähdejärjestelmäIdPoistettu, lähdejärjestelmäIdPuuttuu, lähdejärjestelmäkytkennänPurkaminen } from './lahdejarjestelma'
import { laajuusyksikkö } from './laajuus'
import { arvioituPäättymispäiväEnnenAlkamispäivää, päättymispäiväEnnenAlkamispäivää } from './paivamaarat'
import { valmiiltaPuuttuuOsasuorituksia, valmistuneeltaPuuttuuVahvistus } from './status'
import { suorituksenPäivämäärät, vahvistusEnnenPäättymistä } from './suoritusPaivat'
import { tyyppiMuuttunut } from './tyyppi'

export { duplikaattiOsasuoritukset, duplikaattiOsasuoritus, kieliaineenIdentiteetti, type DuplikaattiOptions } from './duplikaatit'
export { jaksojenJärjestys, päättävätTilat } from './jaksot'
export { lähdejärjestelmäIdPoistettu, lähdejärjestelmäIdPuuttuu, lähdejärjestelmäkytkennänPurkaminen } from './lahdejarjestelma'
export { laajuuksienSumma, laajuusyksikkö, type LaajuusSummaOptions } from './laajuus'
export { mitätöintiTulevaisuudessa } from './mitatointi'
export { arvioituPäättymispäiväEnnenAlkamispäivää, päättymispäiväEnnenAlkamispäivää, suorituksenAlkamispäiväEnnenOpiskeluoikeutta } from './paivamaarat'
export { LUKUVUOSIMAKSU_RAHOITUS_ALKAEN, TILAUSKOULUTUS_RAHOITUS_ALKAEN, lukuvuosimaksuRahoitus, tilauskoulutusRahoitus } from './rahoitusmuodot'
export {
  keskeneräinenOsasuoritus,
  vahvistusIlmanArviointia,
  valmiiltaPuuttuuOsasuorituksia,
  valmiiltaPuuttuuOsasuorituksiaAsetuksin,
  valmistuneeltaPuuttuuVahvistus,
  type StatusOptions,
  type ValmiiltaPuuttuuOsasuorituksiaOptions,
} from './status'
export {
  osasuorituksenVahvistusEnnenSuorituksen,
  suorituksenPäivämäärät,
  vahvistusEnnenPäättymistä,
  vahvistusEnnenPäättymistäAsetuksin,
  type VahvistusEnnenPäättymistäOptions,
} from './suoritusPaivat'
export { tyyppiMuuttunut } from './tyyppi'

/**
 * The general rules every type shares as they are. G-STAT-2 and G-LAAJ-2 take per-type options and are listed by
 * each type; G-MIT-1 runs on mitätöity documents only (see validate).
 */
export const yleisetSäännöt: readonly Rule<OpiskeluoikeusLike>[] = [
  lähdejärjestelmäIdPuuttuu,
  lähdejärjestelmäkytkennänPurkaminen,
  lähdejärjestelmäIdPoistettu,
  tyyppiMuuttunut,
  jaksojenJärjestys,
  päättävätTilat,
  päättymispäiväEnnenAlkamispäivää,
  arvioituPäättymispäiväEnnenAlkamispäivää,
  vahvistusEnnenPäättymistä,
  suorituksenPäivämäärät,
  valmiiltaPuuttuuOsasuorituksia,
  valmistuneeltaPuuttuuVahvistus,
  laajuusyksikkö,
  duplikaattiOsasuoritus,
]
export {
  AMMATILLINEN_VERTAILU,
  DUPLIKAATIN_SALLIVAT_DIAARINUMEROT,
  MUKS_VERTAILU,
  VST_VERTAILU,
  YLEINEN_VERTAILU,
  duplikaattiOpiskeluoikeus,
  opintokokonaisuudella,
  type DuplikaattiVertailu,
} from './duplikaattiOpiskeluoikeus'
