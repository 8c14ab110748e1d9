/**
 * VST JOTPA (`vstjotpakoulutus`): the codec and the rules VJ-*, with KOSKI's cases of
 * OppijaValidationVapaaSivistystyöJotpaSpec (named in the titles) on KOSKI's example made into a source system's transfer.
 */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY } from '../../src'
import { byRule, errors, found, kasvusuhde, keys, LINEAARINEN_KASVU, op, run, vstJakso, vstJotpaKesken, vstJotpaSuoritettu, type Json } from '../support'

const P = 'opiskeluoikeudet[0]'
const S = `${P}.suoritukset[0]`
const virheet = (doc: Json, options = {}) => errors(run(doc, options))

describe('VST JOTPA — OppijaValidationVapaaSivistystyöJotpaSpec', () => {
  it('Happy path: the example (keskeneräinen) and the suoritettu one are valid, without any finding', () => {
    expect(run(vstJotpaKesken()).findings).toEqual([])
    expect(run(vstJotpaSuoritettu()).findings).toEqual([])
  })

  describe('Opiskeluoikeuden tila (the jakso class of vstjotpakoulutus)', () => {
    it.each(['katsotaaneronneeksi', 'valmistunut', 'valiaikaisestikeskeytynyt'])("Opiskeluoikeuden tila ei voi olla '%s' → notAnyOf at the jakso", (tila) => {
      const report = run(vstJotpaKesken((oo) => (oo.tila.opiskeluoikeusjaksot = [vstJakso('2023-01-01', tila, '14')])))
      expect(report.findings.map((f) => `${f.rule} ${f.key} ${f.errorType} ${f.path}`)).toEqual([`S-6 ${JSON_SCHEMA_KEY} notAnyOf ${P}.tila.opiskeluoikeusjaksot[0]`])
    })
    it('a rahoitus other than 14/15 → notAnyOf at the jakso (S-6)', () => {
      const report = run(vstJotpaKesken((oo) => (oo.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo = '1')))
      expect(report.findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)).toEqual([`S-6 notAnyOf ${P}.tila.opiskeluoikeusjaksot[0]`])
      expect(report.findings[0]!.message.fi).toContain('opintojenRahoitus')
    })
    it('an unknown key of the jakso → notAnyOf (S-8), a missing alku → notAnyOf', () => {
      expect(keys(run(vstJotpaKesken((oo) => (oo.tila.opiskeluoikeusjaksot[0].loppu = '2023-02-01'))))).toEqual([`S-8 ${JSON_SCHEMA_KEY}`])
      expect(keys(run(vstJotpaKesken((oo) => delete oo.tila.opiskeluoikeusjaksot[0].alku)))).toEqual([`S-8 ${JSON_SCHEMA_KEY}`])
    })
  })

  describe('Suoritukset', () => {
    it("Jos päätason suoritus vahvistettu, tilan tulee olla 'Hyväksytysti suoritettu' (VJ-TILA-1)", () => {
      const doc = vstJotpaSuoritettu((oo) => (oo.tila.opiskeluoikeusjaksot[1] = vstJakso('2023-03-01', 'keskeytynyt')))
      expect(found(run(doc), 'VJ-TILA-1')).toEqual([
        [`${P}.tila.opiskeluoikeusjaksot[1]`, "Vahvistetulla jatkuvaan oppimiseen suunnatulla vapaan sivistystyön koulutuksella ei voi olla päättävänä tilana 'Keskeytynyt'"],
      ])
      expect(virheet(doc)).toEqual(['VJ-TILA-1 badRequest.validation.tila.vapaanSivistystyönVapaatavoitteeisenKoulutuksenVahvistus'])
    })

    it("Jos päätason suoritus vahvistamaton, tilan tulee olla 'Keskeytynyt' (VJ-TILA-2)", () => {
      const doc = vstJotpaSuoritettu((_, s) => delete s.vahvistus)
      expect(found(run(doc), 'VJ-TILA-2')).toEqual([
        [`${P}.tila.opiskeluoikeusjaksot[1]`, "Vahvistamattomalla jatkuvaan oppimiseen suunnatulla vapaan sivistystyön koulutuksella ei voi olla päättävänä tilana 'Hyväksytysti suoritettu'"],
      ])
      // an unconfirmed keskeytynyt study right passes both
      expect(run(vstJotpaKesken((oo) => oo.tila.opiskeluoikeusjaksot.push(vstJakso('2023-03-01', 'keskeytynyt')))).findings).toEqual([])
    })

    it('Jos päätason suoritus vahvistettu, tulee suorituksen, osasuoritusten sekä alaosasuoritusten laajuudet olla syötetty (VJ-LAAJ-1, VJ-LAAJ-2: 3 errors)', () => {
      const doc = vstJotpaSuoritettu((_, s) => {
        delete s.koulutusmoduuli.laajuus
        const kolmas = s.osasuoritukset[2]
        delete kolmas.koulutusmoduuli.laajuus
        kolmas.arviointi = [{ arvosana: { koodiarvo: 'Hyväksytty', koodistoUri: 'arviointiasteikkovst' }, päivä: '2023-02-01' }]
        kolmas.osasuoritukset = [
          {
            koulutusmoduuli: { tunniste: { koodiarvo: '1138-3-1', nimi: { fi: 'Johdatus tussitukseen' } } },
            tyyppi: { koodiarvo: 'vstjotpakoulutuksenosasuoritus', koodistoUri: 'suorituksentyyppi' },
            arviointi: [{ arvosana: { koodiarvo: 'Hyväksytty', koodistoUri: 'arviointiasteikkovst' }, päivä: '2023-02-01' }],
          },
        ]
      })
      const report = run(doc)
      expect([...found(report, 'VJ-LAAJ-1'), ...found(report, 'VJ-LAAJ-2')]).toEqual([
        [`${S}.koulutusmoduuli.laajuus`, 'Vahvistetulta jatkuvaan oppimiseen suunnatulta vapaan sivistystyön koulutuksen suoritukselta koulutus/099999 puuttuu laajuus'],
        [`${S}.osasuoritukset[2].koulutusmoduuli.laajuus`, 'Vahvistetulta jatkuvaan oppimiseen suunnatulta vapaan sivistystyön koulutuksen osasuoritukselta 1138-3 (Tussitekniikat I ja II) puuttuu laajuus'],
        [`${S}.osasuoritukset[2].osasuoritukset[0].koulutusmoduuli.laajuus`, 'Vahvistetulta jatkuvaan oppimiseen suunnatulta vapaan sivistystyön koulutuksen osasuoritukselta 1138-3-1 (Johdatus tussitukseen) puuttuu laajuus'],
      ])
      expect(errors(report)).toEqual(['VJ-LAAJ-1 badRequest.validation.laajuudet', 'VJ-LAAJ-2 badRequest.validation.laajuudet', 'VJ-LAAJ-2 badRequest.validation.laajuudet'])
    })

    it('Jos päätason suoritus ei ole vahvistettu, ei vaadita laajuuksia suorituksilta, osasuorituksilta tai alaosasuorituksilta', () => {
      const doc = vstJotpaKesken((_, s) => {
        for (const os of s.osasuoritukset) delete os.koulutusmoduuli.laajuus
        s.osasuoritukset[2].osasuoritukset = [
          { koulutusmoduuli: { tunniste: { koodiarvo: '1138-3-1', nimi: { fi: 'Johdatus tussitukseen' } } }, tyyppi: { koodiarvo: 'vstjotpakoulutuksenosasuoritus', koodistoUri: 'suorituksentyyppi' } },
        ]
      })
      expect(run(doc).findings).toEqual([])
    })

    it("Kun opiskeluoikeus on mitätöity: Ei validointivirhettä, jos päätason suoritus vahvistettu, eikä tila ole 'Hyväksytysti suoritettu'", () => {
      const doc = vstJotpaKesken((oo, s) => {
        s.vahvistus = { päivä: '2023-03-01', myöntäjäOrganisaatio: { oid: '1.2.246.562.10.31915273374' }, myöntäjäHenkilöt: [{ nimi: 'R', titteli: { fi: 'rehtori' }, organisaatio: { oid: '1.2.246.562.10.31915273374' } }] }
        oo.tila.opiskeluoikeusjaksot.push(vstJakso('2023-03-01', 'mitatoity'))
      })
      expect(errors(run(doc))).toEqual([])
    })
  })

  describe('Rahoitus (VJ-RAH-1)', () => {
    it('Rahoitusmuoto pitää olla ilmoitettu opiskeluoikeuden tilalle läsnä', () => {
      const report = run(vstJotpaKesken((oo) => (delete oo.tila.opiskeluoikeusjaksot[0].opintojenRahoitus, delete oo.lisätiedot)))
      expect(found(report, 'VJ-RAH-1')).toEqual([[`${P}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus`, 'Opiskeluoikeuden tilalta vaaditaan rahoitusmuoto']])
      expect(errors(report)).toEqual(['VJ-RAH-1 badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto'])
    })
    it('Rahoitusmuoto pitää olla ilmoitettu opiskeluoikeuden tilalle hyväksytysti suoritettu', () => {
      const report = run(vstJotpaSuoritettu((oo) => delete oo.tila.opiskeluoikeusjaksot[1].opintojenRahoitus))
      expect(errors(report)).toEqual(['VJ-RAH-1 badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto'])
    })
    it('keskeytynyt and mitatoity need none', () => {
      expect(run(vstJotpaKesken((oo) => oo.tila.opiskeluoikeusjaksot.push(vstJakso('2023-03-01', 'keskeytynyt')))).findings).toEqual([])
    })
  })

  describe('VJ-ALK-1 — not before 2023-01-01', () => {
    it('a study right starting 2022-12-31 → date.alkamispäivä with the 1.1.2023 text', () => {
      const report = run(vstJotpaKesken((oo) => (oo.tila.opiskeluoikeusjaksot[0].alku = '2022-12-31')))
      expect(found(report, 'VJ-ALK-1')).toEqual([[`${P}.tila.opiskeluoikeusjaksot[0].alku`, 'Jatkuvaan oppimiseen suunnattu vapaan sivistystyön koulutuksen opiskeluoikeus ei voi alkaa ennen 1.1.2023']])
      expect(errors(report)).toEqual(['VJ-ALK-1 badRequest.validation.date.alkamispäivä'])
    })
    it('a jakso with rahoitus 14 before 2022-01-01 also gets J-ALK-1 (both rules, as KOSKI folds both)', () => {
      const report = run(vstJotpaKesken((oo) => (oo.tila.opiskeluoikeusjaksot[0].alku = '2021-12-31')))
      expect(errors(report)).toEqual(['J-ALK-1 badRequest.validation.date.alkamispäivä', 'VJ-ALK-1 badRequest.validation.date.alkamispäivä'])
    })
  })

  describe('the JOTPA rules (J-*) on VST JOTPA through validate', () => {
    it('J-RAH-2: 14 then 15 → tilanRahoitusmuodonYhtenäisyys', () => {
      const report = run(vstJotpaSuoritettu((oo) => (oo.tila.opiskeluoikeusjaksot[1].opintojenRahoitus.koodiarvo = '15')))
      expect(errors(report)).toEqual(['J-RAH-2 badRequest.validation.tila.tilanRahoitusmuodonYhtenäisyys'])
    })
    it('J-ASIA-1: no asianumero (today ≥ 2024-01-01) → vaatiiJotpaAsianumeron; on 2023-12-31 from a source system none', () => {
      const doc = vstJotpaKesken((oo) => delete oo.lisätiedot)
      expect(errors(run(doc))).toEqual(['J-ASIA-1 badRequest.validation.tila.vaatiiJotpaAsianumeron'])
      expect(errors(run(doc, { today: '2023-12-31' }))).toEqual([])
    })
    it('J-ASIA-2: keskeytynyt only (no rahoitus) with an asianumero → jotpaAsianumeroAnnettuVaikkeiJotpaRahoitteinen', () => {
      const doc = vstJotpaKesken((oo) => (oo.tila.opiskeluoikeusjaksot = [vstJakso('2023-01-01', 'keskeytynyt')]))
      expect(errors(run(doc))).toEqual(['J-ASIA-2 badRequest.validation.tila.jotpaAsianumeroAnnettuVaikkeiJotpaRahoitteinen'])
    })
  })

  describe('the general rules with VST variants', () => {
    it('G-LAAJ-2 (VJ-LAAJ-3): the vahvistettu päätaso laajuus is the sum of its osasuoritukset (not computed)', () => {
      const report = run(vstJotpaSuoritettu((_, s) => (s.koulutusmoduuli.laajuus = op(4))))
      expect(errors(report)).toEqual(['G-LAAJ-2 badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma'])
    })
    it('G-STAT-2 (VJ-STAT-1): the päätaso is exempt (an unassessed osasuoritus under a vahvistettu päätaso passes); an assessed osasuoritus with an unassessed child fails', () => {
      expect(errors(run(vstJotpaSuoritettu()))).toEqual([])
      const doc = vstJotpaSuoritettu((_, s) => {
        s.osasuoritukset[1].osasuoritukset = [{ koulutusmoduuli: { tunniste: { koodiarvo: '1138-2-1', nimi: { fi: 'Alaosa' } }, laajuus: op(1) }, tyyppi: { koodiarvo: 'vstjotpakoulutuksenosasuoritus', koodistoUri: 'suorituksentyyppi' } }]
      })
      expect(errors(run(doc))).toEqual(['G-STAT-2 badRequest.validation.tila.keskeneräinenOsasuoritus'])
    })
    it('G-STAT-3 (VJ-STAT-1): a vahvistettu päätaso without osasuoritukset', () => {
      const report = run(vstJotpaSuoritettu((_, s) => (delete s.osasuoritukset, delete s.koulutusmoduuli.laajuus)))
      expect(errors(report)).toContain('G-STAT-3 badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia')
    })
    it('MK-REL-1 (VJ-MK-1): maksuttomuus is never relevant on VST JOTPA', () => {
      const report = run(vstJotpaKesken((oo) => (oo.lisätiedot.maksuttomuus = [{ alku: '2023-01-01', maksuton: true }])))
      expect(errors(report)).toEqual(['MK-REL-1 badRequest.validation'])
      expect(byRule(report, 'MK-REL-1')[0]!.message.fi).toContain('Tieto koulutuksen maksuttomuudesta ei ole relevantti tässä opiskeluoikeudessa')
    })
    it('G-OK-1: an opintokokonaisuus code that is not four digits is a warning', () => {
      const report = run(vstJotpaKesken((_, s) => (s.koulutusmoduuli.opintokokonaisuus.koodiarvo = '113')))
      expect(report.findings.map((f) => `${f.severity} ${f.rule} ${f.path}`)).toEqual([`warning G-OK-1 ${S}.koulutusmoduuli.opintokokonaisuus.koodiarvo`])
    })
  })

  describe('the codec', () => {
    it.each(['vstoppivelvollisillesuunnattukoulutus', 'vstmaahanmuuttajienkotoutumiskoulutus', 'vstlukutaitokoulutus', 'vstosaamismerkki'])(
      'a VST study right of päätaso %s is not checked (report.unchecked, TYYPPI-1), never valid',
      (päätaso) => {
        const report = run(vstJotpaKesken((_, s) => (s.tyyppi.koodiarvo = päätaso)))
        expect(report.unchecked).toEqual([{ path: P, tyyppi: 'vapaansivistystyonkoulutus', päätaso }])
        expect(report.findings.map((f) => `${f.severity} ${f.rule} ${f.path}`)).toEqual([`warning TYYPPI-1 ${S}.tyyppi`])
      },
    )
    it('the opintokokonaisuus is required by the schema (S-2); the arvosana may be of arviointiasteikkovstjotpa or arviointiasteikkovst only', () => {
      expect(keys(run(vstJotpaKesken((_, s) => delete s.koulutusmoduuli.opintokokonaisuus)))).toEqual([`S-2 ${JSON_SCHEMA_KEY}`])
      const väärä = run(vstJotpaKesken((_, s) => (s.osasuoritukset[1].arviointi[0].arvosana.koodistoUri = 'arviointiasteikkovstvapaatavoitteinen')))
      expect(väärä.findings.map((f) => `${f.rule} ${f.path}`)).toEqual([`S-5 ${S}.osasuoritukset[1].arviointi[0].arvosana.koodistoUri`])
      const yksitoista = run(vstJotpaKesken((_, s) => (s.osasuoritukset[1].arviointi[0].arvosana = { koodiarvo: '11', koodistoUri: 'arviointiasteikkovstjotpa' })))
      expect(yksitoista.findings.map((f) => `${f.rule} ${f.path}`)).toEqual([`S-7 ${S}.osasuoritukset[1].arviointi[0].arvosana.koodiarvo`])
    })
    it('no suorituskieli or tunnustettu on a JOTPA osasuoritus (S-1); the synthetic hyväksytty of an arviointi and tila of a suoritus are accepted', () => {
      expect(keys(run(vstJotpaKesken((_, s) => (s.osasuoritukset[0].suorituskieli = { koodiarvo: 'FI', koodistoUri: 'kieli' }))))).toEqual([`S-1 ${JSON_SCHEMA_KEY}`])
      expect(run(vstJotpaKesken((_, s) => (s.osasuoritukset[0].tila = { koodiarvo: 'VALMIS', koodistoUri: 'suorituksentila' }))).findings).toEqual([])
    })
    it('an osasuoritus tree deeper than 500 levels → one S-16 (badRequest.format.json) at the too-deep osasuoritus, never a throw', () => {
      const doc = vstJotpaKesken((_, s) => {
        let os = s.osasuoritukset[2]
        for (let i = 0; i < 20_000; i++) {
          const lapsi = { koulutusmoduuli: { tunniste: { koodiarvo: `x${i}`, nimi: { fi: 'x' } } }, tyyppi: { koodiarvo: 'vstjotpakoulutuksenosasuoritus', koodistoUri: 'suorituksentyyppi' } }
          os.osasuoritukset = [lapsi]
          os = lapsi
        }
      })
      const report = run(doc)
      expect(report.findings.map((f) => `${f.rule} ${f.key}`)).toEqual(['S-16 badRequest.format.json'])
      expect(report.findings[0]!.path.startsWith(`${S}.osasuoritukset[2].osasuoritukset[0].osasuoritukset[0]`)).toBe(true) // the path is cut at 2 000 characters
    })
    it('500 levels are read (and checked): the 500th is no finding, the 501st is S-16', () => {
      const doc = vstJotpaKesken((_, s) => {
        let os = s.osasuoritukset[2]
        for (let i = 0; i < 499; i++) {
          const lapsi = { koulutusmoduuli: { tunniste: { koodiarvo: `x${i}`, nimi: { fi: 'x' } } }, tyyppi: { koodiarvo: 'vstjotpakoulutuksenosasuoritus', koodistoUri: 'suorituksentyyppi' } }
          os.osasuoritukset = [lapsi]
          os = lapsi
        }
      })
      expect(run(doc).findings).toEqual([])
      let viimeinen = doc.opiskeluoikeudet[0].suoritukset[0].osasuoritukset[2]
      while (viimeinen.osasuoritukset !== undefined) viimeinen = viimeinen.osasuoritukset[0]
      viimeinen.osasuoritukset = [{ ...viimeinen, osasuoritukset: undefined }]
      expect(run(doc).findings.map((f) => f.rule)).toEqual(['S-16'])
    })
    it('a deep tree of assessed osasuoritukset is checked in linear time (G-STAT-2 finds each one\'s first unfinished one in one walk)', () => {
      const osa = (koodiarvo: string, laajuus?: number): Json => ({
        koulutusmoduuli: { tunniste: { koodiarvo, nimi: { fi: 'x' } }, ...(laajuus === undefined ? {} : { laajuus: op(laajuus) }) },
        tyyppi: { koodiarvo: 'vstjotpakoulutuksenosasuoritus', koodistoUri: 'suorituksentyyppi' },
        arviointi: [{ arvosana: { koodiarvo: 'Hyväksytty', koodistoUri: 'arviointiasteikkovst' }, päivä: '2023-03-01' }],
      })
      // a chain n deep, ten assessed leaves at every level
      const syvä = (n: number): Json =>
        vstJotpaKesken((_, s) => {
          let os = s.osasuoritukset[1]
          delete os.koulutusmoduuli.laajuus
          for (let i = 0; i < n; i++) {
            const lapsi = osa(`x${i}`)
            os.osasuoritukset = [lapsi, ...Array.from({ length: 10 }, (_, j) => osa(`y${i}-${j}`, 1))]
            os = lapsi
          }
        })
      expect(run(syvä(10)).findings).toEqual([])
      const docs = new Map([110, 440].map((n) => [n, syvä(n)]))
      // the best of three ratios: the machine is shared, a single one can catch a pause
      const suhde = Math.min(...[1, 2, 3].map(() => kasvusuhde((n) => run(docs.get(n)), 110)))
      expect(suhde).toBeLessThan(LINEAARINEN_KASVU)
    })
    it('jotpaAsianumero is KOSKI\'s @SensitiveData (LUOTTAMUKSELLINEN_KAIKKI_TIEDOT)', async () => {
      const { VapaanSivistystyönOpiskeluoikeudenLisätiedot } = await import('../../src')
      expect([...VapaanSivistystyönOpiskeluoikeudenLisätiedot.sensitive]).toEqual([['jotpaAsianumero', ['LUOTTAMUKSELLINEN_KAIKKI_TIEDOT']]])
    })
  })
})
