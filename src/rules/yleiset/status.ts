/** G-STAT-2/3/4 — completed suoritukset and their parts (KoskiValidator.scala › validateStatus, validatePäätasonSuoritustenStatus). */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { suoritusPath, tunnisteTeksti, viimeinenTila } from '../helpers'
import type { OpiskeluoikeusLike, SuoritusLike } from '../shapes'
import type { Rule } from '../types'

export interface StatusOptions {
  /** VST päätason suoritukset are not checked at päätaso level (catalogue §4.12). */
  readonly päätasoExempt?: boolean
  /** MUKS osasuoritukset are always "valmis". */
  readonly osasuoritusAinaValmis?: boolean
}

const onArvioitu = (s: SuoritusLike): boolean => (s.arviointi?.length ?? 0) > 0

/**
 * G-STAT-2: a completed suoritus (päätaso: vahvistettu; other: arvioitu) may not contain an unfinished osasuoritus,
 * at any depth. Each unfinished osasuoritus is reported once, against its nearest completed ancestor.
 */
export const keskeneräinenOsasuoritus = (options: StatusOptions = {}): Rule<OpiskeluoikeusLike> => ({
  id: 'G-STAT-2',
  check: (oo, ctx) => {
    const findings: Finding[] = []
    const valmis = (s: SuoritusLike): boolean => options.osasuoritusAinaValmis === true || onArvioitu(s)
    const walk = (s: SuoritusLike, path: string, valmisYläsuoritus: SuoritusLike | undefined): void => {
      ;(s.osasuoritukset ?? []).forEach((os, i) => {
        const osPath = `${path}.osasuoritukset[${i}]`
        const osValmis = valmis(os)
        if (valmisYläsuoritus !== undefined && !osValmis) {
          findings.push(
            error(
              'G-STAT-2',
              'badRequest.validation.tila.keskeneräinenOsasuoritus',
              osPath,
              m.keskeneräinenOsasuoritus(tunnisteTeksti(valmisYläsuoritus.koulutusmoduuli.tunniste), tunnisteTeksti(os.koulutusmoduuli.tunniste)),
            ),
          )
        }
        walk(os, osPath, osValmis ? os : valmisYläsuoritus)
      })
    }
    oo.suoritukset.forEach((s, i) => {
      const päätasoValmis = options.päätasoExempt !== true && s.vahvistus !== undefined
      walk(s, suoritusPath(ctx.path, i), päätasoValmis ? s : undefined)
    })
    return findings
  },
})

/** G-STAT-3: a vahvistettu päätaso needs osasuoritukset (a "kuori" linked from another study right is not visible here). */
export const valmiiltaPuuttuuOsasuorituksia: Rule<OpiskeluoikeusLike> = {
  id: 'G-STAT-3',
  check: (oo, ctx) =>
    oo.suoritukset.flatMap((s, i) =>
      s.vahvistus !== undefined && (s.osasuoritukset?.length ?? 0) === 0
        ? [
            error(
              'G-STAT-3',
              'badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia',
              suoritusPath(ctx.path, i),
              m.valmiiksiMerkityltäPuuttuuOsasuorituksia(tunnisteTeksti(s.koulutusmoduuli.tunniste)),
            ),
          ]
        : [],
    ),
}

/** G-STAT-4: when the last jakso is `valmistunut`, every päätason suoritus is vahvistettu. */
export const valmistuneeltaPuuttuuVahvistus: Rule<OpiskeluoikeusLike> = {
  id: 'G-STAT-4',
  check: (oo, ctx) =>
    viimeinenTila(oo) !== 'valmistunut'
      ? []
      : oo.suoritukset.flatMap((s, i) =>
          s.vahvistus === undefined
            ? [error('G-STAT-4', 'badRequest.validation.tila.vahvistusPuuttuu', suoritusPath(ctx.path, i), m.vahvistusPuuttuu(tunnisteTeksti(s.koulutusmoduuli.tunniste)))]
            : [],
        ),
}

