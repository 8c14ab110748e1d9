/**
 * Special-category data, continued: the fields come from the codecs' `@SensitiveData` metadata of every supported
 * type, and the check and the redaction work on what JSON.stringify would write (class instances, Symbol.toStringTag,
 * toJSON, proxies).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { erityisetKentät } from '../../src/codecs/erityiset'
import {
  TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeus,
} from '../../src/tyypit/tuva/codec'
import { TYYPIT } from '../../src/tyypit'
import {
  TUVA_ERITYISET_HENKILÖTIEDOT,
  TUVA_JÄRJESTÄMISLUVAT,
  TUVA_LISÄTIEDOT_KENTÄT,
  erityistenHenkilötietojenPolut,
  poistaErityisetHenkilötiedot,
  sisältääErityisiäHenkilötietoja,
} from '../../src'
import { tuva, type Json } from '../support'
import { ERITYISET, ERITYISET_KAIKKI, isPlain, viite, viiteSisältää } from '../support/erityiset'

const SENS = ERITYISET
const jakso = [{ alku: '2021-08-01' }]

describe('the special-category fields come from the codecs', () => {
  it('TUVA_ERITYISET_HENKILÖTIEDOT is, per lupa, what the lupa’s lisätiedot class marks, found by walking the TUVA codec', () => {
    const kentät = erityisetKentät(TutkintokoulutukseenValmentavanOpiskeluoikeus)
    const luokat = {
      ammatillinen: TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot,
      lukio: TutkintokoulutukseenValmentavanOpiskeluoikeudenLukiokoulutuksenLuvanLisätiedot,
      perusopetus: TutkintokoulutukseenValmentavanOpiskeluoikeudenPerusopetuksenLuvanLisätiedot,
    }
    for (const lupa of TUVA_JÄRJESTÄMISLUVAT) {
      const löydetyt = kentät.filter((k) => k.luokka === luokat[lupa].name)
      expect(TUVA_ERITYISET_HENKILÖTIEDOT[lupa]).toEqual(löydetyt.map((k) => k.kenttä))
      for (const k of löydetyt) expect(k.polku).toBe(`lisätiedot.${k.kenttä}`)
    }
  })
  it('every field any supported type’s codec marks is found and redacted in its context; the lisätiedot fields it does not mark are not', () => {
    for (const d of TYYPIT) {
      for (const k of erityisetKentät(d.codec)) {
        if (k.kenttä === '*') {
          // a class marked as a whole: its objects, told by their tyyppi, are left out whole; another tyyppi's are kept
          expect(k.tyypit?.length, k.polku).toBeGreaterThan(0)
          for (const tyyppi of k.tyypit ?? []) {
            const olio = { tyyppi: { koodiarvo: tyyppi, koodistoUri: 'suorituksentyyppi' }, muu: 1 }
            const muu = { tyyppi: { koodiarvo: 'muu', koodistoUri: 'suorituksentyyppi' }, muu: 2 }
            const lista = k.konteksti.endsWith('[]')
            const avain = lista ? k.konteksti.slice(0, -2) : k.konteksti
            expect(sisältääErityisiäHenkilötietoja({ opiskeluoikeudet: [{ [avain]: lista ? [olio] : olio }] }), k.polku).toBe(true)
            expect(poistaErityisetHenkilötiedot(lista ? { [avain]: [olio, muu] } : { [avain]: olio, muu })).toEqual(lista ? { [avain]: [muu] } : { muu })
          }
          continue
        }
        const holder = { [k.kenttä]: jakso, muu: 1 }
        const paikallaan = k.konteksti.endsWith('[]') ? { [k.konteksti.slice(0, -2)]: [holder] } : { [k.konteksti]: holder }
        // a field sensitive within a tyyppi only: inside an object of that tyyppi (and not outside one: below)
        const doc = k.rajaus !== undefined && k.rajaus.length > 0 ? { suoritus: { tyyppi: { koodiarvo: k.rajaus[0], koodistoUri: 'suorituksentyyppi' }, ...paikallaan } } : paikallaan
        if (k.rajaus !== undefined && k.rajaus.length > 0) expect(sisältääErityisiäHenkilötietoja({ opiskeluoikeudet: [paikallaan] }), k.polku).toBe(false)
        expect(sisältääErityisiäHenkilötietoja({ opiskeluoikeudet: [doc] }), k.polku).toBe(true)
        expect(JSON.stringify(poistaErityisetHenkilötiedot(doc))).not.toContain(`"${k.kenttä}"`)
      }
    }
    for (const lupa of TUVA_JÄRJESTÄMISLUVAT) {
      for (const kenttä of TUVA_LISÄTIEDOT_KENTÄT[lupa].filter((k) => !SENS.has(k))) {
        expect(sisältääErityisiäHenkilötietoja({ lisätiedot: { [kenttä]: jakso } }), kenttä).toBe(false)
      }
    }
  })
  it('no supported type marks a field of the study right itself (the redaction recognises a holder by the step leading to it)', () => {
    for (const d of TYYPIT) for (const k of erityisetKentät(d.codec)) expect(k.konteksti, k.polku).not.toBe('')
  })
})

/** What a log would show. */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify({ v })).v

