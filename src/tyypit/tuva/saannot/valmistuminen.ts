/**
 * T-VALM-1/2/3 — what a valmistunut TUVA study right needs (TutkintokoulutukseenValmentavaKoulutusValidation ›
 * validateTuvaSuorituksenLaajuusJaRakenne). In KOSKI's order: T-VALM-2 and T-VALM-3 are evaluated only when
 * T-VALM-1 passed. Limits: src/tuva/viikot.ts (exported as data).
 */
import { error, type Finding } from '../../../finding'
import * as m from '../viestit'
import { TUVA_VALMISTUNEEN_VÄHIMMÄISLAAJUUS, osanLaajuusSallittu } from '../funktiot/viikot'
import { suoritusPath, viimeinenTila } from '../../../rules/helpers'
import type { SuoritusLike } from '../../../rules/shapes'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import { hyväksytty, laskettuLaajuus, type Tuva } from './apu'

const valmistunut = (oo: Tuva): boolean => viimeinenTila(oo) === 'valmistunut'

/** T-VALM-1's condition: the computed laajuus (missing = 0) is at least 2 weeks. */
const laajuusRiittää = (s: SuoritusLike): boolean => (laskettuLaajuus(s) ?? 0) >= TUVA_VALMISTUNEEN_VÄHIMMÄISLAAJUUS

/** T-VALM-1: valmistunut ⇒ the accepted osasuoritukset total at least 2 weeks (KOSKI's message still says 4–38). */
export const valmistuneenLaajuus: Rule<Tuva> = {
  id: 'T-VALM-1',
  what: 'valmistunut: the accepted osat total at least 2 weeks (KOSKI\'s text still says 4–38)',
  keys: ['badRequest.validation.laajuudet.tuvaPäätasonSuoritusVääräLaajuus'],
  severity: 'error',
  source: { koski: 'TutkintokoulutukseenValmentavaKoulutusValidation.validateTuvaSuorituksenLaajuusJaRakenne', muutoshistoria: ['2022-02-14', '2023-06-21'] },
  check: (oo, ctx) => {
    if (!valmistunut(oo)) return NO_FINDINGS
    let findings: Finding[] | undefined
    oo.suoritukset.forEach((s, i) => {
      if (!laajuusRiittää(s)) {
        ;(findings ??= []).push(error('T-VALM-1', 'badRequest.validation.laajuudet.tuvaPäätasonSuoritusVääräLaajuus', suoritusPath(ctx.polku, i), m.päätasonSuoritusVääräLaajuus))
      }
    })
    return findings ?? NO_FINDINGS
  },
}

/** T-VALM-2: valmistunut ⇒ every direct osasuoritus (accepted or not; missing laajuus = 0) within its osa's limits. */
export const osienLaajuudet: Rule<Tuva> = {
  id: 'T-VALM-2',
  what: 'valmistunut: every osa within its limits (101 2–10, 102/103 ≤ 20, 104 ≤ 10, 105/106/107 ≤ 30; only if T-VALM-1 passed)',
  keys: ['badRequest.validation.laajuudet.tuvaOsaSuoritusVääräLaajuus'],
  severity: 'error',
  source: { koski: 'TutkintokoulutukseenValmentavaKoulutusValidation.validateOsasuoritustenLaajuus', muutoshistoria: ['2022-02-14', '2023-06-21'] },
  check: (oo, ctx) => {
    if (!valmistunut(oo)) return NO_FINDINGS
    let findings: Finding[] | undefined
    oo.suoritukset.forEach((s, i) => {
      if (!laajuusRiittää(s)) return
      ;(s.osasuoritukset ?? []).forEach((os, j) => {
        const osa = os.koulutusmoduuli.tunniste.koodiarvo
        const message = m.osaSuoritusVääräLaajuus[osa]
        if (message !== undefined && !osanLaajuusSallittu(osa, os.koulutusmoduuli.laajuus?.arvo)) {
          ;(findings ??= []).push(
            error(
              'T-VALM-2',
              'badRequest.validation.laajuudet.tuvaOsaSuoritusVääräLaajuus',
              suoritusPath(ctx.polku, i).kenttä('osasuoritukset').alkio(j).polku('koulutusmoduuli.laajuus'),
              message,
            ),
          )
        }
      })
    })
    return findings ?? NO_FINDINGS
  },
}

/** T-VALM-3: valmistunut ⇒ the first osasuoritus 101 exists and its latest arviointi is `Hyväksytty`. */
export const opiskeluJaUrasuunnittelutaidot: Rule<Tuva> = {
  id: 'T-VALM-3',
  what: 'valmistunut: an accepted 101 Opiskelu- ja urasuunnittelutaidot (only if T-VALM-1 passed)',
  keys: ['badRequest.validation.rakenne.tuvaOpiskeluJaUrasuunnittelutaitojenOsasuoritusPuuttuu'],
  severity: 'error',
  source: { koski: 'TutkintokoulutukseenValmentavaKoulutusValidation.validateTuvaOpiskeluJaUrasuunnittelutaidotOsasuoritusOlemassa', muutoshistoria: ['2022-02-14', '2023-06-21'] },
  check: (oo, ctx) => {
    if (!valmistunut(oo)) return NO_FINDINGS
    let findings: Finding[] | undefined
    oo.suoritukset.forEach((s, i) => {
      if (!laajuusRiittää(s)) return
      const osat = s.osasuoritukset ?? []
      const j = osat.findIndex((os) => os.koulutusmoduuli.tunniste.koodiarvo === '101')
      if (j >= 0 && hyväksytty(osat[j]!)) return
      const path = j < 0 ? suoritusPath(ctx.polku, i).kenttä('osasuoritukset') : suoritusPath(ctx.polku, i).kenttä('osasuoritukset').alkio(j)
      ;(findings ??= []).push(
        error('T-VALM-3', 'badRequest.validation.rakenne.tuvaOpiskeluJaUrasuunnittelutaitojenOsasuoritusPuuttuu', path, m.opiskeluJaUrasuunnittelutaitojenOsasuoritusPuuttuu),
      )
    })
    return findings ?? NO_FINDINGS
  },
}
