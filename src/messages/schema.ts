/**
 * Messages of the structural findings (`badRequest.validation.jsonSchema`) in fi/sv/en: one exhaustive switch over
 * the typed issues of codecs/schema.ts. Every message is generic and takes its facts from the issue (the koodisto and
 * its name, the allowed values named through the shipped koodisto, the class' fields); wording particular to one
 * study-right type comes with the issue as its `kohde` (from that type's module, `src/tyypit/<type>/rakenne.ts`).
 *
 * The Finnish texts are ours (KOSKI's jsonSchema messages are technical), except the two KOSKI writes out in Finnish
 * (tuntematonKoodi, jaksonLoppuEnnenAlkua), which are KOSKI's verbatim.
 */
import { lainauksena, tuntemattomanKentänVirhe, type Finding, type Lang, type Message, type Paikka, type Viesti } from '../finding'
import type { AnnettuKoodi, KoodinPoikkeama, NotAnyOfIssue, SchemaIssue, UnexpectedPropertyIssue, Valitsija } from '../codecs/schema'
import { koodinNimi, koodistonNimi } from '../koodisto'
import { EI_LAINAUKSIA, type LainaavaViesti } from '../yksityisyys'
import { lähinKenttä } from './lahinKentta'

/**
 * A kind not handled: adding an issue kind without a message does not compile. Reached at run time only by an issue
 * made outside the types (a caller's own codec): a generic text, never a throw.
 */
const eiKäsitelty = (_kind: never): Message => ({
  fi: 'Syötteen validointi epäonnistui',
  sv: 'Valideringen av indata misslyckades',
  en: 'The input failed validation',
})

/** The same text built in each language. */
const kielittäin = (f: (lang: Lang) => string): Message => ({ fi: f('fi'), sv: f('sv'), en: f('en') })

/** A code by its koodisto name in `lang` with the code in parentheses (`Läsnä (lasna)`), the bare code where the snapshot has no name. */
const koodi = (koodistoUri: string, koodiarvo: string, lang: Lang): string => {
  const nimi = koodinNimi(koodistoUri, koodiarvo)?.[lang]
  return nimi === undefined || nimi === koodiarvo ? koodiarvo : `${nimi} (${koodiarvo})`
}
const koodit = (koodistoUri: string, arvot: readonly string[], lang: Lang): string => arvot.map((a) => koodi(koodistoUri, a, lang)).join(', ')

/**
 * A koodisto by its uri, with its name in parentheses where the snapshot has one (`kunta (kommun)`). In sv/en only a
 * name of that language: where the snapshot has the Finnish name alone, the uri stands by itself.
 */
const koodisto = (koodistoUri: string, lang: Lang): string => {
  const nimet = koodistonNimi(koodistoUri)
  const nimi = nimet?.[lang]
  return nimi === undefined || nimi === koodistoUri || (lang !== 'fi' && nimi === nimet!.fi) ? koodistoUri : `${koodistoUri} (${nimi})`
}

// The field lists are the codecs' own arrays, made once: their text is remembered by the array (a pure function's
// memo, weakly held), as a thousand unknown keys of one class would join the same list a thousand times.
let luettelot: WeakMap<readonly string[], string> | undefined
const luettelo = (kentät: readonly string[]): string => {
  luettelot ??= new WeakMap()
  let teksti = luettelot.get(kentät)
  if (teksti === undefined) {
    teksti = kentät.join(', ')
    // a frozen or shared array is the usual case; a caller's array that changes later would still be joined anew
    if (Object.isFrozen(kentät)) luettelot.set(kentät, teksti)
  }
  return teksti
}

/** A date as the glossary writes it in Swedish (`d.M.yyyy`); English keeps ISO. */
const svPäivä = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m === null ? iso : `${Number(m[3])}.${Number(m[2])}.${m[1]}`
}

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
/** A JSON type in words; any other name (a codec's) as it is. */
const tyyppi = (name: string): Message => (Object.prototype.hasOwnProperty.call(tyypit, name) ? tyypit[name]! : { fi: name, sv: name, en: name })

/** The Finnish partitive of the JSON types, as "odotettiin …" needs it ("odotettiin oliota"). */
const partitiivit: Record<string, string> = {
  string: 'merkkijonoa',
  number: 'lukua',
  integer: 'kokonaislukua',
  boolean: 'totuusarvoa',
  object: 'oliota',
  array: 'listaa',
  null: 'null-arvoa',
  undefined: 'puuttuvaa arvoa',
}
/** What was expected, in the Finnish partitive; a codec's name as it is. */
const odotettu = (name: string): string => (Object.prototype.hasOwnProperty.call(partitiivit, name) ? partitiivit[name]! : name)

/** The text after a `kohde: ` prefix starts in lower case, unless its first word is an acronym or a name (`KOSKI`). */
const jatko = (text: string): string => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text)

