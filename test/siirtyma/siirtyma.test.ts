/**
 * The 2022 transition (src/siirtyma): the cut-off dates as data, X-VALMA-1 on a structural VALMA study right (the
 * cases of OppijaValidationValmaSpec), the instruction's warnings X-SIIRT-1…4 (seed 001), ennenMuita, and the helper
 * siirtymäsäännös.
 */
import { describe, expect, it } from 'vitest'
import {
  SIIRTYMÄN_RAJAPÄIVÄT,
  VALMA_JA_LISÄOPETUKSEN_TILARAJAT,
  opinnotValmiit,
  siirtymäsäännös,
  siirtymänKoulutus,
  tilarajaPäivänä,
  type Rajapäivä,
} from '../../src'
import { ennenMuita, valmaTilaEiSallittu, VALMA_TILA_KEY } from '../../src/siirtyma'
import type { OpiskeluoikeusLike } from '../../src/rules/shapes'
import type { Rule } from '../../src/rules/types'
import { jakso, lisäOo, luvaOo, muokattu, oo, rulesAt, ruleContext, run, runOo, tilaJakso, type Json } from '../support'

/** A structural VALMA study right (ammatillinen with a `valma` päätaso), as the ammatillinen codec will decode it. */
const valma = (jaksot: Json[]): OpiskeluoikeusLike =>
  ({
    tyyppi: { koodiarvo: 'ammatillinenkoulutus', koodistoUri: 'opiskeluoikeudentyyppi' },
    tila: { opiskeluoikeusjaksot: jaksot },
    suoritukset: [{ tyyppi: { koodiarvo: 'valma', koodistoUri: 'suorituksentyyppi' }, koulutusmoduuli: { tunniste: { koodiarvo: '999901', koodistoUri: 'koulutus' } } }],
  }) as OpiskeluoikeusLike

describe('the cut-off dates as data', () => {
  it('every date is an ISO day with its source (seed 001 and the law, or KOSKI)', () => {
    for (const [nimi, r] of Object.entries(SIIRTYMÄN_RAJAPÄIVÄT) as [string, Rajapäivä][]) {
      expect(r.päivä, nimi).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(r.lähde.ohje !== undefined || r.lähde.koski !== undefined, nimi).toBe(true)
      if (r.lähde.ohje !== undefined) expect(r.lähde.ohje.seed).toBe('001_2a3a574a59251b12.txt')
    }
    expect(SIIRTYMÄN_RAJAPÄIVÄT.uusiaEiLuodaAlkaen.päivä).toBe('2022-08-01')
    expect(SIIRTYMÄN_RAJAPÄIVÄT.luvaViimeistään.päivä).toBe('2023-07-31')
  })

  it('the VALMA/lisäopetus cut-off moved 2.8.2022 → 2.10.2022 → 1.6.2023: the version in force by today, contiguous, none before', () => {
    expect(VALMA_JA_LISÄOPETUKSEN_TILARAJAT.map((r) => [r.ensimmäinenKielletty, r.muutoshistoria])).toEqual([
      ['2022-08-02', '2022-08-02'],
      ['2022-10-02', '2022-09-13'],
      ['2023-06-01', '2022-12-21'],
    ])
    expect(tilarajaPäivänä('2022-08-01')).toBeUndefined()
    expect(tilarajaPäivänä('2022-08-02')?.ensimmäinenKielletty).toBe('2022-08-02')
    expect(tilarajaPäivänä('2022-09-12')?.ensimmäinenKielletty).toBe('2022-08-02')
    expect(tilarajaPäivänä('2022-09-13')?.ensimmäinenKielletty).toBe('2022-10-02')
    expect(tilarajaPäivänä('2022-12-20')?.ensimmäinenKielletty).toBe('2022-10-02')
    expect(tilarajaPäivänä('2022-12-21')?.ensimmäinenKielletty).toBe('2023-06-01')
    expect(tilarajaPäivänä('2099-01-01')?.ensimmäinenKielletty).toBe('2023-06-01')
  })
})

