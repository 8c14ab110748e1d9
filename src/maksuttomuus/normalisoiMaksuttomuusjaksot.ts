import { addDaysToDate } from '../date'

/** A maksuttomuus jakso (`lisätiedot.maksuttomuus[i]`): `alku`, optional `loppu`, `maksuton`. */
export interface Maksuttomuusjakso {
  readonly alku: string
  readonly loppu?: string
  readonly maksuton: boolean
}

/**
 * The maksuttomuus jaksot as KOSKI stores them (MK-JAKSO-3): sorted by `alku` (stable), each `loppu` the day before
 * the next jakso's `alku`, the last one open (no `loppu`). A sent `loppu` is discarded. New objects; the input is not
 * changed. (KOSKI normalises only when the starts are unique and inside the study right, MK-JAKSO-1/2.)
 *
 * @example
 * normalisoiMaksuttomuusjaksot([{ alku: '2021-10-01', maksuton: true }, { alku: '2021-08-01', loppu: '2022-01-01', maksuton: false }])
 * // [{ alku: '2021-08-01', loppu: '2021-09-30', maksuton: false }, { alku: '2021-10-01', maksuton: true }]
 */
export function normalisoiMaksuttomuusjaksot(jaksot: readonly Maksuttomuusjakso[]): Maksuttomuusjakso[] {
  const sorted = jaksot.length < 2 ? jaksot.slice() : jaksot.slice().sort((a, b) => (a.alku < b.alku ? -1 : a.alku > b.alku ? 1 : 0))
  const result: Maksuttomuusjakso[] = new Array<Maksuttomuusjakso>(sorted.length)
  for (let i = 0; i < sorted.length; i++) {
    const jakso = sorted[i]!
    const next = sorted[i + 1]
    result[i] = next === undefined ? { alku: jakso.alku, maksuton: jakso.maksuton } : { alku: jakso.alku, loppu: addDaysToDate(next.alku, -1), maksuton: jakso.maksuton }
  }
  return result
}
