/**
 * No finding contains the learner's hetu or names — wherever in the document they were put: a value a message quotes,
 * a key a path names (issue 9's reproducers), and randomly moved into any field or key (property test).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validate } from '../../src'
import { decodeAt } from '../../src/codecs/errors'
import { TutkintokoulutukseenValmentavanOpiskeluoikeus } from '../../src/tyypit/tuva/codec'
import type { Finding } from '../../src/finding'
import { NIMEN_SANOJA, PEITE, henkilönTunnisteet, lainauksetOf, peitäTunnisteet, suojaaLöydökset } from '../../src/yksityisyys'
import { ETUNIMET, HETU, SUKUNIMI, TODAY, getAt, jsonPaths, oo, parentAt, uusiHenkilö, validTuvaOppija, type Json } from '../support'

const SALAISUUDET = [HETU, ...ETUNIMET.split(' '), SUKUNIMI]
const doc = (): Json => ({ ...validTuvaOppija(), henkilö: uusiHenkilö() })
const vuotaa = (report: unknown): string[] => {
  const text = JSON.stringify(report)
  return SALAISUUDET.filter((s) => text.includes(s))
}

describe('the reproducers: the hetu or a name put where a finding quotes it', () => {
  it('the hetu as suorituskieli.koodiarvo (S-7 quotes the code)', () => {
    const d = doc()
    oo(d).suoritukset[0].suorituskieli.koodiarvo = HETU
    const report = validate(d, { today: TODAY })
    expect(report.findings.some((f) => f.rule === 'S-7')).toBe(true)
    expect(vuotaa(report)).toEqual([])
  })

  it('a name as perusteenDiaarinumero (T-DIAARI-2 quotes it)', () => {
    const d = doc()
    oo(d).suoritukset[0].koulutusmoduuli.perusteenDiaarinumero = SUKUNIMI
    const report = validate(d, { today: TODAY })
    expect(report.findings.some((f) => f.rule.startsWith('T-DIAARI'))).toBe(true)
    expect(vuotaa(report)).toEqual([])
  })

  it('the hetu as a key (S-1 names it in the path) and as a tyyppi value (S-8 quotes it)', () => {
    const d = doc()
    oo(d)[HETU] = 1
    const report = validate(d, { today: TODAY })
    expect(report.findings.map((f) => [f.rule, f.path])).toContainEqual(['S-1', `opiskeluoikeudet[0].${PEITE}`])
    expect(vuotaa(report)).toEqual([])
    const e = doc()
    oo(e).tyyppi.koodiarvo = `${ETUNIMET.split(' ')[0]}`
    expect(vuotaa(validate(e, { today: TODAY }))).toEqual([])
  })

  it('a hetu-shaped value of another person is masked too, in a bare study right (no henkilö)', () => {
    const bare = oo(doc())
    bare.suoritukset[0].suorituskieli.koodiarvo = '010203A456B'
    const text = JSON.stringify(validate(bare, { today: TODAY }))
    expect(text).not.toContain('010203A456B')
    expect(text).toContain(PEITE)
  })
})

describe('peitäTunnisteet', () => {
  it('masks hetu shapes anywhere and the names as whole words only', () => {
    const t = henkilönTunnisteet({ hetu: '270504A317P', etunimet: 'Turo Tapani', sukunimi: 'Vaara-Koski' })
    expect(peitäTunnisteet('x270504A317Py Turo, Turonen Vaara-Koski Koski', t)).toBe(`x${PEITE}y ${PEITE}, Turonen ${PEITE} ${PEITE}`)
    expect(peitäTunnisteet('Koodia 010203-1234 ei ole', [])).toBe(`Koodia ${PEITE} ei ole`)
    expect(peitäTunnisteet('ei mitään', t)).toBe('ei mitään')
  })

  it('is linear in the text (a long text of near-hetus)', () => {
    const text = '123456A12'.repeat(50_000)
    expect(peitäTunnisteet(text, ['Turo']).length).toBeGreaterThan(0)
  })
})

describe('henkilönTunnisteet', () => {
  // the definition: each field trimmed, whole and split at runs of white space (JavaScript's \s) and `-`, words of
  // two characters or more (the first NIMEN_SANOJA of a field), once each, longest first (a stable sort: of one
  // length, in the order met)
  const määritelmä = (henkilö: Record<string, unknown>): string[] => {
    const out = new Set<string>()
    for (const key of ['hetu', 'etunimet', 'kutsumanimi', 'sukunimi']) {
      const v = henkilö[key]
      if (typeof v !== 'string') continue
      const whole = v.trim()
      if (whole.length >= 2) out.add(whole)
      for (const word of whole.split(/[\s-]+/).filter((w) => w.length >= 2).slice(0, NIMEN_SANOJA)) out.add(word)
    }
    return [...out].sort((a, b) => b.length - a.length)
  }
  const välit = [' ', '-', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u200b']
  const osa = fc.oneof(fc.constantFrom(...välit), fc.constantFrom('Aa', 'Turo', 'ö', 'x', 'Vaara', '270504A317P', '1', 'Ä-B'), fc.string({ maxLength: 3 }))
  const kenttä = fc.oneof(fc.array(osa, { maxLength: 8 }).map((a) => a.join('')), fc.constant(undefined), fc.integer())

  it('are the definition\'s, for names of any white space, hyphens and characters', () => {
    fc.assert(
      fc.property(fc.record({ hetu: kenttä, etunimet: kenttä, kutsumanimi: kenttä, sukunimi: kenttä }, { requiredKeys: [] }), (henkilö) => {
        expect(henkilönTunnisteet(henkilö)).toEqual(määritelmä(henkilö))
      }),
      { numRuns: 2000 },
    )
  })

  it('are the definition\'s, and found in linear time, for names of very many words', () => {
    const sanoja = (n: number, alku: string): string => Array.from({ length: n }, (_, i) => `${alku}${i % (n / 2)}`).join(' ')
    const henkilö = { etunimet: sanoja(40, 'Aa'), sukunimi: `${sanoja(20, 'Bb')}-Aa3`, kutsumanimi: 'Aa1' }
    expect(henkilönTunnisteet(henkilö)).toEqual(määritelmä(henkilö))
    // 200 000 words, half of them repeated: the whole field and its first NIMEN_SANOJA words
    const suuri = { etunimet: sanoja(200_000, 'x'), sukunimi: sanoja(100, 'y') }
    expect(henkilönTunnisteet(suuri)).toEqual(määritelmä(suuri))
    expect(henkilönTunnisteet(suuri)).toHaveLength(2 + 2 * NIMEN_SANOJA)
  })

  it('a name of a hundred thousand words masks its first words and the whole, and findings stay linear in it', () => {
    const d = doc()
    const sanat = Array.from({ length: 100_000 }, (_, i) => `Ab${i.toString(36)}`)
    d.henkilö.etunimet = sanat.join(' ')
    // unknown keys named by the name's first word and its 100 000th: the first is masked, the last not (no person
    // has such a name: it is not an identity); every finding is checked against 2 + 32 identifiers, not 100 000
    oo(d)[sanat[0]!] = 1
    oo(d)[sanat[99_999]!] = 2
    const paths = validate(d, { today: TODAY }).findings.filter((f) => f.rule === 'S-1').map((f) => f.path)
    expect(paths).toEqual([`opiskeluoikeudet[0].${PEITE}`, `opiskeluoikeudet[0].${sanat[99_999]}`])
  })

  it('of no henkilö, or one without names, are none', () => {
    expect(henkilönTunnisteet(undefined)).toEqual([])
    expect(henkilönTunnisteet({ oid: '1.2.246.562.24.00000000001' })).toEqual([])
  })
})

describe('property: the hetu and the names moved into random fields and keys never reach a finding', () => {
  const d0 = doc()
  const paths = jsonPaths(d0).filter((p) => p[0] === 'opiskeluoikeudet')
  it('as a value or as a key, in any field of the study right', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(...SALAISUUDET), fc.boolean(), (path, secret, asKey) => {
        const d = doc()
        const [parent, key] = parentAt(d, path)
        if (asKey) {
          if (typeof getAt(d, path) === 'object' && getAt(d, path) !== null && !Array.isArray(getAt(d, path))) (getAt(d, path) as Record<string, unknown>)[secret] = 'x'
          else return
        } else parent[key] = secret
        expect(vuotaa(validate(d, { today: TODAY }))).toEqual([])
      }),
      { numRuns: 400 },
    )
  })
})

describe('property: the hetu and the names as unknown keys of list items, under any maxFindings, never reach a finding', () => {
  // each osasuoritus gets some of the keys: the same key in item after item is a run of one pattern (beyond a small
  // maxFindings its findings stand in for one another and are summed up), the keys of one item are built one after another
  const avain = fc.oneof(fc.constantFrom(...SALAISUUDET, 'muu', `x${HETU}`, `${SUKUNIMI}-${ETUNIMET.split(' ')[0]}`), fc.constantFrom(...SALAISUUDET).map((s) => `${s} ${s}`))
  it('as keys of the items, one or more each, in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(avain, { maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.constantFrom(1, 2, 3, 100, Infinity), (avaimet, maxFindings) => {
        const d = doc()
        const osat = oo(d).suoritukset[0].osasuoritukset as Json[]
        avaimet.forEach((keys, i) => {
          for (const k of keys) osat[i % osat.length]![k] = 1
        })
        const r = validate(d, { today: TODAY, maxFindings })
        if (avaimet.some((keys) => keys.length > 0)) expect(r.findings.some((f) => f.rule === 'S-1')).toBe(true)
        expect(vuotaa(r)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})

describe('a finding that names what it quotes is masked there only, with the same result as masking its whole texts', () => {
  // the structural messages name what they quote (S-1 the key, S-5/S-6/S-7 the code, S-4 nothing): the masking masks
  // those values, and the key of the path that is not a field of ours; a copy of a finding ({ ...f }) is masked whole
  const henkilö = uusiHenkilö()
  const [etu, toka] = ETUNIMET.split(' ') as [string, string]
  const osa = fc.oneof(
    fc.constantFrom(HETU, etu, toka, SUKUNIMI, ETUNIMET, '010203A456B', '010203-456', 'A', '-', '+', ' ', '.', '[1]', '9', 'x', 'ä'),
    fc.string({ maxLength: 6 }),
  )
  const arvo = fc.array(osa, { minLength: 1, maxLength: 5 }).map((a) => a.join(''))
  const raakana = (d: Json): readonly Finding[] => {
    const r = decodeAt(TutkintokoulutukseenValmentavanOpiskeluoikeus, d, 'opiskeluoikeudet[0]')
    return 'findings' in r ? r.findings : []
  }
  it('the structural findings are marked: S-1 its key (in the message and the path), S-4 nothing; a copy is not', () => {
    const d = oo(doc())
    d.tuntematon = 1
    d.tila.opiskeluoikeusjaksot[0].alku = '2021-02-30'
    const [s1, s4] = raakana(d)
    expect([s1!.rule, s4!.rule]).toEqual(['S-1', 'S-4'])
    expect(lainauksetOf(s1!)).toEqual({ viesti: ['tuntematon'], polku: ['tuntematon'] })
    expect(lainauksetOf(s4!)).toEqual({ viesti: [], polku: [] })
    expect(lainauksetOf({ ...s1! })).toBeUndefined()
    // the mark is invisible: the finding is a plain object of its usual keys
    expect(Object.getPrototypeOf(s1)).toBe(Object.prototype)
    expect(Reflect.ownKeys(s1!)).toEqual(['severity', 'key', 'rule', 'path', 'pointer', 'message', 'hint', 'errorType'])
    expect(structuredClone(s1)).toEqual(s1)
    // made by constructors (src/finding.ts: Perus … Molemmin, Tekstit), and plain all the same: equal, strictly, to literals
    for (const f of [s1!, s4!]) {
      for (const o of [f, f.message, f.hint ?? {}]) expect(Object.getPrototypeOf(o)).toBe(Object.prototype)
      expect(Reflect.ownKeys(f.message)).toEqual(['fi', 'sv', 'en'])
      expect(f).toStrictEqual(JSON.parse(JSON.stringify(f)))
    }
    expect(Reflect.ownKeys(s4!)).toEqual(['severity', 'key', 'rule', 'path', 'pointer', 'message', 'errorType'])
  })

  it('a finding the masking changed is made as every finding: Object.prototype, its usual keys in order, texts { fi, sv, en }', () => {
    const d = doc()
    oo(d)[HETU] = 1
    const f = validate(d, { today: TODAY }).findings.find((x) => x.rule === 'S-1')!
    expect(f.path).not.toContain(HETU)
    expect(f.pointer).not.toContain(HETU)
    expect(Object.getPrototypeOf(f)).toBe(Object.prototype)
    expect(Reflect.ownKeys(f)).toEqual(['severity', 'key', 'rule', 'path', 'pointer', 'message', 'hint', 'errorType'])
    expect(Reflect.ownKeys(f.message)).toEqual(['fi', 'sv', 'en'])
    expect(f).toStrictEqual(JSON.parse(JSON.stringify(f)))
  })

  it('property: keys, codes and dates of any content (a name inside a longer word is not a whole word, and stays)', () => {
    fc.assert(
      fc.property(arvo, arvo, arvo, fc.boolean(), fc.array(arvo, { maxLength: 3 }), (avain, koodi, muu, pitkä, muutAvaimet) => {
        const d = oo(doc())
        d[pitkä ? avain.repeat(60) : avain] = 1
        d.tila.opiskeluoikeusjaksot[0][avain] = 'x'
        // more unknown keys of the same objects: their findings are built one after another, each from its key alone
        for (const k of muutAvaimet) {
          d[k] = 2
          d.tila.opiskeluoikeusjaksot[0][k] = 'y'
        }
        d.suoritukset[0].suorituskieli.koodiarvo = koodi
        d.järjestämislupa.koodistoUri = muu
        d.tila.opiskeluoikeusjaksot[0].alku = muu
        const raw = raakana(d)
        expect(raw.length).toBeGreaterThan(0)
        const merkityin = suojaaLöydökset(raw, henkilö)
        const kokonaan = suojaaLöydökset(raw.map((f) => ({ ...f })), henkilö)
        expect(merkityin).toEqual(kokonaan)
      }),
      { numRuns: 300 },
    )
  })
})

describe('rule messages that name what they quote (dates) or quote nothing (constants) are masked as if whole', () => {
  // T-OHJE-7 and MK-OHJE-3 quote dates (named in `lainaukset`), T-RAH-1's message is a constant of our wording alone
  // (`lainaukset: []`). For any names that are not words of our own wording (those the whole-text masking masks
  // needlessly) — parts of the dates, digits, anything — masking the marked findings gives what masking their whole
  // texts gives.
  const base = (): Json => {
    const d = validTuvaOppija()
    const o = oo(d)
    o.tila.opiskeluoikeusjaksot.length = 1
    delete o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus
    delete o.suoritukset[0].vahvistus
    o.lisätiedot = { maksuttomuus: [{ alku: o.tila.opiskeluoikeusjaksot[0].alku, maksuton: true }] }
    return d
  }
  const raw = validate(base(), { today: '2026-11-22', birthDate: '2004-05-27' }).findings
  it('the document gives the three findings, each marked', () => {
    expect(raw.map((f) => f.rule)).toEqual(expect.arrayContaining(['T-RAH-1', 'T-OHJE-7', 'MK-OHJE-3']))
    for (const r of ['T-RAH-1', 'T-OHJE-7', 'MK-OHJE-3']) expect(lainauksetOf(raw.find((f) => f.rule === r)!)).toBeDefined()
  })
  // our wording: every text of the findings with the values they quote blanked out, and their paths (of our keys
  // alone: the masking leaves them, as it leaves our keys in a structural path)
  const sanamuoto = raw
    .flatMap((f) => {
      const quoted = lainauksetOf(f)?.viesti ?? []
      return [f.message, ...(f.hint === undefined ? [] : [f.hint])].flatMap((m) => [m.fi, m.sv, m.en]).map((t) => quoted.reduce((acc, q) => acc.split(q).join(' '), t))
    })
    .concat(raw.map((f) => f.path))
    .join('\n')
  const eiSanamuodossa = (nimi: string): boolean => henkilönTunnisteet({ sukunimi: nimi }).every((s) => peitäTunnisteet(sanamuoto, [s]) === sanamuoto)
  const nimi = fc
    .oneof(
      fc.constantFrom('2021', '1.8.2021', '2021-08-01', '08', '22.11.2026', '2026-11-22', '2026', '11', '2024', '31.12.2024', '2024-12-31', '2025', '1.1.2025', '22'),
      fc.stringMatching(/^[0-9.a-zA-Zäö -]{1,10}$/),
    )
    .filter(eiSanamuodossa)
  it('property: any names not of our wording', () => {
    fc.assert(
      fc.property(nimi, nimi, nimi, (etunimet, kutsumanimi, sukunimi) => {
        const henkilö = { hetu: '270504A317P', etunimet, kutsumanimi, sukunimi }
        const merkityin = suojaaLöydökset(raw, henkilö)
        const kokonaan = suojaaLöydökset(raw.map((f) => ({ ...f })), henkilö)
        expect(merkityin).toEqual(kokonaan)
      }),
      { numRuns: 300 },
    )
  })
  it('a name that is a part of a quoted date is masked there', () => {
    const henkilö = { hetu: '270504A317P', sukunimi: '2021' }
    const t7 = suojaaLöydökset(raw, henkilö).find((f) => f.rule === 'T-OHJE-7')!
    expect(t7.message.fi).not.toContain('2021')
    expect(t7.message.fi).toContain(PEITE)
  })
})

describe('a hetu shape in an unknown key, found by its six digits in a row', () => {
  it('is masked in the path, the pointer and the message, also after other digits and of another person', () => {
    const d = doc() as { opiskeluoikeudet: Record<string, unknown>[] }
    for (const key of ['x1270504A317P', '99010101A123Bx', 'a/010101-123N']) d.opiskeluoikeudet[0]![key] = 1
    d.opiskeluoikeudet[0]!['x12345A123B'] = 1 // five digits: no hetu shape, quoted as it is
    const r = validate(d, { today: TODAY })
    const s1 = r.findings.filter((f) => f.rule === 'S-1')
    expect(s1).toHaveLength(4)
    const json = JSON.stringify(s1)
    for (const hetu of ['270504A317P', '010101A123B', '010101-123N']) expect(json).not.toContain(hetu)
    expect(s1.filter((f) => f.path.includes(PEITE) && f.pointer.includes(PEITE) && f.message.fi.includes(PEITE))).toHaveLength(3)
    expect(json).toContain('x12345A123B')
  })
})