describe('X-VALMA-1 on a VALMA päätaso (OppijaValidationValmaSpec)', () => {
  it('Opiskeluoikeuden valmistumistilan alkupäivämäärä voi olla päiväys 31.5.2023 tai aikaisemmin vaikka peruste ei ole voimassa', () => {
    expect(valmaTilaEiSallittu.check(valma([jakso('2021-10-01', 'lasna'), jakso('2023-05-31', 'valmistunut')]), ruleContext())).toEqual([])
  })

  it('Opiskeluoikeuden tilan alkupäivämäärä ei voi olla päiväys 31.5.2023 jälkeen', () => {
    const f = valmaTilaEiSallittu.check(valma([jakso('2023-06-01', 'lasna')]), ruleContext())
    expect(f.map((x) => [x.rule, x.key, x.path, x.message.fi])).toEqual([
      [
        'X-VALMA-1',
        VALMA_TILA_KEY,
        'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0]',
        'Valmentavan koulutuksen opiskeluoikeudelle ei ole mahdollista merkitä uusia opiskeluoikeuden tiloja, joiden alkupäivämäärä on 1.6.2023 tai sen jälkeen.',
      ],
    ])
  })

  it('only a study right with a valma päätaso; by today the earlier cut-offs', () => {
    const muu = { ...valma([jakso('2023-06-01', 'lasna')]), suoritukset: [{ tyyppi: { koodiarvo: 'ammatillinentutkinto', koodistoUri: 'suorituksentyyppi' }, koulutusmoduuli: { tunniste: { koodiarvo: '351301', koodistoUri: 'koulutus' } } }] } as OpiskeluoikeusLike
    expect(valmaTilaEiSallittu.check(muu, ruleContext())).toEqual([])
    const syksy = valma([jakso('2022-05-01', 'lasna'), jakso('2022-10-02', 'valmistunut')])
    expect(valmaTilaEiSallittu.check(syksy, ruleContext({ today: '2022-10-01' })).map((x) => x.path)).toEqual(['opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1]'])
    expect(valmaTilaEiSallittu.check(syksy, ruleContext({ today: '2022-12-21' }))).toEqual([])
    expect(valmaTilaEiSallittu.check(syksy, ruleContext({ today: '2022-07-01' }))).toEqual([])
    expect(valmaTilaEiSallittu.voimassa).toEqual({ alkaen: '2022-08-02' })
    expect(valmaTilaEiSallittu.source.muutoshistoria).toEqual(['2022-08-02', '2022-09-13', '2022-12-21'])
  })
})

describe('ennenMuita: a failing gate (X-LISÄ-1, X-VALMA-1) leaves the other rules unrun, their metadata kept', () => {
  const muu: Rule<OpiskeluoikeusLike> = { id: 'T-1', what: 'a test rule that always finds', keys: ['k'], severity: 'error', source: { oma: 'test' }, check: () => [{ severity: 'error', key: 'k', rule: 'T-1', path: '', pointer: '', message: { fi: 'x', sv: 'x', en: 'x' } }] }
  const [portti, kääritty] = ennenMuita(valmaTilaEiSallittu, [muu])
  it('runs the rule when the gate passes, not when it fails', () => {
    expect(portti).toBe(valmaTilaEiSallittu)
    expect(kääritty!.check(valma([jakso('2022-01-01', 'lasna')]), ruleContext()).length).toBe(1)
    expect(kääritty!.check(valma([jakso('2023-06-01', 'lasna')]), ruleContext())).toEqual([])
    expect({ ...kääritty, check: undefined }).toEqual({ ...muu, check: undefined })
  })
})

describe('X-SIIRT-1: a LUVA or lisäopetus study right starting on or after 1.8.2022 (seed 001)', () => {
  it('warns at the first jakso; 31.7.2022 passes', () => {
    const uusi = (alku: string) => luvaOo((o) => { o.tila.opiskeluoikeusjaksot = [tilaJakso(alku, 'lasna', '1'), tilaJakso('2023-06-01', 'valmistunut', '1')]; o.suoritukset[0].vahvistus.päivä = '2023-06-01'; delete o.lisätiedot })
    const r = runOo(uusi('2022-08-01'))
    expect(r.findings.map((f) => [f.rule, f.severity, f.key, f.path])).toEqual([['X-SIIRT-1', 'warning', 'koskiValidation.siirtyma.uusiOpiskeluoikeusSiirtymanJalkeen', 'tila.opiskeluoikeusjaksot[0]']])
    expect(r.findings[0]!.message.fi).toContain('ei luoda KOSKI-palveluun')
    expect(runOo(uusi('2022-07-31')).findings).toEqual([])
    const lisä = lisäOo((o) => { o.tila.opiskeluoikeusjaksot = [tilaJakso('2022-08-15', 'lasna'), tilaJakso('2023-05-31', 'valmistunut')]; o.suoritukset[0].vahvistus.päivä = '2023-05-31'; delete o.lisätiedot })
    expect(rulesAt(runOo(lisä))).toEqual([['X-SIIRT-1', 'tila.opiskeluoikeusjaksot[0]']])
  })
})

