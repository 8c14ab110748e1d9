/**
 * Messages of the ammatillinen rules (catalogue §3.8). Errors: KOSKI's Finnish text word for word (its default text
 * where KOSKI raises the category without one), with Swedish and English translations of it; where KOSKI's text
 * states something KOSKI does not check, the translations stay faithful and the hint says what is checked. Codes are
 * named through the koodisto (docs/glossary.md). A suoritus is named as KOSKI names it (the koodisto name of its code,
 * or its own name when local).
 */
import type { Message, Viesti } from '../../finding'
import { EI_LAINAUKSIA } from '../../finding'
import { kielittäin, koodi, päiväys } from '../../messages/muoto'
import { kenttäTiputetaan as tiputettu } from '../../messages/yhteiset'
import {
  lisätietoAlkaaRajapäivänJälkeen as tuvaLisätietoAlkaa,
  lisätietoRajapäivänJälkeenAlkavaOpiskeluoikeus as tuvaLisätietoAlkavalle,
  lomaTilaRajapäivänJälkeen as tuvaLoma,
  vosLisätiedonNimi as tuvaVosNimet,
} from '../tuva/viestit'

const tila = (koodiarvo: string): Message => koodi('koskiopiskeluoikeudentila', koodiarvo)
const rahoitus = (koodiarvo: string): Message => koodi('opintojenrahoitus', koodiarvo)
const suorituksenTyyppi = (koodiarvo: string): Message => koodi('suorituksentyyppi', koodiarvo)
const suoritustapa = (koodiarvo: string): Message => koodi('ammatillisentutkinnonsuoritustapa', koodiarvo)
const hankkimistapa = (koodiarvo: string): Message => koodi('osaamisenhankkimistapa', koodiarvo)
/** The state KOSKI names in the A-KA-1, A-SIIRT-1 and A-KOR-1 texts. */
const KATSOTAAN_ERONNEEKSI: Message = tila('katsotaaneronneeksi')

// ---------------------------------------------------------------------------------------------------------------
// A-RAH-1

/** A-RAH-1: KOSKI names the state by its koodiarvo. */
export const tilaltaPuuttuuRahoitusmuoto = (koodiarvo: string): Viesti => ({
  fi: `Opiskeluoikeuden tilalta ${koodiarvo} puuttuu rahoitusmuoto`,
  sv: `Studierättens status ${tila(koodiarvo).sv} saknar finansieringsform`,
  en: `The study-right status ${tila(koodiarvo).en} has no funding type`,
  hint: {
    fi: `Lisää jaksolle opintojenRahoitus (koodisto opintojenrahoitus, esim. ${rahoitus('1').fi}). Ammatillisessa koulutuksessa se vaaditaan tiloilla ${tila('lasna').fi}, ${tila('valmistunut').fi} ja ${tila('loma').fi}.`,
    sv: `Lägg till opintojenRahoitus för perioden (kodverket opintojenrahoitus, t.ex. ${rahoitus('1').sv}). I yrkesutbildning krävs den med statusarna ${tila('lasna').sv}, ${tila('valmistunut').sv} och ${tila('loma').sv}.`,
    en: `Add opintojenRahoitus to the period (code list opintojenrahoitus, e.g. ${rahoitus('1').en}). In vocational education and training it is required with the statuses ${tila('lasna').en}, ${tila('valmistunut').en} and ${tila('loma').en}.`,
  },
})

// ---------------------------------------------------------------------------------------------------------------
// A-SUOR-1

