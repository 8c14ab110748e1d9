/**
 * Messages of the TUVA rules (catalogue §3.3) and of the warnings from the official TUVA instructions (seeds 001 and
 * 004). Errors: KOSKI's Finnish text, Swedish and English written for this library. Warnings: our own texts, each
 * naming the instruction it comes from. No message quotes personal data, nor the dates of special-category periods:
 * the path names the field.
 */
import type { Message } from '../finding'

// ---------------------------------------------------------------------------------------------------------------
// Errors (KOSKI's keys and Finnish texts)

export const eronnutEiSallittu: Message = {
  fi: 'Opiskeluoikeuden tila "Eronnut" ei ole sallittu tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeudessa. Käytä tilaa "Katsotaan eronneeksi".',
  sv: 'Studierättens status "Eronnut" (avgått) är inte tillåten i en studierätt inom utbildning som handleder för examensutbildning. Använd statusen "Katsotaan eronneeksi" (anses ha avgått).',
  en: 'The state "Eronnut" (resigned) is not allowed in a study right of preparatory education for an upper secondary qualification (TUVA). Use the state "Katsotaan eronneeksi" (considered resigned).',
}

export const lomaEiSallittu: Message = {
  fi: 'Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuden tila ei voi olla "loma", jos opiskeluoikeuden järjestämislupa ei ole ammatillisen koulutuksen järjestämisluvan piirissä.',
  sv: 'Statusen för en studierätt inom utbildning som handleder för examensutbildning kan inte vara "loma" (ledighet) om studierättens anordnartillstånd inte hör till tillståndet att ordna yrkesutbildning.',
  en: 'A TUVA study right cannot be in the state "loma" (leave) unless its järjestämislupa is the permit to provide vocational education and training (ammatillinen).',
}

export const tilaltaPuuttuuRahoitusmuoto: Message = {
  fi: 'Opiskeluoikeuden tilalta vaaditaan rahoitusmuoto',
  sv: 'Studierättens status kräver en finansieringsform (opintojenRahoitus)',
  en: 'The study right state requires a funding form (opintojenRahoitus)',
}

export const päätasonSuoritusVääräLaajuus: Message = {
  fi: 'Tutkintokoulutukseen valmentavan koulutuksen päätason suorituksen laajuus on oltava vähintään 4 viikkoa ja enintään 38 viikkoa.',
  sv: 'Omfattningen av huvudprestationen i utbildning som handleder för examensutbildning ska vara minst 4 veckor och högst 38 veckor. (KOSKI:s text; KOSKI kontrollerar att de godkända delprestationerna omfattar minst 2 veckor när studierättens status är Valmistunut (utexaminerad).)',
  en: 'The scope of the main TUVA suoritus must be at least 4 weeks and at most 38 weeks. (KOSKI’s text; what KOSKI checks is that the accepted parts total at least 2 weeks when the study right’s state is valmistunut (graduated).)',
}

