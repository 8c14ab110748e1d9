/**
 * Messages of the VST rules (catalogue §3.5, §3.6, G-SUOST-1) and of the consent warnings from the instructions
 * (seeds 001, 003). Errors: KOSKI's Finnish text word for word, with Swedish and English translations of it; warnings:
 * our own texts, citing the instruction (docs/glossary.md §4). Codes are named through the koodisto; no message quotes
 * personal data (a local code's name is KOSKI's own wording of a suoritus, as in KOSKI's texts).
 */
import type { Message, Viesti } from '../../finding'
import { EI_LAINAUKSIA } from '../../finding'
import { kielittäin, koodi, OHJEET, ohjeViite, päiväys, tunniste } from '../../messages/muoto'

const tila = (koodiarvo: string): Message => koodi('koskiopiskeluoikeudentila', koodiarvo)
const rahoitus = (koodiarvo: string): Message => koodi('opintojenrahoitus', koodiarvo)

/** The two päätaso types in running text (docs/glossary.md). */
const JOTPA = {
  fi: 'jatkuvaan oppimiseen suunnattu vapaan sivistystyön koulutus',
  sv: 'utbildning inom fritt bildningsarbete som riktar sig till kontinuerligt lärande',
  en: 'liberal adult education for continuous learning',
} as const
const VAPAATAVOITTEINEN = {
  fi: 'vapaan sivistystyön vapaatavoitteinen koulutus',
  sv: 'utbildning inom fritt bildningsarbete med fri inriktning',
  en: 'liberal adult education with free objectives',
} as const

/** Seeds 001 and 003 (their titles: docs/glossary.md §4, src/messages/muoto.ts). */
const OHJE_VAPAATAVOITTEINEN = { tuva: OHJEET.tuvaUseinKysyttyä, suostumus: OHJEET.vstSuostumus } as const

// ---------------------------------------------------------------------------------------------------------------
// VST JOTPA (errors)

/** VJ-RAH-1: KOSKI's default text (no state named, catalogue §4.14). */
export const jotpaTilaltaPuuttuuRahoitusmuoto: Viesti = {
  fi: 'Opiskeluoikeuden tilalta vaaditaan rahoitusmuoto',
  sv: 'Studierättens status kräver en finansieringsform',
  en: 'The study-right status requires a funding type',
  hint: kielittäin(
    (l) =>
      ({
        fi: `Lisää jaksolle opintojenRahoitus: ${rahoitus('14').fi} tai ${rahoitus('15').fi}. Se vaaditaan tiloilla ${tila('lasna').fi} ja ${tila('hyvaksytystisuoritettu').fi}.`,
        sv: `Lägg till opintojenRahoitus för perioden: ${rahoitus('14').sv} eller ${rahoitus('15').sv}. Den krävs med statusarna ${tila('lasna').sv} och ${tila('hyvaksytystisuoritettu').sv}.`,
        en: `Add opintojenRahoitus to the period: ${rahoitus('14').en} or ${rahoitus('15').en}. It is required with the statuses ${tila('lasna').en} and ${tila('hyvaksytystisuoritettu').en}.`,
      })[l],
  ),
  lainaukset: EI_LAINAUKSIA,
}

/** VJ-ALK-1: `rajapäivä` is KOSKI's `vstJotpaAikaisinSallittuAlkamispäivä` (ISO). */
export const jotpaOpiskeluoikeusEnnenRajapäivää = (rajapäivä: string): Viesti => ({
  fi: `Jatkuvaan oppimiseen suunnattu vapaan sivistystyön koulutuksen opiskeluoikeus ei voi alkaa ennen ${päiväys(rajapäivä, 'fi')}`,
  sv: `En studierätt inom ${JOTPA.sv} kan inte börja före ${päiväys(rajapäivä, 'sv')}`,
  en: `A study right in ${JOTPA.en} cannot start before ${päiväys(rajapäivä, 'en')}`,
  hint: {
    fi: `Opiskeluoikeuden alkamispäivä on sen ensimmäisen jakson alku. Tallenna vain ${päiväys(rajapäivä, 'fi')} tai sen jälkeen alkaneet koulutukset tälle päätason suoritukselle.`,
    sv: `Studierättens inledningsdatum är dess första periods start. Spara endast utbildningar som börjat ${päiväys(rajapäivä, 'sv')} eller senare med den här prestationen på huvudnivå.`,
    en: `The study right's start date is the start of its first period. Record only education that started on ${päiväys(rajapäivä, 'en')} or later with this main completion.`,
  },
})

