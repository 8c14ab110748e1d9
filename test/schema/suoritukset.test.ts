/** Vahvistus, arviointi, laajuus (S-10, unit 8), list sizes (S-9), OID (S-13) and y-tunnus (S-14) formats. */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY } from '../../src'
import { P, S, muokattu, oo, run, validTuvaOppija } from '../support'

type Json = ReturnType<typeof validTuvaOppija>

const findings = (change: (oo: Json) => void) => run(muokattu(change)).findings
const schema = (change: (oo: Json) => void) =>
  findings(change)
    .filter((f) => f.key === JSON_SCHEMA_KEY)
    .map((f) => [f.rule, f.errorType, f.path])

describe('S-9 — list sizes', () => {
  it('"suoritukset = Nil" → lessThanMinimumNumberOfItems', () => {
    const fs = findings((o) => (o.suoritukset = []))
    expect(fs).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-9', errorType: 'lessThanMinimumNumberOfItems', path: `${P}.suoritukset` })])
    expect(fs[0]!.message.fi).toBe('Listassa on oltava vähintään 1 alkio(ta)')
  })

  it('two päätason suoritukset → moreThanMaximumNumberOfItems', () => {
    const fs = findings((o) => o.suoritukset.push(structuredClone(o.suoritukset[0])))
    expect(fs).toEqual([expect.objectContaining({ rule: 'S-9', errorType: 'moreThanMaximumNumberOfItems', path: `${P}.suoritukset` })])
    expect(fs[0]!.message.fi).toBe('Listassa saa olla enintään 1 alkio(ta)')
  })

  it('two päätason suoritukset, the second one broken → the size and the second one’s error', () => {
    expect(
      schema((o) => {
        o.suoritukset.push(structuredClone(o.suoritukset[0]))
        o.suoritukset[1].suorituskieli = null
      }),
    ).toEqual([
      ['S-9', 'moreThanMaximumNumberOfItems', `${P}.suoritukset`],
      ['S-2', 'missingProperty', `${P}.suoritukset[1].suorituskieli`],
    ])
  })

  it('opiskeluoikeusjaksot [] → lessThanMinimumNumberOfItems', () => {
    expect(schema((o) => (o.tila.opiskeluoikeusjaksot = []))).toEqual([['S-9', 'lessThanMinimumNumberOfItems', `${P}.tila.opiskeluoikeusjaksot`]])
  })

  it('vahvistus myöntäjäHenkilöt [] → lessThanMinimumNumberOfItems', () => {
    expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt = []))).toEqual([['S-9', 'lessThanMinimumNumberOfItems', `${S}.vahvistus.myöntäjäHenkilöt`]])
  })

  it('empty optional lists are fine: osasuoritukset, arviointi, lisätiedot lists', () => {
    expect(
      schema((o) => {
        o.suoritukset[0].osasuoritukset[6].osasuoritukset = []
        o.suoritukset[0].osasuoritukset[0].arviointi = []
        o.lisätiedot.erityinenTuki = []
      }),
    ).toEqual([])
  })
})

describe('vahvistus (HenkilövahvistusValinnaisellaPaikkakunnalla)', () => {
  it('paikkakunta is optional; two myöntäjäHenkilöt pass', () => {
    expect(
      schema((o) => {
        delete o.suoritukset[0].vahvistus.paikkakunta
        o.suoritukset[0].vahvistus.myöntäjäHenkilöt.push({ nimi: 'Toinen Henkilö', titteli: { sv: 'rektor' }, organisaatio: { nimi: { fi: 'Yritys' }, yTunnus: '1234567-8' } })
      }),
    ).toEqual([])
  })

  it('a Päivämäärävahvistus (no myöntäjäHenkilöt) is not enough for TUVA', () => {
    expect(schema((o) => delete o.suoritukset[0].vahvistus.myöntäjäHenkilöt)).toEqual([['S-2', 'missingProperty', `${S}.vahvistus.myöntäjäHenkilöt`]])
  })

  it('vahvistus as a date string → unexpectedType', () => {
    expect(schema((o) => (o.suoritukset[0].vahvistus = '2021-12-31'))).toEqual([['S-2', 'unexpectedType', `${S}.vahvistus`]])
  })
})

