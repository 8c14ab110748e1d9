/**
 * The ammatillinen rules of their own (catalogue §3.8), each `check` called on KOSKI's example documents changed as
 * KOSKI's specs change them (OppijaValidationAmmatillinenSpec and the others named in the titles).
 */
import { describe, expect, it } from 'vitest'
import {
  deprekoituOsaamisenHankkimistapa,
  hylättyArviointi,
  keskiarvoVainValmiilla,
  näytönSuoritusaika,
  osatutkintotavoitteisenValmistuminen,
  paikallinenMuuAmmatillinenRajapäivänJälkeen,
  siirtynytUusiinPerusteisiin,
  useaPäätasonSuoritus,
  useitaArviointiasteikoita,
  viestintäJaVuorovaikutus26EnnenRajapäivää,
  viestintäJaVuorovaikutusValtakunnallisena,
  yhteisenTutkinnonOsanLaajuus,
} from '../../../src/tyypit/ammatillinen/saannot/omat'
import {
  AP,
  AS,
  amm,
  ammArviointi,
  ammAvaimet,
  ammJakso,
  ammKoodi,
  ammLöydökset,
  ammReformi,
  näyttö,
  osaAlue,
  osittaiseksi,
  tutkinnonOsa,
  yhteinenTutkinnonOsa,
  type Json,
} from '../../support'

const nimellä = (osa: Json, fi: string): Json => ({ ...osa, koulutusmoduuli: { ...osa.koulutusmoduuli, tunniste: { ...osa.koulutusmoduuli.tunniste, nimi: { fi } } } })

describe('A-SUOR-1 — one päätason suoritus (OppijaValidationAmmatillinenSpec › Useampi päätason suoritus)', () => {
  it('one päätaso passes', () => {
    expect(ammLöydökset(useaPäätasonSuoritus, amm())).toEqual([])
  })
  it("spec: Ei sallita kahta päätason suoritusta tyyppiä 'ammatillinentutkinto'", () => {
    const doc = amm((o, s) => o.suoritukset.push(structuredClone(s)))
    expect(ammLöydökset(useaPäätasonSuoritus, doc)).toEqual([[`${AP}.suoritukset`, expect.stringMatching(/^Ammatillinen opiskeluoikeus, jossa päätason suorituksena/)]])
    expect(ammAvaimet(useaPäätasonSuoritus, doc)).toEqual(['badRequest.validation.ammatillinen.useampiPäätasonSuoritus'])
  })
  it("spec: Sallitaan kaksi päätason suoritusta, kun yhdistelmänä 'ammatillinentutkinto', jossa suoritustapa näyttö, ja 'nayttotutkintoonvalmistavakoulutus'", () => {
    const doc = amm((o, s) => {
      s.suoritustapa = ammKoodi('naytto', 'ammatillisentutkinnonsuoritustapa')
      o.suoritukset.push({ tyyppi: ammKoodi('nayttotutkintoonvalmistavakoulutus', 'suorituksentyyppi'), koulutusmoduuli: { tunniste: ammKoodi('999904', 'koulutus') } })
    })
    expect(ammLöydökset(useaPäätasonSuoritus, doc)).toEqual([])
  })
  it('a naytto korotus (korotettuOpiskeluoikeusOid) with a näyttötutkintoon valmistava is two päätasot too many', () => {
    const doc = amm((o, s) => {
      osittaiseksi(s, s.osasuoritukset)
      s.suoritustapa = ammKoodi('naytto', 'ammatillisentutkinnonsuoritustapa')
      s.korotettuOpiskeluoikeusOid = '1.2.246.562.15.12345678901'
      o.suoritukset.push({ tyyppi: ammKoodi('nayttotutkintoonvalmistavakoulutus', 'suorituksentyyppi'), koulutusmoduuli: { tunniste: ammKoodi('999904', 'koulutus') } })
    })
    expect(ammLöydökset(useaPäätasonSuoritus, doc)).toHaveLength(1)
  })
})

