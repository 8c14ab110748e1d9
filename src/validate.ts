/** `validate(input, options)`: decode and every rule, all findings at once. Never throws, never mutates its input. */
import { Henkilö } from './codecs/henkilo'
import { Opiskeluoikeus } from './codecs/oppija'
import { decodeAt } from './codecs/errors'
import { getOwn, isRecord, stringAt } from './codecs/schema'
import { JSON_SCHEMA_KEY, error, warning, type Finding } from './finding'
import { parseHetu } from './hetu'
import { koodiOnKoodistossa } from './koodisto'
import * as m from './messages/yleiset'
import { schemaMessage } from './messages/schema'
import { validaattoriTyypille } from './opiskeluoikeudet'
import { resolveOptions, tallennetutOpiskeluoikeudet, type ResolvedOptions, type ValidateOptions } from './options'
import { onMitätöity } from './rules/helpers'
import type { OpiskeluoikeusLike } from './rules/shapes'
import { mitätöintiTulevaisuudessa } from './rules/yleiset'
import type { RuleContext } from './rules/types'

export interface Report {
  /** True when no finding has severity `error`: KOSKI would accept the document. */
  readonly valid: boolean
  readonly findings: readonly Finding[]
  /** Ids of the rules that could not run for lack of context (`birthDate`, `previous`), sorted. */
  readonly skipped: readonly string[]
}

const ENVELOPE_KEYS = new Set(['henkilö', 'opiskeluoikeudet'])
/**
 * Flags of KOSKI's test fixtures, honoured (and removed before decoding) only in KOSKI's local mock environment
 * (OppijaServletOppijaAdder); anywhere else they are unknown keys of the Oppija: unexpectedProperty, with a message
 * that says so.
 */
const TEST_FLAGS = new Set(['ignoreKoskiValidator', 'cleanForTesting'])

const hasOwn = (u: Record<string, unknown>, key: string): boolean => Object.prototype.hasOwnProperty.call(u, key)

const sameLähdejärjestelmänId = (a: unknown, b: unknown): boolean => {
  const idA = stringAt(a, 'lähdejärjestelmänId', 'id')
  const sysA = stringAt(a, 'lähdejärjestelmänId', 'lähdejärjestelmä', 'koodiarvo')
  return idA !== undefined && sysA !== undefined && idA === stringAt(b, 'lähdejärjestelmänId', 'id') && sysA === stringAt(b, 'lähdejärjestelmänId', 'lähdejärjestelmä', 'koodiarvo')
}

/** The stored version of the i-th study right: by `oid`, then by `lähdejärjestelmänId`, then by position. */
const matchPrevious = (current: unknown, index: number, previous: readonly unknown[]): unknown => {
  const oid = stringAt(current, 'oid')
  if (oid !== undefined) {
    const byOid = previous.find((p) => stringAt(p, 'oid') === oid)
    if (byOid !== undefined) return byOid
  }
  const byLj = previous.find((p) => sameLähdejärjestelmänId(current, p))
  if (byLj !== undefined) return byLj
  return previous[index]
}

interface Collector {
  readonly findings: Finding[]
  readonly skipped: Set<string>
}

