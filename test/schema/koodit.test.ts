/** S-5 … S-8: koodisto of a code, allowed values, unknown codes, unions (osasuoritus, LocalizedString, Organisaatio). */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY } from '../../src'
import { P, S, muokattu, oo, run, validTuvaOppija } from '../support'

type Json = ReturnType<typeof validTuvaOppija>

const findings = (change: (oo: Json) => void) => run(muokattu(change)).findings
const schema = (change: (oo: Json) => void) => findings(change).map((f) => [f.rule, f.errorType, f.path])

describe('S-5 — the koodistoUri of a code', () => {
  it.each<[string, (o: Json) => void, string]>([
    ['jakso tila', (o) => (o.tila.opiskeluoikeusjaksot[0].tila.koodistoUri = 'koskiopiskeluoikeudentila2'), `${P}.tila.opiskeluoikeusjaksot[0].tila.koodistoUri`],
    ['järjestämislupa', (o) => (o.järjestämislupa.koodistoUri = 'jarjestamislupa'), `${P}.järjestämislupa.koodistoUri`],
    ['arvosana from another scale', (o) => (o.suoritukset[0].osasuoritukset[0].arviointi[0].arvosana.koodistoUri = 'arviointiasteikkovst'), `${S}.osasuoritukset[0].arviointi[0].arvosana.koodistoUri`],
    ['suorituskieli', (o) => (o.suoritukset[0].suorituskieli.koodistoUri = 'kielivalikoima'), `${S}.suorituskieli.koodistoUri`],
  ])('%s → enumValueMismatch at koodistoUri', (_, change, path) => {
    expect(findings(change)).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-5', errorType: 'enumValueMismatch', path })])
  })
})

