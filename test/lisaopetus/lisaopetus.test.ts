/**
 * Perusopetuksen lisäopetus (`PerusopetuksenLisäopetuksenOpiskeluoikeus`): the codec and its rules — X-LISÄ-1 before
 * the others, A-ERO-1, the pidennetty oppivelvollisuus rules L-PO-1…8, our warning X-LISÄ-POIS-1 — with the cases of
 * KOSKI's OppijaValidationPerusopetuksenLisaopetusSpec.
 */
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lisäopetus, lisäopetuksenSäännöt, PerusopetuksenLisäopetuksenOpiskeluoikeus, TYYPIT, yhdistäVammaisuusjaksot } from '../../src'
import { validiLisäopetuksenOpiskeluoikeus } from '../../src/arbitraries'
import { erityisetKentät } from '../../src/codecs/erityiset'
import { erityistenHenkilötietojenPolut, poistaErityisetHenkilötiedot, sisältääErityisiäHenkilötietoja } from '../../src/tyypit/tuva/funktiot/erityisetHenkilotiedot'
import { koskiExample, lisäOo, rulesAt, runOo, tilaJakso, type Json } from '../support'

/** The example with its lisätiedot replaced and the study right from 2015-08-01 to 2016-06-04. */
const lisätiedoin = (lisätiedot: Json | undefined, loppuTila = 'valmistunut'): Json =>
  lisäOo((oo, s) => {
    oo.tila.opiskeluoikeusjaksot = [tilaJakso('2015-08-01', 'lasna'), tilaJakso('2016-06-04', loppuTila)]
    if (loppuTila !== 'valmistunut') delete s.vahvistus
    if (lisätiedot === undefined) delete oo.lisätiedot
    else oo.lisätiedot = lisätiedot
  })
const J = (alku?: string, loppu?: string): Json => ({ ...(alku === undefined ? {} : { alku }), ...(loppu === undefined ? {} : { loppu }) })
const kaikkiKunnossa = { pidennettyOppivelvollisuus: J('2015-08-01', '2016-06-04'), vammainen: [J('2015-08-01', '2016-06-04')], erityisenTuenPäätökset: [J('2015-08-01', '2016-06-04')] }

describe('the lisäopetus descriptor and codec', () => {
  it('is in TYYPIT with its rules, X-LISÄ-1 first', () => {
    expect(TYYPIT.map((d) => d.tyyppi)).toContain('perusopetuksenlisaopetus')
    expect(lisäopetus.säännöt).toEqual(lisäopetuksenSäännöt)
    expect(lisäopetuksenSäännöt[0]!.id).toBe('X-LISÄ-1')
  })

  it("KOSKI's valid example decodes and passes", () => {
    expect(PerusopetuksenLisäopetuksenOpiskeluoikeus.decode(lisäOo())._tag).toBe('Right')
    expect(runOo(lisäOo()).findings).toEqual([])
    expect(runOo(lisätiedoin(kaikkiKunnossa)).findings).toEqual([])
  })

  it('strict: an unknown key is S-1, an oppiaine tunniste of another koodisto notAnyOf, a jakso with rahoitus S-1', () => {
    const r = runOo(
      lisäOo((oo, s) => {
        oo.lisätiedot.tuntematon = true
        s.osasuoritukset[0].koulutusmoduuli.tunniste.koodistoUri = 'oppiaineetluva'
        oo.tila.opiskeluoikeusjaksot[0].opintojenRahoitus = { koodiarvo: '1', koodistoUri: 'opintojenrahoitus' }
      }),
    )
    expect(r.findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)).toEqual([
      'S-1 unexpectedProperty tila.opiskeluoikeusjaksot[0].opintojenRahoitus',
      'S-5 notAnyOf suoritukset[0].osasuoritukset[0].koulutusmoduuli',
      'S-1 unexpectedProperty lisätiedot.tuntematon',
    ])
  })

  it('toiminta-alue and muu suoritukset decode', () => {
    const r = runOo(
      lisäOo((_oo, s) => {
        s.osasuoritukset = [
          { koulutusmoduuli: { tunniste: { koodiarvo: '1', koodistoUri: 'perusopetuksentoimintaalue' }, laajuus: { arvo: 5, yksikkö: { koodiarvo: '3', koodistoUri: 'opintojenlaajuusyksikko' } } }, tyyppi: { koodiarvo: 'perusopetuksenlisaopetuksentoimintaalue', koodistoUri: 'suorituksentyyppi' }, arviointi: [{ arvosana: { koodiarvo: 'S', koodistoUri: 'arviointiasteikkoyleissivistava' }, kuvaus: { fi: 'Hyvin' } }] },
          { koulutusmoduuli: { tunniste: { koodiarvo: 'MUU1', nimi: { fi: 'Muu' } }, kuvaus: { fi: 'Muu opinto' } }, tyyppi: { koodiarvo: 'muuperusopetuksenlisaopetuksensuoritus', koodistoUri: 'suorituksentyyppi' }, arviointi: [{ arvosana: { koodiarvo: 'S', koodistoUri: 'arviointiasteikkoyleissivistava' } }] },
        ]
      }),
    )
    expect(r.findings).toEqual([])
  })

  it('marks KOSKI’s @SensitiveData fields, and the toiminta-alue class as a whole (sensitiveClass)', () => {
    const polut = erityisetKentät(PerusopetuksenLisäopetuksenOpiskeluoikeus).map((k) => k.polku)
    expect(polut).toEqual(
      expect.arrayContaining([
        'lisätiedot.pidennettyOppivelvollisuus',
        'lisätiedot.erityisenTuenPäätökset',
        'lisätiedot.vammainen',
        'lisätiedot.vaikeastiVammainen',
        'lisätiedot.kuljetusetu',
        'lisätiedot.koulukoti',
        'suoritukset[].osaAikainenErityisopetus',
        'suoritukset[].osasuoritukset[].yksilöllistettyOppimäärä',
        'suoritukset[].osasuoritukset[].*',
      ]),
    )
    expect(polut).not.toContain('lisätiedot.majoitusetu')
  })
})

