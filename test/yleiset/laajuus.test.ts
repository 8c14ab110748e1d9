/** G-LAAJ-1 (same unit as the parent), G-LAAJ-2 (sum of osasuoritukset, with TUVA's variant) and G-DUP-1 (duplicate osasuoritus). */
import { describe, expect, it } from 'vitest'
import { duplikaattiOsasuoritus, laajuuksienSumma, laajuusyksikkö } from '../../src/rules/yleiset'
import { tuvaHyväksytty } from '../../src'
import type { OpiskeluoikeusLike, SuoritusLike, Tunniste } from '../../src/rules/shapes'
import { arviointi, kurssi, ruleContext, valinnainen, byRule, oo, run, validTuvaOppija } from '../support'

const P = 'opiskeluoikeudet[0]'
const S = `${P}.suoritukset[0]`
const k = (koodistoUri: string, koodiarvo: string) => ({ koodistoUri, koodiarvo })
const laajuus = (arvo: number, yksikkö = '2') => ({ arvo, yksikkö: k('opintojenlaajuusyksikko', yksikkö) })
const arvio = (arvosana = 'Hyväksytty', päivä = '2023-05-01') => ({ arvosana: k('arviointiasteikkotuva', arvosana), päivä })

const suoritus = (tunniste: Tunniste, fields: Partial<SuoritusLike> = {}, l?: ReturnType<typeof laajuus>): SuoritusLike => ({
  tyyppi: k('suorituksentyyppi', 'x'),
  koulutusmoduuli: { tunniste, ...(l === undefined ? {} : { laajuus: l }) },
  ...fields,
})
const opiskeluoikeus = (...suoritukset: SuoritusLike[]): OpiskeluoikeusLike => ({
  tyyppi: k('opiskeluoikeudentyyppi', 'x'),
  tila: { opiskeluoikeusjaksot: [{ alku: '2023-01-01', tila: k('koskiopiskeluoikeudentila', 'lasna') }] },
  suoritukset,
})
const paikallinen = (koodiarvo: string, nimi: string): Tunniste => ({ koodiarvo, nimi: { fi: nimi } })

