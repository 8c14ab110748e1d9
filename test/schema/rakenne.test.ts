/** S-1 … S-4 on the TUVA study right: unknown keys, synthetic fields, required fields and null, empty strings, dates, types. */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY } from '../../src'
import { P, S, byRule, muokattu, oo, run, validTuvaOppija } from '../support'

type Json = ReturnType<typeof validTuvaOppija>

const schema = (doc: Json) => run(doc).findings.filter((f) => f.key === JSON_SCHEMA_KEY).map((f) => [f.rule, f.errorType, f.path])

describe('S-1 — unknown property', () => {
  it.each<[string, (o: Json) => void, string]>([
    ['on the study right', (o) => (o.tuntematon = 1), `${P}.tuntematon`],
    ['sisältyyOpiskeluoikeuteen on TUVA', (o) => (o.sisältyyOpiskeluoikeuteen = { oid: '1.2.246.562.15.00000000001', oppilaitos: { oid: '1.2.246.562.10.52251087186' } }), `${P}.sisältyyOpiskeluoikeuteen`],
    ['ostettu (ammatillinen only) on TUVA', (o) => (o.ostettu = false), `${P}.ostettu`],
    ['on tila', (o) => (o.tila.alku = '2021-08-01'), `${P}.tila.alku`],
    ['on a jakso', (o) => (o.tila.opiskeluoikeusjaksot[1].loppu = '2022-08-01'), `${P}.tila.opiskeluoikeusjaksot[1].loppu`],
    ['on a koodi', (o) => (o.järjestämislupa.koodistoVersion = 1), `${P}.järjestämislupa.koodistoVersion`],
    ['alkamispäivä on the TUVA päätaso', (o) => (o.suoritukset[0].alkamispäivä = '2021-08-01'), `${S}.alkamispäivä`],
    ['arviointi on the TUVA päätaso', (o) => (o.suoritukset[0].arviointi = [{ arvosana: { koodiarvo: 'Hyväksytty', koodistoUri: 'arviointiasteikkotuva' }, päivä: '2021-12-31' }]), `${S}.arviointi`],
    ['on the koulutusmoduuli', (o) => (o.suoritukset[0].koulutusmoduuli.nimi = { fi: 'TUVA' }), `${S}.koulutusmoduuli.nimi`],
    ['on the laajuus', (o) => (o.suoritukset[0].koulutusmoduuli.laajuus.yksikkö2 = 'vk'), `${S}.koulutusmoduuli.laajuus.yksikkö2`],
    ['on the toimipiste', (o) => (o.suoritukset[0].toimipiste.osoite = 'Hattulantie 2'), `${S}.toimipiste.osoite`],
    ['on the vahvistus', (o) => (o.suoritukset[0].vahvistus.allekirjoitus = 'x'), `${S}.vahvistus.allekirjoitus`],
    ['on a myöntäjäHenkilö', (o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].sähköposti = 'x@y.fi'), `${S}.vahvistus.myöntäjäHenkilöt[0].sähköposti`],
    ['osasuoritukset on a 101', (o) => (o.suoritukset[0].osasuoritukset[0].osasuoritukset = []), `${S}.osasuoritukset[0].osasuoritukset`],
    ['vahvistus on an osasuoritus', (o) => (o.suoritukset[0].osasuoritukset[0].vahvistus = { päivä: '2021-12-31' }), `${S}.osasuoritukset[0].vahvistus`],
    ['on an arviointi', (o) => (o.suoritukset[0].osasuoritukset[0].arviointi[0].arvioitsijat = []), `${S}.osasuoritukset[0].arviointi[0].arvioitsijat`],
    ['on a 104 kurssi', (o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[1].alkamispäivä = '2021-09-01'), `${S}.osasuoritukset[6].osasuoritukset[1].alkamispäivä`],
    ['osasuoritukset on a 104 kurssi', (o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[1].osasuoritukset = [{}]), `${S}.osasuoritukset[6].osasuoritukset[1].osasuoritukset`],
    ['on tunnustettu', (o) => (o.suoritukset[0].osasuoritukset[5].tunnustettu.päivä = '2021-01-01'), `${S}.osasuoritukset[5].tunnustettu.päivä`],
    ['on lähdejärjestelmänId', (o) => (o.lähdejärjestelmänId.versio = 2), `${P}.lähdejärjestelmänId.versio`],
    ['on a maksuttomuus jakso', (o) => (o.lisätiedot.maksuttomuus[0].maksullinen = false), `${P}.lisätiedot.maksuttomuus[0].maksullinen`],
  ])('%s', (_, change, path) => {
    const report = run(muokattu(change))
    expect(report.findings).toEqual([expect.objectContaining({ severity: 'error', key: JSON_SCHEMA_KEY, rule: 'S-1', errorType: 'unexpectedProperty', path })])
    // the message names the key and the class; the hint suggests the closest field or names the class' own fields
    const key = path.slice(path.lastIndexOf('.') + 1)
    const { message, hint } = report.findings[0]!
    expect(message.fi).toMatch(new RegExp(`^Tuntematon kenttä ${key} \\(luokka \\S+\\)$`))
    expect(message.sv).toMatch(new RegExp(`^Okänt fält ${key} \\(klass \\S+\\)$`))
    expect(message.en).toMatch(new RegExp(`^Unknown field ${key} \\(class \\S+\\)$`))
    expect(hint?.en).toMatch(/^(Did you mean field \S+\? Correct the name or remove the field: class \S+ has no such field|Remove the field or correct its name; the fields of class \S+: .+)$/)
    expect(report.valid).toBe(false)
  })

  it('an unknown key with value null is ignored at any depth', () => {
    expect(
      schema(
        muokattu((o) => {
          o.tuntematon = null
          o.suoritukset[0].alkamispäivä = null
          o.tila.opiskeluoikeusjaksot[0].loppu = null
        }),
      ),
    ).toEqual([])
  })

  it('keys are matched exactly (case and Finnish letters)', () => {
    expect(schema(muokattu((o) => (o.Tila = o.tila)))).toEqual([['S-1', 'unexpectedProperty', `${P}.Tila`]])
    expect(schema(muokattu((o) => (o.jarjestamislupa = o.järjestämislupa)))).toEqual([['S-1', 'unexpectedProperty', `${P}.jarjestamislupa`]])
  })

  it('the hint suggests the closest field of the class (case and the dots of ä, ö, å aside, a few edits), else names its fields', () => {
    const hint = (change: (o: Json) => void) => run(muokattu(change)).findings.find((f) => f.rule === 'S-1')!.hint!
    expect(hint((o) => (o.Tila = o.tila))).toEqual({
      fi: 'Tarkoititko kenttää tila? Korjaa nimi tai poista kenttä: luokalla TutkintokoulutukseenValmentavanOpiskeluoikeus ei ole tätä kenttää',
      sv: 'Menade du fältet tila? Rätta namnet eller ta bort fältet: klassen TutkintokoulutukseenValmentavanOpiskeluoikeus har inget sådant fält',
      en: 'Did you mean field tila? Correct the name or remove the field: class TutkintokoulutukseenValmentavanOpiskeluoikeus has no such field',
    })
    expect(hint((o) => (o.jarjestamislupa = o.järjestämislupa)).en).toMatch(/^Did you mean field järjestämislupa\?/)
    expect(hint((o) => (o.lisätiedt = o.lisätiedot)).en).toMatch(/^Did you mean field lisätiedot\?/)
    expect(hint((o) => (o.suoritukset[0].koulutusmoduuli.laajuus.yksikö = 'vk')).en).toMatch(/^Did you mean field yksikkö\?/)
    const kaukana = hint((o) => (o.tuntematon = 1))
    expect(kaukana.en).toMatch(/^Remove the field or correct its name; the fields of class TutkintokoulutukseenValmentavanOpiskeluoikeus: .*\btila\b/)
    expect(kaukana.fi).toMatch(/^Poista kenttä tai korjaa sen nimi; luokan TutkintokoulutukseenValmentavanOpiskeluoikeus kentät: /)
    expect(kaukana.sv).toMatch(/^Ta bort fältet eller rätta dess namn; fälten i klassen TutkintokoulutukseenValmentavanOpiskeluoikeus: /)
  })

  it('an unknown key that looks like an index is written as a key, not as [n]', () => {
    expect(schema(muokattu((o) => (o['0'] = 1)))).toEqual([['S-1', 'unexpectedProperty', `${P}.0`]])
  })
})