/** A-SUOR-1: KOSKI's default text. */
export const useampiPäätasonSuoritus: Viesti = {
  fi: 'Ammatillinen opiskeluoikeus, jossa päätason suorituksena on ammatillisen tutkintokoulutuksen suoritus, ei voi sisältää useampaa kuin yhtä päätason suoritusta, ellei kyseessä ole opiskeluoikeus, jossa suoritetaan ns. vanhamallista näyttötutkintoa ja siihen liittyvää näyttötutkintoon valmistavaa koulutusta.',
  sv: 'En studierätt inom yrkesutbildning vars prestation på huvudnivå är en prestation inom examensinriktad yrkesutbildning kan inte innehålla mer än en prestation på huvudnivå, om det inte är en studierätt där man avlägger en så kallad fristående examen av den gamla modellen och den utbildning som förbereder för fristående examen som hör till den.',
  en: 'A vocational study right whose main completion is a completion of vocational qualification training cannot contain more than one main completion, unless it is a study right where an old-style competence-based qualification is taken together with the preparatory training for it.',
  hint: {
    fi: `Lähetä yksi päätason suoritus. Kaksi sallitaan vain, kun toinen on tutkinto suoritustavalla ${suoritustapa('naytto').fi} (ei korotus) ja toinen ${suorituksenTyyppi('nayttotutkintoonvalmistavakoulutus').fi}; muut suoritukset kuuluvat omiin opiskeluoikeuksiinsa.`,
    sv: `Skicka en prestation på huvudnivå. Två tillåts endast när den ena är en examen med avläggningssättet ${suoritustapa('naytto').sv} (inte en höjning) och den andra ${suorituksenTyyppi('nayttotutkintoonvalmistavakoulutus').sv}; andra prestationer hör till egna studierätter.`,
    en: `Send one main completion. Two are allowed only when one is a qualification with the completion method ${suoritustapa('naytto').en} (not a grade improvement) and the other ${suorituksenTyyppi('nayttotutkintoonvalmistavakoulutus').en}; other completions belong to study rights of their own.`,
  },
  lainaukset: EI_LAINAUKSIA,
}

// ---------------------------------------------------------------------------------------------------------------
// A-KA-1

/** A-KA-1: KOSKI's default text. */
export const keskiarvoVaikkaSuoritusEiValmis: Viesti = {
  fi: 'Suoritukselle ei voi asettaa keskiarvoa ellei suoritus ole päättynyt',
  sv: 'Ett medelvärde kan inte anges för prestationen om prestationen inte har avslutats',
  en: 'An average grade cannot be set for the completion unless the completion has ended',
  hint: {
    fi: `Poista keskiarvo, kunnes tutkinto vahvistetaan. Keskiarvo sallitaan myös, kun opiskeluoikeuden viimeinen tila on ${KATSOTAAN_ERONNEEKSI.fi} ja jokin tutkinnon osa on valmis (arvioitu).`,
    sv: `Ta bort medelvärdet tills examen bekräftas. Ett medelvärde tillåts också när studierättens sista status är ${KATSOTAAN_ERONNEEKSI.sv} och någon examensdel är slutförd (bedömd).`,
    en: `Remove the average until the qualification is confirmed. An average is also allowed when the study right's last status is ${KATSOTAAN_ERONNEEKSI.en} and some qualification unit is finished (assessed).`,
  },
  lainaukset: EI_LAINAUKSIA,
}

// ---------------------------------------------------------------------------------------------------------------
// A-ARV-1, A-ARV-2

/** A-ARV-1: the suoritus named as KOSKI names it (its koodisto or local name, else its code). */
export const hylättyArvosana = (nimi: string): Viesti => ({
  fi: `Suorituksen "${nimi}" arvosana ei voi olla hylätty`,
  sv: `Vitsordet för prestationen "${nimi}" kan inte vara underkänt`,
  en: `The grade of completion "${nimi}" cannot be a fail`,
  hint: {
    fi: 'KOSKIin ei siirretä hylättyjä arviointeja ammatillisessa koulutuksessa (arvosanat 0 ja Hylätty): poista hylätty arviointi; jos suoritus on kesken, jätä se arvioimatta.',
    sv: 'Underkända bedömningar förs inte över till KOSKI inom yrkesutbildning (vitsorden 0 och Underkänd (Hylätty)): ta bort den underkända bedömningen; lämna prestationen utan bedömning om den pågår.',
    en: 'Failed assessments are not sent to KOSKI in vocational education and training (grades 0 and Fail (Hylätty)): remove the failed assessment; leave the completion unassessed while it is in progress.',
  },
})

