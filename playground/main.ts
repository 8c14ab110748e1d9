/**
 * The playground page: validate a KOSKI document in the browser. It uses the library from its public entry
 * `koski-validation`, as a vendor would (the build bundles it: playground/build.mjs). No network, no storage: the page
 * reads what is pasted, dropped or opened, and shows the findings.
 */
import { validate, type Finding, type Lang, type MaksuttomuusFacts, type Report, type UncheckedStudyRight, type ValidateOptions } from 'koski-validation'
import { dokumentit, polunOsat, riviJaSarake, sijainti, type Dokumentti } from './sijainti'

/** The maksuttomuus facts (ValidateOptions.maksuttomuus), typed so that a renamed fact fails the type check. */
const FAKTAT: readonly (keyof MaksuttomuusFacts)[] = ['kotikuntaManneruomessaEnnen18', 'vapautettuOppivelvollisuudesta', 'perusopetusSuoritettuEnnen2021', 'lukuvuosimaksullinenOpiskeluoikeus', 'hetuton']

interface Tekstit {
  readonly otsikko: string
  readonly yksityisyys: string
  readonly dokumentti: string
  readonly pudota: string
  readonly avaa: string
  readonly validoi: string
  readonly asetukset: string
  readonly today: string
  readonly birthDate: string
  readonly serviceUser: string
  readonly acceptSyntheticHetus: string
  readonly maksuttomuus: string
  readonly eiTiedossa: string
  readonly previous: string
  readonly stored: string
  readonly kieli: string
  readonly valid: string
  readonly invalid: string
  readonly notChecked: (n: number) => string
  readonly errors: (n: number) => string
  readonly warnings: (n: number) => string
  readonly error: string
  readonly warning: string
  readonly dokumenttiN: (n: number, rivi: number | undefined) => string
  readonly opiskeluoikeus: (n: number) => string
  readonly kokoDokumentti: string
  readonly skipped: (ids: string) => string
  readonly tarkistamaton: (tyyppi: string, päätaso: string | undefined) => string
  readonly epäkelpoJson: (rivi: number, sarake: number) => string
  readonly epäkelpoAsetus: (nimi: string) => string
  readonly tyhjä: string
  readonly korostettu: (polku: string, rivi: number, sarake: number, tarkka: boolean) => string
  readonly yhteenveto: (n: number, valid: number, invalid: number, unchecked: number) => string
}

