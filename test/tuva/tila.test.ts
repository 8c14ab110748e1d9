/** T-TILA-1, T-TILA-2, T-RAH-1 (catalogue §3.3; OppijaValidationTutkintokoulutukseenValmentavaKoulutusSpec). */
import { describe, expect, it } from 'vitest'
import { byRule, errors, found, jakso, keskeneräinen, luvalla, run, tuva } from '../support'

const TILA_KEY = 'badRequest.validation.tila.tuvaSuorituksenOpiskeluoikeidenTilaVääräKoodiarvo'
const RAH_KEY = 'badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto'

describe('T-TILA-1 — eronnut is forbidden', () => {
  it('accepts the valid example', () => {
    expect(byRule(run(tuva()), 'T-TILA-1')).toEqual([])
  })
  it('spec: Opiskeluoikeuden tilaa "eronnut" ei saa käyttää (lasna 2021-08-01, eronnut 2022-08-01)', () => {
    const report = run(tuva((o) => (o.tila.opiskeluoikeusjaksot = [jakso('2021-08-01', 'lasna'), jakso('2022-08-01', 'eronnut', null)])))
    const [f] = byRule(report, 'T-TILA-1')
    expect(f).toMatchObject({ severity: 'error', key: TILA_KEY, path: 'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]' })
    expect(f!.message.fi).toBe('Opiskeluoikeuden tila "Eronnut" ei ole sallittu tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeudessa. Käytä tilaa "Katsotaan eronneeksi".')
    expect(report.valid).toBe(false)
  })
  it('reports once, at the first eronnut jakso, wherever it is', () => {
    const report = run(keskeneräinen((o) => o.tila.opiskeluoikeusjaksot.push(jakso('2021-09-01', 'eronnut', null), jakso('2021-10-01', 'eronnut', null))))
    expect(found(report, 'T-TILA-1').map(([p]) => p)).toEqual(['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]'])
  })
  it('accepts katsotaaneronneeksi', () => {
    const report = run(tuva((o, s) => {
      o.tila.opiskeluoikeusjaksot = [jakso('2021-08-01', 'lasna'), jakso('2022-08-01', 'katsotaaneronneeksi', null)]
      delete s.vahvistus
    }))
    expect(byRule(report, 'T-TILA-1')).toEqual([])
    expect(errors(report)).toEqual([])
  })
})

describe('T-TILA-2 — loma only with the ammatillinen lupa', () => {
  /** KOSKI's tuvaOpiskeluOikeusLoma: loma from 2020-01-01, lasna from 2025-10-20. */
  const tuvaLoma = [jakso('2020-01-01', 'loma'), jakso('2025-10-20', 'lasna')]
  const lomalla = [jakso('2021-08-01', 'lasna'), jakso('2022-01-10', 'loma'), jakso('2022-02-01', 'lasna'), jakso('2022-08-01', 'valmistunut')]

  it('spec: loma sallitaan, kun järjestämislupa on ammatillinen (tuvaOpiskeluOikeusLoma)', () => {
    const doc = luvalla('ammatillinen')
    doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot = tuvaLoma
    const report = run(doc)
    expect(byRule(report, 'T-TILA-2')).toEqual([])
    expect(errors(report)).toEqual([])
  })
  it('loma between lasna jaksot in a valmistunut study right, ammatillinen lupa', () => {
    const report = run(tuva((o) => {
      o.tila.opiskeluoikeusjaksot = lomalla
      o.lisätiedot = { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] }
    }))
    expect(byRule(report, 'T-TILA-2')).toEqual([])
    expect(errors(report)).toEqual([])
  })
  it('spec: loma ei sallittu, kun järjestämislupa on lukio (tuvaOpiskeluOikeusLoma) — that error only', () => {
    const doc = luvalla('lukio')
    doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot = tuvaLoma
    const report = run(doc)
    expect(found(report, 'T-TILA-2')).toEqual([
      [
        'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0]',
        'Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuden tila ei voi olla "loma", jos opiskeluoikeuden järjestämislupa ei ole ammatillisen koulutuksen järjestämisluvan piirissä.',
      ],
    ])
    expect(errors(report)).toEqual([`T-TILA-2 ${TILA_KEY}`])
  })
  it.each(['lukio', 'perusopetus'] as const)('loma ei sallittu, kun järjestämislupa on %s (loma between lasna jaksot)', (lupa) => {
    const doc = luvalla(lupa)
    doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot = lomalla
    const report = run(doc)
    expect(found(report, 'T-TILA-2')).toEqual([
      [
        'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]',
        'Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuden tila ei voi olla "loma", jos opiskeluoikeuden järjestämislupa ei ole ammatillisen koulutuksen järjestämisluvan piirissä.',
      ],
    ])
    expect(byRule(report, 'T-TILA-2')[0]!.key).toBe(TILA_KEY)
    expect(errors(report)).toEqual([`T-TILA-2 ${TILA_KEY}`])
  })
  it('accepts the other luvat without loma', () => {
    expect(errors(run(luvalla('lukio')))).toEqual([])
    expect(errors(run(luvalla('perusopetus')))).toEqual([])
  })
})

