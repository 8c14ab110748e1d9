/**
 * Every rule of the TUVA study right (`tuva`), in one place: the general rules (§3.2) with TUVA's variants, then
 * TUVA's own (§3.3).
 */
import type { TutkintokoulutukseenValmentavanOpiskeluoikeus } from '../codec'
import type { Rule, RuleMeta } from '../../../rules/types'
import { YLEINEN_VERTAILU, duplikaattiOpiskeluoikeus, keskeneräinenOsasuoritus, laajuuksienSumma, yleisetSäännöt } from '../../../rules/yleiset'
import { tuvaHyväksytty } from './apu'
import { maksuttomuusSäännöt } from '../../../rules/maksuttomuus'
import { jotpaSäännöt } from '../../../rules/jotpa'
import { lisätiedotLuvanMukaan } from './lupa'
import { tuvanOmatSäännöt } from './omat'
import { tuvanSiirtymäsäännöt } from '../../../siirtyma/saannot'

export { tuvaHyväksytty }

/** Every rule run on a TUVA study right: the common rules and TUVA's own ({@link tuvanOmatSäännöt}), in order. */
export const tuvaSäännöt: readonly Rule<TutkintokoulutukseenValmentavanOpiskeluoikeus>[] = [
  ...yleisetSäännöt,
  keskeneräinenOsasuoritus(),
  // G-LAAJ-2, TUVA variant (= T-LAAJ-2): only accepted children count; the päätaso laajuus is recomputed by KOSKI (T-LAAJ-1).
  laajuuksienSumma({ vainHyväksytyt: tuvaHyväksytty, päätasonLaajuusLasketaan: true }),
  // G-DUPOO-1 by KOSKI's generic criterion (= T-DUP-1)
  duplikaattiOpiskeluoikeus(YLEINEN_VERTAILU),
  ...tuvanOmatSäännöt,
  // J-*: TUVA's jaksot may not carry JOTPA rahoitus (its codec rejects 14/15 first) and its lisätiedot have no jotpaAsianumero.
  ...jotpaSäännöt<TutkintokoulutukseenValmentavanOpiskeluoikeus>({ jotpaRahoitusSallittu: false }),
  ...maksuttomuusSäännöt,
  // the 2022 transition (seed 001; src/siirtyma): X-SIIRT-3, X-SIIRT-4, with the learner's stored study rights
  ...tuvanSiirtymäsäännöt,
]

/** The metadata of TUVA's checks made by its codec rather than by a rule (T-LUPA-1). */
export const tuvanRakennesäännöt: readonly RuleMeta[] = [lisätiedotLuvanMukaan]
