/**
 * `validate` never throws and never mutates its input: arbitrary JSON and JS values, random mutations of the valid
 * TUVA example (deleted keys, replaced values, `__proto__`/`constructor`/`prototype` keys), wrong types everywhere,
 * 20 000 levels of nesting, 100 000-item lists. Every report is well formed (see reportProblems).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY, validate, type Report, type ValidateOptions } from '../../src'
import { deepArray, deepFreeze, deepObject, defineOwn, findingPath, getAt, henkilönTiedot, jsonPaths, parentAt, reportProblems, snapshot, validationProblems, TODAY, byRule, oo, run, validTuvaOppija, type Json, type JsonPath } from '../support'

/** Validates, and returns the problems: a throw, a mutation of the input, a malformed report (see validationProblems). */
const problems = (input: unknown, options: ValidateOptions = { today: TODAY }, secrets: readonly string[] = []): string[] => validationProblems(input, options, { secrets })

const EXAMPLE = validTuvaOppija()
/** A fresh copy of the valid example (cheaper than reading the file again). */
const fresh = (): Json => structuredClone(EXAMPLE)
const EXAMPLE_PATHS = jsonPaths(EXAMPLE)
const SECRETS = henkilönTiedot(EXAMPLE)

describe('arbitrary values', () => {
  it('fc.jsonValue: never throws, never mutates, a well-formed report', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(problems(value)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('fc.anything (undefined, -0, NaN, null-prototype objects…)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (value) => {
        expect(problems(value)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('arbitrary values as an envelope’s henkilö or study right, and as options', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.anything(), (henkilö, opiskeluoikeus, options) => {
        expect(problems({ henkilö, opiskeluoikeudet: [opiskeluoikeus] })).toEqual([])
        expect(problems(EXAMPLE, options as ValidateOptions)).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  it('arbitrary values as previous', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (previous) => {
        expect(problems(EXAMPLE, { today: TODAY, previous })).toEqual([])
      }),
      { numRuns: 100 },
    )
  })
})

describe('random mutations of the valid TUVA example', () => {
  const pathArb = fc.constantFrom(...EXAMPLE_PATHS)

  it('delete a random key or item', () => {
    fc.assert(
      fc.property(pathArb, (path) => {
        const doc = fresh()
        const [parent, key] = parentAt(doc, path)
        if (Array.isArray(parent)) parent.splice(key as number, 1)
        else delete parent[key]
        expect(problems(doc, undefined, SECRETS)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('replace a random value with an arbitrary JSON value', () => {
    fc.assert(
      fc.property(pathArb, fc.jsonValue(), (path, value) => {
        const doc = fresh()
        const [parent, key] = parentAt(doc, path)
        parent[key] = value
        expect(problems(doc, undefined, SECRETS)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('several mutations at once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(pathArb, fc.jsonValue()), { minLength: 2, maxLength: 6 }), (changes) => {
        const doc = fresh()
        for (const [path, value] of changes) {
          try {
            const [parent, key] = parentAt(doc, path)
            if (typeof parent === 'object' && parent !== null) parent[key] = value
          } catch {
            // an earlier change removed the path
          }
        }
        expect(problems(doc, undefined, SECRETS)).toEqual([])
      }),
      { numRuns: 200 },
    )
  })

  const objectPaths: JsonPath[] = [
    [],
    ...EXAMPLE_PATHS.filter((p) => {
      const v = getAt(EXAMPLE, p)
      return typeof v === 'object' && v !== null && !Array.isArray(v)
    }),
  ]
  /** Values KOSKI ignores (koodi nimi/lyhytNimi, organisation nimi, tunnustettu.osaaminen): anything goes below them. */
  const ignored = (path: JsonPath) =>
    path.some((k, i) => {
      if (k === 'osaaminen') return true
      if (k !== 'nimi' && k !== 'lyhytNimi') return false
      const parent = getAt(EXAMPLE, path.slice(0, i)) as Record<string, unknown>
      return 'koodistoUri' in parent || 'oid' in parent
    })

  it('add __proto__, constructor and prototype keys (own keys, as JSON.parse makes them) to any object', () => {
    fc.assert(
      fc.property(fc.constantFrom(...objectPaths), fc.subarray(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'], { minLength: 1 }), fc.jsonValue(), (path, names, value) => {
        const doc = fresh()
        const injected: Record<string, unknown> = JSON.parse(`{${names.map((n) => `${JSON.stringify(n)}:${JSON.stringify(value ?? null)}`).join(',')}}`)
        const target = getAt(doc, path) as object
        for (const name of Object.keys(injected)) defineOwn(target, name, injected[name])
        expect(Object.keys(target)).toEqual(expect.arrayContaining(names))
        const report = validate(doc, { today: TODAY })
        expect(problems(doc, undefined, SECRETS)).toEqual([])
        // a non-null value under an unknown key is a structural error (LocalizedString, koodi nimi and ignored fields aside)
        if (value !== null && !ignored(path)) expect(report.valid).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('a whole document parsed from JSON text with a __proto__ key at the root and in the study right', () => {
    const text = JSON.stringify(EXAMPLE).replace('{"henkilö"', '{"__proto__":{"polluted":true},"henkilö"').replace('"tyyppi":{"koodiarvo":"tuva"', '"__proto__":{"x":1},"tyyppi":{"koodiarvo":"tuva"')
    const doc = JSON.parse(text)
    expect(Object.keys(doc)).toContain('__proto__')
    expect(problems(doc)).toEqual([])
    expect(run(doc).findings.map((f) => [f.errorType, f.path])).toEqual([
      ['unexpectedProperty', '__proto__'],
      ['unexpectedProperty', 'opiskeluoikeudet[0].__proto__'],
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('codes named like Object.prototype members are just unknown codes', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const doc = fresh()
      oo(doc).tyyppi.koodiarvo = name
      oo(doc).järjestämislupa.koodiarvo = name
      expect(problems(doc)).toEqual([])
      expect(run(doc).valid).toBe(false)
      const doc2 = fresh()
      oo(doc2).järjestämislupa.koodiarvo = name
      oo(doc2).suoritukset[0].suorituskieli.koodistoUri = name
      // the unknown järjestämislupa also leaves the lisätiedot without a class (notAnyOf), as in KOSKI
      expect(run(doc2).findings.map((f) => f.errorType).sort()).toEqual(['enumValueMismatch', 'notAnyOf', 'tuntematonKoodi'])
    }
  })
})

describe('hostile JavaScript values (not JSON, but validate still must not throw)', () => {
  it('a throwing getter or a throwing Proxy → an internal-error finding, no exception', () => {
    const getter = fresh()
    Object.defineProperty(oo(getter), 'tila', { enumerable: true, get: () => { throw new Error('boom') } })
    const proxy = new Proxy(fresh(), { ownKeys: () => { throw new Error('boom') } })
    for (const input of [getter, proxy]) {
      let report: Report | undefined
      expect(() => (report = validate(input, { today: TODAY }))).not.toThrow()
      expect(report!.valid).toBe(false)
      expect(report!.findings.map((f) => [f.rule, f.key])).toEqual([['X-INTERNAL', 'koskiValidation.sisäinenVirhe']])
    }
  })

  it('throwing option getters', () => {
    const options = Object.defineProperty({}, 'today', { enumerable: true, get: () => { throw new Error('boom') } }) as ValidateOptions
    expect(() => validate(fresh(), options)).not.toThrow()
  })
})

describe('wrong types everywhere', () => {
  const WRONG: unknown[] = [null, -1, 1.5, '', 'x', '2021-02-30', true, [null], {}, { fi: 'x' }]

  it('every path of the example, replaced by every wrong value, frozen input: no throw, a well-formed report', () => {
    let checked = 0
    for (const path of EXAMPLE_PATHS) {
      for (const wrong of WRONG) {
        const doc = fresh()
        const [parent, key] = parentAt(doc, path)
        if (snapshot(parent[key]) === snapshot(wrong)) continue
        parent[key] = structuredClone(wrong)
        deepFreeze(doc) // a write to the input would throw, and validate would report X-INTERNAL
        const report = validate(doc, { today: TODAY })
        expect(reportProblems(report, SECRETS), findingPath(path)).toEqual([])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(EXAMPLE_PATHS.length * 8)
  })

  it('a frozen valid example validates as usual', () => {
    const report = validate(deepFreeze(fresh()), { today: TODAY })
    expect(reportProblems(report)).toEqual([])
    expect(report.valid).toBe(true)
  })
})

describe('deep nesting (20 000 levels)', () => {
  const DEPTH = 20_000
  const deep = deepObject(DEPTH)
  const deepArr = deepArray(DEPTH)
  const P = 'opiskeluoikeudet[0]'
  const S = `${P}.suoritukset[0]`

  const case_ = (name: string, build: () => Json, expected: (report: ReturnType<typeof run>) => void) =>
    it(name, () => {
      const doc = build()
      expect(problems(doc)).toEqual([])
      deepFreeze(doc)
      const report = run(doc)
      expect(reportProblems(report)).toEqual([])
      expected(report)
    })

  case_('as the whole input (object) → S-0', () => deep, (r) => expect(r.findings.map((f) => f.rule)).toEqual(['S-0']))
  case_('as the whole input (array) → S-0', () => deepArr, (r) => expect(r.findings.map((f) => f.rule)).toEqual(['S-0']))
  case_(
    'under an unknown key of the study right → S-1 at that key',
    () => {
      const doc = fresh()
      oo(doc).syvä = deep
      oo(doc).syväLista = deepArr
      return doc
    },
    (r) => expect(r.findings.map((f) => [f.rule, f.path])).toEqual([['S-1', `${P}.syvä`], ['S-1', `${P}.syväLista`]]),
  )
  case_(
    'under an unknown key of the envelope → S-1 at that key',
    () => ({ ...fresh(), syvä: deep }),
    (r) => expect(r.findings.map((f) => [f.rule, f.path])).toEqual([['S-1', 'syvä']]),
  )
  case_(
    'under lisätiedot (an unknown field) → notAnyOf (S-8) at that field',
    () => {
      const doc = fresh()
      oo(doc).lisätiedot.syvä = deep
      return doc
    },
    (r) => expect(r.findings.map((f) => [f.rule, f.path])).toEqual([['S-8', `${P}.lisätiedot.syvä`]]),
  )
  case_(
    'as lisätiedot itself → notAnyOf (S-8) at its only key',
    () => {
      const doc = fresh()
      oo(doc).lisätiedot = deep
      return doc
    },
    (r) => expect(r.findings.map((f) => [f.rule, f.path])).toEqual([['S-8', `${P}.lisätiedot.a`]]),
  )
  case_(
    'as a lisätiedot list (an array nested 20 000 deep) → one structural error',
    () => {
      const doc = fresh()
      oo(doc).lisätiedot.erityinenTuki = deepArr
      return doc
    },
    (r) => expect(r.findings.map((f) => [f.key, f.path])).toEqual([[JSON_SCHEMA_KEY, `${P}.lisätiedot.erityinenTuki[0]`]]),
  )
  case_(
    'under tunnustettu.osaaminen (any suoritus: only its tyyppi is looked at) → notAnyOf, no recursion',
    () => {
      const doc = fresh()
      oo(doc).suoritukset[0].osasuoritukset[5].tunnustettu.osaaminen = { ...deep, tyyppi: { koodiarvo: 'ammatillinentutkinto', koodistoUri: 'suorituksentyyppi' } }
      oo(doc).suoritukset[0].osasuoritukset[0].tunnustettu = { selite: { fi: 'x' }, osaaminen: deepArr }
      return doc
    },
    (r) => expect(r.findings.map((f) => [f.errorType, f.path])).toEqual([['notAnyOf', `${S}.osasuoritukset[0].tunnustettu.osaaminen`]]),
  )
  case_(
    'under fields KOSKI reads and then overwrites (organisaatiohistoria, koodi nimi, aikaleima) → one shallow finding each',
    () => {
      const doc = fresh()
      oo(doc).organisaatiohistoria = deepArr
      oo(doc).järjestämislupa.nimi = deep
      oo(doc).aikaleima = deep
      return doc
    },
    (r) =>
      expect(r.findings.map((f) => [f.errorType, f.path])).toEqual([
        ['notAnyOf', `${P}.järjestämislupa.nimi`],
        ['dateFormatMismatch', `${P}.aikaleima`],
        ['unexpectedType', `${P}.organisaatiohistoria[0]`],
      ]),
  )
  case_(
    'as henkilö → its structural errors',
    () => ({ ...fresh(), henkilö: deep }),
    (r) => expect(r.findings.every((f) => f.key === JSON_SCHEMA_KEY && f.path.startsWith('henkilö'))).toBe(true),
  )
  case_(
    'as the study right → notAnyOf',
    () => ({ ...fresh(), opiskeluoikeudet: [deep] }),
    (r) => expect(r.findings.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-8', 'notAnyOf', P]]),
  )
  case_(
    'as opiskeluoikeudet (an array) → one structural error',
    () => ({ ...fresh(), opiskeluoikeudet: deepArr }),
    (r) => expect(r.findings.map((f) => f.path)).toEqual([P]),
  )
  case_(
    'as a LocalizedString → notAnyOf',
    () => {
      const doc = fresh()
      oo(doc).suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = deep
      return doc
    },
    (r) => expect(r.findings.map((f) => [f.errorType, f.path])).toEqual([['notAnyOf', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli`]]),
  )

  it('as previous, and as the previous study right’s fields', () => {
    expect(problems(fresh(), { today: TODAY, previous: deep })).toEqual([])
    expect(problems(fresh(), { today: TODAY, previous: deepArr })).toEqual([])
    const previous = fresh()
    oo(previous).lähdejärjestelmäkytkentäPurettu = deep
    oo(previous).tyyppi = deep
    oo(previous).lähdejärjestelmänId = deepArr
    expect(problems(fresh(), { today: TODAY, previous })).toEqual([])
  })
})

describe('huge lists (100 000 jaksot; 25 000 of everything else, to keep the suite fast)', () => {
  const N = 100_000
  const M = 25_000
  /**
   * Validates a frozen document once (a write to the input would throw and show as X-INTERNAL) and checks the report;
   * every finding listed (`maxFindings: Infinity`), to see that each is found.
   */
  const frozenRun = (doc: Json) => {
    const report = validate(deepFreeze(doc), { today: TODAY, maxFindings: Infinity })
    expect(reportProblems(report)).toEqual([])
    return report
  }
  const DAY = 86_400_000
  const date = (i: number) => new Date(Date.UTC(1800, 0, 1) + i * DAY).toISOString().slice(0, 10)

  it('100 000 jaksot in order: validates without error findings from the general rules', () => {
    const doc = fresh()
    const jaksot = oo(doc).tila.opiskeluoikeusjaksot
    const [lasna, valmistunut] = jaksot
    oo(doc).tila.opiskeluoikeusjaksot = Array.from({ length: N }, (_, i) =>
      i === N - 1 ? { ...valmistunut, alku: date(i) } : { ...lasna, alku: date(i), tila: { koodiarvo: i % 2 === 0 ? 'lasna' : 'valiaikaisestikeskeytynyt', koodistoUri: 'koskiopiskeluoikeudentila' } },
    )
    const report = frozenRun(doc)
    expect(report.findings.filter((f) => f.rule.startsWith('G-') && f.severity === 'error')).toEqual([])
  })

  it('100 000 jaksot on the same day: one G-JAKSO-1 per pair', () => {
    const doc = fresh()
    const lasna = oo(doc).tila.opiskeluoikeusjaksot[0]
    oo(doc).tila.opiskeluoikeusjaksot = Array.from({ length: N }, () => lasna)
    expect(byRule(frozenRun(doc), 'G-JAKSO-1')).toHaveLength(N - 1)
  })

  it('100 000 broken jaksot: one structural finding each', () => {
    const doc = fresh()
    oo(doc).tila.opiskeluoikeusjaksot = Array.from({ length: N }, () => ({ alku: '2021-02-29' }))
    const report = frozenRun(doc)
    expect(report.findings).toHaveLength(2 * N)
  })

  it('25 000 osasuoritukset (the same 101): one G-DUP-1 for the group, as KOSKI reports each group once', () => {
    const doc = fresh()
    const s = oo(doc).suoritukset[0]
    s.osasuoritukset = Array.from({ length: M }, () => s.osasuoritukset[0])
    expect(byRule(frozenRun(doc), 'G-DUP-1')).toHaveLength(1)
  })

  it('25 000 kurssit under 104', () => {
    const doc = fresh()
    const v = oo(doc).suoritukset[0].osasuoritukset[6]
    v.osasuoritukset = Array.from({ length: M }, (_, i) => ({ ...v.osasuoritukset[0], koulutusmoduuli: { ...v.osasuoritukset[0].koulutusmoduuli, tunniste: { koodiarvo: `K${i}`, nimi: { fi: `Kurssi ${i}` } } } }))
    frozenRun(doc)
  })

  it('25 000 items in lisätiedot lists', () => {
    const doc = fresh()
    const l = oo(doc).lisätiedot
    l.majoitus = Array.from({ length: M }, (_, i) => ({ alku: date(i), loppu: date(i) }))
    l.ulkomaanjaksot = Array.from({ length: M }, (_, i) => ({ alku: date(i), maa: { koodiarvo: '752', koodistoUri: 'maatjavaltiot2' }, kuvaus: { fi: 'x' } }))
    frozenRun(doc)
  })

  it('25 000 study rights in one envelope (a broken one each): each reported at its index', () => {
    const doc = fresh()
    doc.opiskeluoikeudet = Array.from({ length: M }, () => ({ tyyppi: { koodiarvo: 'tuva', koodistoUri: 'opiskeluoikeudentyyppi' } }))
    const report = frozenRun(doc)
    expect(report.findings.at(-1)!.path.startsWith(`opiskeluoikeudet[${M - 1}]`)).toBe(true)
  })

  it('a 25 000-item array under an unknown key is not descended into', () => {
    const doc = fresh()
    oo(doc).lista = Array.from({ length: M }, (_, i) => ({ i }))
    expect(frozenRun(doc).findings).toHaveLength(1)
  })

  it('a henkilö with 25 000 broken kansalaisuudet: one finding each', () => {
    const doc = fresh()
    doc.henkilö = { oid: '1.2.246.562.24.00000000001', etunimet: 'Turo', kutsumanimi: 'Turo', sukunimi: 'Vaara', kansalaisuus: Array.from({ length: M }, () => ({ koodiarvo: '0', koodistoUri: 'maatjavaltiot2' })) }
    expect(frozenRun(doc).findings.filter((f) => f.path.startsWith('henkilö.kansalaisuus'))).toHaveLength(M)
  })
})
