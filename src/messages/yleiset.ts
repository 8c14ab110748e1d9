/**
 * Messages of the general rules (catalogue §3.2). Errors: KOSKI's Finnish text word for word, with Swedish and English
 * translations of it; KOSKI's texts that quote the hetu are given without it (a finding never carries personal data).
 * Warnings are ours. Codes are named through the koodisto and dates written as docs/glossary.md says; each message
 * carries a `hint` (what to do about it), which `error()` / `warning()` move to `finding.hint`.
 */
import { EI_LAINAUKSIA, type Message, type Viesti } from '../finding'
import type { HetuVirhe } from '../hetu'
import { kielittäin, koodi, päiväys, tunniste } from './muoto'

const tila = (koodiarvo: string): Message => koodi('koskiopiskeluoikeudentila', koodiarvo)

export const tyhjäOpiskeluoikeusLista: Viesti = {
  fi: 'Annettiin tyhjä lista opiskeluoikeuksia.',
  sv: 'En tom lista över studierätter angavs.',
  en: 'An empty list of study rights was given.',
  hint: {
    fi: 'Lähetä oppijan opiskeluoikeudet listassa opiskeluoikeudet; siinä on oltava vähintään yksi opiskeluoikeus.',
    sv: 'Skicka den studerandes studierätter i listan opiskeluoikeudet; den ska innehålla minst en studierätt.',
    en: "Send the learner's study rights in the list opiskeluoikeudet; it must hold at least one study right.",
  },
  lainaukset: EI_LAINAUKSIA,
}

const HETU_MUOTO: Message = {
  fi: 'Henkilötunnus on muotoa ppkkvvXnnnT: syntymäpäivä, vuosisadan välimerkki (+, -, U–Y tai A–F), yksilönumero ja tarkistusmerkki, ilman välilyöntejä ja isoin kirjaimin',
  sv: 'En personbeteckning har formen ddmmååXnnnK: födelsedatum, skiljetecken för seklet (+, -, U–Y eller A–F), individnummer och kontrolltecken, utan mellanslag och med versaler',
  en: 'A personal identity code has the form ddmmyyXnnnC: birth date, century sign (+, -, U–Y or A–F), individual number and check character, without spaces and in capitals',
}

export const hetuVirhe: Record<HetuVirhe, Viesti> = {
  muoto: {
    fi: 'Virheellinen muoto hetulla',
    sv: 'Personbeteckningen har fel format',
    en: 'The personal identity code has an invalid format',
    hint: kielittäin((l) => `${HETU_MUOTO[l]}.`),
  },
  syntymäpäivä: {
    fi: 'Virheellinen syntymäpäivä hetulla',
    sv: 'Personbeteckningen har ett ogiltigt födelsedatum',
    en: 'The personal identity code has an invalid birth date',
    hint: {
      fi: 'Hetun kuusi ensimmäistä numeroa ovat syntymäpäivä (ppkkvv), jonka on oltava oikea kalenteripäivä; tarkista ne ja vuosisadan välimerkki.',
      sv: 'De sex första siffrorna i personbeteckningen är födelsedatumet (ddmmåå), som ska vara ett verkligt datum; kontrollera dem och skiljetecknet för seklet.',
      en: 'The first six digits of the personal identity code are the birth date (ddmmyy), which must be a real calendar date; check them and the century sign.',
    },
  },
  tulevaisuudessa: {
    fi: 'Syntymäpäivä hetussa on tulevaisuudessa',
    sv: 'Födelsedatumet i personbeteckningen är i framtiden',
    en: 'The birth date in the personal identity code is in the future',
    hint: {
      fi: 'Tarkista vuosisadan välimerkki: + 1800-luku, - ja U–Y 1900-luku, A–F 2000-luku.',
      sv: 'Kontrollera skiljetecknet för seklet: + 1800-talet, - och U–Y 1900-talet, A–F 2000-talet.',
      en: 'Check the century sign: + the 1800s, - and U–Y the 1900s, A–F the 2000s.',
    },
  },
  keinotekoinen: {
    fi: 'Keinotekoinen henkilötunnus',
    sv: 'Konstgjord personbeteckning',
    en: 'Synthetic personal identity code',
    hint: {
      fi: 'Yksilönumerot 900–999 ovat testihetuja: KOSKIn testiympäristöt hyväksyvät ne, tuotanto ei. Lähetä oppijan oikea henkilötunnus, tai testiympäristöä varten anna asetus acceptSyntheticHetus: true.',
      sv: 'Individnumren 900–999 är testbeteckningar: KOSKI:s testmiljöer godtar dem, produktionen inte. Skicka den studerandes riktiga personbeteckning, eller för en testmiljö ange inställningen acceptSyntheticHetus: true.',
      en: "Individual numbers 900–999 are test codes: KOSKI's test environments accept them, production does not. Send the learner's real personal identity code, or for a test environment set the option acceptSyntheticHetus: true.",
    },
  },
  tarkistusmerkki: {
    fi: 'Virheellinen tarkistusmerkki hetussa',
    sv: 'Felaktigt kontrolltecken i personbeteckningen',
    en: 'Invalid check character in the personal identity code',
    hint: {
      fi: 'Tarkistusmerkki on yhdeksännumeroisen luvun ppkkvvnnn jakojäännös 31:llä merkkijonosta 0123456789ABCDEFHJKLMNPRSTUVWXY; yleensä jokin numero on kirjoitettu väärin.',
      sv: 'Kontrolltecknet är resten vid division med 31 av det niosiffriga talet ddmmåånnn, ur teckenraden 0123456789ABCDEFHJKLMNPRSTUVWXY; oftast är någon siffra felskriven.',
      en: 'The check character is the nine-digit number ddmmyynnn modulo 31, taken from 0123456789ABCDEFHJKLMNPRSTUVWXY; usually a digit has been mistyped.',
    },
  },
}

