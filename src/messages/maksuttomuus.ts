/**
 * Messages of the free-education rules MK-* (catalogue §3.10). Errors: KOSKI's Finnish text word for word (typos
 * included: "pidetäntää … maksutontonta" is KOSKI's; dates ISO where KOSKI prints them so), with Swedish and English
 * translations in their languages' date forms. Warnings (our own) cite the instruction they come from: seed 004,
 * "1.2 Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuksien lisätiedot", sections "Koulutuksen
 * maksuttomuus" and "Oikeutta maksuttomaan koulutukseen pidennetty". Every message carries a hint.
 */
import type { Lang, Message, Viesti } from '../finding'
import { EI_LAINAUKSIA } from '../finding'
import type { LainaavaViesti } from '../yksityisyys'
import { kielittäin, koodi, OHJEET, ohjeViite, päiväys, päivätTekstissä } from './muoto'

/** An extension period the way KOSKI's `toString` writes it: `2021-12-13 – 2021-12-14`. */
export const pidennysTeksti = (p: { readonly alku: string; readonly loppu: string }): string => `${p.alku} – ${p.loppu}`

const OHJE_MAKSUTTOMUUS = ohjeViite(OHJEET.tuvaLisätiedot, 'Koulutuksen maksuttomuus')
const OHJE_PIDENNYS = ohjeViite(OHJEET.tuvaLisätiedot, 'Oikeutta maksuttomaan koulutukseen pidennetty')

/** A list of dates or periods built by the rules, in the language's date form. */
const lista = (xs: readonly string[], lang: Lang): string => xs.map((x) => päivätTekstissä(x, lang)).join(', ')

// ---------------------------------------------------------------------------------------------------------------
// Errors (KOSKI's key badRequest.validation)

/** MK-JAKSO-1. `voimassaolo` is KOSKI's "<A> - <P or empty>". */
export const maksuttomuusjaksoVoimassaolonUlkopuolella = (alut: readonly string[], voimassaolo: string): Viesti => ({
  fi: `Opiskeluoikeudella on koulutuksen maksuttomuusjaksoja, jonka alkupäivä ${alut.join(', ')} ei ole opiskeluoikeuden voimassaolon (${voimassaolo}) sisällä`,
  sv: `Studierätten har perioder av avgiftsfri utbildning vars startdag ${lista(alut, 'sv')} inte ligger inom studierättens giltighetstid (${päivätTekstissä(voimassaolo, 'sv')})`,
  en: `The study right has free-education periods whose start ${lista(alut, 'en')} is not within the study right's period of validity (${päivätTekstissä(voimassaolo, 'en')})`,
  hint: {
    fi: 'Jokaisen maksuttomuusjakson on alettava opiskeluoikeuden alkamispäivänä tai sen jälkeen ja viimeistään sen päättymispäivänä: korjaa jakson alku tai poista jakso.',
    sv: 'Varje period av avgiftsfri utbildning ska börja på eller efter studierättens inledningsdatum och senast på dess avslutningsdatum: rätta periodens start eller ta bort perioden.',
    en: "Every free-education period must start on or after the study right's start date and no later than its end date: correct the period's start or remove the period.",
  },
})

/** MK-JAKSO-2. */
export const maksuttomuusjaksoillaSamaAlkupäivä = (alut: readonly string[]): Viesti => ({
  fi: `Opiskeluoikeudella on koulutuksen maksuttomuusjaksoja, joilla on sama alkupäivä ${alut.join(', ')}`,
  sv: `Studierätten har perioder av avgiftsfri utbildning med samma startdag ${lista(alut, 'sv')}`,
  en: `The study right has free-education periods with the same start ${lista(alut, 'en')}`,
  hint: {
    fi: 'Jätä kullekin alkupäivälle yksi maksuttomuusjakso; muutos maksuttomuudessa merkitään uutena jaksona uudesta alkupäivästä.',
    sv: 'Behåll en period av avgiftsfri utbildning per startdag; en ändring anges som en ny period från en ny startdag.',
    en: 'Keep one free-education period per start date; a change is recorded as a new period from a new start date.',
  },
})