describe('A-KA-1 — keskiarvo only when valmis (OppijaValidationAmmatillinenSpec › Keskiarvon asettaminen)', () => {
  it('spec: sallitaan jos suoritus on valmis', () => {
    expect(ammLöydökset(keskiarvoVainValmiilla, amm())).toEqual([])
  })
  it('spec: estetään jos suoritus on kesken', () => {
    const doc = amm((o, s) => {
      o.tila.opiskeluoikeusjaksot.pop()
      delete s.vahvistus
    })
    expect(ammLöydökset(keskiarvoVainValmiilla, doc)).toEqual([[`${AS}.keskiarvo`, 'Suoritukselle ei voi asettaa keskiarvoa ellei suoritus ole päättynyt']])
    expect(ammAvaimet(keskiarvoVainValmiilla, doc)).toEqual(['badRequest.validation.ammatillinen.keskiarvoVaikkaSuoritusEiValmis'])
  })
  it('spec: sallitaan jos tila on katsotaan eronneeksi mutta tutkinnon osa löytyy', () => {
    const doc = amm((o, s) => {
      o.tila.opiskeluoikeusjaksot[1] = ammJakso('2016-08-31', 'katsotaaneronneeksi', null)
      delete s.vahvistus
    })
    expect(ammLöydökset(keskiarvoVainValmiilla, doc)).toEqual([])
  })
  it('katsotaan eronneeksi without any valmis tutkinnon osa is not enough', () => {
    const doc = amm((o, s) => {
      o.tila.opiskeluoikeusjaksot[1] = ammJakso('2016-08-31', 'katsotaaneronneeksi', null)
      delete s.vahvistus
      for (const os of s.osasuoritukset) delete os.arviointi
    })
    expect(ammLöydökset(keskiarvoVainValmiilla, doc)).toHaveLength(1)
  })
})

describe("A-ARV-1 — no hylätty arviointi (OppijaValidationAmmatillinenSpec › 'Hylätty' -arvosanat)", () => {
  it('the example passes', () => {
    expect(ammLöydökset(hylättyArviointi, amm())).toEqual([])
  })
  it.each([
    ['Hylätty', 'arviointiasteikkoammatillinenhyvaksyttyhylatty'],
    ['0', 'arviointiasteikkoammatillinent1k3'],
    ['Hylätty', 'arviointiasteikkoammatillinen15'],
  ])('spec: Yhteisten opintojen suoritus — Ei sallita: %s / %s', (arvosana, koodisto) => {
    const doc = amm((_o, s) => {
      s.osasuoritukset = [nimellä(yhteinenTutkinnonOsa([], { arviointi: [ammArviointi(arvosana, koodisto)] }), 'Viestintä- ja vuorovaikutusosaaminen')]
    })
    expect(ammLöydökset(hylättyArviointi, doc)).toEqual([[`${AS}.osasuoritukset[0].arviointi[0].arvosana`, 'Suorituksen "Viestintä- ja vuorovaikutusosaaminen" arvosana ei voi olla hylätty']])
    expect(ammAvaimet(hylättyArviointi, doc)).toEqual(['badRequest.validation.arviointi.epäsopivaArvosana'])
  })
  it('spec: Yhteisten opintojen suorituksen osasuoritukset — Ei sallita: 0 / arviointiasteikkoammatillinent1k3 (an osa-alue)', () => {
    const doc = amm((_o, s) => {
      s.osasuoritukset = [yhteinenTutkinnonOsa([nimellä(osaAlue('AI', { kieli: 'FI', arviointi: [ammArviointi('0')] }), 'Äidinkieli')])]
    })
    expect(ammLöydökset(hylättyArviointi, doc)).toEqual([[`${AS}.osasuoritukset[0].osasuoritukset[0].arviointi[0].arvosana`, 'Suorituksen "Äidinkieli" arvosana ei voi olla hylätty']])
  })
  it('spec: Muun ammatillisten opintojen suoritus — a local tutkinnon osa is named by its code when it has no name', () => {
    const doc = amm((_o, s) => {
      s.osasuoritukset = [{ ...tutkinnonOsa('x', { arviointi: [ammArviointi('Hylätty', 'arviointiasteikkoammatillinen15')] }), koulutusmoduuli: { tunniste: { koodiarvo: 'PAIK1' }, pakollinen: false } }]
    })
    expect(ammLöydökset(hylättyArviointi, doc)).toEqual([[`${AS}.osasuoritukset[0].arviointi[0].arvosana`, 'Suorituksen "PAIK1" arvosana ei voi olla hylätty']])
  })
})