const KESKEYTYNYT_HINT = (koulutus: Message): Message =>
  kielittäin(
    (l) =>
      ({
        fi: `Vahvistettu ${koulutus.fi} päättyy tilaan ${tila('hyvaksytystisuoritettu').fi}. Poista vahvistus, jos koulutus keskeytyi, tai vaihda päättäväksi tilaksi ${tila('hyvaksytystisuoritettu').fi}.`,
        sv: `En bekräftad ${koulutus.sv} avslutas med statusen ${tila('hyvaksytystisuoritettu').sv}. Ta bort bekräftelsen om utbildningen avbröts, eller byt den avslutande statusen till ${tila('hyvaksytystisuoritettu').sv}.`,
        en: `A confirmed ${koulutus.en} ends with the status ${tila('hyvaksytystisuoritettu').en}. Remove the confirmation if the education was discontinued, or change the final status to ${tila('hyvaksytystisuoritettu').en}.`,
      })[l],
  )
const HYVÄKSYTTY_HINT = (koulutus: Message): Message =>
  kielittäin(
    (l) =>
      ({
        fi: `Tila ${tila('hyvaksytystisuoritettu').fi} vaatii päätason suoritukselle vahvistuksen. Lisää vahvistus, tai jos koulutus jäi kesken, käytä tilaa ${tila('keskeytynyt').fi}.`,
        sv: `Statusen ${tila('hyvaksytystisuoritettu').sv} kräver en bekräftelse av prestationen på huvudnivå (${koulutus.sv}). Lägg till bekräftelsen, eller använd statusen ${tila('keskeytynyt').sv} om utbildningen blev oavslutad.`,
        en: `The status ${tila('hyvaksytystisuoritettu').en} requires a confirmation of the main completion (${koulutus.en}). Add the confirmation, or use the status ${tila('keskeytynyt').en} if the education was left unfinished.`,
      })[l],
  )

/**
 * VJ-TILA-1, VV-TILA-1: a confirmed `koulutus` ending `keskeytynyt`; `fi` is KOSKI's text (naming the koulutus its own
 * way), the translations name it as the glossary does.
 */
const vahvistettuKeskeytynyt = (fi: string, koulutus: Message): Viesti => ({
  fi,
  sv: `En bekräftad ${koulutus.sv} kan inte ha ${tila('keskeytynyt').sv} som avslutande status`,
  en: `A confirmed ${koulutus.en} cannot have ${tila('keskeytynyt').en} as its final status`,
  hint: KESKEYTYNYT_HINT(koulutus),
  // module constants only (KOSKI's text, the koulutus): our wording alone
  lainaukset: EI_LAINAUKSIA,
})

/** VJ-TILA-2, VV-TILA-2: an unconfirmed `koulutus` ending `hyvaksytystisuoritettu`; `fi` is KOSKI's text. */
const vahvistamatonHyväksytty = (fi: string, koulutus: Message): Viesti => ({
  fi,
  sv: `En obekräftad ${koulutus.sv} kan inte ha ${tila('hyvaksytystisuoritettu').sv} som avslutande status`,
  en: `An unconfirmed ${koulutus.en} cannot have ${tila('hyvaksytystisuoritettu').en} as its final status`,
  hint: HYVÄKSYTTY_HINT(koulutus),
  lainaukset: EI_LAINAUKSIA,
})

/** VJ-TILA-1. */
export const jotpaVahvistettuKeskeytynyt: Viesti = vahvistettuKeskeytynyt("Vahvistetulla jatkuvaan oppimiseen suunnatulla vapaan sivistystyön koulutuksella ei voi olla päättävänä tilana 'Keskeytynyt'", JOTPA)

/** VJ-TILA-2. */
export const jotpaVahvistamatonHyväksytty: Viesti = vahvistamatonHyväksytty("Vahvistamattomalla jatkuvaan oppimiseen suunnatulla vapaan sivistystyön koulutuksella ei voi olla päättävänä tilana 'Hyväksytysti suoritettu'", JOTPA)

/** VJ-LAAJ-1: `tunnisteTeksti` as KOSKI writes the päätaso's tunniste (`koulutus/099999`). */
export const jotpaSuoritukseltaPuuttuuLaajuus = (tunnisteTeksti: string): Viesti => {
  const t = tunniste(tunnisteTeksti)
  return {
    fi: `Vahvistetulta jatkuvaan oppimiseen suunnatulta vapaan sivistystyön koulutuksen suoritukselta ${tunnisteTeksti} puuttuu laajuus`,
    sv: `Den bekräftade prestationen ${t.sv} i ${JOTPA.sv} saknar omfattning`,
    en: `The confirmed completion ${t.en} of ${JOTPA.en} has no scope`,
    hint: {
      fi: 'Lisää päätason suorituksen koulutusmoduulille laajuus opintopisteinä (yksikkö 2). KOSKI ei laske sitä: sen on oltava osasuoritusten laajuuksien summa.',
      sv: 'Lägg till en omfattning i studiepoäng (enhet 2) i prestationens utbildningsmodul. KOSKI räknar den inte: den ska vara summan av delprestationernas omfattningar.',
      en: "Add a scope in study credits (unit 2) to the main completion's module. KOSKI does not compute it: it must be the sum of the partial completions' scopes.",
    },
  }
}

