/**
 * MK-OHJE-3 (seed 004, "Koulutuksen maksuttomuus": free "sen kalenterivuoden loppuun saakka, jolloin opiskelija
 * täyttää 20 vuotta", 1214/2020 § 16, extended only by `oikeuttaMaksuttomuuteenPidennetty`): `maksuton: true` for days
 * after 31.12.(birth year + 20) that no extension covers. The fixtures' learner is born 2004-05-27: free to 2024-12-31.
 */
import { describe, expect, it } from 'vitest'
import { maksutonIkärajanJälkeen } from '../../src/rules/maksuttomuus'
import { kasvusuhde, LINEAARINEN_KASVU, maksuttomuusContext, maksuttomuusTuva, mkKaikki, oo, runMk, type Json } from '../support'

const ikäraja = (doc: Json, options = {}) => mkKaikki(runMk(doc, options)).filter((f) => f.rule === 'MK-OHJE-3')

describe('MK-OHJE-3 — no maksuton: true after the year the learner turns 20, unless an extension covers it', () => {
  it('a study right ended before the limit: nothing', () => {
    expect(ikäraja(maksuttomuusTuva())).toEqual([])
  })

  it('ongoing past the limit (today 2026-11-22) with an open maksuton: true: a warning at the jakso naming the first day and the limit', () => {
    const f = ikäraja(maksuttomuusTuva({ päättyy: null }))
    expect(f.map((x) => [x.severity, x.key, x.path])).toEqual([['warning', 'koskiValidation.maksutonIkärajanJälkeen', 'opiskeluoikeudet[0].lisätiedot.maksuttomuus[0]']])
    expect(f[0]!.message.fi).toContain('vielä 1.1.2025')
    expect(f[0]!.message.fi).toContain('(31.12.2024; oppivelvollisuuslaki 1214/2020 § 16)')
    expect(f[0]!.message.en).toContain('(KOSKI instruction "1.2 Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuksien lisätiedot", section "Koulutuksen maksuttomuus")')
    expect(f[0]!.hint!.en).toContain('starting on 2025-01-01 with maksuton: false')
  })

  it('maksuton: false from 1.1. after the limit, or an extension covering every day to today / the end: nothing', () => {
    expect(ikäraja(maksuttomuusTuva({ päättyy: null, maksuttomuus: [{ alku: '2021-08-01', maksuton: true }, { alku: '2025-01-01', maksuton: false }] }))).toEqual([])
    const pidennys = [{ alku: '2025-01-01', loppu: '2025-12-31' }, { alku: '2026-01-01', loppu: '2027-06-30' }]
    expect(ikäraja(maksuttomuusTuva({ päättyy: null, pidennys }))).toEqual([])
  })

  it('an extension with a gap, or ending before today: the first uncovered day', () => {
    const gap = ikäraja(maksuttomuusTuva({ päättyy: null, pidennys: [{ alku: '2025-01-01', loppu: '2025-06-30' }, { alku: '2025-08-01', loppu: '2027-06-30' }] }))
    expect(gap.map((f) => f.message.en.slice(0, 60))).toEqual(['The education is marked free (maksuton: true) on 2025-07-01,'])
    const ended = ikäraja(maksuttomuusTuva({ päättyy: null, pidennys: [{ alku: '2025-01-01', loppu: '2025-12-31' }] }))
    expect(ended[0]!.message.en).toContain('on 2026-01-01')
  })

  it('a later maksuton: true jakso is judged on its own days; an ended study right only to its päättymispäivä', () => {
    const f = ikäraja(maksuttomuusTuva({ päättyy: '2025-06-01', maksuttomuus: [{ alku: '2021-08-01', maksuton: true }, { alku: '2024-06-01', maksuton: false }, { alku: '2025-03-01', maksuton: true }] }))
    expect(f.map((x) => [x.path, x.message.en.slice(0, 60)])).toEqual([['opiskeluoikeudet[0].lisätiedot.maksuttomuus[2]', 'The education is marked free (maksuton: true) on 2025-03-01,']])
    expect(ikäraja(maksuttomuusTuva({ päättyy: '2024-12-31', maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] }))).toEqual([])
  })

  it('before the limit is reached (today 2024-06-01): nothing; a study right starting after the limit is MK-REL-1\'s', () => {
    expect(ikäraja(maksuttomuusTuva({ päättyy: null }), { today: '2024-06-01' })).toEqual([])
    const late = maksuttomuusTuva({ alku: '2025-02-01', päättyy: null })
    expect(ikäraja(late)).toEqual([])
  })

  it('without a birth date it is skipped (only when some jakso is maksuton: true)', () => {
    const doc = maksuttomuusTuva({ päättyy: null })
    const bare = oo(doc)
    expect(runMk(bare).skipped).toContain('MK-OHJE-3')
    bare.lisätiedot.maksuttomuus = [{ alku: '2021-08-01', maksuton: false }]
    expect(runMk(bare).skipped).not.toContain('MK-OHJE-3')
  })

  it('linear in the number of jaksot and extensions', () => {
    const doc = (n: number): Json => {
      const o = oo(maksuttomuusTuva({ päättyy: null }))
      o.lisätiedot.maksuttomuus = Array.from({ length: n }, (_, i) => ({ alku: `${2021 + Math.floor(i / 300)}-0${1 + (i % 9)}-${String(1 + (Math.floor(i / 9) % 28)).padStart(2, '0')}`, maksuton: i % 2 === 0 }))
      o.lisätiedot.oikeuttaMaksuttomuuteenPidennetty = Array.from({ length: n }, (_, i) => ({ alku: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}`, loppu: '2025-02-01' }))
      return o
    }
    const docs = new Map([2000, 8000].map((n) => [n, doc(n)]))
    const ctx = maksuttomuusContext({ birthDate: '2004-05-27' })
    expect(kasvusuhde((n) => maksutonIkärajanJälkeen.check(docs.get(n)!, ctx), 2000)).toBeLessThan(LINEAARINEN_KASVU)
  })
})