describe('A-ARV-2 — one numeric arviointiasteikko (OppijaValidationAmmatillinenSpec › Useita arviointiasteikoita käytetty)', () => {
  it('the example passes (t1k3 numbers and a Hyväksytty)', () => {
    expect(ammLöydökset(useitaArviointiasteikoita, amm())).toEqual([])
  })
  it('spec: Useita arviointiasteikoita käytetty', () => {
    const doc = amm((_o, s) => {
      s.osasuoritukset = [tutkinnonOsa('100431'), tutkinnonOsa('100432', { arviointi: [ammArviointi('5', 'arviointiasteikkoammatillinen15')] })]
    })
    expect(ammLöydökset(useitaArviointiasteikoita, doc)).toEqual([
      [AS, 'Suoritus käyttää useampaa kuin yhtä numeerista arviointiasteikkoa: arviointiasteikkoammatillinen15, arviointiasteikkoammatillinent1k3'],
    ])
    expect(ammAvaimet(useitaArviointiasteikoita, doc)).toEqual(['badRequest.validation.arviointi.useitaArviointiAsteikoita'])
  })
  it('spec: Useita arviointiasteikoita käytetty, näyttö / näytön arvioinnin arviointikohteet', () => {
    const näytöllä = tutkinnonOsa('100432', {
      näyttö: näyttö('2014-01-01', '2014-02-01', {
        arvosana: ammKoodi('3', 'arviointiasteikkoammatillinent1k3'),
        arviointikohteet: [{ tunniste: ammKoodi('1', 'ammatillisennaytonarviointikohde'), arvosana: ammKoodi('5', 'arviointiasteikkoammatillinen15') }],
      }),
    })
    const doc = amm((_o, s) => (s.osasuoritukset = [tutkinnonOsa('100431'), näytöllä]))
    expect(ammLöydökset(useitaArviointiasteikoita, doc)).toHaveLength(1)
  })
  it('spec: Useita arviointiasteikoita käytetty, tutkinnon osien osat', () => {
    const doc = amm((_o, s) => {
      s.osasuoritukset = [tutkinnonOsa('100431', { arviointi: [ammArviointi('5', 'arviointiasteikkoammatillinen15')] }), yhteinenTutkinnonOsa([osaAlue('MA')])]
    })
    expect(ammLöydökset(useitaArviointiasteikoita, doc)).toHaveLength(1)
  })
})

describe('A-SIIRT-1 — siirtynytUusiinTutkinnonPerusteisiin (OppijaValidationAmmatillinenSpec › Siirtyminen uudempiin perusteisiin)', () => {
  it('spec: Tietoa ei voi siirtää, jos opiskeluoikeus ei ole terminaalitilassa', () => {
    const doc = ammReformi((o) => (o.lisätiedot = { siirtynytUusiinTutkinnonPerusteisiin: true }))
    expect(ammLöydökset(siirtynytUusiinPerusteisiin, doc)).toEqual([
      [`${AP}.lisätiedot.siirtynytUusiinTutkinnonPerusteisiin`, "Opiskeluoikeudella, jonka lisätiedoissa on merkintä 'siirtynyt uusiin tutkinnon perusteisiin', pitää päättyä tilaan 'katsotaan eronneeksi'."],
    ])
    expect(ammAvaimet(siirtynytUusiinPerusteisiin, doc)).toEqual(['badRequest.validation.tila.eiPäättävääTilaa'])
  })
  it("spec: Tiedon voi siirtää, jos opiskeluoikeus on päättynyt 'katsotaan eronneeksi' -tilaan", () => {
    const doc = ammReformi((o) => {
      o.lisätiedot = { siirtynytUusiinTutkinnonPerusteisiin: true }
      o.tila.opiskeluoikeusjaksot.push(ammJakso('2023-01-01', 'katsotaaneronneeksi', null))
    })
    expect(ammLöydökset(siirtynytUusiinPerusteisiin, doc)).toEqual([])
  })
  it('false needs nothing', () => {
    expect(ammLöydökset(siirtynytUusiinPerusteisiin, ammReformi((o) => (o.lisätiedot = { siirtynytUusiinTutkinnonPerusteisiin: false })))).toEqual([])
  })
})

