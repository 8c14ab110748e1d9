/**
 * What every test uses, whatever the type: validate() with today fixed, short ways to read a report, KOSKI's example
 * documents, a RuleContext for calling a rule's `check` directly, and a hetu for a birth date.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validate, type Finding, type Report, type ValidateOptions } from '../../src'
import { OmaPolku } from '../../src/finding'
import { resolveOptions } from '../../src/options'
import type { RuleContext } from '../../src/rules/types'

export { hetuFor } from '../../src/arbitraries/rakentajat'

export const TODAY = '2026-11-22'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

/** validate() with today fixed. */
export const run = (doc: unknown, options: ValidateOptions = {}): Report => validate(doc, { today: TODAY, ...options })

/** `rule key` of every finding, for compact assertions. */
export const keys = (report: Report): string[] => report.findings.map((f) => `${f.rule} ${f.key}`)

export const byRule = (report: Report, rule: string): Finding[] => report.findings.filter((f) => f.rule === rule)

/** The errors of a report as `rule key`. */
export const errors = (report: Report): string[] => report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.key}`)

/** The findings of one rule as `[path, fi message]`. */
export const found = (report: Report, rule: string): [string, string][] => byRule(report, rule).map((f) => [f.path, f.message.fi])

/** A real KOSKI example from test/fixtures/koski/examples (copied from KOSKI's backward-compatibility suite). */
export const koskiExample = (name: string): Json =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/koski/examples/${name}`, import.meta.url)), 'utf8'))

/** Days from a to b (b − a). */
export { daysBetweenDates as daysBetween } from '../../src/date/daysBetweenDates'

/**
 * A RuleContext as validate() builds it (options resolved, today fixed), for calling a rule's `check` directly; the
 * path of the first study right of an Oppija unless overridden.
 */
export const ruleContext = (overrides: Partial<RuleContext> = {}, options: ValidateOptions = {}): RuleContext => {
  const path = overrides.path ?? 'opiskeluoikeudet[0]'
  return {
    path,
    polku: OmaPolku.juuri(path),
    today: TODAY,
    birthDate: undefined,
    previous: undefined,
    henkilö: undefined,
    options: resolveOptions({ today: TODAY, ...options }).resolved,
    ...overrides,
  }
}

/** The median time of `f` over five runs, in ms. */
const mediaaniaika = (f: () => void): number => {
  const ajat: number[] = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    f()
    ajat.push(performance.now() - t0)
  }
  return ajat.sort((a, b) => a - b)[2]!
}

/**
 * How much longer size 4n takes than size n (medians, after a warm-up of both): about 4 when linear, about 4.5 when
 * n·log n, 16 when quadratic. A growth ratio, never an absolute timing: tests compare it with a generous limit.
 */
export const kasvusuhde = (f: (n: number) => void, n: number): number => {
  f(n)
  f(4 * n)
  return mediaaniaika(() => f(4 * n)) / Math.max(mediaaniaika(() => f(n)), 0.05)
}

/** The limit a growth ratio of linear or n·log n work stays under on a shared CI machine (quadratic is 16). */
export const LINEAARINEN_KASVU = 10

