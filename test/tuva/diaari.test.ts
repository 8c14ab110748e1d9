/** T-DIAARI-1 and the offline part of T-DIAARI-2 (catalogue §3.3, §2.2 koskikoulutustendiaarinumerot). */
import { describe, expect, it } from 'vitest'
import { KOSKIKOULUTUSTEN_DIAARINUMEROT, TUVA_PERUSTEEN_DIAARINUMERO } from '../../src'
import { byRule, errors, found, run, tuva } from '../support'

const PATH = 'opiskeluoikeudet[0].suoritukset[0].koulutusmoduuli.perusteenDiaarinumero'
const diaarilla = (diaari: string | undefined) =>
  tuva((_, s) => {
    if (diaari === undefined) delete s.koulutusmoduuli.perusteenDiaarinumero
    else s.koulutusmoduuli.perusteenDiaarinumero = diaari
  })

describe('T-DIAARI-1 — perusteenDiaarinumero required and at most 30 characters', () => {
  it('accepts the TUVA peruste OPH-1488-2021', () => {
    expect(TUVA_PERUSTEEN_DIAARINUMERO).toBe('OPH-1488-2021')
    const report = run(diaarilla('OPH-1488-2021'))
    expect(byRule(report, 'T-DIAARI-1')).toEqual([])
    expect(byRule(report, 'T-DIAARI-2')).toEqual([])
  })
  it('spec (TutkinnonPerusteetTest): missing diaarinumero → diaariPuuttuu', () => {
    const report = run(diaarilla(undefined))
    expect(errors(report)).toEqual(['T-DIAARI-1 badRequest.validation.rakenne.diaariPuuttuu'])
    expect(found(report, 'T-DIAARI-1')).toEqual([[PATH, 'Annettiin koulutus ilman perusteen diaarinumeroa. Diaarinumero on pakollinen päätason suorituksilla.']])
  })
  it('over 30 characters → tuntematonDiaari quoting the first 30', () => {
    const pitkä = 'OPH-1488-2021-ja-jotain-paljon-liikaa'
    const report = run(diaarilla(pitkä))
    expect(errors(report)).toEqual(['T-DIAARI-1 badRequest.validation.rakenne.tuntematonDiaari'])
    expect(found(report, 'T-DIAARI-1')).toEqual([[PATH, `Diaarinumeron muoto on virheellinen: ${pitkä.slice(0, 30)}`]])
    expect(byRule(report, 'T-DIAARI-2')).toEqual([])
  })
  it('an empty string is a structural error (S-3), not T-DIAARI-1', () => {
    const report = run(diaarilla(''))
    expect(report.findings.map((f) => [f.key, f.errorType, f.path])).toEqual([['badRequest.validation.jsonSchema', 'emptyString', PATH]])
  })
})

describe('T-DIAARI-2 (offline) — a diaarinumero we cannot verify without ePerusteet is a warning', () => {
  it('spec (TutkinnonPerusteetTest): a diaarinumero of koodisto koskikoulutustendiaarinumerot passes, even 6/011/2015 (TELMA)', () => {
    for (const diaari of KOSKIKOULUTUSTEN_DIAARINUMEROT) {
      expect(run(diaarilla(diaari)).findings).toEqual([])
    }
    expect(KOSKIKOULUTUSTEN_DIAARINUMEROT.has('6/011/2015')).toBe(true)
  })
  it('spec: Ei voi tallentaa väärällä perusteen diaarinumerolla (OPH-5410-2021) — offline only a warning', () => {
    const report = run(diaarilla('OPH-5410-2021'))
    expect(report.valid).toBe(true)
    const [f] = byRule(report, 'T-DIAARI-2')
    expect(f).toMatchObject({ severity: 'warning', key: 'koskiValidation.tuvaDiaarinumeroaEiVoiTarkistaa', path: PATH })
    expect(f!.message.fi).toContain('OPH-5410-2021')
    expect(f!.message.fi).toContain('OPH-1488-2021')
    expect(f!.message.fi).toContain('Usein kysyttyä TUVA-koulutuksesta')
  })
  it('spec (TutkinnonPerusteetTest): an unknown diaarinumero (39/xxx/2014) — a warning', () => {
    expect(found(run(diaarilla('39/xxx/2014')), 'T-DIAARI-2').map(([p]) => p)).toEqual([PATH])
  })
})