const kohteella = (issue: NotAnyOfIssue, m: Message): Message =>
  issue.kohde === undefined ? m : { fi: `${issue.kohde.fi}: ${jatko(m.fi)}`, sv: `${issue.kohde.sv}: ${jatko(m.sv)}`, en: `${issue.kohde.en}: ${jatko(m.en)}` }

/** A value as given: `–` when there is none, `""` for the empty string. */
const annettuna = (s: string | undefined): string => (s === undefined ? '–' : s === '' ? '""' : s)

const annettuArvo = (koodistoUri: string, annettu: AnnettuKoodi, lang: Lang): string =>
  annettu.koodiarvo === undefined || annettu.koodiarvo === '' ? annettuna(annettu.koodiarvo) : koodi(koodistoUri, annettu.koodiarvo, lang)

/** ` (kun <field> on …)`: the code that chose the class. */
const valitsijalla = (v: Valitsija | undefined): Message =>
  v === undefined
    ? { fi: '', sv: '', en: '' }
    : {
        fi: ` (kun ${v.field} on ${koodi(v.koodistoUri, v.koodiarvo, 'fi')})`,
        sv: ` (när ${v.field} är ${koodi(v.koodistoUri, v.koodiarvo, 'sv')})`,
        en: ` (when ${v.field} is ${koodi(v.koodistoUri, v.koodiarvo, 'en')})`,
      }

/** A union member told by a code at `field`. */
const koodiUnioni = (field: string, uri: string, allowed: readonly string[], poikkeama: KoodinPoikkeama, annettu: AnnettuKoodi): Message => {
  switch (poikkeama) {
    case 'puuttuu':
      return {
        fi: `Kentän ${field} koodi puuttuu (koodiarvo puuttuu tai ei ole merkkijono); sallitut koodiston ${koodisto(uri, 'fi')} koodit: ${koodit(uri, allowed, 'fi')}`,
        sv: `Koden i fältet ${field} saknas (koodiarvo saknas eller är ingen sträng); tillåtna koder i kodverket ${koodisto(uri, 'sv')}: ${koodit(uri, allowed, 'sv')}`,
        en: `The code in field ${field} is missing (koodiarvo is missing or not a string); allowed codes of code list ${koodisto(uri, 'en')}: ${koodit(uri, allowed, 'en')}`,
      }
    case 'koodistoUri':
      return {
        fi: `Kentän ${field} koodiston on oltava ${koodisto(uri, 'fi')} (annettu: ${annettuna(annettu.koodistoUri)})`,
        sv: `Kodverket för fältet ${field} ska vara ${koodisto(uri, 'sv')} (angivet: ${annettuna(annettu.koodistoUri)})`,
        en: `The code list of field ${field} must be ${koodisto(uri, 'en')} (given: ${annettuna(annettu.koodistoUri)})`,
      }
    case 'koodiarvo':
      return {
        fi: `Kentän ${field} koodi ${annettuArvo(uri, annettu, 'fi')} ei ole sallittu tässä; sallitut koodiston ${koodisto(uri, 'fi')} koodit: ${koodit(uri, allowed, 'fi')}`,
        sv: `Koden ${annettuArvo(uri, annettu, 'sv')} i fältet ${field} är inte tillåten här; tillåtna koder i kodverket ${koodisto(uri, 'sv')}: ${koodit(uri, allowed, 'sv')}`,
        en: `The code ${annettuArvo(uri, annettu, 'en')} in field ${field} is not allowed here; allowed codes of code list ${koodisto(uri, 'en')}: ${koodit(uri, allowed, 'en')}`,
      }
    default:
      return eiKäsitelty(poikkeama)
  }
}

const SUORITUKSENTYYPPI = 'suorituksentyyppi'

