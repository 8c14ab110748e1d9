/**
 * G-DUP-1's option `taso: 'osasuoritukset'`: KoskiValidator checks duplicates among the osasuoritukset of every
 * suoritus that is NOT a päätaso (`HttpStatus.validate(!suoritus.isInstanceOf[PäätasonSuoritus])(validateDuplicates(…))`),
 * with KOSKI's `koulutusmoduuli.identiteetti` (a Kieliaine: the tunniste and its kieli). KOSKI's VALMA example
 * (test/fixtures/koski/examples/ammatilliseenperuskoulutukseenvalmentavakoulutus_2022-09-22.json, which KOSKI's suite
 * validates) has the osa-alue AI (kieli AI1) twice directly under its päätaso: accepted that way, reported the other.
 */
import { describe, expect, it } from 'vitest'
import { duplikaattiOsasuoritukset } from '../../src/rules/yleiset'
import type { OpiskeluoikeusLike, SuoritusLike } from '../../src/rules/shapes'
import { koskiExample, ruleContext } from '../support'

const valma = (): OpiskeluoikeusLike => koskiExample('ammatilliseenperuskoulutukseenvalmentavakoulutus_2022-09-22.json').opiskeluoikeudet[0]
/** An osa-alue's KOSKI grouping: (identiteetti — with the kieli of a Kieliaine —, pakolliset / valinnaiset). */
const kieliaine = (s: SuoritusLike) => {
  const km = s.koulutusmoduuli as { readonly tunniste: { koodistoUri?: string; koodiarvo: string; nimi?: unknown }; readonly kieli?: { koodistoUri: string; koodiarvo: string }; readonly pakollinen?: boolean }
  const tunniste = km.tunniste.koodistoUri === undefined ? `${km.tunniste.koodiarvo} ${JSON.stringify(km.tunniste.nimi)}` : `${km.tunniste.koodistoUri}/${km.tunniste.koodiarvo}`
  const teksti = km.kieli === undefined ? tunniste : `(${tunniste},${km.kieli.koodistoUri}/${km.kieli.koodiarvo})`
  return { avain: `${teksti}|${km.pakollinen === true ? 'pakolliset' : 'valinnaiset'}`, teksti }
}

describe('G-DUP-1 by level (KoskiValidator.validateDuplicates as KOSKI calls it)', () => {
  it('päätaso level (the default): the two AI osa-alueet of the VALMA example are a duplicate', () => {
    const findings = duplikaattiOsasuoritukset().check(valma(), ruleContext())
    expect(findings.map((f) => `${f.rule} ${f.path} ${f.message.fi}`)).toEqual([
      'G-DUP-1 opiskeluoikeudet[0].suoritukset[0].osasuoritukset[7] Osasuoritus ammatillisenoppiaineet/AI esiintyy useammin kuin kerran',
    ])
  })

  it("KOSKI's level (taso 'osasuoritukset'): a päätaso's own osasuoritukset are not compared, so KOSKI accepts the example", () => {
    expect(duplikaattiOsasuoritukset({ taso: 'osasuoritukset', identiteetti: kieliaine }).check(valma(), ruleContext())).toEqual([])
  })

  it("KOSKI's level: the same osa-alue with the same kieli twice under one YTO is a duplicate, with another kieli not", () => {
    const oo = koskiExample('ammatillinen-perustutkinto_2024-08-13.json').opiskeluoikeudet[0]
    const yto = oo.suoritukset[0].osasuoritukset[6] // 101053 with its osa-alueet
    const osaAlue = { ...yto.osasuoritukset[0], koulutusmoduuli: { ...yto.osasuoritukset[0].koulutusmoduuli, tunniste: { koodiarvo: 'AI', koodistoUri: 'ammatillisenoppiaineet' }, kieli: { koodiarvo: 'AI1', koodistoUri: 'oppiaineaidinkielijakirjallisuus' } } }
    yto.osasuoritukset = [osaAlue, { ...osaAlue, koulutusmoduuli: { ...osaAlue.koulutusmoduuli, kieli: { koodiarvo: 'AI7', koodistoUri: 'oppiaineaidinkielijakirjallisuus' } } }]
    const rule = duplikaattiOsasuoritukset({ taso: 'osasuoritukset', identiteetti: kieliaine })
    expect(rule.check(oo, ruleContext())).toEqual([])
    yto.osasuoritukset.push(osaAlue)
    expect(rule.check(oo, ruleContext()).map((f) => `${f.path} ${f.message.fi}`)).toEqual([
      'opiskeluoikeudet[0].suoritukset[0].osasuoritukset[6].osasuoritukset[2] Osasuoritus (ammatillisenoppiaineet/AI,oppiaineaidinkielijakirjallisuus/AI1) esiintyy useammin kuin kerran',
    ])
  })
})