/** MK-PID-1: KOSKI's text says "start and/or end"; KOSKI checks only the start (catalogue §3.10). */
export const pidennysVoimassaolonUlkopuolella = (voimassaolo: string, jaksot: readonly string[]): Viesti => ({
  fi: `Opiskeluoikeudella on koulutuksen maksuttomuuden pidennykseen liittyvä jakso, jonka alku- ja/tai loppupäivä ei ole opiskeluoikeuden voimassaolon (${voimassaolo}) sisällä ${jaksot.join(', ')}`,
  sv: `Studierätten har en period av förlängning av avgiftsfri utbildning vars start- och/eller slutdag inte ligger inom studierättens giltighetstid (${päivätTekstissä(voimassaolo, 'sv')}) ${lista(jaksot, 'sv')}`,
  en: `The study right has a period of extension of free education whose start and/or end is not within the study right's period of validity (${päivätTekstissä(voimassaolo, 'en')}) ${lista(jaksot, 'en')}`,
  hint: {
    fi: 'KOSKI tarkistaa vain pidennysjakson alkupäivän: sen on oltava opiskeluoikeuden voimassaolon sisällä. Loppupäivä saa olla päättymispäivän jälkeen. Korjaa jakson alku.',
    sv: 'KOSKI kontrollerar endast förlängningsperiodens startdag: den ska ligga inom studierättens giltighetstid. Slutdagen får infalla efter avslutningsdatumet. Rätta periodens start.',
    en: "KOSKI checks only the extension period's start: it must lie within the study right's period of validity. The end may be after the end date. Correct the period's start.",
  },
})

/** MK-PID-2. */
export const pidennyksenLoppuEnnenAlkua = (jaksot: readonly { readonly alku: string; readonly loppu: string }[]): Viesti => ({
  fi: `Opiskeluoikeudella on koulutuksen maksuttomuuden pidennykseen liittyvä jakso, jonka loppupäivä on aikaisemmin kuin alkupäivä. ${jaksot.map((j) => `${j.alku} (alku) - ${j.loppu} (loppu)`).join(', ')}`,
  sv: `Studierätten har en period av förlängning av avgiftsfri utbildning vars slutdag är tidigare än startdagen. ${jaksot.map((j) => `${päiväys(j.alku, 'sv')} (start) - ${päiväys(j.loppu, 'sv')} (slut)`).join(', ')}`,
  en: `The study right has a period of extension of free education whose end is earlier than its start. ${jaksot.map((j) => `${päiväys(j.alku, 'en')} (start) - ${päiväys(j.loppu, 'en')} (end)`).join(', ')}`,
  hint: {
    fi: 'Korjaa pidennysjakson alku ja loppu (sama päivä on sallittu); ne ovat ehkä vaihtaneet paikkaa.',
    sv: 'Rätta förlängningsperiodens start och slut (samma dag är tillåten); de har kanske bytt plats.',
    en: "Correct the extension period's start and end (the same day is allowed); they may have been swapped.",
  },
})

/** MK-PID-3. `parit` as KOSKI writes a pair: `(a,b)`. */
export const pidennyksetPäällekkäisiä = (parit: readonly string[]): Viesti => ({
  fi: `Opiskeluoikeudella on koulutuksen maksuttomuuden pidennykseen liittyviä jaksoja, jotka ovat keskenään päällekkäisiä ${parit.join(', ')}`,
  sv: `Studierätten har perioder av förlängning av avgiftsfri utbildning som överlappar varandra ${lista(parit, 'sv')}`,
  en: `The study right has periods of extension of free education that overlap each other ${lista(parit, 'en')}`,
  hint: {
    fi: 'Yhdistä päällekkäiset pidennysjaksot tai korjaa niiden päivät; jakso, joka päättyy samana päivänä kuin seuraava alkaa, on KOSKIlle päällekkäinen.',
    sv: 'Slå ihop de överlappande förlängningsperioderna eller rätta deras datum; en period som slutar samma dag som nästa börjar överlappar för KOSKI.',
    en: 'Merge the overlapping extension periods or correct their dates; a period ending on the day the next one starts overlaps for KOSKI.',
  },
})

