/** MK-REL-1 on TUVA documents shaped like MaksuttomuusSpec › "Tiedon siirtäminen", and on other types structurally. */
import { describe, expect, it } from 'vitest'
import { maksuttomuustietoRelevantti } from '../../src/rules/maksuttomuus'
import { maksuttomuusContext, LAIN_PIIRISSÄ, mk, mkKeys, runMk, maksuttomuusTuva } from '../support'

const ERR = 'badRequest.validation'
const ALKU = 'Tieto koulutuksen maksuttomuudesta ei ole relevantti tässä opiskeluoikeudessa, sillä '

const relMessage = (report: ReturnType<typeof runMk>): string | undefined => mk(report).find((f) => f.rule === 'MK-REL-1')?.message.fi

describe('MK-REL-1 — maksuttomuus given where it is not relevant', () => {
  it('KOSKI spec: "Saa siirtää jos opiskeluoikeus on alkanut ennen 1.1.2021" (no start-date rule)', () => {
    const report = runMk(maksuttomuusTuva({ alku: '2020-12-31', päättyy: null, maksuttomuus: [{ alku: '2020-12-31', maksuton: true }] }))
    expect(mk(report)).toEqual([])
  })

  it('KOSKI spec: "Ei saa siirtää jos henkilö on syntynyt ennen vuotta 2004" (h)', () => {
    const report = runMk(maksuttomuusTuva(), { birthDate: '2003-12-31' })
    expect(mkKeys(report)).toEqual([`MK-REL-1 ${ERR}`])
    expect(mk(report)[0]).toMatchObject({
      severity: 'error',
      path: 'opiskeluoikeudet[0].lisätiedot.maksuttomuus',
      message: { fi: `${ALKU}oppija on syntynyt ennen vuotta 2004 eikä tästä syystä kuulu laajennetun oppivelvollisuuden piiriin.` },
    })
  })

  it('KOSKI spec: "Ei saa siirtää jos opiskeluoikeus on alkamassa vuonna, jona henkilö täyttää 21 tai enemmän" (b)', () => {
    const report = runMk(maksuttomuusTuva({ alku: '2025-01-01', päättyy: null }))
    expect(relMessage(report)).toBe(`${ALKU}opiskeluoikeus on merkitty alkavaksi vuonna, jona oppija täyttää enemmän kuin 20 vuotta.`)
    // the last day of the year the learner turns 20 is still fine
    expect(relMessage(runMk(maksuttomuusTuva({ alku: '2024-12-31', päättyy: null })))).toBeUndefined()
  })

  it('KOSKI spec: "Ei saa siirtää jos opiskeluoikeus ei sisällä suoritusta joka vaatii maksuttomuus tiedon" (a), on a muu ammatillinen study right', () => {
    const doc = maksuttomuusTuva().opiskeluoikeudet[0]
    doc.tyyppi.koodiarvo = 'ammatillinenkoulutus'
    doc.suoritukset[0].tyyppi.koodiarvo = 'muuammatillinenkoulutus'
    const findings = maksuttomuustietoRelevantti.check(doc, maksuttomuusContext({ birthDate: '2004-05-27' }))
    expect(findings.map((f) => [f.rule, f.key, f.message.fi])).toEqual([
      [
        'MK-REL-1',
        ERR,
        `${ALKU}koulutus ei siirrettyjen tietojen perusteella kelpaa oppivelvollisuuden suorittamiseen (tarkista, että koulutuskoodi, käytetyn opetussuunnitelman perusteen diaarinumero, suorituksen tyyppi ja/tai suoritustapa ovat oikein).`,
      ],
    ])
  })

  it('KOSKI spec: "Oppijalla ei ole hetua" (e): TäydellisetHenkilötiedot without a hetu', () => {
    const henkilö = { oid: '1.2.246.562.24.00000000001', etunimet: 'Nuori', kutsumanimi: 'Nuori', sukunimi: 'Hetuton' }
    const report = runMk(maksuttomuusTuva({ henkilö }), { birthDate: '2004-05-27' })
    expect(mkKeys(report)).toEqual([`MK-REL-1 ${ERR}`])
    expect(relMessage(report)).toBe(`${ALKU}oppijan tiedoista ei löydy henkilötunnusta.`)
  })

  it('(e) for an OidHenkilö only when the caller says the learner has no hetu (KOSKI knows it from oppijanumerorekisteri)', () => {
    const doc = maksuttomuusTuva({ henkilö: { oid: '1.2.246.562.24.00000000001' } })
    expect(mk(runMk(doc, { birthDate: '2004-05-27' }))).toEqual([])
    expect(relMessage(runMk(doc, { birthDate: '2004-05-27', maksuttomuus: { ...LAIN_PIIRISSÄ, hetuton: true } }))).toBe(
      `${ALKU}oppijan tiedoista ei löydy henkilötunnusta.`,
    )
    // a UusiHenkilö always has one, whatever the option says
    expect(mk(runMk(maksuttomuusTuva(), { maksuttomuus: { ...LAIN_PIIRISSÄ, hetuton: true } }))).toEqual([])
  })

  describe('KOSKI spec: "Oppivelvollisuudesta vapautus" (d)', () => {
    const vapautettu = { maksuttomuus: { ...LAIN_PIIRISSÄ, vapautettuOppivelvollisuudesta: true } }
    it('maksuton = true is an error', () => {
      expect(relMessage(runMk(maksuttomuusTuva(), vapautettu))).toBe(`${ALKU}oppija on vapautettu oppivelvollisuudesta ja koulutusta yritettiin merkitä maksuttomaksi.`)
    })
    it('maksuton = false is fine', () => {
      expect(mk(runMk(maksuttomuusTuva({ maksuttomuus: [{ alku: '2021-08-01', maksuton: false }] }), vapautettu))).toEqual([])
    })
    it('a mitätöity or future vapautus is no vapautus (the fact is false): fine', () => {
      expect(mk(runMk(maksuttomuusTuva(), { maksuttomuus: { ...LAIN_PIIRISSÄ, vapautettuOppivelvollisuudesta: false } }))).toEqual([])
    })
  })

  it('KOSKI spec: "Siirto kun opiskelijalla perusopetuksen päättötodistus…" vahvistettu ennen 2021 (f)', () => {
    const report = runMk(maksuttomuusTuva(), { maksuttomuus: { ...LAIN_PIIRISSÄ, perusopetusSuoritettuEnnen2021: true } })
    expect(relMessage(report)).toBe(`${ALKU}oppija on suorittanut oppivelvollisuutensa ennen 1.1.2021 eikä tästä syystä kuulu laajennetun oppivelvollisuuden piiriin.`)
  })

  it('KOSKI spec: "Ei saa siirtää maksuttomuustietoja, jos oppijalla on lukuvuosimaksurahoitteinen opiskeluoikeus" (i)', () => {
    const report = runMk(maksuttomuusTuva(), { maksuttomuus: { ...LAIN_PIIRISSÄ, lukuvuosimaksullinenOpiskeluoikeus: true } })
    expect(relMessage(report)).toContain('oppijalla on lukuvuosimaksurahoitteinen opiskeluoikeus')
  })

  it('(i) from this document: a jakso funded by rahoitus 16 (an ammatillinen study right, structurally)', () => {
    const doc = maksuttomuusTuva().opiskeluoikeudet[0]
    doc.tyyppi.koodiarvo = 'ammatillinenkoulutus'
    doc.suoritukset[0].tyyppi.koodiarvo = 'ammatillinentutkinto'
    doc.tila.opiskeluoikeusjaksot[0].opintojenRahoitus.koodiarvo = '16'
    const findings = maksuttomuustietoRelevantti.check(doc, maksuttomuusContext({ birthDate: '2004-05-27' }))
    expect(findings[0]!.message.fi).toBe(
      `${ALKU}oppijalla on lukuvuosimaksurahoitteinen opiskeluoikeus eikä hän tästä syystä kuulu laajennetun oppivelvollisuuden piiriin.`,
    )
  })

  it('several reasons are joined with " ja " in KOSKI\'s order', () => {
    const henkilö = { oid: '1.2.246.562.24.00000000001', etunimet: 'A', kutsumanimi: 'A', sukunimi: 'B' }
    const report = runMk(maksuttomuusTuva({ henkilö, alku: '2024-01-02', päättyy: null, maksuttomuus: [{ alku: '2024-01-02', maksuton: true }] }), {
      birthDate: '2003-01-01',
      maksuttomuus: { perusopetusSuoritettuEnnen2021: true, lukuvuosimaksullinenOpiskeluoikeus: true, vapautettuOppivelvollisuudesta: true },
    })
    expect(relMessage(report)).toBe(
      ALKU +
        [
          'oppija on suorittanut oppivelvollisuutensa ennen 1.1.2021 eikä tästä syystä kuulu laajennetun oppivelvollisuuden piiriin',
          'oppija on syntynyt ennen vuotta 2004 eikä tästä syystä kuulu laajennetun oppivelvollisuuden piiriin',
          'oppijalla on lukuvuosimaksurahoitteinen opiskeluoikeus eikä hän tästä syystä kuulu laajennetun oppivelvollisuuden piiriin',
          'opiskeluoikeus on merkitty alkavaksi vuonna, jona oppija täyttää enemmän kuin 20 vuotta',
          'oppija on vapautettu oppivelvollisuudesta ja koulutusta yritettiin merkitä maksuttomaksi',
          'oppijan tiedoista ei löydy henkilötunnusta',
        ].join(' ja ') +
        '.',
    )
    const en = mk(report).find((f) => f.rule === 'MK-REL-1')!.message.en
    expect(en).toContain(' and the learner was born before 2004')
  })

  it('an extension alone counts as sent (path: the extension list)', () => {
    const report = runMk(maksuttomuusTuva({ maksuttomuus: [], pidennys: [{ alku: '2021-09-01', loppu: '2021-09-30' }] }), { birthDate: '2003-12-31' })
    expect(mk(report).find((f) => f.rule === 'MK-REL-1')!.path).toBe('opiskeluoikeudet[0].lisätiedot.oikeuttaMaksuttomuuteenPidennetty')
  })

  it('"maksuttomuus": [] counts as not sent: no MK-REL-1 (MK-REQ-1 decides)', () => {
    const report = runMk(maksuttomuusTuva({ maksuttomuus: [] }), { birthDate: '2003-12-31' })
    expect(mk(report)).toEqual([])
  })

  describe('without a birth date', () => {
    const oidOnly = () => maksuttomuusTuva({ henkilö: { oid: '1.2.246.562.24.00000000001' } })
    it('(b) and (h) are left out; the rule is skipped only when no other reason decides', () => {
      const report = runMk(oidOnly())
      expect(mk(report)).toEqual([])
      expect(report.skipped).toContain('MK-REL-1')
    })
    it('another reason decides: the error without (b)/(h), and the rule is not listed as skipped', () => {
      const report = runMk(oidOnly(), { maksuttomuus: { ...LAIN_PIIRISSÄ, hetuton: true } })
      expect(relMessage(report)).toBe(`${ALKU}oppijan tiedoista ei löydy henkilötunnusta.`)
      expect(report.skipped).not.toContain('MK-REL-1')
    })
    it('nothing sent: not skipped (the rule has nothing to judge)', () => {
      const doc = oidOnly()
      delete doc.opiskeluoikeudet[0].lisätiedot.maksuttomuus
      expect(runMk(doc).skipped).not.toContain('MK-REL-1')
    })
  })

  it('mitätöity study rights skip the MK-* rules (KOSKI ignores them)', () => {
    const doc = maksuttomuusTuva({ alku: '2021-08-02', maksuttomuus: [{ alku: '2021-01-01', maksuton: true }, { alku: '2021-01-01', maksuton: true }] })
    doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot.push({ alku: '2022-08-01', tila: { koodiarvo: 'mitatoity', koodistoUri: 'koskiopiskeluoikeudentila' } })
    const report = runMk(doc, { birthDate: '1990-01-01' })
    expect(mk(report)).toEqual([])
    expect(report.skipped.filter((id) => id.startsWith('MK-'))).toEqual([])
  })
})
