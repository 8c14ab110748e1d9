/**
 * Messages of LUVA's rules. Errors: KOSKI's Finnish text word for word, with Swedish and English translations; codes
 * named through the koodisto; each with a hint.
 */
import { kenttäTiputetaan as tiputettu } from '../../messages/yhteiset'
import type { Viesti } from '../../finding'
import { kielittäin, koodi, tunniste } from '../../messages/muoto'

/** X-LUVA-1 (rakenne.lukioonValmistavassaVanhanOpsinKurssiSuorituksia): a kurssi started after 31.7.2021 with a code of another koodisto. */
export const lukioonValmistavassaVanhanOpsinKurssiSuorituksia = (kurssi: string): Viesti => {
  const t = tunniste(kurssi)
  return {
    fi: `Lukioon valmistavan koulutuksen kurssilla ${kurssi} on vanhan opetussuunniteleman mukainen koodi. 1.8.2021 jälkeen alkaneiden kurssien tulee käyttää vuoden 2021 opetussuunnitelmaa.`,
    sv: `Kursen ${t.sv} i förberedande utbildning för gymnasieutbildning har en kod enligt den gamla läroplanen. Kurser som börjat efter 1.8.2021 ska använda 2021 års läroplan.`,
    en: `The course ${t.en} of instruction preparing for general upper secondary education has a code of the old curriculum. Courses started after 2021-08-01 must use the 2021 curriculum.`,
    hint: {
      fi: 'Käytä 1.8.2021 jälkeen alkaneilla kursseilla koodiston lukioonvalmistavankoulutuksenmoduulit2019 koodeja (tai paikallista koodia).',
      sv: 'Använd för kurser som börjat efter 1.8.2021 koder i kodverket lukioonvalmistavankoulutuksenmoduulit2019 (eller en lokal kod).',
      en: 'For courses started after 2021-08-01 use codes of the code list lukioonvalmistavankoulutuksenmoduulit2019 (or a local code).',
    },
  }
}

/** X-LUVA-1 (laajuudet.lukioonValmistavallaKoulutuksellaVääräLaajuudenArvo): `yksikkö` is the one the diaarinumero requires (2 or 4). */
export const lukioonValmistavallaKoulutuksellaVääräLaajuudenArvo = (yksikkö: '2' | '4', diaarinumero: string): Viesti => {
  const y = koodi('opintojenlaajuusyksikko', yksikkö)
  return {
    fi: `Lukioon valmistavan koulutuksen suorituksella voi olla laajuuden koodiyksikkönä vain '${yksikkö}', jos suorituksen diaarinumero on '${diaarinumero}'`,
    sv: `En prestation i förberedande utbildning för gymnasieutbildning kan ha endast '${y.sv}' som omfattningsenhet, om prestationens diarienummer är '${diaarinumero}'`,
    en: `A completion of instruction preparing for general upper secondary education can only have '${y.en}' as its scope unit, if its reference number is '${diaarinumero}'`,
    hint: kielittäin((l) =>
      l === 'fi'
        ? `Anna jokaisen laajuuden yksiköksi ${koodi('opintojenlaajuusyksikko', yksikkö).fi} (opintojenlaajuusyksikko ${yksikkö}): ${yksikkö === '2' ? 'vuoden 2021 opetussuunnitelmassa laajuudet ovat opintopisteitä' : 'vuoden 2015 opetussuunnitelmassa laajuudet ovat kursseja'}.`
        : l === 'sv'
          ? `Ge varje omfattning enheten ${y.sv}: ${yksikkö === '2' ? 'i 2021 års läroplan är omfattningarna studiepoäng' : 'i 2015 års läroplan är omfattningarna kurser'}.`
          : `Give every scope the unit ${y.en}: ${yksikkö === '2' ? 'in the 2021 curriculum scopes are study credits' : 'in the 2015 curriculum scopes are courses'}.`,
    ),
  }
}

/** X-LUVA-1 (tila.tilaltaPuuttuuRahoitusmuoto, KoskiValidator.vaadiRahoitusmuotoTiloilta). */
export const tilaltaPuuttuuRahoitusmuoto = (tila: string): Viesti => {
  const k = koodi('koskiopiskeluoikeudentila', tila)
  return {
    fi: `Opiskeluoikeuden tilalta ${tila} puuttuu rahoitusmuoto`,
    sv: `Studierättens status ${k.sv} saknar finansieringsform`,
    en: `The study-right status ${k.en} has no funding type`,
    hint: {
      fi: `Lisää jaksolle opintojenRahoitus: ${koodi('opintojenrahoitus', '1').fi}, ${koodi('opintojenrahoitus', '6').fi} tai ${koodi('opintojenrahoitus', '16').fi}.`,
      sv: `Lägg till opintojenRahoitus i perioden: ${koodi('opintojenrahoitus', '1').sv}, ${koodi('opintojenrahoitus', '6').sv} eller ${koodi('opintojenrahoitus', '16').sv}.`,
      en: `Add opintojenRahoitus to the period: ${koodi('opintojenrahoitus', '1').en}, ${koodi('opintojenrahoitus', '6').en} or ${koodi('opintojenrahoitus', '16').en}.`,
    },
  }
}

