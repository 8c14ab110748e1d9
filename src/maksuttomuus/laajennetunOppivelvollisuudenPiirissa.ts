import type { MaksuttomuusFacts } from '../options'
import { LAKI_VOIMASSA_VANHIN_SYNTYMÄAIKA } from './rajapaivat'

/** Why a learner is not in scope of the extended compulsory education (KOSKI's texts in MK-REL-1 (f) and (h)). */
export type EiLaajennetunOppivelvollisuudenPiirissäSyy =
  /** Completed basic education (perusopetuksen oppimäärä or equivalent) before 1.1.2021. */
  | 'perusopetusSuoritettuEnnen2021'
  /** Born before 1.1.2004. */
  | 'syntynytEnnen2004'

/** Whether a learner is within extended compulsory education (laajennettu oppivelvollisuus), or the reasons they are not. */
export type LaajennetunOppivelvollisuudenPiirissä =
  | { readonly inScope: true }
  | { readonly inScope: false; readonly reasons: readonly EiLaajennetunOppivelvollisuudenPiirissäSyy[] }
  /** Born 2004 or later, but whether basic education was completed before 1.1.2021 was not stated. */
  | { readonly inScope: undefined; readonly unknown: readonly 'perusopetusSuoritettuEnnen2021'[] }

/**
 * Whether a learner born on `syntymäaika` (`YYYY-MM-DD`) is in scope of the extended compulsory education
 * (oppivelvollisuuslaki 1214/2020): born on 1.1.2004 or later, and not having completed basic education before
 * 1.1.2021. Out of scope, the reasons come as data (both when both hold, in KOSKI's order:
 * `eiOppivelvollisuudenLaajentamislainPiirissäSyyt` names basic education first); when the basic-education fact is not
 * given, `inScope` is `undefined` and `unknown` names it.
 *
 * @example
 * laajennetunOppivelvollisuudenPiirissä('2003-12-31') // { inScope: false, reasons: ['syntynytEnnen2004'] }
 * laajennetunOppivelvollisuudenPiirissä('2005-03-01', { perusopetusSuoritettuEnnen2021: false }) // { inScope: true }
 * laajennetunOppivelvollisuudenPiirissä('2005-03-01') // { inScope: undefined, unknown: ['perusopetusSuoritettuEnnen2021'] }
 */
export function laajennetunOppivelvollisuudenPiirissä(
  syntymäaika: string,
  tiedot: Pick<MaksuttomuusFacts, 'perusopetusSuoritettuEnnen2021'> = {},
): LaajennetunOppivelvollisuudenPiirissä {
  const reasons: EiLaajennetunOppivelvollisuudenPiirissäSyy[] = []
  if (tiedot.perusopetusSuoritettuEnnen2021 === true) reasons.push('perusopetusSuoritettuEnnen2021')
  if (syntymäaika < LAKI_VOIMASSA_VANHIN_SYNTYMÄAIKA) reasons.push('syntynytEnnen2004')
  if (reasons.length > 0) return { inScope: false, reasons }
  if (tiedot.perusopetusSuoritettuEnnen2021 === undefined) return { inScope: undefined, unknown: ['perusopetusSuoritettuEnnen2021'] }
  return { inScope: true }
}