describe('X-LISÄ-1 (OppijaValidationPerusopetuksenLisaopetusSpec)', () => {
  it('Opiskeluoikeuden tilan alkupäivämäärä voi olla päiväys 31.5.2023 tai aiemmin', () => {
    const oo = lisäOo((oo) => { oo.tila.opiskeluoikeusjaksot = [tilaJakso('2022-05-31', 'lasna'), tilaJakso('2023-05-31', 'valmistunut')]; delete oo.lisätiedot; oo.suoritukset[0].vahvistus.päivä = '2023-05-31' })
    expect(runOo(oo).findings).toEqual([])
  })

  it('Opiskeluoikeuden tilan alkupäivämäärä ei voi olla päiväys 31.5.2023 jälkeen — and nothing else is reported (KOSKI short-circuits)', () => {
    // also A-ERO-1 and L-PO-* would fire: eronnut with a vahvistus, a pidennys without vammaisuus
    const oo = lisäOo((oo) => { oo.tila.opiskeluoikeusjaksot = [tilaJakso('2022-05-31', 'lasna'), tilaJakso('2023-06-01', 'eronnut')]; oo.lisätiedot = { pidennettyOppivelvollisuus: J('2022-05-31') } })
    const r = runOo(oo)
    expect(r.findings.map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([
      [
        'X-LISÄ-1',
        'badRequest.validation.tila.perusopetuksenLisäopetuksenOpiskeluoikeudenTilaEiSallittu',
        'tila.opiskeluoikeusjaksot[1]',
        'Perusopetuksen lisäopetuksen opiskeluoikeudelle ei ole mahdollista merkitä uusia opiskeluoikeuden tiloja, joiden alkupäivämäärä on 1.6.2023 tai sen jälkeen.',
      ],
    ])
  })

  it('the cut-off in force on `today` (validaation_muutoshistoria 2.8.2022, 13.9.2022, 21.12.2022); none before 2.8.2022', () => {
    const oo = lisäOo((oo) => { oo.tila.opiskeluoikeusjaksot = [tilaJakso('2022-05-31', 'lasna'), tilaJakso('2022-09-01', 'valmistunut')]; delete oo.lisätiedot; oo.suoritukset[0].vahvistus.päivä = '2022-09-01' })
    const x = (today: string) => runOo(oo, { today }).findings.filter((f) => f.rule === 'X-LISÄ-1').map((f) => f.message.fi.slice(-28))
    expect(x('2022-08-01')).toEqual([])
    expect(x('2022-09-12')).toEqual(['on 2.8.2022 tai sen jälkeen.'])
    expect(x('2022-09-13')).toEqual([])
    expect(x('2026-11-22')).toEqual([])
  })
})

describe('A-ERO-1 on lisäopetus', () => {
  it("OppijaValidationPerusopetuksenLisaopetusSpec › Kun suorituksen tila 'vahvistettu', opiskeluoikeuden tila ei voi olla 'eronnut' tai 'katsotaan eronneeksi'", () => {
    const oo = lisäOo((oo) => (oo.tila.opiskeluoikeusjaksot = [tilaJakso('2016-01-01', 'lasna'), tilaJakso('2017-01-01', 'eronnut')]))
    const r = runOo(oo)
    expect(r.findings.filter((f) => f.rule === 'A-ERO-1').map((f) => [f.key, f.path])).toEqual([
      ['badRequest.validation.tila.tilaEronnutTaiKatsotaanEronneeksiVaikkaVahvistettuPäätasonSuoritus', 'tila.opiskeluoikeusjaksot[1]'],
    ])
  })
})

describe('pidennetty oppivelvollisuus (KoskiValidator.validatePidennettyOppivelvollisuus), L-PO-1…L-PO-8', () => {
  const virheet = (lt: Json, today?: string): [string, string, string][] =>
    runOo(lisätiedoin(lt), today === undefined ? {} : { today }).findings.map((f) => [f.rule, f.key, f.message.fi])

  it('L-PO-1: the pidennys ends before the study right starts', () => {
    expect(virheet({ pidennettyOppivelvollisuus: J('2014-01-01', '2015-07-31'), vammainen: [J('2014-01-01', '2015-07-31')], erityisenTuenPäätökset: [J('2014-01-01', '2015-07-31')] })).toEqual([
      ['L-PO-1', 'badRequest.validation.date.pidennettyOppivelvollisuus', 'Pidennetty oppivelvollisuusjakso ei voi loppua ennen opiskeluoikeuden alkua'],
    ])
  })

  it('L-PO-2 and L-PO-3: a vammaisuusjakso must cover the whole pidennys, and lie within it', () => {
    expect(virheet({ ...kaikkiKunnossa, vammainen: [J('2015-09-01', '2016-06-04')] })).toEqual([
      ['L-PO-2', 'badRequest.validation.date.vammaisuusjakso', 'Oppivelvollisuuden pidennyksessä on päiviä, joina ei ole voimassaolevaa vammaisuusjaksoa'],
    ])
    expect(virheet({ ...kaikkiKunnossa, vammainen: [J('2015-07-01', '2016-06-04')] })).toEqual([
      ['L-PO-3', 'badRequest.validation.date.vammaisuusjakso', 'Jokin vammaisuusjaksoista on pidennetyn oppivelvollisuuden ulkopuolella'],
    ])
  })

  it('touching and overlapping jaksot of both kinds merge (KOSKI’s foldAikajaksot); an open previous one takes the next one’s loppu', () => {
    expect(virheet({ ...kaikkiKunnossa, vammainen: [J('2015-08-01', '2015-12-31')], vaikeastiVammainen: [J('2016-01-01', '2016-06-04')] })).toEqual([])
    expect(yhdistäVammaisuusjaksot([J('2015-08-01'), J('2015-09-01', '2015-10-01')])).toEqual([J('2015-08-01', '2015-10-01')])
    expect(yhdistäVammaisuusjaksot([J('2015-08-01', '2015-08-31'), J('2015-09-01', '2015-10-01'), J('2015-10-03')])).toEqual([J('2015-08-01', '2015-10-01'), J('2015-10-03')])
  })

  it('L-PO-4: a closed pidennys ends with the last vammaisuusjakso', () => {
    expect(virheet({ ...kaikkiKunnossa, pidennettyOppivelvollisuus: J('2015-08-01', '2016-05-31'), erityisenTuenPäätökset: [J('2015-08-01')], vammainen: [J('2015-08-01', '2016-05-30')] }).map((v) => v[0])).toEqual(['L-PO-2', 'L-PO-4'])
  })

  it('L-PO-5: vammainen and vaikeastiVammainen on the same day', () => {
    expect(virheet({ ...kaikkiKunnossa, vaikeastiVammainen: [J('2016-01-01', '2016-06-04')] })).toEqual([
      ['L-PO-5', 'badRequest.validation.date.vammaisuusjakso', 'Vaikeasti vammaisuuden ja muun kuin vaikeasti vammaisuuden aikajaksot eivät voi olla voimassa samana päivänä'],
    ])
  })

  it('L-PO-6: an erityisen tuen päätös covers the pidennys (open pidennys: to the study right’s end); the old single erityisenTuenPäätös counts', () => {
    expect(virheet({ ...kaikkiKunnossa, erityisenTuenPäätökset: [J('2015-09-01', '2016-06-04')] })).toEqual([
      ['L-PO-6', 'badRequest.validation.date.erityisenTuenPäätös', 'Oppivelvollisuuden pidennyksessä on päiviä, joina ei ole voimassaolevaa erityisen tuen jaksoa'],
    ])
    expect(virheet({ pidennettyOppivelvollisuus: J('2015-08-01'), vammainen: [J('2015-08-01')], erityisenTuenPäätös: J('2015-08-01') })).toEqual([])
    expect(virheet({ pidennettyOppivelvollisuus: J('2015-08-01'), vammainen: [J('2015-08-01')], erityisenTuenPäätös: J('2015-08-02') }).map((v) => v[0])).toEqual(['L-PO-6'])
  })

  it('L-PO-7: vammaisuusjaksot without a pidennys', () => {
    expect(virheet({ vammainen: [J('2015-08-01', '2016-06-04')] })).toEqual([
      ['L-PO-7', 'badRequest.validation.date.vammaisuusjakso', 'Vammaisuusjaksoja ei voi olla ilman vastaavaa pidennetyn oppivelvollisuuden jaksoa'],
    ])
    expect(virheet({ vammainen: [] })).toEqual([])
  })

  it('L-PO-8: before 1.10.2022 production’s old check instead (pidennys inside a merged vammaisuusjakso, retried from the study right’s start)', () => {
    expect(virheet({ ...kaikkiKunnossa, erityisenTuenPäätökset: [] }, '2022-09-30')).toEqual([])
    expect(virheet({ pidennettyOppivelvollisuus: J('2015-01-01', '2016-06-04'), vammainen: [J('2015-08-01', '2016-06-04')] }, '2022-09-30')).toEqual([])
    expect(virheet({ pidennettyOppivelvollisuus: J('2015-08-01', '2016-06-04') }, '2022-09-30')).toEqual([
      ['L-PO-8', 'badRequest.validation.date.vammaisuusjaksoPidennetynOppivelvollisuudenUlkopuolella', 'Pidennetyn oppivelvollisuuden aikajakso on vammaisuustietojen aikajaksojen ulkopuolella tai toinen tiedoista puuttuu.'],
    ])
    expect(virheet({ pidennettyOppivelvollisuus: J('2015-08-01', '2016-06-04') }).map((v) => v[0])).toEqual(['L-PO-2', 'L-PO-4', 'L-PO-6'])
  })
})

describe('X-LISÄ-POIS-1: deprecated fields KOSKI drops (OppijaValidationPerusopetuksenLisaopetusSpec › Deprekoituja kenttiä, jotka tiputetaan siirrossa pois)', () => {
  it('Lisätiedon kenttiä perusopetuksenAloittamistaLykatty, aloittanut ennen oppivelvollisuutta, tukimuodot, tehostetun tuen päätös, vuosiluokkiin sitoutumaton opetus ja joustava perusopetus ei oteta vastaan siirrossa', () => {
    const tuki = { alku: '2015-08-01', loppu: '2016-06-04' }
    const r = runOo(
      lisätiedoin({
        perusopetuksenAloittamistaLykätty: true,
        aloittanutEnnenOppivelvollisuutta: true,
        tukimuodot: [{ koodiarvo: '1', koodistoUri: 'perusopetuksentukimuoto' }],
        tehostetunTuenPäätös: tuki,
        tehostetunTuenPäätökset: [tuki],
        vuosiluokkiinSitoutumatonOpetus: true,
        joustavaPerusopetus: { alku: '2015-08-14' },
      }),
    )
    expect(r.findings.every((f) => f.severity === 'warning' && f.rule === 'X-LISÄ-POIS-1')).toBe(true)
    expect(r.findings.map((f) => f.path)).toEqual([
      'lisätiedot.perusopetuksenAloittamistaLykätty',
      'lisätiedot.aloittanutEnnenOppivelvollisuutta',
      'lisätiedot.tukimuodot',
      'lisätiedot.tehostetunTuenPäätös',
      'lisätiedot.tehostetunTuenPäätökset',
      'lisätiedot.joustavaPerusopetus',
      'lisätiedot.vuosiluokkiinSitoutumatonOpetus',
    ])
    expect(r.valid).toBe(true)
  })

  it('validaation_muutoshistoria 20.12.2021: tehostetunTuenPäätökset and perusopetuksenAloittamistaLykätty are accepted and dropped "ilman virhettä/varoitusta" — no S-1, the study right valid, only our warning', () => {
    // KOSKI keeps both fields in PerusopetuksenLisäopetuksenOpiskeluoikeudenLisätiedot (perusopetuksenAloittamistaLykätty
    // @Deprecated, tehostetunTuenPäätökset @RedundantData) and PerusopetuksenOpiskeluoikeusValidation.filterDeprekoidutKentät
    // sets them to None before storing.
    const tuki = { alku: '2015-08-01', loppu: '2016-06-04' }
    for (const [kenttä, arvo] of [['tehostetunTuenPäätökset', [tuki]], ['perusopetuksenAloittamistaLykätty', true]] as const) {
      const r = runOo(lisätiedoin({ [kenttä]: arvo }))
      expect(r.valid).toBe(true)
      expect(r.findings.map((f) => [f.severity, f.rule, f.key, f.path])).toEqual([['warning', 'X-LISÄ-POIS-1', 'koskiValidation.lisaopetus.kenttaTiputetaan', `lisätiedot.${kenttä}`]])
      expect(r.findings[0]!.message.fi).toContain('tiputetaan siirrossa pois ilman virhettä')
      expect(r.findings[0]!.hint?.fi).toBe(`Jätä ${kenttä} pois lähetettävästä opiskeluoikeudesta; sitä ei tallenneta.`)
    }
  })

  it('a dropped field is still deserialised first: a tehostetunTuenPäätös without alku is S-2 as in KOSKI (TehostetunTuenPäätös.alku: LocalDate)', () => {
    const r = runOo(lisätiedoin({ tehostetunTuenPäätökset: [{ loppu: '2016-06-04' }] }))
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-2', 'missingProperty', 'lisätiedot.tehostetunTuenPäätökset[0].alku']])
  })

  it('OppijaValidationPerusopetusSpec › Uskontoa ei tallenneta tietokantaan (the same NuortenPerusopetuksenUskonto): uskonnonOppimäärä accepted, our warning; KT without it none', () => {
    const kt = (muuta: Json = {}): Json => ({
      koulutusmoduuli: { tunniste: { koodiarvo: 'KT', koodistoUri: 'koskioppiaineetyleissivistava' }, ...muuta },
      korotus: false,
      tyyppi: { koodiarvo: 'perusopetuksenlisaopetuksenoppiaine', koodistoUri: 'suorituksentyyppi' },
      arviointi: [{ arvosana: { koodiarvo: '8', koodistoUri: 'arviointiasteikkoyleissivistava' } }],
    })
    const r = runOo(lisäOo((_oo, s) => (s.osasuoritukset = [kt({ uskonnonOppimäärä: { koodiarvo: 'AD', koodistoUri: 'uskonnonoppimaara' } })])))
    expect(r.valid).toBe(true)
    expect(rulesAt(r)).toEqual([['X-LISÄ-POIS-1', 'suoritukset[0].osasuoritukset[0].koulutusmoduuli.uskonnonOppimäärä']])
    expect(runOo(lisäOo((_oo, s) => (s.osasuoritukset = [kt()]))).findings).toEqual([])
  })

  it('Suorituksen kenttää osaAikainenErityisopetus ei oteta vastaan siirrossa', () => {
    expect(rulesAt(runOo(lisäOo((_oo, s) => (s.osaAikainenErityisopetus = true))))).toEqual([['X-LISÄ-POIS-1', 'suoritukset[0].osaAikainenErityisopetus']])
  })
})

describe('toiminta-alueen laajuus (validaation_muutoshistoria 18.10.2024): KOSKI checks it for nuorten perusopetus only', () => {
  // KOSKI's ToimintaAlueetValidation.validateToimintaAlueellinenOpiskeluoikeus (commit 2ca88db67a, 18.10.2024) checked
  // lisäopetus too; the same day commit 5d2c76b55e ("Poista validointi perusopetuksen lisäopetukselta") removed its
  // `case o: PerusopetuksenLisäopetuksenOpiskeluoikeus`, so today's KOSKI accepts a toiminta-alue without laajuus on a
  // päätaso confirmed on or after validaatiot.toimintaAlueenLaajuudenValidaatioVoimassaJosVahvistusAikaisintaan (2024-08-01).
  const toimintaAlue = (tunniste: string, laajuus?: number): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo: tunniste, koodistoUri: 'perusopetuksentoimintaalue' }, ...(laajuus === undefined ? {} : { laajuus: { arvo: laajuus, yksikkö: { koodiarvo: '3', koodistoUri: 'opintojenlaajuusyksikko' } } }) },
    tyyppi: { koodiarvo: 'perusopetuksenlisaopetuksentoimintaalue', koodistoUri: 'suorituksentyyppi' },
    arviointi: [{ arvosana: { koodiarvo: 'S', koodistoUri: 'arviointiasteikkoyleissivistava' }, päivä: '2024-08-15' }],
  })
  const vahvistettu = (osasuoritukset: Json[]): Json =>
    lisäOo((oo, s) => {
      oo.tila.opiskeluoikeusjaksot = [tilaJakso('2022-05-31', 'lasna')]
      delete oo.lisätiedot
      s.vahvistus.päivä = '2024-08-15'
      s.osasuoritukset = osasuoritukset
    })

  it('OppijaValidationPerusopetuksenLisaopetusSpec has no such case; a toiminta-alue without laajuus, vahvistus 15.8.2024: no finding (KOSKI 5d2c76b55e)', () => {
    expect(runOo(vahvistettu([toimintaAlue('1'), toimintaAlue('2', 3)])).findings).toEqual([])
  })

  it('nor before the gate, nor with every laajuus given', () => {
    expect(runOo(lisäOo((_oo, s) => (s.osasuoritukset = [toimintaAlue('1')]))).findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(runOo(vahvistettu([toimintaAlue('1', 5)])).findings).toEqual([])
  })
})