describe('G-LAAJ-1 — an osasuoritus uses the unit of its parent (rule function)', () => {
  it('a different unit → osasuorituksellaEriLaajuusyksikkö at the osasuoritus’ yksikkö', () => {
    const o = opiskeluoikeus(
      suoritus(k('koulutus', '999951'), { osasuoritukset: [suoritus(paikallinen('OS1', 'Osa 1'), {}, laajuus(2, '2')), suoritus(paikallinen('OS2', 'Osa 2'), {}, laajuus(10, '5'))] }, laajuus(12, '2')),
    )
    expect(laajuusyksikkö.check(o, ruleContext()).map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([
      ['G-LAAJ-1', 'badRequest.validation.laajuudet.osasuorituksellaEriLaajuusyksikkö', `${S}.osasuoritukset[1].koulutusmoduuli.laajuus.yksikkö`, 'Osasuorituksella OS2 (Osa 2) eri laajuuden yksikkö kuin suorituksella koulutus/999951'],
    ])
  })

  it('deeper levels are compared with their own parent', () => {
    const o = opiskeluoikeus(
      suoritus(k('koulutus', '999951'), { osasuoritukset: [suoritus(paikallinen('OS1', 'Osa 1'), { osasuoritukset: [suoritus(paikallinen('OS1.1', 'Ali'), {}, laajuus(1, '8'))] }, laajuus(2, '5'))] }),
    )
    expect(laajuusyksikkö.check(o, ruleContext()).map((f) => f.path)).toEqual([`${S}.osasuoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö`])
  })

  it('the same unit, or a missing laajuus on either side, passes; the TUVA example passes', () => {
    const o = opiskeluoikeus(suoritus(k('koulutus', '999951'), { osasuoritukset: [suoritus(paikallinen('OS1', 'a'), {}, laajuus(2)), suoritus(paikallinen('OS2', 'b'))] }, laajuus(2)))
    expect(laajuusyksikkö.check(o, ruleContext())).toEqual([])
    expect(byRule(run(validTuvaOppija()), 'G-LAAJ-1')).toEqual([])
  })
})

describe('G-LAAJ-2 — the sum of the osasuoritukset equals the laajuus of a completed suoritus', () => {
  const KEY = 'badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma'

  it('"suoritusten laajuus validoidaan jos osasuorituksia": 104 laajuus 1 with two accepted 1-week kurssit', () => {
    const doc = validTuvaOppija()
    const s = oo(doc).suoritukset[0]
    s.osasuoritukset = [
      valinnainen(1, [kurssi('KURSSI1', 1, [arviointi('Hyväksytty', '2021-12-01')], 'Kurssi 1'), kurssi('KURSSI2', 1, [arviointi('Hyväksytty', '2021-12-01')], 'Kurssi 2')], [arviointi('Hyväksytty', '2021-12-01')]),
    ]
    s.koulutusmoduuli.laajuus.arvo = 1
    expect(byRule(run(doc), 'G-LAAJ-2')).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: KEY,
        path: `${S}.osasuoritukset[0].koulutusmoduuli.laajuus`,
        message: expect.objectContaining({ fi: 'Suorituksen koulutuksenosattuva/104 osasuoritusten laajuuksien summa 2.0 ei vastaa suorituksen laajuutta 1.0' }),
      }),
    ])
  })

  it('the sum is printed as KOSKI adds it, as decimals: 0.6 + 0.7 + 0.7 is 2.0 (not 1.9999999999999998)', () => {
    const doc = validTuvaOppija()
    const s = oo(doc).suoritukset[0]
    const kurssit = [0.6, 0.7, 0.7].map((viikot, i) => kurssi(`K${i}`, viikot, [arviointi('Hyväksytty', '2021-12-01')], `Kurssi ${i}`))
    s.osasuoritukset = [valinnainen(3, kurssit, [arviointi('Hyväksytty', '2021-12-01')])]
    expect(byRule(run(doc), 'G-LAAJ-2').map((f) => f.message.fi)).toEqual(['Suorituksen koulutuksenosattuva/104 osasuoritusten laajuuksien summa 2.0 ei vastaa suorituksen laajuutta 3.0'])
    s.osasuoritukset = [valinnainen(2, kurssit, [arviointi('Hyväksytty', '2021-12-01')])]
    expect(byRule(run(doc), 'G-LAAJ-2')).toEqual([])
  })

  it('TUVA: only accepted kurssit count (a Hylätty one, even after an earlier Hyväksytty, does not)', () => {
    const doc = validTuvaOppija()
    const v = oo(doc).suoritukset[0].osasuoritukset[6]
    v.osasuoritukset[1].arviointi = [arviointi('Hyväksytty', '2021-11-01'), arviointi('Hylätty', '2021-12-01')] // 3 weeks, finally hylätty
    v.koulutusmoduuli.laajuus.arvo = 2
    expect(byRule(run(doc), 'G-LAAJ-2')).toEqual([])
    v.koulutusmoduuli.laajuus.arvo = 5
    expect(byRule(run(doc), 'G-LAAJ-2').map((f) => f.message.fi)).toEqual(['Suorituksen koulutuksenosattuva/104 osasuoritusten laajuuksien summa 2.0 ei vastaa suorituksen laajuutta 5.0'])
  })

  it('TUVA: an earlier Hylätty then Hyväksytty counts', () => {
    const doc = validTuvaOppija()
    const v = oo(doc).suoritukset[0].osasuoritukset[6]
    v.osasuoritukset[1].arviointi = [arviointi('Hylätty', '2021-11-01'), arviointi('Hyväksytty', '2021-12-01')]
    expect(byRule(run(doc), 'G-LAAJ-2')).toEqual([])
  })

  it('TUVA: no accepted kurssi with a laajuus → no check', () => {
    const doc = validTuvaOppija()
    const v = oo(doc).suoritukset[0].osasuoritukset[6]
    v.osasuoritukset[0].arviointi[0].arvosana.koodiarvo = 'Hylätty'
    delete v.osasuoritukset[1].koulutusmoduuli.laajuus
    v.koulutusmoduuli.laajuus.arvo = 9
    expect(byRule(run(doc), 'G-LAAJ-2')).toEqual([])
  })

  it('TUVA: an unassessed 104 is not checked (ongoing study right)', () => {
    const doc = validTuvaOppija()
    oo(doc).tila.opiskeluoikeusjaksot.pop()
    delete oo(doc).suoritukset[0].vahvistus
    const v = oo(doc).suoritukset[0].osasuoritukset[6]
    delete v.arviointi
    v.koulutusmoduuli.laajuus.arvo = 9
    expect(byRule(run(doc), 'G-LAAJ-2')).toEqual([])
  })

  it('TUVA: the päätaso laajuus is recomputed by KOSKI, never compared', () => {
    const doc = validTuvaOppija()
    oo(doc).suoritukset[0].koulutusmoduuli.laajuus.arvo = 99
    expect(byRule(run(doc), 'G-LAAJ-2')).toEqual([])
  })

  it('generic: every child with a laajuus counts; the päätaso is compared when vahvistettu (rule function)', () => {
    const osat = [suoritus(paikallinen('OS1', 'a'), { arviointi: [arvio()] }, laajuus(1.5)), suoritus(paikallinen('OS2', 'b'), { arviointi: [arvio('Hylätty')] }, laajuus(1)), suoritus(paikallinen('OS3', 'c'))]
    const vahvistettu = opiskeluoikeus(suoritus(k('koulutus', '999951'), { vahvistus: { päivä: '2023-06-01' }, osasuoritukset: osat }, laajuus(3)))
    expect(laajuuksienSumma().check(vahvistettu, ruleContext()).map((f) => [f.path, f.message.fi])).toEqual([
      [`${S}.koulutusmoduuli.laajuus`, 'Suorituksen koulutus/999951 osasuoritusten laajuuksien summa 2.5 ei vastaa suorituksen laajuutta 3.0'],
    ])
    const kesken = opiskeluoikeus(suoritus(k('koulutus', '999951'), { osasuoritukset: osat }, laajuus(3)))
    expect(laajuuksienSumma().check(kesken, ruleContext())).toEqual([])
    expect(laajuuksienSumma({ vainHyväksytyt: tuvaHyväksytty }).check(vahvistettu, ruleContext()).map((f) => f.message.fi)).toEqual([
      'Suorituksen koulutus/999951 osasuoritusten laajuuksien summa 1.5 ei vastaa suorituksen laajuutta 3.0',
    ])
  })

  it('differences below 0.001 are equal (0.1 + 0.2 = 0.3)', () => {
    const osat = [suoritus(paikallinen('A', 'a'), {}, laajuus(0.1)), suoritus(paikallinen('B', 'b'), {}, laajuus(0.2))]
    const o = opiskeluoikeus(suoritus(k('koulutus', '999951'), { vahvistus: { päivä: '2023-06-01' }, osasuoritukset: osat }, laajuus(0.3)))
    expect(laajuuksienSumma().check(o, ruleContext())).toEqual([])
  })

  it('the custom valmis option decides which suoritukset are checked', () => {
    const osat = [suoritus(paikallinen('A', 'a'), {}, laajuus(1))]
    const o = opiskeluoikeus(suoritus(k('koulutus', '999951'), { osasuoritukset: osat }, laajuus(3)))
    expect(laajuuksienSumma({ valmis: () => true }).check(o, ruleContext())).toHaveLength(1)
  })
})

