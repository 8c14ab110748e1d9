/**
 * The extensions against the age limit: MK-PID-5 (KOSKI's `validateLiianVarhaisetMaksuttomuudenPidennykset`, stage 2)
 * and MK-OHJE-2 (warning from seed 004). Both need the learner's birth date (options or hetu), and only for documents
 * with an extension they concern.
 */
import { yhdistä } from '../../aikajaksot'
import { addDaysToDate, formatFinnishDate } from '../../date'
import { viereinenPäivä } from '../../date/kalenteri'
import { warning, error, type Finding } from '../../finding'
import { maksuttomuudenPidennysVoiAlkaaAikaisintaan } from '../../maksuttomuus/maksuttomuudenPidennysVoiAlkaaAikaisintaan'
import { maksuttomuusVoimassaAsti } from '../../maksuttomuus/maksuttomuusVoimassaAsti'
import { OPPIVELVOLLISUUSLAKI_VOIMAAN, PIDENNYS_HAKEMUKSESTA_ALKAEN } from '../../maksuttomuus/rajapaivat'
import * as m from '../../messages/maksuttomuus'
import { OHJE_TUVA_LISÄTIEDOT } from '../lahteet'
import type { ContextNeed, Rule } from '../types'
import { alkamispäivä, lisätietoPath, päättymispäivä } from '../helpers'
import { järjestysAlunMukaan, maksuttomuusjaksot, pidennysjaksot, type MaksuttomuusOpiskeluoikeus } from './lisatiedot'

const BIRTH_DATE: readonly ContextNeed[] = Object.freeze(['birthDate'])
const NOTHING: readonly ContextNeed[] = Object.freeze([])

/**
 * MK-PID-5: an extension starting on or after 1.8.2022 may not start before the free period by age ends: alku ≤
 * 31.12.(birth year + 20) is an error naming 1.1.(birth year + 21). Extensions that started before 1.8.2022 stay valid.
 */
export const pidennysAikaisintaanIkärajanJälkeen: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-PID-5',
  needs: ['birthDate'],
  what: 'an extension starting on or after 1.8.2022 starts on or after 1.1.(birth year + 21)',
  keys: ['badRequest.validation'],
  severity: 'error',
  source: { koski: 'MaksuttomuusValidation.validateLiianVarhaisetMaksuttomuudenPidennykset', muutoshistoria: ['2024-04-26', '2025-02-20'] },
  needsFor: (oo) => (pidennysjaksot(oo).some((p) => p.alku >= PIDENNYS_HAKEMUKSESTA_ALKAEN) ? BIRTH_DATE : NOTHING),
  check: (oo, ctx) => {
    const pidennykset = pidennysjaksot(oo)
    if (ctx.birthDate === undefined || !pidennykset.some((p) => p.alku >= PIDENNYS_HAKEMUKSESTA_ALKAEN)) return []
    const raja = maksuttomuusVoimassaAsti(ctx.birthDate)
    const virheelliset = järjestysAlunMukaan(pidennykset)
      .map((i) => pidennykset[i]!)
      .filter((p) => p.alku >= PIDENNYS_HAKEMUKSESTA_ALKAEN && p.alku <= raja)
    if (virheelliset.length === 0) return []
    return [
      error(
        'MK-PID-5',
        'badRequest.validation',
        lisätietoPath(ctx.polku, 'oikeuttaMaksuttomuuteenPidennetty'),
        m.pidennysLiianAikaisin(
          virheelliset.map((p) => `${formatFinnishDate(p.alku)}–${formatFinnishDate(p.loppu)}`),
          formatFinnishDate(maksuttomuudenPidennysVoiAlkaaAikaisintaan(ctx.birthDate)),
        ),
      ),
    ]
  },
}

/**
 * MK-OHJE-2 (warning, seed 004 "Oikeutta maksuttomaan koulutukseen pidennetty": "Pidennys myönnetään sen jälkeiselle
 * ajalle, mihin oikeus maksuttomaan koulutukseen olisi oppivelvollisuuslain mukaisesti päättynyt"; extensions granted
 * 1.8.2021–31.7.2022 stay valid as they are). An extension starting before the free period by age ends is MK-PID-5
 * when it starts on or after 1.8.2022, and stays valid when it starts 1.8.2021–31.7.2022; what is left is one starting
 * before the law entered into force (1.8.2021), which no instruction keeps valid and KOSKI accepts.
 */
