/**
 * T-VOS-1..4 — the 2025 vocational reform cut-off (catalogue §3.3; spec "Ammatillisen koulutuksen VOS-uudistukseen
 * 2025 liittyvät lisätietojen aikajaksot", "Loma-tilan voi siirtää…"). KOSKI's specs set the cut-off to yesterday
 * (active) or tomorrow (not yet); here today is 2026-11-22 and the default cut-off 2025-12-31 (active), or the cut-off
 * option is moved after today (not yet active).
 */
import { describe, expect, it } from 'vitest'
import { VOS_RAJAPÄIVÄ } from '../../src'
import { byRule, errors, found, jakso, luvalla, run, tuva, type Json } from '../support'

const LT = 'opiskeluoikeudet[0].lisätiedot'
const KEY = 'badRequest.validation.ammatillinen.lisätietoRajapäivänJälkeen'
const EI_VIELÄ = { vosRajapäivä: '2026-11-23' }

const lisätiedoilla = (lisätiedot: Json) => tuva((o) => (o.lisätiedot = lisätiedot))
/** defaultOpiskeluoikeusAlkamispäivällä(päivä): one lasna jakso from `päivä`, no vahvistus. */
const alkaen = (päivä: string, lisätiedot?: Json) =>
  tuva((o, s) => {
    o.tila.opiskeluoikeusjaksot = [jakso(päivä, 'lasna')]
    delete s.vahvistus
    if (lisätiedot === undefined) delete o.lisätiedot
    else o.lisätiedot = lisätiedot
  })
/** The valid example with these jaksot and no lisätiedot. */
const jaksoilla = (jaksot: Json[]) =>
  tuva((o) => {
    o.tila.opiskeluoikeusjaksot = jaksot
    delete o.lisätiedot
  })
const vos = (report: ReturnType<typeof run>) => ['T-VOS-1', 'T-VOS-2', 'T-VOS-3'].flatMap((id) => found(report, id))