describe('S-6 — values restricted for TUVA (@KoodistoKoodiarvo)', () => {
  it.each<[string, (o: Json) => void, string, string]>([
    ['jakso tila peruutettu (ammatillinen only)', (o) => (o.tila.opiskeluoikeusjaksot[1].tila.koodiarvo = 'peruutettu'), `${P}.tila.opiskeluoikeusjaksot[1].tila.koodiarvo`, 'peruutettu'],
    ['jakso tila hyvaksytystisuoritettu (VST/MUKS)', (o) => (o.tila.opiskeluoikeusjaksot[1].tila.koodiarvo = 'hyvaksytystisuoritettu'), `${P}.tila.opiskeluoikeusjaksot[1].tila.koodiarvo`, 'hyvaksytystisuoritettu'],
    ['codes are case-sensitive: Lasna', (o) => (o.tila.opiskeluoikeusjaksot[0].tila.koodiarvo = 'Lasna'), `${P}.tila.opiskeluoikeusjaksot[0].tila.koodiarvo`, 'Lasna'],
    ['rahoitus 2 (ammatillinen only)', (o) => (o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo = '2'), `${P}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo`, '2'],
    ['rahoitus 14 (JOTPA)', (o) => (o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo = '14'), `${P}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo`, '14'],
    ['päätaso tunniste', (o) => (o.suoritukset[0].koulutusmoduuli.tunniste.koodiarvo = '999907'), `${S}.koulutusmoduuli.tunniste.koodiarvo`, '999907'],
    ['arvosana of a TUVA osa outside Hyväksytty/Hylätty (lower case)', (o) => (o.suoritukset[0].osasuoritukset[0].arviointi[0].arvosana.koodiarvo = 'hyväksytty'), `${S}.osasuoritukset[0].arviointi[0].arvosana.koodiarvo`, 'hyväksytty'],
    ['kurssi tyyppi', (o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].tyyppi.koodiarvo = 'tuvalukiokoulutus'), `${S}.osasuoritukset[6].osasuoritukset[0].tyyppi.koodiarvo`, 'tuvalukiokoulutus'],
    ['laajuus yksikkö 2 (opintopisteet)', (o) => (o.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö.koodiarvo = '2'), `${S}.osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö.koodiarvo`, '2'],
  ])('%s → enumValueMismatch', (_, change, path, value) => {
    const fs = findings(change)
    expect(fs).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-6', errorType: 'enumValueMismatch', path })])
    expect(fs[0]!.message.fi).toContain(`Arvo ${value} ei ole sallittu`)
  })

  it.each<[string, (o: Json) => void, string, string]>([
    ['päätaso tyyppi', (o) => (o.suoritukset[0].tyyppi.koodiarvo = 'luva'), S, 'luva'],
    ['osasuoritus tyyppi', (o) => (o.suoritukset[0].osasuoritukset[0].tyyppi.koodiarvo = 'tuvakoulutuksensuoritus'), `${S}.osasuoritukset[0]`, 'tuvakoulutuksensuoritus'],
    ['104 tyyppi other than tutkintokoulutukseenvalmentava', (o) => (o.suoritukset[0].osasuoritukset[6].tyyppi.koodiarvo = 'tuvaperusopetus'), `${S}.osasuoritukset[6]`, 'tuvaperusopetus'],
  ])('%s: a discriminator of a union member (KOSKI types the list by a trait) → notAnyOf at the suoritus, nothing inside reported', (_, change, path, value) => {
    const fs = findings((o) => {
      change(o)
      o.suoritukset[0].koulutusmoduuli.perusteenDiaarinumero = '' // inside the päätaso: not reported when the päätaso itself does not resolve
    })
    expect(fs.filter((f) => f.path === path)).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-6', errorType: 'notAnyOf', path })])
    expect(fs.find((f) => f.path === path)!.message.fi).toContain(`Suorituksen tyyppi ${value} ei ole sallittu`)
    if (path === S) expect(fs).toHaveLength(1)
  })

  it('päätaso or osasuoritus tyyppi missing, or from another koodisto → notAnyOf (S-8, S-5)', () => {
    expect(schema((o) => delete o.suoritukset[0].tyyppi)).toEqual([['S-8', 'notAnyOf', S]])
    expect(schema((o) => delete o.suoritukset[0].osasuoritukset[3].tyyppi)).toEqual([['S-8', 'notAnyOf', `${S}.osasuoritukset[3]`]])
    expect(schema((o) => (o.suoritukset[0].osasuoritukset[3].tyyppi.koodistoUri = 'suoritustyyppi'))).toEqual([['S-5', 'notAnyOf', `${S}.osasuoritukset[3]`]])
  })

  it('every TUVA tila and rahoitus of the schema passes the schema', () => {
    for (const tila of ['eronnut', 'katsotaaneronneeksi', 'lasna', 'mitatoity', 'valiaikaisestikeskeytynyt', 'valmistunut', 'loma']) {
      expect(schema((o) => (o.tila.opiskeluoikeusjaksot[0].tila.koodiarvo = tila)).filter(([rule]) => rule!.startsWith('S-'))).toEqual([])
    }
    for (const rahoitus of ['1', '6', '10']) {
      expect(schema((o) => (o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo = rahoitus)).filter(([rule]) => rule!.startsWith('S-'))).toEqual([])
    }
  })

  it('every osasuoritus tyyppi passes on the other osat', () => {
    for (const tyyppi of ['tutkintokoulutukseenvalmentava', 'tuvaperusopetus', 'tuvalukiokoulutus', 'tuvaammatillinenkoulutus']) {
      expect(schema((o) => (o.suoritukset[0].osasuoritukset[0].tyyppi.koodiarvo = tyyppi))).toEqual([])
    }
  })
})

