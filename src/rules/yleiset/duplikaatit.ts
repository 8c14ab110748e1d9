/** G-DUP-1 — the same osasuoritus twice directly under a päätaso (KoskiValidator.scala › validateDuplicates). */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { samaTunniste, suoritusPath, tunnisteTeksti } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import type { Rule } from '../types'

export const duplikaattiOsasuoritus: Rule<OpiskeluoikeusLike> = {
  id: 'G-DUP-1',
  check: (oo, ctx) => {
    const findings: Finding[] = []
    oo.suoritukset.forEach((s, i) => {
      const osat = s.osasuoritukset ?? []
      for (let j = 1; j < osat.length; j++) {
        const tunniste = osat[j]!.koulutusmoduuli.tunniste
        let dup = false
        for (let k = 0; k < j && !dup; k++) dup = samaTunniste(osat[k]!.koulutusmoduuli.tunniste, tunniste)
        if (dup) {
          findings.push(
            error('G-DUP-1', 'badRequest.validation.rakenne.duplikaattiOsasuoritus', `${suoritusPath(ctx.path, i)}.osasuoritukset[${j}]`, m.duplikaattiOsasuoritus(tunnisteTeksti(tunniste))),
          )
        }
      }
    })
    return findings
  },
}
