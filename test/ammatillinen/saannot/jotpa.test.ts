/**
 * The JOTPA rules (J-*, src/rules/jotpa) and free education (MK-*, A-MK-1) as ammatillinen configures them, through
 * validate(): KOSKI's misc/JotpaValidationSpec runs its unit tests on an ammatillinen study right, so its cases are
 * these; MaksuttomuusSpec's fixtures are ammatillinen too.
 */
import { describe, expect, it } from 'vitest'
import { AP, ammJakso, ammKoodi, ammReformi, errors, found, hetuFor, run, type Json } from '../../support'

const ASIANUMERO = { koodiarvo: '01/5848/2023', koodistoUri: 'jotpaasianumero' }
const VENDOR = { serviceUser: false }

/** The lasna reformi example with these jaksot' rahoitus codes (one jakso a year from 2023-01-01) and lisätiedot. */
const rahoituksilla = (rahoitukset: readonly string[], lisätiedot?: Json) =>
  ammReformi((o) => {
    o.tila.opiskeluoikeusjaksot = rahoitukset.map((r, i) => ammJakso(`${2023 + i}-01-01`, 'lasna', r))
    if (lisätiedot !== undefined) o.lisätiedot = lisätiedot
  })
const jotpa = (doc: Json) => errors(run(doc, VENDOR)).filter((e) => e.startsWith('J-'))

describe('J-RAH-2 — uniform rahoitus (misc/JotpaValidationSpec)', () => {
  it('spec: Hyväksyy erilaisia ei-jotpa-rahoitusmuotoja sekaisin', () => {
    expect(jotpa(rahoituksilla(['1', '2', '3']))).toEqual([])
  })
  it('spec: Hyväksyy pelkän jatkuvan oppimisen rahoituksen / uudistuksen rahoituksen', () => {
    expect(jotpa(rahoituksilla(['14', '14'], { jotpaAsianumero: ASIANUMERO }))).toEqual([])
    expect(jotpa(rahoituksilla(['15'], { jotpaAsianumero: ASIANUMERO }))).toEqual([])
  })
  it('spec: Ei hyväksy jotpa- ja ei-jotpa-rahoitusta sekaisin', () => {
    expect(jotpa(rahoituksilla(['1', '14'], { jotpaAsianumero: ASIANUMERO }))).toEqual(['J-RAH-2 badRequest.validation.tila.tilanRahoitusmuodonYhtenäisyys'])
  })
  it('spec: Ei hyväksy jotpa-rahoitusmuotoja sekaisin', () => {
    expect(jotpa(rahoituksilla(['14', '15'], { jotpaAsianumero: ASIANUMERO }))).toEqual(['J-RAH-2 badRequest.validation.tila.tilanRahoitusmuodonYhtenäisyys'])
  })
  it('J-RAH-1: ammatillinen jaksot may carry JOTPA rahoitus', () => {
    expect(jotpa(rahoituksilla(['14'], { jotpaAsianumero: ASIANUMERO })).filter((e) => e.startsWith('J-RAH-1'))).toEqual([])
  })
})

describe('J-ALK-1 — JOTPA rahoitus from 1.1.2022 (misc/JotpaValidationSpec › JOTPA-rahoituksen alkamispäivä)', () => {
  it('a JOTPA jakso starting on 31.12.2021 fails, one on 1.1.2022 passes', () => {
    const ennen = ammReformi((o) => {
      o.tila.opiskeluoikeusjaksot = [ammJakso('2021-12-31', 'lasna', '14')]
      o.lisätiedot = { jotpaAsianumero: ASIANUMERO }
    })
    expect(found(run(ennen, VENDOR), 'J-ALK-1')).toEqual([[`${AP}.tila.opiskeluoikeusjaksot[0].alku`, 'Jatkuvaan oppimiseen suunnatun koulutuksen opiskeluoikeuden jakso ei voi alkaa ennen 1.1.2022']])
    expect(jotpa(rahoituksilla(['14'], { jotpaAsianumero: ASIANUMERO }))).toEqual([])
  })
})