describe('A-MUU-1 — a local muu ammatillinen koulutus after 31.12.2028 (OppijaValidationMuuAmmatillinenSpec)', () => {
  const muu = (alku: string, tunniste: Json) =>
    amm((o) => {
      o.tila.opiskeluoikeusjaksot = [ammJakso(alku, 'lasna', '1')]
      o.suoritukset = [{ tyyppi: ammKoodi('muuammatillinenkoulutus', 'suorituksentyyppi'), koulutusmoduuli: { tunniste, kuvaus: { fi: 'Kuvaus' } } }]
    })
  it('a local one starting on 31.12.2028 passes', () => {
    expect(ammLöydökset(paikallinenMuuAmmatillinenRajapäivänJälkeen, muu('2028-12-31', { koodiarvo: 'KISI', nimi: { fi: 'Kiinteistösijoittaminen' } }))).toEqual([])
  })
  it('a local one starting on 1.1.2029 fails', () => {
    const doc = muu('2029-01-01', { koodiarvo: 'KISI', nimi: { fi: 'Kiinteistösijoittaminen' } })
    expect(ammLöydökset(paikallinenMuuAmmatillinenRajapäivänJälkeen, doc)).toEqual([
      [`${AP}.tila.opiskeluoikeusjaksot[0].alku`, 'Paikallinen muun ammatillisen koulutuksen opiskeluoikeus ei voi alkaa siirtymäajan päättymispäivän 31.12.2028 jälkeen'],
    ])
    expect(ammAvaimet(paikallinenMuuAmmatillinenRajapäivänJälkeen, doc)).toEqual(['badRequest.validation.ammatillinen.paikallinenMuuAmmatillinenRajapäivänJälkeen'])
  })
  it('an ammatilliseen tehtävään valmistava koulutus (koodisto) may start later', () => {
    expect(ammLöydökset(paikallinenMuuAmmatillinenRajapäivänJälkeen, muu('2029-01-01', ammKoodi('1', 'ammatilliseentehtavaanvalmistavakoulutus')))).toEqual([])
  })
})

describe('A-VV-1, A-VV-2 — viestintä ja vuorovaikutus osa-alueet (OppijaValidationAmmatillinenSpec)', () => {
  const osaAlueilla = (alku: string, ...osaAlueet: Json[]) =>
    ammReformi((o, s) => {
      o.tila.opiskeluoikeusjaksot = [ammJakso(alku, 'lasna')]
      s.osasuoritukset = [yhteinenTutkinnonOsa(osaAlueet, { koodiarvo: '106727' })]
    })
  it('spec: Viestintä ja vuorovaikutus kielivalinnalla -koodit valtakunnallisena tutkinnon osan osa-alueena — every code without kieli fails', () => {
    const doc = osaAlueilla('2026-08-01', osaAlue('VVTK'), osaAlue('VVAI22'), osaAlue('VVVK26'))
    expect(ammLöydökset(viestintäJaVuorovaikutusValtakunnallisena, doc)).toEqual(
      ['VVTK', 'VVAI22', 'VVVK26'].map((k, i) => [
        `${AS}.osasuoritukset[0].osasuoritukset[${i}].koulutusmoduuli.tunniste`,
        `Yhteisen tutkinnon osan osa-alueen koodiarvoa '${k}' ei voi käyttää valtakunnallisena tutkinnon osan osa-alueena. Käytä viestintä ja vuorovaikutus kielivalinnalla -tietomallia.`,
      ]),
    )
    expect(new Set(ammAvaimet(viestintäJaVuorovaikutusValtakunnallisena, doc))).toEqual(new Set(['badRequest.validation.ammatillinen.viestintäJaVuorovaikutusOsaAlueVäärässäHaarassa']))
  })
  it('spec: Muut koodit sallitaan ValtakunnallinenAmmatillisenTutkinnonOsanOsaAlue-tyypissä; with kieli VVTK passes', () => {
    expect(ammLöydökset(viestintäJaVuorovaikutusValtakunnallisena, osaAlueilla('2026-08-01', osaAlue('MA'), osaAlue('VVTK', { kieli: 'EN' })))).toEqual([])
  })
  it('spec: VVTK26-koodia ei saa käyttää ennen 1.8.2026 alkavassa opiskeluoikeudessa', () => {
    const doc = osaAlueilla('2026-07-31', osaAlue('VVTK26', { kieli: 'SV' }))
    expect(ammLöydökset(viestintäJaVuorovaikutus26EnnenRajapäivää, doc)).toEqual([
      [`${AS}.osasuoritukset[0].osasuoritukset[0].koulutusmoduuli.tunniste`, "Koodiarvoa 'VVTK26' ei voi käyttää ennen 1.8.2026 alkavassa opiskeluoikeudessa."],
    ])
    expect(ammAvaimet(viestintäJaVuorovaikutus26EnnenRajapäivää, doc)).toEqual(['badRequest.validation.ammatillinen.viestintäJaVuorovaikutus26KoodiarvoEnnenRajapäivää'])
  })
  it('spec: VVTK26-koodia saa käyttää 1.8.2026 tai sen jälkeen alkavassa opiskeluoikeudessa', () => {
    expect(ammLöydökset(viestintäJaVuorovaikutus26EnnenRajapäivää, osaAlueilla('2026-08-01', osaAlue('VVTK26', { kieli: 'SV' })))).toEqual([])
  })
})