describe('special-category data of a lisäopetus study right (KOSKI SensitiveAndRedundantDataFilterSpec: a toiminta-alue suoritus is left out whole, a sanallinen arviointi’s kuvaus hidden)', () => {
  const toiminta = koskiExample('perusopetuksenlisaopetustoiminta-alueittain_2022-08-15.json')

  it("KOSKI's toiminta-alueittain example: every toiminta-alue osasuoritus is found, and removed from the list", () => {
    const polut = erityistenHenkilötietojenPolut(toiminta)
    expect(polut.filter((p) => p.includes('osasuoritukset'))).toEqual([0, 1, 2, 3, 4].map((i) => `opiskeluoikeudet[0].suoritukset[0].osasuoritukset[${i}]`))
    const redacted = poistaErityisetHenkilötiedot(toiminta)
    expect(redacted.opiskeluoikeudet[0].suoritukset[0].osasuoritukset).toEqual([])
    expect(sisältääErityisiäHenkilötietoja(redacted)).toBe(false)
    expect(toiminta.opiskeluoikeudet[0].suoritukset[0].osasuoritukset).toHaveLength(5) // the input untouched
  })

  it('in a mixed list only the toiminta-alue is left out, the later items move down; oppiaineet and muu suoritukset are kept', () => {
    const oo = lisäOo()
    const [oppiaine, toinen] = oo.suoritukset[0].osasuoritukset
    const alue = toiminta.opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0]
    const muu = { koulutusmoduuli: { tunniste: { koodiarvo: 'MUU1', nimi: { fi: 'Muu' } }, kuvaus: { fi: 'Muu opinto' } }, tyyppi: { koodiarvo: 'muuperusopetuksenlisaopetuksensuoritus', koodistoUri: 'suorituksentyyppi' } }
    oo.suoritukset[0].osasuoritukset = [oppiaine, alue, toinen, alue, muu]
    expect(erityistenHenkilötietojenPolut(oo).filter((p) => p.includes('osasuoritukset'))).toEqual([
      'suoritukset[0].osasuoritukset[0].yksilöllistettyOppimäärä',
      'suoritukset[0].osasuoritukset[1]',
      'suoritukset[0].osasuoritukset[2].yksilöllistettyOppimäärä',
      'suoritukset[0].osasuoritukset[3]',
    ])
    const ilman = ({ yksilöllistettyOppimäärä: _, ...muut }: Json): Json => muut
    expect(poistaErityisetHenkilötiedot(oo).suoritukset[0].osasuoritukset).toEqual([ilman(oppiaine), ilman(toinen), muu])
  })

  it('KOSKI SensitiveAndRedundantDataFilterSpec: a SanallinenPerusopetuksenOppiaineenArviointi’s kuvaus is hidden — in an oppiaine’s and a muu suoritus’ arviointi; the muu suoritus’ own kuvaus (koulutusmoduuli) kept', () => {
    const sanallinen = { arvosana: { koodiarvo: 'S', koodistoUri: 'arviointiasteikkoyleissivistava' }, kuvaus: { fi: 'Sanallinen arvio' } }
    const oo = lisäOo((_oo, s) => {
      s.osasuoritukset[0].arviointi = [sanallinen]
      s.osasuoritukset.push({ koulutusmoduuli: { tunniste: { koodiarvo: 'MUU1', nimi: { fi: 'Muu' } }, kuvaus: { fi: 'Muu opinto' } }, tyyppi: { koodiarvo: 'muuperusopetuksenlisaopetuksensuoritus', koodistoUri: 'suorituksentyyppi' }, arviointi: [sanallinen] })
    })
    const n = oo.suoritukset[0].osasuoritukset.length - 1
    expect(runOo(oo).findings).toEqual([])
    expect(erityistenHenkilötietojenPolut(oo).filter((p) => p.endsWith('kuvaus'))).toEqual([`suoritukset[0].osasuoritukset[0].arviointi[0].kuvaus`, `suoritukset[0].osasuoritukset[${n}].arviointi[0].kuvaus`])
    const r = poistaErityisetHenkilötiedot(oo).suoritukset[0].osasuoritukset
    expect(r[0].arviointi).toEqual([{ arvosana: sanallinen.arvosana }])
    expect(r[n].arviointi).toEqual([{ arvosana: sanallinen.arvosana }])
    expect(r[n].koulutusmoduuli.kuvaus).toEqual({ fi: 'Muu opinto' })
  })

  it('property (generated valid study rights): the redacted copy has no toiminta-alue and no special-category field, keeps every other osasuoritus in order, and redacting again changes nothing (the input untouched)', () => {
    const ALUE = 'perusopetuksenlisaopetuksentoimintaalue'
    fc.assert(
      fc.property(validiLisäopetuksenOpiskeluoikeus(), (oo) => {
        const kopio = structuredClone(oo)
        const r = poistaErityisetHenkilötiedot(oo)
        expect(oo).toEqual(kopio)
        const muut = (x: Json): string[] => x.suoritukset[0].osasuoritukset.filter((o: Json) => o.tyyppi.koodiarvo !== ALUE).map((o: Json) => o.koulutusmoduuli.tunniste.koodiarvo)
        expect(r.suoritukset[0].osasuoritukset.some((o: Json) => o.tyyppi.koodiarvo === ALUE)).toBe(false)
        expect(muut(r)).toEqual(muut(oo))
        expect(sisältääErityisiäHenkilötietoja(r)).toBe(false)
        expect(erityistenHenkilötietojenPolut(oo).length > 0).toBe(sisältääErityisiäHenkilötietoja(oo))
        expect(poistaErityisetHenkilötiedot(r)).toEqual(r)
      }),
      { numRuns: 40, endOnFailure: true },
    )
  })

  it("the same object elsewhere is kept: outside an osasuoritukset list, or as the list itself's value", () => {
    const alue = toiminta.opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0]
    expect(poistaErityisetHenkilötiedot({ muualla: [alue], osasuoritukset: alue })).toEqual({ muualla: [alue], osasuoritukset: alue })
    expect(sisältääErityisiäHenkilötietoja({ muualla: [alue] })).toBe(false)
  })
})

