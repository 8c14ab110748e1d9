/**
 * VST vapaatavoitteinen (`vstvapaatavoitteinenkoulutus`): the codec and VV-*, G-SUOST-1 and the consent warnings, with
 * KOSKI's cases of OppijaValidationVapaaSivistystyöVapaatavoitteinenSpec (named in the titles).
 */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY, validate } from '../../src'
import { byRule, errors, found, hetuFor, run, TODAY, vstJakso, vstVapaatavoitteinen, type Json } from '../support'

const P = 'opiskeluoikeudet[0]'
const S = `${P}.suoritukset[0]`
const hyväksytty = { koodiarvo: 'Hyväksytty', koodistoUri: 'arviointiasteikkovst' }
const hylätty = { koodiarvo: 'Hylätty', koodistoUri: 'arviointiasteikkovst' }

/** A vapaatavoitteinen study right as KOSKI's UI saves it first: no lähdejärjestelmänId, no versionumero. */
const käyttöliittymästä = (muuta: (oo: Json, s: Json) => void = () => {}): Json =>
  vstVapaatavoitteinen((oo, s) => {
    delete oo.lähdejärjestelmänId
    muuta(oo, s)
  })
const UI = { serviceUser: false }

describe('VST vapaatavoitteinen — OppijaValidationVapaaSivistystyöVapaatavoitteinenSpec', () => {
  it("KOSKI's example with its opintokokonaisuus, from a source system: no finding", () => {
    expect(run(vstVapaatavoitteinen()).findings).toEqual([])
  })

  describe('Opiskeluoikeuden tila (VV-TILA-0: final states only, the codec)', () => {
    it.each(['katsotaaneronneeksi', 'valmistunut', 'lasna'])("Opiskeluoikeuden tila ei voi olla '%s' → notAnyOf at the jakso", (tila) => {
      const report = run(vstVapaatavoitteinen((oo) => (oo.tila.opiskeluoikeusjaksot = [vstJakso('2022-05-31', tila)])))
      expect(report.findings.map((f) => `${f.rule} ${f.key} ${f.errorType} ${f.path}`)).toEqual([`VV-TILA-0 ${JSON_SCHEMA_KEY} notAnyOf ${P}.tila.opiskeluoikeusjaksot[0]`])
    })
    it('a jakso with opintojenRahoitus fits no class (the field belongs to the JOTPA jakso) → notAnyOf (S-8)', () => {
      const report = run(vstVapaatavoitteinen((oo) => (oo.tila.opiskeluoikeusjaksot[0].opintojenRahoitus = { koodiarvo: '14', koodistoUri: 'opintojenrahoitus' })))
      expect(report.findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)).toEqual([`S-8 notAnyOf ${P}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus`.replace('.opintojenRahoitus', '')])
    })
    it('mitatoity is allowed (22.3.2022): the study right is then only checked for G-MIT-2', () => {
      expect(errors(run(vstVapaatavoitteinen((oo) => oo.tila.opiskeluoikeusjaksot.push(vstJakso('2022-06-01', 'mitatoity')))))).toEqual([])
    })
  })

  describe('Opiskeluoikeuden opintokokonaisuus ei voi olla tyhjä (VV-OK-1)', () => {
    it('from KOSKI\'s UI (no lähdejärjestelmänId) → puuttuvaOpintokokonaisuus, whatever the date', () => {
      const doc = käyttöliittymästä((_, s) => delete s.koulutusmoduuli.opintokokonaisuus)
      for (const today of [TODAY, '2022-06-01']) {
        expect(found(run(doc, { ...UI, today }), 'VV-OK-1')).toEqual([
          [`${S}.koulutusmoduuli.opintokokonaisuus`, 'Vapaan sivistystyön vapaatavoitteisen koulutuksen opiskeluoikeuden opintokokonaisuus ei saa olla tyhjä.'],
        ])
      }
    })
    it('from a source system → puuttuvaOpintokokonaisuusDeadline when today is after 2022-09-01 (its text says 1.8.2022)', () => {
      const doc = vstVapaatavoitteinen((_, s) => delete s.koulutusmoduuli.opintokokonaisuus)
      expect(byRule(run(doc), 'VV-OK-1').map((f) => [f.key, f.message.fi])).toEqual([
        ['badRequest.validation.vapaasivistystyo.puuttuvaOpintokokonaisuusDeadline', 'Vapaan sivistystyön vapaatavoitteisen koulutuksen opiskeluoikeuden opintokokonaisuus on pakollinen tieto 1.8.2022 jälkeen.'],
      ])
      expect(byRule(run(doc, { today: '2022-09-02' }), 'VV-OK-1')).toHaveLength(1)
      expect(byRule(run(doc, { today: '2022-09-01' }), 'VV-OK-1')).toEqual([])
    })
  })

  describe('Suoritukset — Kun mukana lähdejärjestelmäId, validoidaan', () => {
    it("Jos päätason suoritus vahvistettu, tilan tulee olla 'Hyväksytysti suoritettu' (VV-TILA-1)", () => {
      const report = run(vstVapaatavoitteinen((oo) => (oo.tila.opiskeluoikeusjaksot = [vstJakso('2022-05-31', 'keskeytynyt')])))
      expect(found(report, 'VV-TILA-1')).toEqual([[`${P}.tila.opiskeluoikeusjaksot[0]`, "Vahvistetulla vapaan sivistystyön vapaatavoitteisella koulutuksella ei voi olla päättävänä tilana 'Keskeytynyt'"]])
      expect(errors(report)).toEqual(['VV-TILA-1 badRequest.validation.tila.vapaanSivistystyönVapaatavoitteeisenKoulutuksenVahvistus'])
    })
    it("Jos päätason suoritus vahvistamaton, tilan tulee olla 'Keskeytynyt' (VV-TILA-2)", () => {
      const report = run(vstVapaatavoitteinen((_, s) => delete s.vahvistus))
      expect(found(report, 'VV-TILA-2')).toEqual([[`${P}.tila.opiskeluoikeusjaksot[0]`, "Vahvistamattomalla vapaan sivistystyön vapaatavoitteisella koulutuksella ei voi olla päättävänä tilana 'Hyväksytysti suoritettu'"]])
    })
    it('Päätason suorituksella tulee olla vähintään yksi arvioitu osasuoritus (VV-OS-1)', () => {
      const report = run(vstVapaatavoitteinen((_, s) => delete s.osasuoritukset[0].arviointi))
      expect(found(report, 'VV-OS-1')).toEqual([[S, 'Vapaatavoitteisella vapaan sivistystyön koulutuksella tulee olla vähintään yksi arvioitu osasuoritus']])
      expect(errors(report)).toEqual(['VV-OS-1 badRequest.validation.tila.vapaanSivistystyönVapaatavoitteisenKoulutuksenPäätasonOsasuoritukset'])
    })
    it('an empty arviointi list counts as assessed, as in KOSKI (catalogue §4.11)', () => {
      expect(byRule(run(vstVapaatavoitteinen((_, s) => (s.osasuoritukset[0].arviointi = []))), 'VV-OS-1')).toEqual([])
    })
  })

  describe('Suoritukset — Kun mukana ei ole lähdejärjestelmäId:tä, ensimmäistä versiota ei validoida', () => {
    const tapaukset: [string, (oo: Json, s: Json) => void, string][] = [
      ["Jos päätason suoritus vahvistettu, tilan tulee olla 'Hyväksytysti suoritettu'", (oo) => (oo.tila.opiskeluoikeusjaksot = [vstJakso('2022-05-31', 'keskeytynyt')]), 'VV-TILA-1'],
      ["Jos päätason suoritus vahvistamaton, tilan tulee olla 'Keskeytynyt'", (_, s) => delete s.vahvistus, 'VV-TILA-2'],
      ['Päätason suorituksella tulee olla vähintään yksi arvioitu osasuoritus', (_, s) => delete s.osasuoritukset[0].arviointi, 'VV-OS-1'],
    ]
    it.each(tapaukset)('%s: OK without versionumero, 400 with versionumero 2', (_, muuta, sääntö) => {
      expect(byRule(run(käyttöliittymästä(muuta), UI), sääntö)).toEqual([])
      const toinen = käyttöliittymästä((oo, s) => (muuta(oo, s), (oo.versionumero = 2)))
      expect(byRule(run(toinen, UI), sääntö)).toHaveLength(1)
    })
  })

  describe('Kun opiskeluoikeus on mitätöity: no VV-TILA-1/2, VV-OS-1', () => {
    it.each([
      ["Ei validointivirhettä, jos päätason suoritus vahvistettu, eikä tila ole 'Hyväksytysti suoritettu'", (oo: Json) => (oo.tila.opiskeluoikeusjaksot = [vstJakso('2022-05-31', 'keskeytynyt'), vstJakso('2022-05-31', 'mitatoity')])],
      ["Ei validointivirhettä, jos päätason suoritus vahvistamaton, eikä tila ole 'Keskeytynyt'", (oo: Json) => (delete oo.suoritukset[0].vahvistus, oo.tila.opiskeluoikeusjaksot.push(vstJakso('2022-05-31', 'mitatoity')))],
      ['Ei validointivirhettä, jos päätason suorituksella ei ole vähintään yhtä arvioitua osasuoritusta', (oo: Json) => (delete oo.suoritukset[0].osasuoritukset[0].arviointi, oo.tila.opiskeluoikeusjaksot.push(vstJakso('2022-05-31', 'mitatoity')))],
    ])('%s', (_, muuta) => {
      expect(errors(run(vstVapaatavoitteinen(muuta)))).toEqual([])
    })
  })

  describe('the general rules with VST variants', () => {
    it('G-LAAJ-2 (VV-LAAJ-1): the vahvistettu päätaso laajuus is the sum (5 op); the osasuoritus laajuus is required by the schema (S-2)', () => {
      expect(errors(run(vstVapaatavoitteinen((_, s) => (s.koulutusmoduuli.laajuus.arvo = 6))))).toEqual(['G-LAAJ-2 badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma'])
      expect(errors(run(vstVapaatavoitteinen((_, s) => delete s.osasuoritukset[0].koulutusmoduuli.laajuus)))).toEqual([`S-2 ${JSON_SCHEMA_KEY}`])
    })
    it('G-STAT-2 (VV-STAT-1): an assessed osasuoritus with an unassessed child', () => {
      const doc = vstVapaatavoitteinen((_, s) => {
        const os = s.osasuoritukset[0]
        os.osasuoritukset = [{ ...structuredClone(os), arviointi: undefined }]
        delete os.osasuoritukset[0].arviointi
      })
      expect(errors(run(doc))).toEqual(['G-STAT-2 badRequest.validation.tila.keskeneräinenOsasuoritus'])
    })
    it('MK-REL-1 (VV-MK-1): maksuttomuus is never relevant', () => {
      expect(errors(run(vstVapaatavoitteinen((oo) => (oo.lisätiedot = { maksuttomuus: [{ alku: '2022-05-31', maksuton: true }] }))))).toEqual(['MK-REL-1 badRequest.validation'])
    })
    it('J-ASIA-2: a jotpaAsianumero on a vapaatavoitteinen study right (no JOTPA rahoitus possible)', () => {
      expect(errors(run(vstVapaatavoitteinen((oo) => (oo.lisätiedot = { jotpaAsianumero: { koodiarvo: '01/5848/2023', koodistoUri: 'jotpaasianumero' } }))))).toEqual([
        'J-ASIA-2 badRequest.validation.tila.jotpaAsianumeroAnnettuVaikkeiJotpaRahoitteinen',
      ])
    })
    it('the osasuoritus needs its kuvaus (S-2); the arvosana may be arviointiasteikkovstvapaatavoitteinen 1–10 or arviointiasteikkovst', () => {
      expect(errors(run(vstVapaatavoitteinen((_, s) => delete s.osasuoritukset[0].koulutusmoduuli.kuvaus)))).toEqual([`S-2 ${JSON_SCHEMA_KEY}`])
      expect(run(vstVapaatavoitteinen((_, s) => (s.osasuoritukset[0].arviointi[0].arvosana = { koodiarvo: '7', koodistoUri: 'arviointiasteikkovstvapaatavoitteinen' }))).findings).toEqual([])
      expect(errors(run(vstVapaatavoitteinen((_, s) => (s.osasuoritukset[0].arviointi[0].arvosana = { koodiarvo: '7', koodistoUri: 'arviointiasteikkovstjotpa' }))))).toEqual([`S-5 ${JSON_SCHEMA_KEY}`])
    })
  })
})