describe('redaction by what JSON.stringify writes', () => {
  const lisätiedot = (): Json => ({ erityinenTuki: jakso, maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] })
  const redactedLisätiedot = { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] }

  it('an object with a Symbol.toStringTag is copied and redacted (it was kept uncopied, its sensitive value in it)', () => {
    const lt = Object.assign(lisätiedot(), { [Symbol.toStringTag]: 'Lisätiedot' })
    const oo = Object.assign({ lisätiedot: lt }, { [Symbol.toStringTag]: 'Opiskeluoikeus' })
    const doc = { opiskeluoikeudet: [oo] }
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['opiskeluoikeudet[0].lisätiedot.erityinenTuki'])
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(redacted.opiskeluoikeudet[0]).not.toBe(oo)
    expect(redacted.opiskeluoikeudet[0]!.lisätiedot).not.toBe(lt)
    expect(redacted.opiskeluoikeudet[0]!.lisätiedot).toEqual(redactedLisätiedot)
    expect(sisältääErityisiäHenkilötietoja(redacted)).toBe(false)
    expect(lt.erityinenTuki).toBe(jakso)
  })
  it('a class instance with a Symbol.toStringTag getter, even a throwing one, is copied by its own properties', () => {
    class Lisätiedot {
      erityinenTuki = jakso
      koulutusvienti = false
      get [Symbol.toStringTag](): string {
        throw new Error('ei')
      }
    }
    const doc = { lisätiedot: new Lisätiedot() }
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    expect(poistaErityisetHenkilötiedot(doc)).toEqual({ lisätiedot: { koulutusvienti: false } })
  })
  it('an own toJSON returning a nested object with sensitive fields: redacted from that object', () => {
    const doc = {
      toJSON: () => ({ opiskeluoikeudet: [{ lisätiedot: lisätiedot(), tyyppi: { koodiarvo: 'tuva' } }] }),
      lisätiedot: { muu: 1 },
    }
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['opiskeluoikeudet[0].lisätiedot.erityinenTuki'])
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(redacted).toEqual({ opiskeluoikeudet: [{ lisätiedot: redactedLisätiedot, tyyppi: { koodiarvo: 'tuva' } }] })
    expect(asJson(redacted)).toEqual(viite(asJson(doc)))
  })
  it('a toJSON on the lisätiedot itself, inherited from a class, and one giving the key it was called with', () => {
    class Lisätiedot {
      toJSON(): Json {
        return lisätiedot()
      }
    }
    const keys: string[] = []
    const avaimella = {
      toJSON(key: string): Json {
        keys.push(key)
        return { lisätiedot: lisätiedot() }
      },
    }
    const doc = { opiskeluoikeudet: [{ lisätiedot: new Lisätiedot() }, avaimella] }
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['opiskeluoikeudet[0].lisätiedot.erityinenTuki', 'opiskeluoikeudet[1].lisätiedot.erityinenTuki'])
    expect(poistaErityisetHenkilötiedot(doc)).toEqual({ opiskeluoikeudet: [{ lisätiedot: redactedLisätiedot }, { lisätiedot: redactedLisätiedot }] })
    expect(keys).toEqual(['1', '1'])
  })
  it('a throwing toJSON, or a throwing toJSON getter, does not make it throw: the object’s own properties are redacted instead', () => {
    const heittää = Object.assign(lisätiedot(), {
      toJSON: () => {
        throw new Error('ei')
      },
    })
    const getteri = lisätiedot()
    Object.defineProperty(getteri, 'toJSON', { enumerable: false, get: () => { throw new Error('ei') } })
    const doc = { a: { lisätiedot: heittää }, b: { lisätiedot: getteri } }
    expect(() => poistaErityisetHenkilötiedot(doc)).not.toThrow()
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['a.lisätiedot.erityinenTuki', 'b.lisätiedot.erityinenTuki'])
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(redacted.b.lisätiedot).toEqual(redactedLisätiedot)
    expect(Object.keys(redacted.a.lisätiedot)).toEqual(['maksuttomuus', 'toJSON'])
    expect(sisältääErityisiäHenkilötietoja(redacted)).toBe(false)
  })
  it('a toJSON giving a primitive replaces an object; a Date (its toJSON gives a string) is kept', () => {
    const date = new Date(0)
    const doc = { lisätiedot: { toJSON: () => 'piilotettu', erityinenTuki: jakso }, päivä: date }
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(false)
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(redacted.lisätiedot).toBe('piilotettu')
    expect(redacted.päivä).toBe(date)
  })
  it('a Map or Error given own properties is copied as JSON writes it; without them it is kept', () => {
    const map = Object.assign(new Map([['a', 1]]), { lisätiedot: lisätiedot() })
    const tyhjä = new Map([['lisätiedot', lisätiedot()]])
    const virhe = Object.assign(new Error('x'), { lisätiedot: lisätiedot() })
    const doc = { map, tyhjä, virhe }
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['map.lisätiedot.erityinenTuki', 'virhe.lisätiedot.erityinenTuki'])
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(redacted.map).toEqual({ lisätiedot: redactedLisätiedot })
    expect(redacted.virhe).toEqual({ lisätiedot: redactedLisätiedot })
    expect(redacted.tyhjä).toBe(tyhjä)
    expect(asJson(redacted)).toEqual(viite(asJson(doc)))
    const set = new Set([{ lisätiedot: lisätiedot() }])
    const tavut = new Uint8Array([1, 2])
    const funktio = Object.assign(() => 1, { lisätiedot: lisätiedot() })
    const muut = poistaErityisetHenkilötiedot({ set, tavut, funktio })
    expect(muut.set).toBe(set)
    expect(muut.tavut).toBe(tavut)
    expect(muut.funktio).toBe(funktio) // JSON.stringify leaves a function out
  })
  it('proxies: a transparent one is redacted, one whose toJSON trap answers is read through it, throwing traps are survived', () => {
    const läpinäkyvä = new Proxy({ lisätiedot: new Proxy(lisätiedot(), {}) }, {})
    const toJSONAnsa = new Proxy({}, { get: (_t, key) => (key === 'toJSON' ? () => ({ lisätiedot: lisätiedot() }) : undefined) })
    const heittävä = new Proxy(lisätiedot(), { get: () => { throw new Error('ei') } })
    const doc = { a: läpinäkyvä, b: toJSONAnsa, c: { lisätiedot: heittävä } }
    expect(() => poistaErityisetHenkilötiedot(doc)).not.toThrow()
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['a.lisätiedot.erityinenTuki', 'b.lisätiedot.erityinenTuki', 'c.lisätiedot.erityinenTuki'])
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(redacted.a).toEqual({ lisätiedot: redactedLisätiedot })
    expect(redacted.b).toEqual({ lisätiedot: redactedLisätiedot })
    expect(redacted.c).toEqual({ lisätiedot: {} })
    expect(sisältääErityisiäHenkilötietoja(redacted)).toBe(false)
  })
  it('cycles through toJSON are copied once', () => {
    const doc: Json = { lisätiedot: lisätiedot() }
    doc.itse = { toJSON: () => doc }
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(redacted.itse).toBe(redacted)
    expect(redacted.lisätiedot).toEqual(redactedLisätiedot)
  })
  it('the valid example wrapped in class instances still validates the same once redacted', () => {
    class Kääre {
      constructor(private readonly sisältö: unknown) {}
      toJSON(): unknown {
        return this.sisältö
      }
    }
    const doc = tuva()
    const redacted = poistaErityisetHenkilötiedot({ oppija: new Kääre(doc) })
    expect(redacted.oppija).toEqual(viite(doc))
  })

  // --- property: whatever objects carry a JSON document, the redacted result's JSON is the reference redaction ---

  const kenttä = fc.constantFrom(...ERITYISET_KAIKKI, 'maksuttomuus', 'majoitusetu', 'lisätiedot', 'muu')
  const json = fc.letrec((tie) => ({
    arvo: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), tie('olio'), fc.array(tie('arvo'), { maxLength: 3 })),
    olio: fc.dictionary(kenttä, tie('arvo'), { maxKeys: 5 }),
  })).arvo

  /** Carries the JSON value in objects of the given kinds (plain, class instance, toStringTag, toJSON, proxy), recursively. */
  const kanna = (v: unknown, kinds: readonly number[], i = { n: 0 }): unknown => {
    if (typeof v !== 'object' || v === null) return v
    const kind = kinds[i.n++ % kinds.length]!
    const inner: unknown = Array.isArray(v) ? v.map((x) => kanna(x, kinds, i)) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, kanna(x, kinds, i)]))
    switch (kind) {
      case 1:
        return Array.isArray(inner) ? inner : Object.assign(Object.create(class Luokka {}.prototype) as object, inner)
      case 2:
        return Array.isArray(inner) ? inner : Object.assign(inner as object, { [Symbol.toStringTag]: 'Tagi' })
      case 3:
        return { toJSON: () => inner, erityinenTuki: 'ei JSONissa' }
      case 4:
        return new Proxy(inner as object, {})
      default:
        return inner
    }
  }

  it('property: JSON of the redacted carrier = reference redaction of the JSON; the check agrees; the carrier is untouched', () => {
    fc.assert(
      fc.property(json, fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 20 }), (doc, kinds) => {
        const carrier = kanna(doc, kinds)
        const before = JSON.stringify({ v: carrier })
        const plain = asJson(carrier)
        expect(asJson(poistaErityisetHenkilötiedot(carrier))).toEqual(viite(plain))
        expect(sisältääErityisiäHenkilötietoja(carrier)).toBe(viiteSisältää(plain))
        expect(JSON.stringify({ v: carrier })).toBe(before)
      }),
      { numRuns: 300 },
    )
  })
})