/** MK-PID-4 (KOSKI's typos kept). */
export const pidennysMaksullisella: Viesti = {
  fi: 'Maksuttomuutta voidaan pidetäntää vain aikavälillä jolloin koulutus on maksutontonta',
  sv: 'Avgiftsfriheten kan förlängas endast under en tid då utbildningen är avgiftsfri',
  en: 'Free education can be extended only during a time when the education is free of charge',
  hint: {
    fi: 'Jokaisen pidennysjakson on mahduttava kokonaan yhden maksuttomuusjakson sisään, jolla maksuton: true. Lisää tai korjaa maksuttomuusjaksot tai lyhennä pidennystä.',
    sv: 'Varje förlängningsperiod ska rymmas helt inom en enda period av avgiftsfri utbildning med maksuton: true. Lägg till eller rätta perioderna av avgiftsfri utbildning, eller förkorta förlängningen.',
    en: 'Every extension period must lie entirely within one free-education period with maksuton: true. Add or correct the free-education periods, or shorten the extension.',
  },
  lainaukset: EI_LAINAUKSIA,
}

/** MK-PID-5. Dates `d.M.yyyy`; periods joined with `–`, no spaces. KOSKI's text omits that extensions starting before 1.8.2022 pass: the hint says it. */
export const pidennysLiianAikaisin = (jaksot: readonly string[], aikaisintaan: string): Viesti => ({
  fi: `Maksuttomuuden pidennyksen aikajakso (${jaksot.join(', ')}) voi alkaa aikaisintaan ${aikaisintaan}`,
  sv: `Perioden för förlängning av avgiftsfri utbildning (${lista(jaksot, 'sv')}) kan börja tidigast ${päiväys(aikaisintaan, 'sv')}`,
  en: `The extension period of free education (${lista(jaksot, 'en')}) can start on ${päiväys(aikaisintaan, 'en')} at the earliest`,
  hint: kielittäin(
    (l) =>
      ({
        fi: `Oikeutta maksuttomaan koulutukseen pidennetään sen päättymisen jälkeen: aloita pidennys aikaisintaan ${päiväys(aikaisintaan, 'fi')}, sen vuoden jälkeen, jona oppija täyttää 20 ${OHJE_PIDENNYS.fi}. KOSKI tarkistaa tämän vain 1.8.2022 tai myöhemmin alkavilta pidennyksiltä; sitä ennen alkaneet se hyväksyy.`,
        sv: `Rätten till avgiftsfri utbildning förlängs efter att den upphört: börja förlängningen tidigast ${päiväys(aikaisintaan, 'sv')}, efter året då den studerande fyller 20 ${OHJE_PIDENNYS.sv}. KOSKI kontrollerar detta endast för förlängningar som börjar 1.8.2022 eller senare; tidigare godtar den.`,
        en: `The right to free education is extended after it ends: start the extension on ${päiväys(aikaisintaan, 'en')} at the earliest, after the year the learner turns 20 ${OHJE_PIDENNYS.en}. KOSKI checks this only for extensions starting on 2022-08-01 or later; it accepts earlier ones.`,
      })[l],
  ),
})

/** The reasons of MK-REL-1, in KOSKI's order. */
export type EiRelevanttiSyy = 'perusopetusEnnen2021' | 'syntynytEnnen2004' | 'lukuvuosimaksu' | 'eiKelpaa' | 'liianVanha' | 'vapautettu' | 'hetuton'

