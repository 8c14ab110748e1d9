import { lastDayOfYear, yearOfDate } from '../date'
import { MAKSUTTOMUUS_LOPPUU_IKÄ } from './rajapaivat'

/**
 * The last day of free education by age for a learner born on `syntymäaika` (`YYYY-MM-DD`): 31 December of the year
 * in which the learner turns 20 (oppivelvollisuuslaki 1214/2020 § 16; KOSKI's `maksuttomuusVoimassaAstiIänPerusteella`).
 *
 * @example maksuttomuusVoimassaAsti('2004-05-27') // '2024-12-31'
 */
export function maksuttomuusVoimassaAsti(syntymäaika: string): string {
  return lastDayOfYear(yearOfDate(syntymäaika) + MAKSUTTOMUUS_LOPPUU_IKÄ)
}
