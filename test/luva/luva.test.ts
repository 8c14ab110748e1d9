/**
 * LUVA (`LukioonValmistavanKoulutuksenOpiskeluoikeus`): the codec (both curricula, strict) and its rules X-LUVA-1 and
 * G-RAH-3, with the cases of KOSKI's OppijaValidationLukioonValmistavaSpec.
 */
import { describe, expect, it } from 'vitest'
import { LukioonValmistavanKoulutuksenOpiskeluoikeus, luva, luvaSäännöt, TYYPIT } from '../../src'
import { erityisetKentät } from '../../src/codecs/erityiset'
import { luvaOo, rulesAt, runOo, tilaJakso, type Json } from '../support'

const kurssi2019 = (koodiarvo: string, alkamispäivä?: string, yksikkö = '2'): Json => ({
  koulutusmoduuli: { tunniste: { koodiarvo, koodistoUri: 'lukioonvalmistavankoulutuksenmoduulit2019' }, laajuus: { arvo: 2, yksikkö: { koodiarvo: yksikkö, koodistoUri: 'opintojenlaajuusyksikko' } } },
  tyyppi: { koodiarvo: 'luvakurssi', koodistoUri: 'suorituksentyyppi' },
  arviointi: [{ arvosana: { koodiarvo: 'S', koodistoUri: 'arviointiasteikkoyleissivistava' }, päivä: '2021-08-01' }],
  ...(alkamispäivä === undefined ? {} : { alkamispäivä }),
})
const äidinkieli = (kurssit: Json[]): Json => ({
  koulutusmoduuli: { tunniste: { koodiarvo: 'LVAIK', koodistoUri: 'oppiaineetluva' }, kieli: { koodiarvo: 'AI7', koodistoUri: 'oppiaineaidinkielijakirjallisuus' } },
  arviointi: [{ arvosana: { koodiarvo: 'S', koodistoUri: 'arviointiasteikkoyleissivistava' }, päivä: '2021-08-01' }],
  tyyppi: { koodiarvo: 'luvaoppiaine', koodistoUri: 'suorituksentyyppi' },
  osasuoritukset: kurssit,
})
/** The example moved to the 2021 curriculum (OPH-4958-2020), its osasuoritukset replaced. */
const ops2021 = (osasuoritukset: Json[], laajuusYksikkö = '2'): Json =>
  luvaOo((oo, s) => {
    oo.tila.opiskeluoikeusjaksot = [tilaJakso('2021-08-01', 'lasna', '1'), tilaJakso('2022-06-01', 'valmistunut', '1')]
    delete oo.lisätiedot
    s.koulutusmoduuli.perusteenDiaarinumero = 'OPH-4958-2020'
    s.koulutusmoduuli.laajuus = { arvo: 2, yksikkö: { koodiarvo: laajuusYksikkö, koodistoUri: 'opintojenlaajuusyksikko' } }
    s.vahvistus.päivä = '2022-06-01'
    s.osasuoritukset = osasuoritukset
  })