describe('A-OSAT-1 — a vahvistettu osittainen needs a valmis tutkinnon osa (OppijaValidationAmmatillisenTutkinnonOsittainenSuoritusSpec)', () => {
  it('an osittainen with an arvioitu tutkinnon osa passes', () => {
    expect(ammLöydökset(osatutkintotavoitteisenValmistuminen, amm((_o, s) => osittaiseksi(s, [tutkinnonOsa('100431')])))).toEqual([])
  })
  it('only an unassessed tutkinnon osa and jatko-opintovalmiuksia tukevat opinnot: fails', () => {
    const doc = amm((_o, s) =>
      osittaiseksi(s, [
        tutkinnonOsa('100431', { arviointi: null }),
        { koulutusmoduuli: { tunniste: ammKoodi('1', 'tutkinnonosatvalinnanmahdollisuus') }, tyyppi: ammKoodi('ammatillisentutkinnonosa', 'suorituksentyyppi') },
      ]),
    )
    expect(ammLöydökset(osatutkintotavoitteisenValmistuminen, doc)).toEqual([
      [AS, 'Osatutkintotavoitteisen tutkinnon valmiiksi merkitseminen edellyttää yhtä valmista ammatillisen tai yhteisen tutkinnon osaa'],
    ])
    expect(ammAvaimet(osatutkintotavoitteisenValmistuminen, doc)).toEqual(['badRequest.validation.ammatillinen.osatutkintotavoitteisenValmistuminen'])
  })
  it('an unconfirmed osittainen needs nothing', () => {
    expect(ammLöydökset(osatutkintotavoitteisenValmistuminen, amm((_o, s) => (osittaiseksi(s, []), delete s.vahvistus)))).toEqual([])
  })
})

describe('A-NÄYTTÖ-1 — näytön suoritusaika (OppijaValidationAmmatillinenSpec › Näytön suoritusajan loppu ennen alkua)', () => {
  it('spec: Näytön suoritusajan loppu ennen alkua', () => {
    const doc = amm((_o, s) => (s.osasuoritukset = [nimellä(tutkinnonOsa('100432', { näyttö: näyttö('2014-02-02', '2014-02-01') }), 'Ympäristön hoitaminen')]))
    expect(ammLöydökset(näytönSuoritusaika, doc)).toEqual([[`${AS}.osasuoritukset[0].näyttö.suoritusaika`, "Osasuorituksen 'Ympäristön hoitaminen' näytön päättymispäivä on ennen alkamispäivää"]])
    expect(ammAvaimet(näytönSuoritusaika, doc)).toEqual(['badRequest.validation.date.näytönSuoritusaika'])
  })
  it('a one-day näyttö passes', () => {
    expect(ammLöydökset(näytönSuoritusaika, amm((_o, s) => (s.osasuoritukset = [tutkinnonOsa('100432', { näyttö: näyttö('2014-02-01', '2014-02-01') })])))).toEqual([])
  })
})

