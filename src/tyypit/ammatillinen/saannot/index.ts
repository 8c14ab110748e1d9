/**
 * Every rule of the ammatillinen study right (`ammatillinenkoulutus`), in one place: the general rules (§3.2) with
 * ammatillinen's variants, the shared families configured for it (A-RAH-1, A-ERO-1, A-VOS-*, the 2026 rahoitus codes),
 * its own (§3.8), the JOTPA rules (§3.4) and free education (§3.10) with A-MK-1's kelpaava table.
 */
import type { SuoritusLike } from '../../../rules/shapes'
import type { Rule, RuleMeta } from '../../../rules/types'
import { jotpaSäännöt } from '../../../rules/jotpa'
import { maksuttomuusSäännöt } from '../../../rules/maksuttomuus'
import { eronnutVaikkaVahvistettu } from '../../../rules/yhteiset/eronnut'
import {
  arvioituPäättymispäiväEnnenAlkamispäivää,
  duplikaattiOsasuoritukset,
  jaksojenJärjestys,
  keskeneräinenOsasuoritus,
  laajuuksienSumma,
  laajuusyksikkö,
  lähdejärjestelmäIdPoistettu,
  lähdejärjestelmäIdPuuttuu,
  lähdejärjestelmäkytkennänPurkaminen,
  päättymispäiväEnnenAlkamispäivää,
  päättävätTilat,
  suorituksenPäivämäärät,
  tyyppiMuuttunut,
  vahvistusEnnenPäättymistäAsetuksin,
  valmiiltaPuuttuuOsasuorituksiaAsetuksin,
  valmistuneeltaPuuttuuVahvistus,
} from '../../../rules/yleiset'
import { suorituksenAlkamispäiväEnnenOpiskeluoikeutta } from '../../../rules/yleiset/paivamaarat'
import { lukuvuosimaksuRahoitus, tilauskoulutusRahoitus } from '../../../rules/yleiset/rahoitusmuodot'
import { vahvistusIlmanArviointia } from '../../../rules/yleiset/status'
import { osasuorituksenVahvistusEnnenSuorituksen } from '../../../rules/yleiset/suoritusPaivat'
import { AMMATILLINEN_VERTAILU, duplikaattiOpiskeluoikeus } from '../../../rules/yleiset/duplikaattiOpiskeluoikeus'
import { päättymispäivä } from '../../../rules/helpers'
import * as yleiset from '../../../messages/yleiset'
import * as m from '../viestit'
import {
  laajuuttaEiValidoida,
  onMuuAmmatillinen,
  onNäyttötutkintoonValmistava,
  onOsittainen,
  onTutkinnonOsa,
  onTutkinto,
  onValinnanMahdollisuus,
  onValma,
  onYhteinenTutkinnonOsa,
  type Ammatillinen,
} from './apu'
import { ammatillisenOmatSäännöt } from './omat'
import { rahoitusVaaditaan } from './rahoitus'
import { ammatillisenVosSäännöt } from './vos'
import { ennenMuita, uusiSiirtymänKoulutus, valmaTilaEiSallittu } from '../../../siirtyma/saannot'

export type { Ammatillinen, AmmSuoritus, AmmLisätiedot } from './apu'

/** KOSKI's `ostettuOpiskeluoikeusValmisEnnenVuotta2019`. */
const ostettuValmisEnnen2019 = (oo: Ammatillinen): boolean => oo.ostettu === true && (päättymispäivä(oo) ?? '9999-12-31') < '2019-01-01'

