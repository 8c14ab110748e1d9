/**
 * Messages of the 2022 transition to TUVA (src/siirtyma): KOSKI's errors X-VALMA-1 and X-LISÄ-1 (Finnish verbatim),
 * the instructions' transition warnings (ours, citing seed 001) and the reasons the transition helper gives. Codes
 * are named through the koodisto, dates as docs/glossary.md says; every message has a hint.
 */
import type { Message, Viesti } from '../finding'
import { kielittäin, koodi, OHJEET, ohjeViite, päiväys } from './muoto'

const KOHTA = 'Siirtymäsäännöksen piirissä olevat opiskelijat'
const viite = ohjeViite(OHJEET.tuvaUseinKysyttyä, KOHTA)
const tuva = koodi('opiskeluoikeudentyyppi', 'tuva')

/** The name of an earlier study right's kind: LUVA, perusopetuksen lisäopetus, or VALMA (a päätaso of ammatillinen). */
const siirtymänKoulutus = (laji: 'luva' | 'perusopetuksenlisaopetus' | 'valma'): Message =>
  laji === 'valma' ? koodi('suorituksentyyppi', 'valma') : koodi('opiskeluoikeudentyyppi', laji)

/** X-VALMA-1 (KoskiErrorCategory › tila.valmaTilaEiSallittu); `raja` is the first day not allowed (1.6.2023 today). */
export const valmaTilaEiSallittu = (raja: string): Viesti => ({
  fi: `Valmentavan koulutuksen opiskeluoikeudelle ei ole mahdollista merkitä uusia opiskeluoikeuden tiloja, joiden alkupäivämäärä on ${päiväys(raja, 'fi')} tai sen jälkeen.`,
  sv: `För en studierätt i handledande utbildning (${koodi('suorituksentyyppi', 'valma').sv}) går det inte att markera nya statusar för studierätten vars startdag är ${päiväys(raja, 'sv')} eller senare.`,
  en: `A study right in preparatory education (${koodi('suorituksentyyppi', 'valma').en}) cannot be given new study-right statuses that start on ${päiväys(raja, 'en')} or later.`,
  hint: kielittäin((l) =>
    l === 'fi'
      ? `VALMA-opiskeluoikeuden viimeinen tila alkaa viimeistään päivää ennen ${päiväys(raja, 'fi')}; jos opinnot jatkuvat, opiskelijalle luodaan ${tuva.fi}-opiskeluoikeus ${viite.fi}.`
      : l === 'sv'
        ? `Den sista statusen av VALMA-studierätten börjar senast dagen före ${päiväys(raja, 'sv')}; om studierna fortsätter skapas en studierätt i ${tuva.sv} för den studerande ${viite.sv}.`
        : `The last status of the VALMA study right starts at the latest the day before ${päiväys(raja, 'en')}; if the studies go on, a study right in ${tuva.en} is created for the learner ${viite.en}.`,
  ),
})

/** X-LISÄ-1 (KoskiErrorCategory › tila.perusopetuksenLisäopetuksenTilaEiSallittu); `raja` as in {@link valmaTilaEiSallittu}. */
export const perusopetuksenLisäopetuksenTilaEiSallittu = (raja: string): Viesti => ({
  fi: `Perusopetuksen lisäopetuksen opiskeluoikeudelle ei ole mahdollista merkitä uusia opiskeluoikeuden tiloja, joiden alkupäivämäärä on ${päiväys(raja, 'fi')} tai sen jälkeen.`,
  sv: `För en studierätt i ${koodi('opiskeluoikeudentyyppi', 'perusopetuksenlisaopetus').sv} går det inte att markera nya statusar för studierätten vars startdag är ${päiväys(raja, 'sv')} eller senare.`,
  en: `A study right in ${koodi('opiskeluoikeudentyyppi', 'perusopetuksenlisaopetus').en} cannot be given new study-right statuses that start on ${päiväys(raja, 'en')} or later.`,
  hint: kielittäin((l) =>
    l === 'fi'
      ? `Lisäopetuksen opiskeluoikeuden viimeinen tila alkaa viimeistään päivää ennen ${päiväys(raja, 'fi')}; jos opinnot jatkuvat, opiskelijalle luodaan ${tuva.fi}-opiskeluoikeus ${viite.fi}.`
      : l === 'sv'
        ? `Den sista statusen av studierätten i påbyggnadsundervisning börjar senast dagen före ${päiväys(raja, 'sv')}; om studierna fortsätter skapas en studierätt i ${tuva.sv} för den studerande ${viite.sv}.`
        : `The last status of the additional basic education study right starts at the latest the day before ${päiväys(raja, 'en')}; if the studies go on, a study right in ${tuva.en} is created for the learner ${viite.en}.`,
  ),
})

