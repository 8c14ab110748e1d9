/**
 * The `@SensitiveData` metadata of the codecs (src/codecs/erityiset.ts): `strict(…, { sensitive })`, the walk over a
 * type's codec tree, and the table of the coming types' fields.
 */
import { describe, expect, it } from 'vitest'
import { LUOTTAMUKSELLINEN_KAIKKI_TIEDOT, TULEVIEN_TYYPPIEN_ERITYISET_KENTÄT, VAIN_LUOTTAMUKSELLINEN, erityisetKentät } from '../../src/codecs/erityiset'
import { koodi } from '../../src/codecs/common'
import { Str, dispatch, lista, strict } from '../../src/codecs/schema'
import {
  TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot,
  TutkintokoulutukseenValmentavanOpiskeluoikeus,
} from '../../src/tyypit/tuva/codec'
import { TYYPIT } from '../../src/tyypit'

describe('strict(…, { sensitive })', () => {
  it('records the marked fields with their roles, in the order of the fields; none by default', () => {
    const c = strict('C', { a: Str, b: Str }, { c: Str }, { sensitive: { c: VAIN_LUOTTAMUKSELLINEN, a: [LUOTTAMUKSELLINEN_KAIKKI_TIEDOT, 'SUORITUSJAKO_KATSELIJA'] } })
    expect([...c.sensitive]).toEqual([
      ['a', ['LUOTTAMUKSELLINEN_KAIKKI_TIEDOT', 'SUORITUSJAKO_KATSELIJA']],
      ['c', ['LUOTTAMUKSELLINEN_KAIKKI_TIEDOT']],
    ])
    expect(strict('D', { a: Str }, {}).sensitive.size).toBe(0)
  })
  it('sensitiveClass records a @SensitiveData on the class itself; none by default', () => {
    expect(strict('C', { a: Str }, {}, { sensitiveClass: VAIN_LUOTTAMUKSELLINEN }).sensitiveClass).toEqual([LUOTTAMUKSELLINEN_KAIKKI_TIEDOT])
    expect(strict('D', { a: Str }, {}).sensitiveClass).toBeUndefined()
  })
  it('does not change decoding: a sensitive field decodes as any other', () => {
    const c = strict('C', {}, { a: Str }, { sensitive: { a: VAIN_LUOTTAMUKSELLINEN } })
    expect(c.is({ a: 'x' })).toBe(true)
    expect(c.decode({ a: 'x' })).toEqual({ _tag: 'Right', right: { a: 'x' } })
  })
})

