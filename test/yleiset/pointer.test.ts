/**
 * Every finding's `pointer` (issue 14: a machine form beside `path`): a JSON Pointer (RFC 6901) of the same place, exact
 * for keys holding `.`, `[`, `/` or `~`, masked like the path, `*` in a maxFindings summary.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonPointer, pointerSegments, type Finding } from '../../src'
import { HETU, invalidTuvaOppija, koskiExample, oo, P, run, validTuvaOppija, type Json } from '../support'

/** The value at a pointer's parent exists in the document (a missing key's pointer names the key, not a value). */
const parentExists = (doc: unknown, pointer: string): boolean => {
  const segments = pointerSegments(pointer)
  let v: unknown = doc
  for (const s of segments.slice(0, -1)) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, s)) return false
    v = (v as Record<string, unknown>)[s]
  }
  return true
}

/** The path the pointer gives back, in the path's grammar (keys here hold no punctuation). */
const pathOf = (pointer: string): string =>
  pointerSegments(pointer).reduce((p, s) => (/^\d+$/.test(s) ? `${p}[${s}]` : p === '' ? s : `${p}.${s}`), '')

describe('Finding.pointer', () => {
  it('jsonPointer and pointerSegments: the path grammar, RFC 6901 escapes, the whole input', () => {
    expect(jsonPointer('')).toBe('')
    expect(jsonPointer('opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]')).toBe('/opiskeluoikeudet/0/tila/opiskeluoikeusjaksot/1')
    expect(jsonPointer('henkilö.hetu')).toBe('/henkilö/hetu')
    expect(jsonPointer('tila')).toBe('/tila')
    expect(jsonPointer('a~b/c')).toBe('/a~0b~1c')
    expect(pointerSegments('/a~0b~1c/0')).toEqual(['a~b/c', '0'])
    expect(pointerSegments('')).toEqual([])
  })

  it('on every finding of KOSKI\'s examples and of the invalid example: the path\'s place, whose parent exists in the input', () => {
    const docs: Json[] = [invalidTuvaOppija(), validTuvaOppija()]
    const dir = fileURLToPath(new URL('../fixtures/koski/examples/', import.meta.url))
    for (const name of readdirSync(dir)) docs.push(koskiExample(name))
    let count = 0
    for (const doc of docs) {
      for (const f of run(doc).findings) {
        expect(f.pointer, f.path).toBe(jsonPointer(f.path))
        expect(pathOf(f.pointer)).toBe(f.path)
        expect(parentExists(doc, f.pointer), f.pointer).toBe(true)
        count++
      }
    }
    expect(count).toBeGreaterThan(40)
  })

  it('exact for an unknown key holding . [ / ~ (the path cannot tell them from its punctuation)', () => {
    const doc = validTuvaOppija()
    oo(doc)['a.b[0]/c~d'] = 1
    const f = run(doc).findings.find((x) => x.rule === 'S-1')!
    expect(f.path).toBe(`${P}.a.b[0]/c~d`)
    expect(f.pointer).toBe('/opiskeluoikeudet/0/a.b[0]~1c~0d')
    expect(pointerSegments(f.pointer)).toEqual(['opiskeluoikeudet', '0', 'a.b[0]/c~d'])
  })

  it('masked like the path: a hetu typed into a key reads *** in both, also beside a / or ~', () => {
    for (const key of [HETU, `x/${HETU}`, `~${HETU}`]) {
      const doc = validTuvaOppija()
      oo(doc)[key] = 1
      const f = run(doc).findings.find((x) => x.rule === 'S-1')!
      expect(JSON.stringify(f)).not.toContain(HETU)
      expect(f.pointer).toContain('***')
    }
  })

  it('a maxFindings summary: * for the indices it stands for', () => {
    const doc = validTuvaOppija()
    for (let i = 0; i < 5; i++) oo(doc)[`vieras${i}`] = 1
    const jaksot: Json[] = oo(doc).tila.opiskeluoikeusjaksot
    for (let i = 0; i < 6; i++) jaksot.push({ ...jaksot[0], alku: '2021-13-01' })
    const summary = run(doc, { maxFindings: 2 }).findings.find((f: Finding) => f.path.includes('[*]'))!
    expect(summary.pointer).toBe('/opiskeluoikeudet/*/tila/opiskeluoikeusjaksot/*/alku')
  })

  it('property: for any key put into the study right, the S-1 finding\'s pointer gives back the key', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (key) => {
        fc.pre(!(key in oo(validTuvaOppija())) && !/\d{6}[-+A-FU-Y]\d{3}/.test(key))
        const doc = validTuvaOppija()
        oo(doc)[key] = 1
        const f = run(doc).findings.find((x) => x.rule === 'S-1')
        if (f === undefined) return // a key the masking touches (a name of the learner) is not the point here
        if (f.path !== `${P}.${key}`) return
        expect(pointerSegments(f.pointer)).toEqual(['opiskeluoikeudet', '0', key])
      }),
      { numRuns: 100 },
    )
  })
})
