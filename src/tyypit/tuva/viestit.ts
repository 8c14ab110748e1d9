/**
 * Messages of the TUVA rules (catalogue §3.3) and of the warnings from the official TUVA instructions (seeds 001 and
 * 004). Errors: KOSKI's Finnish text word for word, with Swedish and English translations of it; where KOSKI's text
 * states something KOSKI does not check, the translations stay faithful and the hint says what is checked. Warnings:
 * our own texts, citing the instruction (docs/glossary.md §4). No message quotes personal data, nor the dates of
 * special-category periods: the path names the field.
 */
import type { Message, Viesti } from '../../finding'
import type { LainaavaViesti } from '../../yksityisyys'
import { EI_LAINAUKSIA } from '../../finding'
import { kielittäin, koodi, OHJEET, ohjeViite, päiväys } from '../../messages/muoto'

const tila = (koodiarvo: string): Message => koodi('koskiopiskeluoikeudentila', koodiarvo)
const osa = (koodiarvo: string): Message => koodi('koulutuksenosattuva', koodiarvo)
const lupa = (koodiarvo: string): Message => koodi('tuvajarjestamislupa', koodiarvo)
const rahoitus = (koodiarvo: string): Message => koodi('opintojenrahoitus', koodiarvo)

/** The study-right type in running text. */
const TUVA = {
  fi: 'tutkintokoulutukseen valmentava koulutus',
  sv: 'utbildning som handleder för examensutbildning (Hux)',
  en: 'preparatory education for an upper secondary qualification (TUVA)',
} as const

// ---------------------------------------------------------------------------------------------------------------
// Errors (KOSKI's keys and Finnish texts)

export const eronnutEiSallittu: Viesti = {
  fi: 'Opiskeluoikeuden tila "Eronnut" ei ole sallittu tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeudessa. Käytä tilaa "Katsotaan eronneeksi".',
  sv: `Studierättens status ${tila('eronnut').sv} är inte tillåten i en studierätt inom ${TUVA.sv}. Använd statusen ${tila('katsotaaneronneeksi').sv}.`,
  en: `The study-right status ${tila('eronnut').en} is not allowed in a study right of ${TUVA.en}. Use the status ${tila('katsotaaneronneeksi').en}.`,
  hint: {
    fi: `Vaihda jakson tilaksi ${tila('katsotaaneronneeksi').fi}. Silloin jokaisella osasuorituksella on oltava arviointi (T-ERO-1).`,
    sv: `Byt periodens status till ${tila('katsotaaneronneeksi').sv}. Då ska varje delprestation ha en bedömning (T-ERO-1).`,
    en: `Change the period's status to ${tila('katsotaaneronneeksi').en}. Every partial completion then needs an assessment (T-ERO-1).`,
  },
  lainaukset: EI_LAINAUKSIA,
}

export const lomaEiSallittu: Viesti = {
  fi: 'Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuden tila ei voi olla "loma", jos opiskeluoikeuden järjestämislupa ei ole ammatillisen koulutuksen järjestämisluvan piirissä.',
  sv: `Statusen för en studierätt inom ${TUVA.sv} kan inte vara ${tila('loma').sv} om studierättens anordnartillstånd inte omfattas av tillståndet att ordna yrkesutbildning.`,
  en: `The status of a study right of ${TUVA.en} cannot be ${tila('loma').en} unless the study right's authorisation to provide education falls under the authorisation to provide vocational education and training.`,
  hint: {
    fi: `Tila ${tila('loma').fi} on sallittu vain, kun järjestämislupa on ${lupa('ammatillinen').fi}. Merkitse tauko muulla luvalla tilaksi ${tila('valiaikaisestikeskeytynyt').fi}.`,
    sv: `Statusen ${tila('loma').sv} är tillåten endast när anordnartillståndet är ${lupa('ammatillinen').sv}. Ange ett avbrott med andra tillstånd som ${tila('valiaikaisestikeskeytynyt').sv}.`,
    en: `The status ${tila('loma').en} is allowed only when the authorisation is ${lupa('ammatillinen').en}. With another authorisation, record a break as ${tila('valiaikaisestikeskeytynyt').en}.`,
  },
  lainaukset: EI_LAINAUKSIA,
}

export const tilaltaPuuttuuRahoitusmuoto: Viesti = {
  fi: 'Opiskeluoikeuden tilalta vaaditaan rahoitusmuoto',
  sv: 'Studierättens status kräver en finansieringsform',
  en: 'The study-right status requires a funding type',
  hint: kielittäin(
    (l) =>
      ({
        fi: `Lisää jaksolle opintojenRahoitus (koodisto opintojenrahoitus; TUVAssa ${rahoitus('1').fi}, ${rahoitus('6').fi} tai ${rahoitus('10').fi}). Se vaaditaan tiloilla ${tila('lasna').fi}, ${tila('valmistunut').fi} ja ${tila('loma').fi}.`,
        sv: `Lägg till opintojenRahoitus för perioden (kodverket opintojenrahoitus; i Hux ${rahoitus('1').sv}, ${rahoitus('6').sv} eller ${rahoitus('10').sv}). Den krävs med statusarna ${tila('lasna').sv}, ${tila('valmistunut').sv} och ${tila('loma').sv}.`,
        en: `Add opintojenRahoitus to the period (code list opintojenrahoitus; in TUVA ${rahoitus('1').en}, ${rahoitus('6').en} or ${rahoitus('10').en}). It is required with the statuses ${tila('lasna').en}, ${tila('valmistunut').en} and ${tila('loma').en}.`,
      })[l],
  ),
  lainaukset: EI_LAINAUKSIA,
}