/** T-VALM-2: KOSKI's text for each koulutuksen osa. */
export const osaSuoritusVääräLaajuus: Readonly<Record<string, Message>> = {
  '101': {
    fi: 'Tutkintokoulutukseen valmentavan koulutuksen opiskelu- ja urasuunnittelutaitojen osasuorituksen laajuus on oltava vähintään 2 ja enintään 10 viikkoa.',
    sv: 'Omfattningen av delprestationen studie- och karriärplaneringsfärdigheter i utbildning som handleder för examensutbildning ska vara minst 2 och högst 10 veckor.',
    en: 'The scope of the TUVA part “Study and career planning skills” must be at least 2 and at most 10 weeks.',
  },
  '102': {
    fi: 'Tutkintokoulutukseen valmentavan koulutuksen työelämätaitojen ja työpaikalla tapahtuvan oppimisen osasuorituksen laajuus on oltava enintään 20 viikkoa.',
    sv: 'Omfattningen av delprestationen arbetslivsfärdigheter och lärande på arbetsplatsen i utbildning som handleder för examensutbildning får vara högst 20 veckor.',
    en: 'The scope of the TUVA part “Working life skills and learning at the workplace” must be at most 20 weeks.',
  },
  '103': {
    fi: 'Tutkintokoulutukseen valmentavan koulutuksen arjen ja yhteiskunnallisen osallisuuden taitojen osasuorituksen laajuus on oltava enintään 20 viikkoa.',
    sv: 'Omfattningen av delprestationen vardagsfärdigheter och samhällelig delaktighet i utbildning som handleder för examensutbildning får vara högst 20 veckor.',
    en: 'The scope of the TUVA part “Everyday life skills and social participation” must be at most 20 weeks.',
  },
  '104': {
    fi: 'Tutkintokoulutukseen valmentavan koulutuksen valinnaisen osasuorituksen laajuus on oltava enintään 10 viikkoa.',
    sv: 'Omfattningen av den valfria delprestationen i utbildning som handleder för examensutbildning får vara högst 10 veckor.',
    en: 'The scope of the TUVA part “Optional studies” must be at most 10 weeks.',
  },
  '105': {
    fi: 'Tutkintokoulutukseen valmentavan koulutuksen ammatillisen koulutuksen opintojen osasuorituksen laajuus on oltava enintään 30 viikkoa.',
    sv: 'Omfattningen av delprestationen studier inom yrkesutbildning i utbildning som handleder för examensutbildning får vara högst 30 veckor.',
    en: 'The scope of the TUVA part “Vocational education and training studies” must be at most 30 weeks.',
  },
  '106': {
    fi: 'Tutkintokoulutukseen valmentavan koulutuksen lukion opintojen osasuorituksen laajuus on oltava enintään 30 viikkoa.',
    sv: 'Omfattningen av delprestationen gymnasiestudier i utbildning som handleder för examensutbildning får vara högst 30 veckor.',
    en: 'The scope of the TUVA part “General upper secondary studies” must be at most 30 weeks.',
  },
  '107': {
    fi: 'Tutkintokoulutukseen valmentavan koulutuksen perustaitojen vahvistamisen osasuorituksen laajuus on oltava enintään 30 viikkoa.',
    sv: 'Omfattningen av delprestationen stärkande av grundläggande färdigheter i utbildning som handleder för examensutbildning får vara högst 30 veckor.',
    en: 'The scope of the TUVA part “Strengthening basic skills” must be at most 30 weeks.',
  },
}

export const opiskeluJaUrasuunnittelutaitojenOsasuoritusPuuttuu: Message = {
  fi: 'Tutkintokoulutukseen valmentavan koulutuksen pakollinen osasuoritus Opiskelu- ja urasuunnittelutaidot puuttuu.',
  sv: 'Den obligatoriska delprestationen Studie- och karriärplaneringsfärdigheter (101) i utbildning som handleder för examensutbildning saknas eller är inte godkänd.',
  en: 'The compulsory TUVA part Study and career planning skills (101) is missing or not accepted.',
}

export const eronneeksiKatsotunOpiskeluoikeudenArvioinnit: Message = {
  fi: 'Katsotaan eronneeksi -tilaan päättyvällä opiskeluoikeudella ei saa olla osasuorituksia, joista puuttuu arviointi',
  sv: 'En studierätt som avslutas med statusen Anses ha avgått får inte ha delprestationer som saknar bedömning',
  en: 'A study right ending in the state Katsotaan eronneeksi (considered resigned) must not have osasuoritukset without arviointi',
}

export const diaariPuuttuu: Message = {
  fi: 'Annettiin koulutus ilman perusteen diaarinumeroa. Diaarinumero on pakollinen päätason suorituksilla.',
  sv: 'Utbildningen gavs utan grundernas diarienummer. Diarienumret är obligatoriskt för huvudprestationer.',
  en: 'The koulutus was given without a perusteenDiaarinumero. The diaarinumero is required on every main suoritus (TUVA: OPH-1488-2021).',
}

export const diaarinMuotoVirheellinen = (alku: string): Message => ({
  fi: `Diaarinumeron muoto on virheellinen: ${alku}`,
  sv: `Diarienumret har fel format: ${alku}`,
  en: `The diaarinumero has an invalid format: ${alku}`,
})

export const vammaisuusjaksotPäällekkäin: Message = {
  fi: 'Vaikeasti vammaisuuden ja muun kuin vaikeasti vammaisuuden aikajaksot eivät voi olla voimassa samana päivänä',
  sv: 'Perioderna för svår funktionsnedsättning och annan än svår funktionsnedsättning kan inte gälla samma dag',
  en: 'The periods of vaikeastiVammainen and vammainen cannot be in force on the same day',
}

export const vammaisuusjaksotIlmanErityistäTukea: Message = {
  fi: 'Vammaisuusjaksot sisältävät päiviä, joina ei ole voimassaolevaa erityisen tuen jaksoa',
  sv: 'Perioderna för funktionsnedsättning innehåller dagar utan en gällande period av särskilt stöd',
  en: 'The disability periods (vammainen, vaikeastiVammainen) contain days without an erityisenTuenPäätökset period in force',
}

