/** OPT-1: every option of the wrong form is reported (a warning) and not used, so its default applies. */
import { describe, expect, it } from 'vitest'
import { validate, type ValidateOptions } from '../../src'
import { TODAY, validTuvaOppija } from '../support'

const opt1 = (options: unknown, doc: unknown = validTuvaOppija()) => {
  const report = validate(doc, options as ValidateOptions)
  return { report, opt: report.findings.filter((f) => f.rule === 'OPT-1').map((f) => f.message.en) }
}

describe('OPT-1 — wrong-form options are reported, not used silently', () => {
  it('booleans given as text or numbers: reported, and the default is used', () => {
    const doc = validTuvaOppija()
    delete (doc.opiskeluoikeudet as Record<string, unknown>[])[0]!.lähdejärjestelmänId
    const { report, opt } = opt1({ today: TODAY, serviceUser: 'false', acceptSyntheticHetus: 'true' }, doc)
    expect(opt).toEqual(['Option serviceUser is not a boolean (true or false); it was not used', 'Option acceptSyntheticHetus is not a boolean (true or false); it was not used'])
    expect(report.findings.some((f) => f.rule === 'G-LJ-1')).toBe(true) // serviceUser stayed true
  })

  it('free-education facts that are not booleans, unknown facts and a maksuttomuus that is not an object', () => {
    expect(opt1({ today: TODAY, maksuttomuus: { hetuton: 'false', vapautettuOppivelvollisuudesta: 1, kotikunta: true } }).opt).toEqual([
      'Unknown option maksuttomuus.kotikunta; it was not used',
      'Option maksuttomuus.vapautettuOppivelvollisuudesta is not a boolean (true or false); it was not used',
      'Option maksuttomuus.hetuton is not a boolean (true or false); it was not used',
    ])
    expect(opt1({ today: TODAY, maksuttomuus: 'kyllä' }).opt).toEqual(['Option maksuttomuus is not an object; it was not used'])
  })

  it('an unknown option (a typo) is named when it looks like a name, never quoted otherwise (it could hold a hetu)', () => {
    expect(opt1({ today: TODAY, birthdate: '2005-01-01' }).opt).toEqual(['Unknown option birthdate; it was not used'])
    const { report } = opt1({ today: TODAY, '010105A123K': true })
    expect(report.findings.filter((f) => f.rule === 'OPT-1').map((f) => f.message.en)).toEqual(['Unknown option; it was not used'])
    expect(JSON.stringify(report)).not.toContain('010105A123K')
  })

  it('storedStudyRights: an Oppija, a list or one study right is used; anything else is reported and not used', async () => {
    const { resolveOptions } = await import('../../src/options')
    const oo = validTuvaOppija().opiskeluoikeudet
    expect(resolveOptions({ storedStudyRights: validTuvaOppija() }).resolved.storedStudyRights).toEqual(oo)
    expect(resolveOptions({ storedStudyRights: oo }).resolved.storedStudyRights).toEqual(oo)
    expect(resolveOptions({ storedStudyRights: oo[0] }).resolved.storedStudyRights).toEqual([oo[0]])
    expect(resolveOptions({}).resolved.storedStudyRights).toBeUndefined()
    expect(opt1({ today: TODAY, storedStudyRights: 'kaikki' }).opt).toEqual([
      'Option storedStudyRights is neither an Oppija, a list of study rights nor a study right; it was not used',
    ])
  })

  it('an option inherited from a prototype is reported and not used (the clock is read for today, as without it)', () => {
    const options = Object.create({ today: '2020-01-01' }) as ValidateOptions
    const { opt } = opt1(options)
    expect(opt).toEqual(['Option today is inherited, not an own property of the options object; it was not used'])
  })

  it('options that are not an object at all', () => {
    expect(opt1('2026-11-22').opt).toEqual(['Option options is not an object; it was not used'])
    expect(opt1(undefined).opt).toEqual([])
    expect(opt1(null).opt).toEqual([])
  })

  it('right options give no OPT-1', () => {
    expect(opt1({ today: TODAY, serviceUser: false, acceptSyntheticHetus: true, maksuttomuus: { hetuton: false } }).opt).toEqual([])
  })
})
