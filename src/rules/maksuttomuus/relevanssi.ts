/**
 * MK-REL-1 — free-education data given where it is not relevant (KOSKI's `checkOpiskeluoikeudenMaksuttomuus`, stage 2;
 * catalogue §3.10). Reasons, in KOSKI's order, as far as this document and the options show:
 * (f) basic education completed before 1.1.2021 (fact `perusopetusSuoritettuEnnen2021`),
 * (h) born before 2004 (birth date), (i) a lukuvuosimaksu study right (rahoitus `16` here, or fact
 * `lukuvuosimaksullinenOpiskeluoikeus`), (a) no päätason suoritus fulfils compulsory education,
 * (b) the study right starts in a year the learner turns more than 20 (birth date), (d) exempted from compulsory
 * education (fact `vapautettuOppivelvollisuudesta`) and some jakso `maksuton`, (e) no hetu.
 * (c) and pre-IB concern lukio/IB study rights only; (g) "birth date missing from oppijanumerorekisteri" is not
 * knowable here. Without a birth date (b) and (h) are left out, and the rule is skipped only when no other reason holds.
 */
import { error } from '../../finding'
import { maksuttomuusVoimassaAsti } from '../../maksuttomuus/maksuttomuusVoimassaAsti'
import { oppivelvollisuudenSuorittamiseenKelpaava } from '../../maksuttomuus/oppivelvollisuudenSuorittamiseenKelpaava'
import { LAKI_VOIMASSA_VANHIN_SYNTYMÄAIKA } from '../../maksuttomuus/rajapaivat'
import * as m from '../../messages/maksuttomuus'
import { alkamispäivä, lisätietoPath } from '../helpers'
import type { ContextNeed, Rule, RuleContext } from '../types'
import {
  hetuton,
  lukuvuosimaksullinen,
  maksuttomuusjaksot,
  pidennysjaksot,
  type MaksuttomuusOpiskeluoikeus,
} from './lisatiedot'

/** The reasons MK-REL-1 finds, in KOSKI's order; those needing the birth date only when it is known. */
export function eiRelevanttiSyyt(oo: MaksuttomuusOpiskeluoikeus, ctx: RuleContext): m.EiRelevanttiSyy[] {
  const facts = ctx.options.maksuttomuus
  const birthDate = ctx.birthDate
  const a = alkamispäivä(oo)
  const syyt: m.EiRelevanttiSyy[] = []
  if (facts.perusopetusSuoritettuEnnen2021 === true) syyt.push('perusopetusEnnen2021')
  if (birthDate !== undefined && birthDate < LAKI_VOIMASSA_VANHIN_SYNTYMÄAIKA) syyt.push('syntynytEnnen2004')
  if (facts.lukuvuosimaksullinenOpiskeluoikeus === true || lukuvuosimaksullinen(oo)) syyt.push('lukuvuosimaksu')
  if (!oppivelvollisuudenSuorittamiseenKelpaava(oo.suoritukset)) syyt.push('eiKelpaa')
  // "alkamisvuosi > syntymävuosi + 20" is "alkamispäivä after 31.12.(syntymävuosi + 20)"
  if (birthDate !== undefined && a !== undefined && a > maksuttomuusVoimassaAsti(birthDate)) syyt.push('liianVanha')
  if (facts.vapautettuOppivelvollisuudesta === true && maksuttomuusjaksot(oo).some((j) => j.maksuton)) syyt.push('vapautettu')
  if (hetuton(ctx) === true) syyt.push('hetuton')
  return syyt
}

const BIRTH_DATE: readonly ContextNeed[] = Object.freeze(['birthDate'])
const NOTHING: readonly ContextNeed[] = Object.freeze([])

/** MK-REL-1: free-education (maksuttomuus) information given where it is not relevant to the study right is an error. */
export const maksuttomuustietoRelevantti: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-REL-1',
  needs: ['birthDate'],
  what: 'maksuttomuus given where it is not relevant: "Tieto koulutuksen maksuttomuudesta ei ole relevantti tässä opiskeluoikeudessa, sillä …", the reasons joined with " ja " (TUVA is kelpaava, T-MK-1; ammatillinen tutkinto, osittainen, VALMA, TELMA are, muu ammatillinen, TOPKS, näyttötutkintoon valmistava are not, A-MK-1)',
  keys: ['badRequest.validation'],
  severity: 'error',
  source: { catalogue: ['MK-REL-1', 'T-MK-1', 'VJ-MK-1', 'VV-MK-1', 'A-MK-1'], koski: 'MaksuttomuusValidation.checkOpiskeluoikeudenMaksuttomuus', muutoshistoria: ['2025-01-27', '2025-03-26', '2026-04-20'] },
  needsFor: (oo, ctx) =>
    ctx.birthDate === undefined && (maksuttomuusjaksot(oo).length > 0 || pidennysjaksot(oo).length > 0) && eiRelevanttiSyyt(oo, ctx).length === 0
      ? BIRTH_DATE
      : NOTHING,
  check: (oo, ctx) => {
    const siirretty = maksuttomuusjaksot(oo).length > 0
    if (!siirretty && pidennysjaksot(oo).length === 0) return []
    const syyt = eiRelevanttiSyyt(oo, ctx)
    return syyt.length === 0
      ? []
      : [error('MK-REL-1', 'badRequest.validation', lisätietoPath(ctx.polku, siirretty ? 'maksuttomuus' : 'oikeuttaMaksuttomuuteenPidennetty'), m.eiRelevantti(syyt))]
  },
}
