/**
 * TUVA's own rules (catalogue §3.3, seeds 001 and 004), one file per concern. T-LUPA-1 is reported by the codec
 * (src/codecs/tuva.ts), T-LAAJ-2 is the TUVA variant of G-LAAJ-2 and T-STAT-1 the general G-STAT-2/3/4 and G-SUOR-1
 * (listed in ./index.ts).
 */
import type { TutkintokoulutukseenValmentavanOpiskeluoikeus } from '../codec'
import type { Rule } from '../../../rules/types'
import { diaarinumeroTarkistamatta, diaarinumeroVaaditaan } from './diaari'
import { eronneenArvioinnit } from './eronnut'
import { päätasonLaajuusLasketaan } from './laajuus'
import { vammaisuusjaksotErityisenTuenAikana, vammaisuusjaksotEivätPäällekkäin } from './lisatiedot'
import { järjestämislupaEiMuutu } from './lupa'
import {
  koulutusvientiMuutaKauttaRahoitettu,
  majoitusJaSisäoppilaitosmainenMajoitus,
  majoitusetuJaKuljetusetu,
  majoitusetuJaSisäoppilaitosmainenMajoitus,
  suoritusaikaEnintäänVuosi,
  vaativanErityisenTuenMajoitus,
  vaikeastiVammainenErityinenTehtävä,
} from './ohjeet'
import { erityinenTukiOpiskeluoikeudenAikana, hyväksytyilläOsillaLaajuus, lisätietojaksotVoimassaolonSisälläTuva, tyhjätLisätietolistatTuva } from './ohjeet2'
import { rahoitusVaaditaan } from './rahoitus'
import { eronnutKielletty, lomaVainAmmatillisellaLuvalla } from './tila'
import { opiskeluJaUrasuunnittelutaidot, osienLaajuudet, valmistuneenLaajuus } from './valmistuminen'
import { vosErityinenTuki, vosLoma, vosVaikeastiVammainen, vosVammainenJaAvustaja } from './vos'

/** TUVA's own rules: KOSKI's TUVA errors and the warnings from the TUVA instructions. */
export const tuvanOmatSäännöt: readonly Rule<TutkintokoulutukseenValmentavanOpiskeluoikeus>[] = [
  // KOSKI's errors
  eronnutKielletty, // T-TILA-1
  lomaVainAmmatillisellaLuvalla, // T-TILA-2
  rahoitusVaaditaan, // T-RAH-1
  valmistuneenLaajuus, // T-VALM-1
  osienLaajuudet, // T-VALM-2
  opiskeluJaUrasuunnittelutaidot, // T-VALM-3
  eronneenArvioinnit, // T-ERO-1
  diaarinumeroVaaditaan, // T-DIAARI-1
  vammaisuusjaksotEivätPäällekkäin, // T-LT-1
  vammaisuusjaksotErityisenTuenAikana, // T-LT-2
  vosErityinenTuki, // T-VOS-1
  vosVaikeastiVammainen, // T-VOS-2
  vosVammainenJaAvustaja, // T-VOS-3
  vosLoma, // T-VOS-4
  järjestämislupaEiMuutu, // T-LUPA-2 (needs previous)
  // Warnings: what KOSKI computes itself or cannot check offline
  päätasonLaajuusLasketaan, // T-LAAJ-1
  diaarinumeroTarkistamatta, // T-DIAARI-2
  // Warnings from the instructions (seed 004)
  majoitusJaSisäoppilaitosmainenMajoitus, // T-OHJE-1
  majoitusetuJaSisäoppilaitosmainenMajoitus, // T-OHJE-2
  majoitusetuJaKuljetusetu, // T-OHJE-3
  vaativanErityisenTuenMajoitus, // T-OHJE-4
  vaikeastiVammainenErityinenTehtävä, // T-OHJE-5
  koulutusvientiMuutaKauttaRahoitettu, // T-OHJE-6
  suoritusaikaEnintäänVuosi, // T-OHJE-7
  erityinenTukiOpiskeluoikeudenAikana, // T-OHJE-9
  // Warnings from the instructions (seed 001)
  hyväksytyilläOsillaLaajuus, // T-OHJE-8
  // The shared lisätiedot warnings (seed 004)
  tyhjätLisätietolistatTuva, // G-OHJE-1
  lisätietojaksotVoimassaolonSisälläTuva, // G-OHJE-2
]
