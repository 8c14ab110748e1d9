import { addMonthsToDate } from '../date/addMonthsToDate'
import { maksuttomuudenPidennysVoiAlkaaAikaisintaan } from './maksuttomuudenPidennysVoiAlkaaAikaisintaan'

/**
 * The earliest day a learner may apply for an extension of free education: six months before the free period by age
 * ends (oppivelvollisuuslaki 1214/2020 § 16: "aikaisintaan kuusi kuukautta ennen … maksuttomuuteen oikeuttavan ajan
 * päättymistä"). The period ends "sen kalenterivuoden lopussa", when 31 December ends, so six months before is the
 * start of 1 July of the year the learner turns 20. (Taking six months off the day 31.12. would give 30.6., but on
 * 30.6. the period still has six months and a day to run: too early.)
 *
 * @example maksuttomuudenPidennystäVoiHakeaAikaisintaan('2004-05-27') // '2024-07-01'
 */
export function maksuttomuudenPidennystäVoiHakeaAikaisintaan(syntymäaika: string): string {
  return addMonthsToDate(maksuttomuudenPidennysVoiAlkaaAikaisintaan(syntymäaika), -6)
}
