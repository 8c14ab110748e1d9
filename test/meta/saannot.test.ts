/**
 * Rule metadata (issue 7 §3): every rule is listed by a type, every listed id is named by a test, every rule's
 * metadata is complete, and the generated docs (README rule tables, docs/coverage.md) are current.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as api from '../../src'
import { WARNING_PREFIX } from '../../src/finding'
import { EI_JSON_KEY, EI_LUETTAVISSA_KEY } from '../../src/messages/cli'
import { CLI_SÄÄNNÖT } from '../../src/rules/rakenne'
import type { Rule, RuleMeta } from '../../src/rules/types'
import {
  ROOT,
  YHTEISET,
  coverage,
  kaikkiSäännöt,
  löydöstenSäännöt,
  luettelo,
  nimeää,
  testitiedostot,
  testitJotkaNimeävät,
  tuotokset,
  tyypinSäännöt,
} from '../../scripts/gen-docs'

const isRule = (u: unknown): u is Rule<unknown> =>
  typeof u === 'object' && u !== null && typeof (u as { id?: unknown }).id === 'string' && typeof (u as { check?: unknown }).check === 'function'

/**
 * Every Rule the package exports: rule objects, arrays of them, and the rules of the factories (exported functions
 * callable without arguments that return a rule: G-STAT-2 keskeneräinenOsasuoritus, G-LAAJ-2 laajuuksienSumma).
 */
function exportedRules(): ReadonlyMap<string, Rule<unknown>> {
  const out = new Map<string, Rule<unknown>>()
  const add = (where: string, r: Rule<unknown>): void => {
    out.set(`${where}: ${r.id}`, r)
  }
  for (const [name, value] of Object.entries(api)) {
    if (isRule(value)) add(name, value)
    else if (Array.isArray(value)) value.filter(isRule).forEach((r) => add(name, r))
    else if (typeof value === 'function' && value.length === 0) {
      let made: unknown
      try {
        made = (value as () => unknown)()
      } catch {
        made = undefined
      }
      if (isRule(made)) add(`${name}()`, made)
    }
  }
  return out
}

const listed = (): Set<string> => new Set([...YHTEISET, ...tyypinSäännöt().flatMap((t) => t.rules)].map((r) => r.id))

describe('every rule is listed by a type', () => {
  it('finds the exported rules, the factories’ included', () => {
    const ids = new Set([...exportedRules().values()].map((r) => r.id))
    expect(ids.has('G-STAT-2')).toBe(true)
    expect(ids.has('G-LAAJ-2')).toBe(true)
    expect(ids.has('T-RAH-1')).toBe(true)
    expect(ids.has('MK-REQ-1')).toBe(true)
    expect(ids.size).toBeGreaterThanOrEqual(50)
  })

  it('every Rule exported from src/index.ts is listed by some type (or run by validate for every type)', () => {
    const ids = listed()
    const orphans = [...exportedRules().entries()].filter(([, r]) => !ids.has(r.id)).map(([where]) => where)
    expect(orphans).toEqual([])
  })

  it('every type lists its rules once', () => {
    for (const t of tyypinSäännöt()) {
      const ids = t.rules.map((r) => r.id)
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), t.tyyppi).toEqual([])
    }
  })

  it('one metadata per id: a rule listed twice (by two types) is the same rule', () => {
    const byId = new Map<string, RuleMeta[]>()
    for (const r of [...YHTEISET, ...tyypinSäännöt().flatMap((t) => t.rules), ...CLI_SÄÄNNÖT]) byId.set(r.id, [...(byId.get(r.id) ?? []), r])
    for (const [id, metas] of byId) {
      const kuvaus = (m: RuleMeta) => JSON.stringify({ ...m, check: undefined, needsFor: undefined })
      expect(new Set(metas.map(kuvaus)).size, id).toBe(1)
    }
    // an id a finding carries belongs to one rule only
    const owners = new Map<string, string>()
    for (const r of kaikkiSäännöt()) {
      for (const id of löydöstenSäännöt(r)) {
        expect(owners.get(id) ?? r.id, `${id} is carried by the findings of ${owners.get(id)} and ${r.id}`).toBe(r.id)
        owners.set(id, r.id)
      }
    }
  })
})

