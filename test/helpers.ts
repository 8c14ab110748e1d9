/** Shared test helpers: a valid TUVA document to mutate, and short ways to read a report. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validate, type Finding, type Report, type ValidateOptions } from '../src'

export const TODAY = '2026-11-22'

const read = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../examples/${name}`, import.meta.url)), 'utf8'))

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

/** A fresh copy of the valid TUVA Oppija in examples/ (järjestämislupa ammatillinen, valmistunut), free to mutate. */
export const validTuvaOppija = (): Json => structuredClone(read('tuva-valmistunut.json'))

/** A fresh copy of the invalid TUVA Oppija in examples/. */
export const invalidTuvaOppija = (): Json => structuredClone(read('tuva-virheellinen.json'))

/** The study right of a document made by validTuvaOppija(). */
export const oo = (doc: Json): Json => doc.opiskeluoikeudet[0]

/** validate() with today fixed. */
export const run = (doc: unknown, options: ValidateOptions = {}): Report => validate(doc, { today: TODAY, ...options })

/** `rule key` of every finding, for compact assertions. */
export const keys = (report: Report): string[] => report.findings.map((f) => `${f.rule} ${f.key}`)

export const byRule = (report: Report, rule: string): Finding[] => report.findings.filter((f) => f.rule === rule)

/** A real KOSKI example from test/fixtures/koski/examples (copied from KOSKI's backward-compatibility suite). */
export const koskiExample = (name: string): Json =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`fixtures/koski/examples/${name}`, import.meta.url)), 'utf8'))

/** The path of the study right and its päätaso in a document made by validTuvaOppija(). */
export const P = 'opiskeluoikeudet[0]'
export const S = `${P}.suoritukset[0]`

/** The valid TUVA example with one change made to its study right (and, if needed, to the whole document). */
export const muokattu = (change: (oo: Json, doc: Json) => void): Json => {
  const doc = validTuvaOppija()
  change(oo(doc), doc)
  return doc
}
