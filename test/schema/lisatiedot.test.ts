/** TUVA lisätiedot: the three classes chosen by järjestämislupa (§1.7, T-LUPA-1 basic case), jaksot (S-11, S-12). */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY, TUVA_LISÄTIEDOT_KENTÄT } from '../../src'
import { pieniTuvaOppija, run, type Json, type Lupa } from '../support'

const L = 'opiskeluoikeudet[0].lisätiedot'
const schema = (doc: Json) => run(doc).findings.filter((f) => f.key === JSON_SCHEMA_KEY).map((f) => [f.rule, f.errorType, f.path])
const jakso = { alku: '2021-09-01', loppu: '2021-12-31' }

/** A value of the right shape for every lisätiedot field. */
const arvo: Record<string, unknown> = {
  maksuttomuus: [{ alku: '2021-08-01', maksuton: true }],
  oikeuttaMaksuttomuuteenPidennetty: [{ alku: '2021-09-01', loppu: '2021-10-01' }],
  ulkomaanjaksot: [{ ...jakso, maa: { koodiarvo: '752', koodistoUri: 'maatjavaltiot2' }, kuvaus: { fi: 'Vaihto' } }],
  pidennettyPäättymispäivä: true,
  sisäoppilaitosmainenMajoitus: [jakso],
  majoitus: [jakso],
  vaativanErityisenTuenYhteydessäJärjestettäväMajoitus: [jakso],
  erityinenTuki: [jakso],
  vaativanErityisenTuenErityinenTehtävä: [jakso],
  vaikeastiVammainen: [jakso],
  vammainenJaAvustaja: [jakso],
  osaAikaisuusjaksot: [{ ...jakso, osaAikaisuus: 50 }],
  vankilaopetuksessa: [jakso],
  koulutusvienti: false,
  vammainen: [jakso],
  majoitusetu: jakso,
  kuljetusetu: jakso,
  koulukoti: [jakso],
  erityisenTuenPäätökset: [{ alku: '2021-08-01' }],
}
const LUVAT: Lupa[] = ['ammatillinen', 'lukio', 'perusopetus']
const KAIKKI = Object.keys(arvo)

describe('the permit matrix data matches the catalogue (§1.7)', () => {
  it('lukio allows the shared fields only; ammatillinen and perusopetus their own', () => {
    expect([...TUVA_LISÄTIEDOT_KENTÄT.lukio].sort()).toEqual(['maksuttomuus', 'oikeuttaMaksuttomuuteenPidennetty', 'pidennettyPäättymispäivä', 'sisäoppilaitosmainenMajoitus', 'ulkomaanjaksot'])
    expect([...TUVA_LISÄTIEDOT_KENTÄT.ammatillinen].sort()).toEqual(
      [
        'maksuttomuus', 'oikeuttaMaksuttomuuteenPidennetty', 'ulkomaanjaksot', 'pidennettyPäättymispäivä', 'sisäoppilaitosmainenMajoitus', 'majoitus',
        'vaativanErityisenTuenYhteydessäJärjestettäväMajoitus', 'erityinenTuki', 'vaativanErityisenTuenErityinenTehtävä', 'vaikeastiVammainen',
        'vammainenJaAvustaja', 'osaAikaisuusjaksot', 'vankilaopetuksessa', 'koulutusvienti',
      ].sort(),
    )
    expect([...TUVA_LISÄTIEDOT_KENTÄT.perusopetus].sort()).toEqual(
      [
        'maksuttomuus', 'oikeuttaMaksuttomuuteenPidennetty', 'ulkomaanjaksot', 'pidennettyPäättymispäivä', 'sisäoppilaitosmainenMajoitus',
        'vaikeastiVammainen', 'vammainen', 'majoitusetu', 'kuljetusetu', 'koulukoti', 'erityisenTuenPäätökset',
      ].sort(),
    )
  })
})