describe('toJSON is called once per object', () => {
  it('a shared object with a toJSON, met 10 000 times, is converted once; a toJSON giving fresh objects that lead back ends', () => {
    let calls = 0
    const jaettu = { toJSON: () => (calls++, { lisätiedot: { erityinenTuki: [1], muu: 2 } }) }
    const doc = Array.from({ length: 10_000 }, () => jaettu)
    const redacted = poistaErityisetHenkilötiedot(doc)
    expect(calls).toBe(1)
    expect(redacted[9999]).toEqual({ lisätiedot: { muu: 2 } })
    const kierre: Json = {}
    kierre.toJSON = () => ({ takaisin: kierre, lisätiedot: { koulukoti: [] } })
    expect(poistaErityisetHenkilötiedot(kierre)).toEqual({ takaisin: expect.anything(), lisätiedot: {} })
    expect(sisältääErityisiäHenkilötietoja(kierre)).toBe(true)
  })
})

describe('a class marked as a whole (lisäopetus toiminta-alue): told by its tyyppi as JSON writes it', () => {
  const TYYPPI = 'perusopetuksenlisaopetuksentoimintaalue'
  const alue = (): Json => ({ tyyppi: { koodiarvo: TYYPPI, koodistoUri: 'suorituksentyyppi' }, koulutusmoduuli: { tunniste: { koodiarvo: '1', koodistoUri: 'perusopetuksentoimintaalue' } } })
  const muu = { tyyppi: { koodiarvo: 'perusopetuksenlisaopetuksenoppiaine', koodistoUri: 'suorituksentyyppi' } }

  it('a tyyppi or koodiarvo given by toJSON, or a String object, is read as JSON writes it', () => {
    const viaToJSON = { tyyppi: { toJSON: () => ({ koodiarvo: TYYPPI }) } }
    const merkkijonona = { tyyppi: { koodiarvo: Object(TYYPPI) as unknown } }
    const koodiarvonToJSON = { tyyppi: { koodiarvo: { toJSON: () => TYYPPI } } }
    for (const olio of [viaToJSON, merkkijonona, koodiarvonToJSON]) {
      expect(asJson(olio)).toEqual({ tyyppi: { koodiarvo: TYYPPI } })
      expect(poistaErityisetHenkilötiedot({ osasuoritukset: [olio, muu] })).toEqual({ osasuoritukset: [muu] })
      expect(erityistenHenkilötietojenPolut({ osasuoritukset: [muu, olio] })).toEqual(['osasuoritukset[1]'])
    }
  })
  it('an unreadable tyyppi or koodiarvo counts as sensitive (the safe side); a missing one does not', () => {
    const heittää = Object.defineProperty({}, 'tyyppi', { enumerable: true, get: () => { throw new Error('x') } })
    const heittääKoodiarvo = { tyyppi: Object.defineProperty({}, 'koodiarvo', { enumerable: true, get: () => { throw new Error('x') } }) }
    expect(poistaErityisetHenkilötiedot({ osasuoritukset: [heittää, heittääKoodiarvo, muu, {}] })).toEqual({ osasuoritukset: [muu, {}] })
    expect(sisältääErityisiäHenkilötietoja({ osasuoritukset: [heittää] })).toBe(true)
    expect(sisältääErityisiäHenkilötietoja({ osasuoritukset: [{}, muu] })).toBe(false)
  })
  it('a sparse list keeps its holes and length less the items left out; a nested list or another key is not the context', () => {
    const lista: unknown[] = [muu, alue(), , muu] // eslint-disable-line no-sparse-arrays
    const kopio = poistaErityisetHenkilötiedot({ osasuoritukset: lista }).osasuoritukset
    expect(kopio).toHaveLength(3)
    expect(1 in kopio).toBe(false)
    expect(kopio[0]).toEqual(muu)
    expect(kopio[2]).toEqual(muu)
    expect(poistaErityisetHenkilötiedot({ osasuoritukset: [[alue()]], suoritukset: [alue()] })).toEqual({ osasuoritukset: [[alue()]], suoritukset: [alue()] })
  })
  it('is idempotent and shares nothing with the input; the check stops at the first when asked for a yes/no', () => {
    const doc = { opiskeluoikeudet: [{ suoritukset: [{ osasuoritukset: [alue(), muu, alue()] }] }] }
    const kerran = poistaErityisetHenkilötiedot(doc)
    expect(poistaErityisetHenkilötiedot(kerran)).toEqual(kerran)
    expect(kerran.opiskeluoikeudet[0]!.suoritukset[0]!.osasuoritukset).toEqual([muu])
    expect(kerran.opiskeluoikeudet[0]!.suoritukset[0]!.osasuoritukset[0]).not.toBe(muu)
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0]', 'opiskeluoikeudet[0].suoritukset[0].osasuoritukset[2]'])
  })
})