describe('S-7 — the code must exist in the koodisto', () => {
  it('"…suoritustapa/blahblahtest…": an unknown code → tuntematonKoodi "Koodia <uri>/<arvo> ei löydy koodistosta"', () => {
    const fs = findings((o) => (o.suoritukset[0].suorituskieli.koodiarvo = 'blahblahtest'))
    expect(fs).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-7', errorType: 'tuntematonKoodi', path: `${S}.suorituskieli.koodiarvo` })])
    expect(fs[0]!.message.fi).toBe('Koodia kieli/blahblahtest ei löydy koodistosta')
  })

  it.each<[string, (o: Json) => void, string, string]>([
    ['paikkakunta', (o) => (o.suoritukset[0].vahvistus.paikkakunta.koodiarvo = '999999'), `${S}.vahvistus.paikkakunta.koodiarvo`, 'kunta/999999'],
  ])('%s', (_, change, path, koodi) => {
    const fs = findings(change)
    expect(fs).toEqual([expect.objectContaining({ rule: 'S-7', errorType: 'tuntematonKoodi', path })])
    expect(fs[0]!.message.fi).toBe(`Koodia ${koodi} ei löydy koodistosta`)
  })

  it('an unknown järjestämislupa → tuntematonKoodi, and the lisätiedot then fit no class (notAnyOf), as in KOSKI', () => {
    const fs = findings((o) => (o.järjestämislupa.koodiarvo = 'ammatillinenkoulutus'))
    expect(fs.map((f) => [f.rule, f.errorType, f.path])).toEqual([
      ['S-7', 'tuntematonKoodi', `${P}.järjestämislupa.koodiarvo`],
      ['S-8', 'notAnyOf', `${P}.lisätiedot`],
    ])
    expect(fs[0]!.message.fi).toBe('Koodia tuvajarjestamislupa/ammatillinenkoulutus ei löydy koodistosta')
  })

  it('koodistoVersio is not used: the code is looked up in the shipped (latest) snapshot', () => {
    expect(schema((o) => (o.järjestämislupa.koodistoVersio = 99))).toEqual([])
  })

  it('koodistot not shipped (oppilaitosnumero, lahdejarjestelma, koulutustyyppi) are checked for shape only', () => {
    expect(
      schema((o) => {
        o.oppilaitos.oppilaitosnumero.koodiarvo = 'ei-tällaista'
        o.lähdejärjestelmänId.lähdejärjestelmä.koodiarvo = 'uusijarjestelma'
        o.suoritukset[0].koulutusmoduuli.koulutustyyppi = { koodiarvo: '999', koodistoUri: 'koulutustyyppi' }
      }),
    ).toEqual([])
    expect(schema((o) => (o.lähdejärjestelmänId.lähdejärjestelmä.koodiarvo = ''))).toEqual([['S-3', 'emptyString', `${P}.lähdejärjestelmänId.lähdejärjestelmä.koodiarvo`]])
  })
})