const suoritusUnioni = (allowed: readonly string[] | undefined, poikkeama: KoodinPoikkeama, annettu: AnnettuKoodi, valitsija: Valitsija | undefined): Message => {
  const k = SUORITUKSENTYYPPI
  const kun = valitsijalla(valitsija)
  switch (poikkeama) {
    case 'puuttuu':
      return allowed === undefined
        ? {
            fi: `Suoritus ei ole mikään KOSKIn suoritus: siltä puuttuu tyyppi, joka on koodiston ${koodisto(k, 'fi')} koodi`,
            sv: `Prestationen är ingen prestation i KOSKI: den saknar en typ (tyyppi) som är en kod i kodverket ${koodisto(k, 'sv')}`,
            en: `The completion is no KOSKI completion: it has no type (tyyppi) that is a code of code list ${koodisto(k, 'en')}`,
          }
        : {
            fi: `Suorituksen tyyppi (tyyppi.koodiarvo, koodisto ${koodisto(k, 'fi')}) puuttuu${kun.fi}; sallitut: ${koodit(k, allowed, 'fi')}`,
            sv: `Prestationens typ (tyyppi.koodiarvo, kodverket ${koodisto(k, 'sv')}) saknas${kun.sv}; tillåtna: ${koodit(k, allowed, 'sv')}`,
            en: `The completion type (tyyppi.koodiarvo, code list ${koodisto(k, 'en')}) is missing${kun.en}; allowed: ${koodit(k, allowed, 'en')}`,
          }
    case 'koodistoUri':
      return {
        fi: `Suorituksen tyypin (tyyppi) koodiston on oltava ${koodisto(k, 'fi')} (annettu: ${annettuna(annettu.koodistoUri)})`,
        sv: `Kodverket för prestationens typ (tyyppi) ska vara ${koodisto(k, 'sv')} (angivet: ${annettuna(annettu.koodistoUri)})`,
        en: `The code list of the completion type (tyyppi) must be ${koodisto(k, 'en')} (given: ${annettuna(annettu.koodistoUri)})`,
      }
    case 'koodiarvo':
      return allowed === undefined
        ? {
            fi: `Suoritus ei ole mikään KOSKIn suoritus: sen tyyppi ${annettuArvo(k, annettu, 'fi')} ei ole koodiston ${koodisto(k, 'fi')} koodi`,
            sv: `Prestationen är ingen prestation i KOSKI: dess typ ${annettuArvo(k, annettu, 'sv')} är ingen kod i kodverket ${koodisto(k, 'sv')}`,
            en: `The completion is no KOSKI completion: its type ${annettuArvo(k, annettu, 'en')} is no code of code list ${koodisto(k, 'en')}`,
          }
        : {
            fi: `Suorituksen tyyppi ${annettuArvo(k, annettu, 'fi')} ei ole sallittu tässä${kun.fi}; sallitut: ${koodit(k, allowed, 'fi')}`,
            sv: `Prestationstypen ${annettuArvo(k, annettu, 'sv')} är inte tillåten här${kun.sv}; tillåtna: ${koodit(k, allowed, 'sv')}`,
            en: `Completion type ${annettuArvo(k, annettu, 'en')} is not allowed here${kun.en}; allowed: ${koodit(k, allowed, 'en')}`,
          }
    default:
      return eiKäsitelty(poikkeama)
  }
}

const OPISKELUOIKEUDENTYYPPI = 'opiskeluoikeudentyyppi'

const opiskeluoikeusUnioni = (allowed: readonly string[], poikkeama: KoodinPoikkeama, annettu: AnnettuKoodi): Message => {
  const k = OPISKELUOIKEUDENTYYPPI
  switch (poikkeama) {
    case 'koodistoUri':
      return {
        fi: `Opiskeluoikeuden tyypin koodiston on oltava ${koodisto(k, 'fi')} (annettu: ${annettuna(annettu.koodistoUri)})`,
        sv: `Kodverket för studierättens typ ska vara ${koodisto(k, 'sv')} (angivet: ${annettuna(annettu.koodistoUri)})`,
        en: `The code list of the study-right type must be ${koodisto(k, 'en')} (given: ${annettuna(annettu.koodistoUri)})`,
      }
    case 'puuttuu':
      return {
        fi: `Opiskeluoikeuden tyyppi (tyyppi.koodiarvo) puuttuu; tuetut tyypit: ${koodit(k, allowed, 'fi')}`,
        sv: `Studierättens typ (tyyppi.koodiarvo) saknas; typer som stöds: ${koodit(k, allowed, 'sv')}`,
        en: `The study-right type (tyyppi.koodiarvo) is missing; supported types: ${koodit(k, allowed, 'en')}`,
      }
    case 'koodiarvo':
      return {
        fi: `Opiskeluoikeuden tyyppi ${annettuArvo(k, annettu, 'fi')} ei ole tuettu; tuetut tyypit: ${koodit(k, allowed, 'fi')}`,
        sv: `Studierättens typ ${annettuArvo(k, annettu, 'sv')} stöds inte; typer som stöds: ${koodit(k, allowed, 'sv')}`,
        en: `Study-right type ${annettuArvo(k, annettu, 'en')} is not supported; supported types: ${koodit(k, allowed, 'en')}`,
      }
    default:
      return eiKäsitelty(poikkeama)
  }
}