describe('the LUVA descriptor and codec', () => {
  it('is in TYYPIT with its rules', () => {
    expect(TYYPIT.map((d) => d.tyyppi)).toContain('luva')
    expect(luva.säännöt).toEqual(luvaSäännöt)
    expect(luva.luokka).toBe('LukioonValmistavanKoulutuksenOpiskeluoikeus')
  })

  it("KOSKI's valid example (2015 curriculum) decodes and passes", () => {
    expect(LukioonValmistavanKoulutuksenOpiskeluoikeus.decode(luvaOo())._tag).toBe('Right')
    expect(runOo(luvaOo()).findings).toEqual([])
  })

  it('the 2021 curriculum (moduulit of lukioonvalmistavankoulutuksenmoduulit2019, study credits) passes', () => {
    expect(runOo(ops2021([äidinkieli([kurssi2019('LVS1', '2021-08-01')])])).findings).toEqual([])
  })

  it('strict: an unknown key is S-1, a kurssi of another koodisto S-5, an oppiaine tunniste not of oppiaineetluva notAnyOf', () => {
    const r = runOo(
      luvaOo((oo, s) => {
        s.tuntematon = 1
        s.osasuoritukset[0].osasuoritukset[0].koulutusmoduuli.tunniste.koodistoUri = 'lukionkurssit'
        s.osasuoritukset[1].koulutusmoduuli.tunniste.koodiarvo = 'LVXX'
      }),
    )
    expect(r.findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)).toEqual([
      'S-1 unexpectedProperty suoritukset[0].tuntematon',
      'S-5 enumValueMismatch suoritukset[0].osasuoritukset[0].osasuoritukset[0].koulutusmoduuli.tunniste.koodistoUri',
      'S-6 notAnyOf suoritukset[0].osasuoritukset[1].koulutusmoduuli',
    ])
  })

  it('marks KOSKI’s @SensitiveData: lisätiedot.sisäoppilaitosmainenMajoitus', () => {
    expect(erityisetKentät(LukioonValmistavanKoulutuksenOpiskeluoikeus).map((k) => k.polku)).toEqual(['lisätiedot.sisäoppilaitosmainenMajoitus'])
  })
})