describe('Suostumuksen peruutus — G-SUOST-1 (option withdrawnConsents)', () => {
  it('Koskeen ei voida syöttää uudestaan opiskeluoikeutta, jonka lähdejärjestelmän id löytyy peruutetuista → forbidden.suostumusPeruttu', () => {
    const report = run(vstVapaatavoitteinen(), { withdrawnConsents: [{ lähdejärjestelmä: 'winnova', id: 'win-423082' }] })
    expect(found(report, 'G-SUOST-1')).toEqual([[`${P}.lähdejärjestelmänId.id`, 'Siirretyn opiskeluoikeuden tallentamisen suostumus on aikaisemmin peruttu. Samaa opiskeluoikeutta ei voi siirtää uudestaan']])
    expect(errors(report)).toEqual(['G-SUOST-1 forbidden.suostumusPeruttu'])
  })
  it('another id or another source system passes; without the option the rule is skipped', () => {
    expect(errors(run(vstVapaatavoitteinen(), { withdrawnConsents: [{ lähdejärjestelmä: 'primus', id: 'win-423082' }, { lähdejärjestelmä: 'winnova', id: 'x' }] }))).toEqual([])
    expect(run(vstVapaatavoitteinen()).skipped).toContain('G-SUOST-1')
    expect(run(vstVapaatavoitteinen(), { withdrawnConsents: [] }).skipped).not.toContain('G-SUOST-1')
  })
  it('only consent-based study rights: a VST JOTPA study right with a listed id passes (the rule is not a JOTPA one)', async () => {
    const { vstJotpaKesken } = await import('../support')
    expect(run(vstJotpaKesken(), { withdrawnConsents: [{ lähdejärjestelmä: 'winnova', id: 'win-423082' }] }).findings).toEqual([])
  })
  it('withdrawnConsents of the wrong form → OPT-1, not used', () => {
    const report = validate(vstVapaatavoitteinen(), { today: TODAY, withdrawnConsents: [{ id: 1 }] as never })
    expect(report.findings.map((f) => `${f.rule} ${f.message.en}`)).toEqual(['OPT-1 Item 0 of option withdrawnConsents is not a list of objects { lähdejärjestelmä, id } (texts); it was not used'])
  })
})