describe('a field sensitive within a suoritus’ tyyppi only (lisäopetus: the kuvaus of a sanallinen arviointi)', () => {
  const arviointi = [{ arvosana: { koodiarvo: 'S', koodistoUri: 'arviointiasteikkoyleissivistava' }, kuvaus: { fi: 'sanallinen arvio' } }]
  const suoritus = (tyyppi: string): Json => ({ tyyppi: { koodiarvo: tyyppi, koodistoUri: 'suorituksentyyppi' }, arviointi })

  it('removed inside a lisäopetus oppiaine or muu suoritus; kept in another type’s arviointi and without a tyyppi around it', () => {
    const doc = { osasuoritukset: [suoritus('perusopetuksenlisaopetuksenoppiaine'), suoritus('luvalukionoppiaine'), suoritus('muuperusopetuksenlisaopetuksensuoritus')], arviointi }
    expect(erityistenHenkilötietojenPolut(doc)).toEqual(['osasuoritukset[0].arviointi[0].kuvaus', 'osasuoritukset[2].arviointi[0].kuvaus'])
    const r = poistaErityisetHenkilötiedot(doc)
    expect(r.osasuoritukset.map((s: Json) => 'kuvaus' in s.arviointi[0])).toEqual([false, true, false])
    expect(r.arviointi).toEqual(arviointi)
  })
  it('an unreadable tyyppi counts as every such tyyppi (the safe side); an object of another tyyppi below resets it', () => {
    const heittää = Object.defineProperty({ arviointi }, 'tyyppi', { enumerable: true, get: () => { throw new Error('x') } })
    expect(erityistenHenkilötietojenPolut({ suoritukset: [heittää] })).toEqual(['suoritukset[0].arviointi[0].kuvaus'])
    expect(erityistenHenkilötietojenPolut({ osasuoritukset: [heittää] })).toEqual(['osasuoritukset[0]']) // there it may be a toiminta-alue: left out whole
    const sisäkkäin = { ...suoritus('perusopetuksenlisaopetuksenoppiaine'), osasuoritukset: [suoritus('luvalukionoppiaine')] }
    expect(erityistenHenkilötietojenPolut(sisäkkäin)).toEqual(['arviointi[0].kuvaus'])
  })
  it('the same object reached under two tyypit is copied for each (redacted in one, kept in the other)', () => {
    const jaettu = { tyyppi: { koodiarvo: 'x', koodistoUri: 'suorituksentyyppi' }, arviointi }
    const a = { tyyppi: { koodiarvo: 'perusopetuksenlisaopetuksenoppiaine', koodistoUri: 'suorituksentyyppi' }, arviointi: jaettu.arviointi }
    const r = poistaErityisetHenkilötiedot({ a, b: jaettu })
    expect(r.a.arviointi).toEqual([{ arvosana: arviointi[0]!.arvosana }])
    expect(r.b.arviointi).toEqual(arviointi)
  })
})