describe('synthetic and ignored fields are allowed', () => {
  it('opiskeluoikeus alkamispäivä/päättymispäivä, arviointi hyväksytty, koodi nimi/lyhytNimi/koodistoVersio, suoritus tila, aikaleima, organisaatiohistoria, koulutustyyppi', () => {
    const doc = muokattu((o) => {
      o.alkamispäivä = '2021-08-01'
      o.päättymispäivä = '2022-08-01'
      o.aikaleima = '2022-08-02T10:00:00.000'
      o.versionumero = 3
      o.oid = '1.2.246.562.15.00000000001'
      o.organisaatiohistoria = [{ muutospäivä: '2022-01-01', oppilaitos: { oid: '1.2.246.562.10.52251087186' } }]
      o.järjestämislupa.nimi = { fi: 'Ammatillisen koulutuksen järjestämislupa (TUVA)' }
      o.järjestämislupa.lyhytNimi = { fi: 'Ammatillinen' }
      o.järjestämislupa.koodistoVersio = 1
      o.suoritukset[0].tila = { koodiarvo: 'VALMIS', koodistoUri: 'suorituksentila' }
      o.suoritukset[0].koulutusmoduuli.koulutustyyppi = { koodiarvo: '40', koodistoUri: 'koulutustyyppi' }
      o.suoritukset[0].osasuoritukset[0].tila = { koodiarvo: 'VALMIS', koodistoUri: 'suorituksentila' }
      o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].tila = { koodiarvo: 'VALMIS', koodistoUri: 'suorituksentila' }
      o.suoritukset[0].osasuoritukset[0].arviointi[0].hyväksytty = false // recomputed by KOSKI: not checked
      o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.tunniste.koodistoUri = 'jotain' // dropped by KOSKI
    })
    const report = run(doc)
    expect(schema(doc)).toEqual([])
    expect(report.valid).toBe(true)
  })

  it('@DefaultValue fields may be omitted (koulutusvienti, pidennettyPäättymispäivä, rahoituksenPiirissä)', () => {
    const doc = muokattu((o) => {
      delete o.lisätiedot.koulutusvienti
      delete o.lisätiedot.pidennettyPäättymispäivä
      delete o.suoritukset[0].osasuoritukset[5].tunnustettu.rahoituksenPiirissä
    })
    expect(schema(doc)).toEqual([])
  })

  it('tunnustettu.osaaminen may be any suoritus: only its discriminator tyyppi (a suorituksentyyppi code) is checked, else notAnyOf', () => {
    const T = `${S}.osasuoritukset[5].tunnustettu.osaaminen`
    const osaaminen = (u: unknown) => schema(muokattu((o) => (o.suoritukset[0].osasuoritukset[5].tunnustettu.osaaminen = u)))
    expect(osaaminen({ tyyppi: { koodiarvo: 'ammatillinentutkintoosittainen', koodistoUri: 'suorituksentyyppi' }, mitä: 'tahansa' })).toEqual([])
    expect(osaaminen({ mitä: 'tahansa', tyyppi: 42 })).toEqual([['S-8', 'notAnyOf', T]])
    expect(osaaminen({ tyyppi: { koodiarvo: 'eiTällaista', koodistoUri: 'suorituksentyyppi' } })).toEqual([['S-8', 'notAnyOf', T]])
    expect(osaaminen('lukio')).toEqual([['S-8', 'notAnyOf', T]])
  })
})