export const eiRelevanttiSyyt: Readonly<Record<EiRelevanttiSyy, Viesti>> = {
  perusopetusEnnen2021: {
    fi: 'oppija on suorittanut oppivelvollisuutensa ennen 1.1.2021 eikä tästä syystä kuulu laajennetun oppivelvollisuuden piiriin',
    sv: 'den studerande har fullgjort sin läroplikt före 1.1.2021 och omfattas därför inte av den utvidgade läroplikten',
    en: 'the learner completed compulsory education before 2021-01-01 and is therefore not within the scope of extended compulsory education',
    hint: {
      fi: 'Jätä maksuttomuustiedot pois: oppija, joka sai perusopetuksen päättötodistuksen ennen 1.1.2021, ei kuulu laajennetun oppivelvollisuuden piiriin.',
      sv: 'Utelämna uppgifterna om avgiftsfri utbildning: en studerande som fick avgångsbetyg från den grundläggande utbildningen före 1.1.2021 omfattas inte av den utvidgade läroplikten.',
      en: 'Leave the free-education data out: a learner who finished basic education before 2021-01-01 is not within the scope of extended compulsory education.',
    },
  },
  syntynytEnnen2004: {
    fi: 'oppija on syntynyt ennen vuotta 2004 eikä tästä syystä kuulu laajennetun oppivelvollisuuden piiriin',
    sv: 'den studerande är född före år 2004 och omfattas därför inte av den utvidgade läroplikten',
    en: 'the learner was born before 2004 and is therefore not within the scope of extended compulsory education',
    hint: {
      fi: 'Jätä maksuttomuustiedot pois ennen vuotta 2004 syntyneeltä oppijalta, tai tarkista syntymäaika (hetu tai asetus birthDate).',
      sv: 'Utelämna uppgifterna om avgiftsfri utbildning för en studerande född före 2004, eller kontrollera födelsedatumet (hetu eller inställningen birthDate).',
      en: 'Leave the free-education data out for a learner born before 2004, or check the birth date (hetu or the option birthDate).',
    },
  },
  lukuvuosimaksu: {
    fi: 'oppijalla on lukuvuosimaksurahoitteinen opiskeluoikeus eikä hän tästä syystä kuulu laajennetun oppivelvollisuuden piiriin',
    sv: 'den studerande har en studierätt finansierad med läsårsavgift och omfattas därför inte av den utvidgade läroplikten',
    en: 'the learner has a study right funded by a tuition fee and is therefore not within the scope of extended compulsory education',
    hint: {
      fi: `Jätä maksuttomuustiedot pois, tai jos rahoitus ei ole ${koodi('opintojenrahoitus', '16').fi}, korjaa opintojenRahoitus.`,
      sv: `Utelämna uppgifterna om avgiftsfri utbildning, eller rätta opintojenRahoitus om studierätten inte finansieras med läsårsavgift (${koodi('opintojenrahoitus', '16').sv}).`,
      en: `Leave the free-education data out, or correct opintojenRahoitus if the study right is not funded by a tuition fee (${koodi('opintojenrahoitus', '16').en}).`,
    },
  },
  eiKelpaa: {
    fi: 'koulutus ei siirrettyjen tietojen perusteella kelpaa oppivelvollisuuden suorittamiseen (tarkista, että koulutuskoodi, käytetyn opetussuunnitelman perusteen diaarinumero, suorituksen tyyppi ja/tai suoritustapa ovat oikein)',
    sv: 'utbildningen kan enligt de överförda uppgifterna inte användas för att fullgöra läroplikten (kontrollera att utbildningskoden, diarienumret för grunderna för den använda läroplanen, prestationens typ och/eller sättet att avlägga den är rätt)',
    en: 'according to the data sent, the education does not qualify for completing compulsory education (check that the education code, the reference number of the curriculum used, the completion type and/or the way of completing are correct)',
    hint: {
      fi: 'Jätä maksuttomuustiedot pois koulutukselta, joka ei ole oppivelvollisuuskoulutusta, tai korjaa päätason suorituksen koulutusmoduuli ja tyyppi.',
      sv: 'Utelämna uppgifterna om avgiftsfri utbildning för en utbildning som inte fullgör läroplikten, eller rätta prestationens utbildningsmodul och typ på huvudnivå.',
      en: "Leave the free-education data out for education that does not fulfil compulsory education, or correct the main completion's koulutusmoduuli and tyyppi.",
    },
  },
  liianVanha: {
    fi: 'opiskeluoikeus on merkitty alkavaksi vuonna, jona oppija täyttää enemmän kuin 20 vuotta',
    sv: 'studierätten har angetts börja det år då den studerande fyller mer än 20 år',
    en: 'the study right is marked to start in a year in which the learner turns more than 20',
    hint: {
      fi: 'Oikeus maksuttomaan koulutukseen päättyy sen vuoden lopussa, jona oppija täyttää 20: jätä maksuttomuustiedot pois myöhemmin alkavalta opiskeluoikeudelta.',
      sv: 'Rätten till avgiftsfri utbildning upphör vid slutet av det år då den studerande fyller 20: utelämna uppgifterna om avgiftsfri utbildning för en studierätt som börjar senare.',
      en: 'The right to free education ends at the end of the year the learner turns 20: leave the free-education data out for a study right starting later.',
    },
  },
  vapautettu: {
    fi: 'oppija on vapautettu oppivelvollisuudesta ja koulutusta yritettiin merkitä maksuttomaksi',
    sv: 'den studerande är befriad från läroplikten och utbildningen har angetts som avgiftsfri',
    en: 'the learner is exempted from compulsory education and the education was marked as free of charge',
    hint: {
      fi: 'Merkitse maksuttomuusjaksot maksuton: false tai jätä ne pois (asetus maksuttomuus.vapautettuOppivelvollisuudesta kertoo vapautuksesta).',
      sv: 'Ange perioderna av avgiftsfri utbildning med maksuton: false eller utelämna dem (inställningen maksuttomuus.vapautettuOppivelvollisuudesta anger befrielsen).',
      en: 'Set the free-education periods to maksuton: false or leave them out (the option maksuttomuus.vapautettuOppivelvollisuudesta states the exemption).',
    },
  },
  hetuton: {
    fi: 'oppijan tiedoista ei löydy henkilötunnusta',
    sv: 'den studerandes uppgifter saknar personbeteckning',
    en: "the learner's data has no personal identity code",
    hint: {
      fi: 'Jätä maksuttomuustiedot pois oppijalta, jolla ei ole henkilötunnusta.',
      sv: 'Utelämna uppgifterna om avgiftsfri utbildning för en studerande utan personbeteckning.',
      en: 'Leave the free-education data out for a learner without a personal identity code.',
    },
  },
}

