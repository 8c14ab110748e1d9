/** G-DUP-1 — the same osasuoritus twice directly under a päätaso (KoskiValidator.scala › validateDuplicates). */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { suoritusPath, tunnisteAvain, tunnisteTeksti } from '../helpers'
import type { OpiskeluoikeusLike, SuoritusLike } from '../shapes'
import type { Rule } from '../types'

/** Options of G-DUP-1 per type. */
export interface DuplikaattiOptions {
  /** KOSKI's `DuplikaatitSallittu` classes (e.g. ammatillinen tutkinnon osat): such osasuoritukset may repeat. */
  readonly duplikaatitSallittu?: (osasuoritus: SuoritusLike) => boolean
}

/**
 * One finding per tunniste that occurs more than once among a päätaso's direct osasuoritukset (KOSKI groups them and
 * reports each group once), at the path of its second occurrence. Osasuoritukset of a `DuplikaatitSallittu` class
 * (the option) are left out, as KOSKI leaves them out.
 */
export const duplikaattiOsasuoritukset = (options: DuplikaattiOptions = {}): Rule<OpiskeluoikeusLike> => ({
  id: 'G-DUP-1',
  what: 'the same osasuoritus twice directly under a päätaso',
  keys: ['badRequest.validation.rakenne.duplikaattiOsasuoritus'],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateDuplicates' },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    const sallittu = options.duplikaatitSallittu
    oo.suoritukset.forEach((s, i) => {
      const osat = s.osasuoritukset ?? []
      /** How many times each tunniste has been seen so far. */
      const nähdyt = new Map<string, number>()
      for (let j = 0; j < osat.length; j++) {
        if (sallittu !== undefined && sallittu(osat[j]!)) continue
        const tunniste = osat[j]!.koulutusmoduuli.tunniste
        const avain = tunnisteAvain(tunniste)
        const kerrat = (nähdyt.get(avain) ?? 0) + 1
        nähdyt.set(avain, kerrat)
        if (kerrat === 2) {
          findings.push(
            error('G-DUP-1', 'badRequest.validation.rakenne.duplikaattiOsasuoritus', `${suoritusPath(ctx.path, i)}.osasuoritukset[${j}]`, m.duplikaattiOsasuoritus(tunnisteTeksti(tunniste))),
          )
        }
      }
    })
    return findings
  },
})

/** G-DUP-1 as every type without `DuplikaatitSallittu` classes runs it. */
export const duplikaattiOsasuoritus: Rule<OpiskeluoikeusLike> = duplikaattiOsasuoritukset()