/** The hetu of a TäydellisetHenkilötiedot is wrong: KOSKI identifies the learner by oid and does not check it. */
export const hetuVirheOidHenkilöllä = (virhe: HetuVirhe): Viesti => ({
  fi: `${hetuVirhe[virhe].fi}. KOSKI tunnistaa oppijan oidin perusteella eikä tarkista tätä hetua, mutta tieto on virheellinen`,
  sv: `${hetuVirhe[virhe].sv}. KOSKI identifierar den studerande med oid och kontrollerar inte denna personbeteckning, men uppgiften är felaktig`,
  en: `${hetuVirhe[virhe].en}. KOSKI identifies the learner by oid and does not check this code, but it is wrong`,
  hint: {
    fi: `Korjaa henkilötunnus oppijan tietoihin tai jätä hetu pois ja lähetä henkilö pelkällä oidilla. ${hetuVirhe[virhe].hint!.fi}`,
    sv: `Rätta personbeteckningen i den studerandes uppgifter eller utelämna hetu och skicka personen med enbart oid. ${hetuVirhe[virhe].hint!.sv}`,
    en: `Correct the personal identity code in the learner's data, or leave hetu out and send the person by oid alone. ${hetuVirhe[virhe].hint!.en}`,
  },
})

/**
 * G-JAKSO-1, jaksot out of order (KOSKI prints the dates as ISO). KOSKI's Finnish reads "<the earlier-listed start>
 * must be earlier than <the next one>"; the translations say what it means: the periods are out of date order.
 */
export const jaksotEiJärjestyksessä = (alku1: string, alku2: string): Viesti => ({
  fi: `tila.opiskeluoikeusjaksot: ${alku1} on oltava aiempi kuin ${alku2}`,
  sv: `tila.opiskeluoikeusjaksot: perioderna är inte i datumordning (perioden som börjar ${päiväys(alku1, 'sv')} står före perioden som börjar ${päiväys(alku2, 'sv')})`,
  en: `tila.opiskeluoikeusjaksot: the periods are out of date order (the period starting ${päiväys(alku1, 'en')} is listed before the one starting ${päiväys(alku2, 'en')})`,
  hint: {
    fi: 'Järjestä opiskeluoikeusjaksot alkupäivän mukaan nousevaan järjestykseen (aikaisin ensin); KOSKI ei järjestä niitä.',
    sv: 'Sortera studierättsperioderna i stigande ordning efter startdag (den tidigaste först); KOSKI sorterar dem inte.',
    en: 'Sort the study-right periods by their start, earliest first; KOSKI does not sort them.',
  },
})

/** G-JAKSO-1, two jaksot on the same day. */
export const jaksotSamallaPäivällä = (tila1: string, alku1: string, tila2: string, alku2: string): Viesti => {
  const [t1, t2] = [tila(tila1), tila(tila2)]
  return {
    fi: `tila.opiskeluoikeusjaksot: ${tila1} ${alku1} ei voi olla samalla päivämäärällä kuin ${tila2} ${alku2}`,
    sv: `tila.opiskeluoikeusjaksot: ${t1.sv} ${päiväys(alku1, 'sv')} kan inte ha samma datum som ${t2.sv} ${päiväys(alku2, 'sv')}`,
    en: `tila.opiskeluoikeusjaksot: ${t1.en} ${päiväys(alku1, 'en')} cannot be on the same date as ${t2.en} ${päiväys(alku2, 'en')}`,
    hint: {
      fi: `Kaksi opiskeluoikeusjaksoa voi alkaa samana päivänä vain, jos jälkimmäinen on ${tila('mitatoity').fi}. Poista toinen jaksoista tai korjaa sen alkupäivä.`,
      sv: `Två studierättsperioder får börja samma dag endast om den senare är ${tila('mitatoity').sv}. Ta bort den ena perioden eller rätta dess startdag.`,
      en: `Two study-right periods may start on the same day only if the later one is ${tila('mitatoity').en}. Remove one of them or correct its start.`,
    },
  }
}

export const tilaMuuttunutLopullisenTilanJälkeen = (koodiarvo: string): Viesti => {
  const esim = kielittäin((l) => ['valmistunut', 'eronnut', 'katsotaaneronneeksi'].map((k) => tila(k)[l]).join(', '))
  return {
    fi: `Opiskeluoikeuden tila muuttunut lopullisen tilan (${koodiarvo}) jälkeen`,
    sv: `Studierättens status har ändrats efter den avslutande statusen ${tila(koodiarvo).sv}`,
    en: `The study-right status changed after the final status ${tila(koodiarvo).en}`,
    hint: {
      fi: `Päättävän tilan (esim. ${esim.fi}) jälkeen ei voi olla muita jaksoja. Jos opinnot jatkuvat, poista päättävä jakso; jos opiskeluoikeus on päättynyt, poista sen jälkeiset jaksot.`,
      sv: `Efter en avslutande status (t.ex. ${esim.sv}) får inga perioder följa. Om studierna fortsätter, ta bort den avslutande perioden; om studierätten har upphört, ta bort perioderna efter den.`,
      en: `No period may follow a final status (e.g. ${esim.en}). If the studies go on, remove the final period; if the study right has ended, remove the periods after it.`,
    },
  }
}

export const montaPäättävääTilaa: Viesti = {
  fi: 'Opiskeluoikeudella voi olla vain yksi opiskeluoikeuden päättävä tila',
  sv: 'En studierätt kan ha endast en status som avslutar studierätten',
  en: 'A study right can have only one status that ends it',
  hint: {
    fi: `Jätä opiskeluoikeusjaksoihin yksi päättävä tila (viimeiseksi); vain ${tila('mitatoity').fi} voi tulla sen jälkeen.`,
    sv: `Behåll en avslutande status bland studierättsperioderna (som den sista); endast ${tila('mitatoity').sv} får följa efter den.`,
    en: `Keep one final status among the study-right periods (as the last one); only ${tila('mitatoity').en} may follow it.`,
  },
  lainaukset: EI_LAINAUKSIA,
}

/** G-DATE-1: both dates are derived from the jaksot (the first one's alku, the final one's alku); the translations and the hint say so. */
export const päättymisPäiväEnnenAlkamispäivää = (a: string, p: string): Viesti => ({
  fi: `alkamispäivä (${a}) oltava sama tai aiempi kuin päättymispäivä (${p})`,
  sv: `inledningsdatum (${päiväys(a, 'sv')}, den första studierättsperiodens start) ska vara samma som eller tidigare än avslutningsdatum (${päiväys(p, 'sv')}, den avslutande periodens start)`,
  en: `the start date (${päiväys(a, 'en')}, the first study-right period's start) must be on or before the end date (${päiväys(p, 'en')}, the final period's start)`,
  hint: {
    fi: `KOSKI päättelee alkamispäivän ${päiväys(a, 'fi')} ensimmäisen opiskeluoikeusjakson alusta ja päättymispäivän ${päiväys(p, 'fi')} päättävän jakson alusta: korjaa jaksojen päivät.`,
    sv: `KOSKI härleder inledningsdatumet ${päiväys(a, 'sv')} från den första studierättsperiodens start och avslutningsdatumet ${päiväys(p, 'sv')} från den avslutande periodens start: rätta periodernas datum.`,
    en: `KOSKI derives the start date ${päiväys(a, 'en')} from the first study-right period's start and the end date ${päiväys(p, 'en')} from the final period's start: correct the periods' dates.`,
  },
})