/** A-ARV-2: the koodistot in KOSKI's order (sorted). */
export const useitaArviointiasteikoita = (koodistot: readonly string[]): Viesti => ({
  fi: `Suoritus käyttää useampaa kuin yhtä numeerista arviointiasteikkoa: ${koodistot.join(', ')}`,
  sv: `Prestationen använder mer än en numerisk bedömningsskala: ${koodistot.join(', ')}`,
  en: `The completion uses more than one numeric assessment scale: ${koodistot.join(', ')}`,
  hint: {
    fi: 'Käytä saman päätason suorituksen kaikissa numeerisissa arvioinneissa (myös näyttöjen arvioinneissa ja niiden arviointikohteissa) samaa arviointiasteikkoa, esim. arviointiasteikkoammatillinen15.',
    sv: 'Använd samma bedömningsskala, t.ex. arviointiasteikkoammatillinen15, i alla numeriska bedömningar i samma prestation på huvudnivå (även i bedömningarna av yrkesprov och deras bedömningsobjekt).',
    en: 'Use one assessment scale, e.g. arviointiasteikkoammatillinen15, in every numeric assessment of the same main completion (the assessments of demonstrations and their assessment targets included).',
  },
})

// ---------------------------------------------------------------------------------------------------------------
// A-SIIRT-1, A-MUU-1

export const siirtynytUusiinPerusteisiinEiPäättynyt: Viesti = {
  fi: "Opiskeluoikeudella, jonka lisätiedoissa on merkintä 'siirtynyt uusiin tutkinnon perusteisiin', pitää päättyä tilaan 'katsotaan eronneeksi'.",
  sv: `En studierätt vars tilläggsuppgifter har anteckningen 'övergått till nya examensgrunder' (siirtynytUusiinTutkinnonPerusteisiin) ska avslutas med statusen ${KATSOTAAN_ERONNEEKSI.sv}.`,
  en: `A study right whose additional information says 'moved to new qualification requirements' (siirtynytUusiinTutkinnonPerusteisiin) must end in the status ${KATSOTAAN_ERONNEEKSI.en}.`,
  hint: {
    fi: `Kun opiskelija siirtyy uusiin perusteisiin, vanha opiskeluoikeus päätetään tilaan ${KATSOTAAN_ERONNEEKSI.fi} ja opinnot jatkuvat uudessa opiskeluoikeudessa. KOSKI tarkistaa, että jokin jakso on tässä tilassa; muuten poista merkintä.`,
    sv: `När den studerande övergår till nya grunder avslutas den gamla studierätten med statusen ${KATSOTAAN_ERONNEEKSI.sv} och studierna fortsätter i en ny studierätt. KOSKI kontrollerar att någon period har denna status; annars ta bort anteckningen.`,
    en: `When the learner moves to new requirements, the old study right ends in ${KATSOTAAN_ERONNEEKSI.en} and the studies go on in a new study right. KOSKI checks that some period has this status; otherwise remove the field.`,
  },
  lainaukset: EI_LAINAUKSIA,
}

/** A-MUU-1: KOSKI's text names the cut-off 31.12.2028 whatever the configuration. */
export const paikallinenMuuAmmatillinenRajapäivänJälkeen: Viesti = {
  fi: 'Paikallinen muun ammatillisen koulutuksen opiskeluoikeus ei voi alkaa siirtymäajan päättymispäivän 31.12.2028 jälkeen',
  sv: `En studierätt inom lokal annan yrkesutbildning kan inte börja efter övergångstidens sista dag ${päiväys('2028-12-31', 'sv')}`,
  en: `A study right of local other vocational training cannot start after the end of the transition period, ${päiväys('2028-12-31', 'en')}`,
  hint: {
    fi: 'Paikallista muuta ammatillista koulutusta (koulutusmoduuli ilman koodistoa) ei voi aloittaa siirtymäajan jälkeen: tarkista opiskeluoikeuden alkamispäivä tai tallenna koulutus muuna kuin säänneltynä koulutuksena.',
    sv: 'Lokal annan yrkesutbildning (en utbildningsmodul utan kodverk) kan inte inledas efter övergångstiden: kontrollera studierättens inledningsdatum eller spara utbildningen som annan än reglerad utbildning.',
    en: 'Local other vocational training (a module without a code list) cannot start after the transition period: check the start date, or record the training as non-regulated education.',
  },
  lainaukset: EI_LAINAUKSIA,
}

