/** T-LT-1, T-LT-2 (perusopetus lupa), T-LUPA-1 (codec), T-LUPA-2 (needs previous). Catalogue §3.3, §1.7. */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDaysToDate } from '../../src/date'
import { katettu, yhdistä } from '../../src/aikajaksot'
import { byRule, errors, found, keskeneräinen, luvalla, run, tuva, type Json } from '../support'

const LT = 'opiskeluoikeudet[0].lisätiedot'
const KEY = 'badRequest.validation.date.vammaisuusjakso'

/** The spec's `alku` (2021-08-05) plus n days. */
const d = (n: number): string => addDaysToDate('2021-08-05', n)
const aikajakso = (alku: string, loppu?: string): Json => (loppu === undefined ? { alku } : { alku, loppu })

const perusopetus = (lisätiedot: Json) => luvalla('perusopetus', lisätiedot)

describe('T-LT-1 — vammainen and vaikeastiVammainen must not overlap (perusopetus lupa)', () => {
  const MESSAGE = 'Vaikeasti vammaisuuden ja muun kuin vaikeasti vammaisuuden aikajaksot eivät voi olla voimassa samana päivänä'
  const päällekkäin = () =>
    perusopetus({ erityisenTuenPäätökset: [{ alku: d(0) }], vammainen: [aikajakso(d(0))], vaikeastiVammainen: [aikajakso(d(5), d(12))] })

  it('spec: Validointi ei onnistu, kun opiskeluoikeus sisältää osittain päällekäiset eri vammaisuuden jaksot', () => {
    const report = run(päällekkäin())
    expect(errors(report)).toEqual([`T-LT-1 ${KEY}`])
    expect(found(report, 'T-LT-1')).toEqual([[`${LT}.vaikeastiVammainen[0]`, MESSAGE]])
  })
  it('spec: Validointi onnistuu vaikka … päällekäiset, kun validaatio ei ole vielä voimassa (today < 2022-10-01)', () => {
    const report = run(päällekkäin(), { today: '2022-09-30' })
    expect(byRule(report, 'T-LT-1')).toEqual([])
    expect(byRule(report, 'T-LT-2')).toEqual([])
  })
  it('in force from 2022-10-01 on', () => {
    expect(byRule(run(päällekkäin(), { today: '2022-10-01' }), 'T-LT-1')).toHaveLength(1)
  })
  it('accepts periods that only touch (next day) and ignores other luvat', () => {
    expect(byRule(run(perusopetus({ erityisenTuenPäätökset: [{}], vammainen: [aikajakso(d(0), d(4))], vaikeastiVammainen: [aikajakso(d(5))] })), 'T-LT-1')).toEqual([])
  })
  it('shares a single day (inclusive ends)', () => {
    expect(byRule(run(perusopetus({ erityisenTuenPäätökset: [{}], vammainen: [aikajakso(d(0), d(4))], vaikeastiVammainen: [aikajakso(d(4), d(4))] })), 'T-LT-1')).toHaveLength(1)
  })
})

