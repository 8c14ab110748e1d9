/**
 * Messages of the general rules (catalogue §3.2): KOSKI's Finnish text, with Swedish and English written for this
 * library. KOSKI's texts that quote the hetu are given without it: a finding never carries personal data.
 */
import type { Message } from '../finding'
import type { HetuVirhe } from '../hetu'
import { koodinNimi } from '../koodisto'

export const tyhjäOpiskeluoikeusLista: Message = {
  fi: 'Annettiin tyhjä lista opiskeluoikeuksia.',
  sv: 'En tom lista över studierätter angavs.',
  en: 'An empty list of study rights was given.',
}

export const hetuVirhe: Record<HetuVirhe, Message> = {
  muoto: { fi: 'Virheellinen muoto hetulla', sv: 'Personbeteckningen har fel format', en: 'The personal identity code has an invalid format' },
  syntymäpäivä: {
    fi: 'Virheellinen syntymäpäivä hetulla',
    sv: 'Personbeteckningen har ett ogiltigt födelsedatum',
    en: 'The personal identity code has an invalid birth date',
  },
  tulevaisuudessa: {
    fi: 'Syntymäpäivä hetussa on tulevaisuudessa',
    sv: 'Födelsedatumet i personbeteckningen är i framtiden',
    en: 'The birth date in the personal identity code is in the future',
  },
  keinotekoinen: {
    fi: 'Keinotekoinen henkilötunnus',
    sv: 'Konstgjord personbeteckning (individnummer 900–999)',
    en: 'Synthetic personal identity code (individual number 900–999)',
  },
  tarkistusmerkki: {
    fi: 'Virheellinen tarkistusmerkki hetussa',
    sv: 'Felaktigt kontrolltecken i personbeteckningen',
    en: 'Invalid check character in the personal identity code',
  },
}

/** The hetu of a TäydellisetHenkilötiedot is wrong: KOSKI identifies the learner by oid and does not check it. */
export const hetuVirheOidHenkilöllä = (virhe: HetuVirhe): Message => ({
  fi: `${hetuVirhe[virhe].fi}. KOSKI tunnistaa oppijan oidin perusteella eikä tarkista tätä hetua, mutta tieto on virheellinen`,
  sv: `${hetuVirhe[virhe].sv}. KOSKI identifierar den studerande med oid och kontrollerar inte denna personbeteckning, men uppgiften är felaktig`,
  en: `${hetuVirhe[virhe].en}. KOSKI identifies the learner by oid and does not check this code, but it is wrong`,
})

export const jaksotEiJärjestyksessä = (alku1: string, alku2: string): Message => ({
  fi: `tila.opiskeluoikeusjaksot: ${alku1} on oltava aiempi kuin ${alku2}`,
  sv: `tila.opiskeluoikeusjaksot: ${alku1} ska vara tidigare än ${alku2}`,
  en: `tila.opiskeluoikeusjaksot: ${alku1} must be earlier than ${alku2}`,
})

export const jaksotSamallaPäivällä = (tila1: string, alku1: string, tila2: string, alku2: string): Message => ({
  fi: `tila.opiskeluoikeusjaksot: ${tila1} ${alku1} ei voi olla samalla päivämäärällä kuin ${tila2} ${alku2}`,
  sv: `tila.opiskeluoikeusjaksot: ${tila1} ${alku1} kan inte ha samma datum som ${tila2} ${alku2}`,
  en: `tila.opiskeluoikeusjaksot: ${tila1} ${alku1} cannot be on the same date as ${tila2} ${alku2}`,
})

export const tilaMuuttunutLopullisenTilanJälkeen = (tila: string): Message => ({
  fi: `Opiskeluoikeuden tila muuttunut lopullisen tilan (${tila}) jälkeen`,
  sv: `Studierättens status har ändrats efter den slutliga statusen (${tila})`,
  en: `The study right's state changed after the final state (${tila})`,
})

export const montaPäättävääTilaa: Message = {
  fi: 'Opiskeluoikeudella voi olla vain yksi opiskeluoikeuden päättävä tila',
  sv: 'En studierätt kan ha endast en status som avslutar studierätten',
  en: 'A study right can have only one state that ends it',
}

export const päättymisPäiväEnnenAlkamispäivää = (a: string, p: string): Message => ({
  fi: `alkamispäivä (${a}) oltava sama tai aiempi kuin päättymispäivä (${p})`,
  sv: `startdatum (${a}) ska vara samma som eller tidigare än slutdatum (${p})`,
  en: `the start date (${a}) must be on or before the end date (${p})`,
})

