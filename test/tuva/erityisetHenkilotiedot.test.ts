/**
 * Special-category personal data (catalogue §1.7 @SensitiveData LUOTTAMUKSELLINEN_KAIKKI_TIEDOT; seed 004): the data,
 * the check, the paths and the redaction — including property tests and hostile inputs.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  LUOTTAMUKSELLINEN_KAIKKI_TIEDOT,
  TUVA_ERITYISET_HENKILÖTIEDOT,
  TUVA_JÄRJESTÄMISLUVAT,
  TUVA_LISÄTIEDOT_KENTÄT,
  erityisetHenkilötiedot,
  erityistenHenkilötietojenPolut,
  onErityinenHenkilötieto,
  poistaErityisetHenkilötiedot,
  sisältääErityisiäHenkilötietoja,
} from '../../src'
import { luvalla, run, tuva, type Json } from '../support'
import { ERITYISET, ERITYISET_KAIKKI, isPlain, viite, viiteSisältää } from '../support/erityiset'

const KAIKKI = ERITYISET_KAIKKI
const SENS = ERITYISET

/** Every object and array reachable from `v` (iterative). */
const containers = (v: unknown): Set<object> => {
  const seen = new Set<object>()
  const stack = [v]
  while (stack.length > 0) {
    const x = stack.pop()
    if (typeof x !== 'object' || x === null || seen.has(x)) continue
    seen.add(x)
    for (const k of Object.keys(x)) stack.push((x as Record<string, unknown>)[k])
  }
  return seen
}

describe('the special-category data', () => {
  it('is exactly KOSKI’s @SensitiveData of catalogue §1.7, per lupa', () => {
    expect(LUOTTAMUKSELLINEN_KAIKKI_TIEDOT).toBe('LUOTTAMUKSELLINEN_KAIKKI_TIEDOT')
    expect(TUVA_ERITYISET_HENKILÖTIEDOT).toEqual({
      ammatillinen: [
        'sisäoppilaitosmainenMajoitus',
        'vaativanErityisenTuenYhteydessäJärjestettäväMajoitus',
        'erityinenTuki',
        'vaativanErityisenTuenErityinenTehtävä',
        'vaikeastiVammainen',
        'vammainenJaAvustaja',
        'vankilaopetuksessa',
      ],
      lukio: ['sisäoppilaitosmainenMajoitus'],
      perusopetus: ['sisäoppilaitosmainenMajoitus', 'vaikeastiVammainen', 'vammainen', 'kuljetusetu', 'koulukoti', 'erityisenTuenPäätökset'],
    })
  })
  it('a field is sensitive under every lupa that allows it (so one set serves all luvat)', () => {
    for (const lupa of TUVA_JÄRJESTÄMISLUVAT) {
      for (const k of TUVA_ERITYISET_HENKILÖTIEDOT[lupa]) expect(TUVA_LISÄTIEDOT_KENTÄT[lupa]).toContain(k)
      for (const k of TUVA_LISÄTIEDOT_KENTÄT[lupa]) expect(onErityinenHenkilötieto(k, lupa)).toBe(SENS.has(k))
    }
  })
  it('follows KOSKI where seed 004 differs: kuljetusetu and erityisenTuenPäätökset are sensitive, majoitusetu is not', () => {
    expect(onErityinenHenkilötieto('kuljetusetu')).toBe(true)
    expect(onErityinenHenkilötieto('erityisenTuenPäätökset', 'perusopetus')).toBe(true)
    expect(onErityinenHenkilötieto('vaikeastiVammainen', 'perusopetus')).toBe(true)
    expect(onErityinenHenkilötieto('majoitusetu')).toBe(false)
    expect(onErityinenHenkilötieto('majoitus')).toBe(false)
    expect(onErityinenHenkilötieto('erityinenTuki', 'lukio')).toBe(false)
    expect(erityisetHenkilötiedot('tuntematon')).toBeUndefined()
  })
})

