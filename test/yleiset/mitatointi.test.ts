/** G-MIT-1 (mitätöinti not in the future) and G-MIT-2 (a mitätöity document skips every other rule). */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY } from '../../src'
import { mitätöintiTulevaisuudessa } from '../../src/rules/yleiset'
import { jakso, ruleContext, TODAY, byRule, oo, run, validTuvaOppija } from '../support'

const P = 'opiskeluoikeudet[0]'

const mitätöity = (päivä: string) => {
  const doc = validTuvaOppija()
  oo(doc).tila.opiskeluoikeusjaksot.push(jakso(päivä, 'mitatoity', null))
  return doc
}

describe('G-MIT-1 — a mitätöinti is not dated in the future', () => {
  it('"Mitätöintiä ei voi merkitä tulevaisuuteen": today + 1 → mitätöintiTulevaisuudessa at the mitatoity jakso’s alku', () => {
    const report = run(mitätöity('2026-11-23'))
    expect(report.findings).toEqual([
      {
        severity: 'error',
        key: 'badRequest.validation.tila.mitätöintiTulevaisuudessa',
        rule: 'G-MIT-1',
        path: `${P}.tila.opiskeluoikeusjaksot[2].alku`,
        pointer: '/opiskeluoikeudet/0/tila/opiskeluoikeusjaksot/2/alku',
        message: expect.objectContaining({ fi: 'Mitätöintiä ei voi merkitä tulevaisuuteen.' }),
        hint: expect.objectContaining({ fi: expect.any(String), sv: expect.any(String), en: expect.any(String) }),
      },
    ])
    expect(report.valid).toBe(false)
  })

  it('"Mitätöinnin voi merkitä samalle päivälle": today → valid', () => {
    const report = run(mitätöity(TODAY))
    expect(report.findings).toEqual([])
    expect(report.valid).toBe(true)
  })

  it('follows the today option', () => {
    expect(run(mitätöity('2026-11-23'), { today: '2026-11-23' }).valid).toBe(true)
  })

  it('only the last jakso counts: a mitatoity in the middle is not a mitätöinti (and is a second final state, G-JAKSO-3)', () => {
    const doc = validTuvaOppija()
    oo(doc).tila.opiskeluoikeusjaksot.splice(1, 0, jakso('2022-01-01', 'mitatoity', null))
    const report = run(doc)
    expect(byRule(report, 'G-MIT-1')).toEqual([])
    expect(byRule(report, 'G-JAKSO-3')).toHaveLength(1)
  })

  it('the rule function: nothing for a study right that is not mitätöity', () => {
    const oo = { tyyppi: { koodiarvo: 'tuva', koodistoUri: 'opiskeluoikeudentyyppi' }, tila: { opiskeluoikeusjaksot: [jakso('2030-01-01', 'lasna', null)] }, suoritukset: [] }
    expect(mitätöintiTulevaisuudessa.check(oo, ruleContext())).toEqual([])
  })
})

describe('G-MIT-2 — a mitätöity document is only checked for its structure and G-MIT-1', () => {
  /** The valid example broken against many rules at once. */
  const rikottu = (mitätöintipäivä: string) => {
    const doc = mitätöity(mitätöintipäivä)
    const o = oo(doc)
    delete o.lähdejärjestelmänId // G-LJ-1
    o.tila.opiskeluoikeusjaksot[0].alku = '2022-09-01' // G-JAKSO-1, G-DATE-1
    delete o.tila.opiskeluoikeusjaksot[1].opintojenRahoitus // T-RAH-1
    o.tila.opiskeluoikeusjaksot.splice(1, 0, jakso('2022-01-01', 'eronnut', '1')) // T-TILA-1, G-JAKSO-3
    delete o.suoritukset[0].vahvistus // G-STAT-4
    o.suoritukset[0].osasuoritukset.push(structuredClone(o.suoritukset[0].osasuoritukset[0])) // G-DUP-1
    o.suoritukset[0].osasuoritukset[6].koulutusmoduuli.laajuus.arvo = 9 // G-LAAJ-2
    o.arvioituPäättymispäivä = '2020-01-01' // G-DATE-2
    o.lisätiedot.maksuttomuus[0].alku = '2019-01-01' // MK-JAKSO-1
    o.lähdejärjestelmäkytkentäPurettu = { purettu: '2022-01-01T00:00:00' } // G-LJ-3
    return doc
  }

  it('"Opiskeluoikeuden voi mitätöidä, vaikka muutosvalidaatiot epäonnistuisivat": no other finding', () => {
    const report = run(rikottu(TODAY))
    expect(report.findings).toEqual([])
    expect(report.valid).toBe(true)
    expect(report.skipped).toEqual([])
  })

  it('…only G-MIT-1 when the mitätöinti is in the future', () => {
    expect(run(rikottu('2027-01-01')).findings.map((f) => f.rule)).toEqual(['G-MIT-1'])
  })

  it('structural errors are still reported for a mitätöity document, and then G-MIT-1 does not run', () => {
    const doc = mitätöity('2027-01-01')
    oo(doc).tuntematon = 1
    expect(run(doc).findings.map((f) => [f.key, f.path])).toEqual([[JSON_SCHEMA_KEY, `${P}.tuntematon`]])
  })

  it('the henkilö is still checked (G-HLÖ-1)', () => {
    const doc = rikottu(TODAY)
    doc.henkilö.hetu = '270504A317X'
    expect(run(doc).findings.map((f) => f.rule)).toEqual(['G-HLÖ-1'])
  })

  it('a bare mitätöity study right: the path has no prefix', () => {
    expect(run(oo(mitätöity('2027-01-01'))).findings.map((f) => f.path)).toEqual(['tila.opiskeluoikeusjaksot[2].alku'])
  })
})