export const arvioituPäättymisPäiväEnnenAlkamispäivää = (a: string, d: string): Viesti => ({
  fi: `alkamispäivä (${a}) oltava sama tai aiempi kuin arvioituPäättymispäivä (${d})`,
  sv: `inledningsdatum (${päiväys(a, 'sv')}) ska vara samma som eller tidigare än arvioituPäättymispäivä (${päiväys(d, 'sv')})`,
  en: `the start date (${päiväys(a, 'en')}) must be on or before arvioituPäättymispäivä (${päiväys(d, 'en')})`,
  hint: {
    fi: 'Korjaa arvioituPäättymispäivä (arvioitu päättymispäivä) alkamispäivän jälkeiseksi tai jätä se pois.',
    sv: 'Rätta arvioituPäättymispäivä (beräknat avslutningsdatum) så att det infaller efter inledningsdatumet, eller utelämna det.',
    en: 'Set arvioituPäättymispäivä (the estimated end date) after the start date, or leave it out.',
  },
})

export const päättymispäiväEnnenVahvistusta = (v: string, p: string): Viesti => ({
  fi: `suoritus.vahvistus.päivä (${v}) oltava sama tai aiempi kuin päättymispäivä (${p})`,
  sv: `suoritus.vahvistus.päivä (${päiväys(v, 'sv')}) ska vara samma som eller tidigare än avslutningsdatum (${päiväys(p, 'sv')})`,
  en: `suoritus.vahvistus.päivä (${päiväys(v, 'en')}) must be on or before the end date (${päiväys(p, 'en')})`,
  hint: {
    fi: 'Suoritus vahvistetaan viimeistään opiskeluoikeuden päättymispäivänä (päättävän jakson alkupäivä): korjaa vahvistuksen päivä tai päättävän jakson alku.',
    sv: 'En prestation bekräftas senast på studierättens avslutningsdatum (den avslutande periodens start): rätta bekräftelsens datum eller den avslutande periodens start.',
    en: "A completion is confirmed on the study right's end date (the start of the final period) at the latest: correct the confirmation date or the final period's start.",
  },
})

export const vahvistusEnnenOsanVahvistusta = (o: string, p: string): Viesti => ({
  fi: `osasuoritus.vahvistus.päivä (${o}) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (${p})`,
  sv: `osasuoritus.vahvistus.päivä (${päiväys(o, 'sv')}) ska vara samma som eller tidigare än suoritus.vahvistus.päivä (${päiväys(p, 'sv')})`,
  en: `osasuoritus.vahvistus.päivä (${päiväys(o, 'en')}) must be on or before suoritus.vahvistus.päivä (${päiväys(p, 'en')})`,
  hint: {
    fi: 'Osasuoritus vahvistetaan viimeistään samana päivänä kuin suoritus, jonka osa se on (jokainen ylempi suoritus): korjaa osasuorituksen tai ylemmän suorituksen vahvistuksen päivä.',
    sv: 'En delprestation bekräftas senast samma dag som prestationen den ingår i (varje prestation ovanför den): rätta bekräftelsens datum för delprestationen eller för prestationen ovanför.',
    en: 'A partial completion is confirmed on the day of the completion it belongs to (every completion above it) at the latest: correct the confirmation date of the partial completion or of the one above.',
  },
})

export const vastaavaOpiskeluoikeusOlemassa: Viesti = {
  fi: 'Vastaava opiskeluoikeus on jo olemassa.',
  sv: 'En motsvarande studierätt finns redan.',
  en: 'A corresponding study right already exists.',
  hint: {
    fi: 'KOSKIssa on jo saman oppijan opiskeluoikeus samassa oppilaitoksessa, samaa tyyppiä ja samalla päätason suorituksella (ja samalla opintokokonaisuudella), ja sen voimassaolo on päällekkäin tämän kanssa. Jos tämä on sama opiskeluoikeus, lähetä sen oid tai sama lähdejärjestelmänId, jotta KOSKI päivittää sen; muuten korjaa voimassaolo tai mitätöi vanhentunut opiskeluoikeus.',
    sv: 'KOSKI har redan en studierätt för samma studerande vid samma läroanstalt, av samma typ och med samma prestation på huvudnivå (och samma studiehelhet), och dess giltighetstid överlappar denna. Är det samma studierätt, skicka dess oid eller samma lähdejärjestelmänId så att KOSKI uppdaterar den; annars rätta giltighetstiden eller annullera den föråldrade studierätten.',
    en: "KOSKI already has a study right of the same learner at the same educational institution, of the same type and main completion (and the same study module), whose period of validity overlaps this one. If it is the same study right, send its oid or the same lähdejärjestelmänId so that KOSKI updates it; otherwise correct the period of validity or invalidate the outdated study right.",
  },
  lainaukset: EI_LAINAUKSIA,
}

const ARVIOINTI_JÄRJESTYS: Message = {
  fi: 'Suorituksen päivien järjestys on alkamispäivä ≤ arviointipäivät ≤ vahvistuksen päivä: korjaa se päivä, joka on väärin.',
  sv: 'Prestationens datum ska följa ordningen inledningsdatum ≤ bedömningsdatum ≤ bekräftelsens datum: rätta det datum som är fel.',
  en: "A completion's dates go start date ≤ assessment dates ≤ confirmation date: correct the one that is wrong.",
}

export const arviointiEnnenAlkamispäivää = (a: string, d: string): Viesti => ({
  fi: `suoritus.alkamispäivä (${a}) oltava sama tai aiempi kuin suoritus.arviointi.päivä (${d})`,
  sv: `suoritus.alkamispäivä (${päiväys(a, 'sv')}) ska vara samma som eller tidigare än suoritus.arviointi.päivä (${päiväys(d, 'sv')})`,
  en: `suoritus.alkamispäivä (${päiväys(a, 'en')}) must be on or before suoritus.arviointi.päivä (${päiväys(d, 'en')})`,
  hint: ARVIOINTI_JÄRJESTYS,
})