describe('erityisetKentät', () => {
  it('walks classes, lists and dispatch members, with paths and the step that leads to the holding object', () => {
    const sisin = strict('Sisin', {}, { s: Str, t: Str }, { sensitive: { s: VAIN_LUOTTAMUKSELLINEN } })
    const jäsen1 = strict('J1', {}, { x: Str, alla: lista(sisin) }, { sensitive: { x: VAIN_LUOTTAMUKSELLINEN } })
    const jäsen2 = strict('J2', {}, { y: Str }, { sensitive: { y: VAIN_LUOTTAMUKSELLINEN } })
    const juuri = strict('Juuri', { osat: lista(dispatch('U', [jäsen1, jäsen2] as const, () => jäsen1)) }, { lisätiedot: sisin })
    expect(erityisetKentät(juuri).map(({ polku, konteksti, luokka }) => [polku, konteksti, luokka])).toEqual([
      ['osat[].x', 'osat[]', 'J1'],
      ['osat[].alla[].s', 'alla[]', 'Sisin'],
      ['osat[].y', 'osat[]', 'J2'],
      ['lisätiedot.s', 'lisätiedot', 'Sisin'],
    ])
  })
  it('lists a class marked as a whole once, as `*` with its tyyppi koodiarvot, and nothing under it', () => {
    const osa = strict('Kokonaan', { tyyppi: koodi('suorituksentyyppi', ['a', 'b']) }, { s: Str }, { sensitive: { s: VAIN_LUOTTAMUKSELLINEN }, sensitiveClass: VAIN_LUOTTAMUKSELLINEN })
    const ilman = strict('IlmanTyyppiä', {}, { s: Str }, { sensitiveClass: VAIN_LUOTTAMUKSELLINEN })
    const juuri = strict('Juuri', { osat: lista(dispatch('U', [osa, ilman] as const, () => osa)) }, {})
    expect(erityisetKentät(juuri).map(({ polku, kenttä, konteksti, luokka, tyypit }) => [polku, kenttä, konteksti, luokka, tyypit])).toEqual([
      ['osat[].*', '*', 'osat[]', 'Kokonaan', ['a', 'b']],
      ['osat[].*', '*', 'osat[]', 'IlmanTyyppiä', []],
    ])
  })
  it('every class a supported type marks as a whole has a tyyppi with koodiarvot (else the redaction could not tell its objects)', () => {
    const kokonaan = TYYPIT.flatMap((d) => erityisetKentät(d.codec)).filter((k) => k.kenttä === '*')
    expect(kokonaan.map((k) => [k.luokka, k.polku, k.tyypit])).toEqual([['PerusopetuksenLisäopetuksenToiminta_AlueenSuoritus', 'suoritukset[].osasuoritukset[].*', ['perusopetuksenlisaopetuksentoimintaalue']]])
  })
  it('a sensitiveWithinTyyppi class’ fields carry the tyyppi of the nearest enclosing class that has one, once per such class', () => {
    const arvio = strict('Arvio', {}, { kuvaus: Str, muu: Str }, { sensitive: { kuvaus: VAIN_LUOTTAMUKSELLINEN }, sensitiveWithinTyyppi: true })
    const a = strict('A', { tyyppi: koodi('suorituksentyyppi', ['a']) }, { arviointi: lista(arvio) })
    const b = strict('B', { tyyppi: koodi('suorituksentyyppi', ['b']) }, { arviointi: lista(arvio) })
    const juuri = strict('Juuri', { osat: lista(dispatch('U', [a, b] as const, () => a)) }, { arviointi: lista(arvio) })
    expect(erityisetKentät(juuri).map(({ polku, konteksti, rajaus }) => [polku, konteksti, rajaus])).toEqual([
      ['osat[].arviointi[].kuvaus', 'arviointi[]', ['a']],
      ['osat[].arviointi[].kuvaus', 'arviointi[]', ['b']],
      ['arviointi[].kuvaus', 'arviointi[]', []],
    ])
  })
  it('lisäopetus: the sanallinen arviointi’s kuvaus within the oppiaine and muu suoritus (the toiminta-alue is removed whole)', () => {
    const lisä = TYYPIT.find((d) => d.tyyppi === 'perusopetuksenlisaopetus')!
    expect(erityisetKentät(lisä.codec).filter((k) => k.rajaus !== undefined).map((k) => [k.luokka, k.polku, k.rajaus])).toEqual([
      ['SanallinenPerusopetuksenOppiaineenArviointi', 'suoritukset[].osasuoritukset[].arviointi[].kuvaus', ['perusopetuksenlisaopetuksenoppiaine']],
      ['SanallinenPerusopetuksenOppiaineenArviointi', 'suoritukset[].osasuoritukset[].arviointi[].kuvaus', ['muuperusopetuksenlisaopetuksensuoritus']],
    ])
  })
  it('terminates on a recursive tree, finding the field at each step that leads to it', () => {
    const props: Record<string, unknown> = { s: Str }
    const osa = strict('Osa', {}, props as { s: typeof Str }, { sensitive: { s: VAIN_LUOTTAMUKSELLINEN } })
    // make the class contain a list of itself, as a recursive osasuoritus does
    ;(osa.optional as Record<string, unknown>).osasuoritukset = lista(osa)
    ;(osa.fields as string[]).push('osasuoritukset')
    expect(erityisetKentät(osa).map((k) => k.polku)).toEqual(['s', 'osasuoritukset[].s'])
  })
  it('finds TUVA’s marked lisätiedot through the study right’s codec, per lupa class', () => {
    const kentät = erityisetKentät(TutkintokoulutukseenValmentavanOpiskeluoikeus)
    expect(new Set(kentät.map((k) => k.konteksti))).toEqual(new Set(['lisätiedot']))
    expect(kentät.filter((k) => k.luokka === TutkintokoulutukseenValmentavanOpiskeluoikeudenAmmatillisenLuvanLisätiedot.name).map((k) => k.kenttä)).toEqual([
      'sisäoppilaitosmainenMajoitus',
      'vaativanErityisenTuenYhteydessäJärjestettäväMajoitus',
      'erityinenTuki',
      'vaativanErityisenTuenErityinenTehtävä',
      'vaikeastiVammainen',
      'vammainenJaAvustaja',
      'vankilaopetuksessa',
    ])
    expect(kentät.every((k) => k.roolit.length === 1 && k.roolit[0] === LUOTTAMUKSELLINEN_KAIKKI_TIEDOT)).toBe(true)
    expect(kentät.map((k) => k.kenttä)).not.toContain('majoitusetu')
    expect(erityisetKentät(TutkintokoulutukseenValmentavanOpiskeluoikeudenLisätiedot)).toHaveLength(kentät.length)
  })
  it('every supported type’s codec marks some field (a type without any would be suspicious: KOSKI marks fields in each)', () => {
    for (const d of TYYPIT) expect(erityisetKentät(d.codec).length, d.tyyppi).toBeGreaterThan(0)
  })
})

