/**
 * Every rule of the MUKS study right (`muukuinsaanneltykoulutus`), in one place: the general rules (§3.2) with MUKS's
 * variants, G-DUPOO-1 by opintokokonaisuus, MUKS's own (§3.7), the JOTPA rules (§3.4) and the opintokokonaisuus code's
 * form (G-OK-1, seed 000). No free-education rules: MUKS has no such fields.
 */
import type { MuunKuinSäännellynKoulutuksenOpiskeluoikeus } from '../codec'
import type { Rule, RuleMeta } from '../../../rules/types'
import type { SuoritusLike } from '../../../rules/shapes'
import {
  MUKS_VERTAILU,
  duplikaattiOpiskeluoikeus,
  keskeneräinenOsasuoritus,
  laajuuksienSumma,
  osasuorituksenVahvistusEnnenSuorituksen,
  yleisetSäännöt,
} from '../../../rules/yleiset'
import { jotpaSäännöt } from '../../../rules/jotpa'
import { opintokokonaisuudenMuoto } from '../../../rules/yhteiset'
import { eiMaksuttomuutta, muksinOmatSäännöt } from './omat'

/** KOSKI's `valmis` for MUKS: the päätaso when vahvistettu (MahdollisestiArvioinniton); an osasuoritus always (it needs neither arviointi nor vahvistus). */
export const muksValmis = (s: SuoritusLike, päätaso: boolean): boolean => !päätaso || s.vahvistus !== undefined

/** Every rule run on a MUKS study right, in order. */
export const muksSäännöt: readonly Rule<MuunKuinSäännellynKoulutuksenOpiskeluoikeus>[] = [
  ...yleisetSäännöt,
  osasuorituksenVahvistusEnnenSuorituksen,
  // G-STAT-2: a MUKS osasuoritus is always valmis, so it never fires; run as KOSKI runs it
  keskeneräinenOsasuoritus({ osasuoritusAinaValmis: true }),
  // G-LAAJ-2, MUKS variant (= M-LAAJ-1): every osasuoritus with children is compared; the päätaso when vahvistettu
  laajuuksienSumma({ valmis: muksValmis }),
  duplikaattiOpiskeluoikeus(MUKS_VERTAILU),
  ...muksinOmatSäännöt,
  // J-*: MUKS jaksot carry JOTPA rahoitus (14/15 by the schema), its lisätiedot have jotpaAsianumero
  ...jotpaSäännöt<MuunKuinSäännellynKoulutuksenOpiskeluoikeus>({ jotpaRahoitusSallittu: true, asianumero: (oo) => oo.lisätiedot?.jotpaAsianumero }),
  // G-OK-1 (ours, seed 000): the opintokokonaisuus code has ePerusteet's four-digit form
  opintokokonaisuudenMuoto<MuunKuinSäännellynKoulutuksenOpiskeluoikeus>(),
]

/** The metadata of MUKS's checks made by its codec rather than by a rule (M-MK-1). */
export const muksinRakennesäännöt: readonly RuleMeta[] = [eiMaksuttomuutta]
