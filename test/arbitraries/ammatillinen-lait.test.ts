/**
 * The laws of the ammatillinen arbitraries (koski-validation/arbitraries), as TUVA's (test/arbitraries/lait.test.ts):
 * every document is valid on its validation date — no error and no warning; only the rules needing context the
 * document cannot carry are skipped — for every kind and several dates, and the same seed gives the same documents.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validate } from '../../src'
import { OLETUSPÄIVÄ, validiAmmatillinenOppija, validiAmmatillinenOpiskeluoikeus, type AmmatillinenArbitraariLaji } from '../../src/arbitraries'

const LAJIT: readonly AmmatillinenArbitraariLaji[] = ['perustutkinto', 'osittainen', 'muuammatillinen', 'jotpa', 'valma', 'telma']
const PÄÄTASO: Readonly<Record<AmmatillinenArbitraariLaji, string>> = {
  perustutkinto: 'ammatillinentutkinto',
  osittainen: 'ammatillinentutkintoosittainen',
  muuammatillinen: 'muuammatillinenkoulutus',
  jotpa: 'muuammatillinenkoulutus',
  valma: 'valma',
  telma: 'telma',
}

const summary = (r: ReturnType<typeof validate>): string[] => r.findings.map((f) => `${f.severity} ${f.rule} ${f.path} ${f.message.fi}`)

describe('validiAmmatillinenOppija: every document validates on its date with no error and no warning', () => {
  it.each(LAJIT)('%s', (laji) => {
    fc.assert(
      fc.property(validiAmmatillinenOppija({ lajit: [laji] }), (doc) => {
        expect(doc.opiskeluoikeudet[0].suoritukset[0]!.tyyppi.koodiarvo).toBe(PÄÄTASO[laji])
        const report = validate(doc, { today: OLETUSPÄIVÄ })
        expect(summary(report)).toEqual([])
        expect(report.unchecked).toEqual([])
      }),
      { numRuns: 40 },
    )
  })

  it.each(['2019-03-01', '2022-06-30', '2023-08-01', '2025-12-31'])('with today %s, every kind its time allows', (today) => {
    fc.assert(
      fc.property(validiAmmatillinenOppija({ today }), (doc) => {
        expect(summary(validate(doc, { today }))).toEqual([])
      }),
      { numRuns: 40 },
    )
  })

  it('the JOTPA-funded ones carry rahoitus 14 or 15 on every jakso and a jotpaAsianumero', () => {
    fc.assert(
      fc.property(validiAmmatillinenOpiskeluoikeus({ lajit: ['jotpa'] }), (oo) => {
        const rahoitukset = new Set(oo.tila.opiskeluoikeusjaksot.map((j) => j.opintojenRahoitus?.koodiarvo))
        expect(rahoitukset.size).toBe(1)
        expect(['14', '15']).toContain([...rahoitukset][0])
        expect(oo.lisätiedot?.jotpaAsianumero?.koodistoUri).toBe('jotpaasianumero')
      }),
      { numRuns: 20 },
    )
  })

  it('the perustutkinto has its YTO with osa-alueet whose laajuudet sum to the YTO’s', () => {
    fc.assert(
      fc.property(validiAmmatillinenOpiskeluoikeus({ lajit: ['perustutkinto'] }), (oo) => {
        for (const osa of oo.suoritukset[0]!.osasuoritukset ?? []) {
          if (osa.tyyppi.koodiarvo !== 'ammatillisentutkinnonosa' || !('osasuoritukset' in osa) || osa.osasuoritukset === undefined) continue
          const summa = (osa.osasuoritukset as readonly { koulutusmoduuli: { laajuus?: { arvo: number } } }[]).reduce((s, a) => s + (a.koulutusmoduuli.laajuus?.arvo ?? 0), 0)
          expect(summa).toBe((osa.koulutusmoduuli as { laajuus?: { arvo: number } }).laajuus?.arvo)
        }
      }),
      { numRuns: 20 },
    )
  })

  it('is deterministic: the same seed gives the same documents', () => {
    const a = fc.sample(validiAmmatillinenOppija(), { seed: 42, numRuns: 10 })
    const b = fc.sample(validiAmmatillinenOppija(), { seed: 42, numRuns: 10 })
    expect(a).toEqual(b)
  })

  it('rejects options of the wrong form', () => {
    expect(() => validiAmmatillinenOppija({ today: '2018-01-01' })).toThrow(RangeError)
    expect(() => validiAmmatillinenOppija({ lajit: [] })).toThrow(RangeError)
    expect(() => validiAmmatillinenOppija({ lajit: ['jotpa'], today: '2021-06-01' })).toThrow(RangeError)
  })
})