describe('S-8 — unions', () => {
  describe('the TUVA osasuoritus, by koulutusmoduuli.tunniste.koodiarvo', () => {
    it('104 with paikallinen kurssit, and 101…107 without, pass', () => {
      expect(schema(() => undefined)).toEqual([])
    })

    it('an unknown koodiarvo → notAnyOf at the osasuoritus', () => {
      const fs = findings((o) => (o.suoritukset[0].osasuoritukset[1].koulutusmoduuli.tunniste.koodiarvo = '108'))
      expect(fs).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-8', errorType: 'notAnyOf', path: `${S}.osasuoritukset[1]` })])
      expect(fs[0]!.message.fi).toContain('108')
    })

    it('a 101 with kurssit → unexpectedProperty osasuoritukset (only 104 has them)', () => {
      expect(
        schema((o) => {
          const valinnainen = o.suoritukset[0].osasuoritukset[6]
          o.suoritukset[0].osasuoritukset[0].osasuoritukset = valinnainen.osasuoritukset
        }),
      ).toEqual([['S-1', 'unexpectedProperty', `${S}.osasuoritukset[0].osasuoritukset`]])
    })

    it('a 104 becomes a 105 by its code: then its kurssit are unexpected', () => {
      expect(schema((o) => (o.suoritukset[0].osasuoritukset[6].koulutusmoduuli.tunniste.koodiarvo = '105'))).toEqual([
        ['S-1', 'unexpectedProperty', `${S}.osasuoritukset[6].osasuoritukset`],
      ])
    })

    it('a kurssi with a koodisto tunniste instead of a paikallinen koodi → its nimi is missing', () => {
      expect(
        schema((o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.tunniste = { koodiarvo: '101', koodistoUri: 'koulutuksenosattuva' })),
      ).toEqual([['S-2', 'missingProperty', `${S}.osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.tunniste.nimi`]])
    })

    it('a missing tunniste or koulutusmoduuli, or a koodiarvo that is not a JSON string: @OnlyWhen matches nothing → notAnyOf at the osasuoritus', () => {
      expect(schema((o) => delete o.suoritukset[0].osasuoritukset[2].koulutusmoduuli.tunniste)).toEqual([['S-8', 'notAnyOf', `${S}.osasuoritukset[2]`]])
      expect(schema((o) => delete o.suoritukset[0].osasuoritukset[2].koulutusmoduuli)).toEqual([['S-8', 'notAnyOf', `${S}.osasuoritukset[2]`]])
      expect(schema((o) => (o.suoritukset[0].osasuoritukset[2].koulutusmoduuli.tunniste.koodiarvo = 103))).toEqual([['S-8', 'notAnyOf', `${S}.osasuoritukset[2]`]])
      expect(schema((o) => (o.suoritukset[0].osasuoritukset[2] = 'osa'))).toEqual([['S-8', 'notAnyOf', `${S}.osasuoritukset[2]`]])
    })

    it('osat 101…107 of the wrong koodisto → notAnyOf at the koulutusmoduuli (one class per osa, told by its tunniste)', () => {
      const fs = findings((o) => (o.suoritukset[0].osasuoritukset[2].koulutusmoduuli.tunniste.koodistoUri = 'koulutuksenosat'))
      expect(fs.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-5', 'notAnyOf', `${S}.osasuoritukset[2].koulutusmoduuli`]])
      expect(fs[0]!.message.fi).toContain('koulutuksenosattuva')
    })

    it('104 is a class of its own (no union): a wrong koodisto there → enumValueMismatch', () => {
      expect(schema((o) => (o.suoritukset[0].osasuoritukset[6].koulutusmoduuli.tunniste.koodistoUri = 'koulutuksenosat'))).toEqual([
        ['S-5', 'enumValueMismatch', `${S}.osasuoritukset[6].koulutusmoduuli.tunniste.koodistoUri`],
      ])
    })

    it('an unknown key on the koulutusmoduuli of 101…107 → unexpectedProperty (its class has a discriminator)', () => {
      expect(schema((o) => (o.suoritukset[0].osasuoritukset[2].koulutusmoduuli.pakollinen = true))).toEqual([
        ['S-1', 'unexpectedProperty', `${S}.osasuoritukset[2].koulutusmoduuli.pakollinen`],
      ])
    })
  })

  describe('the arviointi of a 104 kurssi (a trait with one class and no discriminator: a union member)', () => {
    const A = `${S}.osasuoritukset[6].osasuoritukset[0].arviointi[0]`
    it.each<[string, (a: Json) => void, string]>([
      ['an unknown key', (a) => (a.arvioitsijat = []), 'S-8'],
      ['an unknown key with the value null', (a) => (a.arvioitsijat = null), 'S-8'],
      ['päivä missing', (a) => delete a.päivä, 'S-8'],
      ['arvosana missing', (a) => delete a.arvosana, 'S-8'],
      ['arvosana outside Hyväksytty/Hylätty', (a) => (a.arvosana.koodiarvo = '5'), 'S-6'],
      ['arvosana of another koodisto', (a) => (a.arvosana.koodistoUri = 'arviointiasteikkovst'), 'S-5'],
    ])('%s → notAnyOf at the arviointi', (_, change, rule) => {
      expect(schema((o) => change(o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].arviointi[0]))).toEqual([[rule, 'notAnyOf', A]])
    })

    it('inside a fitting arviointi the usual errors: päivä null → missingProperty, a bad date → dateFormatMismatch; hyväksytty is synthetic', () => {
      expect(schema((o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].arviointi[0].päivä = null))).toEqual([['S-2', 'missingProperty', `${A}.päivä`]])
      expect(schema((o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].arviointi[0].päivä = '2022-02-30'))).toEqual([['S-4', 'dateFormatMismatch', `${A}.päivä`]])
      expect(schema((o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].arviointi[0].hyväksytty = 'x'))).toEqual([])
    })
  })

  describe('LocalizedString', () => {
    it('"vähintään yksi kieli vaaditaan": {} → notAnyOf', () => {
      const fs = findings((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = {}))
      expect(fs).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-8', errorType: 'notAnyOf', path: `${S}.vahvistus.myöntäjäHenkilöt[0].titteli` })])
      expect(fs[0]!.message.fi).toContain('vähintään yksi kieli')
    })

    it('"vähintään yksi kieli vaaditaan" as in the spec: the study right\'s tyyppi.nimi {} → notAnyOf (a koodi nimi is read as a LocalizedString)', () => {
      const fs = findings((o) => (o.tyyppi.nimi = {}))
      expect(fs.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-8', 'notAnyOf', `${P}.tyyppi.nimi`]])
      for (const nimi of [{ fi: 'Jotain' }, { sv: 'Något' }, { en: 'Something' }]) expect(schema((o) => (o.tyyppi.nimi = nimi))).toEqual([])
    })

    it('only null languages → notAnyOf; an unknown language → notAnyOf; an empty text → emptyString', () => {
      // the key chooses the form (Finnish); its required text is null → missing
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = { fi: null }))).toEqual([
        ['S-2', 'missingProperty', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli.fi`],
      ])
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = { fi: null, sv: 'rektor' }))).toEqual([
        ['S-2', 'missingProperty', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli.fi`],
      ])
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = { fi: 'rehtori', de: null }))).toEqual([
        ['S-8', 'notAnyOf', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli`],
      ])
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = { fi: 'rehtori', de: 'Rektor' }))).toEqual([
        ['S-8', 'notAnyOf', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli`],
      ])
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = { fi: '' }))).toEqual([
        ['S-3', 'emptyString', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli.fi`],
      ])
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = 'rehtori'))).toEqual([
        ['S-8', 'notAnyOf', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli`],
      ])
    })

    it('any one language passes: {fi}, {sv}, {en}, {sv, en}', () => {
      for (const titteli of [{ fi: 'rehtori' }, { sv: 'rektor' }, { en: 'principal' }, { sv: 'rektor', en: 'principal' }, { fi: 'rehtori', sv: null }]) {
        expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = titteli))).toEqual([])
      }
    })
  })

  describe('Organisaatio (myöntäjäOrganisaatio): by oid, Yritys or Tutkintotoimikunta', () => {
    it('the three forms pass', () => {
      for (const org of [
        { oid: '1.2.246.562.10.52251087186' },
        { nimi: { fi: 'Yritys Oy' }, yTunnus: '1234567-8' },
        { nimi: { fi: 'Toimikunta' }, tutkintotoimikunnanNumero: '123' },
      ]) {
        expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäOrganisaatio = org))).toEqual([])
      }
    })

    it('a null-valued key counts when the form is chosen (KOSKI\'s PropertyExists): { oid: null, nimi, yTunnus } is a Koulutustoimija without its oid', () => {
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäOrganisaatio = { oid: null, nimi: { fi: 'Yritys Oy' }, yTunnus: '1234567-8' }))).toEqual([
        ['S-2', 'missingProperty', `${S}.vahvistus.myöntäjäOrganisaatio.oid`],
      ])
    })

    it('the most specific form wins: oid + yTunnus is a Koulutustoimija, oid + a valid oppilaitosnumero an Oppilaitos (then yTunnus is unexpected)', () => {
      const org = (u: unknown) => schema((o) => (o.suoritukset[0].vahvistus.myöntäjäOrganisaatio = u))
      expect(org({ oid: '1.2.246.562.10.52251087186', yTunnus: '1234567-8', nimi: { fi: 'Kaupunki' } })).toEqual([])
      expect(org({ oid: '1.2.246.562.10.52251087186', yTunnus: '1234567-8', oppilaitosnumero: { koodiarvo: '10105', koodistoUri: 'oppilaitosnumero' } })).toEqual([
        ['S-1', 'unexpectedProperty', `${S}.vahvistus.myöntäjäOrganisaatio.yTunnus`],
      ])
    })

    it('two forms of equal weight (KOSKI fails with an internal error) → notAnyOf', () => {
      for (const org of [
        { oid: '1.2.246.562.10.52251087186', tutkintotoimikunnanNumero: '123' },
        { nimi: { fi: 'Toimikunta' }, yTunnus: null, tutkintotoimikunnanNumero: '123' },
      ]) {
        const fs = findings((o) => (o.suoritukset[0].vahvistus.myöntäjäOrganisaatio = org))
        expect(fs.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-8', 'notAnyOf', `${S}.vahvistus.myöntäjäOrganisaatio`]])
        expect(fs[0]!.message.fi).toContain('kahteen muotoon')
      }
    })

    it('none of them → notAnyOf', () => {
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäOrganisaatio = { nimi: { fi: 'Joku' } }))).toEqual([
        ['S-8', 'notAnyOf', `${S}.vahvistus.myöntäjäOrganisaatio`],
      ])
    })
  })
})