/** The general rules (§3.2) as ammatillinen's classes meet them, in KOSKI's order. */
const ammatillisenYleisetSäännöt: readonly Rule<Ammatillinen>[] = [
  lähdejärjestelmäIdPuuttuu,
  lähdejärjestelmäkytkennänPurkaminen,
  lähdejärjestelmäIdPoistettu,
  tyyppiMuuttunut,
  duplikaattiOpiskeluoikeus(AMMATILLINEN_VERTAILU),
  rahoitusVaaditaan,
  lukuvuosimaksuRahoitus,
  tilauskoulutusRahoitus,
  jaksojenJärjestys,
  päättävätTilat,
  päättymispäiväEnnenAlkamispäivää,
  arvioituPäättymispäiväEnnenAlkamispäivää,
  suorituksenAlkamispäiväEnnenOpiskeluoikeutta,
  valmistuneeltaPuuttuuVahvistus,
  // G-SUOR-1: a `naytto` tutkinto's vahvistus may come from the tutkintotoimikunta later; VALMA's assessment may come later
  vahvistusEnnenPäättymistäAsetuksin({ vapautettu: (s: SuoritusLike) => (onTutkinto(s) && (s as { suoritustapa?: { koodiarvo: string } }).suoritustapa?.koodiarvo === 'naytto') || onValma(s) }),
  osasuorituksenVahvistusEnnenSuorituksen,
  suorituksenPäivämäärät,
  vahvistusIlmanArviointia,
  keskeneräinenOsasuoritus({
    arvioinniton: (s) => onValinnanMahdollisuus(s) || s.tyyppi.koodiarvo === 'nayttotutkintoonvalmistavankoulutuksenosa',
    välisuoritus: onValinnanMahdollisuus,
    osittainen: { päätaso: onOsittainen, yhteinen: onYhteinenTutkinnonOsa },
  }),
  valmiiltaPuuttuuOsasuorituksiaAsetuksin<Ammatillinen>({
    vapautettu: (oo, s) => onMuuAmmatillinen(s) || onNäyttötutkintoonValmistava(s) || ostettuValmisEnnen2019(oo),
    viesti: (s, tunniste) => (onTutkinto(s) ? m.tutkinnoltaPuuttuuOsasuorituksia(tunniste) : yleiset.valmiiksiMerkityltäPuuttuuOsasuorituksia(tunniste)),
  }),
  laajuusyksikkö,
  laajuuksienSumma({ eiValidoida: laajuuttaEiValidoida }),
  // G-DUP-1: KOSKI lets every TutkinnonOsanSuoritus and näyttötutkintoon valmistavan koulutuksen osa occur more than once (DuplikaatitSallittu)
  duplikaattiOsasuoritukset({ duplikaatitSallittu: (s) => onTutkinnonOsa(s) || s.tyyppi.koodiarvo === 'nayttotutkintoonvalmistavankoulutuksenosa' }),
  // A-ERO-1: not for the näyttötutkintoon valmistava päätaso
  eronnutVaikkaVahvistettu<Ammatillinen>({ huomioitava: (s) => !onNäyttötutkintoonValmistava(s) }),
]

/**
 * Every rule run on an ammatillinen study right, in order: X-VALMA-1 first (src/siirtyma: KOSKI checks it in
 * validatePäätasonSuoritukset and answers nothing else when it fails), then the general rules, its own, the VOS
 * cut-offs, JOTPA, free education; last the 2022 transition's warning on a VALMA study right (X-SIIRT-1, seed 001).
 */
export const ammatillinenSäännöt: readonly Rule<Ammatillinen>[] = [
  ...ennenMuita<Ammatillinen>(valmaTilaEiSallittu, [
    ...ammatillisenYleisetSäännöt,
    ...ammatillisenOmatSäännöt,
    ...ammatillisenVosSäännöt,
    // J-*: ammatillinen jaksot may carry JOTPA rahoitus (14/15); the asianumero is lisätiedot.jotpaAsianumero
    ...jotpaSäännöt<Ammatillinen>({ jotpaRahoitusSallittu: true, asianumero: (oo) => oo.lisätiedot?.jotpaAsianumero }),
    ...maksuttomuusSäännöt,
  ]),
  uusiSiirtymänKoulutus<Ammatillinen>('valma', (oo) => oo.suoritukset.some((s) => s.tyyppi.koodiarvo === 'valma')),
]

/** The metadata of ammatillinen checks made by its codec rather than by a rule (none yet). */
export const ammatillisenRakennesäännöt: readonly RuleMeta[] = []

export { ammatillisenOmatSäännöt } from './omat'
export { ammatillisenVosSäännöt } from './vos'