export const arvioituPäättymisPäiväEnnenAlkamispäivää = (a: string, d: string): Message => ({
  fi: `alkamispäivä (${a}) oltava sama tai aiempi kuin arvioituPäättymispäivä (${d})`,
  sv: `startdatum (${a}) ska vara samma som eller tidigare än beräknat slutdatum (${d})`,
  en: `the start date (${a}) must be on or before the estimated end date (${d})`,
})

export const päättymispäiväEnnenVahvistusta = (v: string, p: string): Message => ({
  fi: `suoritus.vahvistus.päivä (${v}) oltava sama tai aiempi kuin päättymispäivä (${p})`,
  sv: `suoritus.vahvistus.päivä (${v}) ska vara samma som eller tidigare än studierättens slutdatum (${p})`,
  en: `suoritus.vahvistus.päivä (${v}) must be on or before the study right's end date (${p})`,
})

export const arviointiEnnenAlkamispäivää = (a: string, d: string): Message => ({
  fi: `suoritus.alkamispäivä (${a}) oltava sama tai aiempi kuin suoritus.arviointi.päivä (${d})`,
  sv: `suoritus.alkamispäivä (${a}) ska vara samma som eller tidigare än suoritus.arviointi.päivä (${d})`,
  en: `suoritus.alkamispäivä (${a}) must be on or before suoritus.arviointi.päivä (${d})`,
})

export const vahvistusEnnenArviointia = (d: string, v: string): Message => ({
  fi: `suoritus.arviointi.päivä (${d}) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (${v})`,
  sv: `suoritus.arviointi.päivä (${d}) ska vara samma som eller tidigare än suoritus.vahvistus.päivä (${v})`,
  en: `suoritus.arviointi.päivä (${d}) must be on or before suoritus.vahvistus.päivä (${v})`,
})

export const vahvistusEnnenAlkamispäivää = (a: string, v: string): Message => ({
  fi: `suoritus.alkamispäivä (${a}) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (${v})`,
  sv: `suoritus.alkamispäivä (${a}) ska vara samma som eller tidigare än suoritus.vahvistus.päivä (${v})`,
  en: `suoritus.alkamispäivä (${a}) must be on or before suoritus.vahvistus.päivä (${v})`,
})

export const keskeneräinenOsasuoritus = (s: string, os: string): Message => ({
  fi: `Valmiiksi merkityllä suorituksella ${s} on keskeneräinen osasuoritus ${os}`,
  sv: `Prestationen ${s} är markerad som slutförd, men dess delprestation ${os} är oavslutad`,
  en: `Suoritus ${s} is marked as completed, but its osasuoritus ${os} is unfinished`,
})

export const valmiiksiMerkityltäPuuttuuOsasuorituksia = (s: string): Message => ({
  fi: `Suoritus ${s} on merkitty valmiiksi, mutta sillä on tyhjä osasuorituslista tai opiskeluoikeudelta puuttuu linkitys`,
  sv: `Prestationen ${s} är markerad som slutförd, men dess lista med delprestationer är tom eller studierätten saknar länkning`,
  en: `Suoritus ${s} is marked as completed, but it has no osasuoritukset or the study right is not linked to another`,
})

export const vahvistusPuuttuu = (s: string): Message => ({
  fi: `Suoritukselta ${s} puuttuu vahvistus, vaikka opiskeluoikeus on tilassa Valmistunut`,
  sv: `Prestationen ${s} saknar fastställelse trots att studierätten har statusen Utexaminerad`,
  en: `Suoritus ${s} has no vahvistus (confirmation) although the study right is in the state Valmistunut (graduated)`,
})

export const osasuorituksellaEriLaajuusyksikkö = (os: string, s: string): Message => ({
  fi: `Osasuorituksella ${os} eri laajuuden yksikkö kuin suorituksella ${s}`,
  sv: `Delprestationen ${os} har en annan omfattningsenhet än prestationen ${s}`,
  en: `Osasuoritus ${os} has a different laajuus unit than suoritus ${s}`,
})

