/**
 * The laws of the LUVA and perusopetuksen lisäopetus arbitraries (`validiLuvaOpiskeluoikeus`,
 * `validiLisäopetuksenOpiskeluoikeus`, `validitOpiskeluoikeudet.luva/perusopetuksenlisaopetus`), as TUVA's: every
 * generated study right validates with no finding; validate is deterministic and does not touch its input; targeted
 * mutations give the expected structural finding; and the transition's functions (X-LISÄ-1, X-SIIRT-1, the helper)
 * obey their definitions on generated documents.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { siirtymäsäännös, validate } from '../../src'
import { validiLisäopetuksenOpiskeluoikeus, validiLuvaOpiskeluoikeus, validitOpiskeluoikeudet } from '../../src/arbitraries'
import { addDaysToDate } from '../../src/date'
import type { Json } from '../support'

const TODAY = '2026-11-22'
const OPTIONS = { numRuns: 60, endOnFailure: true }
const TYYPIT = [
  ['luva', validiLuvaOpiskeluoikeus],
  ['perusopetuksenlisaopetus', validiLisäopetuksenOpiskeluoikeus],
] as const

/** Rules a bare study right cannot run: the birth date is unknown, no `previous`. */
const ILMAN_KONTEKSTIA = new Set(['MK-REQ-1', 'MK-REL-1', 'G-ID-2', 'G-LJ-4', 'G-DUPOO-1'])

describe.each(TYPIT_NIMET())('generated valid %s study rights', (tyyppi) => {
  const arb = TYYPIT.find(([t]) => t === tyyppi)![1]

  it('validate with no finding, skipping only what a bare study right cannot tell; also through validitOpiskeluoikeudet', () => {
    fc.assert(
      fc.property(arb(), (oo) => {
        const r = validate(oo, { today: TODAY })
        expect(r.findings).toEqual([])
        expect(r.skipped.filter((id) => !ILMAN_KONTEKSTIA.has(id))).toEqual([])
        expect(r.unchecked).toEqual([])
      }),
      OPTIONS,
    )
    fc.assert(fc.property(validitOpiskeluoikeudet[tyyppi](), (oo) => {
      expect(validate(oo, { today: TODAY }).valid).toBe(true)
    }), { ...OPTIONS, numRuns: 20 })
  })

  it('validate is deterministic and leaves the document untouched', () => {
    fc.assert(
      fc.property(arb(), (oo) => {
        const kopio = structuredClone(oo)
        const a = validate(oo, { today: TODAY })
        expect(oo).toEqual(kopio)
        expect(validate(oo, { today: TODAY })).toEqual(a)
      }),
      OPTIONS,
    )
  })

  it('an unknown key in the päätaso → unexpectedProperty there; a broken jakso date → dateFormatMismatch there, and only structural findings', () => {
    fc.assert(
      fc.property(arb(), fc.nat(), (oo: Json, n) => {
        const a = structuredClone(oo)
        a.suoritukset[0].tuntematonKenttä = 1
        expect(validate(a, { today: TODAY }).findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)).toEqual(['S-1 unexpectedProperty suoritukset[0].tuntematonKenttä'])
        const b = structuredClone(oo)
        const i = n % b.tila.opiskeluoikeusjaksot.length
        b.tila.opiskeluoikeusjaksot[i].alku = '2021-02-30'
        const r = validate(b, { today: TODAY })
        expect(r.findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)).toEqual([`S-4 dateFormatMismatch tila.opiskeluoikeusjaksot[${i}].alku`])
      }),
      OPTIONS,
    )
  })

  it('removing the päätaso’s required toimipiste → missingProperty at it', () => {
    fc.assert(
      fc.property(arb(), (oo: Json) => {
        const a = structuredClone(oo)
        delete a.suoritukset[0].toimipiste
        expect(validate(a, { today: TODAY }).findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)).toEqual(['S-2 missingProperty suoritukset[0].toimipiste'])
      }),
      OPTIONS,
    )
  })

  it('X-SIIRT-1 exactly when the study right is moved to start on or after 1.8.2022 (all dates shifted)', () => {
    fc.assert(
      fc.property(arb(), fc.integer({ min: 0, max: 400 }), (oo: Json, päivät) => {
        const alku: string = oo.tila.opiskeluoikeusjaksot[0].alku
        const siirto = Math.max(0, Math.round((Date.parse('2022-08-01') - Date.parse(alku)) / 86_400_000)) + päivät - 200
        const s = JSON.parse(JSON.stringify(oo).replace(/"(\d{4}-\d{2}-\d{2})"/g, (_m, d: string) => JSON.stringify(addDaysToDate(d, siirto))))
        const uusiAlku: string = s.tila.opiskeluoikeusjaksot[0].alku
        const r = validate(s, { today: TODAY })
        expect(r.findings.some((f) => f.rule === 'X-SIIRT-1')).toBe(uusiAlku >= '2022-08-01')
      }),
      OPTIONS,
    )
  })
})

describe('the helper on generated documents', () => {
  it('never throws; a study right started before 1.8.2022 and ended before 31.7.2022 is no transition; valmistunut ones are päivitäAiempi', () => {
    fc.assert(
      fc.property(fc.oneof(validiLuvaOpiskeluoikeus(), validiLisäopetuksenOpiskeluoikeus()), (oo: Json) => {
        const v = siirtymäsäännös(oo)
        const jaksot = oo.tila.opiskeluoikeusjaksot
        const viimeinen = jaksot[jaksot.length - 1]
        expect(v.koulutus).toBe(oo.tyyppi.koodiarvo)
        if (viimeinen.alku < '2022-07-31') expect(v.toimenpide).toBe('eiSiirtymää')
        else if (viimeinen.tila.koodiarvo === 'valmistunut') expect(v.toimenpide).toBe('päivitäAiempi')
        else expect(['luoTuva', 'päivitäAiempi']).toContain(v.toimenpide)
        expect(v.sovelletaan).toBe(v.toimenpide === 'luoTuva')
        expect(v.perusteet.length).toBeGreaterThan(0)
      }),
      { numRuns: 200 },
    )
  })

  it('any JSON value: an answer, never a throw', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
      expect(siirtymäsäännös(a, b).perusteet.length).toBeGreaterThan(0)
    }), { numRuns: 300 })
  })
})

function TYPIT_NIMET(): readonly (typeof TYYPIT)[number][0][] {
  return TYYPIT.map(([t]) => t)
}