const notAnyOf = (issue: NotAnyOfIssue): Message => {
  switch (issue.union) {
    case 'koodi':
      return kohteella(issue, koodiUnioni(issue.field, issue.koodistoUri, issue.allowed, issue.poikkeama, issue.annettu))
    case 'suoritus':
      return kohteella(issue, suoritusUnioni(issue.allowed, issue.poikkeama, issue.annettu, issue.valitsija))
    case 'opiskeluoikeus':
      return kohteella(issue, opiskeluoikeusUnioni(issue.allowed, issue.poikkeama, issue.annettu))
    case 'localizedString':
      return kohteella(
        issue,
        issue.tuntematonKieli === undefined
          ? {
              fi: 'Tekstistä puuttuu kieliversio: vähintään yksi kieli (fi, sv tai en) vaaditaan',
              sv: 'Texten saknar språkversion: minst ett språk (fi, sv eller en) krävs',
              en: 'The text has no language version: at least one of fi, sv or en is required',
            }
          : {
              fi: `Tekstissä on tuntematon kieli ${issue.tuntematonKieli}: sallitut kielet ovat fi, sv ja en`,
              sv: `Texten har ett okänt språk ${issue.tuntematonKieli}: tillåtna språk är fi, sv och en`,
              en: `The text has an unknown language ${issue.tuntematonKieli}: the allowed ones are fi, sv and en`,
            },
      )
    case 'organisaatio':
      return kohteella(
        issue,
        issue.luokka === 'OrganisaatioWithOid'
          ? {
              fi: 'Organisaatiolta puuttuu oid: toimipiste on organisaatio oid-tunnuksella (oppilaitos, koulutustoimija tai muu organisaatio)',
              sv: 'Organisationen saknar oid: verksamhetsstället är en organisation med oid (läroanstalt, utbildningsanordnare eller annan organisation)',
              en: 'The organisation has no oid: a toimipiste is an organisation given by its oid (school, education provider or other organisation)',
            }
          : issue.monitulkintainen
            ? {
                fi: 'Organisaatio sopii kahteen muotoon yhtä hyvin (esimerkiksi oid ja tutkintotoimikunnanNumero, tai yTunnus ja tutkintotoimikunnanNumero); KOSKI ei voi tulkita sitä',
                sv: 'Organisationen passar lika väl in på två former (till exempel oid och tutkintotoimikunnanNumero, eller yTunnus och tutkintotoimikunnanNumero); KOSKI kan inte tolka den',
                en: 'The organisation fits two forms equally well (e.g. oid and tutkintotoimikunnanNumero, or yTunnus and tutkintotoimikunnanNumero); KOSKI cannot resolve it',
              }
            : {
                fi: 'Organisaatio ei vastaa mitään sallituista muodoista (oid, yritys y-tunnuksella tai tutkintotoimikunta)',
                sv: 'Organisationen motsvarar inte någon av de tillåtna formerna (oid, företag med FO-nummer eller examenskommission)',
                en: 'The organisation matches none of the allowed forms (oid, company with business ID, or examination board)',
              },
      )
    case 'henkilö': {
      const muodot = luettelo(issue.muodot)
      if (issue.vieras !== undefined) {
        return kohteella(issue, {
          fi: `Henkilötiedoissa on kenttä ${issue.vieras}, jota millään henkilön muodolla ei ole (${muodot})`,
          sv: `Personuppgifterna har fältet ${issue.vieras}, som ingen av personformerna har (${muodot})`,
          en: `The person has a field ${issue.vieras} that no person form has (${muodot})`,
        })
      }
      const lähin = issue.lähin
      if (lähin !== undefined) {
        const puuttuu = luettelo(lähin.puuttuvat)
        const ylim = luettelo(lähin.ylimääräiset)
        const a = kielittäin((l) => (puuttuu === '' ? '' : `; ${{ fi: 'puuttuu', sv: 'saknas', en: 'missing' }[l]}: ${puuttuu}`))
        const b = kielittäin((l) => (ylim === '' ? '' : `; ${{ fi: 'ylimääräiset', sv: 'extra', en: 'extra' }[l]}: ${ylim}`))
        return kohteella(issue, {
          fi: `Henkilötiedot eivät vastaa mitään henkilön muotoa (${muodot}; lähin ${lähin.muoto}${a.fi}${b.fi})${lähin.nullArvoinen ? '; myös null-arvoinen kenttä lasketaan' : ''}`,
          sv: `Personuppgifterna motsvarar ingen personform (${muodot}; närmast ${lähin.muoto}${a.sv}${b.sv})${lähin.nullArvoinen ? '; även ett fält med värdet null räknas' : ''}`,
          en: `The person matches no person form (${muodot}; nearest ${lähin.muoto}${a.en}${b.en})${lähin.nullArvoinen ? '; a field whose value is null counts too' : ''}`,
        })
      }
      return kohteella(issue, {
        fi: `Henkilötietojen on oltava olio jossakin henkilön muodossa: ${muodot}`,
        sv: `Personuppgifterna ska vara ett objekt i någon av personformerna: ${muodot}`,
        en: `The person must be an object of one of the person forms: ${muodot}`,
      })
    }
    case 'kenttä': {
      const kun = issue.valitsija
      const kentät = luettelo(issue.kentät)
      if (kun !== undefined && issue.muissaJäsenissä) {
        return kohteella(issue, {
          fi: `Kenttä ${issue.key} ei ole sallittu, kun ${kun.field} on ${koodi(kun.koodistoUri, kun.koodiarvo, 'fi')} (myös null-arvoinen kenttä lasketaan); sallitut kentät: ${kentät} (luokka ${issue.luokka})`,
          sv: `Fältet ${issue.key} är inte tillåtet när ${kun.field} är ${koodi(kun.koodistoUri, kun.koodiarvo, 'sv')} (även ett fält med värdet null räknas); tillåtna fält: ${kentät} (klass ${issue.luokka})`,
          en: `Field ${issue.key} is not allowed when ${kun.field} is ${koodi(kun.koodistoUri, kun.koodiarvo, 'en')} (a field whose value is null counts too); allowed fields: ${kentät} (class ${issue.luokka})`,
        })
      }
      const v =
        kun === undefined
          ? { fi: '', sv: '', en: '' }
          : {
              fi: `, kun ${kun.field} on ${koodi(kun.koodistoUri, kun.koodiarvo, 'fi')}`,
              sv: ` när ${kun.field} är ${koodi(kun.koodistoUri, kun.koodiarvo, 'sv')}`,
              en: ` when ${kun.field} is ${koodi(kun.koodistoUri, kun.koodiarvo, 'en')}`,
            }
      return kohteella(issue, {
        fi: `Ylimääräinen kenttä ${issue.key} (myös null-arvoinen kenttä lasketaan); sallitut kentät${v.fi}: ${kentät} (luokka ${issue.luokka})`,
        sv: `Oväntat fält ${issue.key} (även ett fält med värdet null räknas); tillåtna fält${v.sv}: ${kentät} (klass ${issue.luokka})`,
        en: `Unexpected field ${issue.key} (a field whose value is null counts too); allowed fields${v.en}: ${kentät} (class ${issue.luokka})`,
      })
    }
    case 'pakollinen':
      return kohteella(issue, {
        fi: `Pakollinen kenttä ${issue.key} puuttuu (${issue.luokka})`,
        sv: `Det obligatoriska fältet ${issue.key} saknas (${issue.luokka})`,
        en: `The required field ${issue.key} is missing (${issue.luokka})`,
      })
    case 'valitsija': {
      const k = issue.koodistoUri
      return kohteella(issue, {
        fi: `Tietorakennetta ei voi valita, koska ${issue.field} puuttuu tai ei ole mikään koodiston ${koodisto(k, 'fi')} koodeista ${koodit(k, issue.allowed, 'fi')}`,
        sv: `Datastrukturen kan inte väljas eftersom ${issue.field} saknas eller är ingen av koderna ${koodit(k, issue.allowed, 'sv')} i kodverket ${koodisto(k, 'sv')}`,
        en: `The data structure cannot be chosen because ${issue.field} is missing or none of the codes ${koodit(k, issue.allowed, 'en')} of code list ${koodisto(k, 'en')}`,
      })
    }
    case 'olio': {
      const kentät = issue.kentät === undefined ? '' : ` { ${luettelo(issue.kentät)} }`
      return kohteella(issue, {
        fi: `Arvon on oltava olio (${issue.luokka}${kentät})`,
        sv: `Värdet ska vara ett objekt (${issue.luokka}${kentät})`,
        en: `The value must be an object (${issue.luokka}${kentät})`,
      })
    }
    case 'paikallinenTaiKoodistokoodi': {
      const kl = (l: Lang) => issue.koodistot.map((k) => koodisto(k, l)).join(', ')
      return kohteella(issue, {
        fi: `Koodi ei ole paikallinen koodi { koodiarvo, nimi } eikä koodiston ${kl('fi')} koodi { koodiarvo, koodistoUri }`,
        sv: `Koden är varken en lokal kod { koodiarvo, nimi } eller en kod i kodverket ${kl('sv')} { koodiarvo, koodistoUri }`,
        en: `The code is neither a local code { koodiarvo, nimi } nor a code of code list ${kl('en')} { koodiarvo, koodistoUri }`,
      })
    }
    default:
      return eiKäsitelty(issue)
  }
}