/** MK-REL-1: the reasons joined with " ja " as KOSKI does; the hints of the reasons, one after another. */
export const eiRelevantti = (syyt: readonly EiRelevanttiSyy[]): Viesti => ({
  fi: `Tieto koulutuksen maksuttomuudesta ei ole relevantti tässä opiskeluoikeudessa, sillä ${syyt.map((s) => eiRelevanttiSyyt[s].fi).join(' ja ')}.`,
  sv: `Uppgiften om avgiftsfri utbildning är inte relevant för denna studierätt, eftersom ${syyt.map((s) => eiRelevanttiSyyt[s].sv).join(' och ')}.`,
  en: `Free-education data is not relevant for this study right, because ${syyt.map((s) => eiRelevanttiSyyt[s].en).join(' and ')}.`,
  hint: kielittäin((l) => syyt.map((s) => eiRelevanttiSyyt[s].hint![l]).join(' ')),
})

/** MK-REQ-1. */
export const maksuttomuusVaaditaan: Viesti = {
  fi: 'Tieto koulutuksen maksuttomuudesta/maksullisuudesta vaaditaan opiskeluoikeudelle.',
  sv: 'Uppgift om att utbildningen är avgiftsfri/avgiftsbelagd krävs för studierätten.',
  en: 'Data on whether the education is free or charged is required for the study right.',
  hint: {
    fi: `Lisää lisätietoihin maksuttomuus: [{ alku, maksuton }] opiskeluoikeuden alkamispäivästä alkaen ${OHJE_MAKSUTTOMUUS.fi}.`,
    sv: `Lägg till maksuttomuus: [{ alku, maksuton }] i tilläggsuppgifterna från och med studierättens inledningsdatum ${OHJE_MAKSUTTOMUUS.sv}.`,
    en: `Add maksuttomuus: [{ alku, maksuton }] to the additional information from the study right's start date on ${OHJE_MAKSUTTOMUUS.en}.`,
  },
  lainaukset: EI_LAINAUKSIA,
}

// ---------------------------------------------------------------------------------------------------------------
// Warnings (our keys)