describe('arviointi (SanallinenTUVAArviointi)', () => {
  it('kuvaus is optional; hyväksytty is synthetic', () => {
    expect(
      schema((o) => {
        delete o.suoritukset[0].osasuoritukset[0].arviointi[0].kuvaus
        delete o.suoritukset[0].osasuoritukset[0].arviointi[0].hyväksytty
        o.suoritukset[0].osasuoritukset[1].arviointi[0].hyväksytty = 'kyllä'
      }),
    ).toEqual([])
  })

  it('Hylätty is a valid arvosana; the arvosana list of TUVA is closed (@KoodistoKoodiarvo Hyväksytty, Hylätty → enumValueMismatch)', () => {
    expect(schema((o) => (o.suoritukset[0].osasuoritukset[1].arviointi[0].arvosana.koodiarvo = 'Hylätty'))).toEqual([])
    expect(schema((o) => (o.suoritukset[0].osasuoritukset[1].arviointi[0].arvosana.koodiarvo = '8'))).toEqual([
      ['S-6', 'enumValueMismatch', `${S}.osasuoritukset[1].arviointi[0].arvosana.koodiarvo`],
    ])
  })

  it('arviointi as one object instead of a list → unexpectedType', () => {
    expect(schema((o) => (o.suoritukset[0].osasuoritukset[1].arviointi = o.suoritukset[0].osasuoritukset[1].arviointi[0]))).toEqual([
      ['S-2', 'unexpectedType', `${S}.osasuoritukset[1].arviointi`],
    ])
  })
})

describe('laajuus in weeks (LaajuusViikoissa)', () => {
  it('"laajuus 0" → smallerThanOrEqualToExclusiveMinimumValue', () => {
    const fs = findings((o) => (o.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = 0))
    expect(fs).toEqual([
      expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-10', errorType: 'smallerThanOrEqualToExclusiveMinimumValue', path: `${S}.osasuoritukset[0].koulutusmoduuli.laajuus.arvo` }),
    ])
    expect(fs[0]!.message.fi).toBe('Arvon on oltava suurempi kuin 0')
  })

  it.each<[string, (o: Json) => void, string]>([
    ['negative päätaso laajuus', (o) => (o.suoritukset[0].koulutusmoduuli.laajuus.arvo = -1), `${S}.koulutusmoduuli.laajuus.arvo`],
    ['zero kurssi laajuus', (o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = 0), `${S}.osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.laajuus.arvo`],
  ])('%s', (_, change, path) => {
    expect(schema(change)).toEqual([['S-10', 'smallerThanOrEqualToExclusiveMinimumValue', path]])
  })

  it('fractions pass (0.5, 1.5)', () => {
    expect(schema((o) => (o.suoritukset[0].osasuoritukset[1].koulutusmoduuli.laajuus.arvo = 0.5))).toEqual([])
  })

  it('only unit 8 (viikkoa): 5 (tuntia) → enumValueMismatch; an unknown unit → enumValueMismatch too', () => {
    for (const yksikkö of ['1', '2', '4', '5', '6', '7', '99']) {
      expect(schema((o) => (o.suoritukset[0].koulutusmoduuli.laajuus.yksikkö.koodiarvo = yksikkö))).toEqual([
        ['S-6', 'enumValueMismatch', `${S}.koulutusmoduuli.laajuus.yksikkö.koodiarvo`],
      ])
    }
  })

  it('NaN-like values are not numbers', () => {
    expect(schema((o) => (o.suoritukset[0].osasuoritukset[1].koulutusmoduuli.laajuus.arvo = null))).toEqual([
      ['S-2', 'missingProperty', `${S}.osasuoritukset[1].koulutusmoduuli.laajuus.arvo`],
    ])
    expect(schema((o) => (o.suoritukset[0].osasuoritukset[1].koulutusmoduuli.laajuus.arvo = 'yksi'))).toEqual([
      ['S-2', 'unexpectedType', `${S}.osasuoritukset[1].koulutusmoduuli.laajuus.arvo`],
    ])
  })
})

