/** G-STAT-2/3/4 — completed suoritukset and their parts (KoskiValidator.scala › validateStatus, validatePäätasonSuoritustenStatus). */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { suoritusPath, tunnisteTeksti, viimeinenTila } from '../helpers'
import type { OpiskeluoikeusLike, SuoritusLike } from '../shapes'
import type { Rule } from '../types'

/** Options of the rules that check completions against the study-right status. */
export interface StatusOptions {
  /** VST päätason suoritukset are not checked at päätaso level (catalogue §4.12). */
  readonly päätasoExempt?: boolean
  /** MUKS osasuoritukset are always "valmis". */
  readonly osasuoritusAinaValmis?: boolean
  /** KOSKI's `Arvioinniton` osasuoritus classes (e.g. ammatillinen näyttötutkintoon valmistavan koulutuksen osat): always "valmis". */
  readonly arvioinniton?: (osasuoritus: SuoritusLike) => boolean
}

const onArvioitu = (s: SuoritusLike): boolean => (s.arviointi?.length ?? 0) > 0

/**
 * G-STAT-2: a completed suoritus (päätaso: vahvistettu; other: arvioitu) may not contain an unfinished osasuoritus at
 * any depth. As in KOSKI (validateValmiinSuorituksenStatus), each completed suoritus gives at most one finding, naming
 * the first unfinished one in KOSKI's order (its direct osasuoritukset first, then theirs, one branch after another),
 * at that osasuoritus' path. So an unfinished kurssi under an assessed 104 is reported for the vahvistettu päätaso and
 * for the 104.
 */
export const keskeneräinenOsasuoritus = (options: StatusOptions = {}): Rule<OpiskeluoikeusLike> => ({
  id: 'G-STAT-2',
  what: 'a completed suoritus (päätaso vahvistettu, other arvioitu) has no unfinished osasuoritus at any depth',
  keys: ['badRequest.validation.tila.keskeneräinenOsasuoritus'],
  severity: 'error',
  source: { catalogue: ['G-STAT-2', 'T-STAT-1'], koski: 'KoskiValidator.validateValmiinSuorituksenStatus' },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    const arvioinniton = options.arvioinniton
    const valmis = (s: SuoritusLike): boolean => options.osasuoritusAinaValmis === true || onArvioitu(s) || (arvioinniton !== undefined && arvioinniton(s))
    /** KOSKI's `rekursiivisetOsasuoritukset.find(_.kesken)`. */
    const ensimmäinenKesken = (s: SuoritusLike, path: string): readonly [SuoritusLike, string] | undefined => {
      const osat = s.osasuoritukset ?? []
      for (let i = 0; i < osat.length; i++) if (!valmis(osat[i]!)) return [osat[i]!, `${path}.osasuoritukset[${i}]`]
      for (let i = 0; i < osat.length; i++) {
        const syvempi = ensimmäinenKesken(osat[i]!, `${path}.osasuoritukset[${i}]`)
        if (syvempi !== undefined) return syvempi
      }
      return undefined
    }
    const tarkista = (s: SuoritusLike, path: string): void => {
      const kesken = ensimmäinenKesken(s, path)
      if (kesken === undefined) return
      findings.push(
        error(
          'G-STAT-2',
          'badRequest.validation.tila.keskeneräinenOsasuoritus',
          kesken[1],
          m.keskeneräinenOsasuoritus(tunnisteTeksti(s.koulutusmoduuli.tunniste), tunnisteTeksti(kesken[0].koulutusmoduuli.tunniste)),
        ),
      )
    }
    const osasuoritukset = (s: SuoritusLike, path: string): void => {
      ;(s.osasuoritukset ?? []).forEach((os, i) => {
        const osPath = `${path}.osasuoritukset[${i}]`
        if (valmis(os)) tarkista(os, osPath)
        osasuoritukset(os, osPath)
      })
    }
    oo.suoritukset.forEach((s, i) => {
      const path = suoritusPath(ctx.path, i)
      if (options.päätasoExempt !== true && s.vahvistus !== undefined) tarkista(s, path)
      osasuoritukset(s, path)
    })
    return findings
  },
})

/** G-STAT-3: a vahvistettu päätaso needs osasuoritukset (a "kuori" linked from another study right is not visible here). */
export const valmiiltaPuuttuuOsasuorituksia: Rule<OpiskeluoikeusLike> = {
  id: 'G-STAT-3',
  what: 'a vahvistettu päätaso has osasuoritukset',
  keys: ['badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia'],
  severity: 'error',
  source: { catalogue: ['G-STAT-3', 'T-STAT-1'], koski: 'KoskiValidator.validateLinkitettyTaiSisältääOsasuorituksia' },
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
  what: 'last jakso `valmistunut` ⇒ every päätason suoritus vahvistettu',
  keys: ['badRequest.validation.tila.vahvistusPuuttuu'],
  severity: 'error',
  source: { catalogue: ['G-STAT-4', 'T-STAT-1'], koski: 'KoskiValidator.validatePäätasonSuoritustenStatus' },
  check: (oo, ctx) =>
    viimeinenTila(oo) !== 'valmistunut'
      ? []
      : oo.suoritukset.flatMap((s, i) =>
          s.vahvistus === undefined
            ? [error('G-STAT-4', 'badRequest.validation.tila.vahvistusPuuttuu', suoritusPath(ctx.path, i), m.vahvistusPuuttuu(tunnisteTeksti(s.koulutusmoduuli.tunniste)))]
            : [],
        ),
}

