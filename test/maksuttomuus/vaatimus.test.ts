/** MK-REQ-1 on TUVA documents shaped like MaksuttomuusSpec › "Maksuttomuustietojen vaatiminen niiden puuttuessa" (13 cases). */
import { describe, expect, it } from 'vitest'
import { maksuttomuustietoVaaditaan } from '../../src/rules/maksuttomuus'
import { maksuttomuusContext, LAIN_PIIRISSÄ, mk, mkKeys, runMk, maksuttomuusTuva } from '../support'

const ERR = 'badRequest.validation'
const VAADITAAN = 'Tieto koulutuksen maksuttomuudesta/maksullisuudesta vaaditaan opiskeluoikeudelle.'

// The spec: vuonna2004SyntynytPeruskouluValmis2021, alkamispäivä = the end of the year the learner turns 20, päättymispäivä a year later, no lisätiedot.
const BORN = '2004-05-27'
const spec = (alku = '2024-12-31') => maksuttomuusTuva({ alku, päättyy: null, maksuttomuus: undefined })

/** A study right of another type, called on the rule directly (structurally). */
function muuTyyppi(tyyppi: string, tunniste = '999999') {
  const oo = spec().opiskeluoikeudet[0]
  oo.tyyppi.koodiarvo = 'ammatillinenkoulutus'
  oo.suoritukset[0].tyyppi.koodiarvo = tyyppi
  oo.suoritukset[0].koulutusmoduuli.tunniste.koodiarvo = tunniste
  return oo
}

describe('MK-REQ-1 — maksuttomuus required (KOSKI spec, 13 cases)', () => {
  it('1. required when every condition holds', () => {
    const report = runMk(spec())
    expect(mkKeys(report)).toEqual([`MK-REQ-1 ${ERR}`])
    expect(mk(report)[0]).toMatchObject({ severity: 'error', path: 'opiskeluoikeudet[0].lisätiedot.maksuttomuus', message: { fi: VAADITAAN } })
    expect(report.valid).toBe(false)
  })

  it('2. not for an osittainen ammatillinen tutkinto (but for osia useasta tutkinnosta)', () => {
    const ctx = maksuttomuusContext({ birthDate: BORN })
    expect(maksuttomuustietoVaaditaan.check(muuTyyppi('ammatillinentutkintoosittainen'), ctx)).toEqual([])
    expect(maksuttomuustietoVaaditaan.check(muuTyyppi('ammatillinentutkintoosittainen', 'ammatillinentutkintoosittainenuseastatutkinnosta'), ctx).map((f) => f.message.fi)).toEqual([VAADITAAN])
    expect(maksuttomuustietoVaaditaan.check(muuTyyppi('ammatillinentutkinto'), ctx).map((f) => f.message.fi)).toEqual([VAADITAAN])
  })

  it('3. not for a European School of Helsinki study right', () => {
    const oo = muuTyyppi('europeanschoolofhelsinkivuosiluokkasecondaryupper', 'S6')
    expect(maksuttomuustietoVaaditaan.check(oo, maksuttomuusContext({ birthDate: BORN }))).toEqual([])
  })

  it('4. not when exempted from compulsory education', () => {
    expect(mk(runMk(spec(), { maksuttomuus: { ...LAIN_PIIRISSÄ, vapautettuOppivelvollisuudesta: true } }))).toEqual([])
  })

  it('5.–6. required when the exemption is mitätöity or in the future (the fact is false)', () => {
    expect(mkKeys(runMk(spec(), { maksuttomuus: { ...LAIN_PIIRISSÄ, vapautettuOppivelvollisuudesta: false } }))).toEqual([`MK-REQ-1 ${ERR}`])
  })

  it('7. not when born before 2004', () => {
    expect(mk(runMk(spec(), { birthDate: '2003-12-31' }))).toEqual([])
  })

  it('8. not when basic education was completed before 1.1.2021', () => {
    expect(mk(runMk(spec(), { maksuttomuus: { ...LAIN_PIIRISSÄ, perusopetusSuoritettuEnnen2021: true } }))).toEqual([])
  })

  it('9. not when the study right starts after the end of the year the learner turns 20', () => {
    expect(mk(runMk(spec('2025-01-01')))).toEqual([])
  })

  it('10. not when the education does not fulfil compulsory education', () => {
    const oo = muuTyyppi('taiteenperusopetuksenyleisenoppimaaranyhteisetopinnot')
    expect(maksuttomuustietoVaaditaan.check(oo, maksuttomuusContext({ birthDate: BORN }))).toEqual([])
  })

  it('11.–12. not without a home municipality in mainland Finland before 18 (none, Åland, abroad, moved as an adult)', () => {
    expect(mk(runMk(spec(), { maksuttomuus: { ...LAIN_PIIRISSÄ, kotikuntaManneruomessaEnnen18: false } }))).toEqual([])
  })

  it('13. not with a lukuvuosimaksu study right (fact, or rahoitus 16 in this document)', () => {
    expect(mk(runMk(spec(), { maksuttomuus: { ...LAIN_PIIRISSÄ, lukuvuosimaksullinenOpiskeluoikeus: true } }))).toEqual([])
    const oo = muuTyyppi('ammatillinentutkinto')
    oo.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo = '16'
    expect(maksuttomuustietoVaaditaan.check(oo, maksuttomuusContext({ birthDate: BORN }))).toEqual([])
  })
})