const TEKSTIT: Record<Lang, Tekstit> = {
  fi: {
    otsikko: 'koski-validation: tarkista KOSKI-dokumentti selaimessa',
    yksityisyys: 'Kaikki tapahtuu tällä sivulla: se ei tee yhtään verkkopyyntöä eikä tallenna mitään (sisältöturvakäytäntö estää verkkoyhteydet). Sivu toimii myös ilman verkkoyhteyttä tiedostona avattuna.',
    dokumentti: 'Dokumentti: Oppija tai opiskeluoikeus JSON-muodossa, tai useampi NDJSON-muodossa (yksi riville)',
    pudota: 'Liitä teksti tai pudota tiedosto (tai useampi) tähän.',
    avaa: 'Avaa tiedosto',
    validoi: 'Validoi',
    asetukset: 'Asetukset',
    today: 'Validointipäivä (today)',
    birthDate: 'Syntymäaika (birthDate)',
    serviceUser: 'Palvelukäyttäjä: lähdejärjestelmänId vaaditaan (serviceUser)',
    acceptSyntheticHetus: 'Hyväksy keinotekoiset 9xx-hetut (acceptSyntheticHetus)',
    maksuttomuus: 'Maksuttomuuden tiedot (maksuttomuus)',
    eiTiedossa: 'ei tiedossa',
    previous: 'KOSKIin tallennettu versio (previous, JSON)',
    stored: 'Oppijan muut opiskeluoikeudet KOSKIssa (storedStudyRights, JSON)',
    kieli: 'Kieli',
    valid: 'kelpaa',
    invalid: 'ei kelpaa',
    notChecked: (n) => (n === 1 ? 'ei tarkistettu (1 opiskeluoikeus, jota tämä versio ei validoi)' : `ei tarkistettu (${n} opiskeluoikeutta, joita tämä versio ei validoi)`),
    errors: (n) => (n === 1 ? '1 virhe' : `${n} virhettä`),
    warnings: (n) => (n === 1 ? '1 varoitus' : `${n} varoitusta`),
    error: 'virhe',
    warning: 'varoitus',
    dokumenttiN: (n, rivi) => (rivi === undefined ? 'Dokumentti' : `Dokumentti ${n} (rivi ${rivi})`),
    opiskeluoikeus: (n) => `Opiskeluoikeus ${n}`,
    kokoDokumentti: 'Koko dokumentti',
    skipped: (ids) => `Tarkistamatta, koska tietoa puuttuu (birthDate, previous, storedStudyRights): ${ids}`,
    tarkistamaton: (tyyppi, päätaso) => `Ei tarkistettu: ${tyyppi}${päätaso === undefined ? '' : ` / ${päätaso}`}`,
    epäkelpoJson: (rivi, sarake) => `Epäkelpo JSON-dokumentti (rivi ${rivi}, sarake ${sarake})`,
    epäkelpoAsetus: (nimi) => `Asetus ${nimi} ei ole kelvollista JSONia; validointia ei tehty.`,
    tyhjä: 'Liitä tai pudota dokumentti.',
    korostettu: (polku, rivi, sarake, tarkka) => `Korostettu: ${polku || '(koko dokumentti)'}, rivi ${rivi}, sarake ${sarake}${tarkka ? '' : ' (puuttuvan kentän lähin kohta)'}`,
    yhteenveto: (n, valid, invalid, unchecked) => `${n} dokumenttia: ${valid} kelpaa, ${invalid} ei kelpaa${unchecked > 0 ? `, ${unchecked} ei tarkistettu` : ''}`,
  },
  sv: {
    otsikko: 'koski-validation: kontrollera ett KOSKI-dokument i webbläsaren',
    yksityisyys: 'Allt sker på denna sida: den gör ingen nätverksbegäran och sparar ingenting (innehållssäkerhetspolicyn blockerar nätverksanslutningar). Sidan fungerar också utan nätverksanslutning, öppnad som en fil.',
    dokumentti: 'Dokument: en Oppija eller en studierätt i JSON, eller flera i NDJSON (ett per rad)',
    pudota: 'Klistra in texten eller släpp en fil (eller flera) här.',
    avaa: 'Öppna fil',
    validoi: 'Validera',
    asetukset: 'Inställningar',
    today: 'Valideringsdatum (today)',
    birthDate: 'Födelsedatum (birthDate)',
    serviceUser: 'Tjänsteanvändare: lähdejärjestelmänId krävs (serviceUser)',
    acceptSyntheticHetus: 'Godkänn konstgjorda 9xx-personbeteckningar (acceptSyntheticHetus)',
    maksuttomuus: 'Uppgifter om avgiftsfri utbildning (maksuttomuus)',
    eiTiedossa: 'okänt',
    previous: 'Versionen sparad i KOSKI (previous, JSON)',
    stored: 'Den studerandes andra studierätter i KOSKI (storedStudyRights, JSON)',
    kieli: 'Språk',
    valid: 'giltig',
    invalid: 'ogiltig',
    notChecked: (n) => (n === 1 ? 'inte kontrollerad (1 studierätt som denna version inte validerar)' : `inte kontrollerad (${n} studierätter som denna version inte validerar)`),
    errors: (n) => `${n} fel`,
    warnings: (n) => (n === 1 ? '1 varning' : `${n} varningar`),
    error: 'fel',
    warning: 'varning',
    dokumenttiN: (n, rivi) => (rivi === undefined ? 'Dokument' : `Dokument ${n} (rad ${rivi})`),
    opiskeluoikeus: (n) => `Studierätt ${n}`,
    kokoDokumentti: 'Hela dokumentet',
    skipped: (ids) => `Inte kontrollerade, uppgifter saknas (birthDate, previous, storedStudyRights): ${ids}`,
    tarkistamaton: (tyyppi, päätaso) => `Inte kontrollerad: ${tyyppi}${päätaso === undefined ? '' : ` / ${päätaso}`}`,
    epäkelpoJson: (rivi, sarake) => `Ogiltigt JSON-dokument (rad ${rivi}, kolumn ${sarake})`,
    epäkelpoAsetus: (nimi) => `Inställningen ${nimi} är inte giltig JSON; ingen validering gjordes.`,
    tyhjä: 'Klistra in eller släpp ett dokument.',
    korostettu: (polku, rivi, sarake, tarkka) => `Markerat: ${polku || '(hela dokumentet)'}, rad ${rivi}, kolumn ${sarake}${tarkka ? '' : ' (närmaste ställe för ett fält som saknas)'}`,
    yhteenveto: (n, valid, invalid, unchecked) => `${n} dokument: ${valid} giltiga, ${invalid} ogiltiga${unchecked > 0 ? `, ${unchecked} inte kontrollerade` : ''}`,
  },
  en: {
    otsikko: 'koski-validation: check a KOSKI document in the browser',
    yksityisyys: 'Everything happens on this page: it makes no network request and keeps nothing (its Content Security Policy blocks every connection). It also works offline, opened as a file.',
    dokumentti: 'Document: an Oppija or a study right as JSON, or several as NDJSON (one per line)',
    pudota: 'Paste the text or drop a file (or several) here.',
    avaa: 'Open a file',
    validoi: 'Validate',
    asetukset: 'Options',
    today: 'Validation date (today)',
    birthDate: 'Birth date (birthDate)',
    serviceUser: 'Service user: lähdejärjestelmänId required (serviceUser)',
    acceptSyntheticHetus: 'Accept synthetic 9xx personal identity codes (acceptSyntheticHetus)',
    maksuttomuus: 'Free-education facts (maksuttomuus)',
    eiTiedossa: 'unknown',
    previous: 'The version stored in KOSKI (previous, JSON)',
    stored: "The learner's other study rights in KOSKI (storedStudyRights, JSON)",
    kieli: 'Language',
    valid: 'valid',
    invalid: 'invalid',
    notChecked: (n) => (n === 1 ? 'not checked (1 study right this version does not validate)' : `not checked (${n} study rights this version does not validate)`),
    errors: (n) => (n === 1 ? '1 error' : `${n} errors`),
    warnings: (n) => (n === 1 ? '1 warning' : `${n} warnings`),
    error: 'error',
    warning: 'warning',
    dokumenttiN: (n, rivi) => (rivi === undefined ? 'Document' : `Document ${n} (line ${rivi})`),
    opiskeluoikeus: (n) => `Study right ${n}`,
    kokoDokumentti: 'Whole document',
    skipped: (ids) => `Not checked for lack of context (birthDate, previous, storedStudyRights): ${ids}`,
    tarkistamaton: (tyyppi, päätaso) => `Not checked: ${tyyppi}${päätaso === undefined ? '' : ` / ${päätaso}`}`,
    epäkelpoJson: (rivi, sarake) => `Invalid JSON document (line ${rivi}, column ${sarake})`,
    epäkelpoAsetus: (nimi) => `Option ${nimi} is not valid JSON; nothing was validated.`,
    tyhjä: 'Paste or drop a document.',
    korostettu: (polku, rivi, sarake, tarkka) => `Highlighted: ${polku || '(whole document)'}, line ${rivi}, column ${sarake}${tarkka ? '' : ' (the nearest spot of a missing field)'}`,
    yhteenveto: (n, valid, invalid, unchecked) => `${n} documents: ${valid} valid, ${invalid} invalid${unchecked > 0 ? `, ${unchecked} not checked` : ''}`,
  },
}

