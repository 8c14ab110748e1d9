/**
 * OmaPolku (src/finding.ts): a rule's path of our own field names and indices, with its JSON Pointer built of the same
 * parts. Its path is what the string helpers write, its pointer is `jsonPointer` of that path, a finding made with it
 * is the finding made with its path string, and the masking leaves it as it leaves our keys of a structural path.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonPointer, OmaPolku, tiedotOf, warning, error } from '../../src/finding'
import { jaksoPath, lisätietoPath, ooPath, suoritusPath } from '../../src/rules/helpers'
import { suojaaLöydökset } from '../../src/yksityisyys'
import { validate } from '../../src'
import { koskiExample } from '../support'

// field names of ours, with the letters the masking reads (ä, ö) and none of `.`, `[`, `]`, `~`, `/`
const KENTÄT = ['lisätiedot', 'maksuttomuus', 'tila', 'opiskeluoikeusjaksot', 'suoritukset', 'osasuoritukset', 'koulutusmoduuli', 'näyttö', 'alku'] as const
const RUNIT = ['tila.opiskeluoikeusjaksot', 'koulutusmoduuli.perusteenDiaarinumero', 'tila.opiskeluoikeusjaksot[0].alku', 'lähdejärjestelmänId.id'] as const

type Askel = { readonly k: 'kenttä'; readonly v: (typeof KENTÄT)[number] } | { readonly k: 'polku'; readonly v: (typeof RUNIT)[number] } | { readonly k: 'alkio'; readonly v: number }
const askel: fc.Arbitrary<Askel> = fc.oneof(
  fc.constantFrom(...KENTÄT).map((v) => ({ k: 'kenttä' as const, v })),
  fc.constantFrom(...RUNIT).map((v) => ({ k: 'polku' as const, v })),
  fc.nat({ max: 1_234_567 }).map((v) => ({ k: 'alkio' as const, v })),
)
const juuri = fc.oneof(fc.constant(''), fc.nat({ max: 99 }).map((i) => `opiskeluoikeudet[${i}]`))

/** The path built by steps, as an OmaPolku and as the string the same steps write. */
const rakenna = (alku: string, askeleet: readonly Askel[]): { readonly oma: OmaPolku; readonly teksti: string } => {
  let oma = OmaPolku.juuri(alku)
  let teksti = alku
  for (const a of askeleet) {
    if (a.k === 'alkio') {
      oma = oma.alkio(a.v)
      teksti = `${teksti}[${a.v}]`
    } else {
      oma = a.k === 'kenttä' ? oma.kenttä(a.v) : oma.polku(a.v)
      teksti = teksti === '' ? a.v : `${teksti}.${a.v}`
    }
  }
  return { oma, teksti }
}