describe('T-RAH-1 — rahoitus for lasna, valmistunut and loma', () => {
  it('accepts the valid example', () => {
    expect(byRule(run(tuva()), 'T-RAH-1')).toEqual([])
  })
  it('spec: jaksolla pitää olla rahoitusmuoto kun tila on läsnä', () => {
    const report = run(keskeneräinen((o) => delete o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus))
    expect(found(report, 'T-RAH-1')).toEqual([['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0].opintojenRahoitus', 'Opiskeluoikeuden tilalta vaaditaan rahoitusmuoto']])
    expect(errors(report)).toEqual([`T-RAH-1 ${RAH_KEY}`])
  })
  it('spec: jaksolla pitää olla rahoitusmuoto kun tila on valmistunut', () => {
    const report = run(tuva((o) => delete o.tila.opiskeluoikeusjaksot[1].opintojenRahoitus))
    expect(found(report, 'T-RAH-1')).toEqual([['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].opintojenRahoitus', 'Opiskeluoikeuden tilalta vaaditaan rahoitusmuoto']])
    expect(errors(report)).toEqual([`T-RAH-1 ${RAH_KEY}`])
  })
  it('spec: jaksolla pitää olla rahoitusmuoto kun tila on loma (ammatillinen lupa)', () => {
    const report = run(keskeneräinen((o) => {
      o.tila.opiskeluoikeusjaksot = [jakso('2021-08-01', 'lasna'), jakso('2022-08-01', 'loma', null), jakso('2025-10-19', 'lasna')]
    }))
    expect(found(report, 'T-RAH-1')).toEqual([['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].opintojenRahoitus', 'Opiskeluoikeuden tilalta vaaditaan rahoitusmuoto']])
    expect(errors(report)).toEqual([`T-RAH-1 ${RAH_KEY}`])
  })
  it('reports every jakso without rahoitus', () => {
    const report = run(tuva((o) => o.tila.opiskeluoikeusjaksot.forEach((j: { opintojenRahoitus?: unknown }) => delete j.opintojenRahoitus)))
    expect(found(report, 'T-RAH-1').map(([p]) => p)).toEqual([
      'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0].opintojenRahoitus',
      'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].opintojenRahoitus',
    ])
  })
  it.each(['valiaikaisestikeskeytynyt', 'katsotaaneronneeksi'])('does not require rahoitus for %s', (tila) => {
    const report = run(keskeneräinen((o) => o.tila.opiskeluoikeusjaksot.push(jakso('2022-01-01', tila, null))))
    expect(byRule(report, 'T-RAH-1')).toEqual([])
  })
  it('works on a bare study right (path without opiskeluoikeudet[0])', () => {
    const doc = keskeneräinen((o) => delete o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus)
    expect(found(run(doc.opiskeluoikeudet[0]), 'T-RAH-1').map(([p]) => p)).toEqual(['tila.opiskeluoikeusjaksot[0].opintojenRahoitus'])
  })
})