/** T-VALM-1: KOSKI's text names 4–38 weeks; KOSKI checks ≥ 2 weeks of accepted osasuoritukset (catalogue §3.3). */
export const päätasonSuoritusVääräLaajuus: Viesti = {
  fi: 'Tutkintokoulutukseen valmentavan koulutuksen päätason suorituksen laajuus on oltava vähintään 4 viikkoa ja enintään 38 viikkoa.',
  sv: `Omfattningen av prestationen på huvudnivå i ${TUVA.sv} ska vara minst 4 veckor och högst 38 veckor.`,
  en: `The scope of the main completion of ${TUVA.en} must be at least 4 weeks and at most 38 weeks.`,
  hint: {
    fi: `KOSKIn teksti ei vastaa sen tarkistusta: kun opiskeluoikeus on ${tila('valmistunut').fi}, niiden osasuoritusten laajuuksien, joiden viimeisin arviointi on Hyväksytty, summan on oltava vähintään 2 viikkoa; ylärajaa ei tarkisteta. Lisää hyväksytysti arvioituja osasuorituksia tai korjaa niiden laajuudet.`,
    sv: `KOSKI:s text motsvarar inte kontrollen: när studierätten är ${tila('valmistunut').sv} ska omfattningarna av de delprestationer vars senaste bedömning är Godkänd (Hyväksytty) vara minst 2 veckor sammanlagt; någon övre gräns kontrolleras inte. Lägg till godkänt bedömda delprestationer eller rätta deras omfattning.`,
    en: `KOSKI's text is not what it checks: when the study right is ${tila('valmistunut').en}, the scopes of the partial completions whose latest assessment is Pass (Hyväksytty) must total at least 2 weeks; no maximum is checked. Add partial completions assessed as passed, or correct their scopes.`,
  },
  lainaukset: EI_LAINAUKSIA,
}

const osanHint = (koodiarvo: string, min: number, max: number): Message => {
  const o = osa(koodiarvo)
  return {
    fi: `Osasuorituksen ${o.fi} laajuus saa olla ${min > 0 ? `${min}–${max}` : `enintään ${max}`} viikkoa; puuttuva laajuus lasketaan nollaksi. Korjaa laajuus. KOSKI tarkistaa rajat vain, kun opiskeluoikeus on ${tila('valmistunut').fi}.`,
    sv: `Omfattningen av delprestationen ${o.sv} får vara ${min > 0 ? `${min}–${max}` : `högst ${max}`} veckor; en saknad omfattning räknas som noll. Rätta omfattningen. KOSKI kontrollerar gränserna endast när studierätten är ${tila('valmistunut').sv}.`,
    en: `The scope of the partial completion ${o.en} may be ${min > 0 ? `${min}–${max}` : `at most ${max}`} weeks; a missing scope counts as zero. Correct the scope. KOSKI checks the limits only when the study right is ${tila('valmistunut').en}.`,
  }
}

const osanTeksti = (koodiarvo: string, fi: string, min: number, max: number): Viesti => {
  const o = osa(koodiarvo)
  const sv = min > 0 ? `ska vara minst ${min} och högst ${max} veckor` : `får vara högst ${max} veckor`
  const en = min > 0 ? `must be at least ${min} and at most ${max} weeks` : `must be at most ${max} weeks`
  return {
    fi,
    sv: `Omfattningen av delprestationen ${o.sv} i ${TUVA.sv} ${sv}.`,
    en: `The scope of the partial completion ${o.en} of ${TUVA.en} ${en}.`,
    hint: osanHint(koodiarvo, min, max),
  }
}

/** T-VALM-2: KOSKI's text for each koulutuksen osa. */
export const osaSuoritusVääräLaajuus: Readonly<Record<string, Viesti>> = {
  '101': osanTeksti('101', 'Tutkintokoulutukseen valmentavan koulutuksen opiskelu- ja urasuunnittelutaitojen osasuorituksen laajuus on oltava vähintään 2 ja enintään 10 viikkoa.', 2, 10),
  '102': osanTeksti('102', 'Tutkintokoulutukseen valmentavan koulutuksen työelämätaitojen ja työpaikalla tapahtuvan oppimisen osasuorituksen laajuus on oltava enintään 20 viikkoa.', 0, 20),
  '103': osanTeksti('103', 'Tutkintokoulutukseen valmentavan koulutuksen arjen ja yhteiskunnallisen osallisuuden taitojen osasuorituksen laajuus on oltava enintään 20 viikkoa.', 0, 20),
  '104': osanTeksti('104', 'Tutkintokoulutukseen valmentavan koulutuksen valinnaisen osasuorituksen laajuus on oltava enintään 10 viikkoa.', 0, 10),
  '105': osanTeksti('105', 'Tutkintokoulutukseen valmentavan koulutuksen ammatillisen koulutuksen opintojen osasuorituksen laajuus on oltava enintään 30 viikkoa.', 0, 30),
  '106': osanTeksti('106', 'Tutkintokoulutukseen valmentavan koulutuksen lukion opintojen osasuorituksen laajuus on oltava enintään 30 viikkoa.', 0, 30),
  '107': osanTeksti('107', 'Tutkintokoulutukseen valmentavan koulutuksen perustaitojen vahvistamisen osasuorituksen laajuus on oltava enintään 30 viikkoa.', 0, 30),
}

