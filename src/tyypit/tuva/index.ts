/**
 * TUVA — tutkintokoulutukseen valmentava koulutus (`tyyppi` tuva): the descriptor of the type and its public API.
 * One KOSKI class, `TutkintokoulutukseenValmentavanOpiskeluoikeus` (schema/TutkintokoulutukseenValmentavaKoulutus.scala),
 * whose lisätiedot class the järjestämislupa selects (inside the codec); its rules are the general ones with TUVA's
 * variants, TUVA's own (catalogue §3.3) and free education (§3.10).
 *
 * Everything of the type is in this folder: the codec (`codec.ts`, KOSKI's classes), the structural wording of its
 * classes (`rakenne.ts`), its rules (`saannot/`), their messages (`viestit.ts`), the rule functions published for
 * vendors (`funktiot/`: permit matrix, special-category data, week-based scope) and the arbitraries (`arbitraries.ts`,
 * exported from `koski-validation/arbitraries` only — the main entry never loads fast-check).
 */
import { TutkintokoulutukseenValmentavanOpiskeluoikeus } from './codec'
import { tuvanRakennesäännöt, tuvaSäännöt } from './saannot'
import { luokka, opiskeluoikeudenTyyppi } from '../maarittely'

/** The TUVA descriptor (`tyyppi` `tuva`): KOSKI's TutkintokoulutukseenValmentavanOpiskeluoikeus and its rules, an entry of {@link TYYPIT}. */
export const tuva = opiskeluoikeudenTyyppi({
  tyyppi: 'tuva',
  luokka: luokka(TutkintokoulutukseenValmentavanOpiskeluoikeus, tuvaSäännöt),
  rakennesäännöt: tuvanRakennesäännöt,
})

// The type's public API (re-exported by src/index.ts through src/tyypit/index.ts)
export * from './codec'
export { tuvaSäännöt, tuvaHyväksytty } from './saannot'
export { tuvanOmatSäännöt } from './saannot/omat'
export { TUVA_PERUSTEEN_DIAARINUMERO, KOSKIKOULUTUSTEN_DIAARINUMEROT } from './saannot/diaari'
export * from './funktiot'