describe('sisältääErityisiäHenkilötietoja / erityistenHenkilötietojenPolut', () => {
  it('finds erityinenTuki in the valid example, as an Oppija, a single study right and a list', () => {
    const doc = tuva()
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['opiskeluoikeudet[0].lisätiedot.erityinenTuki'])
    expect(erityistenHenkilötietojenPolut(doc.opiskeluoikeudet[0])).toEqual(['lisätiedot.erityinenTuki'])
    expect(erityistenHenkilötietojenPolut([doc, tuva()])).toEqual(['[0].opiskeluoikeudet[0].lisätiedot.erityinenTuki', '[1].opiskeluoikeudet[0].lisätiedot.erityinenTuki'])
  })
  it('is false without sensitive fields, for null values, outside lisätiedot, and for non-documents', () => {
    expect(sisältääErityisiäHenkilötietoja(luvalla('lukio'))).toBe(false)
    expect(sisältääErityisiäHenkilötietoja({ lisätiedot: { erityinenTuki: null, majoitusetu: { alku: '2021-08-01' } } })).toBe(false)
    expect(sisältääErityisiäHenkilötietoja({ erityinenTuki: [{ alku: '2021-08-01' }], muu: { erityinenTuki: 1 } })).toBe(false)
    expect(sisältääErityisiäHenkilötietoja({ lisätiedot: [{ erityinenTuki: 1 }] })).toBe(false)
    for (const x of [undefined, null, 0, 'lisätiedot', true, [], {}]) expect(sisältääErityisiäHenkilötietoja(x)).toBe(false)
  })
  it('finds every sensitive field of every lupa, also when the lupa does not allow it', () => {
    const lisätiedot = Object.fromEntries(KAIKKI.map((k) => [k, [{ alku: '2021-08-01' }]]))
    expect(erityistenHenkilötietojenPolut({ järjestämislupa: { koodiarvo: 'lukio' }, lisätiedot })).toEqual(KAIKKI.map((k) => `lisätiedot.${k}`).sort())
  })
})

