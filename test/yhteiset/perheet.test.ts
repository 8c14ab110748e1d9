/** The shared rule families (src/rules/yhteiset), configured as the coming types will configure them. */
import { describe, expect, it } from 'vitest'
import type { Message } from '../../src/finding'
import { rahoitusVaaditaan, RAHOITUS_PUUTTUU_KEY, vosEiRajapäivänJälkeenAlkavalle, vosLisätieto, vosLoma, VOS_LISÄTIETO_KEY, VOS_LOMA_KEY } from '../../src/rules/yhteiset'
import type { OpiskeluoikeusLike } from '../../src/rules/shapes'
import { jakso, ruleContext } from '../support'

const teksti = (fi: string): Message => ({ fi, sv: fi, en: fi })

type Oo = OpiskeluoikeusLike & { readonly lisätiedot?: { readonly erityinenTuki?: readonly { alku: string }[]; readonly henkilöstökoulutus?: boolean } }

const opiskeluoikeus = (jaksot: unknown[], lisätiedot?: Oo['lisätiedot']): Oo =>
  ({ tyyppi: { koodiarvo: 'muukuinsaanneltykoulutus', koodistoUri: 'opiskeluoikeudentyyppi' }, tila: { opiskeluoikeusjaksot: jaksot }, suoritukset: [], lisätiedot }) as Oo

