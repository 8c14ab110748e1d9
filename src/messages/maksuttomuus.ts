/**
 * Messages of the free-education rules MK-* (catalogue §3.10): KOSKI's Finnish text (typos included: "pidetäntää …
 * maksutontonta" is KOSKI's), with Swedish and English written for this library. Warnings (our own) name the
 * instruction they come from: seed 004, KOSKI-ohje "TUVA-opiskeluoikeuden lisätiedot", sections "Koulutuksen
 * maksuttomuus" and "Oikeutta maksuttomaan koulutukseen pidennetty".
 */
import type { Message } from '../finding'

/** An extension period the way KOSKI's `toString` writes it: `2021-12-13 – 2021-12-14`. */
export const pidennysTeksti = (p: { readonly alku: string; readonly loppu: string }): string => `${p.alku} – ${p.loppu}`

const OHJE_MAKSUTTOMUUS = {
  fi: '(KOSKI-ohje, TUVA-opiskeluoikeuden lisätiedot: Koulutuksen maksuttomuus)',
  sv: '(KOSKI-anvisningen om TUVA-studierättens tilläggsuppgifter: Koulutuksen maksuttomuus)',
  en: '(KOSKI instructions on TUVA lisätiedot: "Koulutuksen maksuttomuus")',
}

const OHJE_PIDENNYS = {
  fi: '(KOSKI-ohje, TUVA-opiskeluoikeuden lisätiedot: Oikeutta maksuttomaan koulutukseen pidennetty)',
  sv: '(KOSKI-anvisningen om TUVA-studierättens tilläggsuppgifter: Oikeutta maksuttomaan koulutukseen pidennetty)',
  en: '(KOSKI instructions on TUVA lisätiedot: "Oikeutta maksuttomaan koulutukseen pidennetty")',
}

// ---------------------------------------------------------------------------------------------------------------
// Errors (KOSKI's key badRequest.validation)

/** MK-JAKSO-1. `voimassaolo` is KOSKI's "<A> - <P or empty>". */
export const maksuttomuusjaksoVoimassaolonUlkopuolella = (alut: readonly string[], voimassaolo: string): Message => ({
  fi: `Opiskeluoikeudella on koulutuksen maksuttomuusjaksoja, jonka alkupäivä ${alut.join(', ')} ei ole opiskeluoikeuden voimassaolon (${voimassaolo}) sisällä`,
  sv: `Studierätten har perioder för avgiftsfri utbildning vars startdatum ${alut.join(', ')} inte ligger inom studierättens giltighetstid (${voimassaolo})`,
  en: `The study right has free-education periods whose start date ${alut.join(', ')} is not within the study right's validity (${voimassaolo})`,
})

/** MK-JAKSO-2. */
export const maksuttomuusjaksoillaSamaAlkupäivä = (alut: readonly string[]): Message => ({
  fi: `Opiskeluoikeudella on koulutuksen maksuttomuusjaksoja, joilla on sama alkupäivä ${alut.join(', ')}`,
  sv: `Studierätten har perioder för avgiftsfri utbildning med samma startdatum ${alut.join(', ')}`,
  en: `The study right has free-education periods with the same start date ${alut.join(', ')}`,
})

/** MK-PID-1. */
export const pidennysVoimassaolonUlkopuolella = (voimassaolo: string, jaksot: readonly string[]): Message => ({
  fi: `Opiskeluoikeudella on koulutuksen maksuttomuuden pidennykseen liittyvä jakso, jonka alku- ja/tai loppupäivä ei ole opiskeluoikeuden voimassaolon (${voimassaolo}) sisällä ${jaksot.join(', ')}`,
  sv: `Studierätten har en period för förlängd avgiftsfri utbildning vars start- och/eller slutdatum inte ligger inom studierättens giltighetstid (${voimassaolo}) ${jaksot.join(', ')}`,
  en: `The study right has an extension period of free education whose start and/or end date is not within the study right's validity (${voimassaolo}) ${jaksot.join(', ')}`,
})

