/**
 * Access rights of Virkailijan Opintopolku (seed 002): reminders of expiry, automatic cancellation of an unhandled
 * application, a granted right's validity. The month arithmetic's edges are pinned here (date-fns addMonths: a day
 * the target month lacks becomes its last day).
 */
import { describe, expect, it } from 'vitest'
import {
  käyttöoikeudenMuistutuspäivät,
  käyttöoikeudenMuistutusTänään,
  käyttöoikeudenPisinVoimassaolo,
  käyttöoikeudenPuutteet,
  käyttöoikeusanomuksenKäsittelyViimeistään,
  käyttöoikeusanomusOnPeruuntunut,
  käyttöoikeusanomusPeruuntuu,
} from '../../src/virkailija'

describe('käyttöoikeudenMuistutuspäivät', () => {
  it('one month before, one week before, then every day up to and including the last valid day', () => {
    expect(käyttöoikeudenMuistutuspäivät('2025-06-15')).toEqual([
      '2025-05-15',
      '2025-06-08',
      '2025-06-09',
      '2025-06-10',
      '2025-06-11',
      '2025-06-12',
      '2025-06-13',
      '2025-06-14',
      '2025-06-15',
    ])
  })

  it('one month before 31 March is the last day of February (28th, or 29th in a leap year); before 1 March it crosses the month', () => {
    expect(käyttöoikeudenMuistutuspäivät('2025-03-31')[0]).toBe('2025-02-28')
    expect(käyttöoikeudenMuistutuspäivät('2024-03-31')[0]).toBe('2024-02-29')
    expect(käyttöoikeudenMuistutuspäivät('2025-03-30')[0]).toBe('2025-02-28')
    expect(käyttöoikeudenMuistutuspäivät('2025-03-01')).toEqual(['2025-02-01', '2025-02-22', '2025-02-23', '2025-02-24', '2025-02-25', '2025-02-26', '2025-02-27', '2025-02-28', '2025-03-01'])
    expect(käyttöoikeudenMuistutuspäivät('2025-01-03').slice(0, 3)).toEqual(['2024-12-03', '2024-12-27', '2024-12-28'])
  })

  it('käyttöoikeudenMuistutusTänään: true exactly on those days', () => {
    expect(käyttöoikeudenMuistutusTänään('2025-06-15', '2025-05-15')).toBe(true)
    expect(käyttöoikeudenMuistutusTänään('2025-06-15', '2025-05-16')).toBe(false)
    expect(käyttöoikeudenMuistutusTänään('2025-06-15', '2025-06-07')).toBe(false)
    expect(käyttöoikeudenMuistutusTänään('2025-06-15', '2025-06-08')).toBe(true)
    expect(käyttöoikeudenMuistutusTänään('2025-06-15', '2025-06-15')).toBe(true)
    expect(käyttöoikeudenMuistutusTänään('2025-06-15', '2025-06-16')).toBe(false)
  })

  it('a date that is not a calendar date is a RangeError that does not quote it', () => {
    expect(() => käyttöoikeudenMuistutuspäivät('2025-02-29')).toThrow(RangeError)
    expect(() => käyttöoikeudenMuistutuspäivät('15.6.2025')).toThrow(/vanhenee is not a YYYY-MM-DD calendar date/)
    expect(() => käyttöoikeudenMuistutusTänään('2025-06-15', 'tänään')).toThrow(/today/)
  })
})

describe('käyttöoikeusanomusPeruuntuu', () => {
  it('2 months after 31 December is the last day of February: handled by then, cancelled the next day', () => {
    expect(käyttöoikeusanomuksenKäsittelyViimeistään('2024-12-31')).toBe('2025-02-28')
    expect(käyttöoikeusanomusPeruuntuu('2024-12-31')).toBe('2025-03-01')
    expect(käyttöoikeusanomuksenKäsittelyViimeistään('2023-12-31')).toBe('2024-02-29')
    expect(käyttöoikeusanomusPeruuntuu('2023-12-31')).toBe('2024-03-01')
  })

  it('after 30 December the same as after 31 December; after 31 August the 31st of October', () => {
    expect(käyttöoikeusanomuksenKäsittelyViimeistään('2024-12-30')).toBe('2025-02-28')
    expect(käyttöoikeusanomusPeruuntuu('2024-12-30')).toBe('2025-03-01')
    expect(käyttöoikeusanomuksenKäsittelyViimeistään('2024-08-31')).toBe('2024-10-31')
    expect(käyttöoikeusanomusPeruuntuu('2024-08-31')).toBe('2024-11-01')
    expect(käyttöoikeusanomusPeruuntuu('2024-12-29')).toBe('2025-03-01')
    expect(käyttöoikeusanomusPeruuntuu('2024-12-28')).toBe('2025-03-01')
    expect(käyttöoikeusanomusPeruuntuu('2024-12-27')).toBe('2025-02-28')
  })

  it('an ordinary day: the same day number two months later is the last day', () => {
    expect(käyttöoikeusanomuksenKäsittelyViimeistään('2025-01-15')).toBe('2025-03-15')
    expect(käyttöoikeusanomusPeruuntuu('2025-01-15')).toBe('2025-03-16')
    expect(käyttöoikeusanomusPeruuntuu('2025-11-30')).toBe('2026-01-31')
  })

  it('käyttöoikeusanomusOnPeruuntunut: from the cancellation day on', () => {
    expect(käyttöoikeusanomusOnPeruuntunut('2024-12-31', '2025-02-28')).toBe(false)
    expect(käyttöoikeusanomusOnPeruuntunut('2024-12-31', '2025-03-01')).toBe(true)
    expect(käyttöoikeusanomusOnPeruuntunut('2024-12-31', '2026-01-01')).toBe(true)
    expect(käyttöoikeusanomusOnPeruuntunut('2024-12-31', '2024-12-31')).toBe(false)
  })

  it('a date that is not a calendar date is a RangeError', () => {
    expect(() => käyttöoikeusanomusPeruuntuu('2024-13-01')).toThrow(RangeError)
    expect(() => käyttöoikeusanomusOnPeruuntunut('2024-12-01', '')).toThrow(RangeError)
  })
})