export const vahvistusEnnenArviointia = (d: string, v: string): Viesti => ({
  fi: `suoritus.arviointi.päivä (${d}) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (${v})`,
  sv: `suoritus.arviointi.päivä (${päiväys(d, 'sv')}) ska vara samma som eller tidigare än suoritus.vahvistus.päivä (${päiväys(v, 'sv')})`,
  en: `suoritus.arviointi.päivä (${päiväys(d, 'en')}) must be on or before suoritus.vahvistus.päivä (${päiväys(v, 'en')})`,
  hint: ARVIOINTI_JÄRJESTYS,
})

export const vahvistusEnnenAlkamispäivää = (a: string, v: string): Viesti => ({
  fi: `suoritus.alkamispäivä (${a}) oltava sama tai aiempi kuin suoritus.vahvistus.päivä (${v})`,
  sv: `suoritus.alkamispäivä (${päiväys(a, 'sv')}) ska vara samma som eller tidigare än suoritus.vahvistus.päivä (${päiväys(v, 'sv')})`,
  en: `suoritus.alkamispäivä (${päiväys(a, 'en')}) must be on or before suoritus.vahvistus.päivä (${päiväys(v, 'en')})`,
  hint: ARVIOINTI_JÄRJESTYS,
})

export const keskeneräinenOsasuoritus = (s: string, os: string): Viesti => ({
  fi: `Valmiiksi merkityllä suorituksella ${s} on keskeneräinen osasuoritus ${os}`,
  sv: `Prestationen ${tunniste(s).sv} är markerad som slutförd men har en oavslutad delprestation ${tunniste(os).sv}`,
  en: `Completion ${tunniste(s).en} is marked as completed but has an unfinished partial completion ${tunniste(os).en}`,
  hint: {
    fi: 'Valmiin suorituksen jokaisella osasuorituksella on oltava arviointi: lisää osasuoritukselle arviointi, poista se, tai poista suorituksen vahvistus, jos suoritus ei ole valmis.',
    sv: 'Varje delprestation i en slutförd prestation ska ha en bedömning: lägg till en bedömning för delprestationen, ta bort den, eller ta bort prestationens bekräftelse om prestationen inte är slutförd.',
    en: 'Every partial completion of a completed completion needs an assessment: add one to the partial completion, remove it, or remove the confirmation if the completion is not finished.',
  },
})

export const valmiiksiMerkityltäPuuttuuOsasuorituksia = (s: string): Viesti => ({
  fi: `Suoritus ${s} on merkitty valmiiksi, mutta sillä on tyhjä osasuorituslista tai opiskeluoikeudelta puuttuu linkitys`,
  sv: `Prestationen ${tunniste(s).sv} är markerad som slutförd, men dess lista över delprestationer är tom eller studierätten saknar länkning`,
  en: `Completion ${tunniste(s).en} is marked as completed, but its list of partial completions is empty or the study right has no link`,
  hint: {
    fi: 'Lähetä vahvistetun suorituksen osasuoritukset. Linkitys tarkoittaa toista opiskeluoikeutta, joka viittaa tähän kentällä sisältyyOpiskeluoikeuteen; sitä tämä kirjasto ei näe.',
    sv: 'Skicka delprestationerna för den bekräftade prestationen. Länkning betyder en annan studierätt som hänvisar till denna med fältet sisältyyOpiskeluoikeuteen; det kan detta bibliotek inte se.',
    en: 'Send the partial completions of the confirmed completion. The link means another study right pointing to this one with sisältyyOpiskeluoikeuteen, which this library cannot see.',
  },
})

export const vahvistusPuuttuu = (s: string): Viesti => ({
  fi: `Suoritukselta ${s} puuttuu vahvistus, vaikka opiskeluoikeus on tilassa Valmistunut`,
  sv: `Prestationen ${tunniste(s).sv} saknar bekräftelse fast studierätten har statusen ${tila('valmistunut').sv}`,
  en: `Completion ${tunniste(s).en} has no confirmation although the study right has the status ${tila('valmistunut').en}`,
  hint: {
    fi: 'Lisää päätason suoritukselle vahvistus (päivä, myöntäjäHenkilöt, myöntäjäOrganisaatio), tai jos opiskelija ei valmistunut, käytä toista päättävää tilaa.',
    sv: 'Lägg till en bekräftelse (vahvistus: päivä, myöntäjäHenkilöt, myöntäjäOrganisaatio) för prestationen på huvudnivå, eller använd en annan avslutande status om den studerande inte utexaminerades.',
    en: 'Add a confirmation (vahvistus: päivä, myöntäjäHenkilöt, myöntäjäOrganisaatio) to the main completion, or use another final status if the learner did not graduate.',
  },
})

export const osasuorituksellaEriLaajuusyksikkö = (os: string, s: string): Viesti => ({
  fi: `Osasuorituksella ${os} eri laajuuden yksikkö kuin suorituksella ${s}`,
  sv: `Delprestationen ${tunniste(os).sv} har en annan omfattningsenhet än prestationen ${tunniste(s).sv}`,
  en: `Partial completion ${tunniste(os).en} has a different scope unit than completion ${tunniste(s).en}`,
  hint: {
    fi: 'Käytä osasuorituksen laajuudessa samaa yksikköä (laajuus.yksikkö, koodisto opintojenlaajuusyksikko) kuin suorituksella.',
    sv: 'Använd samma enhet (laajuus.yksikkö, kodverket opintojenlaajuusyksikko) i delprestationens omfattning som i prestationens.',
    en: "Use the completion's unit (laajuus.yksikkö, code list opintojenlaajuusyksikko) in the partial completion's scope.",
  },
})

export const osasuoritustenLaajuuksienSumma = (s: string, summa: string, laajuus: string): Viesti => ({
  fi: `Suorituksen ${s} osasuoritusten laajuuksien summa ${summa} ei vastaa suorituksen laajuutta ${laajuus}`,
  sv: `Summan ${summa} av omfattningarna för delprestationerna i prestationen ${tunniste(s).sv} motsvarar inte prestationens omfattning ${laajuus}`,
  en: `The scopes of the partial completions of completion ${tunniste(s).en} add up to ${summa}, which does not match its scope ${laajuus}`,
  hint: {
    fi: `Korjaa suorituksen laajuudeksi ${summa} tai korjaa osasuoritusten laajuudet. Summaan lasketaan osasuoritukset, joilla on laajuus (TUVAssa vain hyväksytysti arvioidut).`,
    sv: `Ange ${summa} som prestationens omfattning eller rätta delprestationernas omfattningar. Summan omfattar delprestationer som har en omfattning (i Hux endast godkänt bedömda).`,
    en: `Set the completion's scope to ${summa} or correct the partial completions' scopes. The sum counts the partial completions that have a scope (in TUVA only those assessed as passed).`,
  },
})