/** MK-PID-2. */
export const pidennyksenLoppuEnnenAlkua = (jaksot: readonly { readonly alku: string; readonly loppu: string }[]): Message => ({
  fi: `Opiskeluoikeudella on koulutuksen maksuttomuuden pidennykseen liittyvä jakso, jonka loppupäivä on aikaisemmin kuin alkupäivä. ${jaksot.map((j) => `${j.alku} (alku) - ${j.loppu} (loppu)`).join(', ')}`,
  sv: `Studierätten har en period för förlängd avgiftsfri utbildning vars slutdatum är tidigare än startdatumet. ${jaksot.map((j) => `${j.alku} (början) - ${j.loppu} (slut)`).join(', ')}`,
  en: `The study right has an extension period of free education whose end date is before its start date. ${jaksot.map((j) => `${j.alku} (start) - ${j.loppu} (end)`).join(', ')}`,
})

/** MK-PID-3. `parit` as KOSKI writes a pair: `(a,b)`. */
export const pidennyksetPäällekkäisiä = (parit: readonly string[]): Message => ({
  fi: `Opiskeluoikeudella on koulutuksen maksuttomuuden pidennykseen liittyviä jaksoja, jotka ovat keskenään päällekkäisiä ${parit.join(', ')}`,
  sv: `Studierätten har perioder för förlängd avgiftsfri utbildning som överlappar varandra ${parit.join(', ')}`,
  en: `The study right has extension periods of free education that overlap each other ${parit.join(', ')}`,
})

/** MK-PID-4 (KOSKI's typos kept). */
export const pidennysMaksullisella: Message = {
  fi: 'Maksuttomuutta voidaan pidetäntää vain aikavälillä jolloin koulutus on maksutontonta',
  sv: 'Avgiftsfriheten kan förlängas endast under en tid då utbildningen är avgiftsfri',
  en: 'Free education can be extended only during a time when the education is free of charge',
}

/** MK-PID-5. Dates `d.M.yyyy`; periods joined with `–`, no spaces. */
export const pidennysLiianAikaisin = (jaksot: readonly string[], aikaisintaan: string): Message => ({
  fi: `Maksuttomuuden pidennyksen aikajakso (${jaksot.join(', ')}) voi alkaa aikaisintaan ${aikaisintaan}`,
  sv: `Perioden för förlängd avgiftsfri utbildning (${jaksot.join(', ')}) kan börja tidigast ${aikaisintaan}`,
  en: `The extension period of free education (${jaksot.join(', ')}) can start on ${aikaisintaan} at the earliest`,
})

/** The reasons of MK-REL-1, in KOSKI's order. */
export type EiRelevanttiSyy = 'perusopetusEnnen2021' | 'syntynytEnnen2004' | 'lukuvuosimaksu' | 'eiKelpaa' | 'liianVanha' | 'vapautettu' | 'hetuton'