describe('J-ASIA-1, J-ASIA-2 — the JOTPA asianumero (misc/JotpaValidationSpec)', () => {
  it('spec: Lähdejärjestelmästä tuleva JOTPA-rahoitteinen opiskeluoikeus vaatii JOTPA asianumeron kun validaatio on voimassa', () => {
    expect(jotpa(rahoituksilla(['14']))).toEqual(['J-ASIA-1 badRequest.validation.tila.vaatiiJotpaAsianumeron'])
  })
  it('spec: Ei-JOTPA-rahoitteinen opiskeluoikeus ei saa sisältää JOTPA asianumeroa', () => {
    expect(jotpa(rahoituksilla(['1'], { jotpaAsianumero: ASIANUMERO }))).toEqual(['J-ASIA-2 badRequest.validation.tila.jotpaAsianumeroAnnettuVaikkeiJotpaRahoitteinen'])
  })
})

describe('A-MK-1 — which ammatillinen päätasot fulfil compulsory education (MK-REL-1, MK-REQ-1; misc/MaksuttomuusSpec)', () => {
  const MAKSUTON = { maksuttomuus: [{ alku: '2022-01-08', maksuton: true }] }
  /** A learner born in 2006 (in the extended compulsory education). */
  const nuori = (doc: Json): Json => ({ ...doc, henkilö: { ...doc.henkilö, hetu: hetuFor('2006-03-15', 123) } })
  const muuAmmatillinen = (lisätiedot?: Json) =>
    nuori(
      ammReformi((o) => {
        o.suoritukset = [
          {
            tyyppi: ammKoodi('muuammatillinenkoulutus', 'suorituksentyyppi'),
            koulutusmoduuli: { tunniste: { koodiarvo: 'KISI', nimi: { fi: 'Kiinteistösijoittaminen' } }, kuvaus: { fi: 'Kuvaus' } },
            toimipiste: o.suoritukset[0].toimipiste,
            suorituskieli: o.suoritukset[0].suorituskieli,
          },
        ]
        if (lisätiedot !== undefined) o.lisätiedot = lisätiedot
      }),
    )
  it('spec: Ei saa siirtää jos opiskeluoikeus ei sisällä suoritusta joka vaatii maksuttomuus tiedon (muu ammatillinen)', () => {
    const report = run(muuAmmatillinen(MAKSUTON), VENDOR)
    expect(found(report, 'MK-REL-1').map(([, fi]) => fi)).toEqual([expect.stringContaining('koulutus ei siirrettyjen tietojen perusteella kelpaa oppivelvollisuuden suorittamiseen')])
  })
  it('muu ammatillinen without maksuttomuus: not required', () => {
    expect(found(run(muuAmmatillinen(), VENDOR), 'MK-REQ-1')).toEqual([])
  })
  it('a perustutkinto (ammatillinentutkinto) is kelpaava: maksuttomuus passes, and missing it is reported', () => {
    expect(errors(run(nuori(ammReformi((o) => (o.lisätiedot = MAKSUTON))), VENDOR)).filter((e) => e.startsWith('MK-'))).toEqual([])
    const puuttuu = run(nuori(ammReformi()), VENDOR)
    expect(puuttuu.findings.filter((f) => f.rule === 'MK-REQ-1').map((f) => f.severity)).toEqual(['warning'])
  })
  it('spec (Maksuttomuustietojen vaatiminen): not required for an osittainen (ammatillinentutkintoosittainen)', () => {
    const osittainen = nuori(ammReformi((_o, s) => (s.tyyppi = ammKoodi('ammatillinentutkintoosittainen', 'suorituksentyyppi'))))
    expect(run(osittainen, VENDOR).findings.filter((f) => f.rule === 'MK-REQ-1')).toEqual([])
  })
})