describe('X-SIIRT-2: LUVA open after 31.7.2023 or ending after it (seed 001)', () => {
  const luva = (jaksot: Json[]) => luvaOo((o) => { o.tila.opiskeluoikeusjaksot = jaksot; delete o.lisätiedot; if (jaksot.at(-1).tila.koodiarvo !== 'valmistunut') delete o.suoritukset[0].vahvistus; else o.suoritukset[0].vahvistus.päivä = jaksot.at(-1).alku })
  it('ending after 31.7.2023: warns at the final jakso; on 31.7.2023 passes', () => {
    expect(rulesAt(runOo(luva([tilaJakso('2022-01-10', 'lasna', '1'), tilaJakso('2023-08-01', 'valmistunut', '1')])))).toEqual([['X-SIIRT-2', 'tila.opiskeluoikeusjaksot[1]']])
    expect(runOo(luva([tilaJakso('2022-01-10', 'lasna', '1'), tilaJakso('2023-07-31', 'valmistunut', '1')])).findings).toEqual([])
  })
  it('still open: warns when today is after 31.7.2023, not before', () => {
    const auki = luva([tilaJakso('2022-01-10', 'lasna', '1')])
    expect(rulesAt(runOo(auki))).toEqual([['X-SIIRT-2', 'tila.opiskeluoikeusjaksot[0]']])
    expect(runOo(auki, { today: '2023-07-31' }).findings).toEqual([])
  })
})

describe('X-SIIRT-3, X-SIIRT-4: a TUVA study right and the stored earlier one (storedStudyRights)', () => {
  const tuvaAlkaen = (alku: string) =>
    muokattu((o) => {
      o.tila.opiskeluoikeusjaksot[0].alku = alku
    })
  /** A lisäopetus study right ongoing at the transition, its studies not all done. */
  const kesken = lisäOo((o) => {
    o.oid = '1.2.246.562.15.00000000001'
    o.tila.opiskeluoikeusjaksot = [tilaJakso('2021-08-15', 'lasna'), tilaJakso('2022-08-31', 'eronnut')]
    delete o.suoritukset[0].vahvistus
    delete o.suoritukset[0].osasuoritukset[0].arviointi
  })
  /** The same, every osasuoritus assessed and valmistunut on 15.8.2022: completed by 31.7.2022. */
  const valmis = lisäOo((o) => {
    o.tila.opiskeluoikeusjaksot = [tilaJakso('2021-08-15', 'lasna'), tilaJakso('2022-08-15', 'valmistunut')]
    o.suoritukset[0].vahvistus.päivä = '2022-08-15'
  })

  it('X-SIIRT-3: a TUVA starting before 1.8.2022 for a learner moving from lisäopetus; skipped without storedStudyRights', () => {
    const doc = tuvaAlkaen('2022-06-01')
    const ilman = run(doc)
    expect(ilman.skipped).toContain('X-SIIRT-3')
    const r = run(doc, { storedStudyRights: [kesken] })
    expect(r.findings.filter((f) => f.rule === 'X-SIIRT-3').map((f) => [f.severity, f.key, f.path])).toEqual([['warning', 'koskiValidation.siirtyma.tuvaAlkaaEnnenSiirtymaa', 'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0]']])
    expect(r.skipped).not.toContain('X-SIIRT-3')
    // a TUVA from 1.8.2022: no warning, and the rule needs no context
    expect(run(tuvaAlkaen('2022-08-01'), { storedStudyRights: [kesken] }).findings.filter((f) => f.rule === 'X-SIIRT-3')).toEqual([])
    expect(run(tuvaAlkaen('2023-08-01')).skipped).not.toContain('X-SIIRT-3')
  })

  it('X-SIIRT-4: a TUVA although the earlier studies were all completed (assessed, valmistunut 15.8.2022)', () => {
    const r = run(tuvaAlkaen('2022-08-20'), { storedStudyRights: { henkilö: {}, opiskeluoikeudet: [valmis] } })
    expect(r.findings.filter((f) => f.rule.startsWith('X-SIIRT')).map((f) => [f.rule, f.key])).toEqual([['X-SIIRT-4', 'koskiValidation.siirtyma.tuvaVaikkaOpinnotValmiit']])
    expect(run(tuvaAlkaen('2022-08-20'), { storedStudyRights: [kesken] }).findings.filter((f) => f.rule.startsWith('X-SIIRT'))).toEqual([])
    // a TUVA starting after 31.7.2023 is no transition: not run, nothing needed
    expect(run(tuvaAlkaen('2023-08-01')).skipped).not.toContain('X-SIIRT-4')
  })

  it('read defensively: stored values of any shape give no finding and no throw', () => {
    for (const stored of [[null], [1, 'x', []], [{ tyyppi: 'luva' }], [{ tyyppi: { koodiarvo: 'luva' }, tila: { opiskeluoikeusjaksot: 'x' } }]]) {
      expect(run(tuvaAlkaen('2022-06-01'), { storedStudyRights: stored }).findings.filter((f) => f.rule.startsWith('X-SIIRT'))).toEqual([])
    }
  })
})