/** T-VOS-1..3: the lisätieto's name in KOSKI's messages, in each language. */
export const vosLisätiedonNimi: Readonly<Record<string, Message>> = {
  erityinenTuki: { fi: 'Erityisen tuen', sv: 'Särskilt stöd', en: 'Special support (erityinenTuki)' },
  vaikeastiVammainen: {
    fi: 'Vaikeasti vammaisille järjestetyn opetuksen',
    sv: 'Undervisning för svårt funktionsnedsatta',
    en: 'Education for the severely disabled (vaikeastiVammainen)',
  },
  vammainenJaAvustaja: { fi: 'Vammaisen ja avustajan', sv: 'Funktionsnedsatt och assistent', en: 'Disabled with an assistant (vammainenJaAvustaja)' },
}

/**
 * T-VOS-*: KOSKI's Finnish texts hard-code "31.12.2025" whatever the configured cut-off (catalogue §0.5, §4.20), so the
 * Finnish text is KOSKI's word for word; the Swedish and English texts name the cut-off actually applied
 * (`options.vosRajapäivä`, the same date by default).
 */
const KOSKIN_VOS_RAJAPÄIVÄ = '31.12.2025'

export const lisätietoRajapäivänJälkeenAlkavaOpiskeluoikeus = (nimi: Message, rajapäivä: string): Message => ({
  fi: `${nimi.fi} lisätieto ei ole käytössä ${KOSKIN_VOS_RAJAPÄIVÄ} jälkeen alkavalle opiskeluoikeudelle`,
  sv: `Tilläggsuppgiften ${nimi.sv} används inte för en studierätt som börjar efter ${rajapäivä}`,
  en: `The extra information ${nimi.en} is not in use for a study right starting after ${rajapäivä}`,
})

export const lisätietoAlkaaRajapäivänJälkeen = (nimi: Message, rajapäivä: string): Message => ({
  fi: `${nimi.fi} aikajakso ei voi alkaa ${KOSKIN_VOS_RAJAPÄIVÄ} jälkeen`,
  sv: `Perioden för ${nimi.sv} kan inte börja efter ${rajapäivä}`,
  en: `A period of ${nimi.en} cannot start after ${rajapäivä}`,
})

export const lomaTilaRajapäivänJälkeen = (rajapäivä: string): Message => ({
  fi: `Opiskeluoikeuden loma-tila ei voi olla voimassa ${KOSKIN_VOS_RAJAPÄIVÄ} jälkeen`,
  sv: `Studierättens status loma (ledighet) kan inte gälla efter ${rajapäivä}`,
  en: `The study right's state loma (leave) cannot be in force after ${rajapäivä}`,
})

export const järjestämislupaMuuttunut = (vanha: string, uusi: string): Message => ({
  fi: 'Olemassaolevan tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuden järjestämislupaa ei saa muuttaa.',
  sv: `Anordnartillståndet för en befintlig studierätt inom utbildning som handleder för examensutbildning får inte ändras (${vanha} → ${uusi}); ogiltigförklara studierätten och skicka den på nytt.`,
  en: `The järjestämislupa of an existing TUVA study right must not change (${vanha} → ${uusi}); invalidate the study right and send it again.`,
})

// ---------------------------------------------------------------------------------------------------------------
// Warnings (our keys): what KOSKI computes itself or cannot check offline

export const päätasonLaajuusLasketaan = (lähetetty: string, laskettu: string | undefined): Message =>
  laskettu === undefined
    ? {
        fi: `Päätason suorituksen laajuus ${lähetetty} ei vastaa hyväksyttyjen osasuoritusten laajuuksien summaa: hyväksyttyjä osasuorituksia ei ole, joten KOSKI tallentaa laajuudeksi tyhjän`,
        sv: `Huvudprestationens omfattning ${lähetetty} motsvarar inte summan av godkända delprestationer: det finns inga godkända delprestationer, så KOSKI sparar ingen omfattning`,
        en: `The main suoritus laajuus ${lähetetty} is not the sum of the accepted osasuoritukset: there are none, so KOSKI stores no laajuus`,
      }
    : {
        fi: `Päätason suorituksen laajuus ${lähetetty} ei vastaa hyväksyttyjen osasuoritusten laajuuksien summaa ${laskettu}: KOSKI ei käytä lähetettyä arvoa vaan tallentaa laajuudeksi ${laskettu}`,
        sv: `Huvudprestationens omfattning ${lähetetty} motsvarar inte summan ${laskettu} av godkända delprestationer: KOSKI använder inte det skickade värdet utan sparar ${laskettu}`,
        en: `The main suoritus laajuus ${lähetetty} is not the sum ${laskettu} of the accepted osasuoritukset: KOSKI ignores the sent value and stores ${laskettu}`,
      }

