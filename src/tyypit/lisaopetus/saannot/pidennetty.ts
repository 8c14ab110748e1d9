/**
 * The pidennetty oppivelvollisuus rules on perusopetuksen lisäopetus (KoskiValidator ›
 * validatePidennettyOppivelvollisuusAikarajastaAlkaen): from `validaatiot.pidennetynOppivelvollisuudenYmsValidaatiotAstuvatVoimaan`
 * (2022-10-01, by `today`) the new checks of validatePidennettyOppivelvollisuus (L-PO-1…L-PO-7, all reported: KOSKI
 * folds them); before it, production's old check (validatePidennettyOppivelvollisuusVanha, L-PO-8). Not in the
 * catalogue (its §0 names the keys only): our ids, KOSKI's keys and texts. Each check is answered once; the path is
 * the field it is about.
 *
 * KOSKI's merge of vammaisuusjaksot (its `foldAikajaksot`) is reproduced exactly: sorted by (alku, loppu ∞ last), a
 * jakso merges into the previous one when it starts inside it or the day after it ends; the merged loppu is the later
 * one, except that a previous open-ended jakso that started earlier takes the next one's loppu (the chronologically
 * last jakso must end when the pidennys ends).
 */
import { addDaysToDate } from '../../../date'
import { error, type Finding } from '../../../finding'
import { alkamispäivä, lisätietoPath, päättymispäivä } from '../../../rules/helpers'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import type { PerusopetuksenLisäopetuksenOpiskeluoikeus } from '../codec'
import * as m from '../viestit'

type Lisäopetus = PerusopetuksenLisäopetuksenOpiskeluoikeus

/** KOSKI's `pidennetynOppivelvollisuudenYmsValidaatiotAstuvatVoimaan`. */
export const PIDENNETYN_OPPIVELVOLLISUUDEN_VALIDAATIOT_ALKAEN = '2022-10-01'

const VAMMAISUUS_KEY = 'badRequest.validation.date.vammaisuusjakso'
const PIDENNYS_KEY = 'badRequest.validation.date.pidennettyOppivelvollisuus'
const TUKI_KEY = 'badRequest.validation.date.erityisenTuenPäätös'
const VANHA_KEY = 'badRequest.validation.date.vammaisuusjaksoPidennetynOppivelvollisuudenUlkopuolella'

interface Jakso {
  readonly alku: string
  readonly loppu?: string
}

const MAX = '\uffff'
const loppuOf = (j: Jakso): string => j.loppu ?? MAX
const sisältääPäivän = (j: Jakso, d: string): boolean => j.alku <= d && d <= loppuOf(j)
const sisältää = (j: Jakso, k: Jakso): boolean => j.alku <= k.alku && loppuOf(k) <= loppuOf(j)
const päällekkäin = (a: Jakso, b: Jakso): boolean => a.alku <= loppuOf(b) && b.alku <= loppuOf(a)

/** KOSKI's foldAikajaksot of validatePidennettyOppivelvollisuus (see the module comment). n·log n. */
export function yhdistäVammaisuusjaksot(jaksot: readonly Jakso[]): Jakso[] {
  const sorted = [...jaksot].sort((a, b) => (a.alku < b.alku ? -1 : a.alku > b.alku ? 1 : loppuOf(a) < loppuOf(b) ? -1 : loppuOf(a) > loppuOf(b) ? 1 : 0))
  const out: { alku: string; loppu?: string }[] = []
  for (const s of sorted) {
    const e = out[out.length - 1]
    if (e !== undefined && (sisältääPäivän(e, s.alku) || sisältääPäivän(e, addDaysToDate(s.alku, -1)))) {
      const loppu = e.alku < s.alku && e.loppu === undefined ? s.loppu : e.loppu === undefined || s.loppu === undefined ? undefined : e.loppu > s.loppu ? e.loppu : s.loppu
      if (loppu === undefined) delete e.loppu
      else e.loppu = loppu
    } else {
      out.push(s.loppu === undefined ? { alku: s.alku } : { alku: s.alku, loppu: s.loppu })
    }
  }
  return out
}

/** The old fold (validatePidennettyOppivelvollisuusVanha): merged loppu is always the later one. */
function yhdistäVanhat(jaksot: readonly Jakso[]): Jakso[] {
  const sorted = [...jaksot].sort((a, b) => (a.alku < b.alku ? -1 : a.alku > b.alku ? 1 : 0))
  const out: { alku: string; loppu?: string }[] = []
  for (const s of sorted) {
    const e = out[out.length - 1]
    if (e !== undefined && (sisältääPäivän(e, s.alku) || sisältääPäivän(e, addDaysToDate(s.alku, -1)))) {
      if (e.loppu !== undefined && (s.loppu === undefined || s.loppu > e.loppu)) {
        if (s.loppu === undefined) delete e.loppu
        else e.loppu = s.loppu
      }
    } else out.push(s.loppu === undefined ? { alku: s.alku } : { alku: s.alku, loppu: s.loppu })
  }
  return out
}