/** X-LUVA-POIS-1 (our warning): a field KOSKI does not take in (@RedundantData) and drops without an error. */
export const kenttäTiputetaan = (kenttä: string): Viesti =>
  tiputettu(kenttä, { fi: 'lukioon valmistavan koulutuksen opiskeluoikeudella', sv: 'i en studierätt i förberedande utbildning för gymnasieutbildning', en: 'in a study right of instruction preparing for general upper secondary education' })

/** L19-ARV-1 (arviointi.epäsopivaArvosana): a valtakunnallinen moduuli (not OP1/OP2, not a lukiodiplomi) assessed S or H. */
export const valtakunnallisenModuulinArvosana = (moduuli: string): Viesti => {
  const t = tunniste(moduuli)
  return {
    fi: `Valtakunnallisen moduulin ${moduuli} arvosanan on oltava numero`,
    sv: `Vitsordet för den nationella modulen ${t.sv} ska vara en siffra`,
    en: `The grade of the national module ${t.en} must be a number`,
    hint: {
      fi: 'Arvioi valtakunnallinen moduuli numeroarvosanalla (4–10); S ja H käyvät vain opinto-ohjauksen moduuleille (OP1, OP2) ja lukiodiplomeille.',
      sv: 'Bedöm den nationella modulen med ett sifferbetyg (4–10); S och H används endast för modulerna i studiehandledning (OP1, OP2) och för gymnasiediplom.',
      en: 'Assess the national module with a numeric grade (4–10); S and H are only for the guidance counselling modules (OP1, OP2) and upper secondary school diplomas.',
    },
  }
}

/** L19-ARV-1 (arviointi.epäsopivaArvosana): an opinto-ohjaus moduuli (OP1, OP2) without an S or H arviointi. */
export const opintoOhjauksenModuulinArvosana = (moduuli: string): Viesti => {
  const t = tunniste(moduuli)
  return {
    fi: `Opinto-ohjauksen moduulin ${moduuli} arvosanan on oltava S tai H`,
    sv: `Vitsordet för modulen ${t.sv} i studiehandledning ska vara S eller H`,
    en: `The grade of the guidance counselling module ${t.en} must be S or H`,
    hint: {
      fi: 'Arvioi opinto-ohjauksen moduuli arvosanalla S (hyväksytty) tai H (hylätty); KOSKI vaatii arvioinnin myös keskeneräiseltä opinto-ohjauksen moduulilta.',
      sv: 'Bedöm modulen i studiehandledning med S (godkänd) eller H (underkänd); KOSKI kräver en bedömning också av en oavslutad modul i studiehandledning.',
      en: 'Assess the guidance counselling module S (pass) or H (fail); KOSKI requires an assessment also of an unfinished guidance counselling module.',
    },
  }
}

/** L19-OS-1 (laajuudet.lukiodiplominLaajuusEiOle2Opintopistettä). */
export const lukiodiplominLaajuus = (moduuli: string): Viesti => {
  const t = tunniste(moduuli)
  return {
    fi: `Osasuorituksen ${moduuli} laajuus ei ole oikea. Lukiodiplomimoduulin laajuus tulee olla aina 2 opintopistettä.`,
    sv: `Omfattningen av delprestationen ${t.sv} är inte korrekt. Omfattningen av en gymnasiediplommodul ska alltid vara 2 studiepoäng.`,
    en: `The scope of the partial completion ${t.en} is not correct. The scope of an upper secondary school diploma module must always be 2 study credits.`,
    hint: {
      fi: 'Anna lukiodiplomimoduulin laajuudeksi 2 opintopistettä.',
      sv: 'Ge gymnasiediplommodulen omfattningen 2 studiepoäng.',
      en: 'Give the upper secondary school diploma module the scope 2 study credits.',
    },
  }
}

/** L19-OS-1 (rakenne.epäsopiviaOsasuorituksia): a moduuli's or opintojakso's suorituskieli is the oppiaine's. */
export const suorituskieliSamaKuinOppiaineen = (osasuoritus: string): Viesti => {
  const t = tunniste(osasuoritus)
  return {
    fi: `Osasuorituksen ${osasuoritus} suorituskieli ei saa olla sama kuin oppiaineen suorituskieli`,
    sv: `Prestationsspråket för delprestationen ${t.sv} får inte vara detsamma som läroämnets prestationsspråk`,
    en: `The language of completion of the partial completion ${t.en} must not be the same as the subject's language of completion`,
    hint: {
      fi: 'Anna osasuoritukselle suorituskieli vain, kun se poikkeaa oppiaineen suorituskielestä; muuten jätä se pois.',
      sv: 'Ange ett prestationsspråk för delprestationen endast när det avviker från läroämnets; annars lämna bort det.',
      en: "Give the partial completion a language of completion only when it differs from the subject's; otherwise leave it out.",
    },
  }
}