/**
 * S-1's hint, one per class and suggestion (the same texts for every unknown key of a class, made once): the closest
 * field when there is one, else the class's fields.
 */
let vihjeet: WeakMap<readonly string[], Map<string, { readonly luokka: string; readonly vihje: Message }>> | undefined
let viimeisetKentät: readonly string[] | undefined
let viimeisetVihjeet: Map<string, { readonly luokka: string; readonly vihje: Message }> | undefined
const tuntemattomanKentänVihje = (luokka: string, kentät: readonly string[], lähin: string | undefined): Message => {
  // the class looked up last (the unknown keys of a document are mostly of one class): no lookup next time
  let luokan = kentät === viimeisetKentät ? viimeisetVihjeet : undefined
  if (luokan === undefined) {
    vihjeet ??= new WeakMap()
    luokan = vihjeet.get(kentät)
    if (luokan === undefined) {
      luokan = new Map()
      // a frozen array is a codec's own (one class); a caller's array that may change later is not remembered
      if (Object.isFrozen(kentät)) vihjeet.set(kentät, luokan)
    }
    if (Object.isFrozen(kentät)) {
      viimeisetKentät = kentät
      viimeisetVihjeet = luokan
    }
  }
  // by the suggestion (a field of the class), '' for none
  const avain = lähin === undefined ? '' : lähin
  const muistettu = luokan.get(avain)
  if (muistettu !== undefined && muistettu.luokka === luokka) return muistettu.vihje
  const vihje: Message =
    lähin === undefined
      ? {
          fi: `Poista kenttä tai korjaa sen nimi; luokan ${luokka} kentät: ${luettelo(kentät)}`,
          sv: `Ta bort fältet eller rätta dess namn; fälten i klassen ${luokka}: ${luettelo(kentät)}`,
          en: `Remove the field or correct its name; the fields of class ${luokka}: ${luettelo(kentät)}`,
        }
      : {
          fi: `Tarkoititko kenttää ${lähin}? Korjaa nimi tai poista kenttä: luokalla ${luokka} ei ole tätä kenttää`,
          sv: `Menade du fältet ${lähin}? Rätta namnet eller ta bort fältet: klassen ${luokka} har inget sådant fält`,
          en: `Did you mean field ${lähin}? Correct the name or remove the field: class ${luokka} has no such field`,
        }
  luokan.set(avain, { luokka, vihje })
  return vihje
}

