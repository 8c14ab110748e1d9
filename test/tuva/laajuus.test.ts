/** T-LAAJ-1, T-LAAJ-2 (= G-LAAJ-2, TUVA variant), T-VALM-1/2/3 (catalogue §3.3 and the KOSKI spec cases it names). */
import { describe, expect, it } from 'vitest'
import { tuvaSuorituksenLaskettuLaajuus } from '../../src'
import { arviointi, byRule, errors, found, keskeneräinen, kurssi, laajuus, osa, run, tuva, valinnainen, valmistunutOsilla, type OsaKoodi } from '../support'

const P = 'opiskeluoikeudet[0].suoritukset[0]'

describe('T-LAAJ-1 — the päätaso laajuus is computed by KOSKI (warning when the sent one differs)', () => {
  it('accepts the valid example (sent 12 = computed 12)', () => {
    expect(byRule(run(tuva()), 'T-LAAJ-1')).toEqual([])
  })
  it('spec: suoritusten laajuus sallitaan kun se vastaa osasuoritusten summaa (→ 12.0)', () => {
    const doc = valmistunutOsilla([osa('101', 2), osa('102', 2), valinnainen(8, [kurssi('ohj1', 4), kurssi('ohj2', 4)])])
    const s = doc.opiskeluoikeudet[0].suoritukset[0]
    expect(tuvaSuorituksenLaskettuLaajuus(s)).toBe(12)
    expect(tuvaSuorituksenLaskettuLaajuus(s.osasuoritukset[2])).toBe(8)
    const report = run(doc)
    expect(errors(report)).toEqual([])
    expect(byRule(report, 'T-LAAJ-1')).toEqual([])
  })
  it('spec: suoritusten laajuuteen ei lasketa mukaan kuin hyväksytyt suoritukset (→ 6.0)', () => {
    const doc = valmistunutOsilla([
      osa('101', 2),
      osa('102', 2, { arviointi: [arviointi('Hylätty')] }),
      valinnainen(4, [kurssi('ohj1', 4), kurssi('ohj2', 4, [arviointi('Hylätty', '2021-12-01')])]),
    ])
    expect(tuvaSuorituksenLaskettuLaajuus(doc.opiskeluoikeudet[0].suoritukset[0])).toBe(6)
    expect(errors(run(doc))).toEqual([])
  })
  it('spec: suoritusten laajuus sallitaan ilman osasuorituksia (→ 10.0)', () => {
    const doc = valmistunutOsilla([osa('101', 2), osa('102', 2), valinnainen(6)])
    expect(tuvaSuorituksenLaskettuLaajuus(doc.opiskeluoikeudet[0].suoritukset[0])).toBe(10)
    expect(errors(run(doc))).toEqual([])
  })
  it('warns when the sent laajuus differs from the computed one', () => {
    const report = run(tuva((_, s) => (s.koulutusmoduuli.laajuus = laajuus(10))))
    const [f] = byRule(report, 'T-LAAJ-1')
    expect(f).toMatchObject({ severity: 'warning', key: 'koskiValidation.tuvaPäätasonLaajuusLasketaan', path: `${P}.koulutusmoduuli.laajuus` })
    expect(f!.message.fi).toContain('10.0')
    expect(f!.message.fi).toContain('12.0')
    expect(report.valid).toBe(true)
  })
  it('warns when a laajuus is sent but nothing is accepted (KOSKI stores null)', () => {
    const report = run(keskeneräinen((_, s) => (s.osasuoritukset = [osa('101', 2, { arviointi: null })])))
    expect(found(report, 'T-LAAJ-1')).toHaveLength(1)
    expect(byRule(report, 'T-LAAJ-1')[0]!.message.en).toContain('KOSKI stores no scope')
  })
  it('does not warn when no laajuus is sent', () => {
    expect(byRule(run(tuva((_, s) => delete s.koulutusmoduuli.laajuus)), 'T-LAAJ-1')).toEqual([])
  })
  it('tolerates floating-point sums (0.1 + 0.2 = 0.3)', () => {
    const doc = keskeneräinen((_, s) => {
      s.osasuoritukset = [osa('101', 0.1), osa('102', 0.2)]
      s.koulutusmoduuli.laajuus = laajuus(0.3)
    })
    expect(byRule(run(doc), 'T-LAAJ-1')).toEqual([])
  })
  it('names the computed sum as KOSKI stores it (0.1 + 0.2 → 0.3, not 0.30000000000000004)', () => {
    const doc = keskeneräinen((_, s) => {
      s.osasuoritukset = [osa('101', 0.1), osa('102', 0.2)]
      s.koulutusmoduuli.laajuus = laajuus(1)
    })
    const [f] = byRule(run(doc), 'T-LAAJ-1')
    expect(f!.message.fi).toBe('Päätason suorituksen laajuus 1.0 ei vastaa hyväksyttyjen osasuoritusten laajuuksien summaa 0.3: KOSKI ei käytä lähetettyä arvoa vaan tallentaa laajuudeksi 0.3')
  })
})