describe('S-13 — organisation oids', () => {
  it('"Kun oppilaitoksen oid on virheellistä muotoa" → regularExpressionMismatch at oppilaitos.oid', () => {
    const fs = findings((o) => (o.oppilaitos.oid = 'Oppilaitos'))
    expect(fs).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-13', errorType: 'regularExpressionMismatch', path: `${P}.oppilaitos.oid` })])
  })

  it.each([
    '1.2.246.562.10.1234567890', // 10 digits
    '1.2.246.562.10.1234567890123456789012345', // 25 digits
    '1.2.246.562.24.00000000001', // a henkilö oid
    '1.2.246.562.15.00000000001', // an opiskeluoikeus oid
    '1.2.246.562.10.5225108718a',
    ' 1.2.246.562.10.52251087186',
  ])('%s is not an organisation oid', (oid) => {
    expect(schema((o) => (o.suoritukset[0].toimipiste.oid = oid))).toEqual([['S-13', 'regularExpressionMismatch', `${S}.toimipiste.oid`]])
  })

  it.each(['1.2.246.562.10.12345678901', '1.2.246.562.99.123456789012345678901234', '1.2.246.562.199.00000000001'])('%s is an organisation oid', (oid) => {
    expect(schema((o) => (o.koulutustoimija.oid = oid))).toEqual([])
  })

  it('every organisation field is checked: koulutustoimija, toimipiste, myöntäjäOrganisaatio, a myöntäjäHenkilö’s organisaatio', () => {
    expect(
      schema((o) => {
        o.koulutustoimija.oid = 'x'
        o.suoritukset[0].toimipiste.oid = 'x'
        o.suoritukset[0].vahvistus.myöntäjäOrganisaatio.oid = 'x'
        o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].organisaatio.oid = 'x'
      }),
    ).toEqual([
      ['S-13', 'regularExpressionMismatch', `${S}.toimipiste.oid`],
      ['S-13', 'regularExpressionMismatch', `${S}.vahvistus.myöntäjäOrganisaatio.oid`],
      ['S-13', 'regularExpressionMismatch', `${S}.vahvistus.myöntäjäHenkilöt[0].organisaatio.oid`],
      ['S-13', 'regularExpressionMismatch', `${P}.koulutustoimija.oid`],
    ])
  })

  it('the opiskeluoikeus oid is any non-empty string here (its format and existence need KOSKI)', () => {
    expect(schema((o) => (o.oid = 'vanha-oid'))).toEqual([])
  })
})

describe('S-14 — y-tunnus', () => {
  it.each(['1234567-8', '0201256-6'])('%s passes', (yTunnus) => {
    expect(schema((o) => (o.koulutustoimija.yTunnus = yTunnus))).toEqual([])
  })

  it.each(['12345678', '123456-7', '1234567-89', 'FI12345678', '1234567 8'])('%s → regularExpressionMismatch', (yTunnus) => {
    expect(schema((o) => (o.koulutustoimija.yTunnus = yTunnus))).toEqual([['S-14', 'regularExpressionMismatch', `${P}.koulutustoimija.yTunnus`]])
  })

  it('also in a Yritys (myöntäjäOrganisaatio)', () => {
    expect(schema((o) => (o.suoritukset[0].vahvistus.myöntäjäOrganisaatio = { nimi: { fi: 'Yritys Oy' }, yTunnus: '1234567' }))).toEqual([
      ['S-14', 'regularExpressionMismatch', `${S}.vahvistus.myöntäjäOrganisaatio.yTunnus`],
    ])
  })
})