export const eiRelevanttiSyyt: Readonly<Record<EiRelevanttiSyy, Message>> = {
  perusopetusEnnen2021: {
    fi: 'oppija on suorittanut oppivelvollisuutensa ennen 1.1.2021 eikä tästä syystä kuulu laajennetun oppivelvollisuuden piiriin',
    sv: 'den studerande har fullgjort sin läroplikt före 1.1.2021 och omfattas därför inte av den utvidgade läroplikten',
    en: 'the learner completed compulsory education before 1.1.2021 and is therefore not in scope of the extended compulsory education',
  },
  syntynytEnnen2004: {
    fi: 'oppija on syntynyt ennen vuotta 2004 eikä tästä syystä kuulu laajennetun oppivelvollisuuden piiriin',
    sv: 'den studerande är född före år 2004 och omfattas därför inte av den utvidgade läroplikten',
    en: 'the learner was born before 2004 and is therefore not in scope of the extended compulsory education',
  },
  lukuvuosimaksu: {
    fi: 'oppijalla on lukuvuosimaksurahoitteinen opiskeluoikeus eikä hän tästä syystä kuulu laajennetun oppivelvollisuuden piiriin',
    sv: 'den studerande har en studierätt finansierad med läsårsavgift och omfattas därför inte av den utvidgade läroplikten',
    en: 'the learner has a study right funded by a tuition fee and is therefore not in scope of the extended compulsory education',
  },
  eiKelpaa: {
    fi: 'koulutus ei siirrettyjen tietojen perusteella kelpaa oppivelvollisuuden suorittamiseen (tarkista, että koulutuskoodi, käytetyn opetussuunnitelman perusteen diaarinumero, suorituksen tyyppi ja/tai suoritustapa ovat oikein)',
    sv: 'utbildningen duger enligt de överförda uppgifterna inte för att fullgöra läroplikten (kontrollera att utbildningskoden, diarienumret för grunderna för läroplanen, prestationens typ och/eller sättet att avlägga är rätt)',
    en: 'according to the data sent, the education does not fulfil compulsory education (check the koulutus code, the diaarinumero of the curriculum, the suoritus tyyppi and/or suoritustapa)',
  },
  liianVanha: {
    fi: 'opiskeluoikeus on merkitty alkavaksi vuonna, jona oppija täyttää enemmän kuin 20 vuotta',
    sv: 'studierätten har angetts börja det år då den studerande fyller mer än 20 år',
    en: 'the study right is marked to start in a year in which the learner turns more than 20',
  },
  vapautettu: {
    fi: 'oppija on vapautettu oppivelvollisuudesta ja koulutusta yritettiin merkitä maksuttomaksi',
    sv: 'den studerande är befriad från läroplikten och utbildningen försökte markeras som avgiftsfri',
    en: 'the learner is exempted from compulsory education and the education was marked free of charge',
  },
  hetuton: {
    fi: 'oppijan tiedoista ei löydy henkilötunnusta',
    sv: 'den studerandes uppgifter saknar personbeteckning',
    en: 'the learner has no personal identity code',
  },
}

/** MK-REL-1: the reasons joined with " ja " as KOSKI does. */
export const eiRelevantti = (syyt: readonly EiRelevanttiSyy[]): Message => ({
  fi: `Tieto koulutuksen maksuttomuudesta ei ole relevantti tässä opiskeluoikeudessa, sillä ${syyt.map((s) => eiRelevanttiSyyt[s].fi).join(' ja ')}.`,
  sv: `Uppgiften om avgiftsfri utbildning är inte relevant för denna studierätt, eftersom ${syyt.map((s) => eiRelevanttiSyyt[s].sv).join(' och ')}.`,
  en: `Free-education data is not relevant for this study right, because ${syyt.map((s) => eiRelevanttiSyyt[s].en).join(' and ')}.`,
})

/** MK-REQ-1. */
export const maksuttomuusVaaditaan: Message = {
  fi: 'Tieto koulutuksen maksuttomuudesta/maksullisuudesta vaaditaan opiskeluoikeudelle.',
  sv: 'Uppgift om att utbildningen är avgiftsfri/avgiftsbelagd krävs för studierätten.',
  en: 'Free-education data (maksuttomuus) is required for the study right.',
}

// ---------------------------------------------------------------------------------------------------------------
// Warnings (our keys)

/** MK-JAKSO-3: KOSKI discards a sent `loppu` and computes its own. */
export const maksuttomuusjaksonLoppuKorvataan = (lähetetty: string, laskettu: string | undefined): Message => ({
  fi: `KOSKI päättelee maksuttomuusjakson loppupäivän itse (seuraavan jakson alkua edeltävä päivä, viimeisellä jaksolla ei loppupäivää): lähetetty ${lähetetty} korvataan ${laskettu === undefined ? 'tyhjällä' : `päivällä ${laskettu}`}`,
  sv: `KOSKI härleder själv slutdatumet för perioden för avgiftsfri utbildning (dagen före nästa periods början, den sista perioden har inget slutdatum): det skickade ${lähetetty} ersätts ${laskettu === undefined ? 'med inget slutdatum' : `med ${laskettu}`}`,
  en: `KOSKI computes the end of a free-education period itself (the day before the next period starts, none for the last one): the ${lähetetty} sent is replaced ${laskettu === undefined ? 'by no end date' : `by ${laskettu}`}`,
})