describe('consent (seeds 001, 003): VV-OHJE-1..3 with the option consents, VV-OHJE-4', () => {
  const oppija = (syntymä: string, muuta: (oo: Json, s: Json) => void = () => {}) =>
    vstVapaatavoitteinen((oo, s, doc) => {
      doc.henkilö.hetu = hetuFor(syntymä, 123)
      muuta(oo, s)
    })
  const varoitukset = (doc: Json, options = {}) => run(doc, options).findings.filter((f) => f.severity === 'warning').map((f) => `${f.rule} ${f.key}`)

  it('VV-OHJE-1: no record for this study right (by lähdejärjestelmänId) → warning; a record for it passes', () => {
    expect(varoitukset(oppija('1980-01-01'), { consents: [{ lähdejärjestelmänId: 'toinen', given: '2021-10-01', givenBy: 'learner' }] })).toEqual(['VV-OHJE-1 koskiValidation.vstSuostumusPuuttuu'])
    expect(varoitukset(oppija('1980-01-01'), { consents: [{ lähdejärjestelmänId: 'win-423082', given: '2021-10-01', givenBy: 'learner' }] })).toEqual([])
    expect(varoitukset(oppija('1980-01-01'), { consents: [{ given: '2021-10-01', givenBy: 'learner' }] })).toEqual([])
  })
  it('a record by oid matches the stored study right', () => {
    const doc = oppija('1980-01-01', (oo) => (oo.oid = '1.2.246.562.15.12345678901'))
    expect(varoitukset(doc, { consents: [{ oid: '1.2.246.562.15.12345678901', given: '2021-10-01', givenBy: 'learner' }] })).toEqual([])
    expect(varoitukset(doc, { consents: [{ oid: '1.2.246.562.15.99999999999', given: '2021-10-01', givenBy: 'learner' }] })).toEqual(['VV-OHJE-1 koskiValidation.vstSuostumusPuuttuu'])
  })
  it('VV-OHJE-2: consent given after the earliest day of the study right (here its arviointi 2021-10-30) → warning', () => {
    const doc = oppija('1980-01-01')
    expect(varoitukset(doc, { consents: [{ given: '2021-10-31', givenBy: 'learner' }] })).toEqual(['VV-OHJE-2 koskiValidation.vstSuostumusEiKoulutuksenAlkaessa'])
    expect(varoitukset(doc, { consents: [{ given: '2021-10-30', givenBy: 'learner' }] })).toEqual([])
    const [f] = run(doc, { consents: [{ given: '2021-10-31', givenBy: 'learner' }] }).findings
    expect(f!.message.fi).toContain('(KOSKI-ohje "Oma Opintopolku -palvelu opiskelijoille", kohta "Suostumuksen antaminen")')
  })
  it('VV-OHJE-3: a learner under 18 at the start who gave the consent → warning; a guardian\'s consent passes; 18 on that day passes', () => {
    const alaikäinen = oppija('2005-01-01')
    expect(varoitukset(alaikäinen, { consents: [{ given: '2021-10-01', givenBy: 'learner' }] })).toEqual(['VV-OHJE-3 koskiValidation.vstSuostumusAlaikäiseltä'])
    expect(varoitukset(alaikäinen, { consents: [{ given: '2021-10-01', givenBy: 'guardian' }] })).toEqual([])
    expect(varoitukset(oppija('2003-10-30'), { consents: [{ given: '2021-10-01', givenBy: 'learner' }] })).toEqual([])
    expect(varoitukset(oppija('2003-10-31'), { consents: [{ given: '2021-10-01', givenBy: 'learner' }] })).toEqual(['VV-OHJE-3 koskiValidation.vstSuostumusAlaikäiseltä'])
  })
  it('VV-OHJE-3 needs the birth date: a bare study right without birthDate skips it, with birthDate runs it', () => {
    const oo = vstVapaatavoitteinen().opiskeluoikeudet[0]
    const consents = [{ given: '2021-10-01', givenBy: 'learner' as const }]
    expect(run(oo, { consents }).skipped).toContain('VV-OHJE-3')
    expect(varoitukset(oo, { consents, birthDate: '2010-01-01' })).toEqual(['VV-OHJE-3 koskiValidation.vstSuostumusAlaikäiseltä'])
  })
  it('without consents VV-OHJE-1..3 are skipped', () => {
    expect(run(oppija('1980-01-01')).skipped).toEqual(expect.arrayContaining(['VV-OHJE-1', 'VV-OHJE-2', 'VV-OHJE-3']))
  })
  it('consents of the wrong form → OPT-1 per item, the rest used', () => {
    const report = run(oppija('1980-01-01'), { consents: [{ given: '1.5.2022', givenBy: 'learner' }, { given: '2021-10-01', givenBy: 'huoltaja' }] as never })
    expect(report.findings.map((f) => f.rule)).toEqual(['OPT-1', 'OPT-1', 'VV-OHJE-1'])
    expect(run(oppija('1980-01-01'), { consents: 'kyllä' as never }).findings.map((f) => f.rule)).toEqual(['OPT-1'])
  })
  it('VV-OHJE-4: an osasuoritus whose latest arviointi is Hylätty is not transferred → warning at that arviointi; a later Hyväksytty passes', () => {
    const doc = vstVapaatavoitteinen((_, s) => {
      const os = s.osasuoritukset[0]
      os.arviointi = [{ arvosana: hylätty, päivä: '2022-05-31' }]
    })
    const report = run(doc)
    expect(found(report, 'VV-OHJE-4').map(([p]) => p)).toEqual([`${S}.osasuoritukset[0].arviointi[0]`])
    expect(byRule(report, 'VV-OHJE-4')[0]!.severity).toBe('warning')
    const myöhemmin = vstVapaatavoitteinen((_, s) => (s.osasuoritukset[0].arviointi = [{ arvosana: hylätty, päivä: '2022-05-30' }, { arvosana: hyväksytty, päivä: '2022-05-31' }]))
    expect(byRule(run(myöhemmin), 'VV-OHJE-4')).toEqual([])
  })
})