export const diaarinumeroaEiVoiTarkistaa = (diaari: string): Message => ({
  fi: `Perusteen diaarinumeroa ${diaari} ei voi tarkistaa ilman ePerusteet-palvelua. Tutkintokoulutukseen valmentavan koulutuksen peruste on OPH-1488-2021 (ohje: Usein kysyttyä TUVA-koulutuksesta, diaarinumero löytyy ePerusteet-palvelusta); KOSKI hylkää diaarinumeron, jolla ei ole opiskeluoikeuden voimassaoloaikana voimassa olevaa TUVA-perustetta (koulutustyyppi 40).`,
  sv: `Grundernas diarienummer ${diaari} kan inte kontrolleras utan tjänsten ePerusteet. Grunderna för utbildning som handleder för examensutbildning har diarienumret OPH-1488-2021 (anvisning: Vanliga frågor om Hux-utbildning); KOSKI avvisar ett diarienummer utan gällande Hux-grunder (utbildningstyp 40) under studierättens giltighetstid.`,
  en: `The peruste diaarinumero ${diaari} cannot be verified without the ePerusteet service. The TUVA peruste is OPH-1488-2021 (instruction: TUVA FAQ, the diaarinumero is in ePerusteet); KOSKI rejects a diaarinumero without a TUVA peruste (koulutustyyppi 40) valid during the study right.`,
})

const OHJE = {
  fi: 'KOSKI-ohje 1.2 Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuksien lisätiedot',
  sv: 'KOSKI-anvisning 1.2 Tilläggsuppgifter för studierätter inom utbildning som handleder för examensutbildning',
  en: 'KOSKI instruction 1.2 Extra information of TUVA study rights',
}

export const majoitusJaSisäoppilaitosmainenMajoitusPäällekkäin: Message = {
  fi: `Majoitus ja sisäoppilaitosmainen majoitus ovat voimassa samaan aikaan; lisätiedoissa ei voi olla päällekkäin tietoa majoituksesta ja sisäoppilaitosmaisesta majoituksesta (${OHJE.fi}, kohta Majoitus)`,
  sv: `Inkvartering och internatliknande inkvartering gäller samtidigt; tilläggsuppgifterna får inte ha överlappande inkvartering och internatliknande inkvartering (${OHJE.sv}, avsnittet Majoitus)`,
  en: `majoitus and sisäoppilaitosmainenMajoitus are in force at the same time; the extra information must not have both for the same days (${OHJE.en}, section Majoitus)`,
}

export const majoitusetuJaSisäoppilaitosmainenMajoitusPäällekkäin: Message = {
  fi: `Majoitusetu ja sisäoppilaitosmainen majoitus ovat voimassa samaan aikaan; lisätiedoissa ei voi olla päällekkäin tietoa majoitusedusta ja sisäoppilaitosmaisesta majoituksesta (${OHJE.fi}, kohta Majoitusetu)`,
  sv: `Inkvarteringsförmån och internatliknande inkvartering gäller samtidigt; tilläggsuppgifterna får inte ha dem överlappande (${OHJE.sv}, avsnittet Majoitusetu)`,
  en: `majoitusetu and sisäoppilaitosmainenMajoitus are in force at the same time; the extra information must not have both for the same days (${OHJE.en}, section Majoitusetu)`,
}

export const majoitusetuJaKuljetusetuPäällekkäin: Message = {
  fi: `Majoitusetu ja kuljetusetu ovat voimassa samaan aikaan; majoitusetua käytetään, kun oppijalla ei ole kuljetusetua (${OHJE.fi}, kohta Majoitusetu)`,
  sv: `Inkvarteringsförmån och transportförmån gäller samtidigt; inkvarteringsförmånen används när den studerande inte har transportförmån (${OHJE.sv}, avsnittet Majoitusetu)`,
  en: `majoitusetu and kuljetusetu are in force at the same time; majoitusetu is for a learner without kuljetusetu (${OHJE.en}, section Majoitusetu)`,
}

