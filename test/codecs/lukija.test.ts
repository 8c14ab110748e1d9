/**
 * Our codecs decode inside one another through their readers (`lue`: failures pushed onto one list, no io-ts Either
 * per value), and stay io-ts codecs to everyone else: `validate`, `decode` and `is` give what io-ts' contract says,
 * plain io-ts codecs compose with ours both ways, and the paths of failures (also in long lists, where the first
 * indices' parts are made once) are those of the contexts.
 */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { fileURLToPath } from 'node:url'
import * as t from 'io-ts'
import { PathReporter } from 'io-ts/PathReporter'
import { describe, expect, it } from 'vitest'
import { contextPath, rakennelöydökset } from '../../src/codecs/errors'
import { Ohitettava, Päivämäärä, Str, Tuntemattomat, avattuna, dispatch, lista, lukijaOf, strict, type IssueError } from '../../src/codecs/schema'
import { validate } from '../../src'
import { tiedotOf, type Finding } from '../../src/finding'
import { polunKuvio } from '../../src/kuvio'
import { lainauksetOf } from '../../src/yksityisyys'

const Jakso = strict('Jakso', { alku: Päivämäärä }, { loppu: Päivämäärä, nimi: Str })
const Jaksot = lista(Jakso)

/** The failures of `codec`'s reader on `u` (an object's unknown keys one {@link Tuntemattomat}), as validate's decodeAt reads them. */
const lukijanVirheet = (codec: t.Mixed, u: unknown): t.ValidationError[] => {
  const virheet: t.ValidationError[] = []
  lukijaOf(codec)(u, [{ key: '', type: codec, actual: u }], virheet)
  return virheet
}

const polut = (v: t.Validation<unknown>): string[] => (v._tag === 'Left' ? v.left.map((e) => contextPath('', e.context)) : [])

describe('our codecs as io-ts codecs', () => {
  it('validate gives Right with the decoded value, or Left with every failure in document order', () => {
    const ok = [{ alku: '2024-01-01', nimi: 'a' }]
    const r = Jaksot.decode(ok)
    expect(r).toEqual({ _tag: 'Right', right: ok })
    expect(r._tag === 'Right' && r.right).toBe(ok) // nothing changed: the input itself
    const bad = Jaksot.decode([{ alku: 'x' }, { alku: '2024-01-01', nimi: '' }, { alku: '2024-02-30', loppu: 'y' }])
    expect(polut(bad)).toEqual(['[0].alku', '[1].nimi', '[2].alku', '[2].loppu'])
  })
  it('is agrees with validate', () => {
    expect(Jaksot.is([{ alku: '2024-01-01' }])).toBe(true)
    expect(Jaksot.is([{ alku: '2024-01-01', x: 1 }])).toBe(false)
    expect(Päivämäärä.is('2024-02-29')).toBe(true)
    expect(Päivämäärä.is('2023-02-29')).toBe(false)
  })
  it("each failure has io-ts' message, made when read, and the issue", () => {
    const r = Jaksot.decode([{ alku: 'x' }])
    expect(r._tag).toBe('Left')
    const e = (r._tag === 'Left' ? r.left[0] : undefined) as IssueError
    expect(e.message).toBe('dateFormatMismatch (S-4)')
    expect(e.issue).toEqual({ errorType: 'dateFormatMismatch', rule: 'S-4', format: 'yyyy-MM-dd' })
    expect(PathReporter.report(r)).toEqual(['dateFormatMismatch (S-4)'])
  })
  it('the reader is not part of the codec’s enumerable shape', () => {
    expect(Object.keys(Str)).not.toContain('lue')
    expect(typeof lukijaOf(Str)).toBe('function')
  })
  it('a changed value (a number read as a text, a null dropped) is a new object; the input is not mutated', () => {
    const input = [{ alku: '2024-01-01', nimi: 5, loppu: null }]
    const r = Jaksot.decode(input)
    expect(r).toEqual({ _tag: 'Right', right: [{ alku: '2024-01-01', nimi: '5' }] })
    expect(input).toEqual([{ alku: '2024-01-01', nimi: 5, loppu: null }])
  })
})