/** X-SIIRT-1: a LUVA, VALMA or lisäopetus study right starting on or after 1.8.2022. */
export const uusiSiirtymänKoulutus = (laji: 'luva' | 'perusopetuksenlisaopetus' | 'valma', alku: string): Viesti => {
  const k = siirtymänKoulutus(laji)
  return {
    fi: `Opiskeluoikeus (${k.fi}) alkaa ${päiväys(alku, 'fi')}: uusia VALMA-, LUVA- tai perusopetuksen lisäopetuksen opiskeluoikeuksia, jotka alkavat 1.8.2022 tai myöhemmin, ei luoda KOSKI-palveluun ${viite.fi}.`,
    sv: `Studierätten (${k.sv}) börjar ${päiväys(alku, 'sv')}: nya studierätter i VALMA, LUVA eller påbyggnadsundervisning som börjar 1.8.2022 eller senare skapas inte i KOSKI ${viite.sv}.`,
    en: `The study right (${k.en}) starts on ${päiväys(alku, 'en')}: new VALMA, LUVA or additional basic education study rights starting on 2022-08-01 or later are not created in KOSKI ${viite.en}.`,
    hint: {
      fi: `Luo opiskelijalle ${tuva.fi}-opiskeluoikeus (tyyppi tuva) tämän sijaan.`,
      sv: `Skapa i stället en studierätt i ${tuva.sv} för den studerande.`,
      en: `Create a study right in ${tuva.en} for the learner instead.`,
    },
  }
}

/** X-SIIRT-2: a LUVA study right still open after 31.7.2023 (`päättynyt` false) or ending after it (`päättynyt` true, on `päivä`). */
export const luvaSiirtymäajanJälkeen = (päättynyt: boolean, päivä: string): Viesti => {
  const k = koodi('opiskeluoikeudentyyppi', 'luva')
  return päättynyt
    ? {
        fi: `Opiskeluoikeus (${k.fi}) päättyy ${päiväys(päivä, 'fi')}: siirtymäajalla opiskelevien LUVA-opiskelijoiden aktiiviset opiskeluoikeudet päätetään viimeistään 31.7.2023 terminaalitilaan ${viite.fi}.`,
        sv: `Studierätten (${k.sv}) avslutas ${päiväys(päivä, 'sv')}: de aktiva studierätterna för LUVA-studerande under övergångstiden avslutas med en avslutande status senast 31.7.2023 ${viite.sv}.`,
        en: `The study right (${k.en}) ends on ${päiväys(päivä, 'en')}: the active study rights of LUVA learners in the transition period end with a final status by 2023-07-31 at the latest ${viite.en}.`,
        hint: {
          fi: 'Merkitse päättävä tila alkamaan viimeistään 31.7.2023, tosiasiallisena päättymispäivänä.',
          sv: 'Markera att den avslutande statusen börjar senast 31.7.2023, det faktiska avslutningsdatumet.',
          en: 'Make the final status start by 2023-07-31 at the latest, on the actual end date.',
        },
      }
    : {
        fi: `Opiskeluoikeus (${k.fi}) on yhä voimassa ${päiväys(päivä, 'fi')} jälkeen: siirtymäajalla opiskelevien LUVA-opiskelijoiden aktiiviset opiskeluoikeudet päätetään viimeistään 31.7.2023 terminaalitilaan ${viite.fi}.`,
        sv: `Studierätten (${k.sv}) är fortfarande i kraft efter ${päiväys(päivä, 'sv')}: de aktiva studierätterna för LUVA-studerande under övergångstiden avslutas med en avslutande status senast 31.7.2023 ${viite.sv}.`,
        en: `The study right (${k.en}) is still open after ${päiväys(päivä, 'en')}: the active study rights of LUVA learners in the transition period end with a final status by 2023-07-31 at the latest ${viite.en}.`,
        hint: {
          fi: 'Lisää päättävä tila (esim. Valmistunut (valmistunut) tai Eronnut (eronnut)) alkamaan viimeistään 31.7.2023; jos opinnot jatkuvat, opiskelijalle luodaan uusi opiskeluoikeus.',
          sv: `Lägg till en avslutande status (t.ex. ${koodi('koskiopiskeluoikeudentila', 'valmistunut').sv} eller ${koodi('koskiopiskeluoikeudentila', 'eronnut').sv}) som börjar senast 31.7.2023; om studierna fortsätter skapas en ny studierätt för den studerande.`,
          en: `Add a final status (e.g. ${koodi('koskiopiskeluoikeudentila', 'valmistunut').en} or ${koodi('koskiopiskeluoikeudentila', 'eronnut').en}) starting by 2023-07-31 at the latest; if the studies go on, a new study right is created for the learner.`,
        },
      }
}