/** S-1's ending ` (luokka …)` in each language: made again only for another class than the last (keys come in runs). */
let viimeinenLuokka: string | undefined
let viimeisenLuokanLoppu: Message = { fi: '', sv: '', en: '' }
const luokanLoppu = (luokka: string): Message => {
  if (luokka !== viimeinenLuokka) {
    viimeinenLuokka = luokka
    viimeisenLuokanLoppu = { fi: ` (luokka ${luokka})`, sv: ` (klass ${luokka})`, en: ` (class ${luokka})` }
  }
  return viimeisenLuokanLoppu
}

/**
 * S-1: the key (the only value quoted from the document: the masking masks it alone, src/yksityisyys) and the class;
 * the hint suggests the closest field of the class, or names the class's fields.
 */
const tuntematonKenttä = (issue: UnexpectedPropertyIssue): LainaavaViesti => {
  const { key, luokka } = issue
  const loppu = luokanLoppu(luokka)
  return {
    fi: tuntematonFi(key, loppu),
    sv: tuntematonSv(key, loppu),
    en: tuntematonEn(key, loppu),
    hint: tuntemattomanVihje(key, luokka, issue.kentät),
    lainaukset: lainauksena(key),
  }
}
/**
 * S-1's hint for the key `key` of the class `luokka` of the fields `kentät`: the "did you mean" of the key (by its
 * kinds `avaimenLajit` when the caller has them), or the class's fields.
 */
const tuntemattomanVihje = (key: string, luokka: string, kentät: readonly string[], avaimenLajit?: number): Message =>
  tuntemattomanKentänVihje(luokka, kentät, lähinKenttä(key, kentät, avaimenLajit))
const tuntematonFi = (key: string, loppu: Message): string => `Tuntematon kenttä ${key}${loppu.fi}`
const tuntematonSv = (key: string, loppu: Message): string => `Okänt fält ${key}${loppu.sv}`
const tuntematonEn = (key: string, loppu: Message): string => `Unknown field ${key}${loppu.en}`

/**
 * S-1's finding itself, for the structural findings' maker: the message {@link schemaMessage} gives the issue (its
 * "did you mean" from the key's kinds `avaimenLajit` when the maker has them: `lajit` of src/messages/lahinKentta), put in
 * the finding with no message object between ({@link tuntemattomanKentänVirhe}). The key it quotes is the path's own
 * list of quoted keys when that is the key alone (the path's last key: one list for both, checked once by the masking).
 */
export const tuntemattomanKentänLöydös = (issue: UnexpectedPropertyIssue, path: string, paikka: Paikka, pointer: string, avaimenLajit?: number): Finding =>
  tuntemattomanAvaimenLöydös(issue.rule, issue.key, issue.luokka, issue.kentät, path, paikka, pointer, avaimenLajit)

/**
 * {@link tuntemattomanKentänLöydös} of the issue of these fields (`key` quoted as the issue quotes it, `lainaus`), with
 * no issue object: the maker of a thousand unknown keys' findings of one class has the rule, class and fields once.
 */
export const tuntemattomanAvaimenLöydös = (
  rule: UnexpectedPropertyIssue['rule'],
  key: string,
  luokka: string,
  kentät: readonly string[],
  path: string,
  paikka: Paikka,
  pointer: string,
  avaimenLajit?: number,
): Finding => {
  const loppu = luokanLoppu(luokka)
  const polku = paikka.polku
  return tuntemattomanKentänVirhe(
    rule,
    path,
    paikka,
    pointer,
    tuntematonFi(key, loppu),
    tuntematonSv(key, loppu),
    tuntematonEn(key, loppu),
    tuntemattomanVihje(key, luokka, kentät, avaimenLajit),
    polku.length === 1 && polku[0] === key ? polku : lainauksena(key),
  )
}

