/**
 * Every rule of the LUVA study right (`luva`): the general rules (§3.2), KOSKI's LUVA rules (X-LUVA-1), the lukuvuosimaksu
 * cut-off (G-RAH-3), free education (§3.10; LUVA is kelpaava, X-MK-1), and the instruction's transition warnings
 * (X-SIIRT-1, X-SIIRT-2; seed 001). KOSKI does not run A-ERO-1 on LUVA (TilanAsettaminenKunVahvistettuSuoritusValidation
 * has no case for it).
 */
import { maksuttomuusSäännöt } from '../../../rules/maksuttomuus'
import { lukuvuosimaksuRahoitus } from '../../../rules/yleiset/rahoitusmuodot'
import type { Rule } from '../../../rules/types'
import { keskeneräinenOsasuoritus, yleisetSäännöt } from '../../../rules/yleiset'
import { luvaSiirtymäajanJälkeen, uusiSiirtymänKoulutus } from '../../../siirtyma/saannot'
import { lukioonValmistavanRakenne, type Luva } from './luva'

export { lukioonValmistavanRakenne, type Luva }

/** Every rule run on a LUVA study right, in order. */
export const luvaSäännöt: readonly Rule<Luva>[] = [
  ...yleisetSäännöt,
  keskeneräinenOsasuoritus(),
  lukioonValmistavanRakenne,
  lukuvuosimaksuRahoitus,
  ...maksuttomuusSäännöt,
  uusiSiirtymänKoulutus<Luva>('luva'),
  luvaSiirtymäajanJälkeen,
]