// ---------------------------------------------------------------------------------------------------------------
// A-VOS-1..5 (KOSKI's texts hard-code 31.12.2025: the TUVA messages of the same family)

/** The retired lisätieto's name in KOSKI's messages, in each language. */
export const vosLisätiedonNimi: Readonly<Record<string, Message>> = {
  opiskeluvalmiuksiaTukevatOpinnot: {
    fi: 'Opiskeluvalmiuksia tukevien opintojen',
    sv: 'Studier som stöder studiefärdigheterna (opiskeluvalmiuksiaTukevatOpinnot)',
    en: 'Studies supporting study skills (opiskeluvalmiuksiaTukevatOpinnot)',
  },
  ...tuvaVosNimet,
}

export const lisätietoRajapäivänJälkeenAlkavaOpiskeluoikeus = tuvaLisätietoAlkavalle
export const lisätietoAlkaaRajapäivänJälkeen = tuvaLisätietoAlkaa
export const lomaTilaRajapäivänJälkeen = tuvaLoma

/** A-VOS-5. */
export const henkilöstökoulutusRajapäivänJälkeen = (rajapäivä: string): Viesti => ({
  fi: 'Henkilöstökoulutus-tietoa ei voi lisätä 31.12.2025 jälkeen alkavaan opiskeluoikeuteen',
  sv: `Uppgiften om personalutbildning (henkilöstökoulutus) kan inte läggas till i en studierätt som börjar efter ${päiväys('2025-12-31', 'sv')}`,
  en: `The staff-training information (henkilöstökoulutus) cannot be added to a study right starting after ${päiväys('2025-12-31', 'en')}`,
  hint: {
    fi: `Jätä henkilöstökoulutus pois (tai lähetä false) rajapäivän jälkeen alkavassa opiskeluoikeudessa. Tarkistuksessa käytettiin rajapäivää ${päiväys(rajapäivä, 'fi')}.`,
    sv: `Utelämna henkilöstökoulutus (eller skicka false) i en studierätt som börjar efter brytdagen. Kontrollen använde brytdagen ${päiväys(rajapäivä, 'sv')}.`,
    en: `Leave henkilöstökoulutus out (or send false) in a study right starting after the cut-off. The check used the cut-off ${päiväys(rajapäivä, 'en')}.`,
  },
})

// ---------------------------------------------------------------------------------------------------------------
// A-VV-1, A-VV-2

export const viestintäJaVuorovaikutusOsaAlueVäärässäHaarassa = (koodiarvo: string): Viesti => ({
  fi: `Yhteisen tutkinnon osan osa-alueen koodiarvoa '${koodiarvo}' ei voi käyttää valtakunnallisena tutkinnon osan osa-alueena. Käytä viestintä ja vuorovaikutus kielivalinnalla -tietomallia.`,
  sv: `Koden '${koodiarvo}' för ett delområde i en gemensam examensdel kan inte användas som ett nationellt delområde. Använd datamodellen för kommunikation och interaktion med språkval.`,
  en: `The code '${koodiarvo}' of a common-unit subject area cannot be used as a national subject area. Use the data model for communication and interaction with a language choice.`,
  hint: {
    fi: 'Lähetä osa-alueen koulutusmoduulissa myös kieli (koodisto kielivalikoima): silloin se on viestintä ja vuorovaikutus kielivalinnalla -osa-alue.',
    sv: 'Skicka också kieli (kodverket kielivalikoima) i delområdets utbildningsmodul: då är det ett delområde för kommunikation och interaktion med språkval.',
    en: "Also send kieli (code list kielivalikoima) in the subject area's koulutusmoduuli: it is then a communication-and-interaction subject area with a language choice.",
  },
})

