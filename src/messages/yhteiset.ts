/**
 * Messages of the shared rule families (src/rules/yhteiset) whose text is the same for every type that configures
 * them. Errors: KOSKI's Finnish text word for word, with Swedish and English translations; codes named through the
 * koodisto; each with a `hint`.
 */
import type { Message, Viesti } from '../finding'
import { EI_LAINAUKSIA } from '../finding'
import { kielittäin, koodi, päiväys } from './muoto'

const eronnut = koodi('koskiopiskeluoikeudentila', 'eronnut')
const katsotaanEronneeksi = koodi('koskiopiskeluoikeudentila', 'katsotaaneronneeksi')
const keskeytynyt = koodi('koskiopiskeluoikeudentila', 'keskeytynyt')

/** A-ERO-1 (KoskiErrorCategory › tila.tilaEronnutTaiKatsotaanEronneeksiVaikkaVahvistettuPäätasonSuoritus). */
export const tilaEronnutTaiKatsotaanEronneeksiVaikkaVahvistettuPäätasonSuoritus: Viesti = {
  fi: 'Opiskeluoikeutta ei voi merkitä eronneeksi sillä päätason suoritus on vahvistettu. Suorituksen vahvistus tulee poistaa jos opiskeluoikeus halutaan päättää tilaan "eronnut tai katsotaan eronneeksi"',
  sv: `Studierätten kan inte markeras som avslutad utan examen eftersom prestationen på huvudnivå har bekräftats. Prestationens bekräftelse ska tas bort om studierätten ska avslutas med statusen "${eronnut.sv} eller ${katsotaanEronneeksi.sv}"`,
  en: `The study right cannot be marked as ended without completion because the main completion has been confirmed. The completion's confirmation must be removed if the study right is to end with the status "${eronnut.en} or ${katsotaanEronneeksi.en}"`,
  hint: kielittäin((l) =>
    l === 'fi'
      ? `Jos oppija on suorittanut koulutuksen, päätä opiskeluoikeus tilaan ${koodi('koskiopiskeluoikeudentila', 'valmistunut').fi}; jos hän on eronnut, poista päätason suorituksen vahvistus (tilat ${eronnut.fi}, ${katsotaanEronneeksi.fi} ja ${keskeytynyt.fi} eivät sovi vahvistetun suorituksen kanssa).`
      : l === 'sv'
        ? `Om den studerande har slutfört utbildningen, avsluta studierätten med statusen ${koodi('koskiopiskeluoikeudentila', 'valmistunut').sv}; om hen har avbrutit, ta bort bekräftelsen av prestationen på huvudnivå (statusarna ${eronnut.sv}, ${katsotaanEronneeksi.sv} och ${keskeytynyt.sv} passar inte ihop med en bekräftad prestation).`
        : `If the learner completed the education, end the study right with the status ${koodi('koskiopiskeluoikeudentila', 'valmistunut').en}; if they left, remove the main completion's confirmation (the statuses ${eronnut.en}, ${katsotaanEronneeksi.en} and ${keskeytynyt.en} do not go with a confirmed completion).`,
  ),
  lainaukset: EI_LAINAUKSIA,
}

/** The kieli of an äidinkielenomainen kieli (KoskiErrorCategory › rakenne.deprekoituKielikoodi; KoskiValidator.validateÄidinkielenOmainenKieli). */
export const äidinkielenomaisenKieli: Viesti = {
  fi: 'Äidinkielen omaisen oppiaineen kieli tulee olla suomi tai ruotsi',
  sv: 'Språket i ett modersmålsinriktat läroämne ska vara finska eller svenska',
  en: 'The language of a subject studied at mother-tongue level must be Finnish or Swedish',
  hint: kielittäin((l) => {
    const aom = koodi('koskioppiaineetyleissivistava', 'AOM')[l]
    return l === 'fi'
      ? `Merkitse oppiaineen ${aom} kieleksi suomi (FI) tai ruotsi (SV); muun kielen opinnot merkitään toisena kielioppiaineena (esimerkiksi A1 tai B1).`
      : l === 'sv'
        ? `Ange finska (FI) eller svenska (SV) som språk för läroämnet ${aom}; studier i ett annat språk anges som ett annat språkämne (till exempel A1 eller B1).`
        : `Give Finnish (FI) or Swedish (SV) as the language of the subject ${aom}; studies of another language are recorded as another language subject (for example A1 or B1).`
  }),
}

/**
 * X-LUVA-POIS-1, X-LISÄ-POIS-1, A-POIS-1: a field KOSKI accepts and drops on input (@RedundantData: "Kenttä ei ole
 * käytössä. Koski ei ota vastaan kentässä siirrettyä tietoa."). `kenttä` is a field name of our codecs; `missä` the
 * study right as each text writes it ("perusopetuksen lisäopetuksen opiskeluoikeudella", "i en studierätt i …", "in a … study right").
 */
export const kenttäTiputetaan = (kenttä: string, missä: Message): Viesti => ({
  fi: `KOSKI ei ota kenttää ${kenttä} vastaan ${missä.fi}: tieto tiputetaan siirrossa pois ilman virhettä.`,
  sv: `KOSKI tar inte emot fältet ${kenttä} ${missä.sv}: uppgiften tas bort vid överföringen utan fel.`,
  en: `KOSKI does not accept the field ${kenttä} ${missä.en}: it is dropped in the transfer without an error.`,
  hint: {
    fi: `Jätä ${kenttä} pois lähetettävästä opiskeluoikeudesta; sitä ei tallenneta.`,
    sv: `Lämna bort ${kenttä} ur studierätten som skickas; den sparas inte.`,
    en: `Leave ${kenttä} out of the study right you send; it is not stored.`,
  },
  // a field name of ours and our wording: nothing of the document
  lainaukset: EI_LAINAUKSIA,
})
