/**
 * The building blocks every message uses (docs/glossary.md): a code by its koodisto name in the text's language, the
 * one date form of each language, and the one way of citing an official instruction.
 */
import type { Lang, Message } from '../finding'
import { päiväluku } from '../date/kalenteri'
import { koodinNimi } from '../koodisto'

/** A message built from one function of the language. */
export const kielittäin = (f: (lang: Lang) => string): Message => ({ fi: f('fi'), sv: f('sv'), en: f('en') })

/**
 * A code by its koodisto name with the code in parentheses: `koodi('koskiopiskeluoikeudentila', 'eronnut').sv` is
 * `Utskriven (eronnut)`. A code the shipped koodisto does not name (or whose name is the code itself) is written as is.
 */
export const koodi = (koodistoUri: string, koodiarvo: string): Message => {
  const nimi = koodinNimi(koodistoUri, koodiarvo)
  return kielittäin((lang) => (nimi === undefined || nimi[lang] === koodiarvo ? koodiarvo : `${nimi[lang]} (${koodiarvo})`))
}

/**
 * A suoritus's identifier as the rules write it (`koodistoUri/koodiarvo`, or a local `koodiarvo (nimi)`), with the
 * koodisto name in front when the shipped koodisto has one: `Studiefärdigheter och karriärplaneringsfärdigheter
 * (koulutuksenosattuva/101)`.
 */
export const tunniste = (teksti: string): Message => {
  const m = /^([a-z0-9]+)\/([^/\s]+)$/.exec(teksti)
  const nimi = m === null ? undefined : koodinNimi(m[1]!, m[2]!)
  return kielittäin((lang) => (nimi === undefined || nimi[lang] === m![2] ? teksti : `${nimi[lang]} (${teksti})`))
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const SUOMI = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/

/**
 * A date in the language's one form: fi and sv `d.M.yyyy` (1.8.2021), en ISO `yyyy-MM-dd` (2021-08-01). Accepts
 * either form; anything else is returned unchanged.
 */
export function päiväys(päivä: string, lang: Lang): string {
  // the common case, a calendar date, read by its characters (päiväluku; a regular expression per date was a
  // measured cost); anything else as before
  const n = päiväluku(päivä)
  if (n >= 0) return lang === 'en' ? päivä : `${n % 100}.${Math.floor(n / 100) % 100}.${päivä.slice(0, 4)}`
  const iso = ISO.exec(päivä)
  const fi = iso === null ? SUOMI.exec(päivä) : null
  if (iso === null && fi === null) return päivä
  const [v, k, p] = iso !== null ? [iso[1]!, iso[2]!, iso[3]!] : [fi![3]!, fi![2]!.padStart(2, '0'), fi![1]!.padStart(2, '0')]
  return lang === 'en' ? `${v}-${k}-${p}` : `${Number(p)}.${Number(k)}.${v}`
}

/** A date in every language's form. */
export const päivä = (d: string): Message => kielittäin((lang) => päiväys(d, lang))

const PÄIVÄ = String.raw`\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}`
const VÄLI = new RegExp(String.raw`(${PÄIVÄ})(?: ?[–-] ?(${PÄIVÄ})?(?=$|[),\s]))?`, 'g')

/**
 * Rewrites the dates and periods of a text built from dates (a period, a list of periods, KOSKI's `A - P`) into the
 * language's form: fi/sv `13.12.2021–14.12.2021`, en `2021-12-13 – 2021-12-14`, an open end `13.12.2021–`. Only for
 * texts the library builds from validated dates, never for a value the user wrote.
 */
export function päivätTekstissä(teksti: string, lang: Lang): string {
  const viiva = lang === 'en' ? ' – ' : '–'
  return teksti.replace(VÄLI, (koko: string, a: string, b: string | undefined) => {
    const alku = päiväys(a, lang)
    if (koko === a) return alku
    return b === undefined ? `${alku}${viiva.trimEnd()}` : `${alku}${viiva}${päiväys(b, lang)}`
  })
}

/** A period in every language's form (`alku` and `loppu` ISO or `d.M.yyyy`; `loppu` may be missing). */
export const aikaväli = (alku: string, loppu: string | undefined): Message =>
  kielittäin((lang) => (loppu === undefined ? `${päiväys(alku, lang)}${lang === 'en' ? ' –' : '–'}` : `${päiväys(alku, lang)}${lang === 'en' ? ' – ' : '–'}${päiväys(loppu, lang)}`))

/** The official instructions the messages cite, by their Finnish page titles (docs/glossary.md §4). */
export const OHJEET = {
  /** Seed 000. */
  jotpa: 'Jatkuvan oppimisen ja työllisyyden palvelukeskuksen rahoittamat koulutukset Virkailijan Opintopolun palveluissa',
  /** Seed 001. */
  tuvaUseinKysyttyä: 'Usein kysyttyä TUVA-koulutuksesta',
  /** Seed 003 (its first heading: the seed has no title line). */
  vstSuostumus: 'Oma Opintopolku -palvelu opiskelijoille',
  /** Seed 004. */
  tuvaLisätiedot: '1.2 Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuksien lisätiedot',
} as const

/**
 * The citation of an instruction, the same in every message: `(KOSKI-ohje "<title>", kohta "<section>")`, in Swedish
 * `(KOSKI-anvisning "<title>", avsnittet "<section>")`, in English `(KOSKI instruction "<title>", section "<section>")`.
 * The title and the section are the page's Finnish ones in every language.
 */
export const ohjeViite = (otsikko: string, kohta?: string): Message => {
  const sana: Message = { fi: 'KOSKI-ohje', sv: 'KOSKI-anvisning', en: 'KOSKI instruction' }
  const kohdasta: Message = { fi: 'kohta', sv: 'avsnittet', en: 'section' }
  return kielittäin((lang) => `(${sana[lang]} "${otsikko}"${kohta === undefined ? '' : `, ${kohdasta[lang]} "${kohta}"`})`)
}