/** T-VALM-3: KOSKI's text says "missing"; KOSKI also rejects a 101 whose latest arviointi is not Hyväksytty. */
export const opiskeluJaUrasuunnittelutaitojenOsasuoritusPuuttuu: Viesti = {
  fi: 'Tutkintokoulutukseen valmentavan koulutuksen pakollinen osasuoritus Opiskelu- ja urasuunnittelutaidot puuttuu.',
  sv: `Den obligatoriska delprestationen ${osa('101').sv} i ${TUVA.sv} saknas.`,
  en: `The compulsory partial completion ${osa('101').en} of ${TUVA.en} is missing.`,
  hint: {
    fi: `KOSKI antaa tämän myös, kun osasuoritus on olemassa mutta sen viimeisin arviointi ei ole Hyväksytty. Lisää osasuoritus ${osa('101').fi}, jonka viimeisin arviointi on Hyväksytty, tai älä merkitse opiskeluoikeutta tilaan ${tila('valmistunut').fi}.`,
    sv: `KOSKI ger detta också när delprestationen finns men dess senaste bedömning inte är Godkänd (Hyväksytty). Lägg till delprestationen ${osa('101').sv} med Godkänd som senaste bedömning, eller ange inte studierätten som ${tila('valmistunut').sv}.`,
    en: `KOSKI also gives this when the partial completion exists but its latest assessment is not Pass (Hyväksytty). Add the partial completion ${osa('101').en} with Pass as its latest assessment, or do not set the study right to ${tila('valmistunut').en}.`,
  },
  lainaukset: EI_LAINAUKSIA,
}

export const eronneeksiKatsotunOpiskeluoikeudenArvioinnit: Viesti = {
  fi: 'Katsotaan eronneeksi -tilaan päättyvällä opiskeluoikeudella ei saa olla osasuorituksia, joista puuttuu arviointi',
  sv: `En studierätt som avslutas med statusen ${tila('katsotaaneronneeksi').sv} får inte ha delprestationer som saknar bedömning`,
  en: `A study right ending in the status ${tila('katsotaaneronneeksi').en} must not have partial completions without an assessment`,
  hint: {
    fi: 'Lisää arviointi jokaiselle osasuoritukselle (myös valinnaisten opintojen kursseille) tai poista arvioimattomat osasuoritukset.',
    sv: 'Lägg till en bedömning för varje delprestation (även kurserna i de valbara studierna) eller ta bort delprestationerna utan bedömning.',
    en: 'Add an assessment to every partial completion (the courses of the optional studies too), or remove the partial completions that have none.',
  },
  lainaukset: EI_LAINAUKSIA,
}

const DIAARI_HINT: Message = {
  fi: `Lähetä päätason suorituksen koulutusmoduulissa perusteenDiaarinumero; tutkintokoulutukseen valmentavan koulutuksen perusteen diaarinumero on OPH-1488-2021.`,
  sv: `Skicka perusteenDiaarinumero i utbildningsmodulen för prestationen på huvudnivå; diarienumret för grunderna för ${TUVA.sv} är OPH-1488-2021.`,
  en: `Send perusteenDiaarinumero in the main completion's koulutusmoduuli; the reference number of the national core curriculum of ${TUVA.en} is OPH-1488-2021.`,
}

export const diaariPuuttuu: Viesti = {
  fi: 'Annettiin koulutus ilman perusteen diaarinumeroa. Diaarinumero on pakollinen päätason suorituksilla.',
  sv: 'Utbildningen angavs utan grundernas diarienummer. Diarienumret är obligatoriskt för prestationer på huvudnivå.',
  en: 'The education was given without the reference number of the national core curriculum. The reference number is required on main completions.',
  hint: DIAARI_HINT,
  lainaukset: EI_LAINAUKSIA,
}

export const diaarinMuotoVirheellinen = (alku: string): Viesti => ({
  fi: `Diaarinumeron muoto on virheellinen: ${alku}`,
  sv: `Diarienumret har fel format: ${alku}`,
  en: `The reference number has an invalid format: ${alku}`,
  hint: {
    fi: `Diaarinumero saa olla enintään 30 merkkiä. ${DIAARI_HINT.fi}`,
    sv: `Diarienumret får vara högst 30 tecken. ${DIAARI_HINT.sv}`,
    en: `The reference number may be at most 30 characters. ${DIAARI_HINT.en}`,
  },
})

export const vammaisuusjaksotPäällekkäin: Viesti = {
  fi: 'Vaikeasti vammaisuuden ja muun kuin vaikeasti vammaisuuden aikajaksot eivät voi olla voimassa samana päivänä',
  sv: 'Perioderna för gravt handikapp och annat än gravt handikapp kan inte gälla samma dag',
  en: 'The periods of severe disability and of other than severe disability cannot be in force on the same day',
  hint: {
    fi: 'Korjaa lisätietojen vammainen- ja vaikeastiVammainen-jaksot niin, ettei niillä ole yhteisiä päiviä (avoin loppu jatkuu toistaiseksi).',
    sv: 'Rätta perioderna vammainen och vaikeastiVammainen i tilläggsuppgifterna så att de inte har några dagar gemensamt (ett öppet slut fortsätter tills vidare).',
    en: 'Correct the periods vammainen and vaikeastiVammainen of the additional information so that they share no day (an open end lasts indefinitely).',
  },
  lainaukset: EI_LAINAUKSIA,
}

