/** Messages of the structural findings (`badRequest.validation.jsonSchema`), by KOSKI's errorType, in fi/sv/en. */
import type { Message } from '../finding'
import type { SchemaIssue } from '../codecs/schema'

const d = (issue: SchemaIssue, key: string): string => String(issue.detail?.[key] ?? '')

const tyypit: Record<string, Message> = {
  string: { fi: 'merkkijono', sv: 'sträng', en: 'string' },
  number: { fi: 'luku', sv: 'tal', en: 'number' },
  integer: { fi: 'kokonaisluku', sv: 'heltal', en: 'integer' },
  boolean: { fi: 'totuusarvo', sv: 'sanningsvärde', en: 'boolean' },
  object: { fi: 'olio', sv: 'objekt', en: 'object' },
  array: { fi: 'lista', sv: 'lista', en: 'array' },
  null: { fi: 'null', sv: 'null', en: 'null' },
  undefined: { fi: 'puuttuva arvo', sv: 'saknat värde', en: 'no value' },
}
const tyyppi = (name: string): Message => tyypit[name] ?? { fi: name, sv: name, en: name }

const notAnyOf = (issue: SchemaIssue): Message => {
  switch (issue.detail?.what) {
    case 'LocalizedString':
      return issue.detail.key === undefined
        ? {
            fi: 'Tekstistä puuttuu kieliversio: vähintään yksi kieli (fi, sv tai en) vaaditaan',
            sv: 'Texten saknar språkversion: minst ett språk (fi, sv eller en) krävs',
            en: 'The text has no language version: at least one of fi, sv or en is required',
          }
        : {
            fi: `Tekstissä on tuntematon kieli ${d(issue, 'key')}: sallitut kielet ovat fi, sv ja en`,
            sv: `Texten har ett okänt språk ${d(issue, 'key')}: tillåtna språk är fi, sv och en`,
            en: `The text has an unknown language ${d(issue, 'key')}: the allowed ones are fi, sv and en`,
          }
    case 'Organisaatio':
      return issue.detail.monitulkintainen !== undefined
        ? {
            fi: 'Organisaatio sopii kahteen muotoon yhtä hyvin (esimerkiksi oid ja tutkintotoimikunnanNumero, tai yTunnus ja tutkintotoimikunnanNumero); KOSKI ei voi tulkita sitä',
            sv: 'Organisationen passar lika väl in på två former (till exempel oid och tutkintotoimikunnanNumero, eller yTunnus och tutkintotoimikunnanNumero); KOSKI kan inte tolka den',
            en: 'The organisation fits two forms equally well (e.g. oid and tutkintotoimikunnanNumero, or yTunnus and tutkintotoimikunnanNumero); KOSKI cannot resolve it',
          }
        : {
            fi: 'Organisaatio ei vastaa mitään sallituista muodoista (oid, yritys y-tunnuksella tai tutkintotoimikunta)',
            sv: 'Organisationen motsvarar inte någon av de tillåtna formerna (oid, företag med FO-nummer eller examenskommission)',
            en: 'The organisation matches none of the allowed forms (oid, company with business ID, or examination board)',
          }
    case 'Opiskeluoikeus':
      if (issue.detail.koodistoUri !== undefined) {
        return {
          fi: `Opiskeluoikeuden tyypin koodiston on oltava opiskeluoikeudentyyppi (annettu: ${d(issue, 'koodistoUri')})`,
          sv: `Kodverket för studierättens typ ska vara opiskeluoikeudentyyppi (angivet: ${d(issue, 'koodistoUri')})`,
          en: `The code list of the study right's type must be opiskeluoikeudentyyppi (given: ${d(issue, 'koodistoUri')})`,
        }
      }
      return d(issue, 'value') === ''
        ? {
            fi: `Opiskeluoikeuden tyyppi (tyyppi.koodiarvo) puuttuu; tuetut tyypit: ${d(issue, 'allowed')}`,
            sv: `Studierättens typ (tyyppi.koodiarvo) saknas; typer som stöds: ${d(issue, 'allowed')}`,
            en: `The study right's type (tyyppi.koodiarvo) is missing; supported types: ${d(issue, 'allowed')}`,
          }
        : {
            fi: `Opiskeluoikeuden tyyppi ${d(issue, 'value')} ei ole tuettu; tuetut tyypit: ${d(issue, 'allowed')}`,
            sv: `Studierättstypen ${d(issue, 'value')} stöds inte; typer som stöds: ${d(issue, 'allowed')}`,
            en: `Study-right type ${d(issue, 'value')} is not supported; supported types: ${d(issue, 'allowed')}`,
          }
    case 'koulutuksenosattuva':
      if (d(issue, 'value') === '') {
        return {
          fi: `Osasuorituksen koulutusmoduuli.tunniste.koodiarvo puuttuu tai ei ole merkkijono; sallitut koulutuksen osat: ${d(issue, 'allowed')}`,
          sv: `Delprestationens koulutusmoduuli.tunniste.koodiarvo saknas eller är ingen sträng; tillåtna utbildningsdelar: ${d(issue, 'allowed')}`,
          en: `The osasuoritus' koulutusmoduuli.tunniste.koodiarvo is missing or not a string; allowed training parts: ${d(issue, 'allowed')}`,
        }
      }
      return {
        fi: `Koulutuksen osa ${d(issue, 'value')} ei ole tutkintokoulutukseen valmentavan koulutuksen osa; sallitut: ${d(issue, 'allowed')}`,
        sv: `Utbildningsdelen ${d(issue, 'value')} är inte en del av utbildning som handleder för examensutbildning; tillåtna: ${d(issue, 'allowed')}`,
        en: `Training part ${d(issue, 'value')} is not a part of preparatory education for an upper secondary qualification; allowed: ${d(issue, 'allowed')}`,
      }
    case 'osaaminen':
      return {
        fi: 'Tunnustettu osaaminen ei ole mikään KOSKIn suoritus: siltä puuttuu tyyppi, joka on koodiston suorituksentyyppi koodi',
        sv: 'Det erkända kunnandet är ingen prestation i KOSKI: det saknar en tyyppi som är en kod i kodverket suorituksentyyppi',
        en: 'The recognised osaaminen is no KOSKI suoritus: it has no tyyppi that is a code of code list suorituksentyyppi',
      }
    case 'OrganisaatioWithOid':
      return {
        fi: 'Organisaatiolta puuttuu oid: toimipiste on organisaatio oid-tunnuksella (oppilaitos, koulutustoimija tai muu organisaatio)',
        sv: 'Organisationen saknar oid: verksamhetsstället är en organisation med oid (läroanstalt, utbildningsanordnare eller annan organisation)',
        en: 'The organisation has no oid: a toimipiste is an organisation given by its oid (school, education provider or other organisation)',
      }
    case 'Henkilö':
      if (issue.detail.key !== undefined) {
        return {
          fi: `Henkilötiedoissa on kenttä ${d(issue, 'key')}, jota millään henkilön muodolla ei ole (OidHenkilö, UusiHenkilö, TäydellisetHenkilötiedot)`,
          sv: `Personuppgifterna har fältet ${d(issue, 'key')}, som ingen av personformerna har (OidHenkilö, UusiHenkilö, TäydellisetHenkilötiedot)`,
          en: `The person has a field ${d(issue, 'key')} that no person form has (OidHenkilö, UusiHenkilö, TäydellisetHenkilötiedot)`,
        }
      }
      if (issue.detail.muoto !== undefined) {
        const puuttuu = d(issue, 'missing')
        const ylim = d(issue, 'extra')
        const osat = (fi: string, sv: string, en: string) => ({ fi, sv, en })
        const a = puuttuu === '' ? osat('', '', '') : osat(`; puuttuu: ${puuttuu}`, `; saknas: ${puuttuu}`, `; missing: ${puuttuu}`)
        const b = ylim === '' ? osat('', '', '') : osat(`; ylimääräiset: ${ylim}`, `; extra: ${ylim}`, `; extra: ${ylim}`)
        return {
          fi: `Henkilötiedot eivät vastaa mitään henkilön muotoa (lähin ${d(issue, 'muoto')}${a.fi}${b.fi}); myös null-arvoinen kenttä lasketaan`,
          sv: `Personuppgifterna motsvarar ingen personform (närmast ${d(issue, 'muoto')}${a.sv}${b.sv}); även ett fält med värdet null räknas`,
          en: `The person matches no person form (nearest ${d(issue, 'muoto')}${a.en}${b.en}); a field whose value is null counts too`,
        }
      }
      return {
        fi: 'Henkilötietojen on oltava olio: { oid }, { hetu, etunimet, kutsumanimi?, sukunimi } tai TäydellisetHenkilötiedot',
        sv: 'Personuppgifterna ska vara ett objekt: { oid }, { hetu, etunimet, kutsumanimi?, sukunimi } eller TäydellisetHenkilötiedot',
        en: 'The person must be an object: { oid }, { hetu, etunimet, kutsumanimi?, sukunimi } or TäydellisetHenkilötiedot',
      }
    case 'suorituksenTyyppi':
      return d(issue, 'value') === ''
        ? {
            fi: `Suorituksen tyyppi (tyyppi.koodiarvo, koodisto suorituksentyyppi) puuttuu; sallitut: ${d(issue, 'allowed')}`,
            sv: `Prestationens typ (tyyppi.koodiarvo, kodverket suorituksentyyppi) saknas; tillåtna: ${d(issue, 'allowed')}`,
            en: `The suoritus type (tyyppi.koodiarvo, code list suorituksentyyppi) is missing; allowed: ${d(issue, 'allowed')}`,
          }
        : {
            fi: `Suorituksen tyyppi ${d(issue, 'value')} ei ole sallittu tässä (koodiston suorituksentyyppi oltava); sallitut: ${d(issue, 'allowed')}`,
            sv: `Prestationstypen ${d(issue, 'value')} är inte tillåten här (kodverket ska vara suorituksentyyppi); tillåtna: ${d(issue, 'allowed')}`,
            en: `Suoritus type ${d(issue, 'value')} is not allowed here (the code list must be suorituksentyyppi); allowed: ${d(issue, 'allowed')}`,
          }
    case 'koulutusmoduulinTunniste':
      return {
        fi: `Koulutuksen osan tunnisteen koodiston on oltava koulutuksenosattuva (annettu: ${d(issue, 'value')})`,
        sv: `Kodverket för utbildningsdelens identifierare ska vara koulutuksenosattuva (angivet: ${d(issue, 'value')})`,
        en: `The code list of the training part's tunniste must be koulutuksenosattuva (given: ${d(issue, 'value')})`,
      }
    case 'arviointi':
      if (issue.detail.key !== undefined) {
        return {
          fi: `Arvioinnissa on ylimääräinen kenttä ${d(issue, 'key')} (myös null-arvoinen kenttä lasketaan); sallitut: arvosana, päivä, kuvaus`,
          sv: `Bedömningen har ett oväntat fält ${d(issue, 'key')} (även ett fält med värdet null räknas); tillåtna: arvosana, päivä, kuvaus`,
          en: `The arviointi has an unexpected field ${d(issue, 'key')} (a field whose value is null counts too); allowed: arvosana, päivä, kuvaus`,
        }
      }
      if (issue.detail.field !== undefined) {
        return {
          fi: `Arvosanan on oltava koodiston arviointiasteikkotuva koodi (${d(issue, 'allowed')}); annettu: ${d(issue, 'value')}`,
          sv: `Vitsordet ska vara en kod i kodverket arviointiasteikkotuva (${d(issue, 'allowed')}); angivet: ${d(issue, 'value')}`,
          en: `The arvosana must be a code of code list arviointiasteikkotuva (${d(issue, 'allowed')}); given: ${d(issue, 'value')}`,
        }
      }
      return issue.detail.missing !== undefined
        ? {
            fi: `Arvioinnista puuttuu ${d(issue, 'missing')}`,
            sv: `Bedömningen saknar ${d(issue, 'missing')}`,
            en: `The arviointi has no ${d(issue, 'missing')}`,
          }
        : {
            fi: 'Arvioinnin on oltava olio { arvosana, päivä, kuvaus? }',
            sv: 'Bedömningen ska vara ett objekt { arvosana, päivä, kuvaus? }',
            en: 'The arviointi must be an object { arvosana, päivä, kuvaus? }',
          }
    case 'lisätiedot':
      if (issue.detail.field === undefined) {
        return {
          fi: 'Lisätietojen on oltava olio',
          sv: 'Tilläggsuppgifterna ska vara ett objekt',
          en: 'Lisätiedot must be an object',
        }
      }
      return {
        fi: `Lisätiedoissa ei ole kenttää ${d(issue, 'field')} (myös null-arvoinen kenttä lasketaan); järjestämisluvalla ${d(issue, 'lupa')} sallitut lisätiedot: ${d(issue, 'allowed')}`,
        sv: `Tilläggsuppgifterna har inget fält ${d(issue, 'field')} (även ett fält med värdet null räknas); tillåtna tilläggsuppgifter med anordnartillståndet ${d(issue, 'lupa')}: ${d(issue, 'allowed')}`,
        en: `Lisätiedot has no field ${d(issue, 'field')} (a field whose value is null counts too); allowed with the permit ${d(issue, 'lupa')}: ${d(issue, 'allowed')}`,
      }
    case 'lisätiedotIlmanLupaa':
      return {
        fi: 'Lisätietoja ei voi tulkita: järjestämislupa (ammatillinen, lukio tai perusopetus) puuttuu tai on tuntematon',
        sv: 'Tilläggsuppgifterna kan inte tolkas: anordnartillståndet (ammatillinen, lukio eller perusopetus) saknas eller är okänt',
        en: 'Lisätiedot cannot be read: the järjestämislupa (ammatillinen, lukio or perusopetus) is missing or unknown',
      }
    default:
      if (issue.detail?.field !== undefined) {
        return {
          fi: `Lisätieto ${d(issue, 'field')} ei ole sallittu järjestämisluvalla ${d(issue, 'lupa')}; sallitut lisätiedot: ${d(issue, 'allowed')}`,
          sv: `Tilläggsuppgiften ${d(issue, 'field')} är inte tillåten med anordnartillståndet ${d(issue, 'lupa')}; tillåtna tilläggsuppgifter: ${d(issue, 'allowed')}`,
          en: `Extra information ${d(issue, 'field')} is not allowed with the permit ${d(issue, 'lupa')}; allowed: ${d(issue, 'allowed')}`,
        }
      }
      return {
        fi: 'Arvo ei vastaa mitään sallituista vaihtoehdoista',
        sv: 'Värdet motsvarar inget av de tillåtna alternativen',
        en: 'The value matches none of the allowed alternatives',
      }
  }
}

