/**
 * MUKS — muu kuin säännelty koulutus (`tyyppi` muukuinsaanneltykoulutus): JOTPA-procured training outside the
 * regulated education system. One KOSKI class, `MuunKuinSäännellynKoulutuksenOpiskeluoikeus`
 * (schema/MuuKuinSäänneltyKoulutus.scala); its rules are the general ones with MUKS's variants (an osasuoritus is
 * always complete, its own vahvistus dates), G-DUPOO-1 by opintokokonaisuus, and MUKS's own (catalogue §3.7).
 *
 * The folder: the codec (`codec.ts`), the structural wording (`rakenne.ts`), the rules (`saannot/`), their messages
 * (`viestit.ts`) and the arbitraries (`arbitraries.ts`, exported from `koski-validation/arbitraries` only).
 */
import { MuunKuinSäännellynKoulutuksenOpiskeluoikeus } from './codec'
import { muksinRakennesäännöt, muksSäännöt } from './saannot'
import { luokka, opiskeluoikeudenTyyppi } from '../maarittely'

/** The MUKS descriptor (`tyyppi` `muukuinsaanneltykoulutus`), an entry of {@link TYYPIT}. */
export const muks = opiskeluoikeudenTyyppi({
  tyyppi: 'muukuinsaanneltykoulutus',
  luokka: luokka(MuunKuinSäännellynKoulutuksenOpiskeluoikeus, muksSäännöt),
  rakennesäännöt: muksinRakennesäännöt,
})

// The type's public API (re-exported by src/index.ts through src/tyypit/index.ts)
export * from './codec'
export { muksSäännöt, muksValmis } from './saannot'
export { muksinOmatSäännöt } from './saannot/omat'