function validateOpiskeluoikeus(
  raw: unknown,
  path: string,
  context: Omit<RuleContext, 'path' | 'previous'> & { readonly previous: unknown },
  out: Collector,
): void {
  const tyyppi = stringAt(raw, 'tyyppi', 'koodiarvo')
  const validaattori = validaattoriTyypille(tyyppi)
  if (validaattori === undefined && tyyppi !== undefined && koodiOnKoodistossa('opiskeluoikeudentyyppi', tyyppi) === true) {
    out.findings.push(warning('TYYPPI-1', 'tyyppiEiTuettu', path === '' ? 'tyyppi' : `${path}.tyyppi`, m.tyyppiEiTuettu(tyyppi)))
    return
  }
  // Always through the union, as KOSKI does: its discriminator (tyyppi with its koodisto) decides before the class.
  const decoded = decodeAt<unknown>(Opiskeluoikeus, raw, path)
  if ('findings' in decoded) {
    for (const f of decoded.findings) out.findings.push(f)
    return
  }
  const oo = decoded.value as OpiskeluoikeusLike
  const ctx: RuleContext = { ...context, path }
  if (onMitätöity(oo)) {
    // G-MIT-2: KOSKI stores only the mitätöinti; every other rule is skipped.
    for (const f of mitätöintiTulevaisuudessa.check(oo, ctx)) out.findings.push(f)
    return
  }
  for (const rule of validaattori!.rules) {
    const needs = rule.needsFor === undefined ? rule.needs : rule.needsFor(oo, ctx)
    // `previous` counts as given when the caller gave one, even if no stored version matches this study right (then it is new).
    if (needs?.some((need) => (need === 'previous' ? ctx.options.previous === undefined : ctx.birthDate === undefined))) {
      out.skipped.add(rule.id)
      continue
    }
    for (const f of rule.check(oo, ctx)) out.findings.push(f)
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

function validateUnsafe(input: unknown, options: ValidateOptions | undefined): Report {
  const { resolved, findings: optionFindings } = resolveOptions(options)
  const out: Collector = { findings: [...optionFindings], skipped: new Set() }
  const previous = tallennetutOpiskeluoikeudet(resolved.previous) ?? []
  const base = { today: resolved.today, options: resolved }

  const isEnvelope = isRecord(input) && (hasOwn(input, 'henkilö') || hasOwn(input, 'opiskeluoikeudet'))
  const isOpiskeluoikeus = isRecord(input) && !isEnvelope && (hasOwn(input, 'tyyppi') || hasOwn(input, 'tila') || hasOwn(input, 'suoritukset'))

  if (isOpiskeluoikeus) {
    const prev = resolved.previous === undefined ? undefined : matchPrevious(input, 0, previous)
    validateOpiskeluoikeus(input, '', { ...base, birthDate: resolved.birthDate, henkilö: undefined, previous: prev }, out)
  } else if (isEnvelope) {
    for (const key of Object.keys(input)) {
      const v = input[key]
      if (ENVELOPE_KEYS.has(key) || v === null || v === undefined) continue
      if (TEST_FLAGS.has(key)) {
        out.findings.push(error('S-1', JSON_SCHEMA_KEY, key, m.testiympäristönLippu(key), 'unexpectedProperty'))
      } else {
        out.findings.push(error('S-1', JSON_SCHEMA_KEY, key, schemaMessage({ errorType: 'unexpectedProperty', rule: 'S-1', key, luokka: 'Oppija', kentät: [...ENVELOPE_KEYS] }), 'unexpectedProperty'))
      }
    }
    const rawHenkilö = getOwn(input, 'henkilö')
    let henkilö: unknown
    let birthDate = resolved.birthDate
    if (rawHenkilö === undefined || rawHenkilö === null) {
      out.findings.push(error('S-2', JSON_SCHEMA_KEY, 'henkilö', schemaMessage({ errorType: 'missingProperty', rule: 'S-2' }), 'missingProperty'))
    } else {
      const decoded = decodeAt(Henkilö, rawHenkilö, 'henkilö')
      if ('findings' in decoded) for (const f of decoded.findings) out.findings.push(f)
      else {
        henkilö = decoded.value
        const hetu = hetuFindings(henkilö, resolved)
        for (const f of hetu.findings) out.findings.push(f)
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
    } else if (list.length === 0) {
      out.findings.push(error('G-ENV-1', 'badRequest.validation.tyhjäOpiskeluoikeusLista', 'opiskeluoikeudet', m.tyhjäOpiskeluoikeusLista))
    } else {
      for (let i = 0; i < list.length; i++) {
        const raw: unknown = list[i]
        const prev = resolved.previous === undefined ? undefined : matchPrevious(raw, i, previous)
        validateOpiskeluoikeus(raw, `opiskeluoikeudet[${i}]`, { ...base, birthDate, henkilö, previous: prev }, out)
      }
    }
  } else {
    out.findings.push(error('S-0', JSON_SCHEMA_KEY, '', m.eiOpiskeluoikeus, 'unexpectedType'))
  }
  return {
    valid: !out.findings.some((f) => f.severity === 'error'),
    findings: out.findings,
    skipped: [...out.skipped].sort(),
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
    return { valid: false, findings: [error('X-INTERNAL', 'koskiValidation.sisäinenVirhe', '', m.sisäinenVirhe)], skipped: [] }
  }
}