/** The message of a structural finding in Finnish, Swedish and English. */
export function schemaMessage(issue: SchemaIssue): Message {
  switch (issue.errorType) {
    case 'unexpectedProperty':
      return {
        fi: 'Ylimääräinen kenttä: tällä tietorakenteella ei ole tätä kenttää',
        sv: 'Oväntat fält: denna datastruktur har inget sådant fält',
        en: 'Unexpected property: this class has no such field',
      }
    case 'missingProperty':
      return { fi: 'Pakollinen tieto puuttuu', sv: 'Obligatorisk uppgift saknas', en: 'Required property is missing' }
    case 'unexpectedType': {
      const e = tyyppi(d(issue, 'expected'))
      const a = tyyppi(d(issue, 'actual'))
      return {
        fi: `Väärä tietotyyppi: odotettiin ${e.fi}, saatiin ${a.fi}`,
        sv: `Fel datatyp: förväntade ${e.sv}, fick ${a.sv}`,
        en: `Unexpected type: expected ${e.en}, got ${a.en}`,
      }
    }
    case 'emptyString':
      return { fi: 'Tyhjä merkkijono ei ole sallittu', sv: 'En tom sträng är inte tillåten', en: 'An empty string is not allowed' }
    case 'dateFormatMismatch':
      if (issue.detail?.format !== undefined) {
        return {
          fi: 'Virheellinen aikaleima: muodon on oltava yyyy-MM-ddTHH:mm:ss (sekunnit ja niiden osat vapaaehtoisia) ilman aikavyöhykettä',
          sv: 'Felaktig tidsstämpel: formatet ska vara yyyy-MM-ddTHH:mm:ss (sekunder och bråkdelar valfria) utan tidszon',
          en: 'Invalid timestamp: the format must be yyyy-MM-ddTHH:mm:ss (seconds and fractions optional) without a time zone',
        }
      }
      return {
        fi: 'Virheellinen päivämäärä: muodon on oltava yyyy-MM-dd ja päivämäärän todellinen kalenteripäivä',
        sv: 'Felaktigt datum: formatet ska vara yyyy-MM-dd och datumet en verklig kalenderdag',
        en: 'Invalid date: the format must be yyyy-MM-dd and the date a real calendar day',
      }
    case 'regularExpressionMismatch':
      return {
        fi: `Arvo ei ole vaaditun muotoinen (${d(issue, 'pattern')})`,
        sv: `Värdet har inte det krävda formatet (${d(issue, 'pattern')})`,
        en: `The value does not have the required format (${d(issue, 'pattern')})`,
      }
    case 'enumValueMismatch':
      return {
        fi: `Arvo ${d(issue, 'value')} ei ole sallittu tässä; sallitut arvot: ${d(issue, 'allowed')}`,
        sv: `Värdet ${d(issue, 'value')} är inte tillåtet här; tillåtna värden: ${d(issue, 'allowed')}`,
        en: `Value ${d(issue, 'value')} is not allowed here; allowed values: ${d(issue, 'allowed')}`,
      }
    case 'tuntematonKoodi':
      return {
        fi: `Koodia ${d(issue, 'koodistoUri')}/${d(issue, 'koodiarvo')} ei löydy koodistosta`,
        sv: `Koden ${d(issue, 'koodistoUri')}/${d(issue, 'koodiarvo')} finns inte i kodverket`,
        en: `Code ${d(issue, 'koodistoUri')}/${d(issue, 'koodiarvo')} is not in the code list`,
      }
    case 'notAnyOf':
      return notAnyOf(issue)
    case 'lessThanMinimumNumberOfItems':
      return {
        fi: `Listassa on oltava vähintään ${d(issue, 'limit')} alkio(ta)`,
        sv: `Listan ska ha minst ${d(issue, 'limit')} element`,
        en: `The list must have at least ${d(issue, 'limit')} item(s)`,
      }
    case 'moreThanMaximumNumberOfItems':
      return {
        fi: `Listassa saa olla enintään ${d(issue, 'limit')} alkio(ta)`,
        sv: `Listan får ha högst ${d(issue, 'limit')} element`,
        en: `The list may have at most ${d(issue, 'limit')} item(s)`,
      }
    case 'smallerThanOrEqualToExclusiveMinimumValue':
      return {
        fi: `Arvon on oltava suurempi kuin ${d(issue, 'limit')}`,
        sv: `Värdet ska vara större än ${d(issue, 'limit')}`,
        en: `The value must be greater than ${d(issue, 'limit')}`,
      }
    case 'smallerThanMinimumValue':
      return {
        fi: `Arvon on oltava vähintään ${d(issue, 'limit')}`,
        sv: `Värdet ska vara minst ${d(issue, 'limit')}`,
        en: `The value must be at least ${d(issue, 'limit')}`,
      }
    case 'greaterThanOrEqualToExclusiveMaximumValue':
      return {
        fi: `Arvon on oltava pienempi kuin ${d(issue, 'limit')}`,
        sv: `Värdet ska vara mindre än ${d(issue, 'limit')}`,
        en: `The value must be less than ${d(issue, 'limit')}`,
      }
    case 'jaksonLoppuEnnenAlkua':
      return d(issue, 'alku') === ''
        ? {
            // KOSKI's text as it is, with the missing alku left empty
            fi: `Jakson alku  on jakson lopun ${d(issue, 'loppu')} jälkeen`,
            sv: `Perioden har ett slut ${d(issue, 'loppu')} men ingen början`,
            en: `The period has an end ${d(issue, 'loppu')} but no start`,
          }
        : {
            fi: `Jakson alku ${d(issue, 'alku')} on jakson lopun ${d(issue, 'loppu')} jälkeen`,
            sv: `Periodens början ${d(issue, 'alku')} är efter periodens slut ${d(issue, 'loppu')}`,
            en: `The period's start ${d(issue, 'alku')} is after its end ${d(issue, 'loppu')}`,
          }
    default:
      return { fi: 'Syötteen validointi epäonnistui', sv: 'Valideringen av indata misslyckades', en: 'The input failed validation' }
  }
}
