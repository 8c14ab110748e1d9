/**
 * LUVA (`LukioonValmistavanKoulutuksenOpiskeluoikeus`): the codec (both curricula, strict) and its rules X-LUVA-1 and
 * G-RAH-3, with the cases of KOSKI's OppijaValidationLukioonValmistavaSpec; G-DUP-1 with KOSKI's identity of the LUVA
 * classes, L-AOM-1, G-DUPOO-1, X-LUVA-POIS-1 and KOSKI's lukio 2019 validators (L19-*; OppijaValidationLukio2019Spec).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LukioonValmistavanKoulutuksenOpiskeluoikeus, luva, luvaSäännöt, TYYPIT } from '../../src'
import { validiLuvaOpiskeluoikeus } from '../../src/arbitraries'
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

  it('marks KOSKI’s @SensitiveData: lisätiedot.sisäoppilaitosmainenMajoitus, a lukio uskonto’s uskonnonOppimäärä (2015 and 2019)', () => {
    expect(erityisetKentät(LukioonValmistavanKoulutuksenOpiskeluoikeus).map((k) => `${k.luokka}.${k.kenttä}`)).toEqual([
      'LukionUskonto2015.uskonnonOppimäärä',
      'LukionUskonto2019.uskonnonOppimäärä',
      'LukioonValmistavanKoulutuksenOpiskeluoikeudenLisätiedot.sisäoppilaitosmainenMajoitus',
    ])
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

describe('G-DUP-1 on LUVA: KOSKI’s identity of the LUVA classes (KoskiValidator.validateDuplicates)', () => {
  const oppiaine = (tyyppi: string, koodistoUri: string, koodiarvo: string, muuta: Json = {}): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo, koodistoUri }, ...muuta },
    tyyppi: { koodiarvo: tyyppi, koodistoUri: 'suorituksentyyppi' },
    arviointi: [{ arvosana: { koodiarvo: 'S', koodistoUri: 'arviointiasteikkoyleissivistava' }, päivä: '2016-06-01' }],
  })
  const lukio = (koodiarvo: string, muuta: Json = {}): Json => oppiaine('luvalukionoppiaine', 'koskioppiaineetyleissivistava', koodiarvo, muuta)
  const lukio2019 = (koodiarvo: string, muuta: Json = {}): Json => oppiaine('luvalukionoppiaine2019', 'koskioppiaineetyleissivistava', koodiarvo, muuta)
  const luvaAine = (koodiarvo: string, muuta: Json = {}): Json => oppiaine('luvaoppiaine', 'oppiaineetluva', koodiarvo, muuta)
  const kieli = (koodiarvo: string, koodistoUri = 'kielivalikoima'): Json => ({ kieli: { koodiarvo, koodistoUri } })
  const dup = (...osat: Json[]): [string, string][] =>
    runOo(luvaOo((_oo, s) => (s.osasuoritukset = osat))).findings.filter((f) => f.rule === 'G-DUP-1').map((f) => [f.path, f.message.fi])

  it('OppijaValidationLukioSpec › Sama oppiaine › ei sallita (LukionÄidinkieliJaKirjallisuus2015 twice with the same kieli): its tunniste and kieli as KOSKI’s tuple, no group', () => {
    const ai = lukio('AI', kieli('AI1', 'oppiaineaidinkielijakirjallisuus'))
    expect(dup(ai, ai)).toEqual([['suoritukset[0].osasuoritukset[1]', 'Osasuoritus (koskioppiaineetyleissivistava/AI,oppiaineaidinkielijakirjallisuus/AI1) esiintyy useammin kuin kerran']])
  })

  it('OppijaValidationLukioSpec › Sama oppiaine › ei sallita (matematiikka, not a kieliaine): its tunniste; a 2015 and a 2019 one are the same, pakollinen does not part them', () => {
    const oppimäärä = { oppimäärä: { koodiarvo: 'MAA', koodistoUri: 'oppiainematematiikka' } }
    expect(dup(lukio('MA', oppimäärä), lukio2019('MA', { ...oppimäärä, pakollinen: false }))).toEqual([['suoritukset[0].osasuoritukset[1]', 'Osasuoritus koskioppiaineetyleissivistava/MA esiintyy useammin kuin kerran']])
  })

  it('LUVA’s own kieliaineet (LVAIK, MuutKielet) are their tunniste and kieli; another LUVA oppiaine its tunniste', () => {
    expect(dup(luvaAine('LVMUUTK', kieli('SV')), luvaAine('LVMUUTK', kieli('SV')))).toEqual([['suoritukset[0].osasuoritukset[1]', 'Osasuoritus (oppiaineetluva/LVMUUTK,kielivalikoima/SV) esiintyy useammin kuin kerran']])
    expect(dup(luvaAine('LVOPO'), luvaAine('LVOPO', { pakollinen: false }))).toEqual([['suoritukset[0].osasuoritukset[1]', 'Osasuoritus oppiaineetluva/LVOPO esiintyy useammin kuin kerran']])
  })

  it('allowed as in KOSKI (no more false errors): a kieliaine of the same tunniste with another kieli, in either curriculum and in LUVA’s own', () => {
    expect(dup(lukio('B2', kieli('DE')), lukio('B2', kieli('FR')), lukio2019('B2', kieli('ES')))).toEqual([])
    expect(dup(luvaAine('LVMUUTK', kieli('SV')), luvaAine('LVMUUTK', kieli('EN')))).toEqual([])
    expect(dup(luvaAine('LVAIK', kieli('AI7', 'oppiaineaidinkielijakirjallisuus')), luvaAine('LVAIK', kieli('AI8', 'oppiaineaidinkielijakirjallisuus')))).toEqual([])
  })
})

describe('L-AOM-1 on LUVA: äidinkielenomainen kieli (KoskiValidator.validateÄidinkielenOmainenKieli: VierasTaiToinenKotimainenKieli2015/2019)', () => {
  const aom = (tyyppi: 'luvalukionoppiaine' | 'luvalukionoppiaine2019', kieli: string): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo: 'AOM', koodistoUri: 'koskioppiaineetyleissivistava' }, kieli: { koodiarvo: kieli, koodistoUri: 'kielivalikoima' }, pakollinen: true },
    tyyppi: { koodiarvo: tyyppi, koodistoUri: 'suorituksentyyppi' },
    arviointi: [{ arvosana: { koodiarvo: '8', koodistoUri: 'arviointiasteikkoyleissivistava' }, päivä: '2016-06-01' }],
  })
  const lisäksi = (...osat: Json[]): Json => luvaOo((_oo, s) => s.osasuoritukset.push(...osat))

  it('OppijaValidationPerusopetusSpec › Äidinkielen omainen oppiaine › FI sallittu, SV sallittu (here a lukio 2015 and a 2019 oppiaine)', () => {
    expect(runOo(lisäksi(aom('luvalukionoppiaine', 'FI'))).findings).toEqual([])
    expect(runOo(lisäksi(aom('luvalukionoppiaine2019', 'SV'))).findings).toEqual([])
  })

  it('OppijaValidationPerusopetusSpec › Äidinkielen omainen oppiaine › Muita ei sallita: KOSKI’s key and text, one per oppiaine, both curricula', () => {
    const n = luvaOo().suoritukset[0].osasuoritukset.length
    const r = runOo(lisäksi(aom('luvalukionoppiaine', 'SE'), aom('luvalukionoppiaine2019', 'EN')))
    expect(r.findings.map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual(
      [n, n + 1].map((i) => ['L-AOM-1', 'badRequest.validation.rakenne.deprekoituKielikoodi', `suoritukset[0].osasuoritukset[${i}].koulutusmoduuli.kieli`, 'Äidinkielen omaisen oppiaineen kieli tulee olla suomi tai ruotsi']),
    )
    expect(r.findings[0]!.hint?.fi).toContain('suomi (FI) tai ruotsi (SV)')
  })

  it('another language oppiaine (B1) may have any kieli', () => {
    const b1 = aom('luvalukionoppiaine', 'SE')
    b1.koulutusmoduuli.tunniste.koodiarvo = 'B1'
    expect(runOo(lisäksi(b1)).findings).toEqual([])
  })
})

describe('G-DUPOO-1 on LUVA (DuplikaattiValidation: findSamaOppilaitosJaTyyppiSamaanAikaan, its last case)', () => {
  const tallennettu = (oo: Json): Json => ({ ...structuredClone(oo), oid: '1.2.246.562.15.00000000001', versionumero: 1 })

  it('a stored LUVA study right of the same oppilaitos with an overlapping period: conflict.exists; none when they do not overlap or for another oppilaitos; skipped without storedStudyRights', () => {
    const oo = luvaOo()
    expect(runOo(oo, { storedStudyRights: [tallennettu(oo)] }).findings.map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([['G-DUPOO-1', 'conflict.exists', '', 'Vastaava opiskeluoikeus on jo olemassa.']])
    const aiempi = luvaOo((o) => (o.tila.opiskeluoikeusjaksot = [tilaJakso('2006-08-15', 'lasna', '1'), tilaJakso('2007-06-01', 'eronnut')]))
    delete aiempi.suoritukset[0].vahvistus
    expect(runOo(oo, { storedStudyRights: [tallennettu(aiempi)] }).findings).toEqual([])
    const muualla = tallennettu(oo)
    muualla.oppilaitos = { oid: '1.2.246.562.10.52251087186' }
    expect(runOo(oo, { storedStudyRights: [muualla] }).findings).toEqual([])
    expect(runOo(oo).skipped).toContain('G-DUPOO-1')
  })
})

describe('X-LUVA-POIS-1: the fields KOSKI drops (@RedundantData), accepted with our warning', () => {
  const uskonto = (tyyppi: 'luvalukionoppiaine' | 'luvalukionoppiaine2019'): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo: 'KT', koodistoUri: 'koskioppiaineetyleissivistava' }, uskonnonOppimäärä: { koodiarvo: 'LU', koodistoUri: 'uskonnonoppimaara' }, pakollinen: true },
    tyyppi: { koodiarvo: tyyppi, koodistoUri: 'suorituksentyyppi' },
    arviointi: [{ arvosana: { koodiarvo: '8', koodistoUri: 'arviointiasteikkoyleissivistava' }, päivä: '2016-06-01' }],
  })

  it('OppijaValidationPerusopetusSpec › Uskontoa ei tallenneta tietokantaan (trait Uskonto, here LukionUskonto2015/2019): uskonnonOppimäärä is no S-1 but a warning', () => {
    const n = luvaOo().suoritukset[0].osasuoritukset.length
    const summa = (tyyppi: 'luvalukionoppiaine' | 'luvalukionoppiaine2019') =>
      runOo(luvaOo((_oo, s) => s.osasuoritukset.push(uskonto(tyyppi)))).findings.map((f) => [f.severity, f.rule, f.key, f.path])
    const odotettu = [['warning', 'X-LUVA-POIS-1', 'koskiValidation.luva.kenttaTiputetaan', `suoritukset[0].osasuoritukset[${n}].koulutusmoduuli.uskonnonOppimäärä`]]
    expect(summa('luvalukionoppiaine')).toEqual(odotettu)
    expect(summa('luvalukionoppiaine2019')).toEqual(odotettu)
    const r = runOo(luvaOo((_oo, s) => s.osasuoritukset.push(uskonto('luvalukionoppiaine'))))
    expect(r.findings[0]!.message.fi).toBe('KOSKI ei ota kenttää uskonnonOppimäärä vastaan lukioon valmistavan koulutuksen opiskeluoikeudella: tieto tiputetaan siirrossa pois ilman virhettä.')
    expect(r.findings[0]!.hint?.fi).toBe('Jätä uskonnonOppimäärä pois lähetettävästä opiskeluoikeudesta; sitä ei tallenneta.')
  })

  it('lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan (as KOSKI’s LUVA files saved up to 2021 give it): a warning; without it none', () => {
    const r = runOo(luvaOo((oo) => (oo.lisätiedot = { ...(oo.lisätiedot ?? {}), oikeusMaksuttomaanAsuntolapaikkaan: true })))
    expect(r.findings.map((f) => [f.severity, f.rule, f.path])).toEqual([['warning', 'X-LUVA-POIS-1', 'lisätiedot.oikeusMaksuttomaanAsuntolapaikkaan']])
    expect(r.findings[0]!.message.en).toBe('KOSKI does not accept the field oikeusMaksuttomaanAsuntolapaikkaan in a study right of instruction preparing for general upper secondary education: it is dropped in the transfer without an error.')
    expect(runOo(luvaOo()).findings).toEqual([])
  })
})

describe('KOSKI’s lukio 2019 validators on LUVA’s 2019 oppiaineet (L19-OS-1, L19-VK-1, L19-ARV-1)', () => {
  const arvio = (arvosana: string): Json[] => [{ arvosana: { koodiarvo: arvosana, koodistoUri: 'arviointiasteikkoyleissivistava' }, päivä: '2022-05-01' }]
  const moduuli = (koodiarvo: string, muuta: Json = {}, laajuus = 2): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo, koodistoUri: 'moduulikoodistolops2021' }, laajuus: { arvo: laajuus, yksikkö: { koodiarvo: '2', koodistoUri: 'opintojenlaajuusyksikko' } }, pakollinen: true },
    tyyppi: { koodiarvo: 'lukionvaltakunnallinenmoduuli', koodistoUri: 'suorituksentyyppi' },
    arviointi: arvio('8'),
    ...muuta,
  })
  const opintojakso = (muuta: Json = {}): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo: 'KAN202', nimi: { fi: 'Kanteleensoiton jatkokurssi 2' } }, laajuus: { arvo: 1, yksikkö: { koodiarvo: '2', koodistoUri: 'opintojenlaajuusyksikko' } }, kuvaus: { fi: 'Kantele' }, pakollinen: false },
    tyyppi: { koodiarvo: 'lukionpaikallinenopintojakso', koodistoUri: 'suorituksentyyppi' },
    arviointi: arvio('S'),
    ...muuta,
  })
  const oppiaine = (koodiarvo: string, moduulit: Json[], muuta: Json = {}, km: Json = {}): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo, koodistoUri: 'koskioppiaineetyleissivistava' }, pakollinen: true, ...km },
    tyyppi: { koodiarvo: 'luvalukionoppiaine2019', koodistoUri: 'suorituksentyyppi' },
    arviointi: arvio('8'),
    osasuoritukset: moduulit,
    ...muuta,
  })
  const kieli = (koodiarvo: string, koodistoUri = 'kielivalikoima'): Json => ({ kieli: { koodiarvo, koodistoUri } })
  const sv = { suorituskieli: { koodiarvo: 'SV', koodistoUri: 'kieli' } }
  const fi = { suorituskieli: { koodiarvo: 'FI', koodistoUri: 'kieli' } }
  const löydöt = (...osat: Json[]): [string, string, string, string][] =>
    runOo(ops2021(osat)).findings.map((f) => [f.rule, f.key, f.path, f.message.fi])
  const os = (i: number, k: number, loppu: string): string => `suoritukset[0].osasuoritukset[${i}].osasuoritukset[${k}].${loppu}`

  it('valid: numeric valtakunnalliset moduulit, OP1 S, a lukiodiplomi of 2 op with S, another suorituskieli than the oppiaine’s', () => {
    expect(löydöt(oppiaine('KE', [moduuli('KE1'), moduuli('KE2', sv)], fi), oppiaine('OP', [moduuli('OP1', { arviointi: arvio('S') })]), oppiaine('KU', [moduuli('KULD2', { arviointi: arvio('S') })]))).toEqual([])
  })

  it('OppijaValidationLukio2019Spec › Ei saa olla kirjain muiden aineiden valtakunnallisissa moduuleissa; Ei saa olla numero opinto-ohjauksessa (L19-ARV-1)', () => {
    expect(löydöt(oppiaine('KE', [moduuli('KE1', { arviointi: arvio('S') }), moduuli('KE2', { arviointi: arvio('H') })]), oppiaine('OP', [moduuli('OP1'), moduuli('OP2', { arviointi: arvio('S') })]))).toEqual([
      ['L19-ARV-1', 'badRequest.validation.arviointi.epäsopivaArvosana', os(0, 0, 'arviointi'), 'Valtakunnallisen moduulin moduulikoodistolops2021/KE1 arvosanan on oltava numero'],
      ['L19-ARV-1', 'badRequest.validation.arviointi.epäsopivaArvosana', os(0, 1, 'arviointi'), 'Valtakunnallisen moduulin moduulikoodistolops2021/KE2 arvosanan on oltava numero'],
      ['L19-ARV-1', 'badRequest.validation.arviointi.epäsopivaArvosana', os(1, 0, 'arviointi'), 'Opinto-ohjauksen moduulin moduulikoodistolops2021/OP1 arvosanan on oltava S tai H'],
    ])
    // a paikallinen opintojakso may be S (not a LukionModuulinSuoritus2019)
    expect(löydöt(oppiaine('KE', [opintojakso()]))).toEqual([])
  })

  it('OppijaValidationLukio2019Spec › Lukiodiplomimoduulien laajuus ei voi olla muuta kuin 2 opintopistettä (L19-OS-1)', () => {
    expect(löydöt(oppiaine('KU', [moduuli('KULD2', {}, 2.5)]))).toEqual([
      ['L19-OS-1', 'badRequest.validation.laajuudet.lukiodiplominLaajuusEiOle2Opintopistettä', os(0, 0, 'koulutusmoduuli.laajuus'), 'Osasuorituksen moduulikoodistolops2021/KULD2 laajuus ei ole oikea. Lukiodiplomimoduulin laajuus tulee olla aina 2 opintopistettä.'],
    ])
  })

  it('OppijaValidationLukio2019Spec › suorituskieli: a moduuli’s or opintojakso’s suorituskieli not the oppiaine’s, nor (the oppiaine without one) the päätaso’s (L19-OS-1)', () => {
    expect(löydöt(oppiaine('KE', [moduuli('KE1', sv), moduuli('KE2', fi), opintojakso(sv)], sv))).toEqual([
      ['L19-OS-1', 'badRequest.validation.rakenne.epäsopiviaOsasuorituksia', os(0, 0, 'suorituskieli'), 'Osasuorituksen moduulikoodistolops2021/KE1 suorituskieli ei saa olla sama kuin oppiaineen suorituskieli'],
      ['L19-OS-1', 'badRequest.validation.rakenne.epäsopiviaOsasuorituksia', os(0, 2, 'suorituskieli'), 'Osasuorituksen KAN202 (Kanteleensoiton jatkokurssi 2) suorituskieli ei saa olla sama kuin oppiaineen suorituskieli'],
    ])
    // the päätaso's suorituskieli is FI
    expect(löydöt(oppiaine('KE', [moduuli('KE1', fi), moduuli('KE2', sv)]))).toEqual([
      ['L19-OS-1', 'badRequest.validation.rakenne.epäsopiviaOsasuorituksia', os(0, 0, 'suorituskieli'), 'Osasuorituksen moduulikoodistolops2021/KE1 suorituskieli ei saa olla sama kuin päätason suorituksen suorituskieli'],
    ])
  })

  it('OppijaValidationLukio2019Spec › Vieraan kielen koodia kielivalikoima/97 › ei saa käyttää oppiaineessa; Äidinkielen kieltä AIAI ei saa käyttää; Oman äidinkielen opintojen siirtäminen moduulina on estetty (L19-VK-1)', () => {
    const ai = (k: string, moduulit: Json[] = []): Json => oppiaine('AI', moduulit, {}, kieli(k, 'oppiaineaidinkielijakirjallisuus'))
    expect(löydöt(oppiaine('A', [moduuli('VKA1')], {}, kieli('97')))).toEqual([
      ['L19-VK-1', 'badRequest.validation.rakenne.deprekoituKielikoodi', 'suoritukset[0].osasuoritukset[0].koulutusmoduuli.kieli', 'Suorituksessa koskioppiaineetyleissivistava/A käytettyä kielikoodia 97 ei sallita'],
    ])
    expect(löydöt(ai('AIAI'))).toEqual([
      ['L19-VK-1', 'badRequest.validation.rakenne.deprekoituOppimäärä', 'suoritukset[0].osasuoritukset[0].koulutusmoduuli.kieli', 'Suorituksessa koskioppiaineetyleissivistava/AI käytettyä kieltä AIAI ei sallita. Oman äidinkielen opinnot kuuluu siirtää vieraan kielen opintoina.'],
    ])
    expect(löydöt(ai('AI1', [moduuli('OÄI1'), moduuli('RÄI2'), moduuli('ÄI1')])).map((f) => [f[0], f[2], f[3]])).toEqual(
      ['OÄI1', 'RÄI2'].map((k, i) => ['L19-VK-1', os(0, i, 'koulutusmoduuli.tunniste'), `Moduuli ${k} ei ole sallittu oppiaineen osasuoritus. Lukion oppimäärää täydentävän oman äidinkielen opinnoista siirretään vain kokonaisarviointi ja tieto opiskellusta kielestä.`]),
    )
    expect(löydöt(ai('AI1'), oppiaine('B1', [], {}, kieli('SV')))).toEqual([])
  })

  it('not on the 2015 lukio oppiaineet (their kurssit are LukionKurssinSuoritus2015): an S kurssi passes', () => {
    expect(runOo(luvaOo()).findings).toEqual([])
  })
})

describe('G-DUP-1 on LUVA, a property law (fast-check)', () => {
  const TODAY = '2026-11-22'
  const kieliaine = (tunniste: string, kieli: string): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo: tunniste, koodistoUri: 'oppiaineetluva' }, kieli: { koodiarvo: kieli, koodistoUri: 'kielivalikoima' } },
    tyyppi: { koodiarvo: 'luvaoppiaine', koodistoUri: 'suorituksentyyppi' },
  })
  const dupit = (oo: Json): string[] => runOo(oo, { today: TODAY }).findings.filter((f) => f.rule === 'G-DUP-1').map((f) => f.path)

  it('a copy of a generated oppiaine is one duplicate, at the copy; kieliaineet of one tunniste are duplicates exactly when their kieli is the same', () => {
    fc.assert(
      fc.property(validiLuvaOpiskeluoikeus(), fc.nat(), fc.constantFrom('LVMUUTK', 'LVAK', 'LVMAI', 'LVPOAK'), fc.constantFrom('EN', 'SV', 'DE'), fc.constantFrom('EN', 'SV', 'DE'), (oo, i, tunniste, a, b) => {
        expect(dupit(oo)).toEqual([])
        const osat = oo.suoritukset[0].osasuoritukset as Json[]
        const kopio = structuredClone(oo)
        kopio.suoritukset[0].osasuoritukset.push(structuredClone(osat[i % osat.length]))
        expect(dupit(kopio)).toEqual([`suoritukset[0].osasuoritukset[${osat.length}]`])
        const kielet = structuredClone(oo)
        kielet.suoritukset[0].osasuoritukset.push(kieliaine(tunniste, a), kieliaine(tunniste, b))
        expect(dupit(kielet)).toEqual(a === b ? [`suoritukset[0].osasuoritukset[${osat.length + 1}]`] : [])
      }),
      { numRuns: 60, seed: 20261201 },
    )
  })
})