describe('plain io-ts codecs and ours together', () => {
  it('ours inside io-ts: t.array and t.type see our failures with their full contexts', () => {
    const Kuori = t.type({ jaksot: t.array(Jakso) })
    expect(polut(Kuori.decode({ jaksot: [{ alku: '2024-01-01' }, { alku: 'x' }] }))).toEqual(['jaksot[1].alku'])
    expect(Kuori.decode({ jaksot: [{ alku: '2024-01-01' }] })._tag).toBe('Right')
  })
  it('io-ts inside ours: a plain codec failing with the context it was given keeps a copy of it', () => {
    const Luokka = strict('Luokka', { a: t.string, b: lista(t.number) }, {})
    const r = Luokka.decode({ a: 1, b: [1, 'x', 2, 'y'] })
    expect(polut(r)).toEqual(['a', 'b[1]', 'b[3]'])
    expect(Luokka.decode({ a: 'x', b: [1] })).toEqual({ _tag: 'Right', right: { a: 'x', b: [1] } })
  })
  it('a union resolved by one lookup reads its member, ours or plain', () => {
    const U = dispatch('U', [Jakso, t.type({ k: t.literal('x') })] as const, (u) => (typeof u === 'object' && u !== null && 'k' in u ? t.type({ k: t.literal('x') }) : Jakso))
    expect(U.decode({ k: 'x' })._tag).toBe('Right')
    expect(polut(U.decode({ k: 'y' }))).toEqual(['k'])
    expect(polut(U.decode({ alku: 'z' }))).toEqual(['alku'])
  })
})

