/** G-DUP-1 — the same osasuoritus twice directly under a päätaso (KoskiValidator.scala › validateDuplicates). */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { suoritusPath, tunnisteAvain, tunnisteTeksti } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import type { Rule } from '../types'

export const duplikaattiOsasuoritus: Rule<OpiskeluoikeusLike> = {
  id: 'G-DUP-1',
  check: (oo, ctx) => {
    const findings: Finding[] = []
    oo.suoritukset.forEach((s, i) => {
      const osat = s.osasuoritukset ?? []
      const nähdyt = new Set<string>()
      for (let j = 0; j < osat.length; j++) {
        const tunniste = osat[j]!.koulutusmoduuli.tunniste
        const avain = tunnisteAvain(tunniste)
        if (!nähdyt.has(avain)) nähdyt.add(avain)
        else {
          findings.push(
            error('G-DUP-1', 'badRequest.validation.rakenne.duplikaattiOsasuoritus', `${suoritusPath(ctx.path, i)}.osasuoritukset[${j}]`, m.duplikaattiOsasuoritus(tunnisteTeksti(tunniste))),
          )
        }
      }
    })
    return findings
  },
}