describe('OrganisaatioWithOid (päätaso toimipiste): Oppilaitos, Koulutustoimija or OidOrganisaatio', () => {
  const T = `${S}.toimipiste`
  const toimipiste = (u: unknown) => schema((o) => (o.suoritukset[0].toimipiste = u))
  const OID = '1.2.246.562.10.42923230215'

  it('each class passes with its own keys; kotipaikka is a koodi of kunta', () => {
    expect(toimipiste({ oid: OID, nimi: { fi: 'Toimipiste' }, kotipaikka: { koodiarvo: '091', koodistoUri: 'kunta' } })).toEqual([])
    expect(toimipiste({ oid: OID, oppilaitosnumero: { koodiarvo: '10105', koodistoUri: 'oppilaitosnumero' } })).toEqual([])
    expect(toimipiste({ oid: OID, yTunnus: '0201256-6' })).toEqual([])
    expect(toimipiste({ oid: OID, kotipaikka: { koodiarvo: '000', koodistoUri: 'kunta' } })).toEqual([['S-7', 'tuntematonKoodi', `${T}.kotipaikka.koodiarvo`]])
    expect(toimipiste({ oid: OID, kotipaikka: { koodiarvo: '091', koodistoUri: 'kotipaikka' } })).toEqual([['S-5', 'enumValueMismatch', `${T}.kotipaikka.koodistoUri`]])
  })

  it('an oppilaitosnumero of another koodisto does not make an Oppilaitos: it is then an unexpected key of an OidOrganisaatio', () => {
    expect(toimipiste({ oid: OID, oppilaitosnumero: { koodiarvo: '10105', koodistoUri: 'oppilaitos' } })).toEqual([['S-1', 'unexpectedProperty', `${T}.oppilaitosnumero`]])
  })

  it('keys of two classes: Oppilaitos wins, so yTunnus is unexpected; keys of no class are unexpected', () => {
    expect(toimipiste({ oid: OID, yTunnus: '0201256-6', oppilaitosnumero: { koodiarvo: '10105', koodistoUri: 'oppilaitosnumero' } })).toEqual([
      ['S-1', 'unexpectedProperty', `${T}.yTunnus`],
    ])
    expect(toimipiste({ oid: OID, toimipiste: { oid: OID } })).toEqual([['S-1', 'unexpectedProperty', `${T}.toimipiste`]])
  })

  it('without an oid, or not an object → notAnyOf at the toimipiste', () => {
    expect(toimipiste({ nimi: { fi: 'Toimipiste' } })).toEqual([['S-8', 'notAnyOf', T]])
    expect(toimipiste(OID)).toEqual([['S-8', 'notAnyOf', T]])
  })

  it('the organisations\' nimi is replaced by KOSKI but read first: it must be a text', () => {
    expect(toimipiste({ oid: OID, nimi: 'Toimipiste' })).toEqual([['S-8', 'notAnyOf', `${T}.nimi`]])
    expect(schema((o) => (o.oppilaitos.nimi = { fi: '' }))).toEqual([['S-3', 'emptyString', `${P}.oppilaitos.nimi.fi`]])
  })
})