describe('T-LT-2 — vammaisuusjaksot within erityisen tuen päätökset (perusopetus lupa)', () => {
  const MESSAGE = 'Vammaisuusjaksot sisältävät päiviä, joina ei ole voimassaolevaa erityisen tuen jaksoa'

  it('spec: Validointi onnistuu, kun opiskeluoikeus sisältää erityisen tuen päätöksen mutta ei vammaisuusjaksoja', () => {
    expect(errors(run(perusopetus({ erityisenTuenPäätökset: [{ alku: d(0) }] })))).toEqual([])
  })
  it('spec: Validointi onnistu, kun vammaisuusjaksoja on lomittain ja ne kaikki osuvat johonkin lomittaiseen erityisen tuen päätökseen', () => {
    const päätökset = [aikajakso(d(0), d(4)), aikajakso(d(3), d(7)), aikajakso(d(6), d(10))]
    const report = run(
      perusopetus({
        erityisenTuenPäätökset: päätökset,
        vammainen: [aikajakso(d(1), d(5)), aikajakso(d(9), d(10))],
        vaikeastiVammainen: [aikajakso(d(6), d(8)), aikajakso(d(8), d(8))],
      }),
    )
    expect(errors(report)).toEqual([])
  })
  it('spec: Validointi ei onnistu, kun vammaisuusjaksoja on osittain erityisen tuen päätösten ulkopuolella', () => {
    const report = run(perusopetus({ erityisenTuenPäätökset: [aikajakso(d(5), d(12))], vammainen: [aikajakso(d(0))] }))
    expect(errors(report)).toEqual([`T-LT-2 ${KEY}`])
    expect(found(report, 'T-LT-2')).toEqual([[`${LT}.vammainen[0]`, MESSAGE]])
  })
  it('names the first vammaisuusjakso with days outside the päätökset (vammainen first, then vaikeastiVammainen), once', () => {
    const report = run(
      perusopetus({
        erityisenTuenPäätökset: [aikajakso(d(0), d(10))],
        vammainen: [aikajakso(d(0), d(3))],
        vaikeastiVammainen: [aikajakso(d(4), d(10)), aikajakso(d(11), d(12)), aikajakso(d(20))],
      }),
    )
    expect(found(report, 'T-LT-2')).toEqual([[`${LT}.vaikeastiVammainen[1]`, MESSAGE]])
  })
  it('property: fires exactly when KOSKI’s merged spans are not covered, naming a jakso not covered by one merged päätös', () => {
    const väli = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }))
    const jakso = ([a, pituus]: [number, number | undefined]): Json => aikajakso(d(a), pituus === undefined ? undefined : d(a + pituus))
    const päätös = fc.tuple(fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }))
    fc.assert(
      fc.property(fc.array(väli, { maxLength: 4 }), fc.array(väli, { maxLength: 4 }), fc.array(päätös, { maxLength: 4 }), (v, w, p) => {
        const vammainen = v.map(jakso)
        const vaikeastiVammainen = w.map(jakso)
        const erityisenTuenPäätökset = p.map(([a, pituus]): Json =>
          a === undefined ? {} : pituus === undefined ? { alku: d(a) } : { alku: d(a), loppu: d(a + pituus) },
        )
        // KOSKI: merge both sides (LocalDate.MIN/MAX for open ends), every merged vammaisuus span within one merged päätös.
        const päätökset = yhdistä(erityisenTuenPäätökset)
        const koski = yhdistä([...vammainen, ...vaikeastiVammainen]).every((x) => katettu(päätökset, x))
        const findings = found(run(perusopetus({ erityisenTuenPäätökset, vammainen, vaikeastiVammainen })), 'T-LT-2')
        expect(findings.length).toBe(koski ? 0 : 1)
        if (!koski) {
          const [, kenttä, i] = /\.(vammainen|vaikeastiVammainen)\[(\d+)\]$/.exec(findings[0]![0])!
          const nimetty = (kenttä === 'vammainen' ? vammainen : vaikeastiVammainen)[Number(i)]
          expect(katettu(päätökset, nimetty)).toBe(false)
        }
      }),
      { numRuns: 300 },
    )
  })
  it('a vammaisuusjakso without any päätös fails; a päätös without alku and loppu covers all time', () => {
    expect(byRule(run(perusopetus({ vammainen: [aikajakso(d(0), d(3))] })), 'T-LT-2')).toHaveLength(1)
    expect(byRule(run(perusopetus({ erityisenTuenPäätökset: [{}], vammainen: [aikajakso(d(0), d(3))] })), 'T-LT-2')).toEqual([])
    expect(byRule(run(perusopetus({ erityisenTuenPäätökset: [{ alku: d(1) }], vammainen: [aikajakso(d(0), d(3))] })), 'T-LT-2')).toHaveLength(1)
  })
  it('touching päätökset merge (next day), a gap of one day does not', () => {
    const vammainen = [aikajakso(d(0), d(10))]
    expect(byRule(run(perusopetus({ erityisenTuenPäätökset: [aikajakso(d(0), d(4)), aikajakso(d(5), d(10))], vammainen })), 'T-LT-2')).toEqual([])
    expect(byRule(run(perusopetus({ erityisenTuenPäätökset: [aikajakso(d(0), d(4)), aikajakso(d(6), d(10))], vammainen })), 'T-LT-2')).toHaveLength(1)
  })
  it('an open-ended vammaisuusjakso needs an open-ended päätös', () => {
    expect(byRule(run(perusopetus({ erityisenTuenPäätökset: [aikajakso(d(0), d(100))], vaikeastiVammainen: [aikajakso(d(1))] })), 'T-LT-2')).toHaveLength(1)
    expect(byRule(run(perusopetus({ erityisenTuenPäätökset: [aikajakso(d(0))], vaikeastiVammainen: [aikajakso(d(1))] })), 'T-LT-2')).toEqual([])
  })
  it('does not apply to the ammatillinen lupa (its vaikeastiVammainen is checked by T-OHJE-5 instead)', () => {
    const report = run(tuva((o) => (o.lisätiedot = { vaikeastiVammainen: [aikajakso('2021-08-01', '2021-12-31')], vaativanErityisenTuenErityinenTehtävä: [aikajakso('2021-08-01')] })))
    expect(byRule(report, 'T-LT-2')).toEqual([])
    expect(errors(report)).toEqual([])
  })
})

