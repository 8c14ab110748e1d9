/**
 * TUVA's unit of scope is the week (opintojenlaajuusyksikko `8`). Seed 001 (OPH's TUVA FAQ, "Suoritusten laajuus"):
 * the learner is entitled to 22 hours (60 min) of teaching and guidance a week on average (laki 1215/2020, 19 §),
 * i.e. about 29 lessons of 45 minutes, averaged over the calendar weeks of the training.
 *
 * Also the per-osa limits KOSKI checks when the study right is valmistunut (T-VALM-1/2, catalogue §3.3) and the
 * päätaso laajuus KOSKI computes (T-LAAJ-1).
 */
import { getOwn, isRecord } from '../../../json'
import { summaDesimaaleina } from '../../../numero'

/** Hours (60 min) of teaching and guidance in a TUVA week. */
export const TUVA_TUNTEJA_VIIKOSSA = 22
/** Lessons (45 min) of teaching and guidance in a TUVA week ("noin 29", seed 001). */
export const TUVA_OPPITUNTEJA_VIIKOSSA = 29
/** The length of a lesson in minutes. */
export const TUVA_OPPITUNNIN_MINUUTIT = 45

const pyöristä = (x: number, desimaalit: number | undefined): number => {
  if (desimaalit === undefined || !Number.isFinite(x)) return x
  const d = Math.min(Math.max(Math.trunc(desimaalit), 0), 10)
  const k = 10 ** d
  return Math.round((x + Number.EPSILON) * k) / k
}

const määrä = (x: number): number => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : Number.NaN)

/**
 * Hours of 60 minutes → weeks (22 h a week). `desimaalit` rounds the result (half up); otherwise exact.
 * A negative or non-finite input gives `NaN`.
 * @example tunnitViikoiksi(110) // 5
 */
export function tunnitViikoiksi(tunnit: number, desimaalit?: number): number {
  return pyöristä(määrä(tunnit) / TUVA_TUNTEJA_VIIKOSSA, desimaalit)
}

/**
 * Lessons of 45 minutes → weeks (29 lessons a week, seed 001). `desimaalit` rounds the result (half up).
 * A negative or non-finite input gives `NaN`.
 * @example oppitunnitViikoiksi(58) // 2
 */
export function oppitunnitViikoiksi(oppitunnit: number, desimaalit?: number): number {
  return pyöristä(määrä(oppitunnit) / TUVA_OPPITUNTEJA_VIIKOSSA, desimaalit)
}

/** Weeks → hours of 60 minutes (the inverse of {@link tunnitViikoiksi}). */
export function viikotTunneiksi(viikot: number, desimaalit?: number): number {
  return pyöristä(määrä(viikot) * TUVA_TUNTEJA_VIIKOSSA, desimaalit)
}

/** Weeks → lessons of 45 minutes (the inverse of {@link oppitunnitViikoiksi}). */
export function viikotOppitunneiksi(viikot: number, desimaalit?: number): number {
  return pyöristä(määrä(viikot) * TUVA_OPPITUNTEJA_VIIKOSSA, desimaalit)
}

// ---------------------------------------------------------------------------------------------------------------
// Limits

/** A koulutuksen osa (koodisto `koulutuksenosattuva`). */
export type TuvaKoulutuksenOsa = '101' | '102' | '103' | '104' | '105' | '106' | '107'

/** Inclusive bounds in weeks; a missing laajuus counts as 0. */
export interface Laajuusrajat {
  readonly min: number
  readonly max: number
}

/**
 * The laajuus limits of each koulutuksen osa when the study right is valmistunut (T-VALM-2, KOSKI's
 * `validateOsasuoritustenLaajuus`): 101 2–10, 102 and 103 ≤ 20, 104 ≤ 10, 105, 106 and 107 ≤ 30 weeks.
 */
export const TUVA_OSIEN_LAAJUUSRAJAT: Readonly<Record<TuvaKoulutuksenOsa, Laajuusrajat>> = {
  '101': { min: 2, max: 10 },
  '102': { min: 0, max: 20 },
  '103': { min: 0, max: 20 },
  '104': { min: 0, max: 10 },
  '105': { min: 0, max: 30 },
  '106': { min: 0, max: 30 },
  '107': { min: 0, max: 30 },
}

/** The least computed päätaso laajuus of a valmistunut TUVA study right (T-VALM-1; KOSKI's message still says 4–38). */
export const TUVA_VALMISTUNEEN_VÄHIMMÄISLAAJUUS = 2

/** The limits of a koulutuksen osa; `undefined` for a code that is not one. */
export function osanLaajuusrajat(koodiarvo: string): Laajuusrajat | undefined {
  return Object.prototype.hasOwnProperty.call(TUVA_OSIEN_LAAJUUSRAJAT, koodiarvo) ? TUVA_OSIEN_LAAJUUSRAJAT[koodiarvo as TuvaKoulutuksenOsa] : undefined
}

/** Whether `viikot` (missing = 0) is within the limits of the osa; true for a code that is not a koulutuksen osa. */
export function osanLaajuusSallittu(koodiarvo: string, viikot: number | undefined): boolean {
  const rajat = osanLaajuusrajat(koodiarvo)
  if (rajat === undefined) return true
  const x = viikot ?? 0
  return rajat.min <= x && x <= rajat.max
}

// ---------------------------------------------------------------------------------------------------------------
// The computed laajuus (T-LAAJ-1)

/** The latest arviointi by `päivä` (the later one in the list on a tie), read defensively from raw JSON. */
function viimeisinArvosana(arviointi: unknown): string | undefined {
  if (!Array.isArray(arviointi)) return undefined
  let best: unknown
  let bestPäivä = ''
  for (const a of arviointi) {
    if (!isRecord(a)) continue
    const päivä = getOwn(a, 'päivä')
    const p = typeof päivä === 'string' ? päivä : ''
    if (best === undefined || p >= bestPäivä) {
      best = a
      bestPäivä = p
    }
  }
  const koodiarvo = getOwn(getOwn(best, 'arvosana'), 'koodiarvo')
  return typeof koodiarvo === 'string' ? koodiarvo : undefined
}

/** Whether the latest arviointi of a TUVA suoritus (raw JSON) is `Hyväksytty`. */
export function tuvaSuoritusHyväksytty(suoritus: unknown): boolean {
  return viimeisinArvosana(getOwn(suoritus, 'arviointi')) === 'Hyväksytty'
}

/**
 * The laajuus KOSKI computes for a TUVA suoritus (T-LAAJ-1, `fillPäätasonSuorituksenLaajuus`): the sum of the
 * `koulutusmoduuli.laajuus.arvo` of the direct osasuoritukset whose latest arviointi is `Hyväksytty`, added as decimals
 * like KOSKI does (0.6 + 0.7 + 0.7 = 2); `undefined` when the sum is 0 (KOSKI stores `null`). Any sent päätaso laajuus is ignored by KOSKI and replaced by this.
 * Reads raw JSON defensively; never throws on a JSON value.
 */
export function tuvaSuorituksenLaskettuLaajuus(suoritus: unknown): number | undefined {
  const osat = getOwn(suoritus, 'osasuoritukset')
  if (!Array.isArray(osat)) return undefined
  const arvot: number[] = []
  for (const osa of osat) {
    if (!tuvaSuoritusHyväksytty(osa)) continue
    const arvo = getOwn(getOwn(getOwn(osa, 'koulutusmoduuli'), 'laajuus'), 'arvo')
    if (typeof arvo === 'number' && Number.isFinite(arvo)) arvot.push(arvo)
  }
  const summa = summaDesimaaleina(arvot)
  return summa === 0 ? undefined : summa
}