describe('paths of failures in long lists', () => {
  it('every index is written as itself, within the first 4 096 and beyond', () => {
    const input = Array.from({ length: 5000 }, () => ({ alku: '2024-01-01' }))
    for (const i of [0, 9, 10, 4095, 4096, 4999]) input[i] = { alku: 'x' }
    const r = Jaksot.decode(input)
    const findings = r._tag === 'Left' ? rakennelöydökset(r.left, 'jaksot', true) : []
    expect(findings.map((f) => [f.path, f.pointer])).toEqual(
      [0, 9, 10, 4095, 4096, 4999].map((i) => [`jaksot[${i}].alku`, `/jaksot/${i}/alku`]),
    )
  })
  it('an object key of digits is a key, not an index, even with a leading zero', () => {
    const Luokka = strict('Luokka', {}, {})
    const r = t.array(t.unknown).pipe(t.array(Luokka)).decode([{ '01': 1 }])
    expect(polut(r)).toEqual(['[0].01'])
  })
  it("a run of failures beyond maxFindings is counted, the listed ones with their paths", () => {
    const doc = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/tuva-valmistunut.json', import.meta.url)), 'utf8'))
    doc.opiskeluoikeudet[0].lisätiedot.maksuttomuus = Array.from({ length: 300 }, () => ({ alku: '2021-02-30', maksuton: true }))
    const r = validate(doc, { today: '2026-11-22', maxFindings: 5 })
    const päivät = r.findings.filter((f) => f.rule === 'S-4')
    expect(päivät.slice(0, 5).map((f) => f.path)).toEqual([0, 1, 2, 3, 4].map((i) => `opiskeluoikeudet[0].lisätiedot.maksuttomuus[${i}].alku`))
    expect(päivät[5]!.path).toBe('opiskeluoikeudet[*].lisätiedot.maksuttomuus[*].alku')
    expect(päivät[5]!.message.en).toContain('295')
    expect(päivät).toHaveLength(6)
  })

  it("a run of unknown keys of one pattern beyond maxFindings: the siblings' loop builds the first max, the last stands in for the rest", () => {
    // keys of over 200 characters that differ only beyond them are quoted alike: one pattern
    const pitkä = 'k'.repeat(210)
    const Olio = strict('Olio', { a: Str }, {})
    const r = Olio.decode({ a: 'x', ...Object.fromEntries([0, 1, 2, 3, 4, 5].map((n) => [pitkä + n, n])), toinen: 1, kolmas: 2 })
    if (r._tag === 'Right') throw new Error('decoded')
    const löydökset = rakennelöydökset(r.left, '', true, 2)
    expect(löydökset).toHaveLength(8)
    expect(löydökset[0]).not.toBe(löydökset[1])
    for (let i = 2; i < 6; i++) expect(löydökset[i]).toBe(löydökset[1])
    // the next key is of another pattern: built, its own
    expect(löydökset[6]!.path).toBe('toinen')
    expect(löydökset[7]!.path).toBe('kolmas')
    expect(löydökset.map((f) => f.rule)).toEqual(Array(8).fill('S-1'))
    // as one by one, each built one is
    for (const i of [0, 1, 6, 7]) expect(löydökset[i]).toEqual(rakennelöydökset([r.left[i]!], '', true, 2)[0])
    // and from the reader's one failure for all (the group's own loop), the same findings, the same stand-ins
    const ryhmästä = rakennelöydökset(lukijanVirheet(Olio, { a: 'x', ...Object.fromEntries([0, 1, 2, 3, 4, 5].map((n) => [pitkä + n, n])), toinen: 1, kolmas: 2 }), '', true, 2)
    expect(ryhmästä).toEqual(löydökset)
    for (let i = 2; i < 6; i++) expect(ryhmästä[i]).toBe(ryhmästä[1])
  })

  it("maxFindings' summary is a finding of the usual shape: Object.prototype, its keys in the usual order", () => {
    const doc = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/tuva-valmistunut.json', import.meta.url)), 'utf8'))
    doc.opiskeluoikeudet[0].lisätiedot.maksuttomuus = Array.from({ length: 30 }, () => ({ alku: '2021-02-30', maksuton: true }))
    const r = validate(doc, { today: '2026-11-22', maxFindings: 5 })
    const yhteenveto = r.findings.find((f) => f.path === 'opiskeluoikeudet[*].lisätiedot.maksuttomuus[*].alku')!
    expect(Object.getPrototypeOf(yhteenveto)).toBe(Object.prototype)
    expect(Object.keys(yhteenveto)).toEqual(['severity', 'key', 'rule', 'path', 'pointer', 'message', 'hint', 'errorType'].filter((k) => k in yhteenveto))
    expect(yhteenveto).toMatchObject({ severity: 'error', rule: 'S-4', errorType: 'dateFormatMismatch', pointer: '/opiskeluoikeudet/*/lisätiedot/maksuttomuus/*/alku' })
    expect(Object.keys(yhteenveto.message)).toEqual(['fi', 'sv', 'en'])
  })
})

