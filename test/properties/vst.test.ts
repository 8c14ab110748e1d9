/**
 * Laws over generated valid VST study rights (JOTPA and vapaatavoitteinen, koski-validation/arbitraries): validate is
 * deterministic and leaves the document untouched, the report is well formed, and targeted mutations yield KOSKI's
 * structural finding — an unknown key is unexpectedProperty at it, except in a jakso (a member of KOSKI's jakso union,
 * chosen by its keys and codes: notAnyOf at the jakso) and in a text (LocalizedString: notAnyOf); a broken date is
 * dateFormatMismatch at it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY, validate } from '../../src'
import { OLETUSPÄIVÄ, validitOpiskeluoikeudet } from '../../src/arbitraries'
import { findingPath, getAt, jsonPaths, reportProblems, snapshot, type Json, type JsonPath } from '../support'

const vst = validitOpiskeluoikeudet.vapaansivistystyonkoulutus() as fc.Arbitrary<Json>
const OPTIONS = { numRuns: 80, endOnFailure: true }
const run = (oo: unknown) => validate(oo, { today: OLETUSPÄIVÄ })
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!

const onTeksti = (v: Record<string, unknown>): boolean => {
  const keys = Object.keys(v)
  return keys.length > 0 && keys.every((k) => k === 'fi' || k === 'sv' || k === 'en')
}
const objektit = (oo: Json): JsonPath[] =>
  [[], ...jsonPaths(oo)].filter((p) => {
    const v = getAt(oo, p)
    return typeof v === 'object' && v !== null && !Array.isArray(v)
  })
const jaksossa = (p: JsonPath): boolean => p[0] === 'tila' && p[1] === 'opiskeluoikeusjaksot' && typeof p[2] === 'number'

describe('generated valid VST study rights', () => {
  it('validate deterministically, leave the document untouched, and give a well-formed report without findings', () => {
    fc.assert(
      fc.property(vst, (oo) => {
        const before = snapshot(oo)
        const a = run(oo)
        expect(snapshot(oo)).toBe(before)
        expect(run(structuredClone(oo))).toEqual(a)
        expect(a.findings).toEqual([])
        expect(reportProblems(a)).toEqual([])
      }),
      OPTIONS,
    )
  })

  it('are fresh trees: no object or array is reachable twice (a change in one place changes nothing else)', () => {
    fc.assert(
      fc.property(vst, (oo) => {
        const seen = new Set<object>()
        const stack: unknown[] = [oo]
        while (stack.length > 0) {
          const v = stack.pop()
          if (typeof v !== 'object' || v === null) continue
          expect(seen.has(v)).toBe(false)
          seen.add(v)
          for (const c of Object.values(v)) stack.push(c)
        }
      }),
      OPTIONS,
    )
  })

  it('an unknown key → unexpectedProperty at it (notAnyOf at a jakso, notAnyOf at a text)', () => {
    fc.assert(
      fc.property(vst, fc.nat(), (oo, i) => {
        const path = pick(objektit(oo), i)
        const target = path.length === 0 ? oo : getAt(oo, path)
        const teksti = onTeksti(target)
        target.tuntematonKenttä = 1
        const report = run(oo)
        const [errorType, at] = jaksossa(path) && path.length === 3 ? ['notAnyOf', findingPath(path)] : teksti ? ['notAnyOf', findingPath(path)] : ['unexpectedProperty', findingPath([...path, 'tuntematonKenttä'])]
        expect(report.findings.map((f) => `${f.key} ${f.errorType} ${f.path}`)).toEqual([`${JSON_SCHEMA_KEY} ${errorType} ${at}`])
      }),
      OPTIONS,
    )
  })

  it('a date that is not a calendar date → dateFormatMismatch at it (alkamispäivä/päättymispäivä are synthetic)', () => {
    fc.assert(
      fc.property(vst, fc.nat(), (oo, i) => {
        const dates = jsonPaths(oo).filter((p) => { const v: unknown = getAt(oo, p); return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) })
        const path = pick(dates, i)
        const parent = path.length === 1 ? oo : getAt(oo, path.slice(0, -1))
        parent[path[path.length - 1]!] = '2023-02-30'
        const report = run(oo)
        // a jakso's alku is a criterion of its union member only by presence: the date itself is decoded in the member
        expect(report.findings.map((f) => `${f.errorType} ${f.path}`)).toEqual([`dateFormatMismatch ${findingPath(path)}`])
      }),
      OPTIONS,
    )
  })
})