export const osasuoritustenLaajuuksienSumma = (s: string, summa: string, laajuus: string): Message => ({
  fi: `Suorituksen ${s} osasuoritusten laajuuksien summa ${summa} ei vastaa suorituksen laajuutta ${laajuus}`,
  sv: `Summan av omfattningarna för delprestationerna i prestationen ${s}, ${summa}, motsvarar inte prestationens omfattning ${laajuus}`,
  en: `The laajuudet of the osasuoritukset of suoritus ${s} add up to ${summa}, which does not match its laajuus ${laajuus}`,
})

export const duplikaattiOsasuoritus = (s: string): Message => ({
  fi: `Osasuoritus ${s} esiintyy useammin kuin kerran`,
  sv: `Delprestationen ${s} förekommer mer än en gång`,
  en: `Osasuoritus ${s} appears more than once`,
})

export const mitätöintiTulevaisuudessa: Message = {
  fi: 'Mitätöintiä ei voi merkitä tulevaisuuteen.',
  sv: 'Ogiltigförklaringen kan inte dateras i framtiden.',
  en: 'A mitätöinti (invalidation) cannot be dated in the future.',
}

export const lähdejärjestelmäIdPuuttuu: Message = {
  fi: 'Käyttäjä on palvelukäyttäjä mutta lähdejärjestelmää ei ole määritelty',
  sv: 'Användaren är en tjänsteanvändare men källsystemet har inte angetts (lähdejärjestelmänId)',
  en: 'The user is a service user but no source system is given (lähdejärjestelmänId)',
}

export const lähdejärjestelmäIdIlmanTunnistetta: Message = {
  fi: 'lähdejärjestelmänId.id puuttuu: ilman lähdejärjestelmän tunnistetta KOSKI ei tunnista päivitettävää opiskeluoikeutta vaan luo uuden',
  sv: 'lähdejärjestelmänId.id saknas: utan källsystemets identifierare känner KOSKI inte igen studierätten som ska uppdateras utan skapar en ny',
  en: 'lähdejärjestelmänId.id is missing: without the source system id KOSKI cannot find the study right to update and creates a new one',
}

export const lähdejärjestelmäkytkennänPurkaminenEiSallittu: Message = {
  fi: 'Lähdejärjestelmäkytkentää ei voi purkaa tiedonsiirrolla',
  sv: 'Kopplingen till källsystemet kan inte brytas genom dataöverföring (lähdejärjestelmäkytkentäPurettu)',
  en: 'The link to the source system cannot be broken by a data transfer (lähdejärjestelmäkytkentäPurettu)',
}

export const lähdejärjestelmäkytkennänMuuttaminenEiSallittu: Message = {
  fi: 'Lähdejärjestelmäkytkennän purkamista ei voi muuttaa',
  sv: 'En bruten koppling till källsystemet kan inte ändras (lähdejärjestelmäkytkentäPurettu)',
  en: 'A broken link to the source system cannot be changed (lähdejärjestelmäkytkentäPurettu)',
}

export const terminaalitilaaEiSaaPurkaa: Message = {
  fi: 'Tämän opiskeluoikeuden päättävän tilan saa vaihtaa vain toiseksi päättäväksi tilaksi',
  sv: 'Denna studierätts avslutande status får endast ändras till en annan avslutande status',
  en: "This study right's final state may only be changed to another final state",
}

export const lähdejärjestelmäIdPoistettu: Message = {
  fi: 'Opiskeluoikeuden lähdejärjestelmäId:tä ei voi poistaa.',
  sv: 'Studierättens lähdejärjestelmäId kan inte tas bort.',
  en: "The study right's lähdejärjestelmäId cannot be removed.",
}

export const tyyppiMuuttunut = (vanha: string, uusi: string): Message => ({
  fi: `Opiskeluoikeuden tyyppiä ei voi vaihtaa. Vanha tyyppi ${vanha}. Uusi tyyppi ${uusi}.`,
  sv: `Studierättens typ kan inte ändras. Gammal typ ${vanha}. Ny typ ${uusi}.`,
  en: `The study right's type cannot be changed. Old type ${vanha}. New type ${uusi}.`,
})

/** A code by its koodisto name in each language, with the code in parentheses (the code alone when the snapshot has no name). */
const nimettynä = (koodistoUri: string, koodiarvo: string): Message => {
  const nimi = koodinNimi(koodistoUri, koodiarvo)
  return nimi === undefined ? { fi: koodiarvo, sv: koodiarvo, en: koodiarvo } : { fi: `${nimi.fi} (${koodiarvo})`, sv: `${nimi.sv} (${koodiarvo})`, en: `${nimi.en} (${koodiarvo})` }
}