// The texts of our wording alone, made once (a finding copies them: they are never handed out themselves).
const PUUTTUU: LainaavaViesti = { fi: 'Pakollinen tieto puuttuu', sv: 'Obligatorisk uppgift saknas', en: 'Required property is missing', lainaukset: EI_LAINAUKSIA }
const TYHJÄ: LainaavaViesti = { fi: 'Tyhjä merkkijono ei ole sallittu', sv: 'En tom sträng är inte tillåten', en: 'An empty string is not allowed', lainaukset: EI_LAINAUKSIA }
const VÄÄRÄ_AIKALEIMA: LainaavaViesti = {
  fi: 'Virheellinen aikaleima: muodon on oltava yyyy-MM-ddTHH:mm:ss (sekunnit ja niiden osat vapaaehtoisia) ilman aikavyöhykettä',
  sv: 'Felaktig tidsstämpel: formatet ska vara yyyy-MM-ddTHH:mm:ss (sekunder och bråkdelar valfria) utan tidszon',
  en: 'Invalid timestamp: the format must be yyyy-MM-ddTHH:mm:ss (seconds and fractions optional) without a time zone',
  lainaukset: EI_LAINAUKSIA,
}
const VÄÄRÄ_PÄIVÄMÄÄRÄ: LainaavaViesti = {
  fi: 'Virheellinen päivämäärä: muodon on oltava yyyy-MM-dd ja päivämäärän todellinen kalenteripäivä',
  sv: 'Felaktigt datum: formatet ska vara yyyy-MM-dd och datumet en verklig kalenderdag',
  en: 'Invalid date: the format must be yyyy-MM-dd and the date a real calendar day',
  lainaukset: EI_LAINAUKSIA,
}

/**
 * The message of a structural finding in Finnish, Swedish and English (S-1's with a hint). Most name what they quote
 * from the document (`lainaukset`, for the masking: src/yksityisyys); the union messages (notAnyOf) and S-12's do not,
 * and are masked whole.
 */
