/**
 * A-KOR-1 — the korotus checks a document shows (OppijaValidationAmmatillisenTutkinnonOsittainenSuoritusSpec ›
 * "Korotettuna suorituksena"); the comparison with the original study right is KOSKI's (docs/coverage.md).
 */
import { describe, expect, it } from 'vitest'
import { korotus } from '../../../src/tyypit/ammatillinen/saannot/korotus'
import { AP, AS, amm, ammAvaimet, ammJakso, ammKoodi, ammLöydökset, osaAlue, osittaiseksi, tutkinnonOsa, yhteinenTutkinnonOsa, type Json } from '../../support'

const KOROTETTU = ammKoodi('korotettu', 'ammatillisensuorituksenkorotus')
const YRITYS = ammKoodi('korotuksenyritys', 'ammatillisensuorituksenkorotus')
const TUNNUSTETTU = { selite: { fi: 'Tunnustettu' } }

const korotettuOsa = (korotettu: Json = KOROTETTU) => ({ ...tutkinnonOsa('100432'), korotettu })
const korotettuYto = () => yhteinenTutkinnonOsa([{ ...osaAlue('MA'), korotettu: KOROTETTU }, { ...osaAlue('FK'), tunnustettu: TUNNUSTETTU }], { koodiarvo: '101054' })

/** makeOpiskeluoikeus(korotettuSuoritus, alkamispäivä): an osittainen korotus, lasna from `alku` (or with these jaksot). */
const korotuksena = (osat: Json[], options: { readonly alku?: string; readonly jaksot?: Json[]; readonly keskiarvo?: number; readonly oid?: boolean } = {}) =>
  amm((o, s) => {
    o.tila.opiskeluoikeusjaksot = options.jaksot ?? [ammJakso(options.alku ?? '2023-07-01', 'lasna')]
    osittaiseksi(s, osat)
    delete s.vahvistus
    if (options.oid !== false) s.korotettuOpiskeluoikeusOid = '1.2.246.562.15.12345678901'
    if (options.keskiarvo !== undefined) s.korotettuKeskiarvo = options.keskiarvo
  })
const valmistunut = [ammJakso('2023-07-01', 'lasna'), ammJakso('2024-05-31', 'valmistunut')]
const eronnut = [ammJakso('2023-07-01', 'lasna'), ammJakso('2024-05-31', 'katsotaaneronneeksi', null)]

describe('A-KOR-1 — korotus (spec: Korotettuna suorituksena › Keskeneräinen korotus)', () => {
  it('spec: Korotuksen tiedot voi lisätä uudelle osittaiselle suoritukselle', () => {
    expect(ammLöydökset(korotus, korotuksena([korotettuOsa(), korotettuYto()], { keskiarvo: 4.5 }))).toEqual([])
  })
  it('spec: Korotuksen opiskeluoikeus ei voi alkaa aiemmin kuin 1.7.2023', () => {
    const doc = korotuksena([korotettuOsa()], { alku: '2023-06-30' })
    expect(ammLöydökset(korotus, doc)).toEqual([[`${AP}.tila.opiskeluoikeusjaksot[0].alku`, 'Ammatillisen korotuksen suorituksen opiskeluoikeus voi alkaa aikaisintaan 1.7.2023']])
    expect(ammAvaimet(korotus, doc)).toEqual(['badRequest.validation.date.alkamispäivä'])
  })
  it('spec: Korotettua keskiarvoa ei voi siirtää jos korotettua suoritusta ei ole linkitetty alkuperäiseen opiskeluoikeuteen', () => {
    const doc = korotuksena([tutkinnonOsa('100432')], { keskiarvo: 4.5, oid: false })
    expect(ammLöydökset(korotus, doc)).toEqual([[`${AS}.korotettuKeskiarvo`, 'Korotettua keskiarvoa ei voi syöttää suoritukselle joka ei ole korotus']])
    expect(ammAvaimet(korotus, doc)).toEqual(['badRequest.validation.ammatillinen.korotettuKeskiarvo'])
  })
  it('spec: Korotettu-tietoja ei voi siirtää jos korotettua suoritusta ei ole linkitetty alkuperäiseen opiskeluoikeuteen', () => {
    const doc = korotuksena([korotettuYto()], { oid: false })
    expect(ammLöydökset(korotus, doc)).toEqual([[`${AS}.osasuoritukset[0].osasuoritukset[0].korotettu`, 'Korotettu-tietoja ei voi siirtää jos kyseessä ei ole korotuksen suoritus']])
    expect(ammAvaimet(korotus, doc)).toEqual(['badRequest.validation.ammatillinen.eiKorotuksenSuoritus'])
  })
  it('spec: Korotuksen suoritukselle ei voi siirtää osasuorituksia joita ei ole korotettu tai tunnustettu', () => {
    const doc = korotuksena([korotettuOsa(), tutkinnonOsa('100431')])
    expect(ammLöydökset(korotus, doc)).toEqual([[`${AS}.osasuoritukset`, 'Kaikkien korotuksen suorituksen osasuoritusten tulee olla korotuksen yrityksiä tai tunnustettuja']])
    expect(ammAvaimet(korotus, doc)).toEqual(['badRequest.validation.ammatillinen.korotettuOsasuoritus'])
  })
  it('spec: Keskeneräisellä korotuksen opiskeluoikeudella ei tarvitse olla osasuorituksia', () => {
    expect(ammLöydökset(korotus, korotuksena([]))).toEqual([])
  })
  it('spec: Korotuksen suoritukselle ei voi siirtää tunnustettuja muun tutkinnon osan tai yhteisen tutkinnon osan suorituksia', () => {
    const doc = korotuksena([{ ...korotettuOsa(), tunnustettu: TUNNUSTETTU }])
    expect(ammLöydökset(korotus, doc)).toEqual([[`${AS}.osasuoritukset[0].tunnustettu`, 'Muun tutkinnon osan tai yhteisen tutkinnon osan suoritus ei voi olla tunnustettu korotuksen opiskeluoikeudella']])
  })
})