export const duplikaattiOsasuoritus = (s: string, ryhmä?: Message): Viesti => ({
  fi: `Osasuoritus ${s} esiintyy useammin kuin kerran${ryhmä === undefined ? '' : ` ryhmässä ${ryhmä.fi}`}`,
  sv: `Delprestationen ${tunniste(s).sv} förekommer mer än en gång${ryhmä === undefined ? '' : ` i gruppen ${ryhmä.sv}`}`,
  en: `Partial completion ${tunniste(s).en} appears more than once${ryhmä === undefined ? '' : ` in the group ${ryhmä.en}`}`,
  hint: {
    fi: 'Yhdistä saman koulutusmoduulin osasuoritukset yhdeksi tai poista kaksoiskappale.',
    sv: 'Slå ihop delprestationerna för samma utbildningsmodul till en eller ta bort dubbletten.',
    en: 'Merge the partial completions of the same module into one, or remove the duplicate.',
  },
})

export const mitätöintiTulevaisuudessa: Viesti = {
  fi: 'Mitätöintiä ei voi merkitä tulevaisuuteen.',
  sv: 'Annulleringen kan inte dateras i framtiden.',
  en: 'An invalidation cannot be dated in the future.',
  hint: {
    fi: `${tila('mitatoity').fi} -jakson alkupäivä on mitätöintipäivä: käytä tätä päivää tai aiempaa (KOSKI vertaa palvelimensa päivään; katso asetus today).`,
    sv: `Startdagen för perioden ${tila('mitatoity').sv} är annulleringsdagen: använd dagens datum eller ett tidigare (KOSKI jämför med serverns datum; se inställningen today).`,
    en: `The start of the ${tila('mitatoity').en} period is the invalidation date: use today or earlier (KOSKI compares with its server's date; see the option today).`,
  },
  lainaukset: EI_LAINAUKSIA,
}

export const lähdejärjestelmäIdPuuttuu: Viesti = {
  fi: 'Käyttäjä on palvelukäyttäjä mutta lähdejärjestelmää ei ole määritelty',
  sv: 'Användaren är en tjänsteanvändare men källsystemet har inte angetts',
  en: 'The user is a service user but no source system is given',
  hint: {
    fi: 'Lisää opiskeluoikeudelle lähdejärjestelmänId { id, lähdejärjestelmä } (lähdejärjestelmä koodistosta lahdejarjestelma), tai jos tallennat virkailijana KOSKIn käyttöliittymän kautta, anna asetus serviceUser: false.',
    sv: 'Lägg till lähdejärjestelmänId { id, lähdejärjestelmä } i studierätten (lähdejärjestelmä ur kodverket lahdejarjestelma), eller om du sparar som tjänsteman via KOSKI:s användargränssnitt, ange inställningen serviceUser: false.',
    en: "Add lähdejärjestelmänId { id, lähdejärjestelmä } to the study right (lähdejärjestelmä from the code list lahdejarjestelma), or if you save as an official through KOSKI's user interface, set the option serviceUser: false.",
  },
  lainaukset: EI_LAINAUKSIA,
}

export const lähdejärjestelmäIdIlmanTunnistetta: Viesti = {
  fi: 'lähdejärjestelmänId.id puuttuu: ilman lähdejärjestelmän tunnistetta KOSKI ei tunnista päivitettävää opiskeluoikeutta vaan luo uuden',
  sv: 'lähdejärjestelmänId.id saknas: utan källsystemets identifierare känner KOSKI inte igen studierätten som ska uppdateras utan skapar en ny',
  en: "lähdejärjestelmänId.id is missing: without the source system's identifier KOSKI cannot find the study right to update and creates a new one",
  hint: {
    fi: 'Lähetä lähdejärjestelmänId.id: opiskeluoikeuden pysyvä tunniste omassa järjestelmässäsi, sama jokaisessa siirrossa.',
    sv: 'Skicka lähdejärjestelmänId.id: studierättens beständiga identifierare i ditt eget system, densamma vid varje överföring.',
    en: "Send lähdejärjestelmänId.id: the study right's permanent identifier in your own system, the same in every transfer.",
  },
  // our wording alone: the privacy masking need not read it (src/yksityisyys)
  lainaukset: EI_LAINAUKSIA,
}

export const lähdejärjestelmäkytkennänPurkaminenEiSallittu: Viesti = {
  fi: 'Lähdejärjestelmäkytkentää ei voi purkaa tiedonsiirrolla',
  sv: 'Kopplingen till källsystemet kan inte brytas genom dataöverföring',
  en: 'The link to the source system cannot be broken by a data transfer',
  hint: {
    fi: 'Jätä lähdejärjestelmäkytkentäPurettu pois siirrosta: kytkennän purkaa vain virkailija KOSKIn käyttöliittymässä.',
    sv: 'Utelämna lähdejärjestelmäkytkentäPurettu ur överföringen: kopplingen bryts endast av en tjänsteman i KOSKI:s användargränssnitt.',
    en: "Leave lähdejärjestelmäkytkentäPurettu out of the transfer: only an official breaks the link, in KOSKI's user interface.",
  },
  lainaukset: EI_LAINAUKSIA,
}

export const lähdejärjestelmäkytkennänMuuttaminenEiSallittu: Viesti = {
  fi: 'Lähdejärjestelmäkytkennän purkamista ei voi muuttaa',
  sv: 'Brytandet av kopplingen till källsystemet kan inte ändras',
  en: 'Breaking the link to the source system cannot be changed',
  hint: {
    fi: 'Lähetä lähdejärjestelmäkytkentäPurettu täsmälleen sellaisena kuin KOSKI sen tallensi, tai jätä koko opiskeluoikeus siirtämättä: purettua kytkentää ei voi muuttaa, poistaa eikä lähettää yhdessä lähdejärjestelmänId:n kanssa.',
    sv: 'Skicka lähdejärjestelmäkytkentäPurettu exakt som KOSKI sparade det, eller låt bli att överföra studierätten: en bruten koppling kan inte ändras, tas bort eller skickas tillsammans med lähdejärjestelmänId.',
    en: 'Send lähdejärjestelmäkytkentäPurettu exactly as KOSKI stored it, or do not transfer the study right: a broken link cannot be changed, removed or sent together with lähdejärjestelmänId.',
  },
  lainaukset: EI_LAINAUKSIA,
}