describe('L-AOM-1: äidinkielenomainen kieli (KoskiValidator.validateÄidinkielenOmainenKieli)', () => {
  const aom = (kieli: string): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo: 'AOM', koodistoUri: 'koskioppiaineetyleissivistava' }, kieli: { koodiarvo: kieli, koodistoUri: 'kielivalikoima' }, pakollinen: true },
    korotus: false,
    tyyppi: { koodiarvo: 'perusopetuksenlisaopetuksenoppiaine', koodistoUri: 'suorituksentyyppi' },
    arviointi: [{ arvosana: { koodiarvo: '8', koodistoUri: 'arviointiasteikkoyleissivistava' } }],
  })
  const kielellä = (...kielet: string[]): Json => lisäOo((_oo, s) => s.osasuoritukset.push(...kielet.map(aom)))

  it('OppijaValidationPerusopetusSpec › Äidinkielen omainen oppiaine › FI sallittu, SV sallittu', () => {
    expect(runOo(kielellä('FI')).findings).toEqual([])
    expect(runOo(kielellä('SV')).findings).toEqual([])
  })

  it('OppijaValidationPerusopetusSpec › Äidinkielen omainen oppiaine › Muita ei sallita (SE): KOSKI’s key and text, one per oppiaine', () => {
    const r = runOo(kielellä('SE', 'FI', 'EN'))
    const n = lisäOo().suoritukset[0].osasuoritukset.length
    expect(r.findings.map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual(
      [n, n + 2].map((i) => ['L-AOM-1', 'badRequest.validation.rakenne.deprekoituKielikoodi', `suoritukset[0].osasuoritukset[${i}].koulutusmoduuli.kieli`, 'Äidinkielen omaisen oppiaineen kieli tulee olla suomi tai ruotsi']),
    )
    expect(r.findings[0]!.hint?.fi).toContain('suomi (FI) tai ruotsi (SV)')
    expect(r.findings[0]!.message.sv).toBe('Språket i ett modersmålsinriktat läroämne ska vara finska eller svenska')
  })

  it('another language oppiaine (A1) may have any kieli', () => {
    const r = runOo(lisäOo((_oo, s) => s.osasuoritukset.push({ ...aom('SE'), koulutusmoduuli: { ...aom('SE').koulutusmoduuli, tunniste: { koodiarvo: 'A1', koodistoUri: 'koskioppiaineetyleissivistava' } } })))
    expect(r.findings).toEqual([])
  })

  it('not reported when X-LISÄ-1 fails (KOSKI answers that alone)', () => {
    const oo = kielellä('SE')
    oo.tila.opiskeluoikeusjaksot.push(tilaJakso('2023-06-01', 'lasna'))
    expect(runOo(oo).findings.map((f) => f.rule)).toEqual(['X-LISÄ-1'])
  })
})

