/** Property laws of koski-validation/virkailija (fast-check). */
import fc from 'fast-check'
import { addDays } from 'date-fns/addDays'
import { addMonths } from 'date-fns/addMonths'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'
import { describe, expect, it } from 'vitest'
import {
  SALASANAN_ERIKOISMERKIT,
  jotpaPääkäyttäjienPuutteet,
  käyttöoikeudenMuistutuspäivät,
  käyttöoikeudenMuistutusTänään,
  käyttöoikeudenPisinVoimassaolo,
  käyttöoikeudenPuutteet,
  käyttöoikeusanomuksenKäsittelyViimeistään,
  käyttöoikeusanomusOnPeruuntunut,
  käyttöoikeusanomusPeruuntuu,
  salasananPuutteet,
  sähköpostiosoitteenPuutteet,
  type SalasananPuutteenKoodi,
} from '../../src/virkailija'
import { lisääKuukausia, lisääPäiviä as lisääPäiviäModuulissa, suomalainenPäiväys } from '../../src/virkailija/paivat'
import { addDaysToDate } from '../../src/date/addDaysToDate'
import { addMonthsToDate } from '../../src/date/addMonthsToDate'
import { formatFinnishDate } from '../../src/date/formatFinnishDate'

const RUNS = { numRuns: 300 }
const iso = (d: Date): string => format(d, 'yyyy-MM-dd')
const lisääPäiviä = (d: string, n: number): string => iso(addDays(parseISO(d), n))
const päiviä = (a: string, b: string): number => differenceInCalendarDays(parseISO(b), parseISO(a))

const päiväArb = fc.date({ min: new Date(1990, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }).map(iso)

const merkkiJoukosta = (merkit: string) => fc.constantFrom(...merkit.split(''))
const ISOT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const PIENET = 'abcdefghijklmnopqrstuvwxyz'
const NUMEROT = '0123456789'
const luokka = (merkit: string) => fc.array(merkkiJoukosta(merkit), { minLength: 1, maxLength: 30 })

/** A password as its four class parts (upper, lower, digits, specials), shuffled together; long enough without any one class. */
const osatArb = fc.record({
  iso: fc.array(merkkiJoukosta(ISOT), { minLength: 20, maxLength: 30 }),
  pieni: fc.array(merkkiJoukosta(PIENET), { minLength: 20, maxLength: 30 }),
  numero: fc.array(merkkiJoukosta(NUMEROT), { minLength: 0, maxLength: 30 }),
  erikois: fc.array(merkkiJoukosta(SALASANAN_ERIKOISMERKIT), { minLength: 0, maxLength: 30 }),
})
  .filter((o) => o.numero.length + o.erikois.length >= 20 || (o.numero.length + o.erikois.length > 0 && o.iso.length + o.pieni.length >= 20))
  .chain((o) => fc.shuffledSubarray([...o.iso, ...o.pieni, ...o.numero, ...o.erikois].map((c, i) => ({ c, i })), { minLength: o.iso.length + o.pieni.length + o.numero.length + o.erikois.length }).map((kaikki) => ({ o, järjestys: kaikki.map((x) => x.i) })))

const kokoa = (o: { iso: string[]; pieni: string[]; numero: string[]; erikois: string[] }, järjestys: readonly number[], pois: 'iso' | 'pieni' | 'numeroJaErikois' | undefined): string => {
  const kaikki = [...o.iso.map((c) => ({ c, k: 'iso' })), ...o.pieni.map((c) => ({ c, k: 'pieni' })), ...o.numero.map((c) => ({ c, k: 'numero' })), ...o.erikois.map((c) => ({ c, k: 'erikois' }))]
  return järjestys
    .map((i) => kaikki[i]!)
    .filter((x) => pois === undefined || (pois === 'numeroJaErikois' ? x.k !== 'numero' && x.k !== 'erikois' : x.k !== pois))
    .map((x) => x.c)
    .join('')
}

/** A character outside the allowed alphabet and not å, ä, ö. */
const kiellettyArb = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom(' ', '\t', '@', '-', '.', 'é', 'ß', 'Ж', '😀', '\u0000'))
  .map((s) => [...s.normalize('NFC')][0]!)
  .filter((c) => !/^[A-Za-z0-9]$/.test(c) && !SALASANAN_ERIKOISMERKIT.includes(c) && !'åäöÅÄÖ'.includes(c))