describe('X-LUVA-1 (OppijaValidationLukioonValmistavaSpec)', () => {
  it("Opintojen päätason suoritus › laajuuden yksikkö ei voi olla '4' jos diaarinumero on OPH-4958-2020", () => {
    const r = runOo(ops2021([äidinkieli([kurssi2019('LVS1')])], '4'))
    expect(r.findings.map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([
      [
        'X-LUVA-1',
        'badRequest.validation.laajuudet.lukioonValmistavallaKoulutuksellaVääräLaajuudenArvo',
        'suoritukset[0].koulutusmoduuli.laajuus.yksikkö',
        "Lukioon valmistavan koulutuksen suorituksella voi olla laajuuden koodiyksikkönä vain '2', jos suorituksen diaarinumero on 'OPH-4958-2020'",
      ],
    ])
  })

  it('Opintojen rahoitus › lasna -tilalta vaaditaan opintojen rahoitus; valmistunut -tila vaaditaan opintojen rahoitus', () => {
    const r = runOo(luvaOo((oo) => oo.tila.opiskeluoikeusjaksot.forEach((j: Json) => delete j.opintojenRahoitus)))
    expect(r.findings.map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([
      ['X-LUVA-1', 'badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto', 'tila.opiskeluoikeusjaksot[0].opintojenRahoitus', 'Opiskeluoikeuden tilalta lasna puuttuu rahoitusmuoto'],
      ['X-LUVA-1', 'badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto', 'tila.opiskeluoikeusjaksot[1].opintojenRahoitus', 'Opiskeluoikeuden tilalta valmistunut puuttuu rahoitusmuoto'],
    ])
    // another state needs none
    expect(runOo(luvaOo((oo) => { oo.tila.opiskeluoikeusjaksot[1] = tilaJakso('2016-08-01', 'eronnut'); delete oo.suoritukset[0].vahvistus })).findings).toEqual([])
  })

  it('Opintojen osasuoritukset › sallitaan vain luva2019-koodiston mukaisia osasuorituksia 1.8.2021 ja jälkeen › estetään luva2015-opsin mukainen kurssisuoritus', () => {
    const vanha = { ...kurssi2019('LVS1', '2021-08-01'), koulutusmoduuli: { tunniste: { koodiarvo: 'LVS1', koodistoUri: 'lukioonvalmistavankoulutuksenkurssit2015' }, laajuus: { arvo: 2, yksikkö: { koodiarvo: '2', koodistoUri: 'opintojenlaajuusyksikko' } } } }
    const r = runOo(ops2021([äidinkieli([vanha])]))
    expect(r.findings.map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([
      [
        'X-LUVA-1',
        'badRequest.validation.rakenne.lukioonValmistavassaVanhanOpsinKurssiSuorituksia',
        'suoritukset[0].osasuoritukset[0].osasuoritukset[0].koulutusmoduuli.tunniste',
        'Lukioon valmistavan koulutuksen kurssilla lukioonvalmistavankoulutuksenkurssit2015/LVS1 on vanhan opetussuunniteleman mukainen koodi. 1.8.2021 jälkeen alkaneiden kurssien tulee käyttää vuoden 2021 opetussuunnitelmaa.',
      ],
    ])
    // started on 31.7.2021 (not after it), or with no alkamispäivä: the 2015 code passes
    expect(runOo(ops2021([äidinkieli([{ ...vanha, alkamispäivä: '2021-07-31' }])])).findings).toEqual([])
  })

  it('Opintojen osasuoritukset › sallitaan luva2019-opsin mukainen kurssisuoritus', () => {
    expect(runOo(ops2021([äidinkieli([kurssi2019('LVS1', '2021-08-01')])])).findings).toEqual([])
  })

  it("Opintojen osasuoritukset › ei sallita laajuutta kursseissa jos diaarinumero 'OPH-4958-2020'", () => {
    const r = runOo(ops2021([äidinkieli([kurssi2019('LVS1', undefined, '4')])]))
    // (the oppiaine has no laajuus, so G-LAAJ-1 has no parent unit to compare with)
    expect(rulesAt(r)).toEqual([['X-LUVA-1', 'suoritukset[0].osasuoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö']])
    expect(r.findings.filter((f) => f.rule === 'X-LUVA-1').map((f) => f.message.fi)).toEqual([
      "Lukioon valmistavan koulutuksen suorituksella voi olla laajuuden koodiyksikkönä vain '2', jos suorituksen diaarinumero on 'OPH-4958-2020'",
    ])
  })

  it("Opintojen osasuoritukset › ei sallita laajuutta opintopisteissä jos diaarinumero '56/011/2015'", () => {
    const r = runOo(luvaOo((_oo, s) => (s.koulutusmoduuli.laajuus.yksikkö.koodiarvo = '2')))
    expect(r.findings.filter((f) => f.rule === 'X-LUVA-1').map((f) => [f.path, f.message.fi])).toEqual([
      ['suoritukset[0].koulutusmoduuli.laajuus.yksikkö', "Lukioon valmistavan koulutuksen suorituksella voi olla laajuuden koodiyksikkönä vain '4', jos suorituksen diaarinumero on '56/011/2015'"],
    ])
  })

  it('another diaarinumero: the unit is not checked', () => {
    const r = runOo(luvaOo((_oo, s) => { s.koulutusmoduuli.perusteenDiaarinumero = '1/011/2004'; s.koulutusmoduuli.laajuus.yksikkö.koodiarvo = '2' }))
    expect(r.findings.filter((f) => f.rule === 'X-LUVA-1')).toEqual([])
  })
})

describe('G-RAH-3 (KoskiValidator.validateLukuvuosimaksuRahoitus)', () => {
  it('rahoitus 16 in a study right starting before 1.8.2026 is an error; from that day it passes', () => {
    const r = runOo(luvaOo((oo) => (oo.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo = '16')))
    expect(r.findings.map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([
      ['G-RAH-3', 'badRequest.validation.date.alkamispäivä', 'tila.opiskeluoikeusjaksot[0].opintojenRahoitus', 'Lukuvuosimaksurahoitusta (opintojenRahoitus koodiarvo 16) ei voi käyttää opiskeluoikeudessa, jonka alkamispäivä on ennen 1.8.2026'],
    ])
    const myöhemmin = luvaOo((oo) => {
      oo.tila.opiskeluoikeusjaksot = [tilaJakso('2026-08-01', 'lasna', '16')]
      delete oo.suoritukset[0].vahvistus
      delete oo.lisätiedot
    })
    expect(runOo(myöhemmin).findings.filter((f) => f.rule === 'G-RAH-3')).toEqual([])
  })
})
