/** `validate(input, options)`: decode and every rule, all findings at once. Never throws, never mutates its input. */
import { Henkilö } from './codecs/henkilo'
import { decodeAt } from './codecs/errors'
import { LISTAN_ENIMMÄISPITUUS, getOwn, isRecord, stringAt } from './codecs/schema'
import { JSON_SCHEMA_KEY, OmaPolku, childPath, error, jsonPointer, lisääKaikki, tiedotOf, toisin, viesti, warning, type Finding, type Tiedot } from './finding'
import { parseHetu } from './hetu'
import * as m from './messages/yleiset'
import { schemaMessage } from './messages/schema'
import { valitseTyyppi } from './tyypit'
import { lainaus, suojaaLöydökset } from './yksityisyys'
import type { Tarkistamaton, Tulokset } from './tyypit/maarittely'
import { resolveOptions, tallennetutOpiskeluoikeudet, type ResolvedOptions, type ValidateOptions } from './options'
import type { RuleContext } from './rules/types'

/** What {@link validate} returns: every finding at once, whether the document is valid, and the study rights it did not check. */
export interface Report {
  /**
   * True when no finding has severity `error`: no error among what was checked. A study right listed in `unchecked`
   * was not checked at all, so `valid` with a non-empty `unchecked` does not mean KOSKI would accept the document.
   */
  readonly valid: boolean
  readonly findings: readonly Finding[]
  /** Ids of the rules that could not run for lack of context (`birthDate`, `previous`), sorted. */
  readonly skipped: readonly string[]
  /**
   * The study rights this version does not validate (a type KOSKI knows beyond `TYYPIT`, or a päätaso of a supported
   * type that is not validated yet), in document order: nothing of them was checked, and `valid` says nothing of them.
   * Each also has a TYYPPI-1 warning.
   */
  readonly unchecked: readonly Tarkistamaton[]
}

const ENVELOPE_KEYS = new Set(['henkilö', 'opiskeluoikeudet'])
/** The Oppija's fields for S-1's message (frozen: its texts are made once). */
const OPPIJAN_KENTÄT: readonly string[] = Object.freeze([...ENVELOPE_KEYS])
/**
 * Flags of KOSKI's test fixtures, honoured (and removed before decoding) only in KOSKI's local mock environment
 * (OppijaServletOppijaAdder); anywhere else they are unknown keys of the Oppija: unexpectedProperty, with a message
 * that says so.
 */
const TEST_FLAGS = new Set(['ignoreKoskiValidator', 'cleanForTesting'])

const hasOwn = (u: Record<string, unknown>, key: string): boolean => Object.prototype.hasOwnProperty.call(u, key)

/** The key of a study right's `lähdejärjestelmänId` (system and id), or undefined when either is missing. */
const lähdejärjestelmäAvain = (oo: unknown): string | undefined => {
  const id = stringAt(oo, 'lähdejärjestelmänId', 'id')
  const järjestelmä = stringAt(oo, 'lähdejärjestelmänId', 'lähdejärjestelmä', 'koodiarvo')
  return id === undefined || järjestelmä === undefined ? undefined : JSON.stringify([järjestelmä, id])
}

/** The stored versions indexed once by `oid` and by `lähdejärjestelmänId` (the first of each wins), so matching is linear. */
interface TallennetutVersiot {
  readonly list: readonly unknown[]
  readonly oideittain: ReadonlyMap<string, unknown>
  readonly lähdejärjestelmittäin: ReadonlyMap<string, unknown>
}

const indeksoi = (kaikki: readonly unknown[]): TallennetutVersiot => {
  // as long a list as validate reads; a hole is skipped (no stored version there)
  const list = kaikki.length > LISTAN_ENIMMÄISPITUUS ? [] : kaikki
  const oideittain = new Map<string, unknown>()
  const lähdejärjestelmittäin = new Map<string, unknown>()
  for (let i = 0; i < list.length; i++) {
    const p: unknown = list[i]
    if (p === undefined) continue
    const oid = stringAt(p, 'oid')
    if (oid !== undefined && !oideittain.has(oid)) oideittain.set(oid, p)
    const lj = lähdejärjestelmäAvain(p)
    if (lj !== undefined && !lähdejärjestelmittäin.has(lj)) lähdejärjestelmittäin.set(lj, p)
  }
  return { list, oideittain, lähdejärjestelmittäin }
}