describe('T-VOS-1..3 — erityinenTuki, vaikeastiVammainen, vammainenJaAvustaja after the cut-off', () => {
  it('uses 2025-12-31 by default', () => {
    expect(VOS_RAJAPÄIVÄ).toBe('2025-12-31')
  })
  it('spec: Jakso puuttuu kokonaan, alkaa ennen viimeistä käyttöpäivää tai ajoittuu kokonaan ennen viimeistä käyttöpäivää', () => {
    const report = run(lisätiedoilla({ vaikeastiVammainen: [{ alku: '2025-01-01' }], vammainenJaAvustaja: [{ alku: '2025-01-01', loppu: '2025-10-02' }] }))
    expect(vos(report)).toEqual([])
  })
  it('spec: Jakso alkaa viimeisen käyttöpäivän jälkeen — one error per list, in order', () => {
    const report = run(
      lisätiedoilla({
        erityinenTuki: [{ alku: '2099-01-02' }],
        vaikeastiVammainen: [{ alku: '2099-01-02', loppu: '2099-12-31' }],
        vammainenJaAvustaja: [{ alku: '2099-01-02', loppu: '2099-12-31' }],
      }),
    )
    expect(vos(report)).toEqual([
      [`${LT}.erityinenTuki[0]`, 'Erityisen tuen aikajakso ei voi alkaa 31.12.2025 jälkeen'],
      [`${LT}.vaikeastiVammainen[0]`, 'Vaikeasti vammaisille järjestetyn opetuksen aikajakso ei voi alkaa 31.12.2025 jälkeen'],
      [`${LT}.vammainenJaAvustaja[0]`, 'Vammaisen ja avustajan aikajakso ei voi alkaa 31.12.2025 jälkeen'],
    ])
    expect(byRule(report, 'T-VOS-1')[0]!.key).toBe(KEY)
  })
  it('spec: Ei VOS-uudistukseen liittyviä lisätietoja (study right starting today) passes', () => {
    expect(vos(run(alkaen('2026-11-22')))).toEqual([])
  })
  it('spec: Lisätietojen siirtäminen on estetty (study right starting after the cut-off)', () => {
    const report = run(
      alkaen('2026-11-22', {
        erityinenTuki: [{ alku: '2025-01-01', loppu: '2025-10-01' }],
        vaikeastiVammainen: [{ alku: '2025-01-01', loppu: '2099-12-31' }],
        vammainenJaAvustaja: [{ alku: '2099-01-02', loppu: '2099-12-31' }],
      }),
    )
    expect(vos(report)).toEqual([
      [`${LT}.erityinenTuki`, 'Erityisen tuen lisätieto ei ole käytössä 31.12.2025 jälkeen alkavalle opiskeluoikeudelle'],
      [`${LT}.vaikeastiVammainen`, 'Vaikeasti vammaisille järjestetyn opetuksen lisätieto ei ole käytössä 31.12.2025 jälkeen alkavalle opiskeluoikeudelle'],
      [`${LT}.vammainenJaAvustaja`, 'Vammaisen ja avustajan lisätieto ei ole käytössä 31.12.2025 jälkeen alkavalle opiskeluoikeudelle'],
    ])
  })
  it('spec: kun validaatio ei ole vielä voimassa — both cases pass', () => {
    const lisätiedot = {
      erityinenTuki: [{ alku: '2099-01-02' }],
      vaikeastiVammainen: [{ alku: '2099-01-02', loppu: '2099-12-31' }],
      vammainenJaAvustaja: [{ alku: '2099-01-02', loppu: '2099-12-31' }],
    }
    expect(vos(run(lisätiedoilla(lisätiedot), EI_VIELÄ))).toEqual([])
    expect(vos(run(alkaen('2099-01-01', lisätiedot), EI_VIELÄ))).toEqual([])
  })
  it('is active only when today is after the cut-off (the cut-off day itself is still allowed)', () => {
    const doc = lisätiedoilla({ erityinenTuki: [{ alku: '2099-01-02' }] })
    expect(byRule(run(doc, { today: '2025-12-31' }), 'T-VOS-1')).toEqual([])
    expect(byRule(run(doc, { today: '2026-01-01' }), 'T-VOS-1')).toHaveLength(1)
  })
  it('a period starting on the cut-off day is allowed, the next day not; an empty list is fine', () => {
    expect(byRule(run(lisätiedoilla({ erityinenTuki: [{ alku: '2025-12-31' }] })), 'T-VOS-1')).toEqual([])
    expect(found(run(lisätiedoilla({ erityinenTuki: [{ alku: '2021-08-01' }, { alku: '2026-01-01' }] })), 'T-VOS-1').map(([p]) => p)).toEqual([`${LT}.erityinenTuki[1]`])
    expect(vos(run(alkaen('2026-11-22', { erityinenTuki: [] })))).toEqual([])
  })
  it('with a configured cut-off: KOSKI’s Finnish text (hard-coded 31.12.2025) and its translations, the applied date in the hint', () => {
    const report = run(lisätiedoilla({ erityinenTuki: [{ alku: '2025-10-20' }] }), { vosRajapäivä: '2025-10-19' })
    expect(found(report, 'T-VOS-1')).toEqual([[`${LT}.erityinenTuki[0]`, 'Erityisen tuen aikajakso ei voi alkaa 31.12.2025 jälkeen']])
    expect(byRule(report, 'T-VOS-1')[0]!.message.sv).toContain('31.12.2025')
    expect(byRule(report, 'T-VOS-1')[0]!.message.en).toContain('2025-12-31')
    expect(byRule(report, 'T-VOS-1')[0]!.hint!.sv).toContain('19.10.2025')
    expect(byRule(report, 'T-VOS-1')[0]!.hint!.en).toContain('2025-10-19')
    const loma = run(jaksoilla([jakso('2021-08-01', 'lasna'), jakso('2025-10-01', 'loma'), jakso('2025-10-21', 'lasna')]), { vosRajapäivä: '2025-10-19' })
    expect(found(loma, 'T-VOS-4').map(([, fi]) => fi)).toEqual(['Opiskeluoikeuden loma-tila ei voi olla voimassa 31.12.2025 jälkeen'])
    expect(byRule(loma, 'T-VOS-4')[0]!.message.en).toContain('2025-12-31')
    expect(byRule(loma, 'T-VOS-4')[0]!.hint!.en).toContain('2025-10-19')
  })
  it('does not apply to the perusopetus lupa’s vaikeastiVammainen', () => {
    const report = run(luvalla('perusopetus', { vaikeastiVammainen: [{ alku: '2099-01-02' }], erityisenTuenPäätökset: [{}] }))
    expect(byRule(report, 'T-VOS-2')).toEqual([])
  })
})