describe('T-LAAJ-2 — an assessed 104 has the laajuus of its accepted kurssit (G-LAAJ-2, TUVA variant)', () => {
  it('accepts the valid example (104: 5 = 2 + 3)', () => {
    expect(byRule(run(tuva()), 'G-LAAJ-2')).toEqual([])
  })
  it('spec: suoritusten laajuus validoidaan jos osasuorituksia — exactly T-VALM-1 and the sum error', () => {
    const report = run(valmistunutOsilla([valinnainen(1, [kurssi('ohj1', 1), kurssi('ohj2', 1)])]))
    expect(errors(report)).toEqual([
      'G-LAAJ-2 badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma',
      'T-VALM-1 badRequest.validation.laajuudet.tuvaPäätasonSuoritusVääräLaajuus',
    ])
    expect(found(report, 'G-LAAJ-2')).toEqual([
      [`${P}.osasuoritukset[0].koulutusmoduuli.laajuus`, 'Suorituksen koulutuksenosattuva/104 osasuoritusten laajuuksien summa 2.0 ei vastaa suorituksen laajuutta 1.0'],
    ])
  })
  it('counts only accepted kurssit (2 accepted + 3 hylätty = 2)', () => {
    const doc = valmistunutOsilla([osa('101', 2), valinnainen(2, [kurssi('a', 2), kurssi('b', 3, [arviointi('Hylätty', '2021-12-01')])])])
    expect(byRule(run(doc), 'G-LAAJ-2')).toEqual([])
  })
  it('is not checked for an unassessed 104', () => {
    const doc = keskeneräinen((_, s) => (s.osasuoritukset = [valinnainen(9, [kurssi('a', 2)], null)]))
    expect(byRule(run(doc), 'G-LAAJ-2')).toEqual([])
  })
  it('never compares the päätaso laajuus (KOSKI recomputes it)', () => {
    expect(byRule(run(tuva((_, s) => (s.koulutusmoduuli.laajuus = laajuus(99)))), 'G-LAAJ-2')).toEqual([])
  })
})

describe('T-VALM-1 — valmistunut needs at least 2 accepted weeks', () => {
  const MESSAGE = 'Tutkintokoulutukseen valmentavan koulutuksen päätason suorituksen laajuus on oltava vähintään 4 viikkoa ja enintään 38 viikkoa.'
  it('spec: valmistuneen päätason suorituksen laajuus liian pieni (ja osasuorituksia puuttuu) — 101 = 2 passes', () => {
    const report = run(valmistunutOsilla([osa('101', 2)], 2))
    expect(errors(report)).toEqual([])
  })
  it('fails with 1 accepted week, with KOSKI’s (stale) text, and then skips T-VALM-2/3', () => {
    const report = run(valmistunutOsilla([osa('101', 1), osa('102', 3, { arviointi: [arviointi('Hylätty')] })]))
    expect(found(report, 'T-VALM-1')).toEqual([[P, MESSAGE]])
    expect(byRule(report, 'T-VALM-2')).toEqual([]) // 101 = 1 would break 2–10
    expect(byRule(report, 'T-VALM-3')).toEqual([])
  })
  it('counts a missing laajuus as 0', () => {
    expect(found(run(valmistunutOsilla([osa('101', undefined)])), 'T-VALM-1')).toEqual([[P, MESSAGE]])
  })
  it('uses the computed laajuus, not the sent one', () => {
    expect(found(run(valmistunutOsilla([osa('101', 1)], 30)), 'T-VALM-1')).toHaveLength(1)
  })
  it('does not apply before valmistunut', () => {
    expect(byRule(run(keskeneräinen((_, s) => (s.osasuoritukset = [osa('101', 1)]))), 'T-VALM-1')).toEqual([])
  })
  it('adds decimals exactly like KOSKI: 0.6 + 0.7 + 0.7 weeks is 2 (T-VALM-1 passes, so T-VALM-2 speaks)', () => {
    const report = run(valmistunutOsilla([osa('101', 0.6), osa('102', 0.7), osa('103', 0.7)]))
    expect(errors(report)).toEqual(['T-VALM-2 badRequest.validation.laajuudet.tuvaOsaSuoritusVääräLaajuus'])
    expect(found(report, 'T-VALM-2').map(([p]) => p)).toEqual([`${P}.osasuoritukset[0].koulutusmoduuli.laajuus`])
  })
})

