/**
 * The cut-offs of the free-education rules (oppivelvollisuuslaki 1214/2020; KOSKI's `valpas.rajapäivät.*`, catalogue §0.5).
 */

/** Free education lasts until the end of the calendar year in which the learner turns this age (§ 16). */
export const MAKSUTTOMUUS_LOPPUU_IKÄ = 20

/** The oldest birth date in scope of the extended compulsory education (`lakiVoimassaVanhinSyntymäaika`). */
export const LAKI_VOIMASSA_VANHIN_SYNTYMÄAIKA = '2004-01-01'

/** Basic education completed before this day puts a learner out of scope (`lakiVoimassaPeruskoulustaValmistuneillaAlku`). */
export const LAKI_VOIMASSA_PERUSKOULUSTA_VALMISTUNEILLA_ALKU = '2021-01-01'

/** The law in force (oppivelvollisuuslaki 1214/2020 entered into force on 1.8.2021). */
export const OPPIVELVOLLISUUSLAKI_VOIMAAN = '2021-08-01'

/**
 * From 1.8.2022 an extension is granted on application only, for the time after the free period would have ended;
 * extensions that started before this day stay valid as they are (KOSKI: MK-PID-5 ignores them).
 */
export const PIDENNYS_HAKEMUKSESTA_ALKAEN = '2022-08-01'