/** The stored version of the i-th study right: by `oid`, then by `lähdejärjestelmänId`, then by position. */
const matchPrevious = (current: unknown, index: number, previous: TallennetutVersiot): unknown => {
  const oid = stringAt(current, 'oid')
  if (oid !== undefined && previous.oideittain.has(oid)) return previous.oideittain.get(oid)
  const lj = lähdejärjestelmäAvain(current)
  if (lj !== undefined && previous.lähdejärjestelmittäin.has(lj)) return previous.lähdejärjestelmittäin.get(lj)
  return previous.list[index]
}

/**
 * A study right's rule context, always built here with its keys in one order, so that every context has one hidden
 * class and the rules' `ctx.*` reads stay monomorphic (a spread of a shared base made a new shape per context). `index`:
 * the study right's in `opiskeluoikeudet` (undefined: the input is a single study right, path `''`).
 */
const konteksti = (options: ResolvedOptions, index: number | undefined, birthDate: string | undefined, henkilö: unknown, previous: unknown): RuleContext => {
  const polku = OmaPolku.opiskeluoikeus(index)
  return { path: polku.path, polku, today: options.today, birthDate, previous, henkilö, options }
}

interface Collector extends Tulokset {
  readonly unchecked: Tarkistamaton[]
}

function validateOpiskeluoikeus(raw: unknown, context: RuleContext, out: Collector): void {
  const path = context.path
  // One lookup: the type's descriptor, a type KOSKI knows that this version does not validate, or the union's finding.
  const valinta = valitseTyyppi(raw)
  if ('tarkistamaton' in valinta) {
    out.findings.push(warning('TYYPPI-1', 'tyyppiEiTuettu', childPath(path, 'tyyppi'), m.tyyppiEiTuettu(valinta.tarkistamaton)))
    out.unchecked.push({ path, tyyppi: valinta.tarkistamaton })
    return
  }
  if ('issue' in valinta) {
    const { issue } = valinta
    out.findings.push(error(issue.rule, JSON_SCHEMA_KEY, path, schemaMessage(issue), issue.errorType))
    return
  }
  const tulos = valinta.kuvaus.tarkista(raw, context, out)
  if (tulos !== undefined) {
    const { tarkistamatonPäätaso: päätaso } = tulos
    const tyyppi = valinta.kuvaus.tyyppi
    out.findings.push(warning('TYYPPI-1', 'tyyppiEiTuettu', childPath(path, 'suoritukset[0].tyyppi'), m.tyyppiEiTuettu(tyyppi, päätaso)))
    out.unchecked.push({ path, tyyppi, päätaso })
  }
}

/**
 * G-HLÖ-1 and the birth date from the hetu. KOSKI validates the hetu of an UusiHenkilö only (when it creates or finds
 * the learner by it); a TäydellisetHenkilötiedot is identified by its oid and its hetu is not checked, so there it only
 * gives the birth date when it is valid.
 */
function hetuFindings(henkilö: unknown, options: ResolvedOptions): { readonly findings: Finding[]; readonly birthDate: string | undefined } {
  const hetu = stringAt(henkilö, 'hetu')
  if (hetu === undefined) return { findings: [], birthDate: undefined }
  const parsed = parseHetu(hetu, { today: options.today, acceptSynthetic: options.acceptSyntheticHetus })
  if (parsed.valid) return { findings: [], birthDate: parsed.birthDate }
  // KOSKI validates the hetu of a new person (UusiHenkilö) only; a TäydellisetHenkilötiedot is identified by its oid,
  // so a wrong hetu there passes KOSKI — but it is still wrong: a warning.
  const uusiHenkilö = getOwn(henkilö, 'oid') === undefined
  return {
    findings: [
      uusiHenkilö
        ? error('G-HLÖ-1', 'badRequest.validation.henkilötiedot.hetu', 'henkilö.hetu', m.hetuVirhe[parsed.reason])
        : warning('G-HLÖ-1', 'virheellinenHetu', 'henkilö.hetu', m.hetuVirheOidHenkilöllä(parsed.reason)),
    ],
    birthDate: undefined,
  }
}

import { kuvionTiiviste, polunKuvio, samaKuvio } from './kuvio'
export { polunKuvio, samaKuvio, sopiiKuvioon } from './kuvio'