describe('G-DUP-1 on lisäopetus: KOSKI’s identity and groups of the perusopetus classes (KoskiValidator.validateDuplicates)', () => {
  const oppiaine = (koodiarvo: string, muuta: Json = {}): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo, koodistoUri: 'koskioppiaineetyleissivistava' }, ...muuta },
    korotus: false,
    tyyppi: { koodiarvo: 'perusopetuksenlisaopetuksenoppiaine', koodistoUri: 'suorituksentyyppi' },
    arviointi: [{ arvosana: { koodiarvo: '8', koodistoUri: 'arviointiasteikkoyleissivistava' } }],
  })
  const kieli = (koodiarvo: string): Json => ({ kieli: { koodiarvo, koodistoUri: 'kielivalikoima' } })
  const paikallinen = (muuta: Json = {}): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo: 'TAN', nimi: { fi: 'Tanssi' } }, kuvaus: { fi: 'Tanssi' }, ...muuta },
    korotus: false,
    tyyppi: { koodiarvo: 'perusopetuksenlisaopetuksenoppiaine', koodistoUri: 'suorituksentyyppi' },
    arviointi: [{ arvosana: { koodiarvo: 'S', koodistoUri: 'arviointiasteikkoyleissivistava' } }],
  })
  const alue = (): Json => ({
    koulutusmoduuli: { tunniste: { koodiarvo: '1', koodistoUri: 'perusopetuksentoimintaalue' } },
    tyyppi: { koodiarvo: 'perusopetuksenlisaopetuksentoimintaalue', koodistoUri: 'suorituksentyyppi' },
    arviointi: [{ arvosana: { koodiarvo: 'S', koodistoUri: 'arviointiasteikkoyleissivistava' } }],
  })
  const dup = (...osat: Json[]): [string, string][] =>
    runOo(lisäOo((_oo, s) => (s.osasuoritukset = osat))).findings.filter((f) => f.rule === 'G-DUP-1').map((f) => [f.path, f.message.fi])

  it('OppijaValidationAikuistenPerusopetusSpec › Sama oppiaine › oppimäärän suorituksessa › ei sallita (the same PerusopetuksenOppiaineenSuoritus): a pakollinen kieliaine twice, its tunniste and kieli as KOSKI’s tuple, "ryhmässä pakolliset"', () => {
    expect(dup(oppiaine('AI', kieli('FI')), oppiaine('AI', kieli('FI')))).toEqual([])
    const ai = (k: string): Json => oppiaine('AI', { kieli: { koodiarvo: k, koodistoUri: 'oppiaineaidinkielijakirjallisuus' } })
    expect(dup(ai('AI1'), ai('AI1'))).toEqual([['suoritukset[0].osasuoritukset[1]', 'Osasuoritus (koskioppiaineetyleissivistava/AI,oppiaineaidinkielijakirjallisuus/AI1) esiintyy useammin kuin kerran ryhmässä pakolliset']])
    expect(dup(oppiaine('MA'), oppiaine('MA', { pakollinen: true }))).toEqual([['suoritukset[0].osasuoritukset[1]', 'Osasuoritus koskioppiaineetyleissivistava/MA esiintyy useammin kuin kerran ryhmässä pakolliset']])
  })

  it('allowed as in KOSKI: a kieliaine with another kieli; a valinnainen oppiaine (salliDuplikaatit); a paikallinen one (pakollinen false by default)', () => {
    expect(dup(oppiaine('A1', kieli('EN')), oppiaine('A1', kieli('DE')), oppiaine('A1', kieli('FR')))).toEqual([])
    expect(dup(oppiaine('MA'), oppiaine('MA', { pakollinen: false }), oppiaine('MA', { pakollinen: false }))).toEqual([])
    expect(dup(paikallinen(), paikallinen())).toEqual([])
    expect(dup(paikallinen({ pakollinen: true }), paikallinen({ pakollinen: true })).map((d) => d[1])).toEqual(['Osasuoritus TAN (Tanssi) esiintyy useammin kuin kerran ryhmässä pakolliset'])
  })

  it('a toiminta-alue twice: its tunniste, no group (Toiminta_AlueenSuoritus is not PakollisenTaiValinnaisenSuoritus)', () => {
    expect(dup(alue(), alue())).toEqual([['suoritukset[0].osasuoritukset[1]', 'Osasuoritus perusopetuksentoimintaalue/1 esiintyy useammin kuin kerran']])
  })

  it('the Swedish and English texts name the group too', () => {
    const f = runOo(lisäOo((_oo, s) => (s.osasuoritukset = [oppiaine('MA'), oppiaine('MA')]))).findings.find((x) => x.rule === 'G-DUP-1')!
    expect(f.message.sv).toMatch(/förekommer mer än en gång i gruppen obligatoriska$/)
    expect(f.message.en).toMatch(/appears more than once in the group mandatory$/)
  })
})

