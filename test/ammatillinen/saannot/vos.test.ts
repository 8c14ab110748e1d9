/**
 * A-VOS-1..5 — the 2025 vocational reform cut-off on ammatillinen (OppijaValidationAmmatillinenSpec › "Loma-tila ja
 * VOS-uudistus 2025", "VOS-uudistukseen 2025 liittyvät lisätietojen aikajaksot…", "…henkilöstökoulutus-tiedon
 * validaatiot"). KOSKI's specs set the cut-off to yesterday (in force) or tomorrow (not yet); here today is 2026-11-22
 * and the default cut-off 2025-12-31 (in force), or the option is moved after today (not yet).
 */
import { describe, expect, it } from 'vitest'
import {
  vosErityinenTuki,
  vosHenkilöstökoulutus,
  vosOpiskeluvalmiuksiaTukevatOpinnot,
  vosVaikeastiVammainen,
  vosVammainenJaAvustajaJaLoma,
} from '../../../src/tyypit/ammatillinen/saannot/vos'
import { AP, ammAvaimet, ammJakso, ammLöydökset, ammReformi, type Json } from '../../support'

const EI_VIELÄ = { vosRajapäivä: '2026-11-23' }
const LT = `${AP}.lisätiedot`

/** makeOpiskeluoikeus(alku) with these lisätiedot: one lasna jakso from `alku`. */
const alkaen = (alku: string, lisätiedot?: Json) =>
  ammReformi((o) => {
    o.tila.opiskeluoikeusjaksot = [ammJakso(alku, 'lasna')]
    if (lisätiedot !== undefined) o.lisätiedot = lisätiedot
  })
const jaksoilla = (...jaksot: Json[]) => ammReformi((o) => (o.tila.opiskeluoikeusjaksot = jaksot))

describe('A-VOS-1, A-VOS-2, A-VOS-3, A-VOS-4 — the retired lisätiedot (opiskeluvalmiuksiaTukevatOpinnot, erityinenTuki, vaikeastiVammainen, vammainenJaAvustaja)', () => {
  const kaikki = (jakso: Json) => ({ opiskeluvalmiuksiaTukevatOpinnot: [{ ...jakso, kuvaus: { fi: 'Tuki' } }], erityinenTuki: [jakso], vaikeastiVammainen: [jakso], vammainenJaAvustaja: [jakso] })
  const säännöt = [vosOpiskeluvalmiuksiaTukevatOpinnot, vosErityinenTuki, vosVaikeastiVammainen, vosVammainenJaAvustajaJaLoma]
  const löydökset = (doc: Json, options = {}) => säännöt.flatMap((r) => ammLöydökset(r, doc, options))

  it('spec: Opiskeluoikeus joka alkaa viimeisenä käyttöpäivänä tai sitä ennen › Jakso alkaa viimeisenä käyttöpäivänä tai sitä ennen ja päättyy viimeisen käyttöpäivän jälkeen', () => {
    expect(löydökset(alkaen('2025-01-01', kaikki({ alku: '2025-12-31', loppu: '2026-05-31' })))).toEqual([])
  })
  it('spec: Opiskeluoikeus joka alkaa viimeisenä käyttöpäivänä tai sitä ennen › Jakso alkaa viimeisen käyttöpäivän jälkeen — one error per list', () => {
    const doc = alkaen('2025-01-01', kaikki({ alku: '2026-01-01', loppu: '2026-05-31' }))
    expect(löydökset(doc)).toEqual([
      [`${LT}.opiskeluvalmiuksiaTukevatOpinnot[0]`, 'Opiskeluvalmiuksia tukevien opintojen aikajakso ei voi alkaa 31.12.2025 jälkeen'],
      [`${LT}.erityinenTuki[0]`, 'Erityisen tuen aikajakso ei voi alkaa 31.12.2025 jälkeen'],
      [`${LT}.vaikeastiVammainen[0]`, 'Vaikeasti vammaisille järjestetyn opetuksen aikajakso ei voi alkaa 31.12.2025 jälkeen'],
      [`${LT}.vammainenJaAvustaja[0]`, 'Vammaisen ja avustajan aikajakso ei voi alkaa 31.12.2025 jälkeen'],
    ])
    expect(ammAvaimet(vosErityinenTuki, doc)).toEqual(['badRequest.validation.ammatillinen.lisätietoRajapäivänJälkeen'])
  })
  it('spec: Opiskeluoikeus alkaa viimeisen käyttöpäivän jälkeen › Jakso alkaa ja päättyy viimeisenä käyttöpäivänä tai sitä ennen — no such lisätieto at all', () => {
    const doc = alkaen('2026-01-01', kaikki({ alku: '2025-12-01', loppu: '2025-12-31' }))
    expect(löydökset(doc)).toEqual([
      [`${LT}.opiskeluvalmiuksiaTukevatOpinnot`, 'Opiskeluvalmiuksia tukevien opintojen lisätieto ei ole käytössä 31.12.2025 jälkeen alkavalle opiskeluoikeudelle'],
      [`${LT}.erityinenTuki`, 'Erityisen tuen lisätieto ei ole käytössä 31.12.2025 jälkeen alkavalle opiskeluoikeudelle'],
      [`${LT}.vaikeastiVammainen`, 'Vaikeasti vammaisille järjestetyn opetuksen lisätieto ei ole käytössä 31.12.2025 jälkeen alkavalle opiskeluoikeudelle'],
      [`${LT}.vammainenJaAvustaja`, 'Vammaisen ja avustajan lisätieto ei ole käytössä 31.12.2025 jälkeen alkavalle opiskeluoikeudelle'],
    ])
  })
  it('spec: Opiskeluoikeus alkaa viimeisen käyttöpäivän jälkeen › Ei VOS-uudistukseen liittyviä jaksoja', () => {
    expect(löydökset(alkaen('2026-01-01', {}))).toEqual([])
  })
  it('spec: …kun validaatio ei ole vielä voimassa › Jakso alkaa viimeisen käyttöpäivän jälkeen', () => {
    expect(löydökset(alkaen('2026-01-01', kaikki({ alku: '2026-02-01', loppu: '2026-05-31' })), EI_VIELÄ)).toEqual([])
  })
})