describe('käyttöoikeudenPisinVoimassaolo and käyttöoikeudenPuutteet', () => {
  const koodit = (alkamispäivä: string, päättymispäivä: string, today: string) => käyttöoikeudenPuutteet({ alkamispäivä, päättymispäivä }, today).map((p) => p.koodi)

  it('at most one year: the same day a year later; 29 February → 28 February', () => {
    expect(käyttöoikeudenPisinVoimassaolo('2025-03-10')).toBe('2026-03-10')
    expect(käyttöoikeudenPisinVoimassaolo('2024-02-29')).toBe('2025-02-28')
    expect(käyttöoikeudenPisinVoimassaolo('2023-02-28')).toBe('2024-02-28')
    expect(koodit('2024-02-29', '2025-02-28', '2024-02-29')).toEqual([])
    expect(koodit('2024-02-29', '2025-03-01', '2024-02-29')).toEqual(['voimassaYliVuoden'])
    expect(koodit('2025-03-10', '2026-03-10', '2025-03-10')).toEqual([])
    expect(koodit('2025-03-10', '2026-03-11', '2025-03-10')).toEqual(['voimassaYliVuoden'])
  })

  it('not retroactive: the start is today or later', () => {
    expect(koodit('2025-03-10', '2025-12-31', '2025-03-10')).toEqual([])
    expect(koodit('2025-04-01', '2025-12-31', '2025-03-10')).toEqual([])
    expect(koodit('2025-03-09', '2025-12-31', '2025-03-10')).toEqual(['alkaaTakautuvasti'])
  })

  it('a one-day right is fine; an end before the start is a shortcoming (and then the year is not measured)', () => {
    expect(koodit('2025-03-10', '2025-03-10', '2025-03-10')).toEqual([])
    expect(koodit('2025-03-10', '2025-03-09', '2025-03-10')).toEqual(['päättyyEnnenAlkua'])
    expect(koodit('2025-03-01', '2025-02-01', '2025-03-10')).toEqual(['alkaaTakautuvasti', 'päättyyEnnenAlkua'])
  })

  it('a date that is not a calendar date is a shortcoming naming the field; `today` must be one', () => {
    expect(koodit('2025-02-30', '2025-12-31', '2025-01-01')).toEqual(['virheellinenPäivä'])
    expect(koodit('x', 'y', '2025-01-01')).toEqual(['virheellinenPäivä', 'virheellinenPäivä'])
    expect(käyttöoikeudenPuutteet({ alkamispäivä: '2025-02-30', päättymispäivä: '2025-12-31' }, '2025-01-01')[0]!.message).toEqual({
      fi: 'Käyttöoikeuden alkamispäivä ei ole päivämäärä muodossa VVVV-KK-PP.',
      sv: 'Användarrättighetens inledningsdatum är inte ett datum i formen ÅÅÅÅ-MM-DD.',
      en: "The access right's start date is not a date in the form YYYY-MM-DD.",
    })
    expect(() => käyttöoikeudenPuutteet({ alkamispäivä: '2025-01-01', päättymispäivä: '2025-12-31' }, '1.1.2025')).toThrow(RangeError)
  })

  it('messages write dates fi/sv d.M.yyyy, en ISO', () => {
    const [p] = käyttöoikeudenPuutteet({ alkamispäivä: '2024-02-29', päättymispäivä: '2025-03-01' }, '2024-02-29')
    expect(p!.message).toEqual({
      fi: 'Käyttöoikeudet ovat voimassa korkeintaan vuoden: päättymispäivä 1.3.2025 on myöhemmin kuin 28.2.2025 (vuosi alkamispäivästä 29.2.2024).',
      sv: 'En användarrättighet kan vara i kraft högst ett år i taget: avslutningsdatum 1.3.2025 är senare än 28.2.2025 (ett år från inledningsdatum 29.2.2024).',
      en: 'An access right is valid for at most one year: the end date 2025-03-01 is later than 2025-02-28 (one year from the start date 2024-02-29).',
    })
    const [t] = käyttöoikeudenPuutteet({ alkamispäivä: '2025-03-09', päättymispäivä: '2025-12-31' }, '2025-03-10')
    expect(t!.message.fi).toBe('Käyttöoikeus ei voi astua voimaan takautuvasti: alkamispäivä 9.3.2025 on ennen tätä päivää (10.3.2025).')
  })
})