/** The pattern's hash of a finding's path: its maker's when it built it, else from the path. */
const tiivisteOf = (f: Finding, tiedot: Tiedot | undefined): number => tiedot?.tiiviste ?? kuvionTiiviste(f.path)

// jokinYli's table, made on first use and grown as needed (a typed array of kilobytes is memory outside the heap,
// allocated and zeroed by the runtime: one per call cost more than clearing this one)
let taulukko: Int32Array | undefined
/** The first `n` cells of the table, cleared. */
const laskentataulu = (n: number): Int32Array => {
  if (taulukko === undefined || taulukko.length < n) taulukko = new Int32Array(n)
  else taulukko.fill(0, 0, n)
  return taulukko
}

/**
 * Whether some group of one severity, rule, key and path pattern may have more than `max` findings: counted by a
 * hash of the group (no pattern is built; a finding of the same maker's pattern as the one before takes its hash), so
 * a group too big is always seen and two groups that share a hash are at worst counted together. Only then are the
 * findings grouped for real.
 */
const jokinYli = (findings: readonly Finding[], max: number): boolean => {
  const lajit = new Map<string, Map<string, Map<string, number>>>()
  // the counts by hash in an open-addressed table of twice the findings' number (a power of two): no Map of numbers
  let koko = 16
  while (koko < 2 * findings.length) koko *= 2
  // hash + 1 (0 for an empty slot) at [0, koko), the counts at [koko, 2 · koko): one table, reused and cleared
  const taulu = laskentataulu(2 * koko)
  const maski = koko - 1
  let edellinen: Finding | undefined
  let edellinenKuvio: number | undefined
  let siemen = 0
  let h = 0
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!
    const tiedot = tiedotOf(f)
    // findings of one kind come together: the same strings as the finding before, compared before any lookup
    const samaLaji = edellinen !== undefined && f.key === edellinen.key && f.rule === edellinen.rule && f.severity === edellinen.severity
    if (!samaLaji) {
      let byRule = lajit.get(f.severity)
      if (byRule === undefined) lajit.set(f.severity, (byRule = new Map()))
      let byKey = byRule.get(f.rule)
      if (byKey === undefined) byRule.set(f.rule, (byKey = new Map()))
      let laji = byKey.get(f.key)
      if (laji === undefined) byKey.set(f.key, (laji = Math.imul(i + 1, 0x9e3779b1)))
      siemen = laji
    }
    const kuvio = tiedot?.kuvio
    if (!samaLaji || kuvio === undefined || kuvio !== edellinenKuvio) h = (Math.imul(tiivisteOf(f, tiedot) ^ siemen, 0x01000193) & 0x3fffffff) + 1
    edellinen = f
    edellinenKuvio = kuvio
    let at = h & maski
    while (taulu[at] !== 0 && taulu[at] !== h) at = (at + 1) & maski
    taulu[at] = h
    if (++taulu[koko + at]! > max) return true
  }
  return false
}

/** A group's counter: findings of one severity, rule, key and path pattern. */
interface Ryhmä {
  readonly kuvio: string
  /** The path of the last finding put in it: the next finding is compared with that ({@link samaKuvio}). */
  polku: string
  count: number
  summary: { index: number; finding: Finding; omitted: number } | undefined
}

/** The groups of one severity, rule and key, by pattern; and the one the last finding of them went to. */
interface Avaimen {
  readonly kuviot: Map<string, Ryhmä>
  viimeinen: Ryhmä | undefined
}

/**
 * At most `max` findings per rule, key and path pattern, in document order; the rest of each such group counted in one
 * summary finding placed right after its last listed one. Linear; nothing is done when no group can have more than
 * `max` findings (counted first by a hash of each group: see `jokinYli`). The groups are kept by severity, rule and key (the messages' own constant strings; a
 * finding of the same ones as the finding before takes its groups without a lookup) and then by pattern; a finding
 * of the same pattern as the previous one of its key (a broken list) is matched to it without building its pattern.
 */
