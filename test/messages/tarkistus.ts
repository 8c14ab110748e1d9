/**
 * What every message must be (docs/glossary.md), as one function other tests can call too: `viestinOngelmat(m)` lists
 * what is wrong with a message (and its hint), an empty list when nothing is.
 *
 * - fi, sv and en are non-empty strings; a hint, where there is one, too.
 * - No personal data: no hetu-like string, no name placeholder, none of the learner names given.
 * - Swedish and English name a code of the shipped koodisto by its name: every whole word that is a code of a
 *   word-coded list (states, järjestämisluvat, study-right and suoritus types, TUVA grades) stands in parentheses
 *   right after its name in that language (`Utskriven (eronnut)`, `Hux-name (uri/code)`); codes given as `koodit`
 *   (numeric ones such as a rahoitus or a koulutuksen osa) must appear so too.
 * - Swedish and English do not use a term the glossary rejects.
 * - Dates: Swedish `d.M.yyyy`, English ISO; our Finnish (warnings, hints) `d.M.yyyy`.
 * - An instruction is cited only as `(KOSKI-ohje "<title>", kohta "<section>")` and its sv/en equivalents, with a
 *   title from the glossary.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Lang, Message } from '../../src/finding'
import { koodinNimi, koodistonKoodit } from '../../src/koodisto'
import { OHJEET } from '../../src/messages/muoto'

const LANGS: readonly Lang[] = ['fi', 'sv', 'en']

/** The lists whose codes are words, scanned in every Swedish and English text. */
const SANAKOODISTOT = ['koskiopiskeluoikeudentila', 'tuvajarjestamislupa', 'opiskeluoikeudentyyppi', 'suorituksentyyppi', 'arviointiasteikkotuva'] as const

const koodistotKoodille = new Map<string, string[]>()
for (const uri of SANAKOODISTOT) {
  for (const k of koodistonKoodit(uri) ?? []) {
    if (/^\d+$/.test(k)) continue
    koodistotKoodille.set(k, [...(koodistotKoodille.get(k) ?? []), uri])
  }
}

/** The glossary's rejected terms, per language, read from docs/glossary.md §2 (last column). */
export const hylätytTermit = (): Record<'sv' | 'en', string[]> => {
  const text = readFileSync(fileURLToPath(new URL('../../docs/glossary.md', import.meta.url)), 'utf8')
  const osio = text.slice(text.indexOf('## 2. Terms'), text.indexOf('## 3.'))
  const out: Record<'sv' | 'en', string[]> = { sv: [], en: [] }
  for (const rivi of osio.split('\n')) {
    if (!rivi.startsWith('| ') || rivi.startsWith('| fi ') || rivi.startsWith('|---')) continue
    const solut = rivi.split('|').map((c) => c.trim())
    const viimeinen = solut[solut.length - 2] ?? ''
    for (const osa of viimeinen.split(';')) {
      const m = /^(sv|en): (.+)$/.exec(osa.trim())
      if (m !== null) out[m[1] as 'sv' | 'en'].push(...m[2]!.split(',').map((t) => t.trim()).filter((t) => t !== ''))
    }
  }
  return out
}