// --- DOM helpers (no innerHTML: every text goes in as text) ---

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T

function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  for (const c of children) el.append(c)
  return el
}

// --- State ---

/** One document's outcome: its range in the text, and the report or the JSON error. */
type Tulos =
  | { readonly dokumentti: Dokumentti; readonly report: Report; readonly opiskeluoikeudet: readonly unknown[] | undefined }
  | { readonly dokumentti: Dokumentti; readonly virhe: number }
  | { readonly asetusvirhe: string }

let tulokset: readonly Tulos[] = []
let muoto: 'json' | 'ndjson' = 'json'
let ajastin: ReturnType<typeof setTimeout> | undefined

const kieli = (): Lang => ($<HTMLSelectElement>('lang').value as Lang) || 'en'

// --- Reading the form ---

/** A JSON text area: undefined when empty; the parsed value; or a syntax error. */
function jsonKenttä(id: string): { readonly arvo: unknown } | { readonly virhe: true } {
  const teksti = $<HTMLTextAreaElement>(id).value.trim()
  if (teksti === '') return { arvo: undefined }
  try {
    return { arvo: JSON.parse(teksti) as unknown }
  } catch {
    return { virhe: true }
  }
}

function asetukset(): ValidateOptions | string {
  const maksuttomuus: Record<string, boolean> = {}
  for (const f of FAKTAT) {
    const v = $<HTMLSelectElement>(`fact-${f}`).value
    if (v !== '') maksuttomuus[f] = v === 'true'
  }
  const previous = jsonKenttä('previous')
  if ('virhe' in previous) return 'previous'
  const stored = jsonKenttä('stored')
  if ('virhe' in stored) return 'storedStudyRights'
  const today = $<HTMLInputElement>('today').value
  const birthDate = $<HTMLInputElement>('birthDate').value
  return {
    ...(today === '' ? {} : { today }),
    ...(birthDate === '' ? {} : { birthDate }),
    serviceUser: $<HTMLInputElement>('serviceUser').checked,
    acceptSyntheticHetus: $<HTMLInputElement>('acceptSyntheticHetus').checked,
    maksuttomuus,
    ...(previous.arvo === undefined ? {} : { previous: previous.arvo }),
    ...(stored.arvo === undefined ? {} : { storedStudyRights: stored.arvo }),
  }
}

