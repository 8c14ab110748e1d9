/**
 * Every LUVA, perusopetuksen lisäopetus and VALMA example of KOSKI's backward-compatibility suite
 * (test/fixtures/koski/examples) as a regression fixture, its findings pinned and explained. Validation date
 * 2026-11-22, default options (a vendor's transfer).
 *
 * Why these real documents are not valid today:
 * - G-LJ-1 and S-1 (`ignoreKoskiValidator`): as for TUVA (test/regression/tuva-examples.test.ts) — saved by KOSKI's
 *   test user without `lähdejärjestelmänId`, the older ones with the suite's flag, which only KOSKI's mock environment
 *   honours. With the flag KOSKI itself does not validate them: the findings below are what today's KOSKI would say.
 * - X-LUVA-1 (rahoitus): the LUVA files saved 2017–2019 have no `opintojenRahoitus` on their lasna and valmistunut
 *   jaksot; it is required since (validaation_muutoshistoria: "Lukioon valmistavan koulutuksen opiskeluoikeuden
 *   opiskeluoikeusjaksoilta vaaditaan rahoitusmuoto").
 * - L-PO-2/3/4/6: the lisäopetus files saved before 15.8.2022 give a pidennetty oppivelvollisuus 2008–2016 without the
 *   vammaisuus and erityisen tuen jaksot the rules of 1.10.2022 require (or a vammainen jakso open past the pidennys);
 *   the file of 15.8.2022 has them and passes.
 * - X-LISÄ-POIS-1 (warnings): the deprecated fields KOSKI drops (perusopetuksenAloittamistaLykätty,
 *   aloittanutEnnenOppivelvollisuutta, vuosiluokkiinSitoutumatonOpetus, the päätaso's osaAikainenErityisopetus).
 * - X-LUVA-POIS-1 (warning): the LUVA files saved up to 3.9.2021 give the lisätieto `oikeusMaksuttomaanAsuntolapaikkaan`,
 *   @RedundantData that KOSKI drops on input (its later examples have it no more).
 * - VALMA: none of the transition's findings (every jakso before 1.6.2023, every study right started before
 *   1.8.2022); the ammatillinen rules' findings are the ammatillinen tests' to pin.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { koskiExample, run } from '../support'

const LJ = 'error G-LJ-1 forbidden.lähdejärjestelmäIdPuuttuu opiskeluoikeudet[0].lähdejärjestelmänId'
const FLAG = 'error S-1 badRequest.validation.jsonSchema ignoreKoskiValidator'
const RAH = [0, 1].map((i) => `error X-LUVA-1 badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[${i}].opintojenRahoitus`)
const PO = (...ids: string[]) =>
  ids.map((id) => `error ${id} badRequest.validation.date.${id === 'L-PO-6' ? 'erityisenTuenPäätös' : 'vammaisuusjakso'} opiskeluoikeudet[0].lisätiedot.pidennettyOppivelvollisuus`)
const POIS = (...kentät: string[]) =>
  kentät.map((k) => `warning X-LISÄ-POIS-1 koskiValidation.lisaopetus.kenttaTiputetaan opiskeluoikeudet[0].${k === 'osaAikainenErityisopetus' ? 'suoritukset[0]' : 'lisätiedot'}.${k}`)
/** Our warning X-LUVA-POIS-1: the LUVA files saved up to 2021-09-03 give `oikeusMaksuttomaanAsuntolapaikkaan` (@RedundantData, dropped by KOSKI). */
const ASUNTOLA = 'warning X-LUVA-POIS-1 koskiValidation.luva.kenttaTiputetaan opiskeluoikeudet[0].lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan'
const VANHAT = ['perusopetuksenAloittamistaLykätty', 'aloittanutEnnenOppivelvollisuutta', 'vuosiluokkiinSitoutumatonOpetus'] as const
const EI_LYKÄTTY = ['aloittanutEnnenOppivelvollisuutta', 'vuosiluokkiinSitoutumatonOpetus'] as const

