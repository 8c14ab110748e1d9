/** S-5 … S-8: koodisto of a code, allowed values, unknown codes, unions (osasuoritus, LocalizedString, Organisaatio). */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY } from '../../src'
import { P, S, muokattu, oo, run, validTuvaOppija } from '../helpers'

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
    ['päätaso tyyppi', (o) => (o.suoritukset[0].tyyppi.koodiarvo = 'luva'), `${S}.tyyppi.koodiarvo`, 'luva'],
    ['päätaso tunniste', (o) => (o.suoritukset[0].koulutusmoduuli.tunniste.koodiarvo = '999907'), `${S}.koulutusmoduuli.tunniste.koodiarvo`, '999907'],
    ['osasuoritus tyyppi', (o) => (o.suoritukset[0].osasuoritukset[0].tyyppi.koodiarvo = 'tuvakoulutuksensuoritus'), `${S}.osasuoritukset[0].tyyppi.koodiarvo`, 'tuvakoulutuksensuoritus'],
    ['104 tyyppi other than tutkintokoulutukseenvalmentava', (o) => (o.suoritukset[0].osasuoritukset[6].tyyppi.koodiarvo = 'tuvaperusopetus'), `${S}.osasuoritukset[6].tyyppi.koodiarvo`, 'tuvaperusopetus'],
    ['kurssi tyyppi', (o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].tyyppi.koodiarvo = 'tuvalukiokoulutus'), `${S}.osasuoritukset[6].osasuoritukset[0].tyyppi.koodiarvo`, 'tuvalukiokoulutus'],
    ['laajuus yksikkö 2 (opintopisteet)', (o) => (o.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö.koodiarvo = '2'), `${S}.osasuoritukset[0].koulutusmoduuli.laajuus.yksikkö.koodiarvo`, '2'],
  ])('%s → enumValueMismatch', (_, change, path, value) => {
    const fs = findings(change)
    expect(fs).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-6', errorType: 'enumValueMismatch', path })])
    expect(fs[0]!.message.fi).toContain(`Arvo ${value} ei ole sallittu`)
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
    ['järjestämislupa', (o) => (o.järjestämislupa.koodiarvo = 'ammatillinenkoulutus'), `${P}.järjestämislupa.koodiarvo`, 'tuvajarjestamislupa/ammatillinenkoulutus'],
    ['arvosana (lower case)', (o) => (o.suoritukset[0].osasuoritukset[0].arviointi[0].arvosana.koodiarvo = 'hyväksytty'), `${S}.osasuoritukset[0].arviointi[0].arvosana.koodiarvo`, 'arviointiasteikkotuva/hyväksytty'],
    ['paikkakunta', (o) => (o.suoritukset[0].vahvistus.paikkakunta.koodiarvo = '999999'), `${S}.vahvistus.paikkakunta.koodiarvo`, 'kunta/999999'],
  ])('%s', (_, change, path, koodi) => {
    const fs = findings(change)
    expect(fs).toEqual([expect.objectContaining({ rule: 'S-7', errorType: 'tuntematonKoodi', path })])
    expect(fs[0]!.message.fi).toBe(`Koodia ${koodi} ei löydy koodistosta`)
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

    it('a missing tunniste is reported as missing, not as notAnyOf', () => {
      expect(schema((o) => delete o.suoritukset[0].osasuoritukset[2].koulutusmoduuli.tunniste)).toEqual([
        ['S-2', 'missingProperty', `${S}.osasuoritukset[2].koulutusmoduuli.tunniste`],
      ])
    })

    it('osat of the wrong koodisto → enumValueMismatch', () => {
      expect(schema((o) => (o.suoritukset[0].osasuoritukset[2].koulutusmoduuli.tunniste.koodistoUri = 'koulutuksenosat'))).toEqual([
        ['S-5', 'enumValueMismatch', `${S}.osasuoritukset[2].koulutusmoduuli.tunniste.koodistoUri`],
      ])
    })
  })

  describe('LocalizedString', () => {
    it('"vähintään yksi kieli vaaditaan": {} → notAnyOf', () => {
      const fs = findings((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = {}))
      expect(fs).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-8', errorType: 'notAnyOf', path: `${S}.vahvistus.myöntäjäHenkilöt[0].titteli` })])
      expect(fs[0]!.message.fi).toContain('vähintään yksi kieli')
    })

    it('only null languages → notAnyOf; an unknown language → notAnyOf; an empty text → emptyString', () => {
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = { fi: null }))).toEqual([
        ['S-8', 'notAnyOf', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli`],
      ])
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = { fi: 'rehtori', de: 'Rektor' }))).toEqual([
        ['S-8', 'notAnyOf', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli`],
      ])
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = { fi: '' }))).toEqual([
        ['S-3', 'emptyString', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli.fi`],
      ])
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli = 'rehtori'))).toEqual([
        ['S-2', 'unexpectedType', `${S}.vahvistus.myöntäjäHenkilöt[0].titteli`],
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

    it('null fields are absent: { oid: null, nimi, yTunnus } is a Yritys', () => {
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäOrganisaatio = { oid: null, nimi: { fi: 'Yritys Oy' }, yTunnus: '1234567-8' }))).toEqual([])
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäOrganisaatio = { nimi: { fi: 'Toimikunta' }, yTunnus: null, tutkintotoimikunnanNumero: '123' }))).toEqual([])
    })

    it('none of them → notAnyOf', () => {
      expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäOrganisaatio = { nimi: { fi: 'Joku' } }))).toEqual([
        ['S-8', 'notAnyOf', `${S}.vahvistus.myöntäjäOrganisaatio`],
      ])
    })
  })
})
