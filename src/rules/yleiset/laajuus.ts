/** G-LAAJ-1/2 — laajuus units and sums (KoskiValidator.scala › validateLaajuus). */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { eachOsasuoritus, eachSuoritus, scalaDouble, summaDesimaaleina, suoritusPath, tunnisteTeksti, viimeisinArviointi } from '../helpers'
import type { ArviointiLike, OpiskeluoikeusLike, SuoritusLike } from '../shapes'
import type { Rule } from '../types'

/** G-LAAJ-1: an osasuoritus uses the same laajuus unit as its parent. */
export const laajuusyksikkö: Rule<OpiskeluoikeusLike> = {
  id: 'G-LAAJ-1',
  what: 'an osasuoritus uses the laajuus unit of its parent',
  keys: ['badRequest.validation.laajuudet.osasuorituksellaEriLaajuusyksikkö'],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateLaajuus' },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    const visit = (os: SuoritusLike, osPath: string, s: SuoritusLike): void => {
      const yksikkö = s.koulutusmoduuli.laajuus?.yksikkö.koodiarvo
      const osYksikkö = os.koulutusmoduuli.laajuus?.yksikkö.koodiarvo
      if (yksikkö !== undefined && osYksikkö !== undefined && osYksikkö !== yksikkö) {
        findings.push(
          error(
            'G-LAAJ-1',
            'badRequest.validation.laajuudet.osasuorituksellaEriLaajuusyksikkö',
            `${osPath}.koulutusmoduuli.laajuus.yksikkö`,
            m.osasuorituksellaEriLaajuusyksikkö(tunnisteTeksti(os.koulutusmoduuli.tunniste), tunnisteTeksti(s.koulutusmoduuli.tunniste)),
          ),
        )
      }
    }
    oo.suoritukset.forEach((s, i) => eachOsasuoritus(s, suoritusPath(ctx.path, i), visit))
    return findings
  },
}

/** Options of the rule that checks a completion's scope against the sum of its children's. */
export interface LaajuusSummaOptions {
  /**
   * Sum only the children whose last arviointi is accepted (TUVA: for the päätaso and osa 104), skipping the check when
   * there are none. Given as the acceptance test of an arviointi.
   */
  readonly vainHyväksytyt?: (arviointi: ArviointiLike) => boolean
  /** The päätaso laajuus is recomputed by KOSKI (TUVA), so it is never compared. */
  readonly päätasonLaajuusLasketaan?: boolean
  /** When a suoritus counts as valmis; default: päätaso vahvistettu, other arvioitu. */
  readonly valmis?: (s: SuoritusLike, päätaso: boolean) => boolean
  /** Suoritukset whose koulutusmoduuli KOSKI marks `LaajuuttaEiValidoida` (ammatillinen tutkinnon osat, osa-alueet, VALMA/TELMA): never compared. */
  readonly eiValidoida?: (s: SuoritusLike) => boolean
}

const EPSILON = 0.001

/** G-LAAJ-2: the laajuus of a completed suoritus equals the sum of its osasuoritukset' laajuudet. */
export const laajuuksienSumma = (options: LaajuusSummaOptions = {}): Rule<OpiskeluoikeusLike> => ({
  id: 'G-LAAJ-2',
  what: 'a completed suoritus has the laajuus of its osasuoritukset (TUVA, = T-LAAJ-2: accepted parts only, the päätaso is computed; MUKS, = M-LAAJ-1: an osasuoritus is always completed)',
  keys: ['badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma'],
  severity: 'error',
  source: { catalogue: ['G-LAAJ-2', 'T-LAAJ-2', 'VJ-LAAJ-3', 'VV-LAAJ-1', 'M-LAAJ-1'], koski: 'KoskiValidator.validateLaajuus', muutoshistoria: ['2022-11-09'] },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    const valmis = options.valmis ?? ((s: SuoritusLike, päätaso: boolean) => (päätaso ? s.vahvistus !== undefined : (s.arviointi?.length ?? 0) > 0))
    eachSuoritus(oo.suoritukset, ctx.path, (s, path, parent) => {
      const päätaso = parent === undefined
      const laajuus = s.koulutusmoduuli.laajuus
      const verrataan = !(päätaso && options.päätasonLaajuusLasketaan === true) && options.eiValidoida?.(s) !== true
      if (verrataan && laajuus !== undefined && valmis(s, päätaso)) {
        const hyväksytty = options.vainHyväksytyt
        const lasketut = (s.osasuoritukset ?? []).filter((os) => {
          if (os.koulutusmoduuli.laajuus === undefined) return false
          if (hyväksytty === undefined) return true
          const viimeisin = viimeisinArviointi(os.arviointi)
          return viimeisin !== undefined && hyväksytty(viimeisin)
        })
        if (lasketut.length > 0) {
          const summa = summaDesimaaleina(lasketut.map((os) => os.koulutusmoduuli.laajuus?.arvo ?? 0))
          if (Math.abs(summa - laajuus.arvo) >= EPSILON) {
            findings.push(
              error(
                'G-LAAJ-2',
                'badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma',
                `${path}.koulutusmoduuli.laajuus`,
                m.osasuoritustenLaajuuksienSumma(tunnisteTeksti(s.koulutusmoduuli.tunniste), scalaDouble(summa), scalaDouble(laajuus.arvo)),
              ),
            )
          }
        }
      }
    })
    return findings
  },
})