export const vaativanErityisenTuenMajoitusIlmanErityistäTehtävää: Message = {
  fi: `Vaativan erityisen tuen yhteydessä järjestettävän majoituksen jaksolle ei ole vaativan erityisen tuen erityisen tehtävän jaksoa; opiskelijalla tulee silloin näkyä myös lisätieto Vaativan erityisen tuen erityinen tehtävä (${OHJE.fi}, kohta Vaativan erityisen tuen yhteydessä järjestettävä majoitus)`,
  sv: `Perioden för inkvartering i samband med krävande särskilt stöd täcks inte av en period av särskild uppgift för krävande särskilt stöd, som då också ska finnas (${OHJE.sv}, avsnittet Vaativan erityisen tuen yhteydessä järjestettävä majoitus)`,
  en: `This vaativanErityisenTuenYhteydessäJärjestettäväMajoitus period is not covered by a vaativanErityisenTuenErityinenTehtävä period, which must then be recorded too (${OHJE.en}, section Vaativan erityisen tuen yhteydessä järjestettävä majoitus)`,
}

export const vaikeastiVammainenIlmanErityistäTehtävää: Message = {
  fi: `Vaikeasti vammaisille järjestetyn opetuksen jaksolle ei ole vaativan erityisen tuen erityisen tehtävän jaksoa; vaikeasti vammaisille järjestettyyn opetukseen liittyy aina myös vaativan erityisen tuen erityinen tehtävä (${OHJE.fi}, kohta Vaikeasti vammaisille järjestetty opetus)`,
  sv: `Perioden för undervisning för svårt funktionsnedsatta täcks inte av en period av särskild uppgift för krävande särskilt stöd, som alltid hör till den (${OHJE.sv}, avsnittet Vaikeasti vammaisille järjestetty opetus)`,
  en: `This vaikeastiVammainen period is not covered by a vaativanErityisenTuenErityinenTehtävä period, which always goes with it (${OHJE.en}, section Vaikeasti vammaisille järjestetty opetus)`,
}

export const koulutusvientiIlmanMuutaRahoitusta = (rahoitus: string): Message => ({
  fi: `Koulutusviennissä (koulutusvienti: kyllä) rahoitusmuotona tulee käyttää "muuta kautta rahoitettu" (6), ei ${rahoitus} (${OHJE.fi}, kohta Koulutusvienti)`,
  sv: `Vid utbildningsexport (koulutusvienti: ja) ska finansieringsformen vara "finansierad på annat sätt" (6), inte ${rahoitus} (${OHJE.sv}, avsnittet Koulutusvienti)`,
  en: `With koulutusvienti (education export) true the funding must be "muuta kautta rahoitettu" (6, otherwise funded), not ${rahoitus} (${OHJE.en}, section Koulutusvienti)`,
})

export const suoritusaikaYliVuoden = (alku: string, loppu: string, mihin: 'päättynyt' | 'arvioitu' | 'tänään'): Message => {
  const fi = { päättynyt: `päättyi ${loppu}`, arvioitu: `arvioitu päättymispäivä on ${loppu}`, tänään: `on jatkunut ${loppu} asti` }[mihin]
  const sv = { päättynyt: `avslutades ${loppu}`, arvioitu: `beräknat slutdatum är ${loppu}`, tänään: `har pågått till ${loppu}` }[mihin]
  const en = { päättynyt: `ended on ${loppu}`, arvioitu: `is estimated to end on ${loppu}`, tänään: `has lasted until ${loppu}` }[mihin]
  return {
    fi: `Tutkintokoulutukseen valmentavan koulutuksen suoritusaika on enintään yksi vuosi, mutta opiskeluoikeus alkoi ${alku} ja ${fi}; jos lisäaikaa on myönnetty, merkitse lisätieto pidennettyPäättymispäivä (${OHJE.fi}, kohta Pidennetty päättymispäivä)`,
    sv: `Studietiden i utbildning som handleder för examensutbildning är högst ett år, men studierätten började ${alku} och ${sv}; om tilläggstid har beviljats, ange tilläggsuppgiften pidennettyPäättymispäivä (${OHJE.sv}, avsnittet Pidennetty päättymispäivä)`,
    en: `TUVA lasts at most one year, but the study right started on ${alku} and ${en}; if extra time was granted, set pidennettyPäättymispäivä (${OHJE.en}, section Pidennetty päättymispäivä)`,
  }
}
