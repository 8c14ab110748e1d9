/** Small helpers the TUVA rules share: the lisätiedot of each lupa, paths and acceptance. (Periods: src/aikajaksot.) */
import type {
  TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeus,
} from '../codec'
import { summaDesimaaleina } from '../../../numero'
import { jaksoPath, lisätietoPath, viimeisinArviointi } from '../../../rules/helpers'
import type { ArviointiLike, SuoritusLike } from '../../../rules/shapes'

export type Tuva = TutkintokoulutukseenValmentavanOpiskeluoikeus
export type AmmatillisenLuvanLisätiedot = TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot
export type PerusopetuksenLuvanLisätiedot = TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot

/** The lisätiedot when the lupa is `ammatillinen` (the codec chose that class), else undefined. */
export const ammatillisenLisätiedot = (oo: Tuva): AmmatillisenLuvanLisätiedot | undefined =>
  oo.järjestämislupa.koodiarvo === 'ammatillinen' ? (oo.lisätiedot as AmmatillisenLuvanLisätiedot | undefined) : undefined

/** The lisätiedot when the lupa is `perusopetus`, else undefined. */
export const perusopetuksenLisätiedot = (oo: Tuva): PerusopetuksenLuvanLisätiedot | undefined =>
  oo.järjestämislupa.koodiarvo === 'perusopetus' ? (oo.lisätiedot as PerusopetuksenLuvanLisätiedot | undefined) : undefined

export { jaksoPath, lisätietoPath }

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
