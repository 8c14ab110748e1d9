/**
 * The message fixes of issue 14 ("Message fixes found in review"), each pinned where it shows: in a real finding when a
 * document gives it easily, else from the message function. KOSKI's Finnish error texts stay word for word.
 */
import { describe, expect, it } from 'vitest'
import * as maksuttomuus from '../../src/messages/maksuttomuus'
import { schemaMessage } from '../../src/messages/schema'
import * as yleiset from '../../src/messages/yleiset'
import * as tuva from '../../src/tyypit/tuva/viestit'
import { byRule, oo, P, run, validTuvaOppija, type Json } from '../support'

describe('issue 14 message fixes', () => {
  it('S-2 unexpectedType: the expected JSON type in the Finnish partitive', () => {
    const expected: [string, string][] = [
      ['object', 'oliota'],
      ['number', 'lukua'],
      ['array', 'listaa'],
      ['string', 'merkkijonoa'],
      ['boolean', 'totuusarvoa'],
    ]
    for (const [type, partitiivi] of expected) {
      const m = schemaMessage({ errorType: 'unexpectedType', rule: 'S-2', expected: type, received: 'null' } as never)
      expect(m.fi).toBe(`Väärä tietotyyppi: odotettiin ${partitiivi}, saatiin null`)
    }
    // and in a finding: a study right whose tila is a string
    const doc = validTuvaOppija()
    oo(doc).tila = 'lasna'
    const f = run(doc).findings.find((x) => x.path === `${P}.tila`)!
    expect(f.message.fi).toBe('Väärä tietotyyppi: odotettiin oliota, saatiin merkkijono')
  })

  it('MK-REQ-1 warning: short, the unknown facts by name, the options and --fact in the hint; sv no longer inverts the meaning', () => {
    const v = maksuttomuus.maksuttomuusSaatetaanVaatia(['kotikuntaManneruomessaEnnen18', 'vapautettuOppivelvollisuudesta'])
    expect(v.sv).toContain('hemkommun i Fastlandsfinland före 18 års ålder, befrielse från läroplikten')
    expect(v.sv).not.toMatch(/om inte den studerande hade ingen/)
    for (const l of ['fi', 'sv', 'en'] as const) {
      expect(v[l].length).toBeLessThan(400)
      expect(v.hint![l]).toContain('maksuttomuus.kotikuntaManneruomessaEnnen18, maksuttomuus.vapautettuOppivelvollisuudesta')
      expect(v.hint![l]).toContain('--fact kotikuntaManneruomessaEnnen18=true')
    }
  })

  it('MK-OHJE-1: "-lisätiedon pitää olla merkittynä"', () => {
    expect(maksuttomuus.maksuttomuusEiAlaOpiskeluoikeudenAlusta('2021-09-01', '2021-08-01').fi).toMatch(/^Koulutuksen maksuttomuus -lisätiedon pitää olla merkittynä heti/)
  })

  it('T-OHJE-1/2 sv: the benefits "får inte anges för samma dagar"', () => {
    for (const v of [tuva.majoitusJaSisäoppilaitosmainenMajoitusPäällekkäin, tuva.majoitusetuJaSisäoppilaitosmainenMajoitusPäällekkäin]) {
      expect(v.sv).toContain('gäller samtidigt; de får inte anges för samma dagar i tilläggsuppgifterna (KOSKI-anvisning')
    }
  })

  it('MK-REL-1 sv reasons: no "duger", no "försökte markeras"', () => {
    expect(maksuttomuus.eiRelevanttiSyyt.eiKelpaa.sv).toMatch(/^utbildningen kan enligt de överförda uppgifterna inte användas för att fullgöra läroplikten/)
    expect(maksuttomuus.eiRelevanttiSyyt.vapautettu.sv).toBe('den studerande är befriad från läroplikten och utbildningen har angetts som avgiftsfri')
    expect(maksuttomuus.eiRelevantti(['eiKelpaa', 'vapautettu']).sv).not.toMatch(/duger|försökte/)
  })

  it('MK-JAKSO-3 sv/en: the sent end is replaced or dropped', () => {
    expect(maksuttomuus.maksuttomuusjaksonLoppuKorvataan('2021-12-31', '2021-09-30').sv).toContain('den skickade slutdagen 31.12.2021 ersätts med 30.9.2021')
    expect(maksuttomuus.maksuttomuusjaksonLoppuKorvataan('2021-12-31', undefined).sv).toContain('den skickade slutdagen 31.12.2021 stryks')
    expect(maksuttomuus.maksuttomuusjaksonLoppuKorvataan('2021-12-31', undefined).en).toContain('the end sent, 2021-12-31, is dropped')
  })

  it('"KOSKI:s" in Swedish, never "KOSKIs"', () => {
    const texts = [yleiset.tyyppiEiTuettu('perusopetus').hint!.sv, tuva.koulutusvientiIlmanMuutaRahoitusta('1').sv, JSON.stringify(run(validTuvaOppija(), { serviceUser: true }))]
    for (const t of texts) expect(t).not.toMatch(/KOSKIs\b/)
    expect(yleiset.tyyppiEiTuettu('perusopetus').hint!.sv).toContain('KOSKI:s testmiljö')
  })

  it('G-JAKSO-1: KOSKI\'s Finnish; sv/en say the periods are out of date order, the hint says to sort them', () => {
    const doc = validTuvaOppija()
    const jaksot: Json[] = oo(doc).tila.opiskeluoikeusjaksot
    ;[jaksot[0], jaksot[1]] = [jaksot[1], jaksot[0]]
    const f = byRule(run(doc), 'G-JAKSO-1')[0]!
    const [a, b] = [jaksot[0].alku, jaksot[1].alku]
    expect(f.message.fi).toBe(`tila.opiskeluoikeusjaksot: ${a} on oltava aiempi kuin ${b}`)
    expect(f.message.en).toBe(`tila.opiskeluoikeusjaksot: the periods are out of date order (the period starting ${a} is listed before the one starting ${b})`)
    expect(f.message.sv).toMatch(/^tila\.opiskeluoikeusjaksot: perioderna är inte i datumordning/)
    expect(f.hint!.en).toBe('Sort the study-right periods by their start, earliest first; KOSKI does not sort them.')
  })

  it('G-DATE-1: sv/en and the hint name where the two dates come from', () => {
    const v = yleiset.päättymisPäiväEnnenAlkamispäivää('2022-08-01', '2021-08-01')
    expect(v.fi).toBe('alkamispäivä (2022-08-01) oltava sama tai aiempi kuin päättymispäivä (2021-08-01)')
    expect(v.en).toBe("the start date (2022-08-01, the first study-right period's start) must be on or before the end date (2021-08-01, the final period's start)")
    expect(v.sv).toContain('(1.8.2022, den första studierättsperiodens start)')
    expect(v.hint!.fi).toContain('alkamispäivän 1.8.2022 ensimmäisen opiskeluoikeusjakson alusta ja päättymispäivän 1.8.2021 päättävän jakson alusta')
  })

  it('henkilö notAnyOf: the null-valued-key remark only when the henkilö has one', () => {
    const henkilö = (h: Json): string => {
      const doc = validTuvaOppija()
      doc.henkilö = h
      return run(doc).findings.find((f) => f.path === 'henkilö')!.message.en
    }
    expect(henkilö({ etunimet: 'A', sukunimi: 'B' })).not.toContain('null')
    expect(henkilö({ hetu: null, etunimet: 'A', kutsumanimi: 'A' })).toContain('a field whose value is null counts too')
  })

  it('TYYPPI-1 names the type by its koodisto name in every language', () => {
    const v = yleiset.tyyppiEiTuettu('ammatillinenkoulutus')
    expect(v.fi).toContain('Ammatillinen koulutus (ammatillinenkoulutus)')
    expect(v.sv).toContain('Yrkesutbildning (ammatillinenkoulutus)')
    expect(v.en).toContain('Vocational education and training (ammatillinenkoulutus)')
  })
})
