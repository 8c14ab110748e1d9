/**
 * T-LAAJ-1 — KOSKI computes the TUVA päätaso laajuus (KoskiValidator › fillPäätasonSuorituksenLaajuus): the sum of the
 * accepted direct osasuoritukset, `null` when 0; a sent value is ignored. A warning of ours (catalogue §0.3, §3.3
 * T-LAAJ-1) when the sent value differs, so the vendor's system and KOSKI do not disagree silently.
 * (T-LAAJ-2, the 104 osa vs its kurssit, is the TUVA variant of G-LAAJ-2 in ../yleiset/laajuus.ts.)
 */
import { warning, type Finding } from '../../../finding'
import * as m from '../viestit'
import { scalaDouble, suoritusPath } from '../../../rules/helpers'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import { laskettuLaajuus, type Tuva } from './apu'

const EPSILON = 0.001

/** T-LAAJ-1 (warning): a sent päätaso laajuus that differs from the computed one. */
export const päätasonLaajuusLasketaan: Rule<Tuva> = {
  id: 'T-LAAJ-1',
  what: 'a sent päätaso laajuus differs from the one KOSKI computes and stores instead',
  keys: ['koskiValidation.tuvaPäätasonLaajuusLasketaan'],
  severity: 'warning',
  source: { koski: 'KoskiValidator.fillPäätasonSuorituksenLaajuus' },
  check: (oo, ctx) => {
    let findings: Finding[] | undefined
    oo.suoritukset.forEach((s, i) => {
      const lähetetty = s.koulutusmoduuli.laajuus?.arvo
      if (lähetetty === undefined) return
      const laskettu = laskettuLaajuus(s)
      if (laskettu !== undefined && Math.abs(laskettu - lähetetty) < EPSILON) return
      ;(findings ??= []).push(
        warning(
          'T-LAAJ-1',
          'tuvaPäätasonLaajuusLasketaan',
          suoritusPath(ctx.polku, i).polku('koulutusmoduuli.laajuus'),
          m.päätasonLaajuusLasketaan(scalaDouble(lähetetty), laskettu === undefined ? undefined : scalaDouble(laskettu)),
        ),
      )
    })
    return findings ?? NO_FINDINGS
  },
}
