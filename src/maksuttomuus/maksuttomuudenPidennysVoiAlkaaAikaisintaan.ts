import { addDaysToDate } from '../date'
import { maksuttomuusVoimassaAsti } from './maksuttomuusVoimassaAsti'

/**
 * The earliest day an extension of free education granted from 1.8.2022 on may start: the day after the free period
 * by age ends, i.e. 1 January of the year the learner turns 21 (the limit of MK-PID-5).
 *
 * @example maksuttomuudenPidennysVoiAlkaaAikaisintaan('2004-05-27') // '2025-01-01'
 */
export function maksuttomuudenPidennysVoiAlkaaAikaisintaan(syntymäaika: string): string {
  return addDaysToDate(maksuttomuusVoimassaAsti(syntymäaika), 1)
}
