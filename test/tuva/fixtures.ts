/**
 * Builders for the TUVA tests, mirroring KOSKI's ExamplesTutkintokoulutukseenValmentavaKoulutus helpers
 * (tuvaKoulutuksenMuunOsanSuoritus, tuvaKoulutuksenValinnaisenOsanSuoritus, tuvaOpiskeluOikeusjakso, …).
 */
import type { Report } from '../../src'
import { byRule, oo, run, validTuvaOppija } from '../helpers'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

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

/** tuvaKoulutuksenValinnaisenOsanOsasuoritus: a local kurssi of the 104 osa. */
export const kurssi = (koodi: string, viikot: number, arvioinnit: Json[] | null = [arviointi('Hyväksytty', '2021-12-01')]): Json => ({
  koulutusmoduuli: {
    nimi: { fi: `Kurssi ${koodi}` },
    tunniste: { koodiarvo: koodi, nimi: { fi: 'Paikallinen kurssi' } },
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

/** The valid example (ammatillinen lupa, valmistunut 2022-08-01, vahvistus 2021-12-31), changed by `muuta`. */
export const tuva = (muuta: (opiskeluoikeus: Json, suoritus: Json) => void = () => {}): Json => {
  const doc = validTuvaOppija()
  muuta(oo(doc), oo(doc).suoritukset[0])
  return doc
}

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

/** The errors of a report as `rule key`. */
export const errors = (report: Report): string[] => report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.key}`)

/** The findings of one rule as `[path, fi message]`. */
export const found = (report: Report, rule: string): [string, string][] => byRule(report, rule).map((f) => [f.path, f.message.fi])

export { byRule, oo, run }