/** X-SIIRT-3: a TUVA study right starting before 1.8.2022 for a learner moving from an earlier one (`laji`). */
export const tuvaAlkaaEnnenSiirtymää = (laji: 'luva' | 'perusopetuksenlisaopetus' | 'valma', alku: string): Viesti => {
  const k = siirtymänKoulutus(laji)
  return {
    fi: `${tuva.fi}-opiskeluoikeus alkaa ${päiväys(alku, 'fi')}, vaikka oppija siirtyy siihen aiemmasta opiskeluoikeudesta (${k.fi}): lain siirtymäsäännöksen nojalla siirtyvälle opiskelijalle luodaan 1.8.2022 alkava TUVA-opiskeluoikeus ${viite.fi}.`,
    sv: `Studierätten i ${tuva.sv} börjar ${päiväys(alku, 'sv')}, fast den studerande övergår till den från en tidigare studierätt (${k.sv}): för en studerande som övergår med stöd av lagens övergångsbestämmelse skapas en studierätt som börjar 1.8.2022 ${viite.sv}.`,
    en: `The study right in ${tuva.en} starts on ${päiväys(alku, 'en')}, although the learner moves to it from an earlier study right (${k.en}): for a learner moving under the Act's transition provision, a study right starting on 2022-08-01 is created ${viite.en}.`,
    hint: {
      fi: 'Aloita TUVA-opiskeluoikeus 1.8.2022 tai myöhemmin, päivänä jona oppija tosiasiassa aloittaa TUVA-opinnot.',
      sv: 'Låt studierätten börja 1.8.2022 eller senare, den dag då den studerande faktiskt börjar studierna.',
      en: 'Start the study right on 2022-08-01 or later, on the day the learner actually starts the studies.',
    },
  }
}