/** Merged erityisen tuen päätökset (KOSKI's SuljettuJakso: a missing alku is the past, a missing loppu the future). */
function yhdistäTuki(päätökset: readonly { readonly alku?: string; readonly loppu?: string }[]): Jakso[] {
  return yhdistäVanhat(päätökset.map((p) => (p.loppu === undefined ? { alku: p.alku ?? '' } : { alku: p.alku ?? '', loppu: p.loppu })))
}

const voimassa = (today: string): boolean => today >= PIDENNETYN_OPPIVELVOLLISUUDEN_VALIDAATIOT_ALKAEN

const META = { severity: 'error', source: { koski: 'KoskiValidator.validatePidennettyOppivelvollisuus', catalogue: [], muutoshistoria: ['2022-09-19'] }, voimassa: { alkaen: PIDENNETYN_OPPIVELVOLLISUUDEN_VALIDAATIOT_ALKAEN, asetus: 'validaatiot.pidennetynOppivelvollisuudenYmsValidaatiotAstuvatVoimaan' } } as const

/** One check on a study right with a pidennetty oppivelvollisuus (in force from 2022-10-01). */
function tarkistus(id: string, what: string, key: string, onVirhe: (oo: Lisäopetus, p: Jakso) => string | undefined, viesti: (typeof m.pidennettyOppivelvollisuus)[keyof typeof m.pidennettyOppivelvollisuus]): Rule<Lisäopetus> {
  return {
    id,
    what,
    keys: [key],
    ...META,
    check: (oo, ctx) => {
      const p = oo.lisätiedot?.pidennettyOppivelvollisuus
      if (!voimassa(ctx.today) || p === undefined) return NO_FINDINGS
      const kenttä = onVirhe(oo, p)
      return kenttä === undefined ? NO_FINDINGS : [error(id, key, lisätietoPath(ctx.path, kenttä), viesti)]
    },
  }
}

const kaikki = (oo: Lisäopetus): Jakso[] => yhdistäVammaisuusjaksot([...(oo.lisätiedot?.vammainen ?? []), ...(oo.lisätiedot?.vaikeastiVammainen ?? [])])
const P = 'pidennettyOppivelvollisuus'

/** L-PO-1: the pidennys does not end before the study right starts. */
export const pidennysEiLopuEnnenAlkua = tarkistus('L-PO-1', 'pidennettyOppivelvollisuus does not end before the study right starts', PIDENNYS_KEY, (oo, p) => {
  const a = alkamispäivä(oo)
  return p.loppu !== undefined && a !== undefined && p.loppu < a ? P : undefined
}, m.pidennettyOppivelvollisuus.loppuuEnnenAlkua)

/** L-PO-2: one merged vammaisuusjakso (vammainen ∪ vaikeastiVammainen) covers the whole pidennys. */
export const vammaisuusKokoPidennyksenAjan = tarkistus('L-PO-2', 'one merged vammaisuusjakso covers the whole pidennettyOppivelvollisuus', VAMMAISUUS_KEY, (oo, p) => (kaikki(oo).some((j) => sisältää(j, p)) ? undefined : P), m.pidennettyOppivelvollisuus.vammaisuusPuuttuu)

/** L-PO-3: every merged vammaisuusjakso lies within the pidennys. */
export const vammaisuusPidennyksenSisällä = tarkistus('L-PO-3', 'every merged vammaisuusjakso lies within pidennettyOppivelvollisuus', VAMMAISUUS_KEY, (oo, p) => (kaikki(oo).every((j) => sisältää(p, j)) ? undefined : P), m.pidennettyOppivelvollisuus.vammaisuusUlkopuolella)

/** L-PO-4: when the pidennys ends, a merged vammainen or vaikeastiVammainen jakso ends on the same day. */
export const viimeinenVammaisuusPäättyyPidennykseen = tarkistus('L-PO-4', 'a closed pidennettyOppivelvollisuus ends with a merged vammainen or vaikeastiVammainen jakso', VAMMAISUUS_KEY, (oo, p) => {
  if (p.loppu === undefined) return undefined
  const v = yhdistäVammaisuusjaksot(oo.lisätiedot?.vammainen ?? [])
  const vv = yhdistäVammaisuusjaksot(oo.lisätiedot?.vaikeastiVammainen ?? [])
  return v.some((j) => j.loppu === p.loppu) || vv.some((j) => j.loppu === p.loppu) ? undefined : P
}, m.pidennettyOppivelvollisuus.viimeinenEriLoppu)

/** L-PO-5: no day is both vammainen and vaikeastiVammainen (merged jaksot; a sweep over both sorted lists, linear after sorting). */
export const vammaisuustyypitEivätPäällekkäin = tarkistus('L-PO-5', 'merged vammainen and vaikeastiVammainen jaksot never share a day', VAMMAISUUS_KEY, (oo) => {
  const v = yhdistäVammaisuusjaksot(oo.lisätiedot?.vammainen ?? [])
  const vv = yhdistäVammaisuusjaksot(oo.lisätiedot?.vaikeastiVammainen ?? [])
  let i = 0
  let j = 0
  while (i < v.length && j < vv.length) {
    if (päällekkäin(v[i]!, vv[j]!)) return 'vaikeastiVammainen'
    if (loppuOf(v[i]!) < loppuOf(vv[j]!)) i++
    else j++
  }
  return undefined
}, m.pidennettyOppivelvollisuus.päällekkäin)