export const pidennysEnnenLainVoimaantuloa: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-OHJE-2',
  needs: ['birthDate'],
  what: 'an extension is for the time after the free period: one starting before 1.8.2021 inside it is kept by no rule',
  keys: ['koskiValidation.maksuttomuudenPidennysEnnenLainVoimaantuloa'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_LISÄTIEDOT, kohta: 'Oikeutta maksuttomaan koulutukseen pidennetty' } },
  needsFor: (oo) => (pidennysjaksot(oo).some((p) => p.alku < OPPIVELVOLLISUUSLAKI_VOIMAAN) ? BIRTH_DATE : NOTHING),
  check: (oo, ctx) => {
    const pidennykset = pidennysjaksot(oo)
    if (ctx.birthDate === undefined || !pidennykset.some((p) => p.alku < OPPIVELVOLLISUUSLAKI_VOIMAAN)) return []
    const raja = maksuttomuusVoimassaAsti(ctx.birthDate)
    const findings: Finding[] = []
    pidennykset.forEach((p, i) => {
      if (p.alku < OPPIVELVOLLISUUSLAKI_VOIMAAN && p.alku <= raja) {
        findings.push(
          warning(
            'MK-OHJE-2',
            'maksuttomuudenPidennysEnnenLainVoimaantuloa',
            lisätietoPath(ctx.polku, 'oikeuttaMaksuttomuuteenPidennetty', i),
            m.pidennysEnnenLainVoimaantuloa(m.pidennysTeksti(p), formatFinnishDate(raja)),
          ),
        )
      }
    })
    return findings
  },
}

/**
 * MK-OHJE-3 (warning, seed 004 "Koulutuksen maksuttomuus": "Koulutus on opiskelijalle … maksutonta sen kalenterivuoden
 * loppuun saakka, jolloin opiskelija täyttää 20 vuotta" (1214/2020 § 16), and extended only by
 * `oikeuttaMaksuttomuuteenPidennetty`): a `maksuton: true` jakso covers days after 31.12.(birth year + 20) that no
 * extension covers. The days looked at run to the päättymispäivä, or to `today` in an ongoing study right (a future
 * day is not yet wrong); a jakso ends the day before the next one starts (KOSKI's normalisation). A study right that
 * starts after that year is MK-REL-1's (an error), not this. Linear after sorting: jaksot and merged extensions are
 * walked together.
 */
export const maksutonIkärajanJälkeen: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-OHJE-3',
  needs: ['birthDate'],
  what: 'a `maksuton: true` jakso covers days after the end of the year the learner turns 20 that no extension (`oikeuttaMaksuttomuuteenPidennetty`) covers',
  keys: ['koskiValidation.maksutonIkärajanJälkeen'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_LISÄTIEDOT, kohta: 'Koulutuksen maksuttomuus' } },
  needsFor: (oo) => (maksuttomuusjaksot(oo).some((j) => j.maksuton) ? BIRTH_DATE : NOTHING),
  check: (oo, ctx) => {
    if (ctx.birthDate === undefined) return []
    const jaksot = maksuttomuusjaksot(oo)
    if (!jaksot.some((j) => j.maksuton)) return []
    const raja = maksuttomuusVoimassaAsti(ctx.birthDate)
    const a = alkamispäivä(oo)
    const viimeinen = päättymispäivä(oo) ?? ctx.today
    if (a === undefined || a > raja || viimeinen <= raja) return []
    const pidennykset = yhdistä(pidennysjaksot(oo).filter((p) => p.alku <= p.loppu))
    const järjestys = järjestysAlunMukaan(jaksot)
    const findings: Finding[] = []
    let k = 0 // the first merged extension that may still cover a day looked at (both lists are walked forwards)
    järjestys.forEach((index, n) => {
      const j = jaksot[index]!
      if (!j.maksuton) return
      const seuraava = järjestys[n + 1]
      const loppu = seuraava === undefined ? viimeinen : viereinenPäivä(jaksot[seuraava]!.alku, -1, addDaysToDate)
      let päivä = j.alku > raja ? j.alku : viereinenPäivä(raja, 1, addDaysToDate)
      const loppuun = loppu < viimeinen ? loppu : viimeinen
      if (päivä > loppuun) return
      while (k < pidennykset.length && pidennykset[k]!.loppu !== undefined && pidennykset[k]!.loppu! < päivä) k++
      const p = pidennykset[k]
      if (p !== undefined && (p.alku ?? '') <= päivä) päivä = p.loppu === undefined ? '9999-12-31' : viereinenPäivä(p.loppu, 1, addDaysToDate)
      if (päivä <= loppuun) {
        findings.push(warning('MK-OHJE-3', 'maksutonIkärajanJälkeen', lisätietoPath(ctx.polku, 'maksuttomuus', index), m.maksutonIkärajanJälkeen(päivä, raja)))
      }
    })
    return findings
  },
}