/** Where JSON.parse stopped, from V8's message ("… at position 42", or "(line 3 column 5)"), relative to the text. */
function virheenKohta(teksti: string, e: unknown): number {
  const viesti = e instanceof Error ? e.message : ''
  const paikka = /position (\d+)/.exec(viesti)
  if (paikka !== null) return Number(paikka[1])
  const rs = /line (\d+) column (\d+)/.exec(viesti)
  if (rs !== null) {
    let i = 0
    for (let r = 1; r < Number(rs[1]); r++) i = teksti.indexOf('\n', i) + 1
    return i + Number(rs[2]) - 1
  }
  return /end of JSON input|Unexpected end/i.test(viesti) ? teksti.length : 0
}

// --- Validating ---

function validoi(): void {
  if (ajastin !== undefined) clearTimeout(ajastin)
  ajastin = undefined
  const teksti = $<HTMLTextAreaElement>('doc').value
  const options = asetukset()
  if (typeof options === 'string') {
    tulokset = [{ asetusvirhe: options }]
    näytä()
    return
  }
  if (teksti.trim() === '') {
    tulokset = []
    näytä()
    return
  }
  const jako = dokumentit(teksti)
  muoto = jako.muoto
  tulokset = jako.osat.map((dokumentti) => {
    const osa = teksti.slice(dokumentti.start, dokumentti.end)
    let arvo: unknown
    try {
      arvo = JSON.parse(osa)
    } catch (e) {
      return { dokumentti, virhe: dokumentti.start + virheenKohta(osa, e) }
    }
    const opiskeluoikeudet =
      typeof arvo === 'object' && arvo !== null && Array.isArray((arvo as { opiskeluoikeudet?: unknown }).opiskeluoikeudet)
        ? ((arvo as { opiskeluoikeudet: unknown[] }).opiskeluoikeudet)
        : undefined
    return { dokumentti, report: validate(arvo, options), opiskeluoikeudet }
  })
  näytä()
}

const myöhemmin = (): void => {
  if (ajastin !== undefined) clearTimeout(ajastin)
  ajastin = setTimeout(validoi, 300)
}

// --- Showing ---

/** The verdict of one report: never "valid" when a study right was not checked. */
function tuomio(report: Report, t: Tekstit): { readonly teksti: string; readonly luokka: string } {
  if (!report.valid) return { teksti: t.invalid, luokka: 'invalid' }
  if (report.unchecked.length > 0) return { teksti: t.notChecked(report.unchecked.length), luokka: 'unchecked' }
  return { teksti: t.valid, luokka: 'valid' }
}

const OO = /^opiskeluoikeudet\[(\d+)\]/

/** A study right's label: its number, type and identifiers (no personal data: a study right's own oid, the source system's id). */
function opiskeluoikeudenNimi(n: number, oo: unknown, t: Tekstit): string {
  const o = (typeof oo === 'object' && oo !== null ? oo : {}) as { tyyppi?: { koodiarvo?: unknown }; oid?: unknown; lähdejärjestelmänId?: { id?: unknown } }
  const osat = [t.opiskeluoikeus(n + 1)]
  if (typeof o.tyyppi?.koodiarvo === 'string') osat.push(o.tyyppi.koodiarvo)
  if (typeof o.oid === 'string') osat.push(o.oid)
  else if (typeof o.lähdejärjestelmänId?.id === 'string') osat.push(`lähdejärjestelmänId ${o.lähdejärjestelmänId.id}`)
  return osat.join(' · ')
}