/** MK-JAKSO-3: KOSKI discards a sent `loppu` and computes its own. */
export const maksuttomuusjaksonLoppuKorvataan = (lähetetty: string, laskettu: string | undefined): Viesti => ({
  fi: `KOSKI päättelee maksuttomuusjakson loppupäivän itse (seuraavan jakson alkua edeltävä päivä, viimeisellä jaksolla ei loppupäivää): lähetetty ${päiväys(lähetetty, 'fi')} korvataan ${laskettu === undefined ? 'tyhjällä' : `päivällä ${päiväys(laskettu, 'fi')}`}`,
  sv: `KOSKI härleder själv slutdagen för en period av avgiftsfri utbildning (dagen före nästa periods start; den sista perioden har ingen slutdag): den skickade slutdagen ${päiväys(lähetetty, 'sv')} ${laskettu === undefined ? 'stryks' : `ersätts med ${päiväys(laskettu, 'sv')}`}`,
  en: `KOSKI computes the end of a free-education period itself (the day before the next period starts; the last period has no end): the end sent, ${päiväys(lähetetty, 'en')}, is ${laskettu === undefined ? 'dropped' : `replaced by ${päiväys(laskettu, 'en')}`}`,
  hint: {
    fi: 'Jätä maksuttomuusjaksojen loppu pois; merkitse muutos uutena jaksona.',
    sv: 'Utelämna slutet (loppu) för perioderna av avgiftsfri utbildning; ange en ändring som en ny period.',
    en: 'Leave the end (loppu) of the free-education periods out; record a change as a new period.',
  },
})

/** MK-PID-3: an overlap KOSKI's neighbour-only comparison misses (e.g. a period containing another). */
export const pidennyksetPäällekkäinHuomaamatta = (a: string, b: string): Viesti => ({
  fi: `Maksuttomuuden pidennysjaksot ${päivätTekstissä(a, 'fi')} ja ${päivätTekstissä(b, 'fi')} ovat päällekkäisiä. KOSKI vertaa vain peräkkäisiä jaksoja eikä huomaa tätä, mutta päällekkäiset pidennysjaksot eivät ole sallittuja.`,
  sv: `Perioderna för förlängning av avgiftsfri utbildning ${päivätTekstissä(a, 'sv')} och ${päivätTekstissä(b, 'sv')} överlappar. KOSKI jämför endast på varandra följande perioder och märker inte detta, men överlappande förlängningsperioder är inte tillåtna.`,
  en: `The extension periods of free education ${päivätTekstissä(a, 'en')} and ${päivätTekstissä(b, 'en')} overlap. KOSKI compares only neighbouring periods and does not notice this, but overlapping extension periods are not allowed.`,
  hint: {
    fi: 'Yhdistä pidennysjaksot tai korjaa niiden päivät niin, etteivät ne ole päällekkäisiä.',
    sv: 'Slå ihop förlängningsperioderna eller rätta deras datum så att de inte överlappar.',
    en: 'Merge the extension periods or correct their dates so that they do not overlap.',
  },
})

/** What only KOSKI knows and would exempt the learner from MK-REQ-1, with the option that states it. */
export type VaatimuksenTuntematon = 'kotikuntaManneruomessaEnnen18' | 'vapautettuOppivelvollisuudesta' | 'perusopetusSuoritettuEnnen2021' | 'lukuvuosimaksullinenOpiskeluoikeus'

/** The facts of {@link VaatimuksenTuntematon}, named shortly (the hint gives their options). */
const vapauttavat: Readonly<Record<VaatimuksenTuntematon, Message>> = {
  kotikuntaManneruomessaEnnen18: {
    fi: 'kotikunta Manner-Suomessa ennen 18 vuoden ikää',
    sv: 'hemkommun i Fastlandsfinland före 18 års ålder',
    en: 'home municipality in mainland Finland before 18',
  },
  vapautettuOppivelvollisuudesta: { fi: 'vapautus oppivelvollisuudesta', sv: 'befrielse från läroplikten', en: 'exemption from compulsory education' },
  perusopetusSuoritettuEnnen2021: { fi: 'perusopetus suoritettu ennen 2021', sv: 'grundläggande utbildning slutförd före 2021', en: 'basic education completed before 2021' },
  lukuvuosimaksullinenOpiskeluoikeus: { fi: 'lukuvuosimaksu', sv: 'läsårsavgift', en: 'tuition fee' },
}

/**
 * MK-REQ-1 when a fact only KOSKI knows is not given: KOSKI may require maksuttomuus. Short: what is missing and the
 * unknown facts by name; the hint gives the options and the CLI flag that state them.
 */
