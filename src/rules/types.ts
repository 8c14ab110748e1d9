import type { Finding, OmaPolku, Severity } from '../finding'
import type { ResolvedOptions } from '../options'

/** Context a rule may need that the document alone does not give. Without it the rule is skipped and listed in `report.skipped`. */
export type ContextNeed = 'birthDate' | 'previous' | 'storedStudyRights' | 'withdrawnConsents' | 'consents'

/** What a rule sees besides the decoded study right. */
export interface RuleContext {
  /** Path of this study right in the input (`opiskeluoikeudet[0]`, or `''` when the input is a single study right). */
  readonly path: string
  /** The same path as an {@link OmaPolku}, the root of the rule's own paths (`ctx.polku.kenttä('lisätiedot')`). */
  readonly polku: OmaPolku
  readonly today: string
  /** From the options, else from a valid `henkilö.hetu`. */
  readonly birthDate: string | undefined
  /** The stored version of this study right (raw JSON: read it defensively), when the caller gave one. */
  readonly previous: unknown
  /** The decoded `henkilö` of the envelope, when there is one. */
  readonly henkilö: unknown
  readonly options: ResolvedOptions
}

/**
 * Where a rule comes from. Errors name KOSKI's Scala method (and the catalogue ids, when they are not just the rule's
 * id); warnings name the instruction (seed file, the Finnish page title and the passage), or the KOSKI behaviour they
 * anticipate (`koski`), or say why they are ours (`oma`).
 */
export interface RuleSource {
  /**
   * Catalogue ids (`koski-rules.md`, copied in docs/catalogue.json) this rule implements when they are not just its
   * `id`; `[]` when the id is ours and not in the catalogue.
   */
  readonly catalogue?: readonly string[]
  /** KOSKI's Scala method, e.g. `KoskiValidator.validateOpiskeluoikeusjaksonRahoitusmuoto`. */
  readonly koski?: string
  /** The official instruction a warning comes from: seed file, the Finnish page title, the section (and passage). */
  readonly ohje?: { readonly seed: string; readonly otsikko: string; readonly kohta?: string }
  /** Why a finding of ours exists when neither KOSKI nor an instruction is its source (internal error, options). */
  readonly oma?: string
  /**
   * Dates (ISO; `YYYY-MM` where the entry has no day) of the entries of KOSKI's `validaation_muutoshistoria.md` that
   * introduced or changed the rule.
   */
  readonly muutoshistoria?: readonly string[]
}

/** When KOSKI's rule is in force (inclusive calendar dates, compared with `today`); absent = always. */
export interface Voimassaolo {
  readonly alkaen?: string
  readonly asti?: string
  /** The KOSKI config key or our option that sets the date, when it is configurable. */
  readonly asetus?: string
}

/**
 * What is known of a rule without running it, written once beside it: its id, what it checks, the key(s) and
 * severities of its findings, the context it needs and where it comes from. The README's rule tables and
 * docs/coverage.md are generated from it (`npm run gen:docs`); test/meta checks it against the findings.
 */
export interface RuleMeta {
  readonly id: string
  /** Other rule ids its findings carry (G-JAKSO-2 also reports G-JAKSO-3), when they are not just `id`. */
  readonly findingRules?: readonly string[]
  /** What the rule checks, one line in English (the README's rule tables). */
  readonly what: string
  /** KOSKI's key(s) (errors) or ours (warnings: with the `koskiValidation.` prefix), exactly as its findings carry them. */
  readonly keys: readonly string[]
  readonly severity: Severity | readonly Severity[]
  /**
   * Context the rule cannot run without. With `needsFor` (a rule that needs it only for some documents) this lists
   * everything `needsFor` may ask for; `needsFor` decides.
   */
  readonly needs?: readonly ContextNeed[]
  readonly source: RuleSource
  readonly voimassa?: Voimassaolo
}

/** A pure function from a decoded study right and the context to findings, with a stable id. */
export interface Rule<A> extends RuleMeta {
  /**
   * Context this rule needs for this particular document, when that depends on the document (e.g. the birth date only
   * when no other reason decides). Called before `check`; when given, it is used instead of `needs`.
   */
  readonly needsFor?: (opiskeluoikeus: A, context: RuleContext) => readonly ContextNeed[]
  /** The findings for one decoded study right: pure, never throws, never mutates its input. */
  readonly check: (opiskeluoikeus: A, context: RuleContext) => readonly Finding[]
}

export const NO_FINDINGS: readonly Finding[] = Object.freeze([])
