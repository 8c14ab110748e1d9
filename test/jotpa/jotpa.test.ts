/**
 * J-RAH-1, J-RAH-2, J-ALK-1, J-ASIA-1, J-ASIA-2 (src/rules/jotpa): written once, configured per type. KOSKI's cases
 * are misc/JotpaValidationSpec (unit tests of JotpaValidation on an ammatillinen study right); here the same cases on a
 * VST JOTPA study right (KOSKI's example) and on TUVA, a type whose jaksot may not carry JOTPA rahoitus.
 */
import { describe, expect, it } from 'vitest'
import { jotpaSäännöt } from '../../src/rules/jotpa'
import type { OpiskeluoikeusLike } from '../../src/rules/shapes'
import type { Rule } from '../../src/rules/types'
import { tuvaSäännöt } from '../../src'
import { koskiExample, oo, ruleContext, run, TODAY, tuva, type Json } from '../support'

type Vst = OpiskeluoikeusLike & { readonly lisätiedot?: { readonly jotpaAsianumero?: { readonly koodiarvo: string; readonly koodistoUri: string } } }

/** The configuration of VST (and MUKS, ammatillinen): JOTPA rahoitus allowed, asianumero in the lisätiedot. */
const vstJotpa = jotpaSäännöt<Vst>({ jotpaRahoitusSallittu: true, asianumero: (o) => o.lisätiedot?.jotpaAsianumero })
const tuvanJotpa = tuvaSäännöt.filter((r) => r.id.startsWith('J-')) as readonly Rule<unknown>[] as readonly Rule<OpiskeluoikeusLike>[]

const asianumero = { koodiarvo: '01/5848/2023', koodistoUri: 'jotpaasianumero' }
const rahoitus = (koodiarvo: string): Json => ({ koodiarvo, koodistoUri: 'opintojenrahoitus' })
const tila = (koodiarvo: string): Json => ({ koodiarvo, koodistoUri: 'koskiopiskeluoikeudentila' })

/** KOSKI's VST JOTPA example (lasna from 2023-01-01 with rahoitus 14, asianumero 01/5848/2023), changed by `muuta`. */
const jotpa = (muuta: (o: Json) => void = () => {}): Json => {
  const o = oo(koskiExample('Jatkuvaanoppimiseensuunnattuvapaansivistystyonkoulutus_2024-05-24.json'))
  muuta(o)
  return o
}

/** JotpaValidationSpec's getOpiskeluoikeus: one jakso a year from 2012-09-01 per rahoitus, the last hyvaksytystisuoritettu. */
const jaksoin = (rahoitukset: readonly string[], alku = 2012) => (o: Json) => {
  o.tila.opiskeluoikeusjaksot = rahoitukset.map((r, i) => ({
    alku: `${alku + i}-09-01`,
    tila: tila(i === rahoitukset.length - 1 ? 'hyvaksytystisuoritettu' : 'lasna'),
    opintojenRahoitus: rahoitus(r),
  }))
}

const check = (rules: readonly Rule<Vst>[], o: Json, today = TODAY, lähde = true) => {
  if (!lähde) delete o.lähdejärjestelmänId
  else o.lähdejärjestelmänId ??= { id: '12345', lähdejärjestelmä: { koodiarvo: 'primus', koodistoUri: 'lahdejarjestelma' } }
  return rules.flatMap((r) => r.check(o, ruleContext({ today }))).map((f) => `${f.rule} ${f.key} ${f.path}`)
}

const P = 'opiskeluoikeudet[0]'

