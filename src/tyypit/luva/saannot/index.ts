/**
 * Every rule of the LUVA study right (`luva`): the general rules (§3.2; G-DUP-1 with KOSKI's identity of LUVA's
 * kieliaineet, ./duplikaatit), G-DUPOO-1 (DuplikaattiValidation: a LUVA study right falls to its last case,
 * findSamaOppilaitosJaTyyppiSamaanAikaan), KOSKI's LUVA rules (X-LUVA-1), L-AOM-1 (src/rules/yhteiset: LUVA's
 * VierasTaiToinenKotimainenKieli2015/2019), KOSKI's lukio 2019 validators that reach LUVA's 2019 oppiaineet
 * (L19-OS-1, L19-VK-1, L19-ARV-1; ./lukio2019), the lukuvuosimaksu cut-off (G-RAH-3), free education (§3.10; LUVA is
 * kelpaava, X-MK-1), the instruction's transition warnings (X-SIIRT-1, X-SIIRT-2; seed 001) and our warning of the
 * fields KOSKI drops (X-LUVA-POIS-1, ./poistettavat). KOSKI does not run
 * A-ERO-1 on LUVA (TilanAsettaminenKunVahvistettuSuoritusValidation has no case for it).
 */
import { maksuttomuusSäännöt } from '../../../rules/maksuttomuus'
import { lukuvuosimaksuRahoitus } from '../../../rules/yleiset/rahoitusmuodot'
import type { Rule } from '../../../rules/types'
import { äidinkielenomaisenKieli } from '../../../rules/yhteiset/aidinkielenomainen'
import { YLEINEN_VERTAILU, duplikaattiOpiskeluoikeus, duplikaattiOsasuoritus, keskeneräinenOsasuoritus, yleisetSäännöt } from '../../../rules/yleiset'
import { luvaSiirtymäajanJälkeen, uusiSiirtymänKoulutus } from '../../../siirtyma/saannot'
import { luvanDuplikaatit } from './duplikaatit'
import { lukio2019Säännöt } from './lukio2019'
import { lukioonValmistavanRakenne, type Luva } from './luva'
import { luvanTiputettavatKentät } from './poistettavat'

export { lukio2019Säännöt, lukioonValmistavanRakenne, luvanDuplikaatit, luvanTiputettavatKentät, type Luva }

/** L-AOM-1: the kieli of an äidinkielenomainen kieli oppiaine (`AOM`, a lukio 2015 or 2019 oppiaine in LUVA) is FI or SV. */
export const luvanÄidinkielenomainenKieli = äidinkielenomaisenKieli<Luva>({
  meta: { id: 'L-AOM-1', what: 'an äidinkielenomainen kieli oppiaine (`AOM`) has kieli FI or SV' },
})

/** Every rule run on a LUVA study right, in order. */
export const luvaSäännöt: readonly Rule<Luva>[] = [
  // G-DUP-1 with KOSKI's identity of LUVA's kieliaineet (./duplikaatit)
  ...yleisetSäännöt.map((r) => (r === duplikaattiOsasuoritus ? luvanDuplikaatit : r)),
  duplikaattiOpiskeluoikeus(YLEINEN_VERTAILU),
  keskeneräinenOsasuoritus(),
  lukioonValmistavanRakenne,
  luvanÄidinkielenomainenKieli,
  ...lukio2019Säännöt,
  lukuvuosimaksuRahoitus,
  ...maksuttomuusSäännöt,
  uusiSiirtymänKoulutus<Luva>('luva'),
  luvaSiirtymäajanJälkeen,
  luvanTiputettavatKentät,
]