/** VJ-LAAJ-2: `tunnisteTeksti` as KOSKI writes a local code (`koodiarvo (nimi)`). */
export const jotpaOsasuoritukseltaPuuttuuLaajuus = (tunnisteTeksti: string): Viesti => ({
  fi: `Vahvistetulta jatkuvaan oppimiseen suunnatulta vapaan sivistystyön koulutuksen osasuoritukselta ${tunnisteTeksti} puuttuu laajuus`,
  sv: `Delprestationen ${tunnisteTeksti} i en bekräftad ${JOTPA.sv} saknar omfattning`,
  en: `The partial completion ${tunnisteTeksti} of a confirmed ${JOTPA.en} has no scope`,
  hint: {
    fi: 'Kun päätason suoritus on vahvistettu, jokaisella osasuorituksella kaikilla tasoilla on oltava laajuus opintopisteinä.',
    sv: 'När prestationen på huvudnivå är bekräftad ska varje delprestation på alla nivåer ha en omfattning i studiepoäng.',
    en: 'When the main completion is confirmed, every partial completion at every level needs a scope in study credits.',
  },
})

// ---------------------------------------------------------------------------------------------------------------
// VST vapaatavoitteinen (errors)

/** VV-OK-1, without lähdejärjestelmänId (KOSKI's UI). */
export const puuttuvaOpintokokonaisuus: Viesti = {
  fi: 'Vapaan sivistystyön vapaatavoitteisen koulutuksen opiskeluoikeuden opintokokonaisuus ei saa olla tyhjä.',
  sv: `Studiehelheten i en studierätt inom ${VAPAATAVOITTEINEN.sv} får inte vara tom.`,
  en: `The study module of a study right in ${VAPAATAVOITTEINEN.en} may not be empty.`,
  hint: {
    fi: 'Lisää päätason suorituksen koulutusmoduulille opintokokonaisuus (koodisto opintokokonaisuudet): ePerusteet-palvelussa julkaistun suunnitelman nelinumeroinen koodi.',
    sv: 'Lägg till opintokokonaisuus i prestationens utbildningsmodul (kodverket opintokokonaisuudet): den fyrsiffriga koden i planen som publicerats i ePerusteet.',
    en: "Add opintokokonaisuus to the main completion's module (code list opintokokonaisuudet): the four-digit code of the plan published in ePerusteet.",
  },
  lainaukset: EI_LAINAUKSIA,
}

/** VV-OK-1, from a source system after 1.9.2022 (KOSKI's text says 1.8.2022; catalogue §4.11). */
export const puuttuvaOpintokokonaisuusDeadline: Viesti = {
  fi: 'Vapaan sivistystyön vapaatavoitteisen koulutuksen opiskeluoikeuden opintokokonaisuus on pakollinen tieto 1.8.2022 jälkeen.',
  sv: `Studiehelheten i en studierätt inom ${VAPAATAVOITTEINEN.sv} är en obligatorisk uppgift efter 1.8.2022.`,
  en: `The study module of a study right in ${VAPAATAVOITTEINEN.en} is required after 2022-08-01.`,
  hint: {
    fi: 'Lisää päätason suorituksen koulutusmoduulille opintokokonaisuus (koodisto opintokokonaisuudet). KOSKI vaatii sen tiedonsiirrossa 2.9.2022 alkaen, vaikka teksti mainitsee 1.8.2022.',
    sv: 'Lägg till opintokokonaisuus i prestationens utbildningsmodul (kodverket opintokokonaisuudet). KOSKI kräver den i dataöverföringen från 2.9.2022, fast texten nämner 1.8.2022.',
    en: "Add opintokokonaisuus to the main completion's module (code list opintokokonaisuudet). KOSKI requires it in a data transfer from 2022-09-02, although its text says 2022-08-01.",
  },
  lainaukset: EI_LAINAUKSIA,
}

/** VV-TILA-1. */
export const vapaatavoitteinenVahvistettuKeskeytynyt: Viesti = vahvistettuKeskeytynyt("Vahvistetulla vapaan sivistystyön vapaatavoitteisella koulutuksella ei voi olla päättävänä tilana 'Keskeytynyt'", VAPAATAVOITTEINEN)