describe('the JOTPA rules on VST JOTPA (jotpaRahoitusSallittu, asianumero in lisätiedot)', () => {
  it("KOSKI's VST JOTPA example: no finding", () => {
    expect(check(vstJotpa, jotpa())).toEqual([])
  })

  describe('JotpaValidationSpec › JOTPA-rahoituksen yhtenäisyys (J-RAH-2)', () => {
    it('Hyväksyy erilaisia ei-jotpa-rahoitusmuotoja sekaisin (J-RAH-2 passes; no asianumero: J-ASIA-2 passes)', () => {
      expect(check(vstJotpa, jotpa((o) => (jaksoin(['1', '6'])(o), delete o.lisätiedot)))).toEqual([])
    })
    it('Hyväksyy pelkän jatkuvan oppimisen rahoituksen', () => {
      expect(check(vstJotpa, jotpa(jaksoin(['14', '14'], 2023)))).toEqual([])
    })
    it('Hyväksyy pelkän jatkuvan oppimisen uudistuksen rahoituksen', () => {
      expect(check(vstJotpa, jotpa(jaksoin(['15', '15'], 2023)))).toEqual([])
    })
    it('Ei hyväksy jotpa- ja ei-jotpa-rahoitusta sekaisin (J-RAH-2 fails, at the first jakso that differs)', () => {
      expect(check(vstJotpa, jotpa(jaksoin(['1', '14'], 2023)))).toEqual([`J-RAH-2 badRequest.validation.tila.tilanRahoitusmuodonYhtenäisyys ${P}.tila.opiskeluoikeusjaksot[1].opintojenRahoitus`])
    })
    it('Ei hyväksy jotpa-rahoitusmuotoja sekaisin', () => {
      expect(check(vstJotpa, jotpa(jaksoin(['15', '14'], 2023)))).toEqual([`J-RAH-2 badRequest.validation.tila.tilanRahoitusmuodonYhtenäisyys ${P}.tila.opiskeluoikeusjaksot[1].opintojenRahoitus`])
    })
    it('jaksot without rahoitus are left out of the set (keskeytynyt after 14 passes)', () => {
      const o = jotpa((x) => x.tila.opiskeluoikeusjaksot.push({ alku: '2023-05-01', tila: tila('keskeytynyt') }))
      expect(check(vstJotpa, o)).toEqual([])
    })
  })

  describe('JotpaValidationSpec › JOTPA-rahoituksen alkamispäivä (J-ALK-1)', () => {
    it('a jakso with rahoitus 14 starting 2021-12-31 fails with the 1.1.2022 text (KOSKI: the configured day)', () => {
      const o = jotpa((x) => (x.tila.opiskeluoikeusjaksot[0].alku = '2021-12-31'))
      expect(check(vstJotpa, o)).toEqual([`J-ALK-1 badRequest.validation.date.alkamispäivä ${P}.tila.opiskeluoikeusjaksot[0].alku`])
      const [f] = vstJotpa[2]!.check(o, ruleContext())
      expect(f!.message.fi).toBe('Jatkuvaan oppimiseen suunnatun koulutuksen opiskeluoikeuden jakso ei voi alkaa ennen 1.1.2022')
      expect(f!.message.en).toContain('2022-01-01')
    })
    it('2022-01-01 passes; a jakso without JOTPA rahoitus before it passes', () => {
      expect(check(vstJotpa, jotpa((x) => (x.tila.opiskeluoikeusjaksot[0].alku = '2022-01-01')))).toEqual([])
      expect(check(vstJotpa, jotpa((x) => (jaksoin(['1', '6'], 2012)(x), delete x.lisätiedot)))).toEqual([])
    })
  })

  describe('JotpaValidationSpec › JOTPA asianumero (J-ASIA-1, J-ASIA-2)', () => {
    const ilman = jotpa((o) => delete o.lisätiedot)
    it('Lähdejärjestelmästä tuleva JOTPA-rahoitteinen opiskeluoikeus vaatii JOTPA asianumeron kun validaatio on voimassa', () => {
      expect(check(vstJotpa, structuredClone(ilman), '2024-01-01')).toEqual([`J-ASIA-1 badRequest.validation.tila.vaatiiJotpaAsianumeron ${P}.lisätiedot.jotpaAsianumero`])
    })
    it('Lähdejärjestelmästä tuleva JOTPA-rahoitteinen opiskeluoikeus ei vaadi JOTPA asianumeroa ennen kuin validaatio on voimassa', () => {
      expect(check(vstJotpa, structuredClone(ilman), '2023-12-31')).toEqual([])
    })
    it('Käyttöliittymästä tuleva JOTPA-rahoitteinen opiskeluoikeus vaatii JOTPA asianumeron kun validaatio on voimassa', () => {
      expect(check(vstJotpa, structuredClone(ilman), '2024-01-01', false)).toEqual([`J-ASIA-1 badRequest.validation.tila.vaatiiJotpaAsianumeron ${P}.lisätiedot.jotpaAsianumero`])
    })
    it('Käyttöliittymästä tuleva JOTPA-rahoitteinen opiskeluoikeus vaatii JOTPA asianumeron ennen kuin validaatio on voimassa', () => {
      expect(check(vstJotpa, structuredClone(ilman), '2023-12-31', false)).toEqual([`J-ASIA-1 badRequest.validation.tila.vaatiiJotpaAsianumeron ${P}.lisätiedot.jotpaAsianumero`])
    })
    it('Ei-JOTPA-rahoitteinen opiskeluoikeus ei saa sisältää JOTPA asianumeroa', () => {
      expect(check(vstJotpa, jotpa(jaksoin(['1'])), '2024-01-01')).toEqual([`J-ASIA-2 badRequest.validation.tila.jotpaAsianumeroAnnettuVaikkeiJotpaRahoitteinen ${P}.lisätiedot.jotpaAsianumero`])
    })
    it('Ei-JOTPA-rahoitteinen opiskeluoikeus ei saa sisältää JOTPA asianumeroa, myös kun validaatio ei ole voimassa', () => {
      expect(check(vstJotpa, jotpa(jaksoin(['1'])), '2023-12-31')).toEqual([`J-ASIA-2 badRequest.validation.tila.jotpaAsianumeroAnnettuVaikkeiJotpaRahoitteinen ${P}.lisätiedot.jotpaAsianumero`])
    })
    it('a study right whose jaksot carry no rahoitus at all (only keskeytynyt) is not JOTPA-funded: J-ASIA-2 (catalogue §4.15)', () => {
      const o = jotpa((x) => (x.tila.opiskeluoikeusjaksot = [{ alku: '2023-01-01', tila: tila('keskeytynyt') }]))
      expect(check(vstJotpa, o)).toEqual([`J-ASIA-2 badRequest.validation.tila.jotpaAsianumeroAnnettuVaikkeiJotpaRahoitteinen ${P}.lisätiedot.jotpaAsianumero`])
    })
  })

  it('J-RAH-1 passes on a type whose jaksot may carry JOTPA rahoitus', () => {
    expect(check([vstJotpa[0]!], jotpa())).toEqual([])
  })
})