describe('salasananPuutteet: laws', () => {
  it('a password of the allowed alphabet with every required class passes; removing one class fails with exactly that shortcoming', () => {
    fc.assert(
      fc.property(osatArb, ({ o, järjestys }) => {
        const salasana = kokoa(o, järjestys, undefined)
        expect(salasananPuutteet(salasana, salasana)).toEqual([])
        const ilman = (pois: 'iso' | 'pieni' | 'numeroJaErikois'): readonly SalasananPuutteenKoodi[] => salasananPuutteet(kokoa(o, järjestys, pois)).map((p) => p.koodi)
        expect(ilman('iso')).toEqual(['eiIsojaKirjaimia'])
        expect(ilman('pieni')).toEqual(['eiPieniäKirjaimia'])
        expect(ilman('numeroJaErikois')).toEqual(o.iso.length + o.pieni.length >= 20 ? ['eiErikoismerkkejäEikäNumeroita'] : ['liianLyhyt', 'eiErikoismerkkejäEikäNumeroita'])
      }),
      RUNS,
    )
  })

  it('adding one forbidden character anywhere fails with exactly that shortcoming (å ä ö: `skandeja`, anything else: `kiellettyMerkki`)', () => {
    fc.assert(
      fc.property(osatArb, fc.oneof(kiellettyArb, fc.constantFrom(...'åäöÅÄÖ')), fc.nat(), ({ o, järjestys }, merkki, paikka) => {
        const salasana = kokoa(o, järjestys, undefined)
        const i = paikka % (salasana.length + 1)
        const huono = salasana.slice(0, i) + merkki + salasana.slice(i)
        expect(salasananPuutteet(huono).map((p) => p.koodi)).toEqual('åäöÅÄÖ'.includes(merkki) ? ['skandeja'] : ['kiellettyMerkki'])
      }),
      RUNS,
    )
  })

  it('shorter than 20 characters is `liianLyhyt`; a confirmation that differs is `eiTäsmää`, nothing else', () => {
    fc.assert(
      fc.property(osatArb, fc.string({ minLength: 1 }), ({ o, järjestys }, lisä) => {
        const salasana = kokoa(o, järjestys, undefined)
        expect(salasananPuutteet(salasana, salasana + lisä).map((p) => p.koodi)).toEqual(['eiTäsmää'])
      }),
      RUNS,
    )
    fc.assert(
      fc.property(luokka(ISOT), luokka(PIENET), luokka(NUMEROT), (a, b, c) => {
        const salasana = [...a, ...b, ...c].slice(0, 19).join('')
        expect(salasananPuutteet(salasana).map((p) => p.koodi)).toContain('liianLyhyt')
      }),
      RUNS,
    )
  })

  it('a message depends only on its code: nothing of the password reaches it', () => {
    const viestit = new Map<string, string>()
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), (salasana, vahvistus) => {
        const puutteet = salasananPuutteet(salasana, vahvistus)
        expect(new Set(puutteet.map((p) => p.koodi)).size).toBe(puutteet.length)
        for (const p of puutteet) {
          const teksti = JSON.stringify(p.message)
          expect(viestit.get(p.koodi) ?? teksti).toBe(teksti)
          viestit.set(p.koodi, teksti)
        }
      }),
      RUNS,
    )
  })
})