describe('T-LUPA-1 — a lisätieto the lupa does not allow (reported by the codec)', () => {
  it('names the field, the lupa and the fields the lupa allows', () => {
    const report = run(tuva((o) => (o.lisätiedot.kuljetusetu = { alku: '2021-08-01' })))
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]).toMatchObject({
      severity: 'error',
      key: 'badRequest.validation.jsonSchema',
      rule: 'T-LUPA-1',
      errorType: 'notAnyOf',
      path: `${LT}.kuljetusetu`,
    })
    const fi = report.findings[0]!.message.fi
    expect(fi).toContain('kuljetusetu')
    expect(fi).toContain('ammatillinen')
    expect(fi).toContain('majoitus, vaativanErityisenTuenYhteydessäJärjestettäväMajoitus')
  })
  it.each([
    ['lukio', 'erityinenTuki', [{ alku: '2021-08-01' }]],
    ['lukio', 'koulutusvienti', false],
    ['perusopetus', 'majoitus', [{ alku: '2021-08-01' }]],
    ['ammatillinen', 'erityisenTuenPäätökset', [{ alku: '2021-08-01' }]],
  ] as const)('%s lupa rejects %s', (lupa, kenttä, arvo) => {
    const report = run(luvalla(lupa, { [kenttä]: arvo }))
    expect(report.findings.map((f) => [f.rule, f.errorType, f.path])).toEqual([['T-LUPA-1', 'notAnyOf', `${LT}.${kenttä}`]])
    expect(report.findings[0]!.message.en).toMatch(new RegExp(`when järjestämislupa is .+ \\(${lupa}\\)`))
  })
  it('spec: Deserialisointi … @DefaultValue — ammatillinen lisätiedot without koulutusvienti and pidennettyPäättymispäivä are fine', () => {
    expect(run(tuva((o) => (o.lisätiedot = { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] }))).findings).toEqual([])
  })
  it('a key that is no lisätieto of any lupa leaves no lisätiedot class either: notAnyOf (catalogue §1.7), not T-LUPA-1', () => {
    const report = run(tuva((o) => (o.lisätiedot.tuntematon = true)))
    expect(report.findings.map((f) => [f.key, f.errorType, f.path])).toEqual([['badRequest.validation.jsonSchema', 'notAnyOf', `${LT}.tuntematon`]])
    expect(report.findings[0]!.rule).not.toBe('T-LUPA-1')
  })
})

describe('T-LUPA-2 — the järjestämislupa cannot change', () => {
  const MESSAGE = 'Olemassaolevan tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuden järjestämislupaa ei saa muuttaa.'
  it('spec: opiskeluoikeuden järjestämislupa ei saa muuttua opiskeluoikeuden luonnin jälkeen (perusopetus → ammatillinen, lisätiedot None)', () => {
    const stored = keskeneräinen((o) => {
      o.oid = '1.2.246.562.15.12345678901'
      o.järjestämislupa = { koodiarvo: 'perusopetus', koodistoUri: 'tuvajarjestamislupa' }
      o.lisätiedot = { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] }
    })
    const put = keskeneräinen((o) => {
      o.oid = '1.2.246.562.15.12345678901'
      delete o.lisätiedot
    })
    const report = run(put, { previous: stored })
    expect(errors(report)).toEqual(['T-LUPA-2 badRequest'])
    expect(found(report, 'T-LUPA-2')).toEqual([['opiskeluoikeudet[0].järjestämislupa', MESSAGE]])
    expect(byRule(report, 'T-LUPA-2')[0]!.hint!.en).toContain('Authorisation to provide basic education (TUVA) (perusopetus) → Authorisation to provide vocational education and training (TUVA) (ammatillinen)')
    expect(report.skipped).not.toContain('T-LUPA-2')
  })
  it('accepts the same lupa (previous given as a single opiskeluoikeus)', () => {
    const doc = tuva()
    const report = run(doc, { previous: tuva().opiskeluoikeudet[0] })
    expect(byRule(report, 'T-LUPA-2')).toEqual([])
    expect(report.skipped).not.toContain('T-LUPA-2')
  })
  it('is listed in report.skipped without previous', () => {
    expect(run(tuva()).skipped).toContain('T-LUPA-2')
  })
  it('says nothing when the stored version has no readable lupa (another type: G-ID-2 speaks)', () => {
    expect(byRule(run(tuva(), { previous: { tyyppi: { koodiarvo: 'luva' } } }), 'T-LUPA-2')).toEqual([])
  })
})