export const viestintäJaVuorovaikutus26KoodiarvoEnnenRajapäivää = (koodiarvo: string): Viesti => ({
  fi: `Koodiarvoa '${koodiarvo}' ei voi käyttää ennen 1.8.2026 alkavassa opiskeluoikeudessa.`,
  sv: `Koden '${koodiarvo}' kan inte användas i en studierätt som börjar före ${päiväys('2026-08-01', 'sv')}.`,
  en: `The code '${koodiarvo}' cannot be used in a study right starting before ${päiväys('2026-08-01', 'en')}.`,
  hint: {
    fi: `Koodit VVTK26, VVAI26 ja VVVK26 kuuluvat 1.8.2026 tai myöhemmin alkaviin opiskeluoikeuksiin; käytä aiemmin alkaneessa opiskeluoikeudessa koodia ilman 26-päätettä (esim. ${koodiarvo.replace(/26$/, '')}).`,
    sv: `Koderna VVTK26, VVAI26 och VVVK26 hör till studierätter som börjar ${päiväys('2026-08-01', 'sv')} eller senare; använd i en tidigare studierätt koden utan ändelsen 26 (t.ex. ${koodiarvo.replace(/26$/, '')}).`,
    en: `The codes VVTK26, VVAI26 and VVVK26 belong to study rights starting on ${päiväys('2026-08-01', 'en')} or later; in an earlier study right use the code without the 26 ending (e.g. ${koodiarvo.replace(/26$/, '')}).`,
  },
})

// ---------------------------------------------------------------------------------------------------------------
// A-OSAT-1, A-NÄYTTÖ-1, A-YTO-1, A-HANK-1

/** A-OSAT-1: KOSKI's default text. */
export const osatutkintotavoitteisenValmistuminen: Viesti = {
  fi: 'Osatutkintotavoitteisen tutkinnon valmiiksi merkitseminen edellyttää yhtä valmista ammatillisen tai yhteisen tutkinnon osaa',
  sv: 'För att en examen med delexamen som mål ska kunna markeras som slutförd krävs en slutförd yrkesinriktad eller gemensam examensdel',
  en: 'Marking a partial-qualification completion as completed requires one finished vocational or common qualification unit',
  hint: {
    fi: 'Lisää arvioitu ammatillisen tai yhteisen tutkinnon osan suoritus tai poista vahvistus. Jatko-opintovalmiuksia tukevat opinnot ja korkeakouluopinnot eivät riitä. (Opiskeluoikeus, johon toinen on linkitetty sisältyyOpiskeluoikeuteen-kentällä, on poikkeus, jota tämä kirjasto ei näe.)',
    sv: 'Lägg till en bedömd prestation av en yrkesinriktad eller gemensam examensdel eller ta bort bekräftelsen. Studier som stöder färdigheter för fortsatta studier och högskolestudier räcker inte. (En studierätt som en annan är länkad till med sisältyyOpiskeluoikeuteen är ett undantag som detta bibliotek inte ser.)',
    en: 'Add an assessed vocational or common qualification unit, or remove the confirmation. Studies supporting further-study skills and higher-education studies do not count. (A study right another one links to with sisältyyOpiskeluoikeuteen is an exception this library cannot see.)',
  },
  lainaukset: EI_LAINAUKSIA,
}

/** A-NÄYTTÖ-1: the osasuoritus named as KOSKI names it. */
export const näytönSuoritusaika = (nimi: string): Viesti => ({
  fi: `Osasuorituksen '${nimi}' näytön päättymispäivä on ennen alkamispäivää`,
  sv: `Yrkesprovet i delprestationen '${nimi}' slutar före sitt inledningsdatum`,
  en: `The demonstration of partial completion '${nimi}' ends before it starts`,
  hint: {
    fi: 'Korjaa näytön suoritusaika: loppu on sama tai myöhempi kuin alku.',
    sv: 'Rätta yrkesprovets suoritusaika: loppu ska vara samma som eller senare än alku.',
    en: "Correct the demonstration's suoritusaika: loppu must be on or after alku.",
  },
})