export function rajaaLöydökset(findings: readonly Finding[], max: number): readonly Finding[] {
  if (findings.length <= max || !jokinYli(findings, max)) return findings
  const groups = new Map<string, Map<string, Map<string, Avaimen>>>()
  const summaries: Ryhmä[] = []
  const out: Finding[] = []
  let edellinen: Finding | undefined
  let edellinenKuvio: number | undefined
  let avaimen: Avaimen | undefined
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!
    const kuvio = tiedotOf(f)?.kuvio
    const samaLaji = avaimen !== undefined && f.key === edellinen!.key && f.rule === edellinen!.rule && f.severity === edellinen!.severity
    if (!samaLaji) {
      let byRule = groups.get(f.severity)
      if (byRule === undefined) groups.set(f.severity, (byRule = new Map()))
      let byKey = byRule.get(f.rule)
      if (byKey === undefined) byRule.set(f.rule, (byKey = new Map()))
      avaimen = byKey.get(f.key)
      if (avaimen === undefined) byKey.set(f.key, (avaimen = { kuviot: new Map(), viimeinen: undefined }))
    }
    edellinen = f
    let group = avaimen!.viimeinen
    // the same maker's pattern as the finding before: its group, no path read
    const samaRyhmä = samaLaji && kuvio !== undefined && kuvio === edellinenKuvio
    edellinenKuvio = kuvio
    if (group === undefined || (!samaRyhmä && !samaKuvio(f.path, group.polku))) {
      const kuvio = polunKuvio(f.path)
      group = avaimen!.kuviot.get(kuvio)
      if (group === undefined) avaimen!.kuviot.set(kuvio, (group = { kuvio, polku: f.path, count: 0, summary: undefined }))
      avaimen!.viimeinen = group
    }
    group.polku = f.path
    if (++group.count <= max) {
      out.push(f)
      continue
    }
    if (group.summary !== undefined) group.summary.omitted++
    else {
      group.summary = { index: out.length, finding: f, omitted: 1 }
      summaries.push(group)
      out.push(f) // the summary's place, filled in below
    }
  }
  for (const { summary } of summaries) {
    const { index, finding, omitted } = summary!
    const kuvio = polunKuvio(finding.path)
    const { message, hint } = viesti(m.lisääSamanlaisia(omitted, max))
    out[index] = toisin(finding, kuvio, jsonPointer(kuvio), message, hint)
  }
  return out
}

// the skipped rules of the last call, as they were met and sorted: the calls of a batch (one type, the same options)
// skip the same rules in the same order, and sorting a handful of ids cost more than all the rest of listing them
let ohitetutEdellä: readonly string[] = []
let ohitetutJärjestyksessä: readonly string[] = []

/** The ids of `skipped` sorted (a new array each call: a report's own). */
function järjestetytOhitetut(skipped: ReadonlySet<string>): string[] {
  if (skipped.size === 0) return []
  const edellä = ohitetutEdellä
  if (edellä.length === skipped.size) {
    let i = 0
    let sama = true
    for (const id of skipped) {
      if (id !== edellä[i++]) {
        sama = false
        break
      }
    }
    if (sama) return ohitetutJärjestyksessä.slice()
  }
  const lista = [...skipped]
  const järjestetty = lista.slice().sort()
  ohitetutEdellä = lista
  ohitetutJärjestyksessä = järjestetty
  return järjestetty.slice()
}