export const maksuttomuusSaatetaanVaatia = (tuntemattomat: readonly VaatimuksenTuntematon[]): Viesti => {
  const asetukset = tuntemattomat.map((t) => `maksuttomuus.${t}`).join(', ')
  const lippu = `--fact ${tuntemattomat[0] ?? 'kotikuntaManneruomessaEnnen18'}=true`
  const tiedot = (l: Lang): string => tuntemattomat.map((t) => vapauttavat[t][l]).join(', ')
  return {
    fi: `Tieto koulutuksen maksuttomuudesta/maksullisuudesta puuttuu. KOSKI vaatii sen, ellei oppijaa vapauta jokin tieto, jonka vain KOSKI tietää: ${tiedot('fi')} ${OHJE_MAKSUTTOMUUS.fi}.`,
    sv: `Uppgift om avgiftsfri/avgiftsbelagd utbildning saknas. KOSKI kräver den, om inte den studerande undantas av en uppgift som bara KOSKI har: ${tiedot('sv')} ${OHJE_MAKSUTTOMUUS.sv}.`,
    en: `Free-education data is missing. KOSKI requires it unless something only KOSKI knows exempts the learner: ${tiedot('en')} ${OHJE_MAKSUTTOMUUS.en}.`,
    hint: {
      fi: `Lisää lisätietoihin maksuttomuus: [{ alku, maksuton }] opiskeluoikeuden alkamispäivästä alkaen, tai kerro mitä tiedät asetuksilla ${asetukset} (komentorivillä --fact NIMI=true|false, esim. ${lippu}).`,
      sv: `Lägg till maksuttomuus: [{ alku, maksuton }] i tilläggsuppgifterna från och med studierättens inledningsdatum, eller ange det du vet med inställningarna ${asetukset} (på kommandoraden --fact NAMN=true|false, t.ex. ${lippu}).`,
      en: `Add maksuttomuus: [{ alku, maksuton }] to the additional information from the study right's start date on, or state what you know with the options ${asetukset} (on the command line --fact NAME=true|false, e.g. ${lippu}).`,
    },
  }
}

/** MK-OHJE-1: the maksuttomuus list must start on the study right's first day. */
export const maksuttomuusEiAlaOpiskeluoikeudenAlusta = (ensimmäinen: string, alkamispäivä: string): Viesti => ({
  fi: `Koulutuksen maksuttomuus -lisätiedon pitää olla merkittynä heti opiskeluoikeuden aloittavasta tilasta alkaen: ensimmäinen maksuttomuusjakso alkaa ${päiväys(ensimmäinen, 'fi')}, opiskeluoikeus ${päiväys(alkamispäivä, 'fi')} ${OHJE_MAKSUTTOMUUS.fi}`,
  sv: `Tilläggsuppgiften om avgiftsfri utbildning ska anges från och med den status som inleder studierätten: den första perioden börjar ${päiväys(ensimmäinen, 'sv')}, studierätten ${päiväys(alkamispäivä, 'sv')} ${OHJE_MAKSUTTOMUUS.sv}`,
  en: `Free-education data must be given from the study right's first status on: the first free-education period starts on ${päiväys(ensimmäinen, 'en')}, the study right on ${päiväys(alkamispäivä, 'en')} ${OHJE_MAKSUTTOMUUS.en}`,
  hint: {
    fi: `Aloita ensimmäinen maksuttomuusjakso opiskeluoikeuden alkamispäivänä ${päiväys(alkamispäivä, 'fi')}.`,
    sv: `Låt den första perioden av avgiftsfri utbildning börja på studierättens inledningsdatum ${päiväys(alkamispäivä, 'sv')}.`,
    en: `Start the first free-education period on the study right's start date, ${päiväys(alkamispäivä, 'en')}.`,
  },
})

