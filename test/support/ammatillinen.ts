/**
 * Builders of ammatillinen documents for the tests, from KOSKI's example documents (test/fixtures/koski/examples:
 * `ammatillinen-perustutkinto_2024-08-13.json`, a valmistunut ops perustutkinto, and
 * `ammatillinen-reforminmukainenperustutkinto2022_2024-08-08.json`, a lasna reformi perustutkinto) and mirroring
 * KOSKI's helpers of ExamplesAmmatillinen / AmmatillinenOldExamples (tutkinnonOsanSuoritus, yhteisenTutkinnonOsanSuoritus,
 * arviointiHyvä, opiskeluoikeusjakso, …): the example changed by a function, parts to put in it, and a rule's findings
 * as `[path, fi message]` when its `check` is called directly.
 */
import type { Rule } from '../../src/rules/types'
import type { ValidateOptions } from '../../src/options'
import { koskiExample, ruleContext, type Json } from './yleiset'

const PERUSTUTKINTO = 'ammatillinen-perustutkinto_2024-08-13.json'
const REFORMI = 'ammatillinen-reforminmukainenperustutkinto2022_2024-08-08.json'

/** A fresh copy of KOSKI's valmistunut ops perustutkinto (2012-09-01 lasna, 2016-08-31 valmistunut; vahvistus 2016-08-31). */
export const ammatillinenPerustutkinto = (): Json => koskiExample(PERUSTUTKINTO)

/** A fresh copy of KOSKI's lasna reformi perustutkinto (from 2022-01-08, rahoitus 1). */
export const ammatillinenReformi = (): Json => koskiExample(REFORMI)

/** The path of the study right and its päätaso in these documents. */
export const AP = 'opiskeluoikeudet[0]'
export const AS = `${AP}.suoritukset[0]`

/** The valmistunut perustutkinto with its study right and päätaso changed by `muuta`. */
export const amm = (muuta: (oo: Json, suoritus: Json) => void = () => {}): Json => {
  const doc = ammatillinenPerustutkinto()
  muuta(doc.opiskeluoikeudet[0], doc.opiskeluoikeudet[0].suoritukset[0])
  return doc
}

/** The lasna reformi perustutkinto with its study right and päätaso changed by `muuta`. */
export const ammReformi = (muuta: (oo: Json, suoritus: Json) => void = () => {}): Json => {
  const doc = ammatillinenReformi()
  muuta(doc.opiskeluoikeudet[0], doc.opiskeluoikeudet[0].suoritukset[0])
  return doc
}

/** A rule's findings on the first study right of `doc`, its `check` called directly: `[path, fi message]`. */
export const ammLöydökset = (rule: Rule<never>, doc: Json, options: ValidateOptions = {}): [string, string][] =>
  (rule as unknown as Rule<Json>).check(doc.opiskeluoikeudet[0], ruleContext({}, options)).map((f) => [f.path, f.message.fi])

/** A rule's findings' keys on the first study right of `doc`. */
export const ammAvaimet = (rule: Rule<never>, doc: Json, options: ValidateOptions = {}): string[] =>
  (rule as unknown as Rule<Json>).check(doc.opiskeluoikeudet[0], ruleContext({}, options)).map((f) => f.key)

// ---------------------------------------------------------------------------------------------------------------
// Parts

export const ammKoodi = (koodiarvo: string, koodistoUri: string): Json => ({ koodiarvo, koodistoUri })

/** opiskeluoikeusjakso(alku, tila, rahoitus) (rahoitus `null` = none). */
export const ammJakso = (alku: string, tila: string, rahoitus: string | null = '1'): Json => ({
  alku,
  tila: ammKoodi(tila, 'koskiopiskeluoikeudentila'),
  ...(rahoitus === null ? {} : { opintojenRahoitus: ammKoodi(rahoitus, 'opintojenrahoitus') }),
})