describe('T-VALM-2 — osa limits when valmistunut', () => {
  it('spec: valmistuneen päätason suorituksen laajuus liian suuri (201 weeks; 103 = 179)', () => {
    const report = run(valmistunutOsilla([osa('101', 2), osa('102', 20), osa('103', 179)], 201))
    expect(errors(report)).toEqual(['T-VALM-2 badRequest.validation.laajuudet.tuvaOsaSuoritusVääräLaajuus'])
    expect(found(report, 'T-VALM-2')).toEqual([
      [`${P}.osasuoritukset[2].koulutusmoduuli.laajuus`, 'Tutkintokoulutukseen valmentavan koulutuksen arjen ja yhteiskunnallisen osallisuuden taitojen osasuorituksen laajuus on oltava enintään 20 viikkoa.'],
    ])
  })
  it('spec: valmistuneen päätason suorituksen osasuorituksen laajuus liian pieni (101 = 1)', () => {
    const report = run(valmistunutOsilla([osa('101', 1), osa('102', 2), osa('103', 1)], 4))
    expect(errors(report)).toEqual(['T-VALM-2 badRequest.validation.laajuudet.tuvaOsaSuoritusVääräLaajuus'])
    expect(found(report, 'T-VALM-2')).toEqual([
      [`${P}.osasuoritukset[0].koulutusmoduuli.laajuus`, 'Tutkintokoulutukseen valmentavan koulutuksen opiskelu- ja urasuunnittelutaitojen osasuorituksen laajuus on oltava vähintään 2 ja enintään 10 viikkoa.'],
    ])
  })
  const rajat: [OsaKoodi | '104', number, string][] = [
    ['101', 10, 'opiskelu- ja urasuunnittelutaitojen osasuorituksen laajuus on oltava vähintään 2 ja enintään 10 viikkoa.'],
    ['102', 20, 'työelämätaitojen ja työpaikalla tapahtuvan oppimisen osasuorituksen laajuus on oltava enintään 20 viikkoa.'],
    ['103', 20, 'arjen ja yhteiskunnallisen osallisuuden taitojen osasuorituksen laajuus on oltava enintään 20 viikkoa.'],
    ['104', 10, 'valinnaisen osasuorituksen laajuus on oltava enintään 10 viikkoa.'],
    ['105', 30, 'ammatillisen koulutuksen opintojen osasuorituksen laajuus on oltava enintään 30 viikkoa.'],
    ['106', 30, 'lukion opintojen osasuorituksen laajuus on oltava enintään 30 viikkoa.'],
    ['107', 30, 'perustaitojen vahvistamisen osasuorituksen laajuus on oltava enintään 30 viikkoa.'],
  ]
  const tee = (koodi: OsaKoodi | '104', viikot: number) => (koodi === '104' ? valinnainen(viikot) : osa(koodi, viikot))
  it.each(rajat)('osa %s: %d weeks pass, one more fails', (koodi, max, teksti) => {
    const muut = koodi === '101' ? [] : [osa('101', 2)]
    expect(byRule(run(valmistunutOsilla([...muut, tee(koodi, max)])), 'T-VALM-2')).toEqual([])
    const report = run(valmistunutOsilla([...muut, tee(koodi, max + 0.5)]))
    expect(found(report, 'T-VALM-2').map(([, msg]) => msg)).toEqual([`Tutkintokoulutukseen valmentavan koulutuksen ${teksti}`])
    expect(byRule(report, 'T-VALM-2')[0]!.message.sv).not.toBe('')
  })
  it('checks hylätty osat too, and reports each osa', () => {
    const report = run(valmistunutOsilla([osa('101', 2), osa('105', 31, { arviointi: [arviointi('Hylätty')] }), osa('106', 40)]))
    expect(found(report, 'T-VALM-2').map(([p]) => p)).toEqual([`${P}.osasuoritukset[1].koulutusmoduuli.laajuus`, `${P}.osasuoritukset[2].koulutusmoduuli.laajuus`])
  })
  it('does not apply before valmistunut', () => {
    expect(byRule(run(keskeneräinen((_, s) => (s.osasuoritukset = [osa('101', 2), osa('103', 179)]))), 'T-VALM-2')).toEqual([])
  })
})

