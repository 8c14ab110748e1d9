/**
 * LUVA — lukioon valmistava koulutus (`tyyppi` luva): the descriptor and its public API. One KOSKI class,
 * `LukioonValmistavanKoulutuksenOpiskeluoikeus` (schema/LukioonValmistavaKoulutus.scala), both curricula (2015
 * kurssit, 2019/2021 moduulit). Its rules (saannot/): the general ones (G-DUP-1 with KOSKI's kieliaine identity,
 * G-DUPOO-1), X-LUVA-1, L-AOM-1, KOSKI's lukio 2019 validators (L19-*), G-RAH-3, free education, the transition
 * warnings (src/siirtyma) and X-LUVA-POIS-1. Arbitraries in `arbitraries.ts` (loaded by `koski-validation/arbitraries` only).
 */
import { LukioonValmistavanKoulutuksenOpiskeluoikeus } from './codec'
import { luvaSäännöt } from './saannot'
import { luokka, opiskeluoikeudenTyyppi } from '../maarittely'

/** The LUVA descriptor (`tyyppi` `luva`), an entry of {@link TYYPIT}. */
export const luva = opiskeluoikeudenTyyppi({ tyyppi: 'luva', luokka: luokka(LukioonValmistavanKoulutuksenOpiskeluoikeus, luvaSäännöt) })

export * from './codec'
export { luvaSäännöt, lukioonValmistavanRakenne } from './saannot'
