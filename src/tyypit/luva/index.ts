/**
 * LUVA — lukioon valmistava koulutus (`tyyppi` luva): the descriptor and its public API. One KOSKI class,
 * `LukioonValmistavanKoulutuksenOpiskeluoikeus` (schema/LukioonValmistavaKoulutus.scala), both curricula (2015
 * kurssit, 2019/2021 moduulit). Its rules (saannot/): the general ones, X-LUVA-1, G-RAH-3, free education and the
 * transition warnings (src/siirtyma). Arbitraries in `arbitraries.ts` (loaded by `koski-validation/arbitraries` only).
 */
import { LukioonValmistavanKoulutuksenOpiskeluoikeus } from './codec'
import { luvaSäännöt } from './saannot'
import { luokka, opiskeluoikeudenTyyppi } from '../maarittely'

/** The LUVA descriptor (`tyyppi` `luva`), an entry of {@link TYYPIT}. */
export const luva = opiskeluoikeudenTyyppi({ tyyppi: 'luva', luokka: luokka(LukioonValmistavanKoulutuksenOpiskeluoikeus, luvaSäännöt) })

export * from './codec'
export { luvaSäännöt, lukioonValmistavanRakenne } from './saannot'