describe('S-2 — missing required property; null is missing for a required field and absent for an optional one', () => {
  it.each<[string, (o: Json) => void, string]>([
    ['tila', (o) => delete o.tila, `${P}.tila`],
    ['tila.opiskeluoikeusjaksot', (o) => (o.tila = {}), `${P}.tila.opiskeluoikeusjaksot`],
    ['suoritukset: null', (o) => (o.suoritukset = null), `${P}.suoritukset`],
    ['jakso alku: null', (o) => (o.tila.opiskeluoikeusjaksot[0].alku = null), `${P}.tila.opiskeluoikeusjaksot[0].alku`],
    ['jakso tila', (o) => delete o.tila.opiskeluoikeusjaksot[0].tila, `${P}.tila.opiskeluoikeusjaksot[0].tila`],
    ['koodiarvo of a koodi', (o) => delete o.tila.opiskeluoikeusjaksot[0].tila.koodiarvo, `${P}.tila.opiskeluoikeusjaksot[0].tila.koodiarvo`],
    ['koodistoUri of a koodi', (o) => delete o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodistoUri, `${P}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodistoUri`],
    ['päätaso koulutusmoduuli', (o) => delete o.suoritukset[0].koulutusmoduuli, `${S}.koulutusmoduuli`],
    ['päätaso tunniste (the fixed 999908 must be sent)', (o) => delete o.suoritukset[0].koulutusmoduuli.tunniste, `${S}.koulutusmoduuli.tunniste`],
    ['päätaso toimipiste', (o) => delete o.suoritukset[0].toimipiste, `${S}.toimipiste`],
    ['päätaso suorituskieli', (o) => (o.suoritukset[0].suorituskieli = null), `${S}.suorituskieli`],
    ['laajuus.yksikkö', (o) => delete o.suoritukset[0].koulutusmoduuli.laajuus.yksikkö, `${S}.koulutusmoduuli.laajuus.yksikkö`],
    ['laajuus.arvo', (o) => delete o.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo, `${S}.osasuoritukset[0].koulutusmoduuli.laajuus.arvo`],
    ['arviointi arvosana', (o) => delete o.suoritukset[0].osasuoritukset[0].arviointi[0].arvosana, `${S}.osasuoritukset[0].arviointi[0].arvosana`],
    ['arviointi päivä', (o) => delete o.suoritukset[0].osasuoritukset[0].arviointi[0].päivä, `${S}.osasuoritukset[0].arviointi[0].päivä`],
    ['kurssi tyyppi', (o) => delete o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].tyyppi, `${S}.osasuoritukset[6].osasuoritukset[0].tyyppi`],
    ['kurssi nimi', (o) => delete o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.nimi, `${S}.osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.nimi`],
    ['paikallinen tunniste nimi', (o) => delete o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.tunniste.nimi, `${S}.osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.tunniste.nimi`],
    ['vahvistus päivä', (o) => delete o.suoritukset[0].vahvistus.päivä, `${S}.vahvistus.päivä`],
    ['vahvistus myöntäjäOrganisaatio', (o) => delete o.suoritukset[0].vahvistus.myöntäjäOrganisaatio, `${S}.vahvistus.myöntäjäOrganisaatio`],
    ['vahvistus myöntäjäHenkilöt', (o) => delete o.suoritukset[0].vahvistus.myöntäjäHenkilöt, `${S}.vahvistus.myöntäjäHenkilöt`],
    ['Organisaatiohenkilö titteli', (o) => delete o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].titteli, `${S}.vahvistus.myöntäjäHenkilöt[0].titteli`],
    ['Organisaatiohenkilö organisaatio', (o) => delete o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].organisaatio, `${S}.vahvistus.myöntäjäHenkilöt[0].organisaatio`],
    ['oppilaitos oid', (o) => delete o.oppilaitos.oid, `${P}.oppilaitos.oid`],
    ['lähdejärjestelmänId.lähdejärjestelmä', (o) => delete o.lähdejärjestelmänId.lähdejärjestelmä, `${P}.lähdejärjestelmänId.lähdejärjestelmä`],
    ['maksuttomuus maksuton', (o) => delete o.lisätiedot.maksuttomuus[0].maksuton, `${P}.lisätiedot.maksuttomuus[0].maksuton`],
    ['maksuttomuus alku', (o) => (o.lisätiedot.maksuttomuus[0].alku = null), `${P}.lisätiedot.maksuttomuus[0].alku`],
    ['pidennys loppu', (o) => (o.lisätiedot.oikeuttaMaksuttomuuteenPidennetty = [{ alku: '2021-09-01' }]), `${P}.lisätiedot.oikeuttaMaksuttomuuteenPidennetty[0].loppu`],
    ['tunnustettu selite', (o) => delete o.suoritukset[0].osasuoritukset[5].tunnustettu.selite, `${S}.osasuoritukset[5].tunnustettu.selite`],
  ])('%s → missingProperty', (_, change, path) => {
    const report = run(muokattu(change))
    expect(report.findings).toEqual([expect.objectContaining({ severity: 'error', key: JSON_SCHEMA_KEY, rule: 'S-2', errorType: 'missingProperty', path })])
    expect(report.findings[0]!.message.fi).toBe('Pakollinen tieto puuttuu')
  })

  it('järjestämislupa missing or null → missingProperty; the lisätiedot then fit no class → notAnyOf there too (as in KOSKI)', () => {
    for (const change of [(o: Json) => delete o.järjestämislupa, (o: Json) => (o.järjestämislupa = null)]) {
      expect(schema(muokattu(change))).toEqual([
        ['S-2', 'missingProperty', `${P}.järjestämislupa`],
        ['S-8', 'notAnyOf', `${P}.lisätiedot`],
      ])
    }
    expect(schema(muokattu((o) => {
      delete o.järjestämislupa
      delete o.lisätiedot
    }))).toEqual([['S-2', 'missingProperty', `${P}.järjestämislupa`]])
  })

  it('a discriminator of a union member (päätaso or osasuoritus tyyppi) missing → notAnyOf at the suoritus, not missingProperty', () => {
    expect(schema(muokattu((o) => delete o.suoritukset[0].tyyppi))).toEqual([['S-8', 'notAnyOf', S]])
    expect(schema(muokattu((o) => delete o.suoritukset[0].osasuoritukset[1].tyyppi))).toEqual([['S-8', 'notAnyOf', `${S}.osasuoritukset[1]`]])
  })

  it('optional fields given as null are absent: no structural finding', () => {
    const doc = muokattu((o) => {
      o.oid = null
      o.lisätiedot = null
      o.koulutustoimija = null
      o.arvioituPäättymispäivä = null
      o.tila.opiskeluoikeusjaksot[0].opintojenRahoitus = null
      o.suoritukset[0].osasuoritukset[0].arviointi = null
      o.suoritukset[0].osasuoritukset[0].suorituskieli = null
      o.suoritukset[0].osasuoritukset[6].koulutusmoduuli.laajuus = null
    })
    expect(schema(doc)).toEqual([])
  })

  it('vahvistus: null is absent, so a valmistunut study right misses its vahvistus (G-STAT-4)', () => {
    const report = run(muokattu((o) => (o.suoritukset[0].vahvistus = null)))
    expect(report.findings.filter((f) => f.key === JSON_SCHEMA_KEY)).toEqual([])
    expect(byRule(report, 'G-STAT-4')).toHaveLength(1)
  })

  it('perusteenDiaarinumero is optional in the schema (T-DIAARI-1 asks for it)', () => {
    expect(schema(muokattu((o) => delete o.suoritukset[0].koulutusmoduuli.perusteenDiaarinumero))).toEqual([])
  })
})

