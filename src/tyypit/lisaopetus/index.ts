/**
 * Perusopetuksen lisäopetus (`tyyppi` perusopetuksenlisaopetus): the descriptor and its public API. One KOSKI class,
 * `PerusopetuksenLisäopetuksenOpiskeluoikeus` (schema/PerusopetuksenLisaopetus.scala). Its rules (saannot/): X-LISÄ-1
 * before the others, the general ones, A-ERO-1, the pidennetty oppivelvollisuus rules, free education, and our
 * warnings (X-SIIRT-1, X-LISÄ-POIS-1). Arbitraries in `arbitraries.ts` (loaded by `koski-validation/arbitraries` only).
 */
import { PerusopetuksenLisäopetuksenOpiskeluoikeus } from './codec'
import { lisäopetuksenSäännöt } from './saannot'
import { luokka, opiskeluoikeudenTyyppi } from '../maarittely'

/** The perusopetuksen lisäopetus descriptor (`tyyppi` `perusopetuksenlisaopetus`), an entry of {@link TYYPIT}. */
export const lisäopetus = opiskeluoikeudenTyyppi({ tyyppi: 'perusopetuksenlisaopetus', luokka: luokka(PerusopetuksenLisäopetuksenOpiskeluoikeus, lisäopetuksenSäännöt) })

export * from './codec'
export { lisäopetuksenSäännöt, pidennetynOppivelvollisuudenSäännöt, tiputettavatKentät } from './saannot'
export { PIDENNETYN_OPPIVELVOLLISUUDEN_VALIDAATIOT_ALKAEN, yhdistäVammaisuusjaksot } from './saannot/pidennetty'