const EXPECTED: Record<string, readonly string[]> = {
  'lukioonvalmistavakoulutus,Lukion2019-opsilla_2021-09-03.json': [FLAG, LJ, ASUNTOLA],
  'lukioonvalmistavakoulutus,Lukion2019-opsilla_2021-12-30.json': [FLAG, LJ],
  'lukioonvalmistavakoulutus,Lukion2019-opsilla_2022-10-13.json': [LJ],
  'lukioonvalmistavakoulutus_2017-12-01.json': [FLAG, LJ, ...RAH, ASUNTOLA],
  'lukioonvalmistavakoulutus_2017-12-04.json': [FLAG, LJ, ...RAH, ASUNTOLA],
  'lukioonvalmistavakoulutus_2018-02-13.json': [FLAG, LJ, ...RAH, ASUNTOLA],
  'lukioonvalmistavakoulutus_2018-02-14.json': [FLAG, LJ, ...RAH, ASUNTOLA],
  'lukioonvalmistavakoulutus_2018-05-11.json': [FLAG, LJ, ...RAH, ASUNTOLA],
  'lukioonvalmistavakoulutus_2019-09-12.json': [FLAG, LJ, ...RAH, ASUNTOLA],
  'lukioonvalmistavakoulutus_2020-02-03.json': [FLAG, LJ, ASUNTOLA],
  'lukioonvalmistavakoulutus_2020-03-17.json': [FLAG, LJ, ASUNTOLA],
  'lukioonvalmistavakoulutus_2020-07-06.json': [FLAG, LJ, ASUNTOLA],
  'lukioonvalmistavakoulutus_2021-12-30.json': [FLAG, LJ],
  'lukioonvalmistavakoulutus_2022-10-11.json': [LJ],
  'perusopetuksenlisaopetus_2017-12-14.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...VANHAT)],
  'perusopetuksenlisaopetus_2018-01-22.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...VANHAT)],
  'perusopetuksenlisaopetus_2018-02-13.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...VANHAT)],
  'perusopetuksenlisaopetus_2018-02-14.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...VANHAT)],
  'perusopetuksenlisaopetus_2020-03-17.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...VANHAT)],
  'perusopetuksenlisaopetus_2020-06-04.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...VANHAT, 'osaAikainenErityisopetus')],
  'perusopetuksenlisaopetus_2020-07-06.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...VANHAT, 'osaAikainenErityisopetus')],
  'perusopetuksenlisaopetus_2021-12-21.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...EI_LYKÄTTY)],
  'perusopetuksenlisaopetus_2022-01-07.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6')],
  'perusopetuksenlisaopetus_2022-04-07.json': [FLAG, LJ, ...PO('L-PO-3', 'L-PO-4', 'L-PO-6')],
  'perusopetuksenlisaopetus_2022-08-15.json': [LJ],
  'perusopetuksenlisaopetustoiminta-alueittain_2017-12-14.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...VANHAT)],
  'perusopetuksenlisaopetustoiminta-alueittain_2018-02-13.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...VANHAT)],
  'perusopetuksenlisaopetustoiminta-alueittain_2018-02-14.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4', 'L-PO-6'), ...POIS(...VANHAT)],
  // from here the toiminta-alue files carry an erityisen tuen päätös for the whole pidennys (no L-PO-6)
  'perusopetuksenlisaopetustoiminta-alueittain_2018-04-03.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4'), ...POIS(...VANHAT)],
  'perusopetuksenlisaopetustoiminta-alueittain_2018-08-28.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4'), ...POIS(...VANHAT)],
  'perusopetuksenlisaopetustoiminta-alueittain_2020-03-17.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4'), ...POIS(...VANHAT)],
  'perusopetuksenlisaopetustoiminta-alueittain_2020-06-04.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4'), ...POIS(...VANHAT, 'osaAikainenErityisopetus')],
  'perusopetuksenlisaopetustoiminta-alueittain_2020-07-06.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4'), ...POIS(...VANHAT, 'osaAikainenErityisopetus')],
  'perusopetuksenlisaopetustoiminta-alueittain_2021-12-21.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4'), ...POIS(...EI_LYKÄTTY, 'osaAikainenErityisopetus')],
  'perusopetuksenlisaopetustoiminta-alueittain_2022-01-07.json': [FLAG, LJ, ...PO('L-PO-2', 'L-PO-4'), ...POIS('osaAikainenErityisopetus')],
  'perusopetuksenlisaopetustoiminta-alueittain_2022-04-07.json': [FLAG, LJ, ...PO('L-PO-3', 'L-PO-4'), ...POIS('osaAikainenErityisopetus')],
  'perusopetuksenlisaopetustoiminta-alueittain_2022-08-15.json': [LJ, ...POIS('osaAikainenErityisopetus')],
  'perusopetuksenlisaopetustoiminta-alueittain_2024-10-16.json': [LJ, ...POIS('osaAikainenErityisopetus')],
}

const summary = (f: { severity: string; rule: string; key: string; path: string }) => `${f.severity} ${f.rule} ${f.key} ${f.path}`
const dir = fileURLToPath(new URL('../fixtures/koski/examples/', import.meta.url))

describe('KOSKI backward-compatibility LUVA and perusopetuksen lisäopetus examples', () => {
  it('covers every one there is', () => {
    expect(readdirSync(dir).filter((f) => /^(lukioonvalmistava|perusopetuksenlisaopetus)/.test(f)).sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const report = run(koskiExample(file))
      expect(report.findings.map(summary)).toEqual(expected)
      expect(report.unchecked).toEqual([])
    })
  }
})

describe('KOSKI backward-compatibility VALMA examples', () => {
  const valma = readdirSync(dir).filter((f) => f.startsWith('ammatilliseenperuskoulutukseenvalmentava')).sort()
  it('there are 15, each with a valma päätaso', () => {
    expect(valma.length).toBe(15)
    for (const f of valma) expect(koskiExample(f).opiskeluoikeudet[0].suoritukset[0].tyyppi.koodiarvo).toBe('valma')
  })
  it.each(valma)('%s: no finding of the transition (X-VALMA-1, X-SIIRT-1); a jakso moved to 1.6.2023 is X-VALMA-1 alone', (file) => {
    const doc = koskiExample(file)
    expect(run(doc).findings.filter((f) => f.rule.startsWith('X-'))).toEqual([])
    const jaksot = doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot
    jaksot[jaksot.length - 1].alku = '2023-06-01'
    const r = run(doc)
    expect(r.findings.filter((f) => f.rule !== 'S-1' && f.rule !== 'G-LJ-1').map((f) => `${f.rule} ${f.path}`)).toEqual([`X-VALMA-1 opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[${jaksot.length - 1}]`])
  })
})