/**
 * TYYPPI-1: a study right of a type KOSKI knows that this version does not validate — or, with `päätaso`, of a päätaso
 * of a supported type that it does not validate yet. Names both by their koodisto names and says what was checked.
 */
export const tyyppiEiTuettu = (tyyppi: string, päätaso?: string): Message => {
  const t = nimettynä('opiskeluoikeudentyyppi', tyyppi)
  if (päätaso === undefined) {
    return {
      fi: `Tämä versio ei validoi opiskeluoikeuden tyyppiä ${t.fi}: tätä opiskeluoikeutta ei tarkistettu lainkaan (ei sen rakennetta eikä KOSKIn sääntöjä). Dokumentin muut osat (henkilö, muut opiskeluoikeudet) tarkistettiin.`,
      sv: `Denna version validerar inte studierättstypen ${t.sv}: den här studierätten kontrollerades inte alls (varken dess struktur eller KOSKI:s regler). Dokumentets övriga delar (personen, andra studierätter) kontrollerades.`,
      en: `This version does not validate the study-right type ${t.en}: this study right was not checked at all (neither its structure nor KOSKI's rules). The rest of the document (the person, other study rights) was checked.`,
    }
  }
  const p = nimettynä('suorituksentyyppi', päätaso)
  return {
    fi: `Tämä versio ei validoi opiskeluoikeuden tyypin ${t.fi} päätason suoritusta ${p.fi}: tätä opiskeluoikeutta ei tarkistettu lainkaan (ei sen rakennetta eikä KOSKIn sääntöjä). Dokumentin muut osat (henkilö, muut opiskeluoikeudet) tarkistettiin.`,
    sv: `Denna version validerar inte huvudprestationen ${p.sv} i studierättstypen ${t.sv}: den här studierätten kontrollerades inte alls (varken dess struktur eller KOSKI:s regler). Dokumentets övriga delar (personen, andra studierätter) kontrollerades.`,
    en: `This version does not validate the main completion ${p.en} of the study-right type ${t.en}: this study right was not checked at all (neither its structure nor KOSKI's rules). The rest of the document (the person, other study rights) was checked.`,
  }
}

/** The summary of the findings left out by `maxFindings`: `n` more of the same rule, key and path pattern. */
export const lisääSamanlaisia = (n: number, max: number): Message => ({
  fi: `…ja ${n} muuta samanlaista löydöstä (sama sääntö, avain ja polun kuvio; ensimmäiset ${max} on lueteltu, katso asetus maxFindings)`,
  sv: `…och ${n} fynd till av samma slag (samma regel, nyckel och sökvägsmönster; de första ${max} listas, se inställningen maxFindings)`,
  en: `…and ${n} more of the same (same rule, key and path pattern; the first ${max} are listed, see the option maxFindings)`,
})

export const eiOpiskeluoikeus: Message = {
  fi: 'Syöte ei ole Oppija ({ henkilö, opiskeluoikeudet }) eikä opiskeluoikeus',
  sv: 'Indata är varken en Oppija ({ henkilö, opiskeluoikeudet }) eller en studierätt',
  en: 'The input is neither an Oppija ({ henkilö, opiskeluoikeudet }) nor a study right',
}

export const sisäinenVirhe: Message = {
  fi: 'Validointi keskeytyi odottamattomaan virheeseen; dokumenttia ei voitu tarkistaa kokonaan',
  sv: 'Valideringen avbröts av ett oväntat fel; dokumentet kunde inte kontrolleras helt',
  en: 'Validation stopped on an unexpected error; the document could not be fully checked',
}

export const testiympäristönLippu = (lippu: string): Message => ({
  fi: `Ylimääräinen kenttä: ${lippu} on KOSKIn testiaineiston lippu, jonka vain KOSKIn paikallinen testiympäristö hyväksyy; muualla KOSKI hylkää sen tuntemattomana kenttänä`,
  sv: `Oväntat fält: ${lippu} är en flagga i KOSKIs testdata som bara KOSKIs lokala testmiljö godtar; annars avvisar KOSKI den som ett okänt fält`,
  en: `Unexpected property: ${lippu} is a flag of KOSKI's test fixtures that only KOSKI's local mock environment accepts; anywhere else KOSKI rejects it as an unknown field`,
})
