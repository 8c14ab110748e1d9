/**
 * Messages of the JOTPA rules common to every study-right type (catalogue §3.4, src/rules/jotpa). Errors: KOSKI's
 * Finnish text word for word, with Swedish and English translations of it; codes named through the koodisto, dates as
 * docs/glossary.md says; each message carries a `hint` (what to do about it).
 */
import type { Message, Viesti } from '../finding'
import { EI_LAINAUKSIA } from '../finding'
import { kielittäin, koodi, OHJEET, ohjeViite, päiväys } from './muoto'

const rahoitus = (koodiarvo: string): Message => koodi('opintojenrahoitus', koodiarvo)

/** JOTPA in running text (docs/glossary.md). */
const JOTPA: Message = {
  fi: 'Jatkuvan oppimisen ja työllisyyden palvelukeskus',
  sv: 'Servicecentret för kontinuerligt lärande och sysselsättning',
  en: 'Service Centre for Continuous Learning and Employment',
}

/** J-RAH-1. */
export const rahoitusmuotoEiSaaOllaJotpa: Viesti = {
  fi: 'Tälle opiskeluoikeudelle ei ole mahdollista valita Jatkuvan oppimisen ja työllisyyden palvelukeskuksen rahoitusmuotoa',
  sv: `För den här studierätten kan man inte välja finansieringsformen från ${JOTPA.sv}`,
  en: `The funding type of the ${JOTPA.en} cannot be chosen for this study right`,
  hint: kielittäin(
    (l) =>
      ({
        fi: `Rahoitukset ${rahoitus('14').fi} ja ${rahoitus('15').fi} ovat sallittuja vain ammatillisen koulutuksen, jatkuvaan oppimiseen suunnatun vapaan sivistystyön koulutuksen ja muun kuin säännellyn koulutuksen opiskeluoikeuksissa. Valitse jaksolle tämän opiskeluoikeuden tyypin rahoitus.`,
        sv: `Finansieringarna ${rahoitus('14').sv} och ${rahoitus('15').sv} är tillåtna endast i studierätter inom yrkesutbildning, utbildning inom fritt bildningsarbete som riktar sig till kontinuerligt lärande och annan än reglerad utbildning. Välj en finansiering för perioden som passar den här studierättens typ.`,
        en: `The funding ${rahoitus('14').en} and ${rahoitus('15').en} is allowed only in study rights of vocational education and training, of liberal adult education for continuous learning and of non-regulated education. Choose a funding of this study-right type for the period.`,
      })[l],
  ),
  lainaukset: EI_LAINAUKSIA,
}

/** J-RAH-2. */
export const rahoitusmuodonYhtenäisyys: Viesti = {
  fi: 'Opiskeluoikeudella, joka on Jatkuvan oppimisen ja työllisyyden palvelukeskuksen rahoittama, ei rahoitusmuoto voi vaihtua opiskeluoikeuden aikana',
  sv: `I en studierätt som finansieras av ${JOTPA.sv} kan finansieringsformen inte ändras under studierätten`,
  en: `In a study right funded by the ${JOTPA.en}, the funding type cannot change during the study right`,
  hint: kielittäin(
    (l) =>
      ({
        fi: `Käytä kaikilla rahoitetuilla jaksoilla samaa rahoitusta: joko ${rahoitus('14').fi} tai ${rahoitus('15').fi}, ei niitä molempia eikä niiden rinnalla muuta rahoitusta. Jaksot ilman rahoitusta eivät vaikuta.`,
        sv: `Använd samma finansiering i alla finansierade perioder: antingen ${rahoitus('14').sv} eller ${rahoitus('15').sv}, inte båda och ingen annan finansiering bredvid dem. Perioder utan finansiering inverkar inte.`,
        en: `Use the same funding in every funded period: either ${rahoitus('14').en} or ${rahoitus('15').en}, not both and no other funding beside them. Periods without funding do not count.`,
      })[l],
  ),
  lainaukset: EI_LAINAUKSIA,
}

/** J-ALK-1: `rajapäivä` is KOSKI's `jatkuvaanOppimiseenSuunnatutKoulutusmuodotAstuvatVoimaan` (ISO). */
export const jotpaJaksoEnnenRajapäivää = (rajapäivä: string): Viesti => ({
  fi: `Jatkuvaan oppimiseen suunnatun koulutuksen opiskeluoikeuden jakso ei voi alkaa ennen ${päiväys(rajapäivä, 'fi')}`,
  sv: `En period i en studierätt inom utbildning som riktar sig till kontinuerligt lärande kan inte börja före ${päiväys(rajapäivä, 'sv')}`,
  en: `A period of a study right in education for continuous learning cannot start before ${päiväys(rajapäivä, 'en')}`,
  hint: kielittäin(
    (l) =>
      ({
        fi: `Jakso, jonka rahoitus on ${rahoitus('14').fi} tai ${rahoitus('15').fi}, voi alkaa aikaisintaan ${päiväys(rajapäivä, 'fi')}. Korjaa jakson alku tai rahoitus.`,
        sv: `En period med finansieringen ${rahoitus('14').sv} eller ${rahoitus('15').sv} kan börja tidigast ${päiväys(rajapäivä, 'sv')}. Rätta periodens start eller finansiering.`,
        en: `A period funded by ${rahoitus('14').en} or ${rahoitus('15').en} can start on ${päiväys(rajapäivä, 'en')} at the earliest. Correct the period's start or its funding.`,
      })[l],
  ),
})