describe('A-KOR-1 — korotus (spec: Valmistunut korotus, Katsotaan eronneeksi korotus)', () => {
  it('spec: Valmistuneen korotuksen suorituksen voi siirtää', () => {
    expect(ammLöydökset(korotus, korotuksena([korotettuOsa()], { jaksot: valmistunut, keskiarvo: 4.5 }))).toEqual([])
  })
  it('spec: Jos korotuksen opiskeluoikeus on valmistunut, korotettu keskiarvo täytyy olla olemassa kun on onnistuneita korotuksia', () => {
    expect(ammLöydökset(korotus, korotuksena([korotettuOsa()], { jaksot: valmistunut }))).toEqual([
      [`${AS}.korotettuKeskiarvo`, 'Valmistuneella korotuksen suorituksella on oltava korotettu keskiarvo, kun sillä on onnistuneita korotuksia'],
    ])
  })
  it('spec: Korotettua keskiarvoa ei voi siirtää valmistuneelle opiskeluoikeudelle jos kaikki korotukset ovat jääneet yrityksiksi', () => {
    expect(ammLöydökset(korotus, korotuksena([korotettuOsa(YRITYS)], { jaksot: valmistunut, keskiarvo: 4.5 }))).toEqual([
      [`${AS}.korotettuKeskiarvo`, 'Korotettua keskiarvoa ei voi siirtää jos kaikki korotuksen yritykset epäonnistuivat'],
    ])
  })
  it('spec: Valmistuneen korotuksen opiskeluoikeuden voi siirtää, jos kaikki korotukset ovat jääneet yrityksiksi, eikä korotettua keskiarvoa ole annettu', () => {
    expect(ammLöydökset(korotus, korotuksena([korotettuOsa(YRITYS)], { jaksot: valmistunut }))).toEqual([])
  })
  it('spec: Valmistuneella korotuksen opiskeluoikeudella tarvitsee olla osasuorituksia', () => {
    expect(ammLöydökset(korotus, korotuksena([], { jaksot: valmistunut })).map(([, fi]) => fi)).toContain('Kaikkien korotuksen suorituksen osasuoritusten tulee olla korotuksen yrityksiä tai tunnustettuja')
  })
  it('spec: Katsotaan eronneeksi -tilaisen voi tallentaa ilman osasuorituksia', () => {
    expect(ammLöydökset(korotus, korotuksena([], { jaksot: eronnut }))).toEqual([])
  })
  it('spec: Katsotaan eronneeksi -tilaiselle ei voi tallentaa korotettua keskiarvoa / korotukselle ei voi siirtää osasuorituksia', () => {
    expect(ammLöydökset(korotus, korotuksena([], { jaksot: eronnut, keskiarvo: 4.5 }))).toEqual([
      [`${AS}.korotettuKeskiarvo`, 'Jos korotuksen opiskeluoikeus on katsotaan eronneeksi -tilassa, ei suoritukselle voi siirtää korotettua keskiarvoa'],
    ])
    expect(ammLöydökset(korotus, korotuksena([korotettuOsa()], { jaksot: eronnut }))).toEqual([
      [`${AS}.osasuoritukset`, 'Jos korotuksen suoritus on katsotaan eronneeksi -tilassa, ei suoritukselle voi siirtää osasuorituksia'],
    ])
  })
  it('a koko tutkinto is never a korotus', () => {
    expect(ammLöydökset(korotus, amm())).toEqual([])
  })
})
