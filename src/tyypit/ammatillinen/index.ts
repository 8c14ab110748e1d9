/**
 * Ammatillinen koulutus (`tyyppi` ammatillinenkoulutus): the descriptor of the type and its public API. One KOSKI
 * class, `AmmatillinenOpiskeluoikeus` (schema/Ammatillinen.scala, MuuAmmatillinen.scala), whose päätason suoritukset
 * are the union AmmatillinenPäätasonSuoritus (every päätaso KOSKI accepts: ammatillinentutkinto,
 * ammatillinentutkintoosittainen — also of several tutkinnot —, muuammatillinenkoulutus,
 * tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus, nayttotutkintoonvalmistavakoulutus, valma, telma), resolved
 * inside the codec; its rules are the general ones, free education and ammatillinen's own (catalogue §3.8).
 *
 * The folder: the codec (`codec.ts`), the structural wording of its classes (`rakenne.ts`), its rules (`saannot/`) and
 * the arbitraries (`arbitraries.ts`, exported from `koski-validation/arbitraries` only).
 */
import { AmmatillinenOpiskeluoikeus } from './codec'
import { ammatillinenSäännöt, ammatillisenRakennesäännöt } from './saannot'
import { luokka, opiskeluoikeudenTyyppi } from '../maarittely'

/** The ammatillinen descriptor (`tyyppi` `ammatillinenkoulutus`): KOSKI's AmmatillinenOpiskeluoikeus and its rules, an entry of {@link TYYPIT}. */
export const ammatillinen = opiskeluoikeudenTyyppi({
  tyyppi: 'ammatillinenkoulutus',
  luokka: luokka(AmmatillinenOpiskeluoikeus, ammatillinenSäännöt),
  rakennesäännöt: ammatillisenRakennesäännöt,
})

// The type's public API (re-exported by src/index.ts through src/tyypit/index.ts)
export * from './codec'
export { ammatillinenSäännöt } from './saannot'
