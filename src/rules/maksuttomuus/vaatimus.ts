/**
 * MK-REQ-1 — free-education data missing where KOSKI requires it (`maksuttomuustiedotVaaditaan`, stage 2; catalogue
 * §3.10). KOSKI requires it when neither list is sent and all hold: born on 1.1.2004 or later; no basic education
 * completed before 1.1.2021; the study right starts by 31.12.(birth year + 20); some päätason suoritus fulfils
 * compulsory education; a home municipality in mainland Finland before 18; no `ammatillinentutkintoosittainen`
 * päätaso (osia useasta tutkinnosta does need it) and no European School of Helsinki päätaso; not exempted from
 * compulsory education; no lukuvuosimaksu study right.
 *
 * Decided conservatively: what the document shows (päätaso, rahoitus `16`, start date) and the birth date (options or
 * hetu) are known; the rest are the caller's facts (`options.maksuttomuus`). The error is given only when every
 * condition is known to hold; when some fact is not given — and none given rules it out — a warning
 * (`koskiValidation.maksuttomuustietoSaatetaanVaatia`) says that KOSKI requires the data unless one of the unknown
 * facts exempts the learner. Without a birth date the rule is skipped (listed in `report.skipped`) when the document
 * alone does not rule it out.
 */
import { error, warning } from '../../finding'
import { maksuttomuusVoimassaAsti } from '../../maksuttomuus/maksuttomuusVoimassaAsti'
import { oppivelvollisuudenSuorittamiseenKelpaava } from '../../maksuttomuus/oppivelvollisuudenSuorittamiseenKelpaava'
import { LAKI_VOIMASSA_VANHIN_SYNTYMÄAIKA } from '../../maksuttomuus/rajapaivat'
import * as m from '../../messages/maksuttomuus'
import { alkamispäivä, lisätietoPath } from '../helpers'
import type { SuoritusLike } from '../shapes'
import type { ContextNeed, Rule, RuleContext } from '../types'
import { lukuvuosimaksullinen, maksuttomuustietojaSiirretty, type MaksuttomuusOpiskeluoikeus } from './lisatiedot'

/** KOSKI's `AmmatillisenTutkinnonOsittainenSuoritus` (not the "osia useasta tutkinnosta" one, which shares its tyyppi). */
const osatutkintotavoitteinen = (s: SuoritusLike): boolean =>
  s.tyyppi.koodiarvo === 'ammatillinentutkintoosittainen' && s.koulutusmoduuli.tunniste.koodiarvo !== 'ammatillinentutkintoosittainenuseastatutkinnosta'

/** KOSKI's `EuropeanSchoolOfHelsinkiPäätasonSuoritus`: the ESH grades. */
const eshPäätaso = (s: SuoritusLike): boolean => s.tyyppi.koodiarvo.startsWith('europeanschoolofhelsinkivuosiluokka')

type Arvio = { readonly vaaditaan: false } | { readonly vaaditaan: true; readonly tuntemattomat: readonly m.VaatimuksenTuntematon[] } | { readonly vaaditaan: 'syntymäaikaPuuttuu' }

/** Whether KOSKI would require maksuttomuus for this document, as far as known. */
function arvio(oo: MaksuttomuusOpiskeluoikeus, ctx: RuleContext): Arvio {
  if (maksuttomuustietojaSiirretty(oo)) return { vaaditaan: false }
  const facts = ctx.options.maksuttomuus
  if (
    !oppivelvollisuudenSuorittamiseenKelpaava(oo.suoritukset) ||
    oo.suoritukset.some(osatutkintotavoitteinen) ||
    oo.suoritukset.some(eshPäätaso) ||
    lukuvuosimaksullinen(oo) ||
    facts.lukuvuosimaksullinenOpiskeluoikeus === true ||
    facts.vapautettuOppivelvollisuudesta === true ||
    facts.perusopetusSuoritettuEnnen2021 === true ||
    facts.kotikuntaManneruomessaEnnen18 === false
  ) {
    return { vaaditaan: false }
  }
  const birthDate = ctx.birthDate
  if (birthDate === undefined) return { vaaditaan: 'syntymäaikaPuuttuu' }
  const a = alkamispäivä(oo)
  if (birthDate < LAKI_VOIMASSA_VANHIN_SYNTYMÄAIKA || a === undefined || a > maksuttomuusVoimassaAsti(birthDate)) return { vaaditaan: false }
  const tuntemattomat: m.VaatimuksenTuntematon[] = []
  if (facts.kotikuntaManneruomessaEnnen18 === undefined) tuntemattomat.push('kotikuntaManneruomessaEnnen18')
  if (facts.vapautettuOppivelvollisuudesta === undefined) tuntemattomat.push('vapautettuOppivelvollisuudesta')
  if (facts.perusopetusSuoritettuEnnen2021 === undefined) tuntemattomat.push('perusopetusSuoritettuEnnen2021')
  if (facts.lukuvuosimaksullinenOpiskeluoikeus === undefined) tuntemattomat.push('lukuvuosimaksullinenOpiskeluoikeus')
  return { vaaditaan: true, tuntemattomat }
}

const BIRTH_DATE: readonly ContextNeed[] = Object.freeze(['birthDate'])
const NOTHING: readonly ContextNeed[] = Object.freeze([])

/** MK-REQ-1: free-education (maksuttomuus) information missing where KOSKI requires it is an error (a warning when that depends on a fact only KOSKI knows). */
export const maksuttomuustietoVaaditaan: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-REQ-1',
  needs: ['birthDate'],
  what: 'maksuttomuus missing where KOSKI requires it ("Tieto koulutuksen maksuttomuudesta/maksullisuudesta vaaditaan opiskeluoikeudelle."); a warning when a fact only KOSKI knows is not given',
  keys: ['badRequest.validation', 'koskiValidation.maksuttomuustietoSaatetaanVaatia'],
  severity: ['error', 'warning'],
  source: { catalogue: ['MK-REQ-1', 'T-MK-1', 'A-MK-1'], koski: 'MaksuttomuusValidation.maksuttomuustiedotVaaditaan', muutoshistoria: ['2024-04-23', '2024-09', '2025-01-27', '2025-02-25', '2026-04-20'] },
  needsFor: (oo, ctx) => (ctx.birthDate === undefined && arvio(oo, ctx).vaaditaan === 'syntymäaikaPuuttuu' ? BIRTH_DATE : NOTHING),
  check: (oo, ctx) => {
    const a = arvio(oo, ctx)
    if (a.vaaditaan !== true) return []
    const path = lisätietoPath(ctx.polku, 'maksuttomuus')
    return a.tuntemattomat.length === 0
      ? [error('MK-REQ-1', 'badRequest.validation', path, m.maksuttomuusVaaditaan)]
      : [warning('MK-REQ-1', 'maksuttomuustietoSaatetaanVaatia', path, m.maksuttomuusSaatetaanVaatia(a.tuntemattomat))]
  },
}