describe('siirtymäsäännös: the instruction’s question for one learner (seed 001)', () => {
  const lisä = (jaksot: Json[], muuta: (o: Json) => void = () => {}) =>
    lisäOo((o) => {
      o.tila.opiskeluoikeusjaksot = jaksot
      muuta(o)
    })

  it('studies not all done by 31.7.2022: create a TUVA study right from 1.8.2022', () => {
    const aiempi = lisä([tilaJakso('2021-08-15', 'lasna')], (o) => { delete o.suoritukset[0].vahvistus; delete o.suoritukset[0].osasuoritukset[0].arviointi })
    const v = siirtymäsäännös(aiempi)
    expect(v).toMatchObject({ sovelletaan: true, toimenpide: 'luoTuva', koulutus: 'perusopetuksenlisaopetus', tuvaAlkaaAikaisintaan: '2022-08-01' })
    expect(v.perusteet.map((p) => p.koodi)).toEqual(['opinnotKesken'])
    for (const p of v.perusteet) for (const l of ['fi', 'sv', 'en'] as const) expect(p.viesti[l].length).toBeGreaterThan(20)
    expect(siirtymäsäännös(aiempi, oo(muokattu((t) => (t.tila.opiskeluoikeusjaksot[0].alku = '2022-06-01')))).perusteet.map((p) => p.koodi)).toEqual(['opinnotKesken', 'tuvaAlkaaLiianAikaisin'])
  })

  it('all done by 31.7.2022 (assessed; graduation on 1.8.2022 or later allowed): update the old study right, no TUVA', () => {
    const aiempi = lisä([tilaJakso('2021-08-15', 'lasna'), tilaJakso('2022-08-10', 'valmistunut')])
    expect(opinnotValmiit(aiempi)).toBe(true)
    const v = siirtymäsäännös(aiempi, oo(muokattu(() => {})))
    expect(v).toMatchObject({ sovelletaan: false, toimenpide: 'päivitäAiempi', koulutus: 'perusopetuksenlisaopetus' })
    expect(v.perusteet.map((p) => p.koodi)).toEqual(['opinnotValmiit', 'tuvaTarpeeton'])
    expect(siirtymäsäännös(aiempi, undefined, { opinnotSuoritettu: false }).toimenpide).toBe('luoTuva')
  })

  it('LUVA: a kurssi started on or after 1.8.2022 means the studies went on; the § 28(2) LUVA period is named', () => {
    const aiempi = luvaOo((o, s) => {
      o.tila.opiskeluoikeusjaksot = [tilaJakso('2021-08-15', 'lasna', '1')]
      delete s.vahvistus
      s.osasuoritukset[0].osasuoritukset[0].alkamispäivä = '2022-08-10'
    })
    expect(opinnotValmiit(aiempi)).toBe(false)
    expect(siirtymäsäännös(aiempi).perusteet.map((p) => p.koodi)).toEqual(['opinnotKesken', 'luvaJatkuu'])
  })

  it('no transition: another type, a study right started on or after 1.8.2022, or one that ended before 31.7.2022', () => {
    expect(siirtymäsäännös(oo(muokattu(() => {})))).toMatchObject({ sovelletaan: false, toimenpide: 'eiSiirtymää', perusteet: [{ koodi: 'eiSiirtymänKoulutus' }] })
    expect(siirtymäsäännös(lisä([tilaJakso('2022-08-01', 'lasna')]))).toMatchObject({ toimenpide: 'eiSiirtymää', perusteet: [{ koodi: 'alkaaSiirtymänJälkeen' }] })
    expect(siirtymäsäännös(lisäOo())).toMatchObject({ toimenpide: 'eiSiirtymää', perusteet: [{ koodi: 'päättynytEnnenSiirtymää' }] })
    expect(siirtymäsäännös(null)).toMatchObject({ toimenpide: 'eiSiirtymää' })
  })

  it('VALMA: an ammatillinen study right with a valma päätaso is one of the three', () => {
    expect(siirtymänKoulutus({ tyyppi: { koodiarvo: 'ammatillinenkoulutus' }, suoritukset: [{ tyyppi: { koodiarvo: 'valma' } }] })).toBe('valma')
    expect(siirtymänKoulutus({ tyyppi: { koodiarvo: 'ammatillinenkoulutus' }, suoritukset: [{ tyyppi: { koodiarvo: 'ammatillinentutkinto' } }] })).toBeUndefined()
  })
})