describe('OmaPolku', () => {
  it('property: its path is the string the same steps write, its pointer is jsonPointer of that path, its toString the path', () => {
    fc.assert(
      fc.property(juuri, fc.array(askel, { maxLength: 8 }), (alku, askeleet) => {
        const { oma, teksti } = rakenna(alku, askeleet)
        expect(oma.path).toBe(teksti)
        expect(oma.pointer).toBe(jsonPointer(teksti))
        expect(`${oma}`).toBe(teksti)
      }),
      { numRuns: 500 },
    )
  })

  it("the root validate gives a study right's rules: its path as validate writes it, its pointer jsonPointer's", () => {
    for (const i of [undefined, 0, 7, 123]) {
      const juuri = OmaPolku.opiskeluoikeus(i)
      expect(juuri.path).toBe(i === undefined ? '' : `opiskeluoikeudet[${i}]`)
      expect(juuri.pointer).toBe(jsonPointer(juuri.path))
      expect(OmaPolku.juuri(juuri.path)).toStrictEqual(juuri)
    }
  })

  it('property: the path helpers give the same path as a string or as an OmaPolku', () => {
    fc.assert(
      fc.property(juuri, fc.nat({ max: 40 }), (alku, i) => {
        const oma = OmaPolku.juuri(alku)
        expect(suoritusPath(oma, i).path).toBe(suoritusPath(alku, i))
        expect(jaksoPath(oma, i).path).toBe(jaksoPath(alku, i))
        expect(lisätietoPath(oma, 'maksuttomuus', i).path).toBe(lisätietoPath(alku, 'maksuttomuus', i))
        expect(lisätietoPath(oma, 'majoitusetu').path).toBe(lisätietoPath(alku, 'majoitusetu'))
        expect(ooPath(oma, 'tila.opiskeluoikeusjaksot').path).toBe(ooPath(alku, 'tila.opiskeluoikeusjaksot'))
        for (const p of [suoritusPath(oma, i), jaksoPath(oma, i), lisätietoPath(oma, 'maksuttomuus', i), ooPath(oma, 'lähdejärjestelmänId.id')]) {
          expect(p.pointer).toBe(jsonPointer(p.path))
        }
      }),
      { numRuns: 200 },
    )
  })

  it('takes only keys written in our code (a string read from a document does not type-check)', () => {
    const luettu: string = 'tuntematon'
    const oma = OmaPolku.juuri('opiskeluoikeudet[0]')
    // @ts-expect-error: a `string` is not a key of ours
    oma.kenttä(luettu)
    // @ts-expect-error: nor a run of keys
    oma.polku(luettu)
    // @ts-expect-error: the helpers take a string key only for a string path
    lisätietoPath(oma, luettu)
    // a union of literals is keys of ours
    const kenttä = luettu.length > 3 ? ('majoitus' as const) : ('majoitusetu' as const)
    expect(lisätietoPath(oma, kenttä).path).toBe('opiskeluoikeudet[0].lisätiedot.majoitus')
  })

  it('a finding made with it is the finding made with its path string, marked as a path of ours', () => {
    const oma = lisätietoPath(OmaPolku.juuri('opiskeluoikeudet[3]'), 'maksuttomuus', 12)
    const v = { fi: 'a', sv: 'b', en: 'c', hint: { fi: 'd', sv: 'e', en: 'f' }, lainaukset: ['1.1.2025'] }
    for (const tee of [(p: string | OmaPolku) => warning('MK-OHJE-3', 'maksutonIkärajanJälkeen', p, v), (p: string | OmaPolku) => error('G-X', 'badRequest', p, v)]) {
      const f = tee(oma)
      expect(f).toStrictEqual(tee(oma.path))
      expect(Object.keys(f)).toEqual(['severity', 'key', 'rule', 'path', 'pointer', 'message', 'hint'])
      expect(f.pointer).toBe('/opiskeluoikeudet/3/lisätiedot/maksuttomuus/12')
      const t = tiedotOf(f)!
      expect(t.polku).toEqual([])
      expect(t.kenoton).toBe(true)
      expect(t.polunMerkit).toBe(0)
      expect(t.polunKuusi).toBe(false)
    }
  })

  it('the masking leaves its keys of ours as they are, as it leaves them in a structural path; the quoted values it masks', () => {
    // a learner named like two of our keys, and a date the message quotes
    const henkilö = { hetu: '270504A317P', etunimet: 'tila', sukunimi: 'maksuttomuus', kutsumanimi: '2025' }
    const v = { fi: 'vielä 1.1.2025', sv: 'ännu 1.1.2025', en: 'on 1 January 2025', lainaukset: ['1.1.2025', '1 January 2025'] }
    const f = warning('MK-OHJE-3', 'maksutonIkärajanJälkeen', lisätietoPath(OmaPolku.juuri('opiskeluoikeudet[0]'), 'maksuttomuus', 0), v)
    const [s] = suojaaLöydökset([f], henkilö)
    expect(s!.path).toBe('opiskeluoikeudet[0].lisätiedot.maksuttomuus[0]')
    expect(s!.pointer).toBe('/opiskeluoikeudet/0/lisätiedot/maksuttomuus/0')
    expect(s!.message.fi).toBe('vielä 1.1.***')
  })

  it("KOSKI's \"ei valmistunut\" TUVA examples (bench case (d)): every rule's finding is made with a path of ours", () => {
    // S-1 is structural (its path holds the document's unknown key); the rules' findings all pass an OmaPolku
    const rules = new Set<string>()
    for (const päivä of ['2022-03-08', '2022-09-02', '2022-10-17']) {
      for (const f of validate(koskiExample(`tutkintokoulutukseenvalmentavakoulutus-eivalmistunut_${päivä}.json`), { today: '2026-11-22' }).findings) {
        if (f.rule === 'S-1') continue
        rules.add(f.rule)
        expect(tiedotOf(f)?.polku, f.rule).toEqual([])
        expect(f.pointer).toBe(jsonPointer(f.path))
      }
    }
    expect([...rules].sort()).toEqual(['G-LJ-1', 'MK-OHJE-3', 'T-OHJE-2', 'T-OHJE-3', 'T-OHJE-7', 'T-RAH-1'])
  })
})