/** MK-OHJE-2: an extension before the law entered into force, inside the free period by age. */
export const pidennysEnnenLainVoimaantuloa = (jakso: string, voimassaAsti: string): Viesti => ({
  fi: `Maksuttomuuden pidennys ${päivätTekstissä(jakso, 'fi')} alkaa ennen kuin oikeus maksuttomaan koulutukseen iän perusteella päättyy (${päiväys(voimassaAsti, 'fi')}) ja ennen oppivelvollisuuslain voimaantuloa 1.8.2021. Pidennys myönnetään ajalle, jolloin oikeus maksuttomaan koulutukseen olisi muuten päättynyt; ennen 1.8.2022 tallennetut pidennykset jäävät voimaan vain, jos ne on myönnetty aikavälillä 1.8.2021–31.7.2022 ${OHJE_PIDENNYS.fi}`,
  sv: `Förlängningen av avgiftsfri utbildning ${päivätTekstissä(jakso, 'sv')} börjar innan rätten till avgiftsfri utbildning upphör på grund av ålder (${päiväys(voimassaAsti, 'sv')}) och innan läropliktslagen trädde i kraft 1.8.2021. En förlängning beviljas för tiden efter att rätten annars skulle ha upphört; förlängningar som sparats före 1.8.2022 förblir i kraft endast om de beviljats 1.8.2021–31.7.2022 ${OHJE_PIDENNYS.sv}`,
  en: `The extension of free education ${päivätTekstissä(jakso, 'en')} starts before the right to free education ends by age (${päiväys(voimassaAsti, 'en')}) and before the Compulsory Education Act entered into force on 2021-08-01. An extension is granted for the time after the right would otherwise have ended; extensions recorded before 2022-08-01 stay valid only if granted between 2021-08-01 and 2022-07-31 ${OHJE_PIDENNYS.en}`,
  hint: {
    fi: `Tarkista pidennyksen päivät: pidennys alkaa tavallisesti päivää ${päiväys(voimassaAsti, 'fi')} seuraavana päivänä.`,
    sv: `Kontrollera förlängningens datum: en förlängning börjar vanligen dagen efter ${päiväys(voimassaAsti, 'sv')}.`,
    en: `Check the extension's dates: an extension usually starts on the day after ${päiväys(voimassaAsti, 'en')}.`,
  },
})

/** MK-OHJE-3: `maksuton: true` for a day after the free period by age that no extension covers. `päivä` the first such day. */
export const maksutonIkärajanJälkeen = (päivä: string, raja: string): LainaavaViesti => {
  const [p, pEn, r, rEn] = [päiväys(päivä, 'fi'), päiväys(päivä, 'en'), päiväys(raja, 'fi'), päiväys(raja, 'en')]
  return {
    fi: `Koulutus on merkitty maksuttomaksi (maksuton: true) vielä ${p}, vaikka oikeus maksuttomaan koulutukseen päättyy sen kalenterivuoden lopussa, jona oppija täyttää 20 vuotta (${r}; oppivelvollisuuslaki 1214/2020 § 16), eikä mikään maksuttomuuden pidennys kata tätä päivää ${OHJE_MAKSUTTOMUUS.fi}`,
    sv: `Utbildningen har angetts som avgiftsfri (maksuton: true) ännu ${p}, fast rätten till avgiftsfri utbildning upphör vid slutet av det kalenderår då den studerande fyller 20 (${r}; läropliktslagen 1214/2020 § 16), och ingen förlängning av avgiftsfri utbildning täcker den dagen ${OHJE_MAKSUTTOMUUS.sv}`,
    en: `The education is marked free (maksuton: true) on ${pEn}, although the right to free education ends at the end of the calendar year the learner turns 20 (${rEn}; Compulsory Education Act 1214/2020 § 16), and no extension of free education covers that day ${OHJE_MAKSUTTOMUUS.en}`,
    hint: {
      fi: `Lisää maksuttomuusjakso, joka alkaa ${p} ja jolla maksuton: false, tai jos oikeutta maksuttomaan koulutukseen on pidennetty, lisää pidennys (oikeuttaMaksuttomuuteenPidennetty) näille päiville.`,
      sv: `Lägg till en period av avgiftsfri utbildning som börjar ${p} med maksuton: false, eller om rätten till avgiftsfri utbildning har förlängts, lägg till förlängningen (oikeuttaMaksuttomuuteenPidennetty) för dessa dagar.`,
      en: `Add a free-education period starting on ${pEn} with maksuton: false, or if the right to free education has been extended, add the extension (oikeuttaMaksuttomuuteenPidennetty) for these days.`,
    },
    // the two dates, as each language writes them
    lainaukset: [p, pEn, r, rEn],
  }
}