describe('every listed rule id is named by a test', () => {
  const tiedostot = testitiedostot()

  it('reads the test files, not test/meta', () => {
    expect(tiedostot.length).toBeGreaterThan(20)
    expect(tiedostot.some((t) => t.path.startsWith('test/meta/'))).toBe(false)
  })

  it('names an id as a word only', () => {
    expect(nimeää("rule: 'S-10'", 'S-1')).toBe(false)
    expect(nimeää("byRule(r, 'S-1')", 'S-1')).toBe(true)
    expect(nimeää('T-VOS-1..4', 'T-VOS-1')).toBe(true)
    expect(nimeää('MK-PID-3', 'PID-3')).toBe(false)
  })

  it('every id a finding can carry is named by a test outside test/meta', () => {
    const unnamed = kaikkiSäännöt()
      .flatMap(löydöstenSäännöt)
      .filter((id) => testitJotkaNimeävät(tiedostot, id).length === 0)
    expect(unnamed).toEqual([])
  })
})

describe('every rule’s metadata is complete', () => {
  const all = kaikkiSäännöt()
  const severities = (r: RuleMeta): readonly string[] => (typeof r.severity === 'string' ? [r.severity] : r.severity)

  it.each(all.map((r) => [r.id, r] as const))('%s', (_id, r) => {
    expect(r.what.trim().length).toBeGreaterThan(10)
    expect(r.keys.length).toBeGreaterThan(0)
    expect(new Set(r.keys).size).toBe(r.keys.length)
    const s = severities(r)
    expect(s.length).toBeGreaterThan(0)
    expect(new Set(s).size).toBe(s.length)
    for (const v of s) expect(['error', 'warning']).toContain(v)
    // a warning's key is ours (koskiValidation.…); an error may carry ours only when it is ours (X-INTERNAL, CLI-READ)
    const omat = r.keys.filter((k) => k.startsWith(WARNING_PREFIX))
    if (s.includes('warning')) expect(omat.length, 'a warning key').toBeGreaterThan(0)
    if (!s.includes('error')) expect(omat).toEqual(r.keys)
    if (s.includes('error') && r.source.oma === undefined) expect(r.keys.some((k) => !k.startsWith(WARNING_PREFIX)), "KOSKI's key").toBe(true)
    // source: KOSKI's method for errors, the instruction (or the KOSKI behaviour it anticipates) for warnings, or why it is ours
    const src = r.source
    if (s.includes('error')) expect(src.koski !== undefined || src.oma !== undefined, "an error names KOSKI's method").toBe(true)
    if (s.includes('warning')) expect(src.ohje !== undefined || src.koski !== undefined || src.oma !== undefined, 'a warning names its source').toBe(true)
    if (src.koski !== undefined) expect(src.koski).toMatch(/^[A-Z][\p{L}\p{N}]*(\.[\p{L}\p{N}]+)*( \(.*\))?$/u)
    if (src.ohje !== undefined) {
      expect(src.ohje.seed).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/)
      expect(src.ohje.otsikko.length).toBeGreaterThan(5)
    }
    for (const d of src.muutoshistoria ?? []) expect(d).toMatch(/^\d{4}-\d{2}(-\d{2})?$/)
    for (const d of [r.voimassa?.alkaen, r.voimassa?.asti]) if (d !== undefined) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    for (const n of r.needs ?? []) expect(['birthDate', 'previous', 'storedStudyRights']).toContain(n)
    // a rule that asks per document says what it may ask for
    if (typeof (r as Partial<Rule<unknown>>).needsFor === 'function') expect((r.needs ?? []).length).toBeGreaterThan(0)
  })

  it('catalogue ids are ids of the catalogue copy', () => {
    const ids = new Set(luettelo().rules.map((r) => r.id))
    for (const r of all) for (const id of r.source.catalogue ?? löydöstenSäännöt(r)) expect(ids.has(id), `${r.id}: ${id}`).toBe(true)
  })

  it("the CLI's keys are those its module uses", () => {
    expect(CLI_SÄÄNNÖT.find((r) => r.id === 'CLI-JSON')?.keys).toEqual([EI_JSON_KEY])
    expect(CLI_SÄÄNNÖT.find((r) => r.id === 'CLI-READ')?.keys).toEqual([EI_LUETTAVISSA_KEY])
  })
})

describe('generated docs', () => {
  it('every catalogue id of a supported type is implemented or deliberately not, with a reason', () => {
    expect(() => coverage()).not.toThrow()
  })

  it('README.md and docs/coverage.md are current (npm run gen:docs)', () => {
    for (const [path, content] of tuotokset()) expect(readFileSync(join(ROOT, path), 'utf8') === content, `${path} is stale: run npm run gen:docs`).toBe(true)
  })
})
