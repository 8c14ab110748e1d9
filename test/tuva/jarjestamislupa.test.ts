/** The permit-to-extras matrix (catalogue §1.7) as data and lookups, and its agreement with the codec (T-LUPA-1). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  TUVA_JÄRJESTÄMISLUVAT,
  TUVA_LISÄTIEDOT_KENTÄT,
  kielletytLisätiedot,
  lisätiedonJärjestämisluvat,
  lisätietoSallittu,
  onTuvaJärjestämislupa,
  sallitutLisätiedot,
} from '../../src'
import { run, tuva, type Json } from '../support'

/** Catalogue §1.7, row by row: field → luvat that allow it. */
const TAULUKKO: Record<string, readonly string[]> = {
  maksuttomuus: ['ammatillinen', 'lukio', 'perusopetus'],
  oikeuttaMaksuttomuuteenPidennetty: ['ammatillinen', 'lukio', 'perusopetus'],
  ulkomaanjaksot: ['ammatillinen', 'lukio', 'perusopetus'],
  pidennettyPäättymispäivä: ['ammatillinen', 'lukio', 'perusopetus'],
  sisäoppilaitosmainenMajoitus: ['ammatillinen', 'lukio', 'perusopetus'],
  majoitus: ['ammatillinen'],
  vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: ['ammatillinen'],
  erityinenTuki: ['ammatillinen'],
  vaativanErityisenTuenErityinenTehtävä: ['ammatillinen'],
  vaikeastiVammainen: ['ammatillinen', 'perusopetus'],
  vammainenJaAvustaja: ['ammatillinen'],
  osaAikaisuusjaksot: ['ammatillinen'],
  vankilaopetuksessa: ['ammatillinen'],
  koulutusvienti: ['ammatillinen'],
  vammainen: ['perusopetus'],
  majoitusetu: ['perusopetus'],
  kuljetusetu: ['perusopetus'],
  koulukoti: ['perusopetus'],
  erityisenTuenPäätökset: ['perusopetus'],
}
const KENTÄT = Object.keys(TAULUKKO)

/** A valid value of each field, so that only the matrix decides. */
const ARVO: Record<string, Json> = {
  maksuttomuus: [{ alku: '2021-08-01', maksuton: true }],
  oikeuttaMaksuttomuuteenPidennetty: [{ alku: '2022-01-01', loppu: '2022-06-30' }],
  ulkomaanjaksot: [{ alku: '2021-09-01', loppu: '2021-09-30', maa: { koodiarvo: '246', koodistoUri: 'maatjavaltiot2' }, kuvaus: { fi: 'Vaihto' } }],
  pidennettyPäättymispäivä: false,
  sisäoppilaitosmainenMajoitus: [{ alku: '2021-08-01', loppu: '2021-08-31' }],
  majoitus: [{ alku: '2021-09-01', loppu: '2021-09-30' }],
  vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: [{ alku: '2021-08-01', loppu: '2021-08-31' }],
  erityinenTuki: [{ alku: '2021-08-01' }],
  vaativanErityisenTuenErityinenTehtävä: [{ alku: '2021-08-01' }],
  vaikeastiVammainen: [{ alku: '2021-08-01', loppu: '2021-08-31' }],
  vammainenJaAvustaja: [{ alku: '2021-08-01', loppu: '2021-08-31' }],
  osaAikaisuusjaksot: [{ alku: '2021-08-01', osaAikaisuus: 50 }],
  vankilaopetuksessa: [{ alku: '2021-08-01', loppu: '2021-08-31' }],
  koulutusvienti: false,
  vammainen: [{ alku: '2021-09-01', loppu: '2021-09-30' }],
  majoitusetu: { alku: '2021-08-01', loppu: '2021-08-31' },
  kuljetusetu: { alku: '2021-09-01', loppu: '2021-09-30' },
  koulukoti: [{ alku: '2021-08-01', loppu: '2021-08-31' }],
  erityisenTuenPäätökset: [{}],
}