describe('the subpath’s date arithmetic (src/virkailija/paivat.ts)', () => {
  it('gives what src/date’s date-fns wrappers give', () => {
    fc.assert(
      fc.property(päiväArb, fc.integer({ min: -30, max: 30 }), fc.integer({ min: -400, max: 400 }), (päivä, kuukausia, päiviä) => {
        expect(lisääKuukausia(päivä, kuukausia)).toBe(addMonthsToDate(päivä, kuukausia))
        expect(lisääPäiviäModuulissa(päivä, päiviä)).toBe(addDaysToDate(päivä, päiviä))
        expect(suomalainenPäiväys(päivä)).toBe(formatFinnishDate(päivä))
      }),
      RUNS,
    )
  })
})

describe('reminders, cancellation and validity: laws', () => {
  it('reminder days: 9 days, strictly increasing, first = expiry − 1 month (date-fns), then expiry − 7 … expiry', () => {
    fc.assert(
      fc.property(päiväArb, (vanhenee) => {
        const päivät = käyttöoikeudenMuistutuspäivät(vanhenee)
        expect(päivät).toHaveLength(9)
        for (let i = 1; i < päivät.length; i++) expect(päivät[i - 1]! < päivät[i]!).toBe(true)
        expect(päivät[0]).toBe(iso(addMonths(parseISO(vanhenee), -1)))
        expect(päivät.at(-1)).toBe(vanhenee)
        expect(päivät.slice(1)).toEqual([7, 6, 5, 4, 3, 2, 1, 0].map((n) => lisääPäiviä(vanhenee, -n)))
        expect(päiviä(päivät[0]!, vanhenee)).toBeGreaterThanOrEqual(28)
        expect(päiviä(päivät[0]!, vanhenee)).toBeLessThanOrEqual(31)
      }),
      RUNS,
    )
  })

  it('a reminder is due on `today` exactly when today is one of the reminder days', () => {
    fc.assert(
      fc.property(päiväArb, fc.integer({ min: -40, max: 5 }), (vanhenee, siirto) => {
        const today = lisääPäiviä(vanhenee, siirto)
        expect(käyttöoikeudenMuistutusTänään(vanhenee, today)).toBe(käyttöoikeudenMuistutuspäivät(vanhenee).includes(today))
      }),
      RUNS,
    )
  })

  it('cancellation: the day after application + 2 months (date-fns), 60–63 days later, never earlier for a later application', () => {
    fc.assert(
      fc.property(päiväArb, fc.integer({ min: 0, max: 40 }), (anomus, myöhemmin) => {
        const viimeinen = käyttöoikeusanomuksenKäsittelyViimeistään(anomus)
        const peruuntuu = käyttöoikeusanomusPeruuntuu(anomus)
        expect(viimeinen).toBe(iso(addMonths(parseISO(anomus), 2)))
        expect(peruuntuu).toBe(lisääPäiviä(viimeinen, 1))
        expect(päiviä(anomus, peruuntuu)).toBeGreaterThanOrEqual(60)
        expect(päiviä(anomus, peruuntuu)).toBeLessThanOrEqual(63)
        expect(käyttöoikeusanomusPeruuntuu(lisääPäiviä(anomus, myöhemmin)) >= peruuntuu).toBe(true)
        expect(käyttöoikeusanomusOnPeruuntunut(anomus, viimeinen)).toBe(false)
        expect(käyttöoikeusanomusOnPeruuntunut(anomus, peruuntuu)).toBe(true)
        const day = Number(anomus.slice(8))
        if (day <= 28) expect(viimeinen.slice(8)).toBe(anomus.slice(8))
      }),
      RUNS,
    )
  })

  it('validity: from today (or later) to at most a year later is fine; one day more, or a start before today, is exactly that shortcoming', () => {
    fc.assert(
      fc.property(päiväArb, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 400 }), (today, alkuun, kesto) => {
        const alkamispäivä = lisääPäiviä(today, alkuun)
        const pisin = käyttöoikeudenPisinVoimassaolo(alkamispäivä)
        expect([365, 366]).toContain(päiviä(alkamispäivä, pisin))
        const päättymispäivä = lisääPäiviä(alkamispäivä, kesto)
        const koodit = käyttöoikeudenPuutteet({ alkamispäivä, päättymispäivä }, today).map((p) => p.koodi)
        expect(koodit).toEqual(päättymispäivä <= pisin ? [] : ['voimassaYliVuoden'])
        expect(käyttöoikeudenPuutteet({ alkamispäivä, päättymispäivä: lisääPäiviä(pisin, 1) }, today).map((p) => p.koodi)).toEqual(['voimassaYliVuoden'])
        expect(käyttöoikeudenPuutteet({ alkamispäivä: lisääPäiviä(today, -1 - alkuun), päättymispäivä: today }, today).map((p) => p.koodi)).toEqual(['alkaaTakautuvasti'])
      }),
      RUNS,
    )
  })
})