describe('the JOTPA rules on TUVA (every type: jotpaRahoitusSallittu false, no asianumero field)', () => {
  it('TUVA lists the five J-* rules, after its own and before free education', () => {
    expect(tuvanJotpa.map((r) => r.id)).toEqual(['J-RAH-1', 'J-RAH-2', 'J-ALK-1', 'J-ASIA-1', 'J-ASIA-2'])
  })
  it('J-RAH-1: a TUVA jakso with rahoitus 14 or 15 is rejected, one error per jakso (rule run on the study right)', () => {
    const doc = tuva((o) => {
      o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus = rahoitus('14')
      o.tila.opiskeluoikeusjaksot[1].opintojenRahoitus = rahoitus('15')
    })
    const found = tuvanJotpa.flatMap((r) => r.check(oo(doc), ruleContext())).map((f) => `${f.rule} ${f.path}`)
    expect(found).toContain(`J-RAH-1 ${P}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus`)
    expect(found).toContain(`J-RAH-1 ${P}.tila.opiskeluoikeusjaksot[1].opintojenRahoitus`)
    const [f] = tuvanJotpa[0]!.check(oo(doc), ruleContext())
    expect(f!.message.fi).toBe('Tälle opiskeluoikeudelle ei ole mahdollista valita Jatkuvan oppimisen ja työllisyyden palvelukeskuksen rahoitusmuotoa')
  })
  it('through validate, TUVA\'s codec rejects 14 first (S-6: TUVA allows 1, 6, 10), as KOSKI\'s schema does; J-* never run then', () => {
    const report = run(tuva((o) => (o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus = rahoitus('14'))))
    expect(report.findings.map((f) => f.rule)).toEqual(['S-6'])
  })
  it('the valid TUVA example: no J-* finding; J-ASIA-1/2 cannot fire without the field', () => {
    expect(run(tuva()).findings).toEqual([])
    expect(tuvanJotpa.flatMap((r) => r.check(oo(tuva()), ruleContext()))).toEqual([])
  })
})