describe('rahoitusVaaditaan (T-RAH-1, VJ-RAH-1, M-RAH-1, A-RAH-1)', () => {
  // M-RAH-1 as MUKS will configure it: the message names the state.
  const mRah1 = rahoitusVaaditaan<Oo>({
    id: 'M-RAH-1',
    what: 'rahoitus required',
    keys: [RAHOITUS_PUUTTUU_KEY],
    severity: 'error',
    source: { koski: 'KoskiValidator.validateOpintojenrahoitus' },
    tilat: ['lasna', 'hyvaksytystisuoritettu'],
    viesti: (tila) => teksti(`Opiskeluoikeuden tilalta ${tila.koodiarvo} puuttuu rahoitusmuoto`),
  })

  it('carries the metadata it was given', () => {
    expect(mRah1).toMatchObject({ id: 'M-RAH-1', keys: [RAHOITUS_PUUTTUU_KEY], severity: 'error', source: { koski: 'KoskiValidator.validateOpintojenrahoitus' } })
    expect(mRah1).not.toHaveProperty('tilat')
  })

  it('one error per jakso of a listed state without rahoitus', () => {
    const oo = opiskeluoikeus([jakso('2023-01-01', 'lasna', null), jakso('2023-02-01', 'keskeytynyt', null), jakso('2023-03-01', 'hyvaksytystisuoritettu', null), jakso('2023-04-01', 'lasna', '14')])
    expect(mRah1.check(oo, ruleContext({ path: '' })).map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([
      ['M-RAH-1', RAHOITUS_PUUTTUU_KEY, 'tila.opiskeluoikeusjaksot[0].opintojenRahoitus', 'Opiskeluoikeuden tilalta lasna puuttuu rahoitusmuoto'],
      ['M-RAH-1', RAHOITUS_PUUTTUU_KEY, 'tila.opiskeluoikeusjaksot[2].opintojenRahoitus', 'Opiskeluoikeuden tilalta hyvaksytystisuoritettu puuttuu rahoitusmuoto'],
    ])
  })
})

describe('VOS-2025 cut-offs (T-VOS-*, A-VOS-*)', () => {
  const lisätieto = vosLisätieto<Oo>({
    id: 'A-VOS-2',
    what: 'erityinenTuki cut-off',
    keys: [VOS_LISÄTIETO_KEY],
    severity: 'error',
    source: { koski: 'AmmatillinenValidation.validateAikajaksot' },
    kenttä: 'erityinenTuki',
    jaksot: (oo) => oo.lisätiedot?.erityinenTuki,
    viestit: { alkavalleOpiskeluoikeudelle: (r) => teksti(`alkaa ${r}`), jaksoAlkaa: (r) => teksti(`jakso ${r}`) },
    voimassa: { alkaen: '2026-01-01' },
  })
  const loma = vosLoma<Oo>({ id: 'A-VOS-4', what: 'loma cut-off', keys: [VOS_LOMA_KEY], severity: 'error', source: { koski: 'AmmatillinenValidation.validateLomaTilat' }, viesti: (r) => teksti(`loma ${r}`) })
  const ctx = (today: string, vosRajapäivä = '2025-12-31') => ruleContext({ path: '', today }, { today, vosRajapäivä })

  it('in force only when today is after R (R from the options)', () => {
    const oo = opiskeluoikeus([jakso('2025-01-01', 'lasna'), jakso('2025-06-01', 'loma')], { erityinenTuki: [{ alku: '2026-01-01' }] })
    expect(lisätieto.check(oo, ctx('2025-12-31'))).toEqual([])
    expect(loma.check(oo, ctx('2025-12-31'))).toEqual([])
    expect(lisätieto.check(oo, ctx('2026-01-01')).map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([
      ['A-VOS-2', VOS_LISÄTIETO_KEY, 'lisätiedot.erityinenTuki[0]', 'jakso 2025-12-31'],
    ])
    expect(loma.check(oo, ctx('2026-01-01')).map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([['A-VOS-4', VOS_LOMA_KEY, 'tila.opiskeluoikeusjaksot[1]', 'loma 2025-12-31']])
    expect(lisätieto.check(oo, ctx('2025-11-01', '2025-10-19')).map((f) => f.message.fi)).toEqual(['jakso 2025-10-19'])
    expect(lisätieto).toMatchObject({ id: 'A-VOS-2', voimassa: { alkaen: '2026-01-01' } })
  })

  it('a study right starting after R may not have the lisätieto at all', () => {
    const oo = opiskeluoikeus([jakso('2026-02-01', 'lasna')], { erityinenTuki: [{ alku: '2026-02-01' }] })
    expect(lisätieto.check(oo, ctx('2026-03-01')).map((f) => [f.path, f.message.fi])).toEqual([['lisätiedot.erityinenTuki', 'alkaa 2025-12-31']])
  })

  it('a lisätieto a study right starting after R may not use (A-VOS-5)', () => {
    const aVos5 = vosEiRajapäivänJälkeenAlkavalle<Oo>({
      id: 'A-VOS-5',
      what: 'henkilöstökoulutus cut-off',
      keys: ['badRequest.validation.ammatillinen.henkilöstökoulutusRajapäivänJälkeen'],
      severity: 'error',
      source: { koski: 'AmmatillinenValidation.validateHenkilöstökoulutusVosUudistuksenRajapäivänJälkeen' },
      kenttä: 'henkilöstökoulutus',
      käytössä: (oo) => oo.lisätiedot?.henkilöstökoulutus === true,
      key: 'badRequest.validation.ammatillinen.henkilöstökoulutusRajapäivänJälkeen',
      viesti: (r) => teksti(`henkilöstökoulutus ${r}`),
    })
    const alkaa = (alku: string, henkilöstökoulutus: boolean) => opiskeluoikeus([jakso(alku, 'lasna')], { henkilöstökoulutus })
    expect(aVos5.check(alkaa('2026-01-01', true), ctx('2026-03-01')).map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([
      ['A-VOS-5', 'badRequest.validation.ammatillinen.henkilöstökoulutusRajapäivänJälkeen', 'lisätiedot.henkilöstökoulutus', 'henkilöstökoulutus 2025-12-31'],
    ])
    expect(aVos5.check(alkaa('2025-12-31', true), ctx('2026-03-01'))).toEqual([])
    expect(aVos5.check(alkaa('2026-01-01', false), ctx('2026-03-01'))).toEqual([])
    expect(aVos5.check(alkaa('2026-01-01', true), ctx('2025-12-31'))).toEqual([])
  })
})
