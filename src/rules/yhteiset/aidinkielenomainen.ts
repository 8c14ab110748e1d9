/**
 * The kieli of an äidinkielenomainen kieli (oppiaine `AOM` of koodisto `koskioppiaineetyleissivistava`) is Finnish or
 * Swedish: KoskiValidator.validateÄidinkielenOmainenKieli, run by validateSuoritus on every suoritus of every level
 * (OppijaValidationPerusopetusSpec › "Äidinkielen omainen oppiaine": FI sallittu, SV sallittu, Muita ei sallita). KOSKI
 * checks the classes NuortenPerusopetuksenVierasTaiToinenKotimainenKieli (nuorten perusopetus, perusopetuksen
 * lisäopetus), VierasTaiToinenKotimainenKieli2015 and …2019 (lukio, LUVA's lukio oppiaineet); one family, configured
 * per type (perusopetuksen lisäopetus, LUVA). One error per such suoritus, at its `koulutusmoduuli.kieli`.
 */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yhteiset'
import { eachOsasuoritus, suoritusPath } from '../helpers'
import type { OpiskeluoikeusLike, SuoritusLike } from '../shapes'
import { NO_FINDINGS, type Rule, type RuleMeta } from '../types'

/** KOSKI's key (KoskiErrorCategory › rakenne.deprekoituKielikoodi). */
export const DEPREKOITU_KIELIKOODI_KEY = 'badRequest.validation.rakenne.deprekoituKielikoodi'

/** The kielet an äidinkielenomainen kieli may have (koodisto `kielivalikoima`). */
export const ÄIDINKIELENOMAISEN_KIELET: readonly string[] = ['FI', 'SV']

const KIELET: ReadonlySet<string> = new Set(ÄIDINKIELENOMAISEN_KIELET)

export interface ÄidinkielenomainenKieliAsetukset {
  /** The rule's id and description in this type. */
  readonly meta: Pick<RuleMeta, 'id' | 'what'> & Partial<Pick<RuleMeta, 'source'>>
}

interface KielellinenModuuli {
  readonly tunniste: { readonly koodiarvo: string; readonly koodistoUri?: unknown }
  readonly kieli?: { readonly koodiarvo: string }
}

/** The family configured for a type: an `AOM` oppiaine (at any level) whose `kieli` is not FI or SV → one error each. */
export function äidinkielenomaisenKieli<A extends OpiskeluoikeusLike>(asetukset: ÄidinkielenomainenKieliAsetukset): Rule<A> {
  const meta: RuleMeta = {
    keys: [DEPREKOITU_KIELIKOODI_KEY],
    severity: 'error',
    source: { koski: 'KoskiValidator.validateÄidinkielenOmainenKieli (OppijaValidationPerusopetusSpec › Äidinkielen omainen oppiaine)', catalogue: [] },
    ...asetukset.meta,
  }
  const tarkista = (s: SuoritusLike, path: string, out: Finding[]): void => {
    const km = s.koulutusmoduuli as KielellinenModuuli
    if (km.tunniste.koodiarvo !== 'AOM' || km.tunniste.koodistoUri !== 'koskioppiaineetyleissivistava' || km.kieli === undefined) return
    if (!KIELET.has(km.kieli.koodiarvo)) out.push(error(meta.id, DEPREKOITU_KIELIKOODI_KEY, `${path}.koulutusmoduuli.kieli`, m.äidinkielenomaisenKieli))
  }
  return {
    ...meta,
    check: (oo, ctx) => {
      const out: Finding[] = []
      oo.suoritukset.forEach((s, i) => {
        const p = suoritusPath(ctx.path, i)
        tarkista(s, p, out)
        eachOsasuoritus(s, p, (osa, osaPath) => tarkista(osa, osaPath, out))
      })
      return out.length === 0 ? NO_FINDINGS : out
    },
  }
}
