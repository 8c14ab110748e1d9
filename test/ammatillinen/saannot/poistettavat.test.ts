/** A-POIS-1 — the field KOSKI drops on input (@RedundantData of AmmatillisenOpiskeluoikeudenLisätiedot). */
import { describe, expect, it } from 'vitest'
import { validate } from '../../../src'
import { ammatillisenTiputettavatKentät } from '../../../src/tyypit/ammatillinen/saannot/poistettavat'
import { amm, ammLöydökset } from '../../support'

describe('A-POIS-1 — lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan, which KOSKI accepts and does not store (@RedundantData)', () => {
  it('without the field: no finding', () => {
    expect(ammLöydökset(ammatillisenTiputettavatKentät, amm())).toEqual([])
  })
  it('with it (true or false): our warning at the field, with the shared text', () => {
    for (const arvo of [true, false]) {
      const doc = amm((oo) => (oo.lisätiedot = { ...(oo.lisätiedot ?? {}), oikeusMaksuttomaanAsuntolapaikkaan: arvo }))
      expect(ammLöydökset(ammatillisenTiputettavatKentät, doc)).toEqual([
        [
          'opiskeluoikeudet[0].lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan',
          'KOSKI ei ota kenttää oikeusMaksuttomaanAsuntolapaikkaan vastaan ammatillisen koulutuksen opiskeluoikeudella: tieto tiputetaan siirrossa pois ilman virhettä.',
        ],
      ])
    }
  })
  it('through validate: a warning, the document stays valid (KOSKI answers 200)', () => {
    const doc = amm((oo) => (oo.lisätiedot = { ...(oo.lisätiedot ?? {}), oikeusMaksuttomaanAsuntolapaikkaan: true }))
    const report = validate(doc, { today: '2026-11-22' })
    const f = report.findings.filter((x) => x.rule === 'A-POIS-1')
    expect(f.map((x) => [x.severity, x.key])).toEqual([['warning', 'koskiValidation.ammatillinen.kenttaTiputetaan']])
    expect(f[0]!.hint?.en).toBe('Leave oikeusMaksuttomaanAsuntolapaikkaan out of the study right you send; it is not stored.')
    expect(report.findings.filter((x) => x.severity === 'error' && x.path.includes('oikeusMaksuttomaanAsuntolapaikkaan'))).toEqual([])
  })
})
