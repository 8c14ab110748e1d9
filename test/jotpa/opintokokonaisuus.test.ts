/** G-OK-1 (src/rules/yhteiset/opintokokonaisuus.ts): the opintokokonaisuus code has ePerusteet's four-digit form (seed 000). */
import { describe, expect, it } from 'vitest'
import { onOpintokokonaisuudenMuoto, opintokokonaisuudenMuoto } from '../../src/rules/yhteiset'
import { koskiExample, oo, ruleContext, type Json } from '../support'

const sääntö = opintokokonaisuudenMuoto<Json>()
const jotpa = (koodiarvo?: string): Json => {
  const o = oo(koskiExample('Jatkuvaanoppimiseensuunnattuvapaansivistystyonkoulutus_2024-05-24.json'))
  if (koodiarvo === undefined) delete o.suoritukset[0].koulutusmoduuli.opintokokonaisuus
  else o.suoritukset[0].koulutusmoduuli.opintokokonaisuus.koodiarvo = koodiarvo
  return o
}

describe('G-OK-1 — opintokokonaisuus code of four digits', () => {
  it("KOSKI's VST JOTPA example (1138) passes; a missing code is not this rule's (VV-OK-1 requires it)", () => {
    expect(sääntö.check(jotpa(), ruleContext())).toEqual([])
    expect(sääntö.check(jotpa(undefined), ruleContext())).toEqual([])
  })
  it.each(['113', '11380', '1138a', 'abcd', ' 1138', '١١٣٨'])('%j is a warning at the koodiarvo, not quoting it', (koodiarvo) => {
    const [f, ...muut] = sääntö.check(jotpa(koodiarvo), ruleContext())
    expect(muut).toEqual([])
    expect(f).toMatchObject({ severity: 'warning', rule: 'G-OK-1', key: 'koskiValidation.opintokokonaisuudenKoodiEiNelinumeroinen', path: 'opiskeluoikeudet[0].suoritukset[0].koulutusmoduuli.opintokokonaisuus.koodiarvo' })
    expect(JSON.stringify(f)).not.toContain(JSON.stringify(koodiarvo).slice(1, -1) + '"')
  })
  it('the form alone: 0000–9999', () => {
    expect(['0000', '1138', '9999'].every(onOpintokokonaisuudenMuoto)).toBe(true)
    expect(['', '1', '12345', '12.3'].some(onOpintokokonaisuudenMuoto)).toBe(false)
  })
})