/** L-PO-6: one merged erityisen tuen päätös contains the pidennys' alku and its loppu (or, when open, the study right's end or ∞). */
export const erityinenTukiKokoPidennyksenAjan = tarkistus('L-PO-6', 'one merged erityisen tuen päätös covers pidennettyOppivelvollisuus (to its loppu, else the study right’s end)', TUKI_KEY, (oo, p) => {
  const lt = oo.lisätiedot
  const tuki = yhdistäTuki([...(lt?.erityisenTuenPäätös === undefined ? [] : [lt.erityisenTuenPäätös]), ...(lt?.erityisenTuenPäätökset ?? [])])
  const takaraja = p.loppu ?? päättymispäivä(oo) ?? MAX
  return tuki.some((j) => sisältääPäivän(j, p.alku) && sisältääPäivän(j, takaraja)) ? undefined : P
}, m.pidennettyOppivelvollisuus.erityinenTukiPuuttuu)

/** L-PO-7: without a pidennys there are no vammaisuusjaksot. */
export const vammaisuusVainPidennyksellä: Rule<Lisäopetus> = {
  id: 'L-PO-7',
  what: 'no vammainen / vaikeastiVammainen jaksot without pidennettyOppivelvollisuus',
  keys: [VAMMAISUUS_KEY],
  ...META,
  check: (oo, ctx) => {
    const lt = oo.lisätiedot
    if (!voimassa(ctx.today) || lt === undefined || lt.pidennettyOppivelvollisuus !== undefined) return NO_FINDINGS
    const kenttä = (lt.vammainen?.length ?? 0) > 0 ? 'vammainen' : (lt.vaikeastiVammainen?.length ?? 0) > 0 ? 'vaikeastiVammainen' : undefined
    return kenttä === undefined ? NO_FINDINGS : [error('L-PO-7', VAMMAISUUS_KEY, lisätietoPath(ctx.polku, kenttä), m.pidennettyOppivelvollisuus.vammaisuusIlmanPidennystä)]
  },
}

/**
 * L-PO-8 (before 2022-10-01, production's old check): pidennys and vammaisuusjaksot both absent, or both present with
 * the pidennys inside one merged vammaisuusjakso — retried with the pidennys starting at the study right's start
 * when it starts earlier.
 */
export const vanhaPidennysJaVammaisuus: Rule<Lisäopetus> = {
  id: 'L-PO-8',
  what: 'before 1.10.2022: pidennettyOppivelvollisuus inside one merged vammaisuusjakso, or neither given (the old check)',
  keys: [VANHA_KEY],
  severity: 'error',
  source: { koski: 'KoskiValidator.validatePidennettyOppivelvollisuusVanha', catalogue: [] },
  voimassa: { asti: '2022-09-30', asetus: 'validaatiot.pidennetynOppivelvollisuudenYmsValidaatiotAstuvatVoimaan' },
  check: (oo, ctx): readonly Finding[] => {
    const lt = oo.lisätiedot
    if (voimassa(ctx.today) || lt === undefined) return NO_FINDINGS
    const jaksot = yhdistäVanhat([...(lt.vammainen ?? []), ...(lt.vaikeastiVammainen ?? [])])
    const p = lt.pidennettyOppivelvollisuus
    if (p === undefined && jaksot.length === 0) return NO_FINDINGS
    const ok = (q: Jakso): boolean => jaksot.some((j) => sisältää(j, q))
    if (p !== undefined && jaksot.length > 0) {
      if (ok(p)) return NO_FINDINGS
      const a = alkamispäivä(oo)
      if (a !== undefined && p.alku < a && ok(p.loppu === undefined ? { alku: a } : { alku: a, loppu: p.loppu })) return NO_FINDINGS
    }
    return [error('L-PO-8', VANHA_KEY, lisätietoPath(ctx.polku, p === undefined ? 'vammainen' : P), m.pidennettyOppivelvollisuus.vanhaUlkopuolella)]
  },
}

/** The pidennetty oppivelvollisuus rules in KOSKI's order. */
export const pidennetynOppivelvollisuudenSäännöt: readonly Rule<Lisäopetus>[] = [
  pidennysEiLopuEnnenAlkua,
  vammaisuusKokoPidennyksenAjan,
  vammaisuusPidennyksenSisällä,
  viimeinenVammaisuusPäättyyPidennykseen,
  vammaisuustyypitEivätPäällekkäin,
  erityinenTukiKokoPidennyksenAjan,
  vammaisuusVainPidennyksellä,
  vanhaPidennysJaVammaisuus,
]