/** A-YTO-1: KOSKI prints the numbers as Scala doubles (`5.0`). */
export const ytoLaajuusEiVastaaOsaAlueita = (nimi: string, laajuus: string, summa: string): Viesti => ({
  fi: `Yhteisen tutkinnon osan '${nimi}' laajuus ${laajuus} ei vastaa osa-alueiden laajuuksien summaa ${summa}`,
  sv: `Omfattningen ${laajuus} av den gemensamma examensdelen '${nimi}' motsvarar inte summan ${summa} av delområdenas omfattningar`,
  en: `The scope ${laajuus} of the common qualification unit '${nimi}' does not match the sum ${summa} of its subject areas' scopes`,
  hint: {
    fi: `Korjaa yhteisen tutkinnon osan laajuudeksi ${summa} tai korjaa osa-alueiden laajuudet (puuttuva laajuus lasketaan nollaksi).`,
    sv: `Ange ${summa} som den gemensamma examensdelens omfattning eller rätta delområdenas omfattningar (en saknad omfattning räknas som noll).`,
    en: `Set the common unit's scope to ${summa} or correct its subject areas' scopes (a missing scope counts as zero).`,
  },
})

/** A-HANK-1: KOSKI's default text (it names oppisopimus, whatever the code). */
export const deprekoituOsaamisenHankkimistapa = (koodiarvo: string): Viesti => ({
  fi: 'Osaamisenhankkimistapaa oppisopimus ei voi tallentaa ilman y-tunnusta',
  sv: `Sättet att förvärva kunnande ${hankkimistapa('oppisopimus').sv} kan inte sparas utan FO-nummer`,
  en: `The way of acquiring competence ${hankkimistapa('oppisopimus').en} cannot be saved without a business ID`,
  hint: {
    fi: `Tapa ${hankkimistapa(koodiarvo).fi} lähetettiin ilman lisätietoja. Ilman lisätietoja sallitaan vain ${hankkimistapa('koulutussopimus').fi} ja ${hankkimistapa('oppilaitosmuotoinenkoulutus').fi}; oppisopimus lähetetään oppisopimus-tietoineen (työnantajan y-tunnus).`,
    sv: `Sättet ${hankkimistapa(koodiarvo).sv} skickades utan tilläggsuppgifter. Utan dem tillåts endast ${hankkimistapa('koulutussopimus').sv} och ${hankkimistapa('oppilaitosmuotoinenkoulutus').sv}; läroavtal skickas med sina oppisopimus-uppgifter (arbetsgivarens FO-nummer).`,
    en: `The way ${hankkimistapa(koodiarvo).en} was sent without details. Without them only ${hankkimistapa('koulutussopimus').en} and ${hankkimistapa('oppilaitosmuotoinenkoulutus').en} are allowed; an apprenticeship is sent with its oppisopimus details (the employer's business ID).`,
  },
})

// ---------------------------------------------------------------------------------------------------------------
// G-STAT-3 (ammatillinen tutkinto)

/** G-STAT-3 on an ammatillinen tutkinto: KOSKI's own text. */
export const tutkinnoltaPuuttuuOsasuorituksia = (s: string): Viesti => ({
  fi: `Suoritus ${s} on merkitty valmiiksi, mutta sillä ei ole ammatillisen tutkinnon osan suoritusta tai opiskeluoikeudelta puuttuu linkitys`,
  sv: `Prestationen ${s} är markerad som slutförd, men den har ingen prestation av en yrkesinriktad examensdel eller studierätten saknar länkning`,
  en: `Completion ${s} is marked as completed, but it has no completion of a vocational qualification unit or the study right has no link`,
  hint: {
    fi: 'Lähetä vahvistetun tutkinnon tutkinnon osat. Linkitys tarkoittaa toista opiskeluoikeutta, joka viittaa tähän kentällä sisältyyOpiskeluoikeuteen; sitä tämä kirjasto ei näe.',
    sv: 'Skicka examensdelarna för den bekräftade examen. Länkning betyder en annan studierätt som hänvisar till denna med fältet sisältyyOpiskeluoikeuteen; det kan detta bibliotek inte se.',
    en: 'Send the qualification units of the confirmed qualification. The link means another study right pointing to this one with sisältyyOpiskeluoikeuteen, which this library cannot see.',
  },
})

