/** The options withdrawnConsents and consents (src/options.ts): their forms, OPT-1 on a wrong one, never a throw. */
import { describe, expect, it } from 'vitest'
import { resolveOptions } from '../../src/options'

const resolve = (o: unknown) => resolveOptions({ today: '2026-11-22', ...(o as object) })

describe('withdrawnConsents', () => {
  it('a list of { lähdejärjestelmä, id } is kept; absent or null is undefined (G-SUOST-1 skipped)', () => {
    expect(resolve({ withdrawnConsents: [{ lähdejärjestelmä: 'primus', id: '1' }] }).resolved.withdrawnConsents).toEqual([{ lähdejärjestelmä: 'primus', id: '1' }])
    expect(resolve({}).resolved.withdrawnConsents).toBeUndefined()
    expect(resolve({ withdrawnConsents: null }).resolved.withdrawnConsents).toBeUndefined()
  })
  it.each([[{}], ['primus/1'], [42]])('%j (not a list) → OPT-1, not used', (v) => {
    const { resolved, findings } = resolve({ withdrawnConsents: v })
    expect(resolved.withdrawnConsents).toBeUndefined()
    expect(findings.map((f) => f.rule)).toEqual(['OPT-1'])
  })
  it('an item of another form (no id, a number, empty text, null) → OPT-1 naming its index, the others kept', () => {
    const { resolved, findings } = resolve({ withdrawnConsents: [{ lähdejärjestelmä: 'primus' }, { lähdejärjestelmä: 'primus', id: 7 }, { lähdejärjestelmä: '', id: 'x' }, null, { lähdejärjestelmä: 'primus', id: '2' }] })
    expect(resolved.withdrawnConsents).toEqual([{ lähdejärjestelmä: 'primus', id: '2' }])
    expect(findings.map((f) => f.message.en.split(' is not')[0])).toEqual([0, 1, 2, 3].map((i) => `Item ${i} of option withdrawnConsents`))
  })
})

describe('consents', () => {
  it('records with given, givenBy and optionally lähdejärjestelmänId or oid are kept', () => {
    const records = [
      { given: '2024-01-15', givenBy: 'learner' },
      { lähdejärjestelmänId: 'a-1', given: '2024-01-15', givenBy: 'guardian' },
      { oid: '1.2.246.562.15.1', given: '2024-01-15', givenBy: 'guardian' },
    ]
    const { resolved, findings } = resolve({ consents: records })
    expect(resolved.consents).toEqual(records)
    expect(findings).toEqual([])
  })
  it.each([
    [{ given: '15.1.2024', givenBy: 'learner' }],
    [{ given: '2024-02-30', givenBy: 'learner' }],
    [{ given: '2024-01-15', givenBy: 'huoltaja' }],
    [{ given: '2024-01-15' }],
    [{ given: '2024-01-15', givenBy: 'learner', oid: 5 }],
    ['2024-01-15'],
  ])('%j → OPT-1, left out', (record) => {
    const { resolved, findings } = resolve({ consents: [record] })
    expect(resolved.consents).toEqual([])
    expect(findings.map((f) => `${f.rule} ${f.key}`)).toEqual(['OPT-1 koskiValidation.virheellinenAsetus'])
  })
  it('a hostile list (a throwing proxy) never makes validate throw', async () => {
    const { validate } = await import('../../src')
    const { vstVapaatavoitteinen } = await import('../support')
    const hostile = new Proxy([], {
      get: () => {
        throw new Error('boom')
      },
    })
    expect(() => validate(vstVapaatavoitteinen(), { today: '2026-11-22', consents: hostile, withdrawnConsents: hostile })).not.toThrow()
  })
})