export const terminaalitilaaEiSaaPurkaa: Viesti = {
  fi: 'Tämän opiskeluoikeuden päättävän tilan saa vaihtaa vain toiseksi päättäväksi tilaksi',
  sv: 'Denna studierätts avslutande status får endast ändras till en annan avslutande status',
  en: "This study right's final status may only be changed to another final status",
  hint: {
    fi: 'Opiskeluoikeus, jonka lähdejärjestelmäkytkentä on purettu, pysyy päättyneenä: pidä päättävä jakso viimeisenä.',
    sv: 'En studierätt vars koppling till källsystemet har brutits förblir avslutad: behåll den avslutande perioden som den sista.',
    en: 'A study right whose link to the source system was broken stays ended: keep the final period last.',
  },
  lainaukset: EI_LAINAUKSIA,
}

export const lähdejärjestelmäIdPoistettu: Viesti = {
  fi: 'Opiskeluoikeuden lähdejärjestelmäId:tä ei voi poistaa.',
  sv: 'Studierättens lähdejärjestelmäId kan inte tas bort.',
  en: "The study right's lähdejärjestelmäId cannot be removed.",
  hint: {
    fi: 'Lähetä lähdejärjestelmänId edelleen; sen voi vaihtaa toiseksi, mutta ei poistaa.',
    sv: 'Fortsätt skicka lähdejärjestelmänId; det kan bytas ut men inte tas bort.',
    en: 'Keep sending lähdejärjestelmänId; it may be changed but not removed.',
  },
  lainaukset: EI_LAINAUKSIA,
}

const tyyppi = (koodiarvo: string): Message => koodi('opiskeluoikeudentyyppi', koodiarvo)

export const tyyppiMuuttunut = (vanha: string, uusi: string): Viesti => ({
  fi: `Opiskeluoikeuden tyyppiä ei voi vaihtaa. Vanha tyyppi ${vanha}. Uusi tyyppi ${uusi}.`,
  sv: `Studierättens typ kan inte ändras. Gammal typ ${tyyppi(vanha).sv}. Ny typ ${tyyppi(uusi).sv}.`,
  en: `The study-right type cannot be changed. Old type ${tyyppi(vanha).en}. New type ${tyyppi(uusi).en}.`,
  hint: {
    fi: 'Jos tyyppi on väärä, mitätöi tallennettu opiskeluoikeus ja lähetä uusi ilman vanhan oidia ja uudella lähdejärjestelmänId.id:llä.',
    sv: 'Om typen är fel, annullera den sparade studierätten och skicka en ny utan den gamlas oid och med ett nytt lähdejärjestelmänId.id.',
    en: 'If the type is wrong, invalidate the stored study right and send a new one without the old oid and with a new lähdejärjestelmänId.id.',
  },
})

const EI_TARKISTETTU_HINT: Message = {
  fi: 'KOSKI tarkistaa tämän opiskeluoikeuden vasta vastaanottaessaan sen; tarkista sen tiedot KOSKIn testiympäristössä tai uudemmalla kirjaston versiolla.',
  sv: 'KOSKI kontrollerar denna studierätt först när den tas emot; kontrollera dess uppgifter i KOSKI:s testmiljö eller med en nyare version av biblioteket.',
  en: "KOSKI checks this study right only when it receives it; check it in KOSKI's test environment or with a newer version of this library.",
}

/**
 * TYYPPI-1: a study right of a type KOSKI knows that this version does not validate — or, with `päätaso`, of a päätaso
 * of a supported type that it does not validate yet. Names both by their koodisto names and says what was checked.
 */
export const tyyppiEiTuettu = (koodiarvo: string, päätaso?: string): Viesti => {
  const t = tyyppi(koodiarvo)
  if (päätaso === undefined) {
    return {
      fi: `Tämä versio ei validoi opiskeluoikeuden tyyppiä ${t.fi}: tätä opiskeluoikeutta ei tarkistettu lainkaan (ei sen rakennetta eikä KOSKIn sääntöjä). Dokumentin muut osat (henkilö, muut opiskeluoikeudet) tarkistettiin.`,
      sv: `Denna version validerar inte studierättstypen ${t.sv}: den här studierätten kontrollerades inte alls (varken dess struktur eller KOSKI:s regler). Dokumentets övriga delar (personen, andra studierätter) kontrollerades.`,
      en: `This version does not validate the study-right type ${t.en}: this study right was not checked at all (neither its structure nor KOSKI's rules). The rest of the document (the person, other study rights) was checked.`,
      hint: EI_TARKISTETTU_HINT,
    }
  }
  const p = koodi('suorituksentyyppi', päätaso)
  return {
    fi: `Tämä versio ei validoi opiskeluoikeuden tyypin ${t.fi} päätason suoritusta ${p.fi}: tätä opiskeluoikeutta ei tarkistettu lainkaan (ei sen rakennetta eikä KOSKIn sääntöjä). Dokumentin muut osat (henkilö, muut opiskeluoikeudet) tarkistettiin.`,
    sv: `Denna version validerar inte prestationen på huvudnivå ${p.sv} i studierättstypen ${t.sv}: den här studierätten kontrollerades inte alls (varken dess struktur eller KOSKI:s regler). Dokumentets övriga delar (personen, andra studierätter) kontrollerades.`,
    en: `This version does not validate the main completion ${p.en} of the study-right type ${t.en}: this study right was not checked at all (neither its structure nor KOSKI's rules). The rest of the document (the person, other study rights) was checked.`,
    hint: EI_TARKISTETTU_HINT,
  }
}