// ---------------------------------------------------------------------------------------------------------------
// A-KOR-1 (the korotus checks a document shows; the original study right is KOSKI's)

const KOROTUS_HINT: Message = {
  fi: 'Korotuksen suoritus on osittainen tutkinto, jolla on korotettuOpiskeluoikeusOid (alkuperäisen, valmistuneen opiskeluoikeuden oid); sen osasuorituksilla on korotettu (korotettu tai korotuksenyritys) tai tunnustettu.',
  sv: 'En prestation för höjning av vitsord är en partiell examen med korotettuOpiskeluoikeusOid (oid för den ursprungliga, avslutade studierätten); dess delprestationer har korotettu (höjd eller försök till höjning) eller tunnustettu.',
  en: 'A grade-improvement completion is a partial qualification with korotettuOpiskeluoikeusOid (the oid of the original, completed study right); its partial completions have korotettu (improved or an improvement attempt) or tunnustettu.',
}
/** The hint of the two texts that forbid a korotettuKeskiarvo. */
const POISTA_KOROTETTU_KESKIARVO: Message = { fi: 'Poista korotettuKeskiarvo.', sv: 'Ta bort korotettuKeskiarvo.', en: 'Remove korotettuKeskiarvo.' }
const korotusViesti = (fi: string, sv: string, en: string, mitä: Message): Viesti => ({
  fi,
  sv,
  en,
  hint: kielittäin((l) => `${mitä[l]} ${KOROTUS_HINT[l]}`),
})

export const korotusAlkaaLiianAikaisin = korotusViesti(
  'Ammatillisen korotuksen suorituksen opiskeluoikeus voi alkaa aikaisintaan 1.7.2023',
  `En studierätt för höjning av vitsord inom yrkesutbildning kan börja tidigast ${päiväys('2023-07-01', 'sv')}`,
  `A study right for a vocational grade improvement can start on ${päiväys('2023-07-01', 'en')} at the earliest`,
  { fi: 'Tarkista opiskeluoikeuden ensimmäisen jakson alku.', sv: 'Kontrollera starten för studierättens första period.', en: "Check the start of the study right's first period." },
)

export const korotuksenOsasuorituksetEiKorotuksia = korotusViesti(
  'Kaikkien korotuksen suorituksen osasuoritusten tulee olla korotuksen yrityksiä tai tunnustettuja',
  'Alla delprestationer i en prestation för höjning av vitsord ska vara försök till höjning eller tillgodoräknade',
  'Every partial completion of a grade-improvement completion must be an improvement attempt or recognised',
  { fi: 'Merkitse jokaiselle osasuoritukselle korotettu tai tunnustettu.', sv: 'Ange korotettu eller tunnustettu för varje delprestation.', en: 'Give every partial completion korotettu or tunnustettu.' },
)

export const korotuksenTutkinnonOsaTunnustettu = korotusViesti(
  'Muun tutkinnon osan tai yhteisen tutkinnon osan suoritus ei voi olla tunnustettu korotuksen opiskeluoikeudella',
  'En prestation av en annan examensdel eller en gemensam examensdel kan inte vara tillgodoräknad i en studierätt för höjning av vitsord',
  'A completion of another or a common qualification unit cannot be recognised in a grade-improvement study right',
  { fi: 'Poista tutkinnon osalta tunnustettu (osa-alueet voivat olla tunnustettuja).', sv: 'Ta bort tunnustettu från examensdelen (delområden får vara tillgodoräknade).', en: 'Remove tunnustettu from the qualification unit (its subject areas may be recognised).' },
)

