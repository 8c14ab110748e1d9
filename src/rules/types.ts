import type { Finding } from '../finding'
import type { ResolvedOptions } from '../options'

/** Context a rule may need that the document alone does not give. Without it the rule is skipped and listed in `report.skipped`. */
export type ContextNeed = 'birthDate' | 'previous'

/** What a rule sees besides the decoded study right. */
export interface RuleContext {
  /** Path of this study right in the input (`opiskeluoikeudet[0]`, or `''` when the input is a single study right). */
  readonly path: string
  readonly today: string
  /** From the options, else from a valid `henkilö.hetu`. */
  readonly birthDate: string | undefined
  /** The stored version of this study right (raw JSON: read it defensively), when the caller gave one. */
  readonly previous: unknown
  /** The decoded `henkilö` of the envelope, when there is one. */
  readonly henkilö: unknown
  readonly options: ResolvedOptions
}

/** A pure function from a decoded study right and the context to findings, with a stable id. */
export interface Rule<A> {
  readonly id: string
  /** Context the rule cannot run without. */
  readonly needs?: readonly ContextNeed[]
  /**
   * Context this rule needs for this particular document, when that depends on the document (e.g. the birth date only
   * when no other reason decides). Called before `check`; when given, it is used instead of `needs`.
   */
  readonly needsFor?: (opiskeluoikeus: A, context: RuleContext) => readonly ContextNeed[]
  readonly check: (opiskeluoikeus: A, context: RuleContext) => readonly Finding[]
}

export const NO_FINDINGS: readonly Finding[] = Object.freeze([])