function löydös(f: Finding, alku: number, lang: Lang, t: Tekstit): HTMLElement {
  const li = h(
    'li',
    { class: `finding ${f.severity}`, tabindex: '0', role: 'button', 'data-path': f.path, 'data-key': f.key, 'data-rule': f.rule, 'data-start': String(alku) },
    h('span', { class: 'severity' }, f.severity === 'error' ? t.error : t.warning),
    h('span', { class: 'message' }, f.message[lang]),
  )
  if (f.hint !== undefined) li.append(h('div', { class: 'hint' }, f.hint[lang]))
  li.append(h('div', { class: 'meta' }, h('code', { class: 'path' }, f.path === '' ? '(root)' : f.path), ' ', h('code', { class: 'key' }, f.key), ' ', h('span', { class: 'rule' }, f.rule)))
  const korosta = (): void => korostaKohta(li, f.path, alku)
  li.addEventListener('click', korosta)
  li.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      korosta()
    }
  })
  return li
}

function näytä(): void {
  const lang = kieli()
  const t = TEKSTIT[lang]
  document.documentElement.lang = lang
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = String(t[el.dataset.t as keyof Tekstit])
  for (const el of document.querySelectorAll<HTMLOptionElement>('option[data-unknown]')) el.textContent = t.eiTiedossa
  const tulos = $('results')
  tulos.replaceChildren()
  $('highlight').textContent = ''
  if (tulokset.length === 0) {
    tulos.append(h('p', { class: 'empty' }, t.tyhjä))
    return
  }
  const kuvattavat = tulokset.filter((x): x is Exclude<Tulos, { asetusvirhe: string }> => !('asetusvirhe' in x))
  for (const x of tulokset) if ('asetusvirhe' in x) tulos.append(h('p', { class: 'option-error' }, t.epäkelpoAsetus(x.asetusvirhe)))
  if (muoto === 'ndjson' && kuvattavat.length > 0) {
    const valid = kuvattavat.filter((x) => 'report' in x && tuomio(x.report, t).luokka === 'valid').length
    const unchecked = kuvattavat.filter((x) => 'report' in x && tuomio(x.report, t).luokka === 'unchecked').length
    tulos.append(h('p', { class: 'summary', id: 'summary' }, t.yhteenveto(kuvattavat.length, valid, kuvattavat.length - valid - unchecked, unchecked)))
  }
  kuvattavat.forEach((x, n) => {
    const osio = h('section', { class: 'document', 'data-line': String(x.dokumentti.rivi) })
    const otsikko = t.dokumenttiN(n + 1, muoto === 'ndjson' ? x.dokumentti.rivi : undefined)
    if ('virhe' in x) {
      const { rivi, sarake } = riviJaSarake($<HTMLTextAreaElement>('doc').value, x.virhe)
      osio.append(h('h2', {}, `${otsikko} — `, h('span', { class: 'verdict invalid' }, t.invalid)))
      const li = h('li', { class: 'finding error', tabindex: '0', role: 'button', 'data-key': 'badRequest.format.json' }, h('span', { class: 'severity' }, t.error), h('span', { class: 'message' }, t.epäkelpoJson(rivi, sarake)), h('div', { class: 'meta' }, h('code', { class: 'key' }, 'badRequest.format.json')))
      li.addEventListener('click', () => valitse(x.virhe, x.virhe + 1, t.korostettu('', rivi, sarake, true)))
      osio.append(h('ol', { class: 'findings' }, li))
      tulos.append(osio)
      return
    }
    const { report } = x
    const v = tuomio(report, t)
    const virheet = report.findings.filter((f) => f.severity === 'error').length
    osio.append(h('h2', {}, `${otsikko} — `, h('span', { class: `verdict ${v.luokka}` }, v.teksti)))
    osio.append(h('p', { class: 'counts' }, `${t.errors(virheet)}, ${t.warnings(report.findings.length - virheet)}`))
    // findings grouped by study right, in document order; the rest (henkilö, the envelope) under "whole document"
    const ryhmät = new Map<number, Finding[]>()
    for (const f of report.findings) {
      const m = x.opiskeluoikeudet === undefined ? null : OO.exec(f.path)
      const i = m === null ? -1 : Number(m[1])
      ryhmät.set(i, [...(ryhmät.get(i) ?? []), f])
    }
    for (const i of [...ryhmät.keys()].sort((a, b) => a - b)) {
      const nimi = i < 0 ? (x.opiskeluoikeudet === undefined ? t.opiskeluoikeus(1) : t.kokoDokumentti) : opiskeluoikeudenNimi(i, x.opiskeluoikeudet?.[i], t)
      osio.append(h('h3', {}, nimi), h('ol', { class: 'findings' }, ...ryhmät.get(i)!.map((f) => löydös(f, x.dokumentti.start, lang, t))))
    }
    if (report.unchecked.length > 0) {
      osio.append(h('ul', { class: 'unchecked-list' }, ...report.unchecked.map((u: UncheckedStudyRight) => h('li', {}, `${t.tarkistamaton(u.tyyppi, u.päätaso)} (${u.path})`))))
    }
    if (report.skipped.length > 0) osio.append(h('p', { class: 'skipped' }, t.skipped(report.skipped.join(', '))))
    tulos.append(osio)
  })
}

