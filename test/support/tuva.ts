/**
 * Builders of TUVA documents for the tests, mirroring KOSKI's ExamplesTutkintokoulutukseenValmentavaKoulutus helpers
 * (tuvaKoulutuksenMuunOsanSuoritus, tuvaKoulutuksenValinnaisenOsanSuoritus, tuvaOpiskeluOikeusjakso, …): the valid
 * example of examples/ changed by a function, parts to put in it, a small valid Oppija built from parts, and the
 * arbitrary of valid TUVA Oppija documents.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type fc from 'fast-check'
import { validiTuvaOppija } from '../../src/arbitraries'
import { päätaso, tuvaOpiskeluoikeus, vahvistus, type Lupa } from '../../src/arbitraries/rakentajat'
import { TODAY, type Json } from './yleiset'

export { koodi, KOULUTUSTOIMIJA_OID, OPPILAITOS_OID, päätaso, tuvaOpiskeluoikeus, vahvistus, type Lupa, type OpiskeluoikeusParts } from '../../src/arbitraries/rakentajat'
export { ETUNIMET_LISTA, SUKUNIMET_LISTA } from '../../src/tyypit/tuva/arbitraries'

const read = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8'))

/** A fresh copy of the valid TUVA Oppija in examples/ (järjestämislupa ammatillinen, valmistunut), free to mutate. */
export const validTuvaOppija = (): Json => structuredClone(read('tuva-valmistunut.json'))

/** A fresh copy of the invalid TUVA Oppija in examples/. */
export const invalidTuvaOppija = (): Json => structuredClone(read('tuva-virheellinen.json'))

/** The study right of a document made by validTuvaOppija(). */
export const oo = (doc: Json): Json => doc.opiskeluoikeudet[0]

/** The path of the study right and its päätaso in a document made by validTuvaOppija(). */
export const P = 'opiskeluoikeudet[0]'
export const S = `${P}.suoritukset[0]`

/** The valid TUVA example with one change made to its study right (and, if needed, to the whole document). */
export const muokattu = (change: (oo: Json, doc: Json) => void): Json => {
  const doc = validTuvaOppija()
  change(oo(doc), doc)
  return doc
}

/** The valid example (ammatillinen lupa, valmistunut 2022-08-01, vahvistus 2021-12-31), changed by `muuta`. */
export const tuva = (muuta: (opiskeluoikeus: Json, suoritus: Json) => void = () => {}): Json => {
  const doc = validTuvaOppija()
  muuta(oo(doc), oo(doc).suoritukset[0])
  return doc
}

// ---------------------------------------------------------------------------------------------------------------
// Parts

export const laajuus = (arvo: number): Json => ({ arvo, yksikkö: { koodiarvo: '8', koodistoUri: 'opintojenlaajuusyksikko' } })

export const arviointi = (arvosana: 'Hyväksytty' | 'Hylätty', päivä = '2021-09-01'): Json => ({
  arvosana: { koodiarvo: arvosana, koodistoUri: 'arviointiasteikkotuva' },
  päivä,
})

export type OsaKoodi = '101' | '102' | '103' | '105' | '106' | '107'

/** tuvaKoulutuksenMuunOsanSuoritus: an osa other than 104, accepted on `päivä` unless `arviointi` is given (`null` = none). */
export const osa = (
  koodiarvo: OsaKoodi,
  viikot: number | undefined,
  options: { readonly arviointi?: Json[] | null; readonly tyyppi?: string; readonly päivä?: string } = {},
): Json => ({
  koulutusmoduuli: {
    tunniste: { koodiarvo, koodistoUri: 'koulutuksenosattuva' },
    ...(viikot === undefined ? {} : { laajuus: laajuus(viikot) }),
  },
  ...(options.arviointi === null ? {} : { arviointi: options.arviointi ?? [arviointi('Hyväksytty', options.päivä)] }),
  tyyppi: { koodiarvo: options.tyyppi ?? 'tutkintokoulutukseenvalmentava', koodistoUri: 'suorituksentyyppi' },
})

/**
 * tuvaKoulutuksenValinnaisenOsanOsasuoritus: a local kurssi of the 104 osa, named `Kurssi <koodi>` (its tunniste
 * "Paikallinen kurssi") unless `nimi` is given (then both are `nimi`).
 */
export const kurssi = (koodi: string, viikot: number, arvioinnit: Json[] | null = [arviointi('Hyväksytty', '2021-12-01')], nimi?: string): Json => ({
  koulutusmoduuli: {
    nimi: { fi: nimi ?? `Kurssi ${koodi}` },
    tunniste: { koodiarvo: koodi, nimi: { fi: nimi ?? 'Paikallinen kurssi' } },
    laajuus: laajuus(viikot),
  },
  ...(arvioinnit === null ? {} : { arviointi: arvioinnit }),
  tyyppi: { koodiarvo: 'tutkintokoulutukseenvalmentava', koodistoUri: 'suorituksentyyppi' },
})