describe('each järjestämislupa accepts exactly its lisätiedot class', () => {
  for (const lupa of LUVAT) {
    const sallitut = TUVA_LISÄTIEDOT_KENTÄT[lupa]
    it(`${lupa}: every allowed field together passes the schema`, () => {
      const lisätiedot = Object.fromEntries(sallitut.map((k) => [k, arvo[k]]))
      expect(schema(pieniTuvaOppija(lupa, lisätiedot))).toEqual([])
    })

    for (const kenttä of KAIKKI.filter((k) => !sallitut.includes(k))) {
      it(`${lupa}: ${kenttä} → T-LUPA-1 notAnyOf at the field, naming field, lupa and allowed fields`, () => {
        const report = run(pieniTuvaOppija(lupa, { [kenttä]: arvo[kenttä] }))
        expect(report.findings).toEqual([
          expect.objectContaining({ severity: 'error', key: JSON_SCHEMA_KEY, rule: 'T-LUPA-1', errorType: 'notAnyOf', path: `${L}.${kenttä}` }),
        ])
        const { fi, sv, en } = report.findings[0]!.message
        for (const text of [fi, sv, en]) {
          expect(text).toContain(kenttä)
          expect(text).toContain(lupa)
          expect(text).toContain(sallitut.join(', '))
        }
      })
    }
  }

  it('a field of no lisätiedot class → notAnyOf too (S-8: the lisätiedot are a union member, "no other properties than")', () => {
    const report = run(pieniTuvaOppija('lukio', { hojks: [jakso] }))
    expect(report.findings.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-8', 'notAnyOf', `${L}.hojks`]])
    expect(report.findings[0]!.message.fi).toContain('hojks')
    expect(schema(pieniTuvaOppija('ammatillinen', { jotpaAsianumero: { koodiarvo: '01/5848/2023', koodistoUri: 'jotpaasianumero' } }))).toEqual([
      ['S-8', 'notAnyOf', `${L}.jotpaAsianumero`],
    ])
  })

  it('a field of another lupa given as null still counts (KOSKI compares the keys) → notAnyOf', () => {
    expect(schema(pieniTuvaOppija('lukio', { majoitus: null, koulutusvienti: null }))).toEqual([
      ['T-LUPA-1', 'notAnyOf', `${L}.majoitus`],
      ['T-LUPA-1', 'notAnyOf', `${L}.koulutusvienti`],
    ])
    expect(schema(pieniTuvaOppija('lukio', { maksuttomuus: null }))).toEqual([])
  })

  it('several fields of another lupa → one finding each', () => {
    expect(schema(pieniTuvaOppija('lukio', { majoitus: [jakso], vammainen: [jakso], koulutusvienti: true }))).toEqual([
      ['T-LUPA-1', 'notAnyOf', `${L}.majoitus`],
      ['T-LUPA-1', 'notAnyOf', `${L}.vammainen`],
      ['T-LUPA-1', 'notAnyOf', `${L}.koulutusvienti`],
    ])
  })

  it('without a järjestämislupa no class applies: missingProperty there and notAnyOf at the lisätiedot (nothing inside reported)', () => {
    const doc = pieniTuvaOppija('lukio', { majoitus: [jakso] })
    delete doc.opiskeluoikeudet[0].järjestämislupa
    const report = run(doc)
    expect(report.findings.filter((f) => f.key === JSON_SCHEMA_KEY).map((f) => [f.rule, f.errorType, f.path])).toEqual([
      ['S-2', 'missingProperty', 'opiskeluoikeudet[0].järjestämislupa'],
      ['S-8', 'notAnyOf', L],
    ])
    expect(report.findings[1]!.message.fi).toContain('järjestämislupa')
  })

  it('single-object fields of the perusopetus lupa: majoitusetu and kuljetusetu are one Aikajakso, not a list', () => {
    expect(schema(pieniTuvaOppija('perusopetus', { majoitusetu: [jakso] }))).toEqual([['S-2', 'unexpectedType', `${L}.majoitusetu`]])
    expect(schema(pieniTuvaOppija('perusopetus', { koulukoti: jakso }))).toEqual([['S-2', 'unexpectedType', `${L}.koulukoti`]])
  })
})

describe('S-12 — jakso loppu before alku', () => {
  it('"Jos lähetetään jakso jonka loppupäivämäärä on ennen alkupäivämäärää": "Jakson alku 2020-05-31 on jakson lopun 2019-05-31 jälkeen"', () => {
    const report = run(pieniTuvaOppija('ammatillinen', { majoitus: [{ alku: '2020-05-31', loppu: '2019-05-31' }] }))
    expect(report.findings).toEqual([
      expect.objectContaining({ severity: 'error', key: JSON_SCHEMA_KEY, rule: 'S-12', errorType: 'jaksonLoppuEnnenAlkua', path: `${L}.majoitus[0]` }),
    ])
    expect(report.findings[0]!.message.fi).toBe('Jakson alku 2020-05-31 on jakson lopun 2019-05-31 jälkeen')
  })

  it.each<[string, Lupa, Record<string, unknown>, string]>([
    ['Aikajakso (list)', 'ammatillinen', { erityinenTuki: [jakso, { alku: '2021-10-02', loppu: '2021-10-01' }] }, `${L}.erityinenTuki[1]`],
    ['Aikajakso (single, kuljetusetu)', 'perusopetus', { kuljetusetu: { alku: '2021-10-02', loppu: '2021-10-01' } }, `${L}.kuljetusetu`],
    ['Ulkomaanjakso', 'lukio', { ulkomaanjaksot: [{ alku: '2021-10-02', loppu: '2021-10-01', maa: { koodiarvo: '752', koodistoUri: 'maatjavaltiot2' }, kuvaus: { fi: 'x' } }] }, `${L}.ulkomaanjaksot[0]`],
    ['OsaAikaisuusJakso', 'ammatillinen', { osaAikaisuusjaksot: [{ alku: '2021-10-02', loppu: '2021-10-01', osaAikaisuus: 50 }] }, `${L}.osaAikaisuusjaksot[0]`],
    ['Maksuttomuus (loppu is recomputed but still checked)', 'lukio', { maksuttomuus: [{ alku: '2021-10-02', loppu: '2021-10-01', maksuton: true }] }, `${L}.maksuttomuus[0]`],
    ['TuvaErityisenTuenPäätös', 'perusopetus', { erityisenTuenPäätökset: [{ alku: '2021-10-02', loppu: '2021-10-01' }] }, `${L}.erityisenTuenPäätökset[0]`],
  ])('%s', (_, lupa, lisätiedot, path) => {
    const report = run(pieniTuvaOppija(lupa, lisätiedot))
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'S-12', errorType: 'jaksonLoppuEnnenAlkua', path })])
    expect(report.findings[0]!.message.fi).toBe('Jakson alku 2021-10-02 on jakson lopun 2021-10-01 jälkeen')
  })

  it('TuvaErityisenTuenPäätös with a loppu but no alku → jaksonLoppuEnnenAlkua, KOSKI\'s text with the alku left empty', () => {
    const report = run(pieniTuvaOppija('perusopetus', { erityisenTuenPäätökset: [{ loppu: '2021-10-01' }] }))
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'S-12', errorType: 'jaksonLoppuEnnenAlkua', path: `${L}.erityisenTuenPäätökset[0]` })])
    expect(report.findings[0]!.message.fi).toBe('Jakson alku  on jakson lopun 2021-10-01 jälkeen')
  })

  it('TuvaErityisenTuenPäätös: both ends are optional otherwise', () => {
    expect(schema(pieniTuvaOppija('perusopetus', { erityisenTuenPäätökset: [{}, { alku: '2021-08-01' }, { alku: '2021-08-01', loppu: '2021-08-01' }] }))).toEqual([])
  })

  it('loppu equal to alku is allowed; an open jakso is allowed', () => {
    expect(schema(pieniTuvaOppija('ammatillinen', { majoitus: [{ alku: '2021-10-01', loppu: '2021-10-01' }, { alku: '2021-11-01' }] }))).toEqual([])
  })

  it('not applied to OikeuttaMaksuttomuuteenPidennetty (MK-PID-2 reports that) nor to opiskeluoikeusjaksot', () => {
    expect(schema(pieniTuvaOppija('lukio', { oikeuttaMaksuttomuuteenPidennetty: [{ alku: '2021-10-02', loppu: '2021-10-01' }] }))).toEqual([])
  })

  it('Aikajakso without alku → missingProperty, not jaksonLoppuEnnenAlkua', () => {
    expect(schema(pieniTuvaOppija('ammatillinen', { majoitus: [{ loppu: '2021-10-01' }] }))).toEqual([['S-2', 'missingProperty', `${L}.majoitus[0].alku`]])
  })
})

