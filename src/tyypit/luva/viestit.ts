/**
 * Messages of LUVA's rules. Errors: KOSKI's Finnish text word for word, with Swedish and English translations; codes
 * named through the koodisto; each with a hint.
 */
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
export const kenttäTiputetaan = (kenttä: string): Viesti => ({
  fi: `KOSKI ei ota kenttää ${kenttä} vastaan lukioon valmistavan koulutuksen opiskeluoikeudella: tieto tiputetaan siirrossa pois ilman virhettä.`,
  sv: `KOSKI tar inte emot fältet ${kenttä} i en studierätt i förberedande utbildning för gymnasieutbildning: uppgiften tas bort vid överföringen utan fel.`,
  en: `KOSKI does not accept the field ${kenttä} in a study right of instruction preparing for general upper secondary education: it is dropped in the transfer without an error.`,
  hint: {
    fi: `Jätä ${kenttä} pois lähetettävästä opiskeluoikeudesta; sitä ei tallenneta.`,
    sv: `Lämna bort ${kenttä} ur studierätten som skickas; den sparas inte.`,
    en: `Leave ${kenttä} out of the study right you send; it is not stored.`,
  },
})
