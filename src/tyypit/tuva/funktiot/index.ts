/**
 * TUVA rule functions a vendor can call on their own (issue 3): the permit-to-extras matrix, special-category data,
 * and week-based scope. Pure, typed, never throw.
 */
export { TUVA_JÄRJESTÄMISLUVAT, onTuvaJärjestämislupa, sallitutLisätiedot, lisätietoSallittu, lisätiedonJärjestämisluvat, kielletytLisätiedot } from './jarjestamislupa'
export {
  LUOTTAMUKSELLINEN_KAIKKI_TIEDOT,
  TUVA_ERITYISET_HENKILÖTIEDOT,
  erityisetHenkilötiedot,
  onErityinenHenkilötieto,
  sisältääErityisiäHenkilötietoja,
  erityistenHenkilötietojenPolut,
  poistaErityisetHenkilötiedot,
} from './erityisetHenkilotiedot'
export {
  TUVA_TUNTEJA_VIIKOSSA,
  TUVA_OPPITUNTEJA_VIIKOSSA,
  TUVA_OPPITUNNIN_MINUUTIT,
  TUVA_OSIEN_LAAJUUSRAJAT,
  TUVA_VALMISTUNEEN_VÄHIMMÄISLAAJUUS,
  tunnitViikoiksi,
  oppitunnitViikoiksi,
  viikotTunneiksi,
  viikotOppitunneiksi,
  osanLaajuusrajat,
  osanLaajuusSallittu,
  tuvaSuoritusHyväksytty,
  tuvaSuorituksenLaskettuLaajuus,
  type TuvaKoulutuksenOsa,
  type Laajuusrajat,
} from './viikot'