describe('A-VOS-4 — loma (spec: Loma-tila ja VOS-uudistus 2025)', () => {
  const loma = (...jaksot: Json[]) => ammLöydökset(vosVammainenJaAvustajaJaLoma, jaksoilla(...jaksot))
  it('spec: Loma-tilan voi siirtää, jos se päättyy viimeisenä käyttöpäivänä tai sitä aiemmin, kun validaatio on voimassa', () => {
    expect(loma(ammJakso('2020-01-01', 'lasna'), ammJakso('2024-09-01', 'loma'), ammJakso('2024-12-31', 'lasna'), ammJakso('2025-09-01', 'loma'), ammJakso('2025-10-03', 'lasna'))).toEqual([])
  })
  it('spec: Loma-tilaa ei voi siirtää, jos se jatkuu viimeisen käyttöpäivän jälkeen, kun validaatio on voimassa', () => {
    const doc = jaksoilla(ammJakso('2020-01-01', 'lasna'), ammJakso('2024-09-01', 'loma'), ammJakso('2025-01-01', 'lasna'), ammJakso('2025-09-01', 'loma'), ammJakso('2099-01-02', 'lasna'))
    expect(ammLöydökset(vosVammainenJaAvustajaJaLoma, doc)).toEqual([[`${AP}.tila.opiskeluoikeusjaksot[3]`, 'Opiskeluoikeuden loma-tila ei voi olla voimassa 31.12.2025 jälkeen']])
    expect(ammAvaimet(vosVammainenJaAvustajaJaLoma, doc)).toEqual(['badRequest.validation.ammatillinen.lomaTilaRajapäivänJälkeen'])
  })
  it('spec: Loma-tilan voi siirtää, vaikka se jatkuu viimeisen käyttöpäivän jälkeen, kun validaatio ei ole vielä voimassa', () => {
    const doc = jaksoilla(ammJakso('2020-01-01', 'lasna'), ammJakso('2025-09-01', 'loma'), ammJakso('2099-01-02', 'lasna'))
    expect(ammLöydökset(vosVammainenJaAvustajaJaLoma, doc, EI_VIELÄ)).toEqual([])
  })
  it('spec: Loma-tila ei saa olla viimeisin voimassa oleva tila viimeisen käyttöpäivän jälkeen, kun validaatio on voimassa', () => {
    expect(loma(ammJakso('2020-01-01', 'lasna'), ammJakso('2025-09-01', 'loma'))).toHaveLength(1)
  })
  it('spec: Loma-tilan validaatio toimii vaikka opiskeluoikeudella on vain yksi tila (loma) / (läsnä)', () => {
    expect(loma(ammJakso('2025-09-01', 'loma'))).toHaveLength(1)
    expect(loma(ammJakso('2025-09-01', 'lasna'))).toEqual([])
  })
})

describe('A-VOS-5 — henkilöstökoulutus (spec: VOS-uudistukseen 2025 liittyät henkilöstökoulutus-tiedon validaatiot)', () => {
  it('spec: Henkilöstökoulutus-lisätiedon voi siirtää ennen rajapäivää alkavissa opiskeluoikeuksissa', () => {
    expect(ammLöydökset(vosHenkilöstökoulutus, alkaen('2025-10-19', { henkilöstökoulutus: true }))).toEqual([])
  })
  it('spec: Henkilöstökoulutus-lisätietoa ei voi siirtää rajapäivän jälkeen alkavissa opiskeluoikeuksissa', () => {
    const doc = alkaen('2026-01-01', { henkilöstökoulutus: true })
    expect(ammLöydökset(vosHenkilöstökoulutus, doc)).toEqual([[`${LT}.henkilöstökoulutus`, 'Henkilöstökoulutus-tietoa ei voi lisätä 31.12.2025 jälkeen alkavaan opiskeluoikeuteen']])
    expect(ammAvaimet(vosHenkilöstökoulutus, doc)).toEqual(['badRequest.validation.ammatillinen.henkilöstökoulutusRajapäivänJälkeen'])
  })
  it('spec: Henkilöstökoulutus-lisätiedon voi edelleen siirtää falsena rajapäivän jälkeen alkavissa opiskeluoikeuksissa', () => {
    expect(ammLöydökset(vosHenkilöstökoulutus, alkaen('2026-01-01', { henkilöstökoulutus: false }))).toEqual([])
  })
  it('spec: Kun validaatio ei ole vielä voimassa › Henkilöstökoulutus-lisätiedon voi nyt siirtää rajapäivän jälkeen alkavissa opiskeluoikeuksissa', () => {
    expect(ammLöydökset(vosHenkilöstökoulutus, alkaen('2026-11-22', { henkilöstökoulutus: true }), EI_VIELÄ)).toEqual([])
  })
})