describe('the permit-to-extras matrix', () => {
  it('is exactly the catalogue §1.7 table', () => {
    expect(TUVA_JÄRJESTÄMISLUVAT).toEqual(['ammatillinen', 'lukio', 'perusopetus'])
    for (const lupa of TUVA_JÄRJESTÄMISLUVAT) {
      expect([...TUVA_LISÄTIEDOT_KENTÄT[lupa]].sort()).toEqual(KENTÄT.filter((k) => TAULUKKO[k]!.includes(lupa)).sort())
      expect(sallitutLisätiedot(lupa)).toBe(TUVA_LISÄTIEDOT_KENTÄT[lupa])
    }
    for (const kenttä of KENTÄT) expect(lisätiedonJärjestämisluvat(kenttä)).toEqual(TAULUKKO[kenttä])
  })
  it('answers unknown luvat and fields', () => {
    expect(onTuvaJärjestämislupa('lukio')).toBe(true)
    expect(onTuvaJärjestämislupa('Lukio')).toBe(false)
    expect(onTuvaJärjestämislupa(undefined)).toBe(false)
    expect(sallitutLisätiedot('vapaasivistystyo')).toBeUndefined()
    expect(lisätietoSallittu('vapaasivistystyo', 'maksuttomuus')).toBe(false)
    expect(lisätietoSallittu('lukio', 'constructor')).toBe(false)
    expect(lisätiedonJärjestämisluvat('tuntematon')).toEqual([])
    expect(kielletytLisätiedot('tuntematon', { majoitus: [] })).toEqual([])
    expect(kielletytLisätiedot('lukio', null)).toEqual([])
    expect(kielletytLisätiedot('lukio', [1, 2])).toEqual([])
  })
  it('lists the keys a lupa forbids in key order, null-valued ones too (KOSKI’s union criterion counts every key)', () => {
    expect(kielletytLisätiedot('lukio', { majoitus: [], maksuttomuus: [], erityinenTuki: null, tuntematon: 1, ulkomaanjaksot: null })).toEqual([
      'majoitus',
      'erityinenTuki',
      'tuntematon',
    ])
    expect(kielletytLisätiedot('lukio', { erityinenTuki: undefined })).toEqual([])
  })

  const lupa = fc.constantFrom(...TUVA_JÄRJESTÄMISLUVAT)
  const kentät = fc.subarray(KENTÄT)

  it('property: lisätietoSallittu ⇔ the lupa is among lisätiedonJärjestämisluvat ⇔ the field is in sallitutLisätiedot', () => {
    fc.assert(
      fc.property(lupa, fc.oneof(fc.constantFrom(...KENTÄT), fc.string()), (l, k) => {
        const a = lisätietoSallittu(l, k)
        expect(lisätiedonJärjestämisluvat(k).includes(l)).toBe(a)
        expect(sallitutLisätiedot(l)!.includes(k)).toBe(a)
      }),
    )
  })
  it('property: kielletytLisätiedot are exactly the given fields the lupa does not allow', () => {
    fc.assert(
      fc.property(lupa, kentät, (l, ks) => {
        const lisätiedot = Object.fromEntries(ks.map((k) => [k, ARVO[k]]))
        expect(kielletytLisätiedot(l, lisätiedot)).toEqual(ks.filter((k) => !TAULUKKO[k]!.includes(l)))
      }),
    )
  })
  it('property: the codec reports T-LUPA-1 exactly for the fields the matrix forbids', () => {
    fc.assert(
      fc.property(lupa, kentät, (l, ks) => {
        const doc = tuva((o) => {
          o.järjestämislupa = { koodiarvo: l, koodistoUri: 'tuvajarjestamislupa' }
          o.lisätiedot = Object.fromEntries(ks.map((k) => [k, ARVO[k]]))
        })
        const lupaFindings = run(doc).findings.filter((f) => f.rule === 'T-LUPA-1')
        const odotetut = kielletytLisätiedot(l, doc.opiskeluoikeudet[0].lisätiedot)
        expect(lupaFindings.map((f) => f.path)).toEqual(odotetut.map((k) => `opiskeluoikeudet[0].lisätiedot.${k}`))
        for (const f of lupaFindings) {
          expect(f.errorType).toBe('notAnyOf')
          expect(f.message.fi).toContain(`järjestämisluvalla ${l}`)
          expect(f.message.fi).toContain(TUVA_LISÄTIEDOT_KENTÄT[l].join(', '))
        }
        if (odotetut.length === 0) expect(run(doc).findings.filter((f) => f.key === 'badRequest.validation.jsonSchema')).toEqual([])
      }),
      { numRuns: 150 },
    )
  })
})