describe('A-YTO-1 — the laajuus of a yhteinen tutkinnon osa of an osittainen (validaation_muutoshistoria 29.4.2026)', () => {
  const osittainen = (yto: Json) => amm((_o, s) => osittaiseksi(s, [tutkinnonOsa('100431'), yto]))
  it('spec (OppijaValidationAmmatillisenTutkinnonOsittainenSuoritusSpec): laajuus equal to the sum of its osa-alueet passes', () => {
    expect(ammLöydökset(yhteisenTutkinnonOsanLaajuus, osittainen(yhteinenTutkinnonOsa([osaAlue('MA', { laajuus: 2.5 }), osaAlue('FK', { laajuus: 2.5 })], { laajuus: 5 })))).toEqual([])
  })
  it('a different sum fails, printed as doubles', () => {
    const doc = osittainen(nimellä(yhteinenTutkinnonOsa([osaAlue('MA', { laajuus: 2 }), osaAlue('FK')], { laajuus: 5 }), 'Viestintä- ja vuorovaikutusosaaminen'))
    expect(ammLöydökset(yhteisenTutkinnonOsanLaajuus, doc)).toEqual([
      [`${AS}.osasuoritukset[1].koulutusmoduuli.laajuus`, "Yhteisen tutkinnon osan 'Viestintä- ja vuorovaikutusosaaminen' laajuus 5.0 ei vastaa osa-alueiden laajuuksien summaa 2.0"],
    ])
    expect(ammAvaimet(yhteisenTutkinnonOsanLaajuus, doc)).toEqual(['badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma'])
  })
  it('an unassessed yto, one without laajuus, or one without osa-alueet is not checked', () => {
    expect(ammLöydökset(yhteisenTutkinnonOsanLaajuus, osittainen(yhteinenTutkinnonOsa([osaAlue('MA', { laajuus: 2 })], { laajuus: 5, arviointi: null })))).toEqual([])
    expect(ammLöydökset(yhteisenTutkinnonOsanLaajuus, osittainen(yhteinenTutkinnonOsa([osaAlue('MA', { laajuus: 2 })])))).toEqual([])
    expect(ammLöydökset(yhteisenTutkinnonOsanLaajuus, osittainen(yhteinenTutkinnonOsa([], { laajuus: 5 })))).toEqual([])
  })
  it('a korotus (korotettuOpiskeluoikeusOid) and a koko tutkinto are not checked here', () => {
    const korotus = amm((_o, s) => {
      osittaiseksi(s, [yhteinenTutkinnonOsa([osaAlue('MA', { laajuus: 2 })], { laajuus: 5 })])
      s.korotettuOpiskeluoikeusOid = '1.2.246.562.15.12345678901'
    })
    expect(ammLöydökset(yhteisenTutkinnonOsanLaajuus, korotus)).toEqual([])
    expect(ammLöydökset(yhteisenTutkinnonOsanLaajuus, amm((_o, s) => (s.osasuoritukset = [yhteinenTutkinnonOsa([osaAlue('MA', { laajuus: 2 })], { laajuus: 5 })])))).toEqual([])
  })
  it('an osia useasta tutkinnosta is checked too', () => {
    const doc = amm((_o, s) => {
      osittaiseksi(s, [yhteinenTutkinnonOsa([osaAlue('MA', { laajuus: 2 })], { laajuus: 5 })])
      s.koulutusmoduuli = { tunniste: ammKoodi('ammatillinentutkintoosittainenuseastatutkinnosta', 'suorituksentyyppi') }
    })
    expect(ammLöydökset(yhteisenTutkinnonOsanLaajuus, doc)).toHaveLength(1)
  })
})

describe('A-HANK-1 — osaamisen hankkimistapa (OppijaValidationAmmatillinenSpec › Ammatillinen perustutkinto opetussuunnitelman mukaisesti)', () => {
  const tavalla = (tapa: Json) => ammReformi((_o, s) => (s.osaamisenHankkimistavat = [{ alku: '2022-01-08', osaamisenHankkimistapa: tapa }]))
  it('spec: Syötetään osaamisen hankkimistapa (oppilaitosmuotoinen) / Syötetään koulutussopimus', () => {
    expect(ammLöydökset(deprekoituOsaamisenHankkimistapa, ammReformi())).toEqual([])
    expect(ammLöydökset(deprekoituOsaamisenHankkimistapa, tavalla({ tunniste: ammKoodi('koulutussopimus', 'osaamisenhankkimistapa') }))).toEqual([])
  })
  it('spec: Syötetään deprekoitu osaamisen hankkimistapa (oppisopimus without its details)', () => {
    const doc = tavalla({ tunniste: ammKoodi('oppisopimus', 'osaamisenhankkimistapa') })
    expect(ammLöydökset(deprekoituOsaamisenHankkimistapa, doc)).toEqual([
      [`${AS}.osaamisenHankkimistavat[0].osaamisenHankkimistapa`, 'Osaamisenhankkimistapaa oppisopimus ei voi tallentaa ilman y-tunnusta'],
    ])
    expect(ammAvaimet(deprekoituOsaamisenHankkimistapa, doc)).toEqual(['badRequest.validation.rakenne.deprekoituOsaamisenHankkimistapa'])
  })
  it('an oppisopimus with its details passes', () => {
    const doc = tavalla({ tunniste: ammKoodi('oppisopimus', 'osaamisenhankkimistapa'), oppisopimus: { työnantaja: { nimi: { fi: 'Autokorjaamo Oy' }, yTunnus: '1234567-8' } } })
    expect(ammLöydökset(deprekoituOsaamisenHankkimistapa, doc)).toEqual([])
  })
})