/** VV-TILA-2. */
export const vapaatavoitteinenVahvistamatonHyväksytty: Viesti = vahvistamatonHyväksytty("Vahvistamattomalla vapaan sivistystyön vapaatavoitteisella koulutuksella ei voi olla päättävänä tilana 'Hyväksytysti suoritettu'", VAPAATAVOITTEINEN)

/** VV-OS-1. */
export const vapaatavoitteinenIlmanArvioituaOsasuoritusta: Viesti = {
  fi: 'Vapaatavoitteisella vapaan sivistystyön koulutuksella tulee olla vähintään yksi arvioitu osasuoritus',
  sv: `En ${VAPAATAVOITTEINEN.sv} ska ha minst en bedömd delprestation`,
  en: `A ${VAPAATAVOITTEINEN.en} must have at least one assessed partial completion`,
  hint: {
    fi: 'Lisää päätason suoritukselle osasuoritus, jolla on arviointi. KOSKI katsoo suoraan päätason alla olevat osasuoritukset, ja arviointilista lasketaan annetuksi tyhjänäkin.',
    sv: 'Lägg till en delprestation med en bedömning direkt under prestationen på huvudnivå. KOSKI ser på de direkta delprestationerna, och en tom bedömningslista räknas som given.',
    en: 'Add a partial completion with an assessment directly under the main completion. KOSKI looks at the direct partial completions, and an empty assessment list counts as given.',
  },
  lainaukset: EI_LAINAUKSIA,
}

/** G-SUOST-1. */
export const suostumusPeruttu: Viesti = {
  fi: 'Siirretyn opiskeluoikeuden tallentamisen suostumus on aikaisemmin peruttu. Samaa opiskeluoikeutta ei voi siirtää uudestaan',
  sv: 'Samtycket till att spara den överförda studierätten har tidigare återkallats. Samma studierätt kan inte överföras på nytt',
  en: 'The consent to store the transferred study right has been withdrawn earlier. The same study right cannot be transferred again',
  hint: {
    fi: 'Oppija on perunut suostumuksensa tämän opiskeluoikeuden tallentamiseen (lähdejärjestelmän tunniste on KOSKIn perutuissa). Älä siirrä sitä uudelleen; poista se tiedonsiirrosta.',
    sv: 'Den studerande har återkallat sitt samtycke till att spara den här studierätten (källsystemets identifierare finns bland de återkallade i KOSKI). Överför den inte på nytt; ta bort den ur dataöverföringen.',
    en: "The learner has withdrawn the consent to store this study right (the source system's identifier is among KOSKI's withdrawn ones). Do not transfer it again; remove it from the data transfer.",
  },
  lainaukset: EI_LAINAUKSIA,
}

// ---------------------------------------------------------------------------------------------------------------
// Consent (warnings, seeds 001 and 003)

const SUOSTUMUS_001 = ohjeViite(OHJE_VAPAATAVOITTEINEN.tuva, 'Kuinka monta opiskeluoikeutta TUVA-opiskelijalla tulee olla KOSKI-palvelussa?')
const SUOSTUMUS_003 = ohjeViite(OHJE_VAPAATAVOITTEINEN.suostumus, 'Suostumuksen antaminen')
const HYLÄTTY_003 = ohjeViite(OHJE_VAPAATAVOITTEINEN.suostumus, 'Knoppi-koulutus')

/** VV-OHJE-1: no consent record names this study right. */
export const suostumusPuuttuu: Viesti = {
  fi: `Opiskeluoikeudelle ei ole annettu suostumustietoa. Vapaatavoitteisen vapaan sivistystyön opiskeluoikeuden saa luoda vain opiskelijan suostumuksella ${SUOSTUMUS_001.fi}.`,
  sv: `Ingen uppgift om samtycke har angetts för studierätten. En studierätt inom ${VAPAATAVOITTEINEN.sv} får skapas endast med den studerandes samtycke ${SUOSTUMUS_001.sv}.`,
  en: `No consent record was given for the study right. A study right in ${VAPAATAVOITTEINEN.en} may be created only with the learner's consent ${SUOSTUMUS_001.en}.`,
  hint: {
    fi: 'Siirrä opiskeluoikeus vain, jos opiskelija (alaikäisen puolesta huoltaja) on antanut suostumuksen. Anna suostumustieto asetuksessa consents (lähdejärjestelmänId tai oid yhdistää sen opiskeluoikeuteen).',
    sv: 'Överför studierätten endast om den studerande (för en minderårig vårdnadshavaren) har gett sitt samtycke. Ge samtycket i inställningen consents (lähdejärjestelmänId eller oid kopplar det till studierätten).',
    en: 'Transfer the study right only if the learner (for a minor, a guardian) has given consent. Give the consent record in the option consents (lähdejärjestelmänId or oid links it to the study right).',
  },
  lainaukset: EI_LAINAUKSIA,
}