describe('poistaErityisetHenkilötiedot', () => {
  it('removes erityinenTuki from the valid example and keeps everything else; the input is untouched', () => {
    const doc = tuva()
    const before = structuredClone(doc)
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(doc).toEqual(before)
    expect(redacted.opiskeluoikeudet[0].lisätiedot).toEqual({ maksuttomuus: [{ alku: '2021-08-01', maksuton: true }], koulutusvienti: false, pidennettyPäättymispäivä: false })
    const expected = structuredClone(doc)
    delete expected.opiskeluoikeudet[0].lisätiedot.erityinenTuki
    expect(redacted).toEqual(expected)
    expect(sisältääErityisiäHenkilötietoja(redacted)).toBe(false)
    // still a valid document
    expect(run(redacted).findings).toEqual([])
  })
  it('shares no object or array with the input', () => {
    const doc = tuva()
    const inputs = containers(doc)
    for (const c of containers(poistaErityisetHenkilötiedot(doc))) expect(inputs.has(c)).toBe(false)
  })
  it('removes a sensitive field whatever its value (null too), only in objects under lisätiedot', () => {
    const doc = { lisätiedot: { erityinenTuki: null, kuljetusetu: { alku: '2021-08-01' }, majoitusetu: { alku: '2021-08-01' } }, erityinenTuki: 1 }
    expect(poistaErityisetHenkilötiedot(doc)).toEqual({ lisätiedot: { majoitusetu: { alku: '2021-08-01' } }, erityinenTuki: 1 })
  })
  it('returns primitives as they are', () => {
    for (const x of [undefined, null, 0, -1.5, 'x', true]) expect(poistaErityisetHenkilötiedot(x)).toBe(x)
  })

  // --- properties ---

  const kenttä = fc.constantFrom(...KAIKKI, 'maksuttomuus', 'koulutusvienti', 'majoitusetu', 'majoitus', 'lisätiedot', 'muu')
  const lisätiedot = fc.dictionary(kenttä, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 10 })
  const opiskeluoikeus = fc.record(
    {
      tyyppi: fc.constant({ koodiarvo: 'tuva', koodistoUri: 'opiskeluoikeudentyyppi' }),
      järjestämislupa: fc.record({ koodiarvo: fc.constantFrom(...TUVA_JÄRJESTÄMISLUVAT, 'tuntematon') }),
      lisätiedot: fc.oneof(lisätiedot, fc.jsonValue({ maxDepth: 2 })),
      muuta: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: ['tyyppi'] },
  )
  const dokumentti = fc.oneof(
    opiskeluoikeus,
    fc.record({ henkilö: fc.jsonValue({ maxDepth: 2 }), opiskeluoikeudet: fc.array(opiskeluoikeus, { maxLength: 3 }) }),
    fc.array(fc.record({ opiskeluoikeudet: fc.array(opiskeluoikeus, { maxLength: 2 }) }), { maxLength: 3 }),
    fc.record({ vastaus: fc.record({ lisätiedot }) }),
    fc.jsonValue(),
  )

  it('property: the redacted document has no special-category field and is otherwise deep-equal; the input is untouched', () => {
    fc.assert(
      fc.property(dokumentti, (doc) => {
        const before = structuredClone(doc)
        const redacted = poistaErityisetHenkilötiedot(doc)
        expect(doc).toEqual(before)
        expect(sisältääErityisiäHenkilötietoja(redacted)).toBe(false)
        expect(erityistenHenkilötietojenPolut(redacted)).toEqual([])
        expect(redacted).toEqual(viite(doc))
      }),
      { numRuns: 300 },
    )
  })
  it('property: the check agrees with the reference and with the paths; redaction is idempotent', () => {
    fc.assert(
      fc.property(dokumentti, (doc) => {
        const contains = sisältääErityisiäHenkilötietoja(doc)
        expect(contains).toBe(viiteSisältää(doc))
        expect(erityistenHenkilötietojenPolut(doc).length > 0).toBe(contains)
        const once = poistaErityisetHenkilötiedot(doc)
        expect(poistaErityisetHenkilötiedot(once)).toEqual(once)
        if (!contains) expect(once).toEqual(viite(doc))
      }),
      { numRuns: 300 },
    )
  })
  it('property: never throws on arbitrary JSON, and the result equals the reference', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        expect(poistaErityisetHenkilötiedot(doc)).toEqual(viite(doc))
        expect(sisältääErityisiäHenkilötietoja(doc)).toBe(viiteSisältää(doc))
      }),
      { numRuns: 300 },
    )
  })
  it('property: never throws on any JavaScript value (fc.anything)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (x) => {
        expect(() => poistaErityisetHenkilötiedot(x)).not.toThrow()
        expect(() => sisältääErityisiäHenkilötietoja(x)).not.toThrow()
        expect(() => erityistenHenkilötietojenPolut(x)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  // --- hostile inputs ---

  const SYVYYS = 200_000
  const syvä = (wrap: (x: Json, i: number) => Json): Json => {
    let x: Json = { lisätiedot: { erityinenTuki: [{ alku: '2021-08-01' }], maksuttomuus: [] } }
    for (let i = 0; i < SYVYYS; i++) x = wrap(x, i)
    return x
  }
  /** Follows the single path down to the innermost object (iteratively). */
  const pohja = (x: Json): Json => {
    while (x !== null && typeof x === 'object' && !('lisätiedot' in x)) x = Array.isArray(x) ? x[0] : x[Object.keys(x)[0]!]
    return x
  }

  it.each([
    ['arrays', (x: Json) => [x]],
    ['objects', (x: Json) => ({ a: x })],
    ['alternating', (x: Json, i: number) => (i % 2 === 0 ? [x] : { b: x })],
  ])(`handles ${SYVYYS}-deep nesting of %s without recursion`, (_name, wrap) => {
    const doc = syvä(wrap)
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(pohja(redacted)).toEqual({ lisätiedot: { maksuttomuus: [] } })
    expect(pohja(doc).lisätiedot.erityinenTuki).toHaveLength(1)
    expect(sisältääErityisiäHenkilötietoja(redacted)).toBe(false)
  })
  it('handles cycles and shared objects (copied once, the shape kept)', () => {
    const shared = { alku: '2021-08-01' }
    const doc: Json = { lisätiedot: { erityinenTuki: [shared], majoitus: [shared] }, muu: shared }
    doc.self = doc
    doc.lisätiedot.takaisin = doc
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(redacted.self).toBe(redacted)
    expect(redacted.lisätiedot.takaisin).toBe(redacted)
    expect(redacted.lisätiedot.erityinenTuki).toBeUndefined()
    expect(redacted.lisätiedot.majoitus[0]).toBe(redacted.muu)
    expect(redacted.muu).not.toBe(shared)
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    expect(sisältääErityisiäHenkilötietoja(redacted)).toBe(false)
  })
  it('redacts an object reached first elsewhere and then under lisätiedot', () => {
    const lt = { erityinenTuki: [1], maksuttomuus: [] }
    const redacted = poistaErityisetHenkilötiedot({ a: lt, opiskeluoikeudet: [{ lisätiedot: lt }] })
    expect(redacted.opiskeluoikeudet[0]!.lisätiedot).toEqual({ maksuttomuus: [] })
    expect(redacted.a).toEqual(lt)
  })
  it('skips throwing getters, and counts an unreadable sensitive field as present', () => {
    const lt: Json = { maksuttomuus: [] }
    Object.defineProperty(lt, 'erityinenTuki', { enumerable: true, get: () => { throw new Error('ei') } })
    const doc: Json = { opiskeluoikeudet: [{ lisätiedot: lt }] }
    Object.defineProperty(doc, 'paha', { enumerable: true, get: () => { throw new Error('ei') } })
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['opiskeluoikeudet[0].lisätiedot.erityinenTuki'])
    expect(poistaErityisetHenkilötiedot(doc)).toEqual({ opiskeluoikeudet: [{ lisätiedot: { maksuttomuus: [] } }] })
  })
  it('survives revoked proxies and proxies whose traps throw', () => {
    const { proxy, revoke } = Proxy.revocable({ lisätiedot: { erityinenTuki: 1 } }, {})
    revoke()
    const paha = new Proxy({}, { ownKeys: () => { throw new Error('ei') }, getPrototypeOf: () => { throw new Error('ei') } })
    const doc = { a: proxy, b: paha, c: new Proxy({ lisätiedot: { kuljetusetu: {} } }, {}) }
    expect(() => poistaErityisetHenkilötiedot(doc)).not.toThrow()
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(redacted.c).toEqual({ lisätiedot: {} })
    expect(sisältääErityisiäHenkilötietoja(redacted)).toBe(false)
  })
  it('keeps a JSON "__proto__" key as plain data (no prototype pollution) and null-prototype objects', () => {
    const doc = JSON.parse('{"__proto__": {"polluted": true}, "lisätiedot": {"__proto__": {"x": 1}, "vankilaopetuksessa": [{"alku": "2021-08-01"}]}}')
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype)
    expect(Object.keys(redacted)).toEqual(['__proto__', 'lisätiedot'])
    expect((redacted as Json).polluted).toBeUndefined()
    expect(Object.keys(redacted.lisätiedot)).toEqual(['__proto__'])
    expect(({} as Json).polluted).toBeUndefined()
    const nullProto = Object.assign(Object.create(null), { lisätiedot: Object.assign(Object.create(null), { koulukoti: [1], a: 1 }) })
    const r = poistaErityisetHenkilötiedot(nullProto)
    expect(Object.getPrototypeOf(r)).toBeNull()
    expect(Object.keys(r.lisätiedot)).toEqual(['a'])
  })
  it('keeps non-JSON objects as they are and works on frozen input', () => {
    const date = new Date(0)
    const doc = Object.freeze({ päivä: date, lisätiedot: Object.freeze({ koulukoti: Object.freeze([1]) }) })
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(redacted.päivä).toBe(date)
    expect(redacted.lisätiedot).toEqual({})
    expect(Object.isFrozen(redacted)).toBe(false)
  })
  it('finds and redacts special-category data in class instances too (JSON.stringify would write it out)', () => {
    class Lisätiedot {
      erityinenTuki = [{ alku: '2021-08-01' }]
      maksuttomuus = [{ alku: '2021-08-01', maksuton: true }]
    }
    class Opiskeluoikeus {
      lisätiedot = new Lisätiedot()
    }
    const doc = { opiskeluoikeudet: [new Opiskeluoikeus()] }
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['opiskeluoikeudet[0].lisätiedot.erityinenTuki'])
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(JSON.parse(JSON.stringify(redacted))).toEqual({ opiskeluoikeudet: [{ lisätiedot: { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] } }] })
    expect(sisältääErityisiäHenkilötietoja(redacted)).toBe(false)
    expect(doc.opiskeluoikeudet[0]!.lisätiedot.erityinenTuki).toHaveLength(1)
  })
  it('copies sparse arrays with their holes and length', () => {
    const sparse: unknown[] = []
    sparse[5] = { lisätiedot: { koulukoti: [] } }
    const redacted = poistaErityisetHenkilötiedot(sparse)
    expect(redacted).toHaveLength(6)
    expect(0 in redacted).toBe(false)
    expect(redacted[5]).toEqual({ lisätiedot: {} })
  })
})