const HYLÄTYT = hylätytTermit()
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A term as a whole word; any case, except for a term written with capitals (an acronym such as TUVA). */
const sanana = (termi: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(termi)}(?![\\p{L}\\p{N}])`, termi === termi.toLowerCase() ? 'iu' : 'u')
const HYLÄTYT_RE = { sv: HYLÄTYT.sv.map((t) => [t, sanana(t)] as const), en: HYLÄTYT.en.map((t) => [t, sanana(t)] as const) }

const HETU = /(?<![\p{L}\p{N}])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\p{L}\p{N}])/u
const PAIKKA = /[<{](?:hetu|etunimet|sukunimi|kutsumanimi|nimi)[>}]|\$\{/i
const ISO_PÄIVÄ = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/
const FI_PÄIVÄ = /(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?!\d)/
const OHJE_SANA: Record<Lang, string> = { fi: 'KOSKI-ohje', sv: 'KOSKI-anvisning', en: 'KOSKI instruction' }
const KOHTA_SANA: Record<Lang, string> = { fi: 'kohta', sv: 'avsnittet', en: 'section' }
const OTSIKOT = Object.values(OHJEET) as string[]

export interface Tarkistus {
  /** Codes the message is about, each to be named in sv/en: `[koodistoUri, koodiarvo]`. */
  readonly koodit?: readonly (readonly [string, string])[]
  /** The Finnish is KOSKI's (an error's text): its dates are not ours to format. */
  readonly koskenFi?: boolean
  /** Names of the learner that must not appear. */
  readonly nimet?: readonly string[]
}

const onViesti = (m: unknown): m is Message & { hint?: unknown } =>
  typeof m === 'object' && m !== null && LANGS.every((l) => typeof (m as Record<string, unknown>)[l] === 'string')

/** A code word at `i` of `text` stands right after its name in parentheses: `Name (code)` or `Name (uri/code)`. */
const nimettynä = (text: string, i: number, koodi: string, urit: readonly string[], lang: Lang): boolean =>
  text[i + koodi.length] === ')' &&
  urit.some((uri) => {
    const nimi = koodinNimi(uri, koodi)?.[lang]
    if (nimi === undefined || nimi === koodi) return text[i - 1] === '(' || text.slice(0, i).endsWith(`(${uri}/`)
    const ennen = text.slice(0, i)
    return ennen.endsWith(`${nimi} (`) || ennen.endsWith(`${nimi} (${uri}/`)
  })

function tekstinOngelmat(text: string, lang: Lang, mikä: string, t: Tarkistus, oma: boolean): string[] {
  const o: string[] = []
  const ongelma = (s: string) => o.push(`${mikä}.${lang}: ${s} — ${JSON.stringify(text)}`)
  if (text.trim() === '') ongelma('empty')
  if (HETU.test(text)) ongelma('contains a hetu-like string')
  if (PAIKKA.test(text)) ongelma('contains a placeholder')
  for (const nimi of t.nimet ?? []) if (nimi.length >= 3 && text.includes(nimi)) ongelma(`contains the name ${nimi}`)
  if (lang === 'sv' && ISO_PÄIVÄ.test(text)) ongelma('an ISO date in Swedish (d.M.yyyy)')
  if (lang === 'en' && FI_PÄIVÄ.test(text)) ongelma('a d.M.yyyy date in English (ISO)')
  if (lang === 'fi' && oma && ISO_PÄIVÄ.test(text)) ongelma('an ISO date in our Finnish (d.M.yyyy)')
  // instructions: every mention is the one citation form with a known title
  const sana = OHJE_SANA[lang]
  for (let i = text.indexOf(sana); i >= 0; i = text.indexOf(sana, i + 1)) {
    const loput = text.slice(i - 1)
    const m = new RegExp(`^\\(${escape(sana)} "([^"]+)"(?:, ${KOHTA_SANA[lang]} "[^"]+")?\\)`).exec(loput)
    if (m === null) ongelma(`an instruction not cited as (${sana} "<title>"[, ${KOHTA_SANA[lang]} "<section>"])`)
    else if (!OTSIKOT.includes(m[1]!)) ongelma(`an instruction title not in the glossary: ${m[1]}`)
  }
  if (lang === 'fi') return o
  // the terms, outside the Finnish titles of the instructions cited
  const ilmanOtsikoita = text.replace(/"[^"]*"/g, '""')
  for (const [termi, re] of HYLÄTYT_RE[lang]) if (re.test(ilmanOtsikoita)) ongelma(`uses "${termi}", which the glossary rejects`)
  for (const sanaMatch of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const sana = sanaMatch[0]
    const urit = koodistotKoodille.get(sana)
    if (urit !== undefined && !nimettynä(text, sanaMatch.index!, sana, urit, lang)) ongelma(`the code ${sana} without its name`)
  }
  for (const [uri, koodi] of t.koodit ?? []) {
    const nimi = koodinNimi(uri, koodi)?.[lang]
    if (nimi !== undefined && nimi !== koodi && !text.includes(`${nimi} (${koodi})`) && !text.includes(`${nimi} (${uri}/${koodi})`)) {
      ongelma(`the code ${uri}/${koodi} not named as "${nimi} (${koodi})"`)
    }
  }
  return o
}

/** What is wrong with `m` (a message, possibly with a hint), as readable lines naming `mikä`. */
export function viestinOngelmat(m: unknown, mikä: string, t: Tarkistus = {}): string[] {
  if (!onViesti(m)) return [`${mikä}: not a message { fi, sv, en }`]
  const o = LANGS.flatMap((l) => tekstinOngelmat(m[l], l, mikä, t, !(t.koskenFi === true)))
  if (m.hint !== undefined) {
    if (!onViesti(m.hint)) o.push(`${mikä}.hint: not a message { fi, sv, en }`)
    else o.push(...LANGS.flatMap((l) => tekstinOngelmat((m.hint as Message)[l], l, `${mikä}.hint`, { nimet: t.nimet }, true)))
  }
  return o
}