describe('T-VALM-3 — valmistunut needs an accepted 101', () => {
  const MESSAGE = 'Tutkintokoulutukseen valmentavan koulutuksen pakollinen osasuoritus Opiskelu- ja urasuunnittelutaidot puuttuu.'
  const KEY = 'badRequest.validation.rakenne.tuvaOpiskeluJaUrasuunnittelutaitojenOsasuoritusPuuttuu'
  it('spec: valmistuneen päätason suorituksesta puuttuu opiskelu ja urasuunnittelutaitojen osasuoritus', () => {
    const report = run(valmistunutOsilla([osa('102', 2), osa('103', 2)], 4))
    expect(errors(report)).toEqual([`T-VALM-3 ${KEY}`])
    expect(found(report, 'T-VALM-3')).toEqual([[`${P}.osasuoritukset`, MESSAGE]])
  })
  it('spec: valmistuneen päätason suorituksella on hylätty opiskelu ja urasuunnittelutaitojen osasuoritus', () => {
    const report = run(valmistunutOsilla([osa('101', 2, { arviointi: [arviointi('Hylätty')] }), osa('103', 2)], 4))
    expect(errors(report)).toEqual([`T-VALM-3 ${KEY}`])
    expect(found(report, 'T-VALM-3')).toEqual([[`${P}.osasuoritukset[0]`, MESSAGE]])
  })
  it('spec: ensin hylätyn ja sitten hyväksytyn arvosanan opiskelu ja urasuunnittelutaitojen osasuoritus passes', () => {
    const report = run(valmistunutOsilla([osa('101', 2, { arviointi: [arviointi('Hylätty', '2021-08-15'), arviointi('Hyväksytty', '2021-09-01')] }), osa('103', 2)], 4))
    expect(errors(report)).toEqual([])
  })
  it('uses the latest arviointi by date, not the list order', () => {
    const report = run(valmistunutOsilla([osa('101', 2, { arviointi: [arviointi('Hyväksytty', '2021-09-01'), arviointi('Hylätty', '2021-08-15')] }), osa('103', 2)], 4))
    expect(byRule(report, 'T-VALM-3')).toEqual([])
  })
  it('spec: valmistuneen päätason suorituksesta puuttuu riittävä määrä eri osasuorituksia — 101 + 103 passes (no "3 osat" rule)', () => {
    expect(errors(run(valmistunutOsilla([osa('101', 2), osa('103', 2)], 4)))).toEqual([])
  })
  it('looks only at the first 101', () => {
    const report = run(valmistunutOsilla([osa('101', 2, { arviointi: [arviointi('Hylätty')] }), osa('103', 2), osa('101', 2)]))
    expect(found(report, 'T-VALM-3')).toEqual([[`${P}.osasuoritukset[0]`, MESSAGE]])
  })
  it('does not apply before valmistunut', () => {
    expect(byRule(run(keskeneräinen((_, s) => (s.osasuoritukset = [osa('102', 2)]))), 'T-VALM-3')).toEqual([])
  })
})