describe('strict reads an object as JSON.stringify writes it, its fields in the class order', () => {
  const issues = (v: t.Validation<unknown>): string[] =>
    v._tag === 'Left' ? v.left.map((e) => `${contextPath('', e.context)}:${(e as IssueError).issue.errorType}`) : []

  it('failures in the order unknown keys (as the object has them), then required, then optional fields (as the class has them)', () => {
    const Luokka = strict('Luokka', { a: Str, b: Str }, { c: Str, d: Str })
    expect(issues(Luokka.decode({ d: '', y: 1, c: '', x: 2, b: '' }))).toEqual(['y:unexpectedProperty', 'x:unexpectedProperty', 'a:missingProperty', 'b:emptyString', 'c:emptyString', 'd:emptyString'])
    // null: a required field missing, an optional one dropped from the decoded value, an unknown key ignored
    const r = Luokka.decode({ a: 'x', b: 'y', c: null, z: null })
    expect(r).toEqual({ _tag: 'Right', right: { a: 'x', b: 'y' } })
    expect(issues(Luokka.decode({ a: null, b: 'y' }))).toEqual(['a:missingProperty'])
  })

  it("an object's unknown keys are one failure to our readers, and one io-ts error each to io-ts (as failureAt makes them)", () => {
    const Luokka = strict('Luokka', { a: Str }, { c: Str })
    const Juuri = strict('Juuri', { l: Luokka }, {})
    const u = { l: { y: 1, a: '', x: null, z: { q: 2 } } }
    const virheet = lukijanVirheet(Juuri, u)
    expect(virheet).toHaveLength(2)
    const ryhmä = virheet[0]
    if (!(ryhmä instanceof Tuntemattomat)) throw new Error('not a group')
    // x is null: ignored, as KOSKI's extractor ignores it
    expect(ryhmä.avaimet).toEqual(['y', 'z'])
    expect(ryhmä.arvot).toEqual([1, { q: 2 }])
    expect(ryhmä.pohja.map((e) => e.key)).toEqual(['', 'l'])
    const r = Juuri.decode(u)
    if (r._tag === 'Right') throw new Error('decoded')
    expect(r.left).toEqual(avattuna(virheet))
    expect(r.left.map((e) => `${contextPath('', e.context)}:${(e as IssueError).issue.errorType}`)).toEqual(['l.y:unexpectedProperty', 'l.z:unexpectedProperty', 'l.a:emptyString'])
    const [y, z] = r.left as IssueError[]
    expect(y!.context.map((e) => e.key)).toEqual(['', 'l', 'y'])
    expect(y!.context[2]).toMatchObject({ key: 'y', type: Ohitettava, actual: 1 })
    expect(z!.value).toEqual({ q: 2 })
    expect(y!.issue).toMatchObject({ errorType: 'unexpectedProperty', rule: 'S-1', key: 'y', luokka: 'Luokka', kentät: ['a', 'c'] })
    expect(y!.message).toBe('unexpectedProperty (S-1)')
    // the group read as the first key's error by a reader that does not know of groups
    expect(ryhmä.value).toBe(1)
    expect(ryhmä.context).toEqual(y!.context)
    expect(ryhmä.issue).toEqual(y!.issue)
    // no group: the same array
    const ilman = lukijanVirheet(Juuri, { l: { a: '' } })
    expect(avattuna(ilman)).toBe(ilman)
  })

  it('a non-enumerable own field is not read (JSON.stringify leaves it out): a required one is missing, an optional one absent', () => {
    const Luokka = strict('Luokka', { a: Str }, { c: Str })
    const u = Object.defineProperty({ c: 'ok' }, 'a', { value: 'piilossa', enumerable: false })
    expect(issues(Luokka.decode(u))).toEqual(['a:missingProperty'])
    const v = Object.defineProperty({ a: 'x' }, 'c', { value: '', enumerable: false })
    expect(Luokka.decode(v)).toEqual({ _tag: 'Right', right: v })
  })

  it('property: one codec reading objects one after another (the keys of the last remembered) reads each as a new codec would', () => {
    // objects whose keys are the last one's, or the same in another order, or with one missing, unknown or non-enumerable
    const luokka = () => strict('Luokka', { a: Str, b: Str }, { c: Str, d: Str }, { synthetic: ['s'] })
    const arvo = fc.constantFrom<unknown>('x', '', null, 1)
    const olio = fc
      .tuple(fc.shuffledSubarray(['a', 'b', 'c', 'd', 's', 'y'], { minLength: 0 }), fc.array(arvo, { minLength: 6, maxLength: 6 }), fc.boolean())
      .map(([avaimet, arvot, piilota]) => {
        const o: Record<string, unknown> = {}
        avaimet.forEach((k, i) => (o[k] = arvot[i]))
        if (piilota && avaimet.length > 0) Object.defineProperty(o, avaimet[0]!, { value: arvot[0], enumerable: false })
        return o
      })
    fc.assert(
      fc.property(fc.array(olio, { minLength: 1, maxLength: 12 }), fc.nat(), (oliot, toisto) => {
        const yksi = luokka()
        // an object read twice in a row, and after it the others
        const jono = [oliot[toisto % oliot.length]!, ...oliot]
        for (const o of jono) {
          const [r, uusi] = [yksi.decode(o), luokka().decode(o)]
          expect(issues(r)).toEqual(issues(uusi))
          if (r._tag === 'Right' && uusi._tag === 'Right') expect(r.right).toEqual(uusi.right)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('a class of more than 30 fields (required ones among the last) reads every field; more than 60 are refused', () => {
    const kentät = (alku: string, n: number): t.Props => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${alku}${i}`, Str]))
    const Suuri = strict('Suuri', kentät('p', 33), kentät('v', 20))
    const kaikki: Record<string, string> = Object.fromEntries(Suuri.fields.map((k) => [k, 'x']))
    expect(Suuri.decode(kaikki)).toEqual({ _tag: 'Right', right: kaikki })
    const ilman: Record<string, string> = { ...kaikki, v19: '', v0: '', p0: '' }
    delete ilman.p31
    delete ilman.p32
    expect(issues(Suuri.decode(ilman))).toEqual(['p0:emptyString', 'p31:missingProperty', 'p32:missingProperty', 'v0:emptyString', 'v19:emptyString'])
    expect(() => strict('Liian', kentät('p', 40), kentät('v', 21))).toThrow(TypeError)
  })
})

describe('paths built one after another are those built one by one', () => {
  // items of three classes with the same field `x`: two of ours and a plain io-ts one (whose `x` is not known to be
  // ours, so it is quoted), in a list of ours (items of one union) and in a plain io-ts tuple (items of their own
  // codecs); under `x` a date; a failure at `[i].x.d` shares all but its item with the one before
  const Sisä = strict('Sisä', { d: Päivämäärä }, {})
  const A = strict('A', { tyyppi: t.literal('a'), x: Sisä }, {})
  const B = strict('B', { tyyppi: t.literal('b'), x: Sisä }, { y: Str })
  const C = t.type({ tyyppi: t.literal('c'), x: Sisä })
  const Alkio = dispatch('Alkio', [A, B, C], (u) => {
    const tyyppi = (u as { tyyppi?: unknown } | null)?.tyyppi
    return tyyppi === 'b' ? B : tyyppi === 'c' ? C : A
  })
  // (io-ts' tuple takes at most five codecs)
  const TYYPIT = ['a', 'c', 'c', 'a', 'b'] as const
  const Juuri = strict('Juuri', { lista: lista(Alkio) }, { monikko: t.tuple([A, C, C, A, B]) })
  const yksitellen = (errors: t.Errors) => errors.map((e) => rakennelöydökset([e], 'juuri', true)[0]!)
  const kuvaa = (f: Finding) => ({ path: f.path, pointer: f.pointer, lainaukset: lainauksetOf(f) })
  const päivä = fc.constantFrom('2024-01-01', '2024-02-30', 'x')

  it('for items of classes in any order, good or broken', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ tyyppi: fc.constantFrom('a', 'b', 'c'), d: päivä }), { maxLength: 12 }),
        fc.tuple(...TYYPIT.map(() => päivä)),
        (items, päivät) => {
          const r = Juuri.decode({
            lista: items.map(({ tyyppi, d }) => ({ tyyppi, x: { d } })),
            monikko: päivät.map((d, i) => ({ tyyppi: TYYPIT[i], x: { d } })),
          })
          if (r._tag === 'Right') return
          expect(rakennelöydökset(r.left, 'juuri', true).map(kuvaa)).toEqual(yksitellen(r.left).map(kuvaa))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('for unknown keys one after another in one object (the siblings\' own way), at any depth, as one by one', () => {
    // keys of every class the path's scan tells apart: digits (six in a row), `~` `/` `[` `.`, non-ASCII, and long
    // ones (quoted to 200 characters: two that differ only beyond that are quoted alike, of one pattern)
    const pitkä = 'k'.repeat(210)
    const avain = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.stringMatching(/^[a-z~/[\].0-9äÅ€]{1,14}$/),
      fc.constantFrom('123456', 'a~b', 'c/d', 'e[0]', 'ö', 'x'),
      fc.nat(9).map((n) => pitkä + n),
    )
    const tuntemattomat = fc.uniqueArray(avain, { maxLength: 8 }).map((keys) => Object.fromEntries(keys.filter((k) => k !== 'tyyppi' && k !== 'x' && k !== 'y' && k !== 'd' && k !== '__proto__').map((k, i) => [k, i])))
    const tiedot = (f: Finding) => {
      const m = tiedotOf(f)
      return { ...kuvaa(f), message: f.message, hint: f.hint, tiiviste: m?.tiiviste, kenoton: m?.kenoton, polunMerkit: m?.polunMerkit, polunKuusi: m?.polunKuusi }
    }
    fc.assert(
      fc.property(
        fc.array(fc.record({ tyyppi: fc.constantFrom('a', 'b'), x: tuntemattomat, oma: tuntemattomat, d: päivä }), { maxLength: 6 }),
        tuntemattomat,
        // (a run beyond a finite max has stand-ins: none is that long here)
        fc.constantFrom(Infinity, 100),
        (items, juuressa, max) => {
          const u = { ...juuressa, lista: items.map(({ tyyppi, x, oma, d }) => ({ ...oma, tyyppi, x: { ...x, d } })) }
          const r = Juuri.decode(u)
          if (r._tag === 'Right') return
          const yhdessä = rakennelöydökset(r.left, 'juuri', true, max)
          expect(yhdessä.map(tiedot)).toEqual(r.left.map((e) => tiedot(rakennelöydökset([e], 'juuri', true, max)[0]!)))
          // the reader's failures (each object's unknown keys one group) give the same findings
          const ryhmistä = rakennelöydökset(lukijanVirheet(Juuri, u), 'juuri', true, max)
          expect(ryhmistä.map(tiedot)).toEqual(yhdessä.map(tiedot))
          for (let i = 1; i < ryhmistä.length; i++) expect(tiedotOf(ryhmistä[i]!)!.kuvio === tiedotOf(ryhmistä[i - 1]!)!.kuvio).toBe(tiedotOf(yhdessä[i]!)!.kuvio === tiedotOf(yhdessä[i - 1]!)!.kuvio)
          // a finding is of the previous one's pattern exactly when their paths are
          for (let i = 1; i < yhdessä.length; i++) {
            const sama = tiedotOf(yhdessä[i]!)!.kuvio === tiedotOf(yhdessä[i - 1]!)!.kuvio
            expect(sama).toBe(polunKuvio(yhdessä[i]!.path) === polunKuvio(yhdessä[i - 1]!.path))
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it("an object's first unknown key standing in for a run beyond maxFindings: its other keys' paths are of that object", () => {
    // the first two items' `foo` are listed, the third's stands in (the run is beyond 2); its `bar` is the third's
    const Alkio = strict('Alkio', { a: Str }, {})
    const Lista = strict('Lista', { l: lista(Alkio) }, {})
    const u = { l: [{ a: 'x', foo: 1 }, { a: 'x', foo: 1 }, { a: 'x', foo: 1, bar: 2 }, { a: 'x', bar: 3, foo: 4 }] }
    const r = Lista.decode(u)
    if (r._tag === 'Right') throw new Error('decoded')
    const yhdessä = rakennelöydökset(r.left, '', true, 2)
    expect(yhdessä.map((f) => f.path)).toEqual(['l[0].foo', 'l[1].foo', 'l[1].foo', 'l[2].bar', 'l[3].bar', 'l[3].foo'])
    expect(yhdessä.map((f) => f.pointer)).toEqual(['/l/0/foo', '/l/1/foo', '/l/1/foo', '/l/2/bar', '/l/3/bar', '/l/3/foo'])
    const ryhmistä = rakennelöydökset(lukijanVirheet(Lista, u), '', true, 2)
    expect(ryhmistä).toEqual(yhdessä)
    expect(ryhmistä[2]).toBe(ryhmistä[1])
    // and in validate: the third osasuoritus' `bar` is the third's (its `foo` counted in the summary of the two before)
    const doc = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/tuva-valmistunut.json', import.meta.url)), 'utf8'))
    const osat = doc.opiskeluoikeudet[0].suoritukset[0].osasuoritukset
    for (let i = 0; i < 3; i++) osat[i].foo = 1
    osat[2].bar = 2
    const s1 = validate(doc, { today: '2026-11-22', maxFindings: 2 }).findings.filter((f) => f.rule === 'S-1')
    expect(s1.map((f) => f.path)).toEqual([
      'opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0].foo',
      'opiskeluoikeudet[0].suoritukset[0].osasuoritukset[1].foo',
      'opiskeluoikeudet[*].suoritukset[*].osasuoritukset[*].foo',
      'opiskeluoikeudet[0].suoritukset[0].osasuoritukset[2].bar',
    ])
  })

  it('property: with a small maxFindings (runs beyond it, stand-ins), the findings from groups are those from io-ts errors', () => {
    const avain = fc.constantFrom('foo', 'bar', 'baz', 'ö~/', 'k'.repeat(205) + '1', 'k'.repeat(205) + '2')
    const tuntemattomat = fc.uniqueArray(avain, { maxLength: 4 }).map((keys) => Object.fromEntries(keys.map((k, i) => [k, i])))
    const runko = (f: Finding) => ({ path: f.path, pointer: f.pointer, message: f.message, lainaukset: lainauksetOf(f), tiiviste: tiedotOf(f)?.tiiviste })
    fc.assert(
      fc.property(
        fc.array(fc.record({ tyyppi: fc.constantFrom('a', 'b'), x: tuntemattomat, oma: tuntemattomat, d: päivä }), { maxLength: 8 }),
        tuntemattomat,
        fc.integer({ min: 1, max: 3 }),
        (items, juuressa, max) => {
          const u = { ...juuressa, lista: items.map(({ tyyppi, x, oma, d }) => ({ ...oma, tyyppi, x: { ...x, d } })) }
          const r = Juuri.decode(u)
          if (r._tag === 'Right') return
          const yhdessä = rakennelöydökset(r.left, 'juuri', true, max)
          const ryhmistä = rakennelöydökset(lukijanVirheet(Juuri, u), 'juuri', true, max)
          expect(ryhmistä.map(runko)).toEqual(yhdessä.map(runko))
          // a stand-in (the finding before, again) in the same places; every finding built is the one its error makes alone
          for (let i = 1; i < ryhmistä.length; i++) expect(ryhmistä[i] === ryhmistä[i - 1]).toBe(yhdessä[i] === yhdessä[i - 1])
          for (let i = 0; i < yhdessä.length; i++) {
            if (i === 0 || yhdessä[i] !== yhdessä[i - 1]) expect(runko(yhdessä[i]!)).toEqual(runko(rakennelöydökset([r.left[i]!], 'juuri', true, max)[0]!))
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('quotes `x` where its parent is the plain io-ts class (the tuple\'s item), not under the union (which knows it)', () => {
    const huono = (tyyppi: string) => ({ tyyppi, x: { d: 'x' } })
    const r = Juuri.decode({ lista: [huono('a'), huono('c')], monikko: TYYPIT.map(huono) })
    const f = r._tag === 'Left' ? rakennelöydökset(r.left, 'juuri', true) : []
    expect(f.map((x) => [x.path, lainauksetOf(x)?.polku])).toEqual([
      ['juuri.lista[0].x.d', []],
      ['juuri.lista[1].x.d', []],
      ...TYYPIT.map((tyyppi, i) => [`juuri.monikko[${i}].x.d`, tyyppi === 'c' ? ['x'] : []]),
    ])
  })
})