describe('S-11 — OsaAikaisuusJakso.osaAikaisuus is an integer 0 ≤ x < 100', () => {
  const osaAikaisuus = (x: unknown) => pieniTuvaOppija('ammatillinen', { osaAikaisuusjaksot: [{ alku: '2021-09-01', osaAikaisuus: x }] })
  const path = `${L}.osaAikaisuusjaksot[0]`

  it.each([0, 1, 50, 99])('%d passes', (x) => {
    expect(schema(osaAikaisuus(x))).toEqual([])
  })

  it('-1 → smallerThanMinimumValue at the number', () => {
    expect(schema(osaAikaisuus(-1))).toEqual([['S-11', 'smallerThanMinimumValue', `${path}.osaAikaisuus`]])
  })

  it.each([100, 150, 100.5])('%d → greaterThanOrEqualToExclusiveMaximumValue at the number', (x) => {
    expect(schema(osaAikaisuus(x))).toEqual([['S-11', 'greaterThanOrEqualToExclusiveMaximumValue', `${path}.osaAikaisuus`]])
  })

  it('KOSKI reads an Int as it can: 99.9 is cut to 99, the text "50" is 50; the text "50.5" is no Int → unexpectedType', () => {
    expect(schema(osaAikaisuus(99.9))).toEqual([])
    expect(schema(osaAikaisuus('50'))).toEqual([])
    expect(schema(osaAikaisuus('50.5'))).toEqual([['S-2', 'unexpectedType', `${path}.osaAikaisuus`]])
  })

  it('a range error and loppu < alku in the same jakso: the range error is reported (the jakso is not built)', () => {
    const doc = pieniTuvaOppija('ammatillinen', { osaAikaisuusjaksot: [{ alku: '2021-09-02', loppu: '2021-09-01', osaAikaisuus: 100 }] })
    expect(schema(doc)).toEqual([['S-11', 'greaterThanOrEqualToExclusiveMaximumValue', `${path}.osaAikaisuus`]])
  })
})

describe('the builders make a valid document for each lupa', () => {
  it.each(LUVAT)('%s', (lupa) => {
    const report = run(pieniTuvaOppija(lupa))
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
  })
})
