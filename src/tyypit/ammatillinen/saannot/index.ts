/**
 * Every rule of the ammatillinen study right (`ammatillinenkoulutus`), in one place: the general rules (§3.2) with
 * ammatillinen's variants, and free education (§3.10; A-MK-1's kelpaava table is in src/maksuttomuus). The ammatillinen
 * rules of §3.8 come here (helper `amm-rules`).
 */
import type { AmmatillinenOpiskeluoikeus } from '../codec'
import type { SuoritusLike } from '../../../rules/shapes'
import type { Rule, RuleMeta } from '../../../rules/types'
import { duplikaattiOsasuoritukset, duplikaattiOsasuoritus, keskeneräinenOsasuoritus, yleisetSäännöt } from '../../../rules/yleiset'
import { maksuttomuusSäännöt } from '../../../rules/maksuttomuus'
import { ennenMuita, uusiSiirtymänKoulutus, valmaTilaEiSallittu } from '../../../siirtyma/saannot'

/**
 * KOSKI's `DuplikaatitSallittu` classes of ammatillinen: every tutkinnon osan suoritus (trait TutkinnonOsanSuoritus,
 * tyyppi ammatillisentutkinnonosa) and NäyttötutkintoonValmistavanKoulutuksenOsanSuoritus — the same tutkinnon osa may
 * be listed twice (e.g. under two tutkinnot).
 */
export const ammatillinenDuplikaatitSallittu = (s: SuoritusLike): boolean =>
  s.tyyppi.koodiarvo === 'ammatillisentutkinnonosa' || s.tyyppi.koodiarvo === 'nayttotutkintoonvalmistavankoulutuksenosa'

/**
 * KOSKI's `Arvioinniton` osasuoritus classes of ammatillinen, always "valmis" (no arviointi field): the osat of a
 * näyttötutkintoon valmistava koulutus and the `Välisuoritus` tutkinnon osat of koodisto tutkinnonosatvalinnanmahdollisuus
 * (jatko-opintovalmiuksia tukevat opinnot, korkeakouluopinnot).
 */
export const ammatillinenArvioinniton = (s: SuoritusLike): boolean =>
  s.tyyppi.koodiarvo === 'nayttotutkintoonvalmistavankoulutuksenosa' ||
  (s.tyyppi.koodiarvo === 'ammatillisentutkinnonosa' && (s.koulutusmoduuli.tunniste as { readonly koodistoUri?: string }).koodistoUri === 'tutkinnonosatvalinnanmahdollisuus')

/** Every rule run on an ammatillinen study right, in order. */
export const ammatillinenSäännöt: readonly Rule<AmmatillinenOpiskeluoikeus>[] = [
  // X-VALMA-1 (src/siirtyma) first: KOSKI checks it in validatePäätasonSuoritukset and answers nothing else when it fails
  ...ennenMuita<AmmatillinenOpiskeluoikeus>(valmaTilaEiSallittu, [
    ...yleisetSäännöt.map((r) => (r === duplikaattiOsasuoritus ? duplikaattiOsasuoritukset({ duplikaatitSallittu: ammatillinenDuplikaatitSallittu }) : r)),
    keskeneräinenOsasuoritus({ arvioinniton: ammatillinenArvioinniton }),
    ...maksuttomuusSäännöt,
  ]),
  // the 2022 transition (seed 001): a VALMA study right starting on or after 1.8.2022 (our warning X-SIIRT-1)
  uusiSiirtymänKoulutus<AmmatillinenOpiskeluoikeus>('valma', (oo) => oo.suoritukset.some((s) => s.tyyppi.koodiarvo === 'valma')),
]

/** The metadata of ammatillinen checks made by its codec rather than by a rule (none yet). */
export const ammatillisenRakennesäännöt: readonly RuleMeta[] = []
