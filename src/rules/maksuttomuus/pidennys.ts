/**
 * MK-PID-1…4 — the extension periods (`oikeuttaMaksuttomuuteenPidennetty`), sorted by `alku` as KOSKI does
 * (MaksuttomuusValidation.validateMaksuttomuuttaPidennetty, stage 1; catalogue §3.10). As in KOSKI they are checked
 * only when the maksuttomuus jaksot pass MK-JAKSO-1/2.
 */
import { error, warning, type Finding } from '../../finding'
import * as m from '../../messages/maksuttomuus'
import type { MaksuttomuusjaksoLike, PidennysjaksoLike } from '../shapes'
import type { Rule, RuleContext } from '../types'
import {
  järjestysAlunMukaan,
  lisätietoPath,
  maksuttomuusjaksot,
  maksuttomuusjaksotKelpaavat,
  pidennysjaksot,
  voimassaolo,
  voimassaolonSisällä,
  type MaksuttomuusOpiskeluoikeus,
} from './lisatiedot'

const KEY = 'badRequest.validation'
const FIELD = 'oikeuttaMaksuttomuuteenPidennetty'

interface Järjestetyt {
  /** The extension periods sorted by `alku`. */
  readonly jaksot: readonly PidennysjaksoLike[]
  /** Their indices in the input. */
  readonly indeksit: readonly number[]
}

/** The extension periods in KOSKI's order, when KOSKI gets to check them (some sent, MK-JAKSO-1/2 pass). */
function tarkistettavat(oo: MaksuttomuusOpiskeluoikeus): Järjestetyt | undefined {
  const pidennykset = pidennysjaksot(oo)
  if (pidennykset.length === 0 || !maksuttomuusjaksotKelpaavat(oo, maksuttomuusjaksot(oo))) return undefined
  const indeksit = järjestysAlunMukaan(pidennykset)
  return { jaksot: indeksit.map((i) => pidennykset[i]!), indeksit }
}

const path = (ctx: RuleContext, index?: number): string => lisätietoPath(ctx, FIELD, index)

/** MK-PID-1: every extension starts inside the study right (A ≤ alku ≤ P; its `loppu` may be after P). */
export const pidennyksetVoimassaolonSisällä: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-PID-1',
  check: (oo, ctx) => {
    const t = tarkistettavat(oo)
    if (t === undefined) return []
    const ulkopuolella = t.jaksot.filter((p) => !voimassaolonSisällä(oo, p.alku))
    return ulkopuolella.length === 0 ? [] : [error('MK-PID-1', KEY, path(ctx), m.pidennysVoimassaolonUlkopuolella(voimassaolo(oo), ulkopuolella.map(m.pidennysTeksti)))]
  },
}

/** MK-PID-2: `alku ≤ loppu` (the same day is allowed). */
export const pidennyksenLoppuEiEnnenAlkua: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-PID-2',
  check: (oo, ctx) => {
    const t = tarkistettavat(oo)
    if (t === undefined) return []
    const virheelliset = t.jaksot.filter((p) => p.alku > p.loppu)
    return virheelliset.length === 0 ? [] : [error('MK-PID-2', KEY, path(ctx), m.pidennyksenLoppuEnnenAlkua(virheelliset))]
  },
}

const sisältää = (p: PidennysjaksoLike, d: string): boolean => d >= p.alku && d <= p.loppu

/** KOSKI's `a.overlaps(b)`: a's start or a's end lies in b (inclusive). A period containing b is not caught. */
const koskenPäällekkäisyys = (a: PidennysjaksoLike, b: PidennysjaksoLike): boolean => sisältää(b, a.alku) || sisältää(b, a.loppu)

/** Two well-formed periods share a day. */
const päällekkäin = (a: PidennysjaksoLike, b: PidennysjaksoLike): boolean => a.alku <= a.loppu && b.alku <= b.loppu && a.alku <= b.loppu && b.alku <= a.loppu

/**
 * MK-PID-3: no overlapping extensions. The error is KOSKI's: only neighbours (after sorting) are compared, and only
 * by whether the first one's start or end lies in the second. An overlap that this misses — a period containing
 * another, or overlapping a later non-neighbour — is a warning of ours (`koskiValidation.maksuttomuudenPidennyksetPäällekkäin`).
 */
export const pidennyksetEivätPäällekkäin: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-PID-3',
  check: (oo, ctx) => {
    const t = tarkistettavat(oo)
    if (t === undefined || t.jaksot.length < 2) return []
    const { jaksot, indeksit } = t
    const findings: Finding[] = []
    const parit: string[] = []
    for (let k = 0; k + 1 < jaksot.length; k++) {
      if (koskenPäällekkäisyys(jaksot[k]!, jaksot[k + 1]!)) parit.push(`(${m.pidennysTeksti(jaksot[k]!)},${m.pidennysTeksti(jaksot[k + 1]!)})`)
    }
    if (parit.length > 0) findings.push(error('MK-PID-3', KEY, path(ctx), m.pidennyksetPäällekkäisiä(parit)))
    for (let i = 0; i < jaksot.length; i++) {
      for (let j = i + 1; j < jaksot.length; j++) {
        const a = jaksot[i]!
        const b = jaksot[j]!
        const koskiHuomaa = j === i + 1 && koskenPäällekkäisyys(a, b)
        if (!koskiHuomaa && päällekkäin(a, b)) {
          findings.push(
            warning('MK-PID-3', 'maksuttomuudenPidennyksetPäällekkäin', path(ctx, indeksit[i]), m.pidennyksetPäällekkäinHuomaamatta(m.pidennysTeksti(a), m.pidennysTeksti(b))),
          )
        }
      }
    }
    return findings
  },
}

/**
 * A normalised maksuton jakso contains the whole extension. The normalised `loppu` is the day before the next
 * jakso's `alku`, so "d ≤ loppu" is "d < next alku" — no date arithmetic needed; the last jakso is open.
 */
function maksuttomallaJaksolla(jaksot: readonly MaksuttomuusjaksoLike[], järjestys: readonly number[], p: PidennysjaksoLike): boolean {
  for (let k = 0; k < järjestys.length; k++) {
    const jakso = jaksot[järjestys[k]!]!
    if (!jakso.maksuton) continue
    const seuraava = järjestys[k + 1] === undefined ? undefined : jaksot[järjestys[k + 1]!]!.alku
    const sisällä = (d: string): boolean => d >= jakso.alku && (seuraava === undefined || d < seuraava)
    if (sisällä(p.alku) && sisällä(p.loppu)) return true
  }
  return false
}

/**
 * MK-PID-4: each extension lies inside a single maksuttomuus jakso with `maksuton: true` (after KOSKI's normalisation);
 * with no maksuttomuus jaksot every extension fails. One error (KOSKI's typos kept).
 */
export const pidennysVainMaksuttomalla: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-PID-4',
  check: (oo, ctx) => {
    const t = tarkistettavat(oo)
    if (t === undefined) return []
    const jaksot = maksuttomuusjaksot(oo)
    const järjestys = järjestysAlunMukaan(jaksot)
    return t.jaksot.every((p) => maksuttomallaJaksolla(jaksot, järjestys, p)) ? [] : [error('MK-PID-4', KEY, path(ctx), m.pidennysMaksullisella)]
  },
}