describe('MK-REQ-1 — decided conservatively when facts only KOSKI knows are not given', () => {
  it('some facts unknown: a warning naming them and the options, not an error', () => {
    const report = runMk(spec(), { maksuttomuus: { kotikuntaManneruomessaEnnen18: true, vapautettuOppivelvollisuudesta: false } })
    expect(report.valid).toBe(true)
    expect(mkKeys(report)).toEqual(['MK-REQ-1 koskiValidation.maksuttomuustietoSaatetaanVaatia'])
    const { fi, en } = mk(report)[0]!.message
    const { sv } = mk(report)[0]!.message
    expect(fi).toContain('KOSKI vaatii sen, ellei oppijaa vapauta jokin tieto, jonka vain KOSKI tietää: perusopetus suoritettu ennen 2021, lukuvuosimaksu (KOSKI-ohje')
    expect(fi).not.toContain('kotikunta')
    expect(mk(report)[0]!.hint!.fi).toContain('maksuttomuus.perusopetusSuoritettuEnnen2021, maksuttomuus.lukuvuosimaksullinenOpiskeluoikeus')
    expect(mk(report)[0]!.hint!.fi).toContain('--fact perusopetusSuoritettuEnnen2021=true')
    expect(en).toContain('KOSKI requires it unless something only KOSKI knows exempts the learner: basic education completed before 2021, tuition fee (KOSKI instruction')
    expect(sv).toContain('KOSKI kräver den, om inte den studerande undantas av en uppgift som bara KOSKI har: grundläggande utbildning slutförd före 2021, läsårsavgift (KOSKI-anvisning')
    for (const text of [fi, sv, en]) expect(text.length).toBeLessThan(400)
  })

  it('no facts at all: the warning lists all four', () => {
    const report = runMk(spec(), { maksuttomuus: {} })
    expect(mk(report)[0]!.hint!.fi).toContain('maksuttomuus.kotikuntaManneruomessaEnnen18, maksuttomuus.vapautettuOppivelvollisuudesta')
  })

  it('a fact that exempts decides even when others are unknown', () => {
    expect(mk(runMk(spec(), { maksuttomuus: { kotikuntaManneruomessaEnnen18: false } }))).toEqual([])
  })

  it('the valid example (maksuttomuus sent) gives nothing', () => {
    expect(mk(runMk(maksuttomuusTuva(), { maksuttomuus: {} }))).toEqual([])
  })

  it('without a birth date: skipped and named in report.skipped; not when the document alone rules it out', () => {
    const doc = spec()
    doc.henkilö = { oid: '1.2.246.562.24.00000000001' }
    const report = runMk(doc)
    expect(mk(report)).toEqual([])
    expect(report.skipped).toContain('MK-REQ-1')
    // maksuttomuus sent: MK-REQ-1 has nothing to decide
    const sent = maksuttomuusTuva({ henkilö: { oid: '1.2.246.562.24.00000000001' } })
    expect(runMk(sent).skipped).not.toContain('MK-REQ-1')
    // an exempting fact decides without the birth date
    expect(runMk(doc, { maksuttomuus: { vapautettuOppivelvollisuudesta: true } }).skipped).not.toContain('MK-REQ-1')
  })

  it('an empty lisätiedot or "maksuttomuus": [] is "not sent"', () => {
    const doc = spec()
    doc.opiskeluoikeudet[0].lisätiedot = { maksuttomuus: [] }
    expect(mkKeys(runMk(doc))).toEqual([`MK-REQ-1 ${ERR}`])
    delete doc.opiskeluoikeudet[0].lisätiedot
    expect(mkKeys(runMk(doc))).toEqual([`MK-REQ-1 ${ERR}`])
  })
})
