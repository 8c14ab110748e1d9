/**
 * Laws over generated VALID TUVA documents (test/arbitraries.ts): they validate with no error finding, stay so with
 * their own stored version as `previous`, and targeted mutations (a required key removed, an unknown key added — with a
 * value or null —, a date broken) yield exactly the expected structural finding, as KOSKI's scala-schema gives it
 * (unexpectedProperty/missingProperty in a class; notAnyOf for a union member's criteria).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY, validate } from '../../src'
import { findingPath, getAt, henkilönTiedot, jsonPaths, parentAt, reportProblems, snapshot, validTuvaOppijaArb, TODAY, run, type Json, type JsonPath } from '../support'

const RUNS = 150
/** Generated documents are big: report the first counterexample instead of shrinking for minutes. */
const OPTIONS = { numRuns: RUNS, endOnFailure: true }

const errors = (doc: unknown, options = {}) => run(doc, options).findings.filter((f) => f.severity === 'error')

describe('generated valid TUVA documents', () => {
  it('validate with no error finding, and a well-formed report that quotes neither hetu nor names', () => {
    fc.assert(
      fc.property(validTuvaOppijaArb, (doc) => {
        const report = run(doc)
        expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
        expect(report.valid).toBe(true)
        expect(reportProblems(report, henkilönTiedot(doc))).toEqual([])
      }),
      OPTIONS,
    )
  })

  it('stay valid with their own stored version as previous (nothing changed), and without the service-user rule', () => {
    fc.assert(
      fc.property(validTuvaOppijaArb, (doc) => {
        expect(errors(doc, { previous: structuredClone(doc) })).toEqual([])
        expect(errors(doc, { previous: structuredClone(doc.opiskeluoikeudet[0]) })).toEqual([])
        expect(errors(doc, { serviceUser: false })).toEqual([])
      }),
      { ...OPTIONS, numRuns: 50 },
    )
  })

  it('validate is deterministic and leaves the document untouched', () => {
    fc.assert(
      fc.property(validTuvaOppijaArb, (doc) => {
        const before = snapshot(doc)
        const a = validate(doc, { today: TODAY })
        const b = validate(structuredClone(doc), { today: TODAY })
        expect(snapshot(doc)).toBe(before)
        expect(b).toEqual(a)
      }),
      { ...OPTIONS, numRuns: 50 },
    )
  })

  it('are generated with variety (every lupa, every ending, loma, 104 kurssit, every henkilö form)', () => {
    const docs = fc.sample(validTuvaOppijaArb, { numRuns: 400, seed: 1 })
    const seen = new Set<string>()
    for (const doc of docs) {
      const oo = doc.opiskeluoikeudet[0]
      const jaksot = oo.tila.opiskeluoikeusjaksot
      seen.add(`lupa:${oo.järjestämislupa.koodiarvo}`)
      seen.add(`viimeinen:${jaksot[jaksot.length - 1].tila.koodiarvo}`)
      for (const j of jaksot) seen.add(`tila:${j.tila.koodiarvo}`)
      seen.add(`henkilö:${'hetu' in doc.henkilö ? ('oid' in doc.henkilö ? 'täydellinen' : 'uusi') : 'oid'}`)
      for (const o of oo.suoritukset[0].osasuoritukset ?? []) if (o.osasuoritukset !== undefined) seen.add('kurssit')
      for (const k of Object.keys(oo.lisätiedot ?? {})) seen.add(`lisätieto:${k}`)
    }
    for (const expected of [
      'lupa:ammatillinen', 'lupa:lukio', 'lupa:perusopetus',
      'viimeinen:valmistunut', 'viimeinen:katsotaaneronneeksi', 'viimeinen:mitatoity', 'viimeinen:lasna', 'viimeinen:valiaikaisestikeskeytynyt',
      'tila:loma', 'henkilö:uusi', 'henkilö:täydellinen', 'henkilö:oid', 'kurssit',
      'lisätieto:maksuttomuus', 'lisätieto:erityinenTuki', 'lisätieto:vammainen', 'lisätieto:vaikeastiVammainen', 'lisätieto:erityisenTuenPäätökset',
      'lisätieto:osaAikaisuusjaksot', 'lisätieto:majoitusetu', 'lisätieto:kuljetusetu', 'lisätieto:ulkomaanjaksot', 'lisätieto:pidennettyPäättymispäivä',
    ]) {
      expect(seen).toContain(expected)
    }
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Targeted mutations

/** Paths in a generated document, with what they hold. */
const pathsOf = (doc: Json): JsonPath[] => jsonPaths(doc)
const last = (p: JsonPath) => p[p.length - 1]
const parentKey = (p: JsonPath) => p[p.length - 2]

/** Required fields whose removal is reported as missingProperty at their own path. */
const REQUIRED = new Set(['järjestämislupa', 'tila', 'suoritukset', 'opiskeluoikeusjaksot', 'alku', 'koulutusmoduuli', 'toimipiste', 'suorituskieli', 'tunniste', 'yksikkö', 'arvo', 'arvosana', 'päivä', 'myöntäjäOrganisaatio', 'myöntäjäHenkilöt', 'titteli', 'maksuton', 'lähdejärjestelmä', 'koodiarvo', 'koodistoUri', 'selite', 'maa', 'kuvaus', 'osaAikaisuus', 'etunimet', 'sukunimi'])

const removable = (doc: Json) =>
  pathsOf(doc).filter((p) => {
    const key = last(p)
    if (typeof key !== 'string' || !REQUIRED.has(key)) return false
    if (p[0] === 'opiskeluoikeudet' && p[2] === 'tyyppi') return false // the study right's union: notAnyOf instead
    if (key === 'suorituskieli') return p.length === 5 // required on the päätaso only
    if (key === 'alku') return parentKey(p) === undefined || !p.includes('erityisenTuenPäätökset') // both ends optional there
    if (key === 'kuvaus') return !p.includes('arviointi') // optional in an arviointi
    return true
  })

/** Objects (not ignored values such as tunnustettu.osaaminen). */
const objects = (doc: Json): JsonPath[] =>
  [[], ...pathsOf(doc)].filter((p) => {
    const v = getAt(doc, p)
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !p.includes('osaaminen')
  })

/** The path of a TUVA osasuoritus (…suoritukset[0].osasuoritukset[i]) at the start of `p`, and the rest of `p`. */
const osasuorituksessa = (p: JsonPath): { osa: JsonPath; rest: JsonPath } | undefined =>
  p[0] === 'opiskeluoikeudet' && p[2] === 'suoritukset' && p[4] === 'osasuoritukset' && typeof p[5] === 'number' ? { osa: p.slice(0, 6), rest: p.slice(6) } : undefined

/** A 104 kurssi's arviointi (…osasuoritukset[i].osasuoritukset[j].arviointi[k]) at the start of `p`. */
const kurssinArvioinnissa = (p: JsonPath): JsonPath | undefined => {
  const o = osasuorituksessa(p)
  return o !== undefined && o.rest[0] === 'osasuoritukset' && o.rest[2] === 'arviointi' && typeof o.rest[3] === 'number' ? [...o.osa, ...o.rest.slice(0, 4)] : undefined
}

/**
 * The finding KOSKI gives when the required key at `path` is removed: missingProperty there, unless the key is part of
 * the criteria of a union member (KOSKI's discriminators, @OnlyWhen, or the required keys of a member without
 * discriminators), when it is notAnyOf at that member.
 */
const puuttuvanLöydös = (doc: Json, path: JsonPath): [string, string] => {
  if (path[0] === 'henkilö' && path.length === 2) return ['notAnyOf', 'henkilö'] // a required key of a henkilö form
  if (path[0] === 'opiskeluoikeudet' && path[2] === 'suoritukset' && path[4] === 'tyyppi') return ['notAnyOf', findingPath(path.slice(0, 4))]
  const arviointi = kurssinArvioinnissa(path)
  if (arviointi !== undefined && (path[arviointi.length] === 'arvosana' || path[arviointi.length] === 'päivä')) return ['notAnyOf', findingPath(arviointi)]
  const o = osasuorituksessa(path)
  if (o !== undefined) {
    const [a, b, c] = o.rest
    if (a === 'tyyppi') return ['notAnyOf', findingPath(o.osa)]
    if (a === 'koulutusmoduuli' && (b === undefined || (b === 'tunniste' && (c === undefined || c === 'koodiarvo')))) return ['notAnyOf', findingPath(o.osa)]
    const osa = getAt(doc, [...o.osa, 'koulutusmoduuli', 'tunniste', 'koodiarvo'])
    if (a === 'koulutusmoduuli' && b === 'tunniste' && c === 'koodistoUri' && osa !== '104') return ['notAnyOf', findingPath([...o.osa, 'koulutusmoduuli'])]
  }
  return ['missingProperty', findingPath(path)]
}

/** The finding for an unknown key added to the object at `path`: unexpectedProperty, or notAnyOf for a union member without discriminators. */
const vieraanAvaimenLöydös = (path: JsonPath): [string, string] => {
  const key = [...path, 'tuntematonKenttä']
  if (path.length === 1 && path[0] === 'henkilö') return ['notAnyOf', 'henkilö']
  if (path.length === 3 && path[2] === 'lisätiedot') return ['notAnyOf', findingPath(key)]
  const arviointi = kurssinArvioinnissa(path)
  if (arviointi !== undefined && arviointi.length === path.length) return ['notAnyOf', findingPath(path)]
  return ['unexpectedProperty', findingPath(key)]
}

/** A LocalizedString: an unknown key there is notAnyOf too. */
const onTeksti = (v: Record<string, unknown>): boolean => {
  const keys = Object.keys(v)
  return keys.length > 0 && keys.every((k) => k === 'fi' || k === 'sv' || k === 'en')
}

const dates = (doc: Json): JsonPath[] =>
  pathsOf(doc).filter((p) => {
    const v = getAt(doc, p)
    // alkamispäivä / päättymispäivä of the study right are synthetic: not checked
    return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !(p.length === 3 && (last(p) === 'alkamispäivä' || last(p) === 'päättymispäivä'))
  })

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!

describe('targeted mutations of generated valid documents yield the expected structural finding', () => {
  it('removing a required key → missingProperty at that key (notAnyOf at the member when it is a union criterion)', () => {
    fc.assert(
      fc.property(validTuvaOppijaArb, fc.nat(), (doc, i) => {
        const path = pick(removable(doc), i)
        const [errorType, at] = puuttuvanLöydös(doc, path)
        const [parent, key] = parentAt(doc, path)
        delete parent[key]
        const report = run(doc)
        expect(report.valid, findingPath(path)).toBe(false)
        expect(report.findings).toContainEqual(expect.objectContaining({ key: JSON_SCHEMA_KEY, errorType, path: at }))
        expect(reportProblems(report, henkilönTiedot(doc))).toEqual([])
      }),
      OPTIONS,
    )
  })

  it('adding an unknown key to any object → unexpectedProperty at it (notAnyOf for a union member without discriminators)', () => {
    fc.assert(
      fc.property(validTuvaOppijaArb, fc.nat(), fc.jsonValue().filter((v) => v !== null), (doc, i, value) => {
        const path = pick(objects(doc), i)
        const target = getAt(doc, path) as Record<string, unknown>
        const [errorType, at] = onTeksti(target) ? ['notAnyOf', findingPath(path)] : vieraanAvaimenLöydös(path)
        target.tuntematonKenttä = value
        const report = run(doc)
        expect(report.valid, findingPath(path)).toBe(false)
        expect(report.findings).toContainEqual(expect.objectContaining({ key: JSON_SCHEMA_KEY, errorType, path: at }))
      }),
      OPTIONS,
    )
  })

  it('adding an unknown key with the value null: ignored by a class, but counted by a union member without discriminators (notAnyOf)', () => {
    fc.assert(
      fc.property(validTuvaOppijaArb, fc.nat(), (doc, i) => {
        const path = pick(objects(doc), i)
        const target = getAt(doc, path) as Record<string, unknown>
        const [errorType, at] = onTeksti(target) ? ['notAnyOf', findingPath(path)] : vieraanAvaimenLöydös(path)
        target.tuntematonKenttä = null
        const report = run(doc)
        if (errorType === 'unexpectedProperty') expect(report.findings.filter((f) => f.key === JSON_SCHEMA_KEY), findingPath(path)).toEqual([])
        else expect(report.findings).toContainEqual(expect.objectContaining({ key: JSON_SCHEMA_KEY, errorType, path: at }))
      }),
      OPTIONS,
    )
  })

  it('breaking any date → dateFormatMismatch at it, and nothing but structural findings for its study right', () => {
    fc.assert(
      fc.property(validTuvaOppijaArb, fc.nat(), fc.constantFrom('2023-02-29', '2025-02-29', '2015-01.12', '2021-13-01', '2021-04-31', '21-08-01'), (doc, i, broken) => {
        const path = pick(dates(doc), i)
        const [parent, key] = parentAt(doc, path)
        parent[key] = broken
        const report = run(doc)
        expect(report.valid, findingPath(path)).toBe(false)
        expect(report.findings).toContainEqual(expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-4', errorType: 'dateFormatMismatch', path: findingPath(path) }))
        expect(report.findings.filter((f) => f.path.startsWith('opiskeluoikeudet[0]')).every((f) => f.key === JSON_SCHEMA_KEY)).toBe(true)
      }),
      OPTIONS,
    )
  })

  it('replacing any value with an arbitrary JSON value: a well-formed report that quotes neither hetu nor names', () => {
    fc.assert(
      fc.property(validTuvaOppijaArb, fc.nat(), fc.jsonValue(), (doc, i, value) => {
        const secrets = henkilönTiedot(doc)
        const path = pick(pathsOf(doc), i)
        const [parent, key] = parentAt(doc, path)
        parent[key] = value
        expect(reportProblems(run(doc), secrets)).toEqual([])
      }),
      OPTIONS,
    )
  })
})