describe('S-3 — empty string', () => {
  it('"Kun yritetään lisätä opiskeluoikeus tyhjällä diaarinumerolla": perusteenDiaarinumero "" → emptyString', () => {
    const report = run(muokattu((o) => (o.suoritukset[0].koulutusmoduuli.perusteenDiaarinumero = '')))
    expect(report.findings).toEqual([
      expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-3', errorType: 'emptyString', path: `${S}.koulutusmoduuli.perusteenDiaarinumero` }),
    ])
    expect(report.findings[0]!.message.fi).toBe('Tyhjä merkkijono ei ole sallittu')
  })

  it.each<[string, (o: Json) => void, string]>([
    ['a LocalizedString text', (o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.nimi.fi = ''), `${S}.osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.nimi.fi`],
    ['a koodiarvo', (o) => (o.tila.opiskeluoikeusjaksot[0].tila.koodiarvo = ''), `${P}.tila.opiskeluoikeusjaksot[0].tila.koodiarvo`],
    ['a paikallinen koodiarvo', (o) => (o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.tunniste.koodiarvo = ''), `${S}.osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.tunniste.koodiarvo`],
    ['lähdejärjestelmänId.id', (o) => (o.lähdejärjestelmänId.id = ''), `${P}.lähdejärjestelmänId.id`],
    ['the opiskeluoikeus oid', (o) => (o.oid = ''), `${P}.oid`],
    ['a myöntäjäHenkilö nimi', (o) => (o.suoritukset[0].vahvistus.myöntäjäHenkilöt[0].nimi = ''), `${S}.vahvistus.myöntäjäHenkilöt[0].nimi`],
  ])('%s', (_, change, path) => {
    expect(schema(muokattu(change))).toEqual([['S-3', 'emptyString', path]])
  })
})