export const korotettuKeskiarvoKunKaikkiEpäonnistuivat = korotusViesti(
  'Korotettua keskiarvoa ei voi siirtää jos kaikki korotuksen yritykset epäonnistuivat',
  'Ett höjt medelvärde kan inte överföras om alla försök till höjning misslyckades',
  'An improved average cannot be sent when every improvement attempt failed',
  POISTA_KOROTETTU_KESKIARVO,
)

export const korotettuKeskiarvoPuuttuu = korotusViesti(
  'Valmistuneella korotuksen suorituksella on oltava korotettu keskiarvo, kun sillä on onnistuneita korotuksia',
  'En avslutad prestation för höjning av vitsord ska ha ett höjt medelvärde när den har lyckade höjningar',
  'A completed grade-improvement completion must have an improved average when some improvements succeeded',
  { fi: 'Lisää korotettuKeskiarvo.', sv: 'Lägg till korotettuKeskiarvo.', en: 'Add korotettuKeskiarvo.' },
)

export const korotusEronneenaOsasuorituksia = korotusViesti(
  'Jos korotuksen suoritus on katsotaan eronneeksi -tilassa, ei suoritukselle voi siirtää osasuorituksia',
  `Om prestationen för höjning av vitsord har statusen ${KATSOTAAN_ERONNEEKSI.sv} kan inga delprestationer överföras för den`,
  `When the grade-improvement completion has the status ${KATSOTAAN_ERONNEEKSI.en}, no partial completions can be sent for it`,
  { fi: 'Poista osasuoritukset.', sv: 'Ta bort delprestationerna.', en: 'Remove the partial completions.' },
)

export const korotusEronneenaKeskiarvo = korotusViesti(
  'Jos korotuksen opiskeluoikeus on katsotaan eronneeksi -tilassa, ei suoritukselle voi siirtää korotettua keskiarvoa',
  `Om studierätten för höjning av vitsord har statusen ${KATSOTAAN_ERONNEEKSI.sv} kan inget höjt medelvärde överföras för prestationen`,
  `When the grade-improvement study right has the status ${KATSOTAAN_ERONNEEKSI.en}, no improved average can be sent`,
  POISTA_KOROTETTU_KESKIARVO,
)

/** KOSKI's default text of `korotettuKeskiarvo`. */
export const korotettuKeskiarvoIlmanKorotusta = korotusViesti(
  'Korotettua keskiarvoa ei voi syöttää suoritukselle joka ei ole korotus',
  'Ett höjt medelvärde kan inte anges för en prestation som inte är en höjning av vitsord',
  'An improved average cannot be given for a completion that is not a grade improvement',
  { fi: 'Poista korotettuKeskiarvo tai lisää korotettuOpiskeluoikeusOid, jos suoritus on korotus.', sv: 'Ta bort korotettuKeskiarvo eller lägg till korotettuOpiskeluoikeusOid om prestationen är en höjning.', en: 'Remove korotettuKeskiarvo, or add korotettuOpiskeluoikeusOid if the completion is a grade improvement.' },
)

/** KOSKI's default text of `eiKorotuksenSuoritus`. */
export const korotettuIlmanKorotusta = korotusViesti(
  'Korotettu-tietoja ei voi siirtää jos kyseessä ei ole korotuksen suoritus',
  'Uppgifter om höjning (korotettu) kan inte överföras om prestationen inte är en höjning av vitsord',
  'Improvement data (korotettu) cannot be sent when the completion is not a grade improvement',
  { fi: 'Poista osasuorituksilta korotettu tai lisää korotettuOpiskeluoikeusOid, jos suoritus on korotus.', sv: 'Ta bort korotettu från delprestationerna eller lägg till korotettuOpiskeluoikeusOid om prestationen är en höjning.', en: 'Remove korotettu from the partial completions, or add korotettuOpiskeluoikeusOid if the completion is a grade improvement.' },
)

/** A-POIS-1: a field KOSKI drops on input (ours). */
export const kenttäTiputetaan = (kenttä: string): Viesti =>
  tiputettu(kenttä, { fi: 'ammatillisen koulutuksen opiskeluoikeudella', sv: 'i en studierätt i yrkesutbildning', en: 'in a vocational education and training study right' })
