/** A-ERO-1 as a shared family (src/rules/yhteiset/eronnut.ts), configured as ammatillinen and lisäopetus configure it. */
import { describe, expect, it } from 'vitest'
import { ERONNUT_VAIKKA_VAHVISTETTU_KEY, eronnutVaikkaVahvistettu } from '../../src/rules/yhteiset'
import type { OpiskeluoikeusLike } from '../../src/rules/shapes'
import { jakso, ruleContext } from '../support'

const vahvistus = { päivä: '2017-01-01' }
const päätaso = (tyyppi: string, vahvistettu: boolean) => ({
  tyyppi: { koodiarvo: tyyppi, koodistoUri: 'suorituksentyyppi' },
  koulutusmoduuli: { tunniste: { koodiarvo: '020075', koodistoUri: 'koulutus' } },
  ...(vahvistettu ? { vahvistus } : {}),
})
const opiskeluoikeus = (tilat: readonly string[], suoritukset: unknown[]): OpiskeluoikeusLike =>
  ({
    tyyppi: { koodiarvo: 'perusopetuksenlisaopetus', koodistoUri: 'opiskeluoikeudentyyppi' },
    tila: { opiskeluoikeusjaksot: tilat.map((t, i) => jakso(`${2016 + i}-01-01`, t, null)) },
    suoritukset,
  }) as OpiskeluoikeusLike

describe('A-ERO-1 eronnutVaikkaVahvistettu', () => {
  const kaikki = eronnutVaikkaVahvistettu()
  const ammatillinen = eronnutVaikkaVahvistettu({ huomioitava: (s) => s.tyyppi.koodiarvo !== 'nayttotutkintoonvalmistavakoulutus' })
  const ctx = ruleContext()

  it("OppijaValidationPerusopetuksenLisaopetusSpec › Kun suorituksen tila 'vahvistettu', opiskeluoikeuden tila ei voi olla 'eronnut' tai 'katsotaan eronneeksi'", () => {
    const f = kaikki.check(opiskeluoikeus(['lasna', 'eronnut'], [päätaso('perusopetuksenlisaopetus', true)]), ctx)
    expect(f.map((x) => [x.rule, x.key, x.path, x.severity])).toEqual([['A-ERO-1', ERONNUT_VAIKKA_VAHVISTETTU_KEY, 'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]', 'error']])
    expect(f[0]!.message.fi).toBe(
      'Opiskeluoikeutta ei voi merkitä eronneeksi sillä päätason suoritus on vahvistettu. Suorituksen vahvistus tulee poistaa jos opiskeluoikeus halutaan päättää tilaan "eronnut tai katsotaan eronneeksi"',
    )
    expect(f[0]!.hint).toBeDefined()
  })

  it('katsotaaneronneeksi and keskeytynyt count too, anywhere in the list (the first is named)', () => {
    for (const t of ['katsotaaneronneeksi', 'keskeytynyt']) {
      expect(kaikki.check(opiskeluoikeus(['lasna', t, 'lasna'], [päätaso('perusopetuksenlisaopetus', true)]), ctx).map((x) => x.path)).toEqual(['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]'])
    }
  })

  it('passes: eronnut without a vahvistus, or vahvistettu and valmistunut', () => {
    expect(kaikki.check(opiskeluoikeus(['lasna', 'eronnut'], [päätaso('perusopetuksenlisaopetus', false)]), ctx)).toEqual([])
    expect(kaikki.check(opiskeluoikeus(['lasna', 'valmistunut'], [päätaso('perusopetuksenlisaopetus', true)]), ctx)).toEqual([])
    expect(kaikki.check(opiskeluoikeus(['lasna', 'valiaikaisestikeskeytynyt', 'lasna'], [päätaso('perusopetuksenlisaopetus', true)]), ctx)).toEqual([])
  })

  it('ammatillinen: a vahvistettu näyttötutkintoon valmistava päätaso does not count (TilanAsettaminenKunVahvistettuSuoritusValidation.validateYleisetSuoritukset)', () => {
    const oo = (muu: boolean) => opiskeluoikeus(['lasna', 'katsotaaneronneeksi'], [päätaso('nayttotutkintoonvalmistavakoulutus', true), päätaso('ammatillinentutkinto', muu)])
    expect(ammatillinen.check(oo(false), ctx)).toEqual([])
    expect(ammatillinen.check(oo(true), ctx).map((x) => x.rule)).toEqual(['A-ERO-1'])
    expect(kaikki.check(oo(false), ctx).map((x) => x.rule)).toEqual(['A-ERO-1'])
  })

  it('carries its metadata; an id of the caller’s may replace it', () => {
    expect(kaikki).toMatchObject({ id: 'A-ERO-1', keys: [ERONNUT_VAIKKA_VAHVISTETTU_KEY], severity: 'error', source: { koski: 'TilanAsettaminenKunVahvistettuSuoritusValidation.validateOpiskeluoikeus' } })
    expect(eronnutVaikkaVahvistettu({ meta: { id: 'X-1' } }).id).toBe('X-1')
  })
})
