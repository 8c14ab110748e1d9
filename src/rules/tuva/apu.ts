/** Small helpers the TUVA rules share: the lisätiedot of each lupa, paths, and periods (aikajaksot). */
import type {
  TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeus,
} from '../../codecs/tuva'
import { addDaysToDate } from '../../date'
import { ooPath, summaDesimaaleina, viimeisinArviointi } from '../helpers'
import type { ArviointiLike, SuoritusLike } from '../shapes'

export type Tuva = TutkintokoulutukseenValmentavanOpiskeluoikeus
export type AmmatillisenLuvanLisätiedot = TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot
export type PerusopetuksenLuvanLisätiedot = TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot

/** The lisätiedot when the lupa is `ammatillinen` (the codec chose that class), else undefined. */
export const ammatillisenLisätiedot = (oo: Tuva): AmmatillisenLuvanLisätiedot | undefined =>
  oo.järjestämislupa.koodiarvo === 'ammatillinen' ? (oo.lisätiedot as AmmatillisenLuvanLisätiedot | undefined) : undefined

/** The lisätiedot when the lupa is `perusopetus`, else undefined. */
export const perusopetuksenLisätiedot = (oo: Tuva): PerusopetuksenLuvanLisätiedot | undefined =>
  oo.järjestämislupa.koodiarvo === 'perusopetus' ? (oo.lisätiedot as PerusopetuksenLuvanLisätiedot | undefined) : undefined

export const jaksoPath = (base: string, i: number): string => ooPath(base, `tila.opiskeluoikeusjaksot[${i}]`)

export const lisätietoPath = (base: string, kenttä: string, i?: number): string =>
  ooPath(base, i === undefined ? `lisätiedot.${kenttä}` : `lisätiedot.${kenttä}[${i}]`)

/** TUVA's acceptance: arvosana `Hyväksytty` (koodisto arviointiasteikkotuva). */
export const tuvaHyväksytty = (arviointi: ArviointiLike): boolean => arviointi.arvosana.koodiarvo === 'Hyväksytty'

/** Whether the latest arviointi of a decoded TUVA suoritus is accepted (typed twin of src/tuva's `tuvaSuoritusHyväksytty`). */
export const hyväksytty = (s: SuoritusLike): boolean => {
  const viimeisin = viimeisinArviointi(s.arviointi)
  return viimeisin !== undefined && tuvaHyväksytty(viimeisin)
}

/**
 * T-LAAJ-1's computed laajuus of a decoded suoritus: the typed twin of src/tuva's raw-JSON `tuvaSuorituksenLaskettuLaajuus`
 * (same result, tested; no defensive reads on the hot path).
 */
export function laskettuLaajuus(s: SuoritusLike): number | undefined {
  const arvot: number[] = []
  for (const os of s.osasuoritukset ?? []) {
    const laajuus = os.koulutusmoduuli.laajuus
    if (laajuus !== undefined && hyväksytty(os)) arvot.push(laajuus.arvo)
  }
  const summa = summaDesimaaleina(arvot)
  return summa === 0 ? undefined : summa
}

// ---------------------------------------------------------------------------------------------------------------
// Periods: `alku` '' = open to the past, `loppu` undefined = open-ended; both ends inclusive.

export interface Väli {
  readonly alku?: string
  readonly loppu?: string
}

const alkuOf = (v: Väli): string => v.alku ?? ''

/** Whether two periods share at least one day. */
export const päällekkäin = (a: Väli, b: Väli): boolean =>
  (b.loppu === undefined || alkuOf(a) <= b.loppu) && (a.loppu === undefined || alkuOf(b) <= a.loppu)

/** The periods merged where they overlap or touch (the next starts at most one day after the previous ends), sorted. */
export function yhdistä(välit: readonly Väli[]): Väli[] {
  const sorted = [...välit].sort((a, b) => (alkuOf(a) < alkuOf(b) ? -1 : alkuOf(a) > alkuOf(b) ? 1 : 0))
  const out: { alku: string; loppu: string | undefined }[] = []
  for (const v of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && (last.loppu === undefined || alkuOf(v) <= addDaysToDate(last.loppu, 1))) {
      if (last.loppu !== undefined && (v.loppu === undefined || v.loppu > last.loppu)) last.loppu = v.loppu
    } else {
      out.push({ alku: alkuOf(v), loppu: v.loppu })
    }
  }
  return out
}

/** Whether `v` lies wholly within one of the (merged) periods `kattavat`. */
export const katettu = (kattavat: readonly Väli[], v: Väli): boolean =>
  kattavat.some((k) => alkuOf(k) <= alkuOf(v) && (k.loppu === undefined || (v.loppu !== undefined && v.loppu <= k.loppu)))