/** MK-PID-3: an overlap KOSKI's neighbour-only comparison misses (e.g. a period containing another). */
export const pidennyksetPäällekkäinHuomaamatta = (a: string, b: string): Message => ({
  fi: `Maksuttomuuden pidennysjaksot ${a} ja ${b} ovat päällekkäisiä. KOSKI vertaa vain peräkkäisiä jaksoja eikä huomaa tätä, mutta päällekkäiset pidennysjaksot eivät ole sallittuja.`,
  sv: `Perioderna för förlängd avgiftsfri utbildning ${a} och ${b} överlappar. KOSKI jämför endast på varandra följande perioder och märker inte detta, men överlappande perioder är inte tillåtna.`,
  en: `The extension periods of free education ${a} and ${b} overlap. KOSKI compares only neighbouring periods and does not notice this, but overlapping extension periods are not allowed.`,
})

/** What only KOSKI knows and would exempt the learner from MK-REQ-1, with the option that states it. */
export type VaatimuksenTuntematon = 'kotikuntaManneruomessaEnnen18' | 'vapautettuOppivelvollisuudesta' | 'perusopetusSuoritettuEnnen2021' | 'lukuvuosimaksullinenOpiskeluoikeus'

const vapauttavat: Readonly<Record<VaatimuksenTuntematon, Message>> = {
  kotikuntaManneruomessaEnnen18: {
    fi: 'oppijalla ei ollut kotikuntaa Manner-Suomessa ennen 18 vuoden ikää',
    sv: 'den studerande hade ingen hemkommun i Fastlandsfinland före 18 års ålder',
    en: 'the learner had no home municipality in mainland Finland before turning 18',
  },
  vapautettuOppivelvollisuudesta: {
    fi: 'oppija on vapautettu oppivelvollisuudesta',
    sv: 'den studerande är befriad från läroplikten',
    en: 'the learner is exempted from compulsory education',
  },
  perusopetusSuoritettuEnnen2021: {
    fi: 'oppija on suorittanut perusopetuksen oppimäärän ennen 1.1.2021',
    sv: 'den studerande har fullgjort den grundläggande utbildningens lärokurs före 1.1.2021',
    en: 'the learner completed basic education before 1.1.2021',
  },
  lukuvuosimaksullinenOpiskeluoikeus: {
    fi: 'oppijalla on lukuvuosimaksurahoitteinen opiskeluoikeus',
    sv: 'den studerande har en studierätt finansierad med läsårsavgift',
    en: 'the learner has a study right funded by a tuition fee',
  },
}