export function schemaMessage(issue: SchemaIssue): Viesti {
  switch (issue.errorType) {
    case 'unexpectedProperty':
      return tuntematonKenttä(issue)
    case 'missingProperty':
      return PUUTTUU
    case 'unexpectedType': {
      const e = tyyppi(issue.expected)
      const a = tyyppi(issue.received)
      return {
        fi: `Väärä tietotyyppi: odotettiin ${odotettu(issue.expected)}, saatiin ${a.fi}`,
        sv: `Fel datatyp: förväntade ${e.sv}, fick ${a.sv}`,
        en: `Unexpected type: expected ${e.en}, got ${a.en}`,
        // a JSON type's name or a codec's (`received` is the JSON type of the value, never the value)
        lainaukset: EI_LAINAUKSIA,
      }
    }
    case 'emptyString':
      return TYHJÄ
    case 'dateFormatMismatch':
      switch (issue.format) {
        case 'yyyy-MM-ddTHH:mm:ss':
          return VÄÄRÄ_AIKALEIMA
        case 'yyyy-MM-dd':
          return VÄÄRÄ_PÄIVÄMÄÄRÄ
        default:
          return eiKäsitelty(issue.format)
      }
    case 'regularExpressionMismatch':
      return {
        fi: `Arvo ei ole vaaditun muotoinen (${issue.pattern})`,
        sv: `Värdet har inte det krävda formatet (${issue.pattern})`,
        en: `The value does not have the required format (${issue.pattern})`,
        // the codec's pattern
        lainaukset: EI_LAINAUKSIA,
      }
    case 'enumValueMismatch':
      switch (issue.field) {
        case 'koodistoUri': {
          const sallitut = (l: Lang) => issue.allowed.map((k) => koodisto(k, l)).join(', ')
          return {
            fi: `Koodisto ${annettuna(issue.received)} ei ole sallittu tässä; sallitut koodistot: ${sallitut('fi')}`,
            sv: `Kodverket ${annettuna(issue.received)} är inte tillåtet här; tillåtna kodverk: ${sallitut('sv')}`,
            en: `Code list ${annettuna(issue.received)} is not allowed here; allowed code lists: ${sallitut('en')}`,
            lainaukset: [issue.received],
          }
        }
        case 'koodiarvo': {
          const k = issue.koodistoUri
          return {
            fi: `Arvo ${annettuArvo(k, { koodiarvo: issue.received }, 'fi')} ei ole sallittu tässä; sallitut koodiston ${koodisto(k, 'fi')} arvot: ${koodit(k, issue.allowed, 'fi')}`,
            sv: `Värdet ${annettuArvo(k, { koodiarvo: issue.received }, 'sv')} är inte tillåtet här; tillåtna värden i kodverket ${koodisto(k, 'sv')}: ${koodit(k, issue.allowed, 'sv')}`,
            en: `Value ${annettuArvo(k, { koodiarvo: issue.received }, 'en')} is not allowed here; allowed values of code list ${koodisto(k, 'en')}: ${koodit(k, issue.allowed, 'en')}`,
            lainaukset: [issue.received],
          }
        }
        default:
          return eiKäsitelty(issue)
      }
    case 'tuntematonKoodi':
      return {
        // KOSKI's text
        fi: `Koodia ${issue.koodistoUri}/${issue.koodiarvo} ei löydy koodistosta`,
        sv: `Koden ${issue.koodistoUri}/${issue.koodiarvo} finns inte i kodverket ${koodisto(issue.koodistoUri, 'sv')}`,
        en: `Code ${issue.koodistoUri}/${issue.koodiarvo} is not in code list ${koodisto(issue.koodistoUri, 'en')}`,
        lainaukset: [issue.koodistoUri, issue.koodiarvo],
      }
    case 'onlyWhenMismatch':
      return {
        fi: `Kenttä ${issue.field} on sallittu vain, kun ${issue.ehto} on ${issue.allowed.join(' tai ')}`,
        sv: `Fältet ${issue.field} är tillåtet bara när ${issue.ehto} är ${issue.allowed.join(' eller ')}`,
        en: `The field ${issue.field} is allowed only when ${issue.ehto} is ${issue.allowed.join(' or ')}`,
      }
    case 'notAnyOf':
      return notAnyOf(issue)
    case 'lessThanMinimumNumberOfItems':
      return {
        fi: `Listassa on oltava vähintään ${issue.limit} alkio(ta)`,
        sv: `Listan ska ha minst ${issue.limit} element`,
        en: `The list must have at least ${issue.limit} item(s)`,
        lainaukset: EI_LAINAUKSIA,
      }
    case 'moreThanMaximumNumberOfItems':
      return {
        fi: `Listassa saa olla enintään ${issue.limit} alkio(ta)`,
        sv: `Listan får ha högst ${issue.limit} element`,
        en: `The list may have at most ${issue.limit} item(s)`,
        lainaukset: EI_LAINAUKSIA,
      }
    case 'smallerThanOrEqualToExclusiveMinimumValue':
      return {
        fi: `Arvon on oltava suurempi kuin ${issue.limit}`,
        sv: `Värdet ska vara större än ${issue.limit}`,
        en: `The value must be greater than ${issue.limit}`,
        lainaukset: EI_LAINAUKSIA,
      }
    case 'smallerThanMinimumValue':
      return {
        fi: `Arvon on oltava vähintään ${issue.limit}`,
        sv: `Värdet ska vara minst ${issue.limit}`,
        en: `The value must be at least ${issue.limit}`,
        lainaukset: EI_LAINAUKSIA,
      }
    case 'greaterThanOrEqualToExclusiveMaximumValue':
      return {
        fi: `Arvon on oltava pienempi kuin ${issue.limit}`,
        sv: `Värdet ska vara mindre än ${issue.limit}`,
        en: `The value must be less than ${issue.limit}`,
        lainaukset: EI_LAINAUKSIA,
      }
    case 'greaterThanMaximumValue':
      return {
        fi: `Arvo saa olla enintään ${issue.limit}`,
        sv: `Värdet får vara högst ${issue.limit}`,
        en: `The value must be at most ${issue.limit}`,
      }
    case 'liianSyvä':
      return {
        fi: `Osasuoritukset ovat sisäkkäin yli ${issue.limit} tasoa: KOSKI ei lue näin syvälle sisäkkäistä JSON-dokumenttia (enintään 1000 sisäkkäistä oliota ja listaa)`,
        sv: `Delprestationerna är kapslade i över ${issue.limit} nivåer: KOSKI läser inte ett så djupt kapslat JSON-dokument (högst 1000 kapslade objekt och listor)`,
        en: `The partial completions are nested more than ${issue.limit} levels deep: KOSKI does not read a JSON document nested that deep (at most 1000 nested objects and arrays)`,
      }
    case 'jaksonLoppuEnnenAlkua':
      return issue.alku === undefined
        ? {
            // KOSKI's text as it is, with the missing alku left empty
            fi: `Jakson alku  on jakson lopun ${issue.loppu} jälkeen`,
            sv: `Perioden har ett slut ${svPäivä(issue.loppu)} men ingen början`,
            en: `The period has an end ${issue.loppu} but no start`,
          }
        : {
            // KOSKI's text
            fi: `Jakson alku ${issue.alku} on jakson lopun ${issue.loppu} jälkeen`,
            sv: `Periodens början ${svPäivä(issue.alku)} är efter periodens slut ${svPäivä(issue.loppu)}`,
            en: `The period's start ${issue.alku} is after its end ${issue.loppu}`,
          }
    default:
      return eiKäsitelty(issue)
  }
}