describe('koodi nimi and lyhytNimi are replaced by KOSKI but read first: they must be texts', () => {
  it('a LocalizedString passes; anything else fails as one', () => {
    expect(schema((o) => (o.järjestämislupa.nimi = { fi: 'Ammatillinen', sv: 'Yrkesutbildning' }))).toEqual([])
    expect(schema((o) => (o.järjestämislupa.nimi = 'Ammatillinen'))).toEqual([['S-8', 'notAnyOf', `${P}.järjestämislupa.nimi`]])
    expect(schema((o) => (o.järjestämislupa.lyhytNimi = { fi: '' }))).toEqual([['S-3', 'emptyString', `${P}.järjestämislupa.lyhytNimi.fi`]])
  })
})

describe('values KOSKI converts on reading', () => {
  it('a number or a boolean where a string is expected is read as its text', () => {
    expect(
      schema((o) => {
        o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo = 1
        o.suoritukset[0].koulutusmoduuli.tunniste.koodiarvo = 999908
        o.lähdejärjestelmänId.id = 42
      }),
    ).toEqual([])
    // the converted text is what is checked: 2 is no TUVA rahoitus
    expect(schema((o) => (o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo = 2))).toEqual([
      ['S-6', 'enumValueMismatch', `${P}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo`],
    ])
  })

  it('a decimal text where a number is expected is read as the number; an integer field cuts a fraction', () => {
    expect(
      schema((o) => {
        o.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = '2'
        o.järjestämislupa.koodistoVersio = '1'
        o.versionumero = 1.5
      }),
    ).toEqual([])
    expect(schema((o) => (o.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = '0'))).toEqual([
      ['S-10', 'smallerThanOrEqualToExclusiveMinimumValue', `${S}.osasuoritukset[0].koulutusmoduuli.laajuus.arvo`],
    ])
  })

  it('the decoded value carries the converted value; the input is not changed', () => {
    const doc = muokattu((o) => (o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo = 1))
    run(doc)
    expect(oo(doc).tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo).toBe(1)
  })
})