/** tuvaKoulutuksenValinnaisenOsanSuoritus: the 104 osa. */
export const valinnainen = (viikot: number | undefined, kurssit?: Json[], arvioinnit: Json[] | null = [arviointi('Hyväksytty')]): Json => ({
  koulutusmoduuli: {
    tunniste: { koodiarvo: '104', koodistoUri: 'koulutuksenosattuva' },
    ...(viikot === undefined ? {} : { laajuus: laajuus(viikot) }),
  },
  ...(arvioinnit === null ? {} : { arviointi: arvioinnit }),
  ...(kurssit === undefined ? {} : { osasuoritukset: kurssit }),
  tyyppi: { koodiarvo: 'tutkintokoulutukseenvalmentava', koodistoUri: 'suorituksentyyppi' },
})

/** tuvaOpiskeluOikeusjakso: a jakso with rahoitus 1 (valtionosuusrahoitteinen) unless `rahoitus` is `null`. */
export const jakso = (alku: string, tila: string, rahoitus: string | null = '1'): Json => ({
  alku,
  tila: { koodiarvo: tila, koodistoUri: 'koskiopiskeluoikeudentila' },
  ...(rahoitus === null ? {} : { opintojenRahoitus: { koodiarvo: rahoitus, koodistoUri: 'opintojenrahoitus' } }),
})

// ---------------------------------------------------------------------------------------------------------------
// The example changed

/** tuvaPäätasonSuoritus(laajuus = …) with these osasuoritukset, in the valmistunut example. */
export const valmistunutOsilla = (osasuoritukset: Json[], päätasonLaajuus?: number): Json =>
  tuva((_, s) => {
    s.osasuoritukset = osasuoritukset
    if (päätasonLaajuus === undefined) delete s.koulutusmoduuli.laajuus
    else s.koulutusmoduuli.laajuus = laajuus(päätasonLaajuus)
  })

/** An ongoing study right (only a `lasna` jakso from 2021-08-01, no vahvistus). */
export const keskeneräinen = (muuta: (opiskeluoikeus: Json, suoritus: Json) => void = () => {}): Json =>
  tuva((o, s) => {
    o.tila.opiskeluoikeusjaksot = [jakso('2021-08-01', 'lasna')]
    delete s.vahvistus
    muuta(o, s)
  })

/** The same study right under another lupa, with lisätiedot the lupa allows. */
export const luvalla = (lupa: 'ammatillinen' | 'lukio' | 'perusopetus', lisätiedot: Json = { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] }): Json =>
  tuva((o) => {
    o.järjestämislupa = { koodiarvo: lupa, koodistoUri: 'tuvajarjestamislupa' }
    o.lisätiedot = lisätiedot
  })

// ---------------------------------------------------------------------------------------------------------------
// Built from parts

/** The last day the VOS-2025 lisätiedot and `loma` may be in force (production). */
export const VOS_R = '2025-12-31'

/** A learner born 2004-05-27 (so maksuttomuus is required from the first day). */
export const HETU = '270504A317P'
export const ETUNIMET = 'Turo Tapani'
export const SUKUNIMI = 'Vaara'

export const uusiHenkilö = (): Json => ({ hetu: HETU, etunimet: ETUNIMET, kutsumanimi: 'Turo', sukunimi: SUKUNIMI })

export const oppija = (...opiskeluoikeudet: Json[]): Json => ({ henkilö: uusiHenkilö(), opiskeluoikeudet })

/**
 * A small valid TUVA Oppija: lasna 2021-08-01, valmistunut 2022-06-01, 101 (2 weeks) accepted, maksuttomuus from the
 * first day, with the given järjestämislupa and extra lisätiedot.
 */
export const pieniTuvaOppija = (lupa: Lupa = 'ammatillinen', lisätiedot: Json = {}): Json =>
  oppija(
    tuvaOpiskeluoikeus({
      lupa,
      jaksot: [jakso('2021-08-01', 'lasna', '1'), jakso('2022-06-01', 'valmistunut', '1')],
      lisätiedot: { maksuttomuus: [{ alku: '2021-08-01', maksuton: true }], ...lisätiedot },
      suoritus: päätaso([osa('101', 2, { arviointi: [arviointi('Hyväksytty', '2022-05-01')] })], { vahvistus: vahvistus('2022-06-01'), laajuus: 2 }),
    }),
  )

/** Valid TUVA Oppija documents on TODAY, every lupa and henkilö form (`validiTuvaOppija()`), typed loosely for tests. */
export const validTuvaOppijaArb: fc.Arbitrary<Json> = validiTuvaOppija({ today: TODAY })