/** arviointiHyvä / arviointi with an arvosana of a koodisto (default `3` of arviointiasteikkoammatillinent1k3). */
export const ammArviointi = (koodiarvo = '3', koodistoUri = 'arviointiasteikkoammatillinent1k3', päivä = '2014-10-20'): Json => ({
  arvosana: ammKoodi(koodiarvo, koodistoUri),
  päivä,
})

export const osaamispisteet = (arvo: number): Json => ({ arvo, yksikkö: ammKoodi('6', 'opintojenlaajuusyksikko') })

/** tutkinnonOsanSuoritus: a valtakunnallinen tutkinnon osa (koodisto tutkinnonosat), assessed unless `arviointi` is null. */
export const tutkinnonOsa = (koodiarvo: string, options: { readonly arviointi?: Json[] | null; readonly laajuus?: number; readonly osasuoritukset?: Json[]; readonly näyttö?: Json } = {}): Json => ({
  koulutusmoduuli: {
    tunniste: ammKoodi(koodiarvo, 'tutkinnonosat'),
    pakollinen: true,
    ...(options.laajuus === undefined ? {} : { laajuus: osaamispisteet(options.laajuus) }),
  },
  ...(options.arviointi === null ? {} : { arviointi: options.arviointi ?? [ammArviointi()] }),
  ...(options.osasuoritukset === undefined ? {} : { osasuoritukset: options.osasuoritukset }),
  ...(options.näyttö === undefined ? {} : { näyttö: options.näyttö }),
  tyyppi: ammKoodi('ammatillisentutkinnonosa', 'suorituksentyyppi'),
})

/** A yhteinen tutkinnon osa (101053 viestintä- ja vuorovaikutusosaaminen by default) with its osa-alueet. */
export const yhteinenTutkinnonOsa = (osaAlueet: Json[], options: { readonly koodiarvo?: string; readonly laajuus?: number; readonly arviointi?: Json[] | null } = {}): Json =>
  tutkinnonOsa(options.koodiarvo ?? '101053', { osasuoritukset: osaAlueet, laajuus: options.laajuus, arviointi: options.arviointi })

/** An osa-alue (YhteisenTutkinnonOsanOsaAlueenSuoritus) of koodisto ammatillisenoppiaineet; `kieli` makes it one with a language choice. */
export const osaAlue = (koodiarvo: string, options: { readonly laajuus?: number; readonly kieli?: string; readonly arviointi?: Json[] | null } = {}): Json => ({
  koulutusmoduuli: {
    tunniste: ammKoodi(koodiarvo, 'ammatillisenoppiaineet'),
    pakollinen: true,
    ...(options.kieli === undefined ? {} : { kieli: ammKoodi(options.kieli, 'kielivalikoima') }),
    ...(options.laajuus === undefined ? {} : { laajuus: osaamispisteet(options.laajuus) }),
  },
  ...(options.arviointi === null ? {} : { arviointi: options.arviointi ?? [ammArviointi()] }),
  tyyppi: ammKoodi('ammatillisentutkinnonosanosaalue', 'suorituksentyyppi'),
})

/** A näyttö with its suoritusaika. */
export const näyttö = (alku: string, loppu: string, arviointi?: Json): Json => ({
  kuvaus: { fi: 'Näyttö' },
  suoritusaika: { alku, loppu },
  ...(arviointi === undefined ? {} : { arviointi }),
})

/** The perustutkinto's päätaso turned into an osittainen (ammatillinentutkintoosittainen) with these osasuoritukset. */
export const osittaiseksi = (s: Json, osasuoritukset: Json[]): void => {
  s.tyyppi = ammKoodi('ammatillinentutkintoosittainen', 'suorituksentyyppi')
  s.osasuoritukset = osasuoritukset
  delete s.keskiarvo
}

export const vahvistusAmm = (päivä: string): Json => ({
  päivä,
  myöntäjäOrganisaatio: { oid: '1.2.246.562.10.52251087186' },
  myöntäjäHenkilöt: [{ nimi: 'Reijo Reksi', titteli: { fi: 'rehtori' }, organisaatio: { oid: '1.2.246.562.10.52251087186' } }],
})