describe('T-VOS-4 — loma after the cut-off', () => {
  const MESSAGE = 'Opiskeluoikeuden loma-tila ei voi olla voimassa 31.12.2025 jälkeen'
  const ok = [
    jakso('2021-08-01', 'lasna'),
    jakso('2024-09-01', 'loma'),
    jakso('2024-12-31', 'lasna'),
    jakso('2025-09-01', 'loma'),
    jakso('2025-10-03', 'lasna'),
  ]
  const pitkä = [
    jakso('2021-08-01', 'lasna'),
    jakso('2024-09-01', 'loma'),
    jakso('2025-01-01', 'lasna'),
    jakso('2025-09-01', 'loma'),
    jakso('2099-01-02', 'lasna'),
  ]

  it('spec: Loma-tilan voi siirtää, jos se päättyy viimeisenä käyttöpäivänä tai sitä aiemmin', () => {
    const report = run(jaksoilla(ok))
    expect(byRule(report, 'T-VOS-4')).toEqual([])
    expect(errors(report)).toEqual([])
  })
  it('spec: Loma-tilaa ei voi siirtää, jos se jatkuu viimeisen käyttöpäivän jälkeen', () => {
    const report = run(jaksoilla(pitkä))
    expect(errors(report)).toEqual(['T-VOS-4 badRequest.validation.ammatillinen.lomaTilaRajapäivänJälkeen'])
    expect(found(report, 'T-VOS-4')).toEqual([['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[3]', MESSAGE]])
  })
  it('spec: Loma-tilan voi siirtää, vaikka se jatkuu viimeisen käyttöpäivän jälkeen, kun validaatio ei ole vielä voimassa', () => {
    expect(byRule(run(jaksoilla(pitkä), EI_VIELÄ), 'T-VOS-4')).toEqual([])
  })
  it('a loma may end on the day after the cut-off (next jakso on R + 1), not later', () => {
    const upTo = (seuraava: string) => [jakso('2021-08-01', 'lasna'), jakso('2025-12-01', 'loma'), jakso(seuraava, 'lasna')]
    expect(byRule(run(jaksoilla(upTo('2026-01-01'))), 'T-VOS-4')).toEqual([])
    expect(byRule(run(jaksoilla(upTo('2026-01-02'))), 'T-VOS-4')).toHaveLength(1)
  })
  it('a loma starting after the cut-off, or left open as the last jakso, fails', () => {
    expect(byRule(run(jaksoilla([jakso('2021-08-01', 'lasna'), jakso('2026-01-01', 'loma'), jakso('2026-01-01', 'lasna')])), 'T-VOS-4')).toHaveLength(1)
    expect(found(run(jaksoilla([jakso('2021-08-01', 'lasna'), jakso('2022-01-01', 'loma')])), 'T-VOS-4')).toEqual([['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]', MESSAGE]])
  })
  it('applies under every lupa, as KOSKI’s validateLomaTilat does (another lupa: T-TILA-2 as well)', () => {
    const doc = luvalla('lukio')
    doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot = [jakso('2021-08-01', 'lasna'), jakso('2022-01-01', 'loma')]
    const report = run(doc)
    expect(found(report, 'T-VOS-4')).toEqual([['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]', MESSAGE]])
    expect(byRule(report, 'T-TILA-2')).toHaveLength(1)
    const ennen = luvalla('perusopetus')
    ennen.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot = [jakso('2021-08-01', 'lasna'), jakso('2022-01-01', 'loma'), jakso('2022-02-01', 'lasna')]
    expect(byRule(run(ennen), 'T-VOS-4')).toEqual([])
    expect(byRule(run(ennen), 'T-TILA-2')).toHaveLength(1)
  })
})
