/**
 * TUVA — tutkintokoulutukseen valmentava koulutus (`tyyppi` tuva): the descriptor of the type and its public API.
 * One KOSKI class, `TutkintokoulutukseenValmentavanOpiskeluoikeus` (schema/TutkintokoulutukseenValmentavaKoulutus.scala),
 * whose lisätiedot class the järjestämislupa selects (inside the codec); its rules are the general ones with TUVA's
 * variants, TUVA's own (catalogue §3.3) and free education (§3.10).
 *
 * Its parts: the codec src/codecs/tuva.ts, the rules src/rules/tuva/, the messages src/messages/tuva.ts, the rule
 * functions src/tuva/, the arbitraries src/arbitraries/tuva.ts (exported from `koski-validation/arbitraries`).
 */
import { TutkintokoulutukseenValmentavanOpiskeluoikeus } from '../../codecs/tuva'
import { tuvaSäännöt } from '../../rules/tuva'
import { luokka, opiskeluoikeudenTyyppi } from '../maarittely'

export const tuva = opiskeluoikeudenTyyppi({
  tyyppi: 'tuva',
  luokka: luokka(TutkintokoulutukseenValmentavanOpiskeluoikeus, tuvaSäännöt),
})

// The type's public API (re-exported by src/index.ts through src/tyypit/index.ts)
export * from '../../codecs/tuva'
export { tuvaSäännöt, tuvaHyväksytty } from '../../rules/tuva'
export { tuvanOmatSäännöt } from '../../rules/tuva/omat'
export { TUVA_PERUSTEEN_DIAARINUMERO, KOSKIKOULUTUSTEN_DIAARINUMEROT } from '../../rules/tuva/diaari'
export * from '../../tuva'
