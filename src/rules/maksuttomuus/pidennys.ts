/**
 * MK-PID-1…4 — the extension periods (`oikeuttaMaksuttomuuteenPidennetty`), sorted by `alku` as KOSKI does
 * (MaksuttomuusValidation.validateMaksuttomuuttaPidennetty, stage 1; catalogue §3.10). As in KOSKI they are checked
 * only when the maksuttomuus jaksot pass MK-JAKSO-1/2.
 */
import { ehjä, ehjätPäällekkäin, koskenOverlaps, viimeinenEnintään } from '../../aikajaksot'
import { error, warning, type Finding, type OmaPolku } from '../../finding'
import * as m from '../../messages/maksuttomuus'
import { lisätietoPath } from '../helpers'
import type { PidennysjaksoLike } from '../shapes'
import type { Rule, RuleContext } from '../types'
import {
  järjestysAlunMukaan,
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

const path = (ctx: RuleContext, index?: number): OmaPolku => lisätietoPath(ctx.polku, FIELD, index)

/** MK-PID-1: every extension starts inside the study right (A ≤ alku ≤ P; its `loppu` may be after P). */
export const pidennyksetVoimassaolonSisällä: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-PID-1',
  what: 'an extension starts inside the study right (its end may be after P)',
  keys: ['badRequest.validation'],
  severity: 'error',
  source: { koski: 'MaksuttomuusValidation.validateMaksuttomuuttaPidennetty', muutoshistoria: ['2025-02-28'] },
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
  what: 'an extension does not end before it starts',
  keys: ['badRequest.validation'],
  severity: 'error',
  source: { koski: 'MaksuttomuusValidation.validateMaksuttomuuttaPidennetty' },
  check: (oo, ctx) => {
    const t = tarkistettavat(oo)
    if (t === undefined) return []
    const virheelliset = t.jaksot.filter((p) => p.alku > p.loppu)
    return virheelliset.length === 0 ? [] : [error('MK-PID-2', KEY, path(ctx), m.pidennyksenLoppuEnnenAlkua(virheelliset))]
  },
}

/**
 * MK-PID-3: no overlapping extensions. The error is KOSKI's: only neighbours (after sorting) are compared, and only
 * by whether the first one's start or end lies in the second. An overlap that this misses is a warning of ours
 * (`koskiValidation.maksuttomuudenPidennyksetPäällekkäin`). For each period, in order: its neighbour when they
 * overlap and KOSKI misses it (a period containing the next one), and the earlier non-neighbour reaching furthest when
 * that one overlaps it — at most two warnings per period, found in one pass (naming every overlapping pair would make
 * the findings quadratic in the list).
 */
export const pidennyksetEivätPäällekkäin: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-PID-3',
  what: 'neighbouring extensions do not overlap (KOSKI compares only neighbours); an overlap KOSKI misses is our warning',
  keys: ['badRequest.validation', 'koskiValidation.maksuttomuudenPidennyksetPäällekkäin'],
  severity: ['error', 'warning'],
  source: { koski: 'MaksuttomuusValidation.validateMaksuttomuuttaPidennetty' },
  check: (oo, ctx) => {
    const t = tarkistettavat(oo)
    if (t === undefined || t.jaksot.length < 2) return []
    const { jaksot, indeksit } = t
    const findings: Finding[] = []
    const parit: string[] = []
    for (let k = 0; k + 1 < jaksot.length; k++) {
      if (koskenOverlaps(jaksot[k]!, jaksot[k + 1]!)) parit.push(`(${m.pidennysTeksti(jaksot[k]!)},${m.pidennysTeksti(jaksot[k + 1]!)})`)
    }
    if (parit.length > 0) findings.push(error('MK-PID-3', KEY, path(ctx), m.pidennyksetPäällekkäisiä(parit)))
    const varoitus = (i: number, k: number): Finding =>
      warning('MK-PID-3', 'maksuttomuudenPidennyksetPäällekkäin', path(ctx, indeksit[i]), m.pidennyksetPäällekkäinHuomaamatta(m.pidennysTeksti(jaksot[i]!), m.pidennysTeksti(jaksot[k]!)))
    // pisin: of the well-formed periods before the neighbour, the one ending last (the first of them on a tie)
    let pisin = -1
    for (let k = 1; k < jaksot.length; k++) {
      const edellinen = jaksot[k - 1]!
      const b = jaksot[k]!
      if (ehjätPäällekkäin(edellinen, b) && !koskenOverlaps(edellinen, b)) findings.push(varoitus(k - 1, k))
      // sorted by alku: an earlier period overlaps b exactly when it ends on or after b's start, so if any does, pisin does
      if (pisin >= 0 && ehjätPäällekkäin(jaksot[pisin]!, b)) findings.push(varoitus(pisin, k))
      if (ehjä(edellinen) && (pisin < 0 || edellinen.loppu > jaksot[pisin]!.loppu)) pisin = k - 1
    }
    return findings
  },
}

/**
 * A single normalised maksuton jakso contains the whole extension (KOSKI's `containsPidennysJakso`). The normalised
 * jaksot cover every day from the first `alku` on, without gaps or overlaps, so the only candidate is the jakso in
 * which the extension starts, found by binary search over the sorted starts. Its normalised `loppu` is the day before
 * the next jakso's `alku`, so "d ≤ loppu" is "d < next alku" — no date arithmetic needed; the last jakso is open.
 */
function maksuttomallaJaksolla(alut: readonly string[], maksuton: readonly boolean[], p: PidennysjaksoLike): boolean {
  const k = viimeinenEnintään(alut, p.alku) // the last jakso starting on or before p.alku
  if (k < 0 || maksuton[k] !== true) return false
  const seuraava = alut[k + 1]
  return p.loppu >= alut[k]! && (seuraava === undefined || p.loppu < seuraava)
}

/**
 * MK-PID-4: each extension lies inside a single maksuttomuus jakso with `maksuton: true` (after KOSKI's normalisation);
 * with no maksuttomuus jaksot every extension fails. One error (KOSKI's typos kept).
 */
export const pidennysVainMaksuttomalla: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-PID-4',
  what: 'each extension lies inside a single `maksuton: true` jakso: "Maksuttomuutta voidaan pidetäntää vain aikavälillä jolloin koulutus on maksutontonta" (KOSKI\'s typos)',
  keys: ['badRequest.validation'],
  severity: 'error',
  source: { koski: 'MaksuttomuusValidation.validateMaksuttomuuttaPidennetty' },
  check: (oo, ctx) => {
    const t = tarkistettavat(oo)
    if (t === undefined) return []
    const jaksot = maksuttomuusjaksot(oo)
    const järjestys = järjestysAlunMukaan(jaksot)
    const alut = järjestys.map((i) => jaksot[i]!.alku)
    const maksuton = järjestys.map((i) => jaksot[i]!.maksuton)
    return t.jaksot.every((p) => maksuttomallaJaksolla(alut, maksuton, p)) ? [] : [error('MK-PID-4', KEY, path(ctx), m.pidennysMaksullisella)]
  },
}
