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
      return {
        fi: 'Organisaatio ei vastaa mitään sallituista muodoista (oid, yritys y-tunnuksella tai tutkintotoimikunta)',
        sv: 'Organisationen motsvarar inte någon av de tillåtna formerna (oid, företag med FO-nummer eller examenskommission)',
        en: 'The organisation matches none of the allowed forms (oid, company with business ID, or examination board)',
      }
    case 'Opiskeluoikeus':
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
      return {
        fi: `Koulutuksen osa ${d(issue, 'value')} ei ole tutkintokoulutukseen valmentavan koulutuksen osa; sallitut: ${d(issue, 'allowed')}`,
        sv: `Utbildningsdelen ${d(issue, 'value')} är inte en del av utbildning som handleder för examensutbildning; tillåtna: ${d(issue, 'allowed')}`,
        en: `Training part ${d(issue, 'value')} is not a part of preparatory education for an upper secondary qualification; allowed: ${d(issue, 'allowed')}`,
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
            fi: `Jaksolla on loppu ${d(issue, 'loppu')} mutta ei alkua`,
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