/** J-ASIA-1. */
export const vaatiiJotpaAsianumeron: Viesti = {
  fi: 'JOTPA-rahoitteinen opiskeluoikeus vaatii JOTPA asianumeron lisätiedoissa',
  sv: 'En JOTPA-finansierad studierätt kräver ett JOTPA-ärendenummer i tilläggsuppgifterna',
  en: 'A JOTPA-funded study right requires a JOTPA case number in the additional information',
  hint: {
    fi: 'Lisää lisätietoihin jotpaAsianumero (koodisto jotpaasianumero): JOTPAn rahoituspäätöksen asianumero. KOSKI tarkistaa koodin elävästä koodistosta.',
    sv: 'Lägg till jotpaAsianumero i tilläggsuppgifterna (kodverket jotpaasianumero): ärendenumret för JOTPA:s finansieringsbeslut. KOSKI kontrollerar koden mot det aktuella kodverket.',
    en: "Add jotpaAsianumero to the additional information (code list jotpaasianumero): the case number of JOTPA's funding decision. KOSKI checks the code against its live code list.",
  },
  lainaukset: EI_LAINAUKSIA,
}

/** J-ASIA-2. */
export const jotpaAsianumeroIlmanJotpaRahoitusta: Viesti = {
  fi: 'JOTPA asianumero annettu vaikka opiskeluoikeus ei ole JOTPA-rahoitteinen',
  sv: 'Ett JOTPA-ärendenummer har angetts fast studierätten inte är JOTPA-finansierad',
  en: 'A JOTPA case number was given although the study right is not JOTPA-funded',
  hint: kielittäin(
    (l) =>
      ({
        fi: `Poista jotpaAsianumero tai merkitse jaksoille rahoitus ${rahoitus('14').fi} tai ${rahoitus('15').fi}. Opiskeluoikeus on JOTPA-rahoitteinen vain, jos jollakin jaksolla on jompikumpi näistä rahoituksista; jakso ilman rahoitusta (esim. keskeytynyt) ei riitä.`,
        sv: `Ta bort jotpaAsianumero eller ange finansieringen ${rahoitus('14').sv} eller ${rahoitus('15').sv} för perioderna. Studierätten är JOTPA-finansierad endast om någon period har en av dessa finansieringar; en period utan finansiering räcker inte.`,
        en: `Remove jotpaAsianumero, or give the periods the funding ${rahoitus('14').en} or ${rahoitus('15').en}. The study right is JOTPA-funded only when some period has one of these; a period without funding is not enough.`,
      })[l],
  ),
  lainaukset: EI_LAINAUKSIA,
}

const OHJE_EPERUSTEET = ohjeViite(OHJEET.jotpa, 'ePerusteet-palvelu')

/** G-OK-1 (warning, ours): the code is not quoted (the path names it). */
export const opintokokonaisuudenKoodiEiNelinumeroinen: Viesti = {
  fi: `Opintokokonaisuuden koodi ei ole nelinumeroinen. ePerusteet-palvelu generoi opintokokonaisuudelle nelinumeroisen koodin, kun paikallinen suunnitelma julkaistaan, ja se lisätään KOSKIin opiskeluoikeuden tietoihin ${OHJE_EPERUSTEET.fi}.`,
  sv: `Studiehelhetens kod består inte av fyra siffror. Tjänsten ePerusteet genererar en fyrsiffrig kod för studiehelheten när den lokala planen publiceras, och koden förs in i studierättens uppgifter i KOSKI ${OHJE_EPERUSTEET.sv}.`,
  en: `The code of the study module (opintokokonaisuus) is not four digits. The ePerusteet service generates a four-digit code for the study module when the local plan is published, and that code is entered on the study right in KOSKI ${OHJE_EPERUSTEET.en}.`,
  hint: {
    fi: 'Kopioi opintokokonaisuuden koodi ePerusteet-palvelussa julkaistusta suunnitelmasta (koodisto opintokokonaisuudet). KOSKI tarkistaa, että koodi on koodistossa; tämä kirjasto tarkistaa vain sen muodon.',
    sv: 'Kopiera studiehelhetens kod från planen som publicerats i ePerusteet (kodverket opintokokonaisuudet). KOSKI kontrollerar att koden finns i kodverket; det här biblioteket kontrollerar endast dess form.',
    en: 'Copy the study module code from the plan published in ePerusteet (code list opintokokonaisuudet). KOSKI checks that the code is in the code list; this library checks its form only.',
  },
  lainaukset: EI_LAINAUKSIA,
}