/** MK-REQ-1 when a fact only KOSKI knows is not given: KOSKI may require maksuttomuus. */
export const maksuttomuusSaatetaanVaatia = (tuntemattomat: readonly VaatimuksenTuntematon[]): Message => {
  const asetukset = tuntemattomat.map((t) => `maksuttomuus.${t}`).join(', ')
  return {
    fi: `Tieto koulutuksen maksuttomuudesta/maksullisuudesta puuttuu, ja KOSKI vaatii sen, paitsi jos ${tuntemattomat.map((t) => vapauttavat[t].fi).join(' tai ')}: oppija on syntynyt vuonna 2004 tai myöhemmin, opiskeluoikeus alkaa viimeistään sen vuoden lopussa, jona oppija täyttää 20 vuotta, ja koulutus kelpaa oppivelvollisuuden suorittamiseen. Lisätieto on pakollinen oppivelvollisuuslain 1214/2020 piiriin kuuluvalle oppijalle ${OHJE_MAKSUTTOMUUS.fi}. Kerro asetuksilla (${asetukset}), mitä tiedät.`,
    sv: `Uppgift om avgiftsfri/avgiftsbelagd utbildning saknas och KOSKI kräver den, om inte ${tuntemattomat.map((t) => vapauttavat[t].sv).join(' eller ')}: den studerande är född 2004 eller senare, studierätten börjar senast vid slutet av det år då den studerande fyller 20 och utbildningen duger för att fullgöra läroplikten. Tilläggsuppgiften är obligatorisk för studerande som omfattas av läropliktslagen 1214/2020 ${OHJE_MAKSUTTOMUUS.sv}. Ange det du vet med inställningarna (${asetukset}).`,
    en: `Free-education data (maksuttomuus) is missing, and KOSKI requires it unless ${tuntemattomat.map((t) => vapauttavat[t].en).join(' or ')}: the learner was born in 2004 or later, the study right starts by the end of the year the learner turns 20, and the education fulfils compulsory education. The field is mandatory for learners in scope of the compulsory education act 1214/2020 ${OHJE_MAKSUTTOMUUS.en}. State what you know with the options (${asetukset}).`,
  }
}

/** MK-OHJE-1: the maksuttomuus list must start on the study right's first day. */
export const maksuttomuusEiAlaOpiskeluoikeudenAlusta = (ensimmäinen: string, alkamispäivä: string): Message => ({
  fi: `Koulutuksen maksuttomuus -lisätieto pitää olla merkittynä heti opiskeluoikeuden aloittavasta tilasta alkaen: ensimmäinen maksuttomuusjakso alkaa ${ensimmäinen}, opiskeluoikeus ${alkamispäivä} ${OHJE_MAKSUTTOMUUS.fi}`,
  sv: `Tilläggsuppgiften om avgiftsfri utbildning ska anges från och med den status som inleder studierätten: den första perioden börjar ${ensimmäinen}, studierätten ${alkamispäivä} ${OHJE_MAKSUTTOMUUS.sv}`,
  en: `Free-education data must be given from the study right's first state on: the first maksuttomuus period starts on ${ensimmäinen}, the study right on ${alkamispäivä} ${OHJE_MAKSUTTOMUUS.en}`,
})

/** MK-OHJE-2: an extension before the law entered into force, inside the free period by age. */
export const pidennysEnnenLainVoimaantuloa = (jakso: string, voimassaAsti: string): Message => ({
  fi: `Maksuttomuuden pidennys ${jakso} alkaa ennen kuin oikeus maksuttomaan koulutukseen iän perusteella päättyy (${voimassaAsti}) ja ennen oppivelvollisuuslain voimaantuloa 1.8.2021. Pidennys myönnetään ajalle, jolloin oikeus maksuttomaan koulutukseen olisi muuten päättynyt; ennen 1.8.2022 tallennetut pidennykset jäävät voimaan vain, jos ne on myönnetty aikavälillä 1.8.2021–31.7.2022 ${OHJE_PIDENNYS.fi}`,
  sv: `Förlängningen av avgiftsfri utbildning ${jakso} börjar innan rätten till avgiftsfri utbildning upphör på grund av ålder (${voimassaAsti}) och innan läropliktslagen trädde i kraft 1.8.2021. En förlängning beviljas för tiden efter att rätten annars skulle ha upphört; förlängningar som sparats före 1.8.2022 förblir i kraft endast om de beviljats 1.8.2021–31.7.2022 ${OHJE_PIDENNYS.sv}`,
  en: `The extension of free education ${jakso} starts before the right to free education ends by age (${voimassaAsti}) and before the compulsory education act entered into force on 1.8.2021. An extension is granted for the time after the right would otherwise have ended; extensions recorded before 1.8.2022 stay valid only if granted between 1.8.2021 and 31.7.2022 ${OHJE_PIDENNYS.en}`,
})