describe('S-4 — dates are calendar dates yyyy-MM-dd', () => {
  it('"Päivämääräformaatti virheellinen": "2015-01.12" → dateFormatMismatch', () => {
    const report = run(muokattu((o) => (o.tila.opiskeluoikeusjaksot[0].alku = '2015-01.12')))
    expect(report.findings).toEqual([
      expect.objectContaining({ key: JSON_SCHEMA_KEY, rule: 'S-4', errorType: 'dateFormatMismatch', path: `${P}.tila.opiskeluoikeusjaksot[0].alku` }),
    ])
  })

  it.each(['2025-02-29', '2023-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-08-00', '2021-8-1', '21-08-01', '2021-08-01T00:00:00', ' 2021-08-01', '2021/08/01', '1.8.2021'])(
    '%s is not a date',
    (date) => {
      expect(schema(muokattu((o) => (o.suoritukset[0].vahvistus.päivä = date)))).toEqual([['S-4', 'dateFormatMismatch', `${S}.vahvistus.päivä`]])
    },
  )

  it.each(['2024-02-29', '2000-02-29', '2021-12-31'])('%s is a date', (date) => {
    expect(schema(muokattu((o) => (o.arvioituPäättymispäivä = date)))).toEqual([])
  })

  it('a date that is not a string → a structural error', () => {
    const findings = run(muokattu((o) => (o.tila.opiskeluoikeusjaksot[0].alku = 20210801))).findings
    expect(findings).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, path: `${P}.tila.opiskeluoikeusjaksot[0].alku` })])
  })

  it('every date field is checked: arviointi, arvioituPäättymispäivä, lisätiedot jaksot', () => {
    expect(
      schema(
        muokattu((o) => {
          o.arvioituPäättymispäivä = '2023-02-29'
          o.suoritukset[0].osasuoritukset[6].osasuoritukset[1].arviointi[0].päivä = '2021-02-30'
          o.lisätiedot.erityinenTuki[0].loppu = '2022-06-31'
        }),
      ),
    ).toEqual([
      ['S-4', 'dateFormatMismatch', `${S}.osasuoritukset[6].osasuoritukset[1].arviointi[0].päivä`],
      ['S-4', 'dateFormatMismatch', `${P}.arvioituPäättymispäivä`],
      ['S-4', 'dateFormatMismatch', `${P}.lisätiedot.erityinenTuki[0].loppu`],
    ])
  })
})

