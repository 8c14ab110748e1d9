/**
 * The free-education (koulutuksen maksuttomuus) rules MK-* (catalogue §3.10), for every study right with these fields:
 * they read `lisätiedot.maksuttomuus` and `lisätiedot.oikeuttaMaksuttomuuteenPidennetty` structurally and decide
 * "kelpaava" from the päätason suoritus tyyppi, so a later study-right type lists them as they are.
 */
import type { Rule } from '../types'
import { maksutonIkärajanJälkeen, pidennysAikaisintaanIkärajanJälkeen, pidennysEnnenLainVoimaantuloa } from './ikaraja'
import {
  maksuttomuusjaksojenAlkupäivätEriävät,
  maksuttomuusjaksojenLoppupäivät,
  maksuttomuusjaksotVoimassaolonSisällä,
  maksuttomuusOpiskeluoikeudenAlusta,
} from './jaksot'
import type { MaksuttomuusOpiskeluoikeus } from './lisatiedot'
import { pidennyksenLoppuEiEnnenAlkua, pidennyksetEivätPäällekkäin, pidennyksetVoimassaolonSisällä, pidennysVainMaksuttomalla } from './pidennys'
import { maksuttomuustietoRelevantti } from './relevanssi'
import { maksuttomuustietoVaaditaan } from './vaatimus'

export { maksutonIkärajanJälkeen, pidennysAikaisintaanIkärajanJälkeen, pidennysEnnenLainVoimaantuloa } from './ikaraja'
export {
  maksuttomuusjaksojenAlkupäivätEriävät,
  maksuttomuusjaksojenLoppupäivät,
  maksuttomuusjaksotVoimassaolonSisällä,
  maksuttomuusOpiskeluoikeudenAlusta,
} from './jaksot'
export { pidennyksenLoppuEiEnnenAlkua, pidennyksetEivätPäällekkäin, pidennyksetVoimassaolonSisällä, pidennysVainMaksuttomalla } from './pidennys'
export { maksuttomuustietoRelevantti, eiRelevanttiSyyt } from './relevanssi'
export { maksuttomuustietoVaaditaan } from './vaatimus'
export type { MaksuttomuusOpiskeluoikeus } from './lisatiedot'

/** In KOSKI's order: stage 1 (jaksot, then extensions), stage 2 (age limit, relevance, requirement), then our warnings. */
export const maksuttomuusSäännöt: readonly Rule<MaksuttomuusOpiskeluoikeus>[] = [
  maksuttomuusjaksotVoimassaolonSisällä,
  maksuttomuusjaksojenAlkupäivätEriävät,
  maksuttomuusjaksojenLoppupäivät,
  pidennyksetVoimassaolonSisällä,
  pidennyksenLoppuEiEnnenAlkua,
  pidennyksetEivätPäällekkäin,
  pidennysVainMaksuttomalla,
  pidennysAikaisintaanIkärajanJälkeen,
  maksuttomuustietoRelevantti,
  maksuttomuustietoVaaditaan,
  maksuttomuusOpiskeluoikeudenAlusta,
  pidennysEnnenLainVoimaantuloa,
  maksutonIkärajanJälkeen,
]