/** The summary of the findings left out by `maxFindings`: `n` more of the same rule, key and path pattern. */
export const lisääSamanlaisia = (n: number, max: number): Viesti => ({
  fi: `…ja ${n} muuta samanlaista löydöstä (sama sääntö, avain ja polun kuvio; ensimmäiset ${max} on lueteltu, katso asetus maxFindings)`,
  sv: `…och ${n} fynd till av samma slag (samma regel, nyckel och sökvägsmönster; de första ${max} listas, se inställningen maxFindings)`,
  en: `…and ${n} more of the same (same rule, key and path pattern; the first ${max} are listed, see the option maxFindings)`,
  hint: {
    fi: 'Korjaa lueteltujen kaltaiset kohdat koko dokumentista; kaikki löydökset saa asetuksella maxFindings: Infinity.',
    sv: 'Rätta alla ställen av samma slag som de listade i hela dokumentet; alla fynd fås med inställningen maxFindings: Infinity.',
    en: 'Fix every place like the listed ones throughout the document; all findings are given with the option maxFindings: Infinity.',
  },
})

export const eiOpiskeluoikeus: Viesti = {
  fi: 'Syöte ei ole Oppija ({ henkilö, opiskeluoikeudet }) eikä opiskeluoikeus',
  sv: 'Indata är varken en Oppija ({ henkilö, opiskeluoikeudet }) eller en studierätt',
  en: 'The input is neither an Oppija ({ henkilö, opiskeluoikeudet }) nor a study right',
  hint: {
    fi: 'Anna validate-funktiolle KOSKIin lähetettävä JSON-dokumentti (PUT /koski/api/oppija) tai yksi sen opiskeluoikeuksista (objekti, jolla on tyyppi).',
    sv: 'Ge funktionen validate JSON-dokumentet som skickas till KOSKI (PUT /koski/api/oppija) eller en av dess studierätter (ett objekt med tyyppi).',
    en: 'Pass validate the JSON document sent to KOSKI (PUT /koski/api/oppija) or one of its study rights (an object with tyyppi).',
  },
  lainaukset: EI_LAINAUKSIA,
}

export const sisäinenVirhe: Viesti = {
  fi: 'Validointi keskeytyi odottamattomaan virheeseen; dokumenttia ei voitu tarkistaa kokonaan',
  sv: 'Valideringen avbröts av ett oväntat fel; dokumentet kunde inte kontrolleras helt',
  en: 'Validation stopped on an unexpected error; the document could not be fully checked',
  hint: {
    fi: 'Anna validate-funktiolle tavallinen JSON-arvo (esim. JSON.parse-funktion tulos), ei olioita, joilla on getter-funktioita tai proxyja. Jos syöte on tavallista JSONia, ilmoita tästä virheenä kirjaston ylläpitäjille.',
    sv: 'Ge funktionen validate ett vanligt JSON-värde (t.ex. resultatet av JSON.parse), inte objekt med getter-funktioner eller proxyer. Om indata är vanlig JSON, rapportera detta som ett fel till bibliotekets utvecklare.',
    en: "Pass validate a plain JSON value (e.g. the result of JSON.parse), not objects with getters or proxies. If the input is plain JSON, report this as a bug to the library's maintainers.",
  },
  lainaukset: EI_LAINAUKSIA,
}

export const testiympäristönLippu = (lippu: string): Viesti => ({
  fi: `Tuntematon kenttä: ${lippu} on KOSKIn testiaineiston lippu, jonka vain KOSKIn paikallinen testiympäristö hyväksyy; muualla KOSKI hylkää sen tuntemattomana kenttänä`,
  sv: `Okänt fält: ${lippu} är en flagga i KOSKI:s testdata som bara KOSKI:s lokala testmiljö godtar; annars avvisar KOSKI den som ett okänt fält`,
  en: `Unknown field: ${lippu} is a flag of KOSKI's test data that only KOSKI's local test environment accepts; anywhere else KOSKI rejects it as an unknown field`,
  hint: {
    fi: `Poista kenttä ${lippu} ennen lähettämistä.`,
    sv: `Ta bort fältet ${lippu} före överföringen.`,
    en: `Remove the field ${lippu} before sending.`,
  },
  // the flag is one of KOSKI's two (validate's TEST_FLAGS): our wording alone
  lainaukset: EI_LAINAUKSIA,
})

/** G-OHJE-1: a lisätieto list sent empty; `viite` cites the type's instruction. */
export const tyhjäLisätietolista = (kenttä: string, viite: Message): Viesti => ({
  fi: `Lisätieto ${kenttä} on lähetetty tyhjänä listana; jos oppijalla ei ole tätä lisätietoa, kenttää ei pitäisi näkyä opiskeluoikeudella ollenkaan ${viite.fi}`,
  sv: `Tilläggsuppgiften ${kenttä} har skickats som en tom lista; om den studerande inte har denna tilläggsuppgift ska fältet inte synas i studierätten alls ${viite.sv}`,
  en: `The additional-information field ${kenttä} was sent as an empty list; if the learner does not have it, the field should not appear in the study right at all ${viite.en}`,
  hint: {
    fi: `Jätä ${kenttä} kokonaan pois, kun listassa ei ole yhtään jaksoa.`,
    sv: `Utelämna ${kenttä} helt när listan inte har någon period.`,
    en: `Leave ${kenttä} out altogether when the list has no entry.`,
  },
})

/**
 * G-OHJE-2: a lisätieto period wholly outside the study right (before its alkamispäivä or after its päättymispäivä).
 * The period's own dates are not quoted: some lisätiedot are special-category data; the path names the period.
 */
export const lisätietojaksoOpiskeluoikeudenUlkopuolella = (kenttä: string, missä: 'ennen' | 'jälkeen', a: string, p: string | undefined, viite: Message): Viesti => {
  const ennen = missä === 'ennen'
  return {
    fi: `Lisätiedon ${kenttä} jakso on kokonaan opiskeluoikeuden voimassaolon ulkopuolella: se ${ennen ? `päättyy ennen opiskeluoikeuden alkamispäivää ${päiväys(a, 'fi')}` : `alkaa opiskeluoikeuden päättymispäivän ${päiväys(p!, 'fi')} jälkeen`}. Lisätiedot kuvaavat oppijan tilannetta tämän opiskeluoikeuden aikana ${viite.fi}`,
    sv: `Perioden i tilläggsuppgiften ${kenttä} ligger helt utanför studierättens giltighetstid: den ${ennen ? `slutar före studierättens inledningsdatum ${päiväys(a, 'sv')}` : `börjar efter studierättens avslutningsdatum ${päiväys(p!, 'sv')}`}. Tilläggsuppgifterna beskriver den studerandes situation under denna studierätt ${viite.sv}`,
    en: `The period of the additional-information field ${kenttä} lies wholly outside the study right's period of validity: it ${ennen ? `ends before the study right's start date ${päiväys(a, 'en')}` : `starts after the study right's end date ${päiväys(p!, 'en')}`}. The additional information describes the learner's situation during this study right ${viite.en}`,
    hint: {
      fi: 'Korjaa jakson päivät opiskeluoikeuden voimassaolon sisälle tai poista jakso.',
      sv: 'Rätta periodens datum så att de ligger inom studierättens giltighetstid, eller ta bort perioden.',
      en: "Correct the period's dates to lie within the study right's period of validity, or remove the period.",
    },
  }
}

