/**
 * Rule families that several study-right types share, written once and configured per type: each factory takes the
 * rule's metadata (id, keys, severity, source, voimassa) and the type's data (states, fields, messages) and returns a
 * Rule that carries that metadata.
 */
export { RAHOITUS_PUUTTUU_KEY, rahoitusVaaditaan, type RahoitusVaaditaanAsetukset } from './rahoitus'
export {
  VOS_LISÄTIETO_KEY,
  VOS_LOMA_KEY,
  vosEiRajapäivänJälkeenAlkavalle,
  vosLisätieto,
  vosLoma,
  vosRajapäivä,
  vosVoimassa,
  type VosAlkavalleAsetukset,
  type VosLisätietoAsetukset,
  type VosLomaAsetukset,
} from './vos'
export { ERONNEEN_TILAT, ERONNUT_VAIKKA_VAHVISTETTU_KEY, eronnutVaikkaVahvistettu, type EronnutVaikkaVahvistettuAsetukset } from './eronnut'
export { OHJE_JOTPA, OPINTOKOKONAISUUDEN_MUOTO, OPINTOKOKONAISUUDEN_MUOTO_KEY, onOpintokokonaisuudenMuoto, opintokokonaisuudenMuoto } from './opintokokonaisuus'
export {
  lisätietojaksotVoimassaolonSisällä,
  tyhjätLisätietolistat,
  type LisätiedollinenOpiskeluoikeus,
  type LisätietojaksoAsetukset,
  type LisätietoSääntöAsetukset,
} from './lisatiedot'
export { DEPREKOITU_KIELIKOODI_KEY, ÄIDINKIELENOMAISEN_KIELET, äidinkielenomaisenKieli, type ÄidinkielenomainenKieliAsetukset } from './aidinkielenomainen'
export { maksutonAsuntolapaikka, tiputettavatKentät, uskonnonOppimäärät, type Ilmoita, type TiputettavatKentätAsetukset } from './tiputettavat'
