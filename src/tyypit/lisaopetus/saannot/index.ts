/**
 * Every rule of the perusopetuksen lisäopetus study right (`perusopetuksenlisaopetus`). X-LISÄ-1 first: KOSKI checks it
 * in validatePäätasonSuoritukset, before its other rules, and answers nothing else when it fails ({@link ennenMuita});
 * then the general rules (§3.2), A-ERO-1 and L-AOM-1 (src/rules/yhteiset), the pidennetty oppivelvollisuus rules,
 * free education (§3.10; lisäopetus is kelpaava, X-MK-1). Our warnings (X-SIIRT-1, X-LISÄ-POIS-1) run whatever KOSKI
 * answers.
 *
 * Not a rule here: the laajuus of a toiminta-alue. validaation_muutoshistoria.md (18.10.2024) says "Nuorten
 * perusopetuksen ja perusopetuksen lisäopetuksen suorituksille toiminta-alueittain vaaditaan laajuudet", but KOSKI's
 * ToimintaAlueetValidation.validateToimintaAlueellinenOpiskeluoikeus matches PerusopetuksenOpiskeluoikeus only: its
 * lisäopetus case was removed the same day (commit 5d2c76b55e, "Poista validointi perusopetuksen lisäopetukselta"),
 * so KOSKI accepts a lisäopetus toiminta-alue without laajuus (test/lisaopetus/lisaopetus.test.ts pins it).
 */
import { maksuttomuusSäännöt } from '../../../rules/maksuttomuus'
import type { Rule } from '../../../rules/types'
import { äidinkielenomaisenKieli } from '../../../rules/yhteiset/aidinkielenomainen'
import { eronnutVaikkaVahvistettu } from '../../../rules/yhteiset/eronnut'
import { YLEINEN_VERTAILU, duplikaattiOpiskeluoikeus, duplikaattiOsasuoritus, keskeneräinenOsasuoritus, yleisetSäännöt } from '../../../rules/yleiset'
import { ennenMuita, perusopetuksenLisäopetuksenTilaEiSallittu, uusiSiirtymänKoulutus } from '../../../siirtyma/saannot'
import type { PerusopetuksenLisäopetuksenOpiskeluoikeus } from '../codec'
import { lisäopetuksenDuplikaatit } from './duplikaatit'
import { pidennetynOppivelvollisuudenSäännöt } from './pidennetty'
import { tiputettavatKentät } from './poistettavat'

export { pidennetynOppivelvollisuudenSäännöt, tiputettavatKentät }

/** L-AOM-1: the kieli of an äidinkielenomainen kieli oppiaine (`AOM`) is FI or SV (a shared family, src/rules/yhteiset). */
export const äidinkielenomainenKieli = äidinkielenomaisenKieli<PerusopetuksenLisäopetuksenOpiskeluoikeus>({
  meta: { id: 'L-AOM-1', what: 'an äidinkielenomainen kieli oppiaine (`AOM`) has kieli FI or SV' },
})

/** Every rule run on a perusopetuksen lisäopetus study right, in order. */
export const lisäopetuksenSäännöt: readonly Rule<PerusopetuksenLisäopetuksenOpiskeluoikeus>[] = [
  ...ennenMuita<PerusopetuksenLisäopetuksenOpiskeluoikeus>(perusopetuksenLisäopetuksenTilaEiSallittu, [
    // G-DUP-1 with KOSKI's identity and groups of the lisäopetus classes (./duplikaatit)
    ...yleisetSäännöt.map((r) => (r === duplikaattiOsasuoritus ? lisäopetuksenDuplikaatit : r)),
    duplikaattiOpiskeluoikeus(YLEINEN_VERTAILU),
    keskeneräinenOsasuoritus(),
    eronnutVaikkaVahvistettu(),
    äidinkielenomainenKieli,
    ...pidennetynOppivelvollisuudenSäännöt,
    ...maksuttomuusSäännöt,
  ]),
  uusiSiirtymänKoulutus<PerusopetuksenLisäopetuksenOpiskeluoikeus>('perusopetuksenlisaopetus'),
  tiputettavatKentät,
]