// --- Highlighting the spot of a finding in the document ---

function valitse(start: number, end: number, kuvaus: string): void {
  const ta = $<HTMLTextAreaElement>('doc')
  ta.focus({ preventScroll: true })
  ta.setSelectionRange(start, end, 'forward')
  const { rivi } = riviJaSarake(ta.value, start)
  const korkeus = parseFloat(getComputedStyle(ta).lineHeight) || 16
  ta.scrollTop = Math.max(0, (rivi - 4) * korkeus)
  $('highlight').textContent = kuvaus
}

function korostaKohta(li: HTMLElement, polku: string, alku: number): void {
  for (const el of document.querySelectorAll('.finding.active')) el.classList.remove('active')
  li.classList.add('active')
  const teksti = $<HTMLTextAreaElement>('doc').value
  const a = sijainti(teksti, polunOsat(polku), alku)
  const start = a.keyStart ?? a.start
  // a missing field: mark the nearest part found (the object that lacks it) when it is short, else its first line
  let end = a.end
  if (!a.exact && riviJaSarake(teksti.slice(a.start, a.end), a.end - a.start).rivi > 15) {
    const rivinLoppu = teksti.indexOf('\n', a.start)
    end = Math.min(a.end, rivinLoppu < 0 ? teksti.length : rivinLoppu)
  }
  const { rivi, sarake } = riviJaSarake(teksti, start)
  valitse(start, end, TEKSTIT[kieli()].korostettu(polku, rivi, sarake, a.exact))
}

// --- Reading files (drop or open): one file as it is; several as NDJSON, one compact line each ---

async function lueTiedostot(files: FileList | readonly File[]): Promise<void> {
  const lista = [...files]
  if (lista.length === 0) return
  const tekstit = await Promise.all(lista.map((f) => f.text()))
  let teksti: string
  if (tekstit.length === 1) teksti = tekstit[0]!
  else {
    teksti = tekstit
      .map((x) => {
        try {
          return JSON.stringify(JSON.parse(x))
        } catch {
          return x.replace(/\r?\n/g, ' ')
        }
      })
      .join('\n')
  }
  $<HTMLTextAreaElement>('doc').value = teksti
  validoi()
}

// --- Wiring ---

function alusta(): void {
  const nyt = new Date()
  $<HTMLInputElement>('today').value = `${nyt.getFullYear()}-${String(nyt.getMonth() + 1).padStart(2, '0')}-${String(nyt.getDate()).padStart(2, '0')}`
  const faktat = $('facts')
  for (const f of FAKTAT) {
    const valinta = h('select', { id: `fact-${f}`, name: f }, h('option', { value: '', 'data-unknown': '' }, ''), h('option', { value: 'true' }, 'true'), h('option', { value: 'false' }, 'false'))
    faktat.append(h('label', { class: 'fact' }, h('code', {}, f), ' ', valinta))
  }
  const lang = (navigator.language || 'en').slice(0, 2)
  $<HTMLSelectElement>('lang').value = lang === 'fi' || lang === 'sv' ? lang : 'en'
  $('validate').addEventListener('click', validoi)
  $('doc').addEventListener('input', myöhemmin)
  for (const id of ['previous', 'stored']) $(id).addEventListener('input', myöhemmin)
  for (const el of document.querySelectorAll('#options input, #options select')) el.addEventListener('change', validoi)
  $('lang').addEventListener('change', näytä)
  $<HTMLInputElement>('file').addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement
    if (input.files !== null) void lueTiedostot(input.files)
  })
  const alue = $('drop')
  alue.addEventListener('dragover', (e) => {
    e.preventDefault()
    alue.classList.add('over')
  })
  alue.addEventListener('dragleave', () => alue.classList.remove('over'))
  alue.addEventListener('drop', (e) => {
    e.preventDefault()
    alue.classList.remove('over')
    if (e.dataTransfer !== null && e.dataTransfer.files.length > 0) void lueTiedostot(e.dataTransfer.files)
  })
  näytä()
}

alusta()