/** X-SIIRT-4: a TUVA study right although the earlier one's studies were all completed (so the old one is updated). */
export const tuvaVaikkaOpinnotValmiit = (laji: 'luva' | 'perusopetuksenlisaopetus' | 'valma'): Viesti => {
  const k = siirtymänKoulutus(laji)
  return {
    fi: `Oppijan aiemman opiskeluoikeuden (${k.fi}) kaikki opinnot on arvioitu: jos ne on tosiasiassa suoritettu 31.7.2022 mennessä, TUVA-koulutuksen opiskeluoikeutta ei luoda, vaan opiskeluoikeus- ja suoritustiedot päivitetään aiemmalle opiskeluoikeudelle ${viite.fi}.`,
    sv: `Alla studier i den studerandes tidigare studierätt (${k.sv}) har bedömts: om de faktiskt slutfördes senast 31.7.2022 skapas ingen studierätt i ${tuva.sv}, utan uppgifterna om studierätten och prestationerna uppdateras i den tidigare studierätten ${viite.sv}.`,
    en: `Every study in the learner's earlier study right (${k.en}) has been assessed: if they were actually completed by 2022-07-31, no study right in ${tuva.en} is created; the earlier study right's data and completions are updated instead ${viite.en}.`,
    hint: {
      fi: 'Jos oppija ei palannut opintoihin 1.8.2022 jälkeen, mitätöi tämä opiskeluoikeus ja päivitä aiempi; arviointipäivät ja vahvistus saavat olla 1.8.2022 tai myöhemmin.',
      sv: 'Om den studerande inte återvände till studierna efter 1.8.2022, annullera denna studierätt och uppdatera den tidigare; bedömningsdatum och bekräftelse får vara 1.8.2022 eller senare.',
      en: 'If the learner did not return to the studies after 2022-08-01, invalidate this study right and update the earlier one; assessment dates and the confirmation may be 2022-08-01 or later.',
    },
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The helper's reasons (siirtymäsäännös): data, not findings

/** Why the helper answered as it did, one reason each. */
export const siirtymänPerusteet = {
  eiSiirtymänKoulutus: {
    fi: `Aiempi opiskeluoikeus ei ole LUVA-, VALMA- tai perusopetuksen lisäopetuksen opiskeluoikeus: siirtymäsäännös (29 §) koskee vain niistä siirtyviä ${viite.fi}.`,
    sv: `Den tidigare studierätten är ingen studierätt i LUVA, VALMA eller påbyggnadsundervisning: övergångsbestämmelsen (29 §) gäller bara dem som övergår från dessa ${viite.sv}.`,
    en: `The earlier study right is not a LUVA, VALMA or additional basic education study right: the transition provision (section 29) concerns only learners moving from these ${viite.en}.`,
  },
  alkaaSiirtymänJälkeen: {
    fi: `Aiempi opiskeluoikeus alkaa 1.8.2022 tai myöhemmin: sellaisia ei luoda, eikä siirtymäsäännös koske sitä ${viite.fi}.`,
    sv: `Den tidigare studierätten börjar 1.8.2022 eller senare: sådana skapas inte, och övergångsbestämmelsen gäller den inte ${viite.sv}.`,
    en: `The earlier study right starts on 2022-08-01 or later: such study rights are not created, and the transition provision does not concern it ${viite.en}.`,
  },
  päättynytEnnenSiirtymää: {
    fi: `Aiempi opiskeluoikeus päättyi ennen 31.7.2022: oppija ei siirry siitä, eikä siirtymäsäännös koske häntä ${viite.fi}.`,
    sv: `Den tidigare studierätten avslutades före 31.7.2022: den studerande övergår inte från den, och övergångsbestämmelsen gäller inte hen ${viite.sv}.`,
    en: `The earlier study right ended before 2022-07-31: the learner does not move from it, and the transition provision does not concern them ${viite.en}.`,
  },
  opinnotValmiit: {
    fi: `Aiemman opiskeluoikeuden kaikki opinnot on suoritettu 31.7.2022 mennessä (arviointipäivät tai valmistumispäivä saavat olla myöhemmin): TUVA-opiskeluoikeutta ei luoda, vaan tiedot päivitetään aiemmalle opiskeluoikeudelle ${viite.fi}.`,
    sv: `Alla studier i den tidigare studierätten slutfördes senast 31.7.2022 (bedömningsdatum eller utexamineringsdatum får vara senare): ingen studierätt i ${tuva.sv} skapas, uppgifterna uppdateras i den tidigare studierätten ${viite.sv}.`,
    en: `Every study of the earlier study right was completed by 2022-07-31 (assessment dates or the graduation date may be later): no study right in ${tuva.en} is created; the earlier study right is updated ${viite.en}.`,
  },
  opinnotKesken: {
    fi: `Aiemman opiskeluoikeuden opintoja ei ole kaikkia suoritettu 31.7.2022 mennessä: oppijalle luodaan 1.8.2022 alkava TUVA-opiskeluoikeus, jos hän tosiasiassa aloittaa TUVA-opinnot 1.8.2022 tai sen jälkeen ${viite.fi}.`,
    sv: `Alla studier i den tidigare studierätten slutfördes inte senast 31.7.2022: en studierätt i ${tuva.sv} som börjar 1.8.2022 skapas för den studerande, om hen faktiskt börjar studierna 1.8.2022 eller senare ${viite.sv}.`,
    en: `Not every study of the earlier study right was completed by 2022-07-31: a study right in ${tuva.en} starting on 2022-08-01 is created for the learner, if they actually start the studies on 2022-08-01 or later ${viite.en}.`,
  },
  luvaJatkuu: {
    fi: `LUVA-koulutuksen järjestäjä, jolla ei ole TUVA-järjestämislupaa, saa järjestää LUVA-koulutusta 31.7.2023 asti (28 § 2 mom.); silloin 29 §:ää ei sovelleta ja 31.7.2022 aktiivisia LUVA-opiskeluoikeuksia päivitetään normaalisti, mutta ne päätetään viimeistään 31.7.2023 ${viite.fi}.`,
    sv: `En anordnare av LUVA utan anordnartillstånd för ${tuva.sv} får ordna LUVA till och med 31.7.2023 (28 § 2 mom.); då tillämpas inte 29 §, och LUVA-studierätter som var aktiva 31.7.2022 uppdateras normalt men avslutas senast 31.7.2023 ${viite.sv}.`,
    en: `A LUVA provider without an authorisation to provide ${tuva.en} may provide LUVA until 2023-07-31 (section 28(2)); section 29 is then not applied, and the LUVA study rights active on 2022-07-31 are updated as usual but end by 2023-07-31 at the latest ${viite.en}.`,
  },
  tuvaAlkaaLiianAikaisin: {
    fi: `Annettu TUVA-opiskeluoikeus alkaa ennen 1.8.2022: siirtyvän opiskelijan TUVA-opiskeluoikeus alkaa 1.8.2022 tai myöhemmin ${viite.fi}.`,
    sv: `Den givna studierätten i ${tuva.sv} börjar före 1.8.2022: för en studerande som övergår börjar den 1.8.2022 eller senare ${viite.sv}.`,
    en: `The given study right in ${tuva.en} starts before 2022-08-01: for a learner who moves, it starts on 2022-08-01 or later ${viite.en}.`,
  },
  tuvaTarpeeton: {
    fi: `Annettua TUVA-opiskeluoikeutta ei pitäisi olla: opinnot päivitetään aiemmalle opiskeluoikeudelle ${viite.fi}.`,
    sv: `Den givna studierätten i ${tuva.sv} borde inte finnas: studierna uppdateras i den tidigare studierätten ${viite.sv}.`,
    en: `The given study right in ${tuva.en} should not exist: the studies are updated in the earlier study right ${viite.en}.`,
  },
} as const satisfies Record<string, Message>
