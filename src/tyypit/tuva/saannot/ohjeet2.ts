/**
 * More of what the official TUVA instructions require and KOSKI does not check (issue 14): warnings with our own keys.
 * - T-OHJE-8 (seed 001, "Usein kysyttyä TUVA-koulutuksesta", section "Siirtymäsäännöksen piirissä olevat opiskelijat":
 *   "Koulutuksen osille kirjataan suoritusten laajuudet viikkoina"): a valmistunut study right with an accepted osa
 *   without laajuus.
 * - T-OHJE-9 (seed 004, "1.2 …lisätiedot", sections "Erityinen tuki" and "Erityisen tuen jaksot": "Erityisen tuen
 *   alkupäivä on se päivä, josta asti oppilas on saanut erityistä tukea juuri tämän kyseisen opiskeluoikeuden
 *   aikana"): an `erityinenTuki` period (ammatillinen lupa) or an `erityisenTuenPäätökset` päätös (perusopetus lupa)
 *   starting before the study right.
 * - G-OHJE-1 and G-OHJE-2, the shared lisätiedot warnings (src/rules/yhteiset/lisatiedot.ts) configured for TUVA.
 */
import { warning, type Finding } from '../../../finding'
import { ohjeViite, OHJEET } from '../../../messages/muoto'
import { lisätietoPath, suoritusPath, viimeinenTila } from '../../../rules/helpers'
import { OHJE_TUVA_LISÄTIEDOT, OHJE_TUVA_UKK } from '../../../rules/lahteet'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import { lisätietojaksotVoimassaolonSisällä, tyhjätLisätietolistat } from '../../../rules/yhteiset'
import { osanLaajuusSallittu } from '../funktiot/viikot'
import * as m from '../viestit'
import { ammatillisenLisätiedot, hyväksytty, perusopetuksenLisätiedot, type Tuva } from './apu'

/** T-OHJE-8: valmistunut ⇒ every accepted osa has a laajuus (an osa whose missing laajuus T-VALM-2 already rejects is left to it). */
export const hyväksytyilläOsillaLaajuus: Rule<Tuva> = {
  id: 'T-OHJE-8',
  what: 'valmistunut: an accepted osa without `laajuus` (KOSKI accepts it for 102–107; 101 is T-VALM-2)',
  keys: ['koskiValidation.tuvaHyväksytyltäOsaltaPuuttuuLaajuus'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_UKK, kohta: 'Siirtymäsäännöksen piirissä olevat opiskelijat' } },
  check: (oo, ctx) => {
    if (viimeinenTila(oo) !== 'valmistunut') return NO_FINDINGS
    let findings: Finding[] | undefined
    oo.suoritukset.forEach((s, i) => {
      ;(s.osasuoritukset ?? []).forEach((os, j) => {
        const osa = os.koulutusmoduuli.tunniste.koodiarvo
        if (os.koulutusmoduuli.laajuus !== undefined || !hyväksytty(os) || !osanLaajuusSallittu(osa, undefined)) return
        ;(findings ??= []).push(
          warning('T-OHJE-8', 'tuvaHyväksytyltäOsaltaPuuttuuLaajuus', suoritusPath(ctx.polku, i).kenttä('osasuoritukset').alkio(j).kenttä('koulutusmoduuli'), m.hyväksytyltäOsaltaPuuttuuLaajuus(osa)),
        )
      })
    })
    return findings ?? NO_FINDINGS
  },
}

/** The study right's first day: the earliest jakso alku (= alkamispäivä when the jaksot are in order; else G-JAKSO-1 is reported). */
const varhaisinAlku = (oo: Tuva): string | undefined => {
  let a: string | undefined
  for (const j of oo.tila.opiskeluoikeusjaksot) if (a === undefined || j.alku < a) a = j.alku
  return a
}

/** T-OHJE-9: no erityinen tuki period / erityisen tuen päätös starts before the study right's alkamispäivä. */
export const erityinenTukiOpiskeluoikeudenAikana: Rule<Tuva> = {
  id: 'T-OHJE-9',
  what: 'an `erityinenTuki` period (ammatillinen lupa) or an `erityisenTuenPäätökset` päätös (perusopetus lupa) starts before the study right',
  keys: ['koskiValidation.tuvaErityinenTukiEnnenOpiskeluoikeutta'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_LISÄTIEDOT, kohta: 'Erityisen tuen jaksot' } },
  check: (oo, ctx) => {
    const a = varhaisinAlku(oo)
    if (a === undefined) return NO_FINDINGS
    const [kenttä, jaksot, kohta] =
      oo.järjestämislupa.koodiarvo === 'ammatillinen'
        ? (['erityinenTuki', ammatillisenLisätiedot(oo)?.erityinenTuki, 'Erityinen tuki'] as const)
        : (['erityisenTuenPäätökset', perusopetuksenLisätiedot(oo)?.erityisenTuenPäätökset, 'Erityisen tuen jaksot'] as const)
    if (jaksot === undefined) return NO_FINDINGS
    let findings: Finding[] | undefined
    jaksot.forEach((j, i) => {
      if (j.alku !== undefined && j.alku < a) {
        ;(findings ??= []).push(warning('T-OHJE-9', 'tuvaErityinenTukiEnnenOpiskeluoikeutta', lisätietoPath(ctx.polku, kenttä, i), m.erityinenTukiEnnenOpiskeluoikeutta(kenttä, kohta, a)))
      }
    })
    return findings ?? NO_FINDINGS
  },
}

const TUVA_LISÄTIEDOT_VIITE = ohjeViite(OHJEET.tuvaLisätiedot)

/** G-OHJE-1 for TUVA: a lisätieto list sent empty. */
export const tyhjätLisätietolistatTuva: Rule<Tuva> = tyhjätLisätietolistat({
  id: 'G-OHJE-1',
  what: 'a lisätieto list sent empty (`[]`): the field should be left out (a boolean `false` is fine)',
  keys: ['koskiValidation.tyhjäLisätietolista'],
  severity: 'warning',
  source: { catalogue: [], ohje: OHJE_TUVA_LISÄTIEDOT },
  viite: TUVA_LISÄTIEDOT_VIITE,
})

/** G-OHJE-2 for TUVA: a lisätieto period wholly outside the study right (maksuttomuus and its extensions have MK-JAKSO-1 / MK-PID-1). */
export const lisätietojaksotVoimassaolonSisälläTuva: Rule<Tuva> = lisätietojaksotVoimassaolonSisällä({
  id: 'G-OHJE-2',
  what: 'a lisätieto period lying wholly outside the study right (ends before the alkamispäivä or starts after the päättymispäivä)',
  keys: ['koskiValidation.lisätietojaksoOpiskeluoikeudenUlkopuolella'],
  severity: 'warning',
  source: { catalogue: [], ohje: OHJE_TUVA_LISÄTIEDOT },
  viite: TUVA_LISÄTIEDOT_VIITE,
  ohitettavat: ['maksuttomuus', 'oikeuttaMaksuttomuuteenPidennetty'],
})