describe('wrong types', () => {
  it.each<[string, (o: Json) => void, string]>([
    ['tila as a list', (o) => (o.tila = []), `${P}.tila`],
    ['opiskeluoikeusjaksot as an object', (o) => (o.tila.opiskeluoikeusjaksot = {}), `${P}.tila.opiskeluoikeusjaksot`],
    ['suoritukset as an object', (o) => (o.suoritukset = o.suoritukset[0]), `${P}.suoritukset`],
    ['a jakso as a string', (o) => (o.tila.opiskeluoikeusjaksot[0] = 'lasna'), `${P}.tila.opiskeluoikeusjaksot[0]`],
    ['laajuus.arvo as a boolean', (o) => (o.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = true), `${S}.osasuoritukset[0].koulutusmoduuli.laajuus.arvo`],
    ['laajuus.arvo as a text that is no number', (o) => (o.suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = 'kaksi'), `${S}.osasuoritukset[0].koulutusmoduuli.laajuus.arvo`],
    ['koodistoVersio as a decimal text (Int reads digits only)', (o) => (o.järjestämislupa.koodistoVersio = '1.0'), `${P}.järjestämislupa.koodistoVersio`],
    ['versionumero beyond 32 bits as a text', (o) => (o.versionumero = '3000000000'), `${P}.versionumero`],
    ['koulutusvienti as a string', (o) => (o.lisätiedot.koulutusvienti = 'false'), `${P}.lisätiedot.koulutusvienti`],
    ['maksuton as a number', (o) => (o.lisätiedot.maksuttomuus[0].maksuton = 1), `${P}.lisätiedot.maksuttomuus[0].maksuton`],
    ['koodiarvo as an object', (o) => (o.tila.opiskeluoikeusjaksot[0].tila.koodiarvo = { arvo: 'lasna' }), `${P}.tila.opiskeluoikeusjaksot[0].tila.koodiarvo`],
    ['a string as a list', (o) => (o.oid = ['1.2.246.562.15.00000000001']), `${P}.oid`],
  ])('%s → unexpectedType', (_, change, path) => {
    const findings = run(muokattu(change)).findings
    expect(findings).toEqual([expect.objectContaining({ key: JSON_SCHEMA_KEY, errorType: 'unexpectedType', path })])
  })
})