export const vammaisuusjaksotIlmanErityistäTukea: Viesti = {
  fi: 'Vammaisuusjaksot sisältävät päiviä, joina ei ole voimassaolevaa erityisen tuen jaksoa',
  sv: 'Handikapperioderna innehåller dagar utan en gällande period av särskilt stöd',
  en: 'The disability periods contain days without a special-support period in force',
  hint: {
    fi: 'Jokaisen vammainen- ja vaikeastiVammainen-jakson jokaisen päivän on osuttava erityisenTuenPäätökset-jaksoon: lisää tai pidennä erityisen tuen jakso tai lyhennä vammaisuusjaksoa.',
    sv: 'Varje dag i perioderna vammainen och vaikeastiVammainen ska falla inom en period i erityisenTuenPäätökset: lägg till eller förläng perioden av särskilt stöd, eller förkorta handikapperioden.',
    en: 'Every day of the vammainen and vaikeastiVammainen periods must fall within an erityisenTuenPäätökset period: add or extend the special-support period, or shorten the disability period.',
  },
  lainaukset: EI_LAINAUKSIA,
}

/** T-VOS-1..3: the lisätieto's name in KOSKI's messages, in each language. */
export const vosLisätiedonNimi: Readonly<Record<string, Message>> = {
  erityinenTuki: { fi: 'Erityisen tuen', sv: 'Särskilt stöd (erityinenTuki)', en: 'Special support (erityinenTuki)' },
  vaikeastiVammainen: {
    fi: 'Vaikeasti vammaisille järjestetyn opetuksen',
    sv: 'Undervisning som ordnas för gravt handikappade (vaikeastiVammainen)',
    en: 'Education arranged for the severely disabled (vaikeastiVammainen)',
  },
  vammainenJaAvustaja: { fi: 'Vammaisen ja avustajan', sv: 'Handikappad och assistent (vammainenJaAvustaja)', en: 'Disabled with an assistant (vammainenJaAvustaja)' },
}

/**
 * T-VOS-*: KOSKI's Finnish texts hard-code "31.12.2025" whatever the configured cut-off (catalogue §0.5, §4.20). The
 * Finnish text is KOSKI's word for word and the translations say the same date; the hint names the cut-off actually
 * applied (`options.vosRajapäivä`, the same date by default).
 */
const KOSKIN_VOS_RAJAPÄIVÄ = '31.12.2025'

