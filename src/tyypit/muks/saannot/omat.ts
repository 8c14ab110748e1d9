/** MUKS's own rules (catalogue §3.7): M-RAH-1, M-TILA-1; M-MK-1 is the codec's (its metadata here). */
import { error } from '../../../finding'
import { ooPath } from '../../../rules/helpers'
import { RAHOITUS_PUUTTUU_KEY, rahoitusVaaditaan as rahoitusVaaditaanTiloilta } from '../../../rules/yhteiset'
import { NO_FINDINGS, type Rule, type RuleMeta } from '../../../rules/types'
import type { MuunKuinSäännellynKoulutuksenOpiskeluoikeus } from '../codec'
import * as m from '../viestit'


/** M-RAH-1: every `lasna` and `hyvaksytystisuoritettu` jakso has `opintojenRahoitus` (14 or 15 by the schema); one error per jakso. */
export const rahoitusVaaditaan = rahoitusVaaditaanTiloilta<MuunKuinSäännellynKoulutuksenOpiskeluoikeus>({
  id: 'M-RAH-1',
  what: '`lasna` and `hyvaksytystisuoritettu` jaksot need `opintojenRahoitus` (one error per jakso, the tila named)',
  keys: [RAHOITUS_PUUTTUU_KEY],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateOpintojenrahoitus' },
  tilat: ['lasna', 'hyvaksytystisuoritettu'],
  viesti: (tila) => m.tilaltaPuuttuuRahoitusmuoto(tila.koodiarvo),
})

/**
 * M-TILA-1: at least one opiskeluoikeusjakso. KOSKI's schema has no `@MinItems` here, so an empty list passes
 * deserialisation, and KOSKI's status check then reads the last jakso of none: HTTP 500 `internalError`.
 */
export const vähintäänYksiJakso: Rule<MuunKuinSäännellynKoulutuksenOpiskeluoikeus> = {
  id: 'M-TILA-1',
  what: 'at least one opiskeluoikeusjakso (the schema allows none; KOSKI then fails with HTTP 500)',
  keys: ['internalError'],
  severity: 'error',
  source: { koski: 'KoskiValidator.validatePäätasonSuoritustenStatus (opiskeluoikeusjaksot.last)' },
  check: (oo, ctx) =>
    oo.tila.opiskeluoikeusjaksot.length > 0 ? NO_FINDINGS : [error('M-TILA-1', 'internalError', ooPath(ctx.polku, 'tila.opiskeluoikeusjaksot'), m.eiOpiskeluoikeusjaksoja)],
}

/** M-MK-1 (reported by the codec): MUKS lisätiedot have no free-education fields; `maksuttomuus` or `oikeuttaMaksuttomuuteenPidennetty` is an unknown key. */
export const eiMaksuttomuutta: RuleMeta = {
  id: 'M-MK-1',
  what: 'no free-education fields (`lisätiedot.maksuttomuus`, `oikeuttaMaksuttomuuteenPidennetty`: unexpectedProperty)',
  keys: ['badRequest.validation.jsonSchema'],
  severity: 'error',
  source: { koski: 'ValidatingAndResolvingExtractor.extract (MuunKuinSäännellynKoulutuksenLisätiedot has jotpaAsianumero only)' },
}

/** MUKS's own rules, in order. */
export const muksinOmatSäännöt: readonly Rule<MuunKuinSäännellynKoulutuksenOpiskeluoikeus>[] = [vähintäänYksiJakso, rahoitusVaaditaan]