describe('values of a union position that are not objects → notAnyOf', () => {
  it.each<[string, (o: Json) => void, string]>([
    ['lisätiedot as a list', (o) => (o.lisätiedot = []), `${P}.lisätiedot`],
    ['a päätaso as a string', (o) => (o.suoritukset[0] = 'tuva'), S],
    ['an osasuoritus as null', (o) => (o.suoritukset[0].osasuoritukset[2] = null), `${S}.osasuoritukset[2]`],
  ])('%s', (_, change, path) => {
    expect(schema(muokattu(change))).toEqual([['S-8', 'notAnyOf', path]])
  })
})

describe('fields KOSKI reads and then overwrites are still checked for their shape', () => {
  it('aikaleima and lähdejärjestelmäkytkentäPurettu.purettu are LocalDateTimes yyyy-MM-ddTHH:mm[:ss[.f]]', () => {
    for (const ok of ['2022-08-02T10:00', '2022-08-02T10:00:59', '2022-08-02T23:59:59.123456789']) {
      expect(schema(muokattu((o) => (o.aikaleima = ok)))).toEqual([])
    }
    for (const bad of ['2022-08-02', '2022-08-02T24:00:00', '2022-02-30T10:00:00', '2022-08-02T10:00:00Z', '2022-08-02 10:00:00', 1660000000000]) {
      const report = run(muokattu((o) => (o.aikaleima = bad)))
      expect(report.findings.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-4', 'dateFormatMismatch', `${P}.aikaleima`]])
      expect(report.findings[0]!.message.fi).toContain('yyyy-MM-ddTHH:mm:ss')
    }
    expect(schema(muokattu((o) => (o.lähdejärjestelmäkytkentäPurettu = { purettu: '2023-01-01' })))).toEqual([
      ['S-4', 'dateFormatMismatch', `${P}.lähdejärjestelmäkytkentäPurettu.purettu`],
    ])
  })

  it('organisaatiohistoria is a list of { muutospäivä, oppilaitos?, koulutustoimija? }', () => {
    expect(
      schema(
        muokattu((o) => (o.organisaatiohistoria = [{ muutospäivä: '2022-01-01', oppilaitos: { oid: '1.2.246.562.10.52251087186' }, koulutustoimija: { oid: '1.2.246.562.10.346830761110' } }])),
      ),
    ).toEqual([])
    expect(schema(muokattu((o) => (o.organisaatiohistoria = [{ oppilaitos: { oid: 'x' }, syy: 'fuusio' }])))).toEqual([
      ['S-1', 'unexpectedProperty', `${P}.organisaatiohistoria[0].syy`],
      ['S-2', 'missingProperty', `${P}.organisaatiohistoria[0].muutospäivä`],
      ['S-13', 'regularExpressionMismatch', `${P}.organisaatiohistoria[0].oppilaitos.oid`],
    ])
  })
})

describe('all structural findings are listed at once', () => {
  it('three independent structural errors → three findings, and no rule runs', () => {
    const doc = muokattu((o) => {
      o.tuntematon = 1 // S-1
      o.tila.opiskeluoikeusjaksot[0].alku = '2021-02-29' // S-4
      o.suoritukset[0].koulutusmoduuli.perusteenDiaarinumero = '' // S-3
      o.tila.opiskeluoikeusjaksot.push({ alku: '2020-01-01', tila: { koodiarvo: 'lasna', koodistoUri: 'koskiopiskeluoikeudentila' } }) // rules would complain
      delete o.lähdejärjestelmänId // G-LJ-1 would complain
    })
    const report = run(doc)
    expect(report.findings.map((f) => [f.rule, f.errorType, f.path])).toEqual([
      ['S-1', 'unexpectedProperty', `${P}.tuntematon`],
      ['S-4', 'dateFormatMismatch', `${P}.tila.opiskeluoikeusjaksot[0].alku`],
      ['S-3', 'emptyString', `${S}.koulutusmoduuli.perusteenDiaarinumero`],
    ])
    expect(report.findings.every((f) => f.key === JSON_SCHEMA_KEY && f.severity === 'error')).toBe(true)
    expect(report.skipped).toEqual([])
  })

  it('several errors inside one object are all reported', () => {
    const doc = muokattu((o) => {
      o.tila.opiskeluoikeusjaksot[0] = { alku: 'eilen', tila: { koodiarvo: 'läsnä', koodistoUri: 'koskiopiskeluoikeudentila' }, opintojenRahoitus: { koodiarvo: '2', koodistoUri: 'opintojenrahoitus' }, x: 1 }
    })
    expect(schema(doc)).toEqual([
      ['S-1', 'unexpectedProperty', `${P}.tila.opiskeluoikeusjaksot[0].x`],
      ['S-4', 'dateFormatMismatch', `${P}.tila.opiskeluoikeusjaksot[0].alku`],
      ['S-6', 'enumValueMismatch', `${P}.tila.opiskeluoikeusjaksot[0].tila.koodiarvo`],
      ['S-6', 'enumValueMismatch', `${P}.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo`],
    ])
  })
})

describe('the codecs used directly (io-ts API)', () => {
  it('decode gives the same failures each time, with their own paths (the context is extended in place and restored)', async () => {
    const { TutkintokoulutukseenValmentavanOpiskeluoikeus } = await import('../../src')
    const bare = oo(
      muokattu((o) => {
        o.tila.opiskeluoikeusjaksot[1].alku = '2022-13-01'
        o.suoritukset[0].osasuoritukset[6].osasuoritukset[0].koulutusmoduuli.nimi.fi = ''
      }),
    )
    const paths = () => {
      const r = TutkintokoulutukseenValmentavanOpiskeluoikeus.decode(bare)
      return r._tag === 'Left' ? r.left.map((e) => e.context.map((x) => x.key).join('/')) : []
    }
    const first = paths()
    expect(first).toEqual(['/tila/opiskeluoikeusjaksot/1/alku', '/suoritukset/0/osasuoritukset/6/osasuoritukset/0/koulutusmoduuli/nimi/fi'])
    expect(paths()).toEqual(first)
  })

  it('a frozen context given by a caller is not extended', async () => {
    const { TutkintokoulutukseenValmentavanOpiskeluoikeus } = await import('../../src')
    const bare = oo(validTuvaOppija())
    const context = Object.freeze([{ key: '', type: TutkintokoulutukseenValmentavanOpiskeluoikeus, actual: bare }])
    expect(TutkintokoulutukseenValmentavanOpiskeluoikeus.validate(bare, context)._tag).toBe('Right')
    expect(context).toHaveLength(1)
  })
})