/** VV-OHJE-2: the consent was given after `päivä`, the earliest day of the training the study right shows. */
export const suostumusEiKoulutuksenAlkaessa = (annettu: string, päivä: string): Viesti => ({
  fi: `Suostumus on annettu ${päiväys(annettu, 'fi')}, myöhemmin kuin koulutus alkoi (viimeistään ${päiväys(päivä, 'fi')}). Opiskelijan täytyy antaa suostumus koulutuksen tallentamiseen koulutuksen alkaessa ${SUOSTUMUS_003.fi}.`,
  sv: `Samtycket gavs ${päiväys(annettu, 'sv')}, senare än utbildningen började (senast ${päiväys(päivä, 'sv')}). Den studerande ska ge sitt samtycke till att utbildningen sparas när utbildningen börjar ${SUOSTUMUS_003.sv}.`,
  en: `The consent was given on ${päiväys(annettu, 'en')}, later than the training started (${päiväys(päivä, 'en')} at the latest). The learner must give consent to storing the training when the training starts ${SUOSTUMUS_003.en}.`,
  hint: {
    fi: 'Koulutuksen alku on viimeistään opiskeluoikeuden varhaisin päivä (ensimmäinen jakso tai arviointi). Tarkista suostumuksen päivä; suostumus pyydetään ennen koulutusta tai sen alussa.',
    sv: 'Utbildningen började senast på studierättens tidigaste dag (första perioden eller bedömningen). Kontrollera samtyckets datum; samtycket begärs före utbildningen eller när den börjar.',
    en: "The training started at the latest on the study right's earliest day (its first period or assessment). Check the consent's date; consent is asked for before the training or at its start.",
  },
})

/** VV-OHJE-3: a learner under 18 when the training started gave the consent. */
export const suostumusAlaikäiseltä: Viesti = {
  fi: `Suostumuksen on antanut opiskelija, joka oli alaikäinen koulutuksen alkaessa. Alaikäisen lapsen ollessa kyseessä suostumuksen antaa lapsen huoltaja ${SUOSTUMUS_003.fi}.`,
  sv: `Samtycket har getts av den studerande, som var minderårig när utbildningen började. För ett minderårigt barn ger barnets vårdnadshavare samtycket ${SUOSTUMUS_003.sv}.`,
  en: `The consent was given by the learner, who was a minor when the training started. For a minor, the child's guardian gives the consent ${SUOSTUMUS_003.en}.`,
  hint: {
    fi: 'Pyydä suostumus huoltajalta ja merkitse se annetuksi huoltajan antamana (givenBy guardian).',
    sv: 'Be vårdnadshavaren om samtycket och ange att vårdnadshavaren gav det (givenBy guardian).',
    en: 'Ask a guardian for the consent and record it as given by the guardian (givenBy guardian).',
  },
  lainaukset: EI_LAINAUKSIA,
}

/** VV-OHJE-4: an osasuoritus whose latest arviointi is Hylätty. */
export const hylättyäEiSiirretä: Viesti = {
  fi: `Osasuorituksen arviointi on Hylätty. Mikäli opiskelija saa hylätyn arvioinnin, suorituksen tietoja ei viedä osaksi valtakunnallista rekisteriä, vaikka suostumus tietojen siirtoon olisi annettu ${HYLÄTTY_003.fi}.`,
  sv: `Delprestationens bedömning är ${koodi('arviointiasteikkovst', 'Hylätty').sv}. Om den studerande får en underkänd bedömning förs prestationens uppgifter inte in i det nationella registret, även om samtycke till överföringen har getts ${HYLÄTTY_003.sv}.`,
  en: `The partial completion is assessed ${koodi('arviointiasteikkovst', 'Hylätty').en}. If the learner fails, the completion is not entered in the national register even when consent to the transfer was given ${HYLÄTTY_003.en}.`,
  hint: {
    fi: 'Jätä hylätyksi arvioitu suoritus pois tiedonsiirrosta; siirrä vain hyväksytyt suoritukset.',
    sv: 'Lämna bort den underkända prestationen ur dataöverföringen; överför endast godkända prestationer.',
    en: 'Leave the failed completion out of the data transfer; transfer passed completions only.',
  },
  lainaukset: EI_LAINAUKSIA,
}