describe('G-DUPOO-1 on lisäopetus (DuplikaattiValidation: findSamaOppilaitosJaTyyppiSamaanAikaan)', () => {
  const tallennettu = (oo: Json): Json => ({ ...structuredClone(oo), oid: '1.2.246.562.15.00000000001', versionumero: 1 })

  it('a stored lisäopetus study right of the same oppilaitos with an overlapping period: conflict.exists; none when they do not overlap; skipped without storedStudyRights', () => {
    const oo = lisäOo()
    expect(runOo(oo, { storedStudyRights: [tallennettu(oo)] }).findings.map((f) => [f.rule, f.key, f.path, f.message.fi])).toEqual([['G-DUPOO-1', 'conflict.exists', '', 'Vastaava opiskeluoikeus on jo olemassa.']])
    const aiempi = lisäOo((o) => (o.tila.opiskeluoikeusjaksot = [tilaJakso('2007-08-15', 'lasna'), tilaJakso('2008-06-01', 'eronnut')]))
    delete aiempi.suoritukset[0].vahvistus
    expect(runOo(oo, { storedStudyRights: [tallennettu(aiempi)] }).findings).toEqual([])
    expect(runOo(oo).skipped).toContain('G-DUPOO-1')
  })

  it('not reported when X-LISÄ-1 fails (KOSKI’s global stage runs only on a study right its validator accepted)', () => {
    const oo = lisäOo((o) => o.tila.opiskeluoikeusjaksot.push(tilaJakso('2023-06-01', 'lasna')))
    expect(runOo(oo, { storedStudyRights: [tallennettu(lisäOo())] }).findings.map((f) => f.rule)).toEqual(['X-LISÄ-1'])
  })
})