describe('the study right union: tyyppi and its koodisto', () => {
  it('a tuva tyyppi of another koodisto → notAnyOf at the study right (S-5)', () => {
    const fs = findings((o) => (o.tyyppi.koodistoUri = 'suorituksentyyppi'))
    expect(fs.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-5', 'notAnyOf', P]])
    expect(fs[0]!.message.fi).toContain('opiskeluoikeudentyyppi')
  })
})

describe('PaikallinenKoodi.koodistoUri: read (a non-empty string), then dropped as KOSKI drops it', () => {
  const K = `${S}.osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.tunniste`
  it('any text passes, "" is an emptyString', () => {
    expect(schema((o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.tunniste.koodistoUri = 'oma'))).toEqual([])
    expect(schema((o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.tunniste.koodistoUri = ''))).toEqual([['S-3', 'emptyString', `${K}.koodistoUri`]])
  })

  it('so the code is still written "koodiarvo (nimi)" in messages', () => {
    const report = run(
      muokattu((o) => {
        const kurssi = o.suoritukset[0].osasuoritukset[6].osasuoritukset[1]
        kurssi.koulutusmoduuli.tunniste.koodistoUri = 'oma'
        delete kurssi.arviointi
      }),
    )
    expect(report.findings.filter((f) => f.rule === 'G-STAT-2').map((f) => f.message.fi)).toContain(
      'Valmiiksi merkityllä suorituksella koulutuksenosattuva/104 on keskeneräinen osasuoritus VALKU2 (Paikallinen kurssisuoritus)',
    )
  })
})