describe('TULEVIEN_TYYPPIEN_ERITYISET_KENTÄT', () => {
  it('has the catalogue’s fields (§1.5): VST, MUKS and ammatillinen are supported: their codecs carry the marks', () => {
    const of = (luokka: string): string[] => TULEVIEN_TYYPPIEN_ERITYISET_KENTÄT.filter((k) => k.luokka === luokka).map((k) => k.kenttä)
    expect(of('VapaanSivistystyönOpiskeluoikeudenLisätiedot')).toEqual([])
    const vst = TYYPIT.find((d) => d.tyyppi === 'vapaansivistystyonkoulutus')!
    expect(erityisetKentät(vst.codec).map((k) => `${k.luokka}.${k.polku}`)).toEqual(['VapaanSivistystyönOpiskeluoikeudenLisätiedot.lisätiedot.jotpaAsianumero'])
    // MUKS is supported: its codec carries the mark (§1.4), not this list
    expect(of('MuunKuinSäännellynKoulutuksenLisätiedot')).toEqual([])
    const muks = TYYPIT.find((d) => d.tyyppi === 'muukuinsaanneltykoulutus')!
    expect(erityisetKentät(muks.codec).map((k) => [k.polku, k.roolit])).toEqual([['lisätiedot.jotpaAsianumero', [LUOTTAMUKSELLINEN_KAIKKI_TIEDOT]]])
    // ammatillinen is supported: its codec carries the marks (test/ammatillinen/codec-erityiset.test.ts)
    expect(of('AmmatillisenOpiskeluoikeudenLisätiedot')).toEqual([])
  })
  it('lisäopetus: the toiminta-alue suoritus (sensitiveClass) and the sanallinen arviointi’s kuvaus (sensitiveWithinTyyppi) are marked on the codecs: the list is empty', () => {
    expect(TULEVIEN_TYYPPIEN_ERITYISET_KENTÄT).toEqual([])
  })
  it('each row cites a file and line, and no field is listed twice for a class', () => {
    const keys = new Set<string>()
    for (const k of TULEVIEN_TYYPPIEN_ERITYISET_KENTÄT) {
      expect(k.lähde).toMatch(/^[A-Za-zÄÖäö]+\.scala:\d+$/)
      expect(k.roolit).toContain(LUOTTAMUKSELLINEN_KAIKKI_TIEDOT)
      const key = `${k.luokka}.${k.kenttä}`
      expect(keys.has(key), key).toBe(false)
      keys.add(key)
    }
  })
})
