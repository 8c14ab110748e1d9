/**
 * VST — vapaan sivistystyön koulutus (`tyyppi` vapaansivistystyonkoulutus): the descriptor of the type and its public
 * API. KOSKI's one class `VapaanSivistystyönOpiskeluoikeus` whose päätaso (`suoritukset[0].tyyppi`) selects its jakso
 * and suoritus classes; this version validates `vstjotpakoulutus` (JOTPA-funded, catalogue §1.3, §3.5) and
 * `vstvapaatavoitteinenkoulutus` (consent-based, §3.6). The other VST päätaso types (KOPS, KOTO, lukutaito,
 * osaamismerkki) are KOSKI's but not checked by this version: "not checked" (TYYPPI-1), never "valid".
 */
import { VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeus, VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeus } from './codec'
import { vstJotpaSäännöt, vstRakennesäännöt, vstVapaatavoitteinenSäännöt } from './saannot'
import { luokka, opiskeluoikeudenTyyppi } from '../maarittely'

/** The VST päätaso types KOSKI accepts that this version does not validate. */
export const VST_TARKISTAMATTOMAT_PÄÄTASOT = ['vstoppivelvollisillesuunnattukoulutus', 'vstmaahanmuuttajienkotoutumiskoulutus', 'vstlukutaitokoulutus', 'vstosaamismerkki'] as const

/** The VST descriptor (`tyyppi` `vapaansivistystyonkoulutus`), an entry of {@link TYYPIT}. */
export const vst = opiskeluoikeudenTyyppi({
  tyyppi: 'vapaansivistystyonkoulutus',
  luokka: 'VapaanSivistystyönOpiskeluoikeus',
  päätasot: {
    vstjotpakoulutus: luokka(VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeus, vstJotpaSäännöt),
    vstvapaatavoitteinenkoulutus: luokka(VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeus, vstVapaatavoitteinenSäännöt),
  },
  tarkistamattomatPäätasot: VST_TARKISTAMATTOMAT_PÄÄTASOT,
  rakennesäännöt: vstRakennesäännöt,
})

// The type's public API (re-exported by src/index.ts through src/tyypit/index.ts)
export * from './codec'
export { vstJotpaSäännöt, vstVapaatavoitteinenSäännöt, type VstJotpa, type VstVapaatavoitteinen } from './saannot'
export { suostumuksetOpiskeluoikeudelle, varhaisinPäivä } from './saannot/suostumus'
