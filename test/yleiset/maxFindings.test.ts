/** maxFindings: at most so many findings per rule, key and path pattern, the rest in one summary finding. */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { polunKuvio, samaKuvio, sopiiKuvioon } from '../../src/validate'
import { kuvionTiiviste } from '../../src/kuvio'
import { decodeAt } from '../../src/codecs/errors'
import { tiedotOf } from '../../src/finding'
import { TutkintokoulutukseenValmentavanOpiskeluoikeus } from '../../src/tyypit/tuva/codec'
import { MAX_FINDINGS, rajaaLöydökset, validate, type Finding } from '../../src'
import { jsonPointer } from '../../src/finding'
import { TODAY, oo, validTuvaOppija } from '../support'

const brokenJaksot = (n: number) => {
  const doc = validTuvaOppija()
  oo(doc).tila.opiskeluoikeusjaksot = Array.from({ length: n }, () => ({ alku: '2021-02-29' }))
  return doc
}

describe('maxFindings', () => {
  it(`by default lists ${MAX_FINDINGS} findings of a kind and one summary with the count of the rest`, () => {
    const report = validate(brokenJaksot(1000), { today: TODAY })
    // two kinds: the broken date (dateFormatMismatch at alku) and the missing tila (missingProperty), 1000 of each
    const alku = report.findings.filter((f) => f.path.endsWith('.alku'))
    expect(alku).toHaveLength(MAX_FINDINGS + 1)
    const summary = alku.at(-1)!
    expect(summary).toEqual(
      expect.objectContaining({ severity: 'error', rule: 'S-4', key: 'badRequest.validation.jsonSchema', errorType: 'dateFormatMismatch', path: 'opiskeluoikeudet[*].tila.opiskeluoikeusjaksot[*].alku' }),
    )
    expect(summary.message.en).toBe(`…and ${1000 - MAX_FINDINGS} more of the same (same rule, key and path pattern; the first ${MAX_FINDINGS} are listed, see the option maxFindings)`)
    expect(summary.message.fi).toContain(`${1000 - MAX_FINDINGS} muuta samanlaista`)
    expect(summary.message.sv).toContain(`${1000 - MAX_FINDINGS} fynd till`)
    expect(report.findings).toHaveLength(2 * (MAX_FINDINGS + 1))
    expect(report.valid).toBe(false)
  })

  it('keeps document order: each summary right after the last listed finding of its kind', () => {
    const report = validate(brokenJaksot(300), { today: TODAY, maxFindings: 2 })
    expect(report.findings.map((f) => `${f.errorType} ${f.path}`)).toEqual([
      'dateFormatMismatch opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0].alku',
      'missingProperty opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0].tila',
      'dateFormatMismatch opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].alku',
      'missingProperty opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].tila',
      'dateFormatMismatch opiskeluoikeudet[*].tila.opiskeluoikeusjaksot[*].alku',
      'missingProperty opiskeluoikeudet[*].tila.opiskeluoikeusjaksot[*].tila',
    ])
  })

  it('Infinity lists them all; a wrong value is OPT-1 and the default applies', () => {
    expect(validate(brokenJaksot(300), { today: TODAY, maxFindings: Infinity }).findings).toHaveLength(600)
    for (const maxFindings of [0, -1, 1.5, '10', NaN]) {
      const report = validate(brokenJaksot(300), { today: TODAY, maxFindings: maxFindings as number })
      expect(report.findings.filter((f) => f.rule === 'OPT-1').map((f) => f.message.en)).toEqual(['Option maxFindings is not a positive integer or Infinity; it was not used'])
      expect(report.findings).toHaveLength(2 * (MAX_FINDINGS + 1) + 1)
    }
  })

  it('the report of a million broken dates stays small (linear, capped)', () => {
    const report = validate(brokenJaksot(200_000), { today: TODAY })
    expect(report.findings).toHaveLength(2 * (MAX_FINDINGS + 1))
  })

  it('rajaaLöydökset on its own: groups by severity, rule, key and path pattern; few findings are returned as they are', () => {
    const f = (rule: string, path: string): Finding => ({ severity: 'warning', key: `koskiValidation.${rule}`, rule, path, pointer: jsonPointer(path), message: { fi: rule, sv: rule, en: rule } })
    const few = [f('A', 'x[0]'), f('A', 'x[1]')]
    expect(rajaaLöydökset(few, 2)).toBe(few)
    const many = [f('A', 'x[0]'), f('B', 'x[0]'), f('A', 'x[1]'), f('A', 'y[1]'), f('A', 'x[2]'), f('A', 'x[3]')]
    expect(rajaaLöydökset(many, 1).map((g) => `${g.rule} ${g.path} ${g.message.en.slice(0, 11)}`)).toEqual(['A x[0] A', 'B x[0] B', 'A x[*] …and 3 more', 'A y[1] A'])
  })
})

describe('polunKuvio', () => {
  it('writes every [digits] of a path as [*], as the regex /\\[\\d+\\]/g would', () => {
    const osa = fc.oneof(fc.constantFrom('[', ']', '.', '[1]', '[12]', '[]', '[x]', '[[3]', '[4]]', 'a'), fc.nat({ max: 999 }).map((n) => `[${n}]`), fc.string({ maxLength: 3 }))
    fc.assert(
      fc.property(fc.array(osa, { maxLength: 12 }).map((a) => a.join('')), (path) => {
        expect(polunKuvio(path)).toBe(path.replace(/\[\d+\]/g, '[*]'))
      }),
      { numRuns: 3000 },
    )
    expect(polunKuvio('opiskeluoikeudet[0].suoritukset[12].x')).toBe('opiskeluoikeudet[*].suoritukset[*].x')
  })
})

