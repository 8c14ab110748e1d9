/**
 * Every VST JOTPA and VST vapaatavoitteinen example of KOSKI's backward-compatibility suite
 * (test/fixtures/koski/examples, copied from src/test/resources/backwardcompatibility/ at KOSKI's commit 180e806) as a
 * regression fixture, with its expected findings written down and explained. Validation date 2026-11-22, default
 * options (a vendor's transfer).
 *
 * Why these real documents are not valid today:
 * - G-LJ-1: the suite's documents were saved by KOSKI's test user, not by a palvelukäyttäjä, so they carry no
 *   `lähdejärjestelmänId`; a vendor's transfer must (403 forbidden.lähdejärjestelmäIdPuuttuu). With
 *   `serviceUser: false` it goes away (checked below).
 * - S-1: the oldest vapaatavoitteinen file carries the suite's flag `ignoreKoskiValidator` (honoured only in KOSKI's
 *   local mock environment).
 * - VV-OK-1: the oldest vapaatavoitteinen file (2021-10-12) has no `opintokokonaisuus`, which KOSKI made mandatory on
 *   31.5.2022 (from source systems after 1.9.2022); the later files have it. Without `lähdejärjestelmänId` KOSKI answers
 *   puuttuvaOpintokokonaisuus (as for KOSKI's UI); from a source system puuttuvaOpintokokonaisuusDeadline.
 * The four JOTPA files are one keskeneräinen study right (lasna from 2023-01-01, rahoitus 14, asianumero 01/5848/2023):
 * valid but for G-LJ-1. Their osasuoritus 1138-1 carries a `Hylätty` assessment (arviointiasteikkovst) before a 9 —
 * numeric JOTPA grades come out "hyväksytty": false in KOSKI (catalogue §4.10); `hyväksytty` is synthetic and ignored.
 * Rules needing context are listed as skipped: G-ID-2, G-LJ-4 (`previous`); G-DUPOO-1 (`storedStudyRights`); G-SUOST-1 (`withdrawnConsents`),
 * VV-OHJE-1..3 (`consents`) on the vapaatavoitteinen files.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { koskiExample, run } from '../support'

const LJ = 'error G-LJ-1 forbidden.lähdejärjestelmäIdPuuttuu opiskeluoikeudet[0].lähdejärjestelmänId'
const FLAG = 'error S-1 badRequest.validation.jsonSchema ignoreKoskiValidator'
const OK = 'error VV-OK-1 badRequest.validation.vapaasivistystyo.puuttuvaOpintokokonaisuus opiskeluoikeudet[0].suoritukset[0].koulutusmoduuli.opintokokonaisuus'

const JOTPA = ['2022-11-04', '2023-01-10', '2023-10-26', '2024-05-24'].map((d) => `Jatkuvaanoppimiseensuunnattuvapaansivistystyonkoulutus_${d}.json`)
const VAPAATAVOITTEINEN = ['2021-10-12', '2022-06-03', '2023-01-10'].map((d) => `vapaasivistystyo-vapaatavoitteinenkoulutus_${d}.json`)

/**
 * The vapaatavoitteinen files: the one of 2021-10-12 has no opintokokonaisuus (VV-OK-1); those of 2022-06-03 and
 * 2023-01-10 have it (KOSKI's example gained it when the rule came).
 */
const EXPECTED: Record<string, readonly string[]> = {
  ...Object.fromEntries(JOTPA.map((f) => [f, [LJ]])),
  'vapaasivistystyo-vapaatavoitteinenkoulutus_2021-10-12.json': [FLAG, LJ, OK],
  'vapaasivistystyo-vapaatavoitteinenkoulutus_2022-06-03.json': [LJ],
  'vapaasivistystyo-vapaatavoitteinenkoulutus_2023-01-10.json': [LJ],
}

const summary = (f: { severity: string; rule: string; key: string; path: string }) => `${f.severity} ${f.rule} ${f.key} ${f.path}`

describe('KOSKI backward-compatibility VST JOTPA and vapaatavoitteinen examples', () => {
  it('covers every VST JOTPA and vapaatavoitteinen example there is', () => {
    const dir = fileURLToPath(new URL('../fixtures/koski/examples/', import.meta.url))
    const vst = readdirSync(dir).filter((f) => f.startsWith('Jatkuvaanoppimiseensuunnattuvapaansivistystyonkoulutus') || f.startsWith('vapaasivistystyo-vapaatavoitteinen'))
    expect(vst.sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const report = run(koskiExample(file))
      expect(report.findings.map(summary)).toEqual(expected)
      expect(report.valid).toBe(false)
      expect(report.unchecked).toEqual([])
      expect(report.skipped).toEqual(file.startsWith('vapaa') ? ['G-DUPOO-1', 'G-ID-2', 'G-LJ-4', 'G-SUOST-1', 'VV-OHJE-1', 'VV-OHJE-2', 'VV-OHJE-3'] : ['G-DUPOO-1', 'G-ID-2', 'G-LJ-4'])
    })
  }

  it('as KOSKI saved them (not a palvelukäyttäjä, the flag removed as the mock environment does): no error but VV-OK-1 of the oldest file', () => {
    for (const file of Object.keys(EXPECTED)) {
      const doc = koskiExample(file)
      delete doc.ignoreKoskiValidator
      const report = run(doc, { serviceUser: false })
      expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule), file).toEqual(file.endsWith('2021-10-12.json') ? ['VV-OK-1'] : [])
    }
  })

  it('on the day it was saved (2021-10-12) the oldest file was valid from a source system: the opintokokonaisuus was not yet required', () => {
    const doc = koskiExample('vapaasivistystyo-vapaatavoitteinenkoulutus_2021-10-12.json')
    delete doc.ignoreKoskiValidator
    doc.opiskeluoikeudet[0].lähdejärjestelmänId = { id: 'x-1', lähdejärjestelmä: { koodiarvo: 'primus', koodistoUri: 'lahdejarjestelma' } }
    expect(run(doc, { today: '2022-06-01' }).findings).toEqual([])
    expect(run(doc).findings.map((f) => f.key)).toEqual(['badRequest.validation.vapaasivistystyo.puuttuvaOpintokokonaisuusDeadline'])
  })

  it('the JOTPA example with the consent options: they concern vapaatavoitteinen only', () => {
    const report = run(koskiExample(JOTPA[3]!), { serviceUser: false, consents: [], withdrawnConsents: [] })
    expect(report.findings).toEqual([])
    expect(report.skipped).toEqual(['G-DUPOO-1', 'G-ID-2', 'G-LJ-4'])
  })
})
