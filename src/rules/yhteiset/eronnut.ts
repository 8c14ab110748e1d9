/**
 * A-ERO-1 — a study right with an `eronnut`, `katsotaaneronneeksi` or `keskeytynyt` jakso may not have a confirmed
 * (vahvistettu) päätason suoritus (TilanAsettaminenKunVahvistettuSuoritusValidation.validateOpiskeluoikeus, run in
 * KoskiValidator's main fold). One family, configured per type:
 *
 * | type                     | päätasot that count                                      |
 * |--------------------------|----------------------------------------------------------|
 * | ammatillinen             | every päätaso except `nayttotutkintoonvalmistavakoulutus` |
 * | perusopetuksen lisäopetus| every päätaso                                            |
 * | esiopetus                | every päätaso (not in scope)                             |
 * | perusopetus / lukio / aikuisten perusopetus | the oppimäärä päätasot only (not in scope) |
 *
 * KOSKI does not run it for TUVA, VST, MUKS or LUVA. KOSKI answers once per study right; the finding is at the first
 * such jakso (the state that conflicts with the vahvistus).
 */
import { error } from '../../finding'
import * as m from '../../messages/yhteiset'
import { jaksoPath } from '../helpers'
import type { OpiskeluoikeusLike, SuoritusLike } from '../shapes'
import { NO_FINDINGS, type Rule, type RuleMeta } from '../types'

/** KOSKI's key of A-ERO-1. */
export const ERONNUT_VAIKKA_VAHVISTETTU_KEY = 'badRequest.validation.tila.tilaEronnutTaiKatsotaanEronneeksiVaikkaVahvistettuPäätasonSuoritus'

/** The states that conflict with a confirmed päätaso (TilanAsettaminenKunVahvistettuSuoritusValidation.onEronnut). */
export const ERONNEEN_TILAT: readonly string[] = ['katsotaaneronneeksi', 'eronnut', 'keskeytynyt']

export interface EronnutVaikkaVahvistettuAsetukset<S extends SuoritusLike = SuoritusLike> {
  /** Whether a päätaso counts (ammatillinen: not `nayttotutkintoonvalmistavakoulutus`); default: every päätaso. */
  readonly huomioitava?: (suoritus: S) => boolean
  /** The rule's metadata other than its key and severity (id, what, source); defaults: A-ERO-1's. */
  readonly meta?: Partial<Pick<RuleMeta, 'id' | 'what' | 'source' | 'voimassa'>>
}

const ERO_META = {
  id: 'A-ERO-1',
  what: 'an `eronnut`/`katsotaaneronneeksi`/`keskeytynyt` jakso ⇒ no päätaso is vahvistettu',
  keys: [ERONNUT_VAIKKA_VAHVISTETTU_KEY],
  severity: 'error',
  source: { koski: 'TilanAsettaminenKunVahvistettuSuoritusValidation.validateOpiskeluoikeus' },
} as const satisfies RuleMeta

const ERONNEET: ReadonlySet<string> = new Set(ERONNEEN_TILAT)

/**
 * A-ERO-1 configured for a type: any jakso in {@link ERONNEEN_TILAT} and any päätaso that counts (`huomioitava`) with
 * a `vahvistus` → one error, at the first such jakso.
 */
export function eronnutVaikkaVahvistettu<A extends OpiskeluoikeusLike>(asetukset: EronnutVaikkaVahvistettuAsetukset<A['suoritukset'][number]> = {}): Rule<A> {
  const { huomioitava } = asetukset
  const meta: RuleMeta = { ...ERO_META, ...asetukset.meta }
  return {
    ...meta,
    check: (oo, ctx) => {
      const i = oo.tila.opiskeluoikeusjaksot.findIndex((j) => ERONNEET.has(j.tila.koodiarvo))
      if (i < 0) return NO_FINDINGS
      const vahvistettu = oo.suoritukset.some((s) => s.vahvistus !== undefined && (huomioitava === undefined || huomioitava(s)))
      return vahvistettu ? [error(meta.id, ERONNUT_VAIKKA_VAHVISTETTU_KEY, jaksoPath(ctx.polku, i), m.tilaEronnutTaiKatsotaanEronneeksiVaikkaVahvistettuPäätasonSuoritus)] : NO_FINDINGS
    },
  }
}
