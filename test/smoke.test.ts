import { describe, expect, it } from 'vitest'
import { invalidTuvaOppija, keys, run, validTuvaOppija } from './support'

describe('validate on the examples', () => {
  it('accepts the valid TUVA example', () => {
    const report = run(validTuvaOppija())
    expect(report.findings).toEqual([])
    expect(report.valid).toBe(true)
  })
  it('reports every mistake of the invalid TUVA example at once', () => {
    expect(keys(run(invalidTuvaOppija()))).toEqual([
      'G-HLÖ-1 badRequest.validation.henkilötiedot.hetu',
      'G-LJ-1 forbidden.lähdejärjestelmäIdPuuttuu',
      'G-JAKSO-1 badRequest.validation.date.opiskeluoikeusjaksojenPäivämäärät',
      'G-DATE-1 badRequest.validation.date.päättymisPäiväEnnenAlkamispäivää',
      'G-STAT-4 badRequest.validation.tila.vahvistusPuuttuu',
      'G-DUP-1 badRequest.validation.rakenne.duplikaattiOsasuoritus',
      'G-LAAJ-2 badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma',
      'T-RAH-1 badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto',
      // the erityinen tuki starts 2021-08-01, a year before the study right's earliest jakso (2022-08-01)
      'T-OHJE-9 koskiValidation.tuvaErityinenTukiEnnenOpiskeluoikeutta',
      'MK-JAKSO-1 badRequest.validation',
    ])
  })
})