function validateUnsafe(input: unknown, options: ValidateOptions | undefined): Report {
  const { resolved, findings: optionFindings } = resolveOptions(options)
  const out: Collector = { findings: [...optionFindings], skipped: new Set(), unchecked: [] }
  const previous = indeksoi(tallennetutOpiskeluoikeudet(resolved.previous) ?? [])

  const isEnvelope = isRecord(input) && (hasOwn(input, 'henkilö') || hasOwn(input, 'opiskeluoikeudet'))
  const isOpiskeluoikeus = isRecord(input) && !isEnvelope && (hasOwn(input, 'tyyppi') || hasOwn(input, 'tila') || hasOwn(input, 'suoritukset'))

  if (isOpiskeluoikeus) {
    const prev = resolved.previous === undefined ? undefined : matchPrevious(input, 0, previous)
    validateOpiskeluoikeus(input, konteksti(resolved, undefined, resolved.birthDate, undefined, prev), out)
  } else if (isEnvelope) {
    for (const key of Object.keys(input)) {
      const v = input[key]
      if (ENVELOPE_KEYS.has(key) || v === null || v === undefined) continue
      if (TEST_FLAGS.has(key)) {
        out.findings.push(error('S-1', JSON_SCHEMA_KEY, key, m.testiympäristönLippu(key), 'unexpectedProperty'))
      } else {
        out.findings.push(error('S-1', JSON_SCHEMA_KEY, key, schemaMessage({ errorType: 'unexpectedProperty', rule: 'S-1', key: lainaus(key), luokka: 'Oppija', kentät: OPPIJAN_KENTÄT }), 'unexpectedProperty'))
      }
    }
    const rawHenkilö = getOwn(input, 'henkilö')
    let henkilö: unknown
    let birthDate = resolved.birthDate
    if (rawHenkilö === undefined || rawHenkilö === null) {
      out.findings.push(error('S-2', JSON_SCHEMA_KEY, 'henkilö', schemaMessage({ errorType: 'missingProperty', rule: 'S-2' }), 'missingProperty'))
    } else {
      const decoded = decodeAt(Henkilö, rawHenkilö, 'henkilö', resolved.maxFindings)
      if ('findings' in decoded) lisääKaikki(out.findings, decoded.findings)
      else {
        henkilö = decoded.value
        const hetu = hetuFindings(henkilö, resolved)
        lisääKaikki(out.findings, hetu.findings)
        // the option first, then the hetu, then TäydellisetHenkilötiedot.syntymäaika
        birthDate ??= hetu.birthDate ?? stringAt(henkilö, 'syntymäaika')
      }
    }
    const list = getOwn(input, 'opiskeluoikeudet')
    if (list === undefined || list === null) {
      out.findings.push(error('S-2', JSON_SCHEMA_KEY, 'opiskeluoikeudet', schemaMessage({ errorType: 'missingProperty', rule: 'S-2' }), 'missingProperty'))
    } else if (!Array.isArray(list)) {
      out.findings.push(
        error('S-2', JSON_SCHEMA_KEY, 'opiskeluoikeudet', schemaMessage({ errorType: 'unexpectedType', rule: 'S-2', expected: 'array', received: typeof list }), 'unexpectedType'),
      )
    } else if (list.length > LISTAN_ENIMMÄISPITUUS) {
      const issue = { errorType: 'moreThanMaximumNumberOfItems', rule: 'S-9', limit: LISTAN_ENIMMÄISPITUUS } as const
      out.findings.push(error(issue.rule, JSON_SCHEMA_KEY, 'opiskeluoikeudet', schemaMessage(issue), issue.errorType))
    } else if (list.length === 0) {
      out.findings.push(error('G-ENV-1', 'badRequest.validation.tyhjäOpiskeluoikeusLista', 'opiskeluoikeudet', m.tyhjäOpiskeluoikeusLista))
    } else {
      for (let i = 0; i < list.length; i++) {
        const raw: unknown = list[i] === undefined ? null : list[i] // a hole reads as JSON writes it
        const prev = resolved.previous === undefined ? undefined : matchPrevious(raw, i, previous)
        validateOpiskeluoikeus(raw, konteksti(resolved, i, birthDate, henkilö, prev), out)
      }
    }
  } else {
    out.findings.push(error('S-0', JSON_SCHEMA_KEY, '', m.eiOpiskeluoikeus, 'unexpectedType'))
  }
  return {
    valid: !out.findings.some((f) => f.severity === 'error'),
    // No finding may carry the learner's identity, wherever in the document it was put (a value, a key).
    findings: suojaaLöydökset(rajaaLöydökset(out.findings, resolved.maxFindings), isEnvelope ? getOwn(input, 'henkilö') : undefined),
    skipped: järjestetytOhitetut(out.skipped),
    unchecked: out.unchecked,
  }
}

/**
 * Validates a KOSKI document — an `Oppija` envelope (`{ henkilö, opiskeluoikeudet }`, as sent to
 * `PUT /koski/api/oppija`) or a single opiskeluoikeus — and returns every finding at once.
 * Structural findings of a study right stop its business rules, as in KOSKI. Never throws, never mutates `input`.
 */
export function validate(input: unknown, options?: ValidateOptions): Report {
  try {
    return validateUnsafe(input, options)
  } catch {
    // Defence in depth: hostile inputs (throwing getters, proxies) must not make validate throw.
    return { valid: false, findings: [error('X-INTERNAL', 'koskiValidation.sisäinenVirhe', '', m.sisäinenVirhe)], skipped: [], unchecked: [] }
  }
}