describe('sopiiKuvioon', () => {
  it('tells whether a path has a pattern exactly as comparing polunKuvio(path) with it would', () => {
    const osa = fc.oneof(fc.constantFrom('[', ']', '*', '.', '[1]', '[12]', '[]', '[*]', '[x]', '[[3]', '[4]]', '[1', 'a', '9'), fc.nat({ max: 99 }).map((n) => `[${n}]`))
    const polku = fc.array(osa, { maxLength: 8 }).map((a) => a.join(''))
    fc.assert(
      fc.property(polku, polku, (a, b) => {
        const kuvio = polunKuvio(b)
        expect(sopiiKuvioon(a, kuvio)).toBe(polunKuvio(a) === kuvio)
        expect(sopiiKuvioon(a, polunKuvio(a))).toBe(true)
        const toinen = a.replace(/\d/g, '7') // the same indices with other digits (and other digits elsewhere)
        expect(sopiiKuvioon(toinen, polunKuvio(a))).toBe(polunKuvio(toinen) === polunKuvio(a))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('structural findings carry their path pattern (no path read to group them)', () => {
  const raakana = (d: unknown, max?: number): readonly Finding[] => {
    const r = decodeAt(TutkintokoulutukseenValmentavanOpiskeluoikeus, d, 'opiskeluoikeudet[0]', max)
    return 'findings' in r ? r.findings : []
  }
  const rikottu = (n: number, avaimet: readonly string[]) => {
    const o = oo(validTuvaOppija())
    o.tila.opiskeluoikeusjaksot = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? { alku: '2021-02-29' } : { alku: '2021-02-30', tila: 1, [avaimet[i % avaimet.length]!]: 1 }))
    for (const a of avaimet) o[a] = 1
    o.lisätiedot.maksuttomuus = Array.from({ length: n }, () => ({ alku: 'x', maksuton: true }))
    return o
  }
  it('property: the hash each carries is that of its path, and grouping them is as grouping copies of them', () => {
    const avain = fc.oneof(fc.constantFrom('x', '0', '[1]', 'a[2]', 'b.c', '[*]', '', 'tila'), fc.string({ maxLength: 4 }))
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(avain, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 5 }), (n, avaimet, max) => {
        const raw = raakana(rikottu(n, avaimet), max)
        for (const f of raw) {
          const t = tiedotOf(f)
          if (t?.kuvio !== undefined) expect(t.tiiviste, f.path).toBe(kuvionTiiviste(f.path))
        }
        expect(rajaaLöydökset(raw, max)).toEqual(rajaaLöydökset(raw.map((f) => ({ ...f })), max))
        // decoded for maxFindings Infinity, no hash is built; grouped anyway, each path is read
        const kaikki = raakana(rikottu(n, avaimet))
        for (const f of kaikki) expect(tiedotOf(f)?.tiiviste).toBeUndefined()
        expect(rajaaLöydökset(kaikki, max)).toEqual(rajaaLöydökset(kaikki.map((f) => ({ ...f })), max))
      }),
      { numRuns: 200 },
    )
  })
})

describe('samaKuvio', () => {
  it('tells whether two paths have one pattern exactly as comparing their polunKuvio would', () => {
    const osa = fc.oneof(fc.constantFrom('[', ']', '*', '.', '[1]', '[12]', '[]', '[*]', '[x]', '[[3]', '[4]]', '[1', 'a', '9'), fc.nat({ max: 99 }).map((n) => `[${n}]`))
    const polku = fc.array(osa, { maxLength: 8 }).map((a) => a.join(''))
    fc.assert(
      fc.property(polku, polku, (a, b) => {
        expect(samaKuvio(a, b)).toBe(polunKuvio(a) === polunKuvio(b))
        expect(samaKuvio(a.replace(/\d/g, '7'), a)).toBe(polunKuvio(a.replace(/\d/g, '7')) === polunKuvio(a))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('a broken list beyond maxFindings is not built (its findings would only be counted)', () => {
  it('property: the report with a cap is the uncapped report capped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 6 }), fc.boolean(), (n, max, avain) => {
        const doc = validTuvaOppija()
        const o = oo(doc)
        o.tila.opiskeluoikeusjaksot = Array.from({ length: n }, (_, i) => (i % 4 === 3 ? { alku: '2021-01-01', tila: { koodiarvo: 'x', koodistoUri: 'koskiopiskeluoikeudentila' } } : { alku: '2021-02-29' }))
        o.lisätiedot.maksuttomuus = Array.from({ length: n }, (_, i) => ({ alku: i % 2 === 0 ? 'x' : '2021-01-01', maksuton: i % 3 === 0 ? 'y' : true, ...(avain ? { [`k${i % 3}`]: 1 } : {}) }))
        const capped = validate(doc, { today: TODAY, maxFindings: max })
        const uncapped = validate(doc, { today: TODAY, maxFindings: Infinity })
        expect(capped.findings).toEqual(rajaaLöydökset(uncapped.findings, max))
        expect(capped.valid).toBe(uncapped.valid)
      }),
      { numRuns: 150 },
    )
  })
})