const vosHint = (rajapäivä: string, mitä: Message): Message => {
  const eri = päiväys(rajapäivä, 'fi') !== KOSKIN_VOS_RAJAPÄIVÄ
  return {
    fi: `${mitä.fi} Tarkistuksessa käytettiin rajapäivää ${päiväys(rajapäivä, 'fi')}${eri ? ` (asetus vosRajapäivä; KOSKIn teksti sanoo aina ${KOSKIN_VOS_RAJAPÄIVÄ})` : ''}.`,
    sv: `${mitä.sv} Kontrollen använde brytdagen ${päiväys(rajapäivä, 'sv')}${eri ? ` (inställningen vosRajapäivä; KOSKI:s text säger alltid ${päiväys(KOSKIN_VOS_RAJAPÄIVÄ, 'sv')})` : ''}.`,
    en: `${mitä.en} The check used the cut-off ${päiväys(rajapäivä, 'en')}${eri ? ` (option vosRajapäivä; KOSKI's text always says ${päiväys(KOSKIN_VOS_RAJAPÄIVÄ, 'en')})` : ''}.`,
  }
}

export const lisätietoRajapäivänJälkeenAlkavaOpiskeluoikeus = (nimi: Message, rajapäivä: string): Viesti => ({
  fi: `${nimi.fi} lisätieto ei ole käytössä ${KOSKIN_VOS_RAJAPÄIVÄ} jälkeen alkavalle opiskeluoikeudelle`,
  sv: `Tilläggsuppgiften ${nimi.sv} används inte för en studierätt som börjar efter ${päiväys(KOSKIN_VOS_RAJAPÄIVÄ, 'sv')}`,
  en: `The additional information ${nimi.en} is not in use for a study right starting after ${päiväys(KOSKIN_VOS_RAJAPÄIVÄ, 'en')}`,
  hint: vosHint(rajapäivä, {
    fi: 'Jätä lisätieto pois: ammatillisen koulutuksen rahoitusuudistuksen jälkeen alkavalle opiskeluoikeudelle sitä ei enää siirretä.',
    sv: 'Utelämna tilläggsuppgiften: den överförs inte längre för en studierätt som börjar efter finansieringsreformen inom yrkesutbildningen.',
    en: 'Leave the field out: it is no longer sent for a study right starting after the vocational funding reform.',
  }),
})

export const lisätietoAlkaaRajapäivänJälkeen = (nimi: Message, rajapäivä: string): Viesti => ({
  fi: `${nimi.fi} aikajakso ei voi alkaa ${KOSKIN_VOS_RAJAPÄIVÄ} jälkeen`,
  sv: `Perioden för ${nimi.sv} kan inte börja efter ${päiväys(KOSKIN_VOS_RAJAPÄIVÄ, 'sv')}`,
  en: `A period of ${nimi.en} cannot start after ${päiväys(KOSKIN_VOS_RAJAPÄIVÄ, 'en')}`,
  hint: vosHint(rajapäivä, {
    fi: 'Poista rajapäivän jälkeen alkavat jaksot; ennen sitä alkanut jakso saa päättyä myöhemmin.',
    sv: 'Ta bort perioderna som börjar efter brytdagen; en period som började före den får sluta senare.',
    en: 'Remove the periods starting after the cut-off; a period that started before it may end later.',
  }),
})

export const lomaTilaRajapäivänJälkeen = (rajapäivä: string): Viesti => ({
  fi: `Opiskeluoikeuden loma-tila ei voi olla voimassa ${KOSKIN_VOS_RAJAPÄIVÄ} jälkeen`,
  sv: `Studierättens status ${tila('loma').sv} kan inte gälla efter ${päiväys(KOSKIN_VOS_RAJAPÄIVÄ, 'sv')}`,
  en: `The study-right status ${tila('loma').en} cannot be in force after ${päiväys(KOSKIN_VOS_RAJAPÄIVÄ, 'en')}`,
  hint: vosHint(rajapäivä, {
    fi: `Päätä ${tila('loma').fi} -jakso viimeistään rajapäivänä: seuraavan jakson on alettava viimeistään rajapäivää seuraavana päivänä.`,
    sv: `Avsluta perioden ${tila('loma').sv} senast på brytdagen: nästa period ska börja senast dagen efter brytdagen.`,
    en: `End the ${tila('loma').en} period on the cut-off at the latest: the next period must start on the day after it at the latest.`,
  }),
})

export const järjestämislupaMuuttunut = (vanha: string, uusi: string): Viesti => ({
  fi: 'Olemassaolevan tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuden järjestämislupaa ei saa muuttaa.',
  sv: `Anordnartillståndet för en befintlig studierätt inom ${TUVA.sv} får inte ändras.`,
  en: `The authorisation to provide education of an existing study right of ${TUVA.en} must not change.`,
  hint: {
    fi: `Järjestämislupa vaihtui: ${lupa(vanha).fi} → ${lupa(uusi).fi}. Jos tallennettu lupa on väärä, mitätöi opiskeluoikeus ja lähetä se uudelleen oikealla luvalla (${ohjeViite(OHJEET.tuvaUseinKysyttyä).fi}).`,
    sv: `Anordnartillståndet byttes: ${lupa(vanha).sv} → ${lupa(uusi).sv}. Om det sparade tillståndet är fel, annullera studierätten och skicka den på nytt med rätt tillstånd ${ohjeViite(OHJEET.tuvaUseinKysyttyä).sv}.`,
    en: `The authorisation changed: ${lupa(vanha).en} → ${lupa(uusi).en}. If the stored one is wrong, invalidate the study right and send it again with the right one ${ohjeViite(OHJEET.tuvaUseinKysyttyä).en}.`,
  },
})

// ---------------------------------------------------------------------------------------------------------------
// Warnings (our keys): what KOSKI computes itself or cannot check offline

const LAAJUUS_HINT: Message = {
  fi: 'Lähetä päätason laajuudeksi hyväksytysti arvioitujen osasuoritusten laajuuksien summa viikkoina, tai jätä laajuus pois: KOSKI laskee sen itse.',
  sv: 'Skicka summan av omfattningarna av de godkänt bedömda delprestationerna, i veckor, som omfattning på huvudnivå, eller utelämna omfattningen: KOSKI räknar ut den själv.',
  en: 'Send the sum of the scopes of the partial completions assessed as passed, in weeks, as the main scope, or leave the scope out: KOSKI computes it itself.',
}

export const päätasonLaajuusLasketaan = (lähetetty: string, laskettu: string | undefined): Viesti =>
  laskettu === undefined
    ? {
        fi: `Päätason suorituksen laajuus ${lähetetty} ei vastaa hyväksyttyjen osasuoritusten laajuuksien summaa: hyväksyttyjä osasuorituksia ei ole, joten KOSKI tallentaa laajuudeksi tyhjän`,
        sv: `Omfattningen ${lähetetty} av prestationen på huvudnivå motsvarar inte summan av de godkända delprestationerna: det finns inga godkända delprestationer, så KOSKI sparar ingen omfattning`,
        en: `The main completion's scope ${lähetetty} is not the sum of the passed partial completions: there are none, so KOSKI stores no scope`,
        hint: LAAJUUS_HINT,
      }
    : {
        fi: `Päätason suorituksen laajuus ${lähetetty} ei vastaa hyväksyttyjen osasuoritusten laajuuksien summaa ${laskettu}: KOSKI ei käytä lähetettyä arvoa vaan tallentaa laajuudeksi ${laskettu}`,
        sv: `Omfattningen ${lähetetty} av prestationen på huvudnivå motsvarar inte summan ${laskettu} av de godkända delprestationerna: KOSKI använder inte det skickade värdet utan sparar ${laskettu}`,
        en: `The main completion's scope ${lähetetty} is not the sum ${laskettu} of the passed partial completions: KOSKI ignores the value sent and stores ${laskettu}`,
        hint: LAAJUUS_HINT,
      }

export const diaarinumeroaEiVoiTarkistaa = (diaari: string): Viesti => {
  const viite = ohjeViite(OHJEET.tuvaUseinKysyttyä)
  return {
    fi: `Perusteen diaarinumeroa ${diaari} ei voi tarkistaa ilman ePerusteet-palvelua. Tutkintokoulutukseen valmentavan koulutuksen peruste on OPH-1488-2021; KOSKI hylkää diaarinumeron, jolla ei ole opiskeluoikeuden voimassaoloaikana voimassa olevaa TUVA-perustetta (koulutustyyppi 40) ${viite.fi}.`,
    sv: `Grundernas diarienummer ${diaari} kan inte kontrolleras utan tjänsten eGrunder (ePerusteet). Grunderna för ${TUVA.sv} har diarienumret OPH-1488-2021; KOSKI avvisar ett diarienummer utan Hux-grunder (utbildningstyp 40) som gäller under studierättens giltighetstid ${viite.sv}.`,
    en: `The reference number ${diaari} of the national core curriculum cannot be checked without the ePerusteet service. The national core curriculum of ${TUVA.en} is OPH-1488-2021; KOSKI rejects a reference number without a TUVA curriculum (koulutustyyppi 40) in force during the study right's period of validity ${viite.en}.`,
    hint: {
      fi: 'Käytä diaarinumeroa OPH-1488-2021, ellei käytössä ole toinen ePerusteet-palvelun TUVA-peruste.',
      sv: 'Använd diarienumret OPH-1488-2021, om ni inte använder andra Hux-grunder i tjänsten eGrunder.',
      en: 'Use the reference number OPH-1488-2021 unless another TUVA curriculum in ePerusteet applies.',
    },
  }
}

const LISÄTIEDOT = OHJEET.tuvaLisätiedot

export const majoitusJaSisäoppilaitosmainenMajoitusPäällekkäin: Viesti = {
  fi: `Majoitus ja sisäoppilaitosmainen majoitus ovat voimassa samaan aikaan; lisätiedoissa ei voi olla päällekkäin tietoa majoituksesta ja sisäoppilaitosmaisesta majoituksesta ${ohjeViite(LISÄTIEDOT, 'Majoitus').fi}`,
  sv: `Inkvartering (majoitus) och internatliknande inkvartering (sisäoppilaitosmainenMajoitus) gäller samtidigt; de får inte anges för samma dagar i tilläggsuppgifterna ${ohjeViite(LISÄTIEDOT, 'Majoitus').sv}`,
  en: `Accommodation (majoitus) and boarding-school-type accommodation (sisäoppilaitosmainenMajoitus) are in force at the same time; the additional information must not have both for the same days ${ohjeViite(LISÄTIEDOT, 'Majoitus').en}`,
  hint: {
    fi: 'Korjaa majoitus- ja sisäoppilaitosmainenMajoitus-jaksot niin, ettei niillä ole yhteisiä päiviä: kullekin päivälle vain toinen.',
    sv: 'Rätta perioderna majoitus och sisäoppilaitosmainenMajoitus så att de inte har några dagar gemensamt: endera för varje dag.',
    en: 'Correct the majoitus and sisäoppilaitosmainenMajoitus periods so that they share no day: one or the other for each day.',
  },
  lainaukset: EI_LAINAUKSIA,
}

export const majoitusetuJaSisäoppilaitosmainenMajoitusPäällekkäin: Viesti = {
  fi: `Majoitusetu ja sisäoppilaitosmainen majoitus ovat voimassa samaan aikaan; lisätiedoissa ei voi olla päällekkäin tietoa majoitusedusta ja sisäoppilaitosmaisesta majoituksesta ${ohjeViite(LISÄTIEDOT, 'Majoitusetu').fi}`,
  sv: `Inkvarteringsförmån (majoitusetu) och internatliknande inkvartering (sisäoppilaitosmainenMajoitus) gäller samtidigt; de får inte anges för samma dagar i tilläggsuppgifterna ${ohjeViite(LISÄTIEDOT, 'Majoitusetu').sv}`,
  en: `The accommodation benefit (majoitusetu) and boarding-school-type accommodation (sisäoppilaitosmainenMajoitus) are in force at the same time; the additional information must not have both for the same days ${ohjeViite(LISÄTIEDOT, 'Majoitusetu').en}`,
  hint: {
    fi: 'Korjaa majoitusetu- ja sisäoppilaitosmainenMajoitus-jaksot niin, ettei niillä ole yhteisiä päiviä.',
    sv: 'Rätta perioderna majoitusetu och sisäoppilaitosmainenMajoitus så att de inte har några dagar gemensamt.',
    en: 'Correct the majoitusetu and sisäoppilaitosmainenMajoitus periods so that they share no day.',
  },
  lainaukset: EI_LAINAUKSIA,
}

export const majoitusetuJaKuljetusetuPäällekkäin: Viesti = {
  fi: `Majoitusetu ja kuljetusetu ovat voimassa samaan aikaan; majoitusetua käytetään, kun oppijalla ei ole kuljetusetua ${ohjeViite(LISÄTIEDOT, 'Majoitusetu').fi}`,
  sv: `Inkvarteringsförmån (majoitusetu) och transportförmån (kuljetusetu) gäller samtidigt; inkvarteringsförmånen används när den studerande inte har transportförmån ${ohjeViite(LISÄTIEDOT, 'Majoitusetu').sv}`,
  en: `The accommodation benefit (majoitusetu) and the transport benefit (kuljetusetu) are in force at the same time; the accommodation benefit is for a learner without the transport benefit ${ohjeViite(LISÄTIEDOT, 'Majoitusetu').en}`,
  hint: {
    fi: 'Korjaa majoitusetu- ja kuljetusetu-jaksot niin, ettei niillä ole yhteisiä päiviä.',
    sv: 'Rätta perioderna majoitusetu och kuljetusetu så att de inte har några dagar gemensamt.',
    en: 'Correct the majoitusetu and kuljetusetu periods so that they share no day.',
  },
  lainaukset: EI_LAINAUKSIA,
}

const ERITYINEN_TEHTÄVÄ_HINT: Message = {
  fi: 'Lisää vaativanErityisenTuenErityinenTehtävä-jakso, joka kattaa tämän jakson päivät, tai korjaa tämän jakson päivät.',
  sv: 'Lägg till en period vaativanErityisenTuenErityinenTehtävä som täcker denna periods dagar, eller rätta denna periods datum.',
  en: "Add a vaativanErityisenTuenErityinenTehtävä period covering this period's days, or correct this period's dates.",
}

export const vaativanErityisenTuenMajoitusIlmanErityistäTehtävää: Viesti = {
  fi: `Vaativan erityisen tuen yhteydessä järjestettävän majoituksen jaksolle ei ole vaativan erityisen tuen erityisen tehtävän jaksoa; opiskelijalla tulee silloin näkyä myös lisätieto Vaativan erityisen tuen erityinen tehtävä ${ohjeViite(LISÄTIEDOT, 'Vaativan erityisen tuen yhteydessä järjestettävä majoitus').fi}`,
  sv: `Perioden för inkvartering i samband med behov av krävande särskilt stöd täcks inte av en period av uppgift inom krävande särskilt stöd, som då också ska finnas ${ohjeViite(LISÄTIEDOT, 'Vaativan erityisen tuen yhteydessä järjestettävä majoitus').sv}`,
  en: `This period of accommodation arranged with demanding special support (vaativanErityisenTuenYhteydessäJärjestettäväMajoitus) is not covered by a period of special task in demanding special support (vaativanErityisenTuenErityinenTehtävä), which must then be recorded too ${ohjeViite(LISÄTIEDOT, 'Vaativan erityisen tuen yhteydessä järjestettävä majoitus').en}`,
  hint: ERITYINEN_TEHTÄVÄ_HINT,
  lainaukset: EI_LAINAUKSIA,
}

export const vaikeastiVammainenIlmanErityistäTehtävää: Viesti = {
  fi: `Vaikeasti vammaisille järjestetyn opetuksen jaksolle ei ole vaativan erityisen tuen erityisen tehtävän jaksoa; vaikeasti vammaisille järjestettyyn opetukseen liittyy aina myös vaativan erityisen tuen erityinen tehtävä ${ohjeViite(LISÄTIEDOT, 'Vaikeasti vammaisille järjestetty opetus').fi}`,
  sv: `Perioden för undervisning som ordnas för gravt handikappade täcks inte av en period av uppgift inom krävande särskilt stöd, som alltid hör till den ${ohjeViite(LISÄTIEDOT, 'Vaikeasti vammaisille järjestetty opetus').sv}`,
  en: `This period of education arranged for the severely disabled (vaikeastiVammainen) is not covered by a period of special task in demanding special support (vaativanErityisenTuenErityinenTehtävä), which always goes with it ${ohjeViite(LISÄTIEDOT, 'Vaikeasti vammaisille järjestetty opetus').en}`,
  hint: ERITYINEN_TEHTÄVÄ_HINT,
  lainaukset: EI_LAINAUKSIA,
}

export const koulutusvientiIlmanMuutaRahoitusta = (koodiarvo: string): Viesti => ({
  fi: `Koulutusviennissä (koulutusvienti: true) rahoitusmuotona tulee käyttää ${rahoitus('6').fi}, ei ${rahoitus(koodiarvo).fi} ${ohjeViite(LISÄTIEDOT, 'Koulutusvienti').fi}`,
  sv: `Vid utbildningsexport (koulutusvienti: true) ska finansieringsformen vara ${rahoitus('6').sv}, inte ${rahoitus(koodiarvo).sv} ${ohjeViite(LISÄTIEDOT, 'Koulutusvienti').sv}`,
  en: `With education export (koulutusvienti: true) the funding type must be ${rahoitus('6').en}, not ${rahoitus(koodiarvo).en} ${ohjeViite(LISÄTIEDOT, 'Koulutusvienti').en}`,
  hint: {
    fi: `Vaihda jakson opintojenRahoitus arvoon ${rahoitus('6').fi}, tai jos koulutus ei ole koulutusvientiä, poista lisätieto koulutusvienti.`,
    sv: `Byt periodens opintojenRahoitus till ${rahoitus('6').sv}, eller ta bort tilläggsuppgiften koulutusvienti om utbildningen inte är utbildningsexport.`,
    en: `Change the period's opintojenRahoitus to ${rahoitus('6').en}, or remove koulutusvienti if the education is not education export.`,
  },
})

export const suoritusaikaYliVuoden = (alku: string, loppu: string, mihin: 'päättynyt' | 'arvioitu' | 'tänään'): LainaavaViesti => {
  // fi and sv write a date alike, en as ISO (päiväys); only the variant `mihin` names is built
  const [a, aEn, p, pEn] = [päiväys(alku, 'fi'), päiväys(alku, 'en'), päiväys(loppu, 'fi'), päiväys(loppu, 'en')]
  const [fi, sv, en] =
    mihin === 'päättynyt'
      ? [`päättyi ${p}`, `avslutades ${p}`, `ended on ${pEn}`]
      : mihin === 'arvioitu'
        ? [`arvioitu päättymispäivä on ${p}`, `beräknat avslutningsdatum är ${p}`, `is estimated to end on ${pEn}`]
        : [`on jatkunut ${p} asti`, `har pågått till ${p}`, `has lasted until ${pEn}`]
  const viite = SUORITUSAIKA_VIITE
  return {
    fi: `Tutkintokoulutukseen valmentavan koulutuksen suoritusaika on enintään yksi vuosi, mutta opiskeluoikeus alkoi ${a} ja ${fi}; jos lisäaikaa on myönnetty, merkitse lisätieto pidennettyPäättymispäivä ${viite.fi}`,
    sv: `Studietiden i ${TUVA.sv} är högst ett år, men studierätten började ${a} och ${sv}; om tilläggstid har beviljats, ange tilläggsuppgiften pidennettyPäättymispäivä ${viite.sv}`,
    en: `${TUVA_EN_ISOLLA} lasts at most one year, but the study right started on ${aEn} and ${en}; if extra time was granted, set pidennettyPäättymispäivä ${viite.en}`,
    hint: SUORITUSAIKA_VIHJE,
    // the two dates, as each language writes them
    lainaukset: [a, aEn, p, pEn],
  }
}
const SUORITUSAIKA_VIITE = ohjeViite(LISÄTIEDOT, 'Pidennetty päättymispäivä')
const TUVA_EN_ISOLLA = `${TUVA.en.charAt(0).toUpperCase()}${TUVA.en.slice(1)}`
const SUORITUSAIKA_VIHJE: Message = {
  fi: 'Jos lisäaikaa on myönnetty, lähetä lisätiedoissa pidennettyPäättymispäivä: true; muuten tarkista opiskeluoikeuden päivät.',
  sv: 'Om tilläggstid har beviljats, skicka pidennettyPäättymispäivä: true i tilläggsuppgifterna; annars kontrollera studierättens datum.',
  en: "If extra time was granted, send pidennettyPäättymispäivä: true in the additional information; otherwise check the study right's dates.",
}

/** T-OHJE-8: an accepted osa of a valmistunut study right without laajuus. */
export const hyväksytyltäOsaltaPuuttuuLaajuus = (koodiarvo: string): Viesti => {
  const viite = ohjeViite(OHJEET.tuvaUseinKysyttyä, 'Siirtymäsäännöksen piirissä olevat opiskelijat')
  return {
    fi: `Hyväksytysti arvioidulta koulutuksen osalta ${osa(koodiarvo).fi} puuttuu laajuus, vaikka opiskeluoikeus on ${tila('valmistunut').fi}; koulutuksen osille kirjataan suoritusten laajuudet viikkoina ${viite.fi}`,
    sv: `Den godkänt bedömda utbildningsdelen ${osa(koodiarvo).sv} saknar omfattning fast studierätten är ${tila('valmistunut').sv}; för utbildningsdelarna anges prestationernas omfattning i veckor ${viite.sv}`,
    en: `The part of the education ${osa(koodiarvo).en}, assessed as passed, has no scope although the study right is ${tila('valmistunut').en}; the scopes of the parts of the education are recorded in weeks ${viite.en}`,
    hint: {
      fi: 'Lisää koulutusmoduuliin laajuus { arvo, yksikkö: { koodiarvo: "8", koodistoUri: "opintojenlaajuusyksikko" } } (viikkoa).',
      sv: 'Lägg till laajuus { arvo, yksikkö: { koodiarvo: "8", koodistoUri: "opintojenlaajuusyksikko" } } (veckor) i koulutusmoduuli.',
      en: 'Add laajuus { arvo, yksikkö: { koodiarvo: "8", koodistoUri: "opintojenlaajuusyksikko" } } (weeks) to koulutusmoduuli.',
    },
  }
}

/** T-OHJE-9: an erityinen tuki period / päätös starting before the study right (its own dates are not quoted: special-category data). */
export const erityinenTukiEnnenOpiskeluoikeutta = (kenttä: string, kohta: string, alkamispäivä: string): Viesti => {
  const viite = ohjeViite(LISÄTIEDOT, kohta)
  return {
    fi: `Lisätiedon ${kenttä} jakso alkaa ennen opiskeluoikeuden alkamispäivää ${päiväys(alkamispäivä, 'fi')}; erityisen tuen alkupäivä on se päivä, josta asti oppilas on saanut erityistä tukea juuri tämän opiskeluoikeuden aikana ${viite.fi}`,
    sv: `Perioden i tilläggsuppgiften ${kenttä} börjar före studierättens inledningsdatum ${päiväys(alkamispäivä, 'sv')}; det särskilda stödets startdag är den dag från vilken eleven har fått särskilt stöd just under denna studierätt ${viite.sv}`,
    en: `The ${kenttä} period starts before the study right's start date ${päiväys(alkamispäivä, 'en')}; special support starts on the day from which the pupil has received it during this very study right ${viite.en}`,
    hint: {
      fi: `Aloita jakso aikaisintaan opiskeluoikeuden alkamispäivänä ${päiväys(alkamispäivä, 'fi')} (jos tuki jatkuu opiskeluoikeuden alusta, sama päivä).`,
      sv: `Låt perioden börja tidigast på studierättens inledningsdatum ${päiväys(alkamispäivä, 'sv')} (samma dag om stödet fortsätter från studierättens början).`,
      en: `Start the period on the study right's start date ${päiväys(alkamispäivä, 'en')} at the earliest (that day if the support continues from the study right's start).`,
    },
  }
}