describe('G-DUP-1 — the same osasuoritus twice directly under the päätaso', () => {
  const KEY = 'badRequest.validation.rakenne.duplikaattiOsasuoritus'

  it('two TUVA 101 osat → duplikaattiOsasuoritus at the second', () => {
    const doc = validTuvaOppija()
    const s = oo(doc).suoritukset[0]
    s.osasuoritukset.push(structuredClone(s.osasuoritukset[0]))
    expect(byRule(run(doc), 'G-DUP-1')).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: KEY,
        path: `${S}.osasuoritukset[7]`,
        message: expect.objectContaining({ fi: 'Osasuoritus koulutuksenosattuva/101 esiintyy useammin kuin kerran' }),
      }),
    ])
  })

  it('three of the same → one finding (KOSKI reports each group once), at the second; another duplicated osa → its own finding', () => {
    const doc = validTuvaOppija()
    const s = oo(doc).suoritukset[0]
    s.osasuoritukset.push(structuredClone(s.osasuoritukset[1]), structuredClone(s.osasuoritukset[1]), structuredClone(s.osasuoritukset[2]))
    expect(byRule(run(doc), 'G-DUP-1').map((f) => [f.path, f.message.fi])).toEqual([
      [`${S}.osasuoritukset[7]`, 'Osasuoritus koulutuksenosattuva/107 esiintyy useammin kuin kerran'],
      [`${S}.osasuoritukset[9]`, 'Osasuoritus koulutuksenosattuva/105 esiintyy useammin kuin kerran'],
    ])
  })

  it('deeper levels are not checked (two equal kurssit under 104)', () => {
    const doc = validTuvaOppija()
    const v = oo(doc).suoritukset[0].osasuoritukset[6]
    v.osasuoritukset.push(structuredClone(v.osasuoritukset[0]))
    expect(byRule(run(doc), 'G-DUP-1')).toEqual([])
  })

  it('paikallinen: the same koodiarvo and nimi is a duplicate; the same koodiarvo with another nimi is not (rule function)', () => {
    const päätaso = (...tunnisteet: Tunniste[]) => opiskeluoikeus(suoritus(k('koulutus', '099999'), { osasuoritukset: tunnisteet.map((t) => suoritus(t)) }))
    const found = duplikaattiOsasuoritus.check(päätaso(paikallinen('KURSSI', 'Kurssi'), paikallinen('KURSSI', 'Toinen kurssi'), paikallinen('KURSSI', 'Kurssi')), ruleContext())
    expect(found.map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([['G-DUP-1', KEY, `${S}.osasuoritukset[2]`, 'Osasuoritus KURSSI (Kurssi) esiintyy useammin kuin kerran']])
  })

  it('paikallinen: names are compared by value, whatever the order of their languages', () => {
    const päätaso = (...tunnisteet: Tunniste[]) => opiskeluoikeus(suoritus(k('koulutus', '099999'), { osasuoritukset: tunnisteet.map((t) => suoritus(t)) }))
    const a = { koodiarvo: 'KURSSI', nimi: { fi: 'Kurssi', sv: 'Kurs' } } as Tunniste
    const b = { koodiarvo: 'KURSSI', nimi: { sv: 'Kurs', fi: 'Kurssi' } } as Tunniste
    const c = { koodiarvo: 'KURSSI', nimi: { fi: 'Kurssi', sv: 'Annan kurs' } } as Tunniste
    expect(duplikaattiOsasuoritus.check(päätaso(a, b), ruleContext()).map((f) => f.path)).toEqual([`${S}.osasuoritukset[1]`])
    expect(duplikaattiOsasuoritus.check(päätaso(a, c), ruleContext())).toEqual([])
  })

  it('koodi: the same koodiarvo in another koodisto, or a paikallinen with the same koodiarvo, is not a duplicate', () => {
    const päätaso = (...tunnisteet: Tunniste[]) => opiskeluoikeus(suoritus(k('koulutus', '099999'), { osasuoritukset: tunnisteet.map((t) => suoritus(t)) }))
    expect(duplikaattiOsasuoritus.check(päätaso(k('koulutuksenosattuva', '101'), k('muukoodisto', '101'), paikallinen('101', 'Oma 101')), ruleContext())).toEqual([])
    expect(duplikaattiOsasuoritus.check(päätaso(k('koulutuksenosattuva', '101'), k('koulutuksenosattuva', '101')), ruleContext())).toHaveLength(1)
  })

  it('the valid example passes', () => {
    expect(byRule(run(validTuvaOppija()), 'G-DUP-1')).toEqual([])
  })
})

describe('scalaDouble — numbers in laajuus messages as Java prints a Double', () => {
  it('examples: 2.0, 1.5, 0.30000000000000004, 1.0E7, 1.2345678E7, 1.0E-4, 0.001', async () => {
    const { scalaDouble } = await import('../../src/rules/helpers')
    expect([2, 1.5, 0.1 + 0.2, 1e7, 12345678, 1e-4, 0.001, 0, 9999999.5].map(scalaDouble)).toEqual([
      '2.0', '1.5', '0.30000000000000004', '1.0E7', '1.2345678E7', '1.0E-4', '0.001', '0.0', '9999999.5',
    ])
  })

  it('law: the text reads back as the same number, and always has a decimal point', async () => {
    const fc = (await import('fast-check')).default
    const { scalaDouble } = await import('../../src/rules/helpers')
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = scalaDouble(x)
        expect(Number(s.replace('E', 'e'))).toBe(x)
        expect(s.split('E')[0]).toContain('.')
      }),
    )
  })
})
