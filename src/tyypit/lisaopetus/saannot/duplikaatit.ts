/**
 * G-DUP-1 as KOSKI's classes of perusopetuksen lisäopetus have it (KoskiValidator.validateDuplicates on the päätaso's
 * osasuoritukset, grouped by `(koulutusmoduuli.identiteetti, ryhmittelytekijä)`, `salliDuplikaatit` left out):
 * - an oppiaine suoritus (PerusopetuksenOppiaineenSuoritus) may repeat when it is valinnainen (`salliDuplikaatit =
 *   !koulutusmoduuli.pakollinen`; `pakollinen` defaults to true for a koodisto oppiaine, false for a paikallinen one),
 *   and its group is "pakolliset" (PakollisenTaiValinnaisenSuoritus.ryhmittelytekijä), which KOSKI's text names;
 * - the identity of an äidinkieli or a vieras tai toinen kotimainen kieli (trait Kieliaine) is its tunniste and its
 *   `kieli` ({@link kieliaineenIdentiteetti}; KOSKI writes the pair as a Scala tuple: `(koskioppiaineetyleissivistava/A1,kielivalikoima/EN)`);
 * - a toiminta-alue or a muu suoritus: its tunniste, no group.
 */
import type { Message } from '../../../finding'
import { onPaikallinen, tunnisteAvain, tunnisteTeksti } from '../../../rules/helpers'
import type { OpiskeluoikeusLike, SuoritusLike, Tunniste } from '../../../rules/shapes'
import type { Rule } from '../../../rules/types'
import { duplikaattiOsasuoritukset, kieliaineenIdentiteetti } from '../../../rules/yleiset'

const PAKOLLISET: Message = { fi: 'pakolliset', sv: 'obligatoriska', en: 'mandatory' }

interface Oppiaine {
  readonly tunniste: Tunniste
  readonly kieli?: { readonly koodiarvo: string; readonly koodistoUri: string }
  readonly pakollinen?: boolean
}

const onOppiaine = (s: SuoritusLike): boolean => s.tyyppi.koodiarvo === 'perusopetuksenlisaopetuksenoppiaine'

/** KOSKI's `pakollinen` with its default (MuuNuortenPerusopetuksenOppiaine & co.: true; NuortenPerusopetuksenPaikallinenOppiaine: false). */
const pakollinen = (km: Oppiaine): boolean => km.pakollinen ?? !onPaikallinen(km.tunniste)

/** G-DUP-1 configured for lisäopetus (see the module comment). */
export const lisäopetuksenDuplikaatit: Rule<OpiskeluoikeusLike> = duplikaattiOsasuoritukset({
  duplikaatitSallittu: (s) => onOppiaine(s) && !pakollinen(s.koulutusmoduuli as Oppiaine),
  identiteetti: (s) => {
    const kieliaine = kieliaineenIdentiteetti(s)
    if (!onOppiaine(s)) return kieliaine
    const km = s.koulutusmoduuli as Oppiaine
    return { avain: `${kieliaine?.avain ?? tunnisteAvain(km.tunniste)}\u0000pakolliset`, teksti: kieliaine?.teksti ?? tunnisteTeksti(km.tunniste), ryhmä: PAKOLLISET }
  },
})