/** G-DATE-3 (KOSKI prints the dates as ISO). */
export const suorituksenAlkamispäiväEnnenOpiskeluoikeudenAlkamispäivää = (a: string, s: string): Viesti => ({
  fi: `opiskeluoikeuden ensimmäisen tilan alkamispäivä (${a}) oltava sama tai aiempi kuin päätason suorituksen alkamispäivä (${s})`,
  sv: `startdagen för studierättens första status (${päiväys(a, 'sv')}) ska vara samma som eller tidigare än inledningsdatumet för prestationen på huvudnivå (${päiväys(s, 'sv')})`,
  en: `the start of the study right's first status (${päiväys(a, 'en')}) must be on or before the main completion's start date (${päiväys(s, 'en')})`,
  hint: {
    fi: 'Päätason suoritus ei voi alkaa ennen opiskeluoikeutta (ensimmäisen opiskeluoikeusjakson alkupäivä): korjaa suorituksen alkamispäivä tai ensimmäisen jakson alku.',
    sv: 'Prestationen på huvudnivå kan inte börja före studierätten (den första studierättsperiodens start): rätta prestationens inledningsdatum eller den första periodens start.',
    en: "The main completion cannot start before the study right (the first study-right period's start): correct the completion's start date or the first period's start.",
  },
})

/** G-STAT-1. */
export const vahvistusIlmanArviointia = (s: string): Viesti => ({
  fi: `Suorituksella ${s} on vahvistus, vaikka arviointi puuttuu`,
  sv: `Prestationen ${tunniste(s).sv} har en bekräftelse fast bedömningen saknas`,
  en: `Completion ${tunniste(s).en} has a confirmation although its assessment is missing`,
  hint: {
    fi: 'Lisää suoritukselle arviointi (arvosana ja päivä) tai poista sen vahvistus.',
    sv: 'Lägg till en bedömning (vitsord och datum) för prestationen eller ta bort dess bekräftelse.',
    en: 'Add an assessment (grade and date) to the completion or remove its confirmation.',
  },
})

const rahoitus = (koodiarvo: string): Message => koodi('opintojenrahoitus', koodiarvo)

/** G-RAH-3 (KOSKI formats the date d.M.yyyy). */
export const lukuvuosimaksuEnnenRajapäivää = (rajapäivä: string): Viesti => ({
  fi: `Lukuvuosimaksurahoitusta (opintojenRahoitus koodiarvo 16) ei voi käyttää opiskeluoikeudessa, jonka alkamispäivä on ennen ${päiväys(rajapäivä, 'fi')}`,
  sv: `Finansieringen ${rahoitus('16').sv} kan inte användas i en studierätt som börjar före ${päiväys(rajapäivä, 'sv')}`,
  en: `The funding ${rahoitus('16').en} cannot be used in a study right that starts before ${päiväys(rajapäivä, 'en')}`,
  hint: {
    fi: `Lukuvuosimaksurahoitus on käytössä vain ${päiväys(rajapäivä, 'fi')} tai myöhemmin alkavissa opiskeluoikeuksissa: käytä aiemmin alkaneessa opiskeluoikeudessa toista rahoitusmuotoa.`,
    sv: `Finansieringen med läsårsavgift används endast i studierätter som börjar ${päiväys(rajapäivä, 'sv')} eller senare: använd en annan finansieringsform i en studierätt som började tidigare.`,
    en: `Tuition-fee funding is used only in study rights starting on ${päiväys(rajapäivä, 'en')} or later: use another funding type in a study right that started earlier.`,
  },
})

/** G-RAH-4 (a). */
export const tilauskoulutusEnnenRajapäivää = (rajapäivä: string): Viesti => ({
  fi: `Tilauskoulutusrahoitusta (opintojenRahoitus koodiarvo 17) ei voi käyttää opiskeluoikeudessa, jonka alkamispäivä on ennen ${päiväys(rajapäivä, 'fi')}`,
  sv: `Finansieringen ${rahoitus('17').sv} kan inte användas i en studierätt som börjar före ${päiväys(rajapäivä, 'sv')}`,
  en: `The funding ${rahoitus('17').en} cannot be used in a study right that starts before ${päiväys(rajapäivä, 'en')}`,
  hint: {
    fi: `Tilauskoulutusrahoitus on käytössä vain ${päiväys(rajapäivä, 'fi')} tai myöhemmin alkavissa opiskeluoikeuksissa: käytä aiemmin alkaneessa opiskeluoikeudessa toista rahoitusmuotoa.`,
    sv: `Finansieringen för beställd utbildning används endast i studierätter som börjar ${päiväys(rajapäivä, 'sv')} eller senare: använd en annan finansieringsform i en studierätt som började tidigare.`,
    en: `Contract-training funding is used only in study rights starting on ${päiväys(rajapäivä, 'en')} or later: use another funding type in a study right that started earlier.`,
  },
})

/** G-RAH-4 (b). */
export const tilauskoulutusMuidenKanssa: Viesti = {
  fi: 'Tilauskoulutusrahoitusta ei voi käyttää samassa opiskeluoikeudessa muiden rahoitusmuotojen kanssa.',
  sv: `Finansieringen ${rahoitus('17').sv} kan inte användas i samma studierätt som andra finansieringsformer.`,
  en: `The funding ${rahoitus('17').en} cannot be used in the same study right as other funding types.`,
  hint: {
    fi: `Kun opiskeluoikeus on tilauskoulutusta, jokaisen rahoitetun jakson rahoitusmuoto on ${rahoitus('17').fi}; muuten älä käytä sitä lainkaan.`,
    sv: `När studierätten är beställd utbildning har varje finansierad period finansieringsformen ${rahoitus('17').sv}; annars används den inte alls.`,
    en: `When the study right is contract training, every funded period has the funding ${rahoitus('17').en}; otherwise do not use it at all.`,
  },
  lainaukset: EI_LAINAUKSIA,
}