describe('e-mail and JOTPA main users: laws', () => {
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/)
  const osoiteArb = fc
    .tuple(fc.stringMatching(/^[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,10}(?:\.[a-z0-9_+-]{1,10}){0,2}$/), fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/))
    .map(([paikallinen, osat, pääte]) => `${paikallinen}@${[...osat, pääte].join('.')}`)

  it('a generated work address passes; a space, a second @ or a non-ASCII letter inserted anywhere fails', () => {
    fc.assert(
      fc.property(osoiteArb, fc.constantFrom(' ', '@', 'ä', '\u00a0', '..'), fc.nat(), (osoite, lisä, paikka) => {
        expect(sähköpostiosoitteenPuutteet(osoite)).toEqual([])
        const i = paikka % (osoite.length + 1)
        expect(sähköpostiosoitteenPuutteet(osoite.slice(0, i) + lisä + osoite.slice(i)).length).toBeGreaterThan(0)
      }),
      RUNS,
    )
  })

  it('fast-check’s RFC addresses of ASCII dot-atoms with a letter suffix pass', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (osoite) => {
        const at = osoite.lastIndexOf('@')
        const pääte = osoite.slice(osoite.lastIndexOf('.') + 1)
        fc.pre(osoite.length <= 254 && at <= 64 && /^[a-z]{2,}$/i.test(pääte))
        expect(sähköpostiosoitteenPuutteet(osoite)).toEqual([])
      }),
      RUNS,
    )
  })

  it('JOTPA main users: no shortcoming exactly when two or more different persons hold a right valid on today; order does not matter', () => {
    const oikeusArb = fc.record({
      oid: fc.constantFrom('a', 'b', 'c'),
      alkamispäivä: fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined }),
      päättymispäivä: fc.integer({ min: -30, max: 30 }),
    })
    fc.assert(
      fc.property(päiväArb, fc.array(oikeusArb, { maxLength: 8 }), (today, raaka) => {
        const oikeudet = raaka.map((o) => ({ oid: o.oid, päättymispäivä: lisääPäiviä(today, o.päättymispäivä), ...(o.alkamispäivä === undefined ? {} : { alkamispäivä: lisääPäiviä(today, o.alkamispäivä) }) }))
        const voimassa = new Set(oikeudet.filter((o) => o.päättymispäivä >= today && (o.alkamispäivä === undefined || o.alkamispäivä <= today)).map((o) => o.oid))
        const koodit = jotpaPääkäyttäjienPuutteet(oikeudet, today).map((p) => p.koodi)
        expect(koodit).toEqual(voimassa.size >= 2 ? [] : voimassa.size === 1 ? ['vainYksiJotpaPääkäyttäjä'] : ['eiJotpaPääkäyttäjää'])
        expect(jotpaPääkäyttäjienPuutteet([...oikeudet].reverse(), today)).toEqual(jotpaPääkäyttäjienPuutteet(oikeudet, today))
      }),
      RUNS,
    )
  })
})