/** L19-OS-1 (rakenne.epäsopiviaOsasuorituksia): the oppiaine has no suorituskieli and the moduuli's is the päätaso's. */
export const suorituskieliSamaKuinPäätason = (osasuoritus: string): Viesti => {
  const t = tunniste(osasuoritus)
  return {
    fi: `Osasuorituksen ${osasuoritus} suorituskieli ei saa olla sama kuin päätason suorituksen suorituskieli`,
    sv: `Prestationsspråket för delprestationen ${t.sv} får inte vara detsamma som prestationsspråket för prestationen på huvudnivå`,
    en: `The language of completion of the partial completion ${t.en} must not be the same as the main completion's language of completion`,
    hint: {
      fi: 'Anna osasuoritukselle suorituskieli vain, kun se poikkeaa päätason suorituksen suorituskielestä; muuten jätä se pois.',
      sv: 'Ange ett prestationsspråk för delprestationen endast när det avviker från prestationsspråket för prestationen på huvudnivå; annars lämna bort det.',
      en: "Give the partial completion a language of completion only when it differs from the main completion's; otherwise leave it out.",
    },
  }
}

/** L19-VK-1 (rakenne.deprekoituKielikoodi): a VierasTaiToinenKotimainenKieli2019 with kieli 97. */
export const kielikoodi97 = (oppiaine: string): Viesti => {
  const t = tunniste(oppiaine)
  const k = koodi('kielivalikoima', '97')
  return {
    fi: `Suorituksessa ${oppiaine} käytettyä kielikoodia 97 ei sallita`,
    sv: `Språkkoden 97 som används i prestationen ${t.sv} tillåts inte`,
    en: `The language code 97 used in the completion ${t.en} is not allowed`,
    hint: {
      fi: `Merkitse opiskeltu kieli sen omalla kielivalikoiman koodilla; koodia ${k.fi} ei enää käytetä.`,
      sv: `Ange det studerade språket med dess egen kod i kodverket kielivalikoima; koden ${k.sv} används inte längre.`,
      en: `Record the language studied by its own code of the code list kielivalikoima; the code ${k.en} is no longer used.`,
    },
  }
}

/** L19-VK-1 (rakenne.deprekoituOppimäärä): a LukionÄidinkieliJaKirjallisuus2019 with kieli AIAI. */
export const äidinkieliAIAI = (oppiaine: string): Viesti => {
  const t = tunniste(oppiaine)
  return {
    fi: `Suorituksessa ${oppiaine} käytettyä kieltä AIAI ei sallita. Oman äidinkielen opinnot kuuluu siirtää vieraan kielen opintoina.`,
    sv: `Språket AIAI som används i prestationen ${t.sv} tillåts inte. Studier i det egna modersmålet ska överföras som studier i ett främmande språk.`,
    en: `The language AIAI used in the completion ${t.en} is not allowed. Studies of one's own mother tongue are to be transferred as foreign language studies.`,
    hint: {
      fi: 'Siirrä oman äidinkielen opinnot vieraan kielen oppiaineena opiskellun kielen koodilla.',
      sv: 'Överför studierna i det egna modersmålet som ett läroämne i främmande språk med det studerade språkets kod.',
      en: 'Transfer the own-mother-tongue studies as a foreign language subject with the code of the language studied.',
    },
  }
}

/** L19-VK-1 (rakenne.epäsopiviaOsasuorituksia): a moduuli OÄI…, RÄI… or SÄI… in an oppiaine. */
export const omanÄidinkielenModuuli = (moduuli: string): Viesti => ({
  fi: `Moduuli ${moduuli} ei ole sallittu oppiaineen osasuoritus. Lukion oppimäärää täydentävän oman äidinkielen opinnoista siirretään vain kokonaisarviointi ja tieto opiskellusta kielestä.`,
  sv: `Modulen ${moduuli} är inte tillåten som delprestation i ett läroämne. Av studierna i det egna modersmålet som kompletterar gymnasiets lärokurs överförs endast helhetsbedömningen och uppgiften om det studerade språket.`,
  en: `The module ${moduuli} is not allowed as a partial completion of a subject. Of the own-mother-tongue studies supplementing the general upper secondary syllabus, only the overall assessment and the language studied are transferred.`,
  hint: {
    fi: 'Poista moduuli oppiaineen osasuorituksista; oman äidinkielen opinnoista siirretään vain kokonaisarviointi ja opiskeltu kieli.',
    sv: 'Ta bort modulen ur läroämnets delprestationer; av studierna i det egna modersmålet överförs endast helhetsbedömningen och det studerade språket.',
    en: "Remove the module from the subject's partial completions; of own-mother-tongue studies only the overall assessment and the language studied are transferred.",
  },
})
