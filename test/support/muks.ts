/**
 * Builders of MUKS documents for the tests, mirroring KOSKI's ExamplesMuuKuinSäänneltyKoulutus (its two study rights,
 * serialised in test/fixtures/koski/muks/) and the helpers of OppijaValidationMuuKuinSäänneltySpec.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Json } from './yleiset'

export type MuksEsimerkki = 'kesken' | 'suoritettu'

/** A fresh copy of KOSKI's MUKS example as an Oppija (`Opiskeluoikeus.kesken` or `.suoritettu`). */
export const muksEsimerkki = (nimi: MuksEsimerkki): Json =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/koski/muks/muukuinsaanneltykoulutus-${nimi}.json`, import.meta.url)), 'utf8'))

/** KOSKI's example (`kesken` by default) with its study right changed by `muuta` (the study right and its päätaso). */
export const muks = (muuta: (oo: Json, suoritus: Json) => void = () => {}, nimi: MuksEsimerkki = 'kesken'): Json => {
  const doc = muksEsimerkki(nimi)
  muuta(doc.opiskeluoikeudet[0], doc.opiskeluoikeudet[0].suoritukset[0])
  return doc
}

export const muksTila = (koodiarvo: string): Json => ({ koodiarvo, koodistoUri: 'koskiopiskeluoikeudentila' })

/** A MUKS jakso; rahoitus 14 (rahoitusJotpa) unless `null`. */
export const muksJakso = (alku: string, tila: string, rahoitus: string | null = '14'): Json => ({
  alku,
  tila: muksTila(tila),
  ...(rahoitus === null ? {} : { opintojenRahoitus: { koodiarvo: rahoitus, koodistoUri: 'opintojenrahoitus' } }),
})

/** The spec's `opiskeluoikeudenTila(tilat, opintojenRahoitus, aloitusPvm)`: one jakso a month from `alku`. */
export const muksTilat = (tilat: readonly string[], rahoitus: string | null = '14', alku = '2023-01-01'): Json => ({
  opiskeluoikeusjaksot: tilat.map((t, i) => muksJakso(`${alku.slice(0, 5)}${String(Number(alku.slice(5, 7)) + i).padStart(2, '0')}${alku.slice(7)}`, t, rahoitus)),
})

export const tunnit = (arvo: number): Json => ({ arvo, yksikkö: { koodiarvo: '5', koodistoUri: 'opintojenlaajuusyksikko' } })

/** A MUKS osasuoritus with a local tunniste `nimi`, `laajuus` hours, and the given parts. */
export const muksOsa = (nimi: string, laajuus: number, muut: { arviointi?: Json[]; vahvistus?: Json; osasuoritukset?: Json[] } = {}): Json => ({
  koulutusmoduuli: { kuvaus: { fi: nimi }, tunniste: { koodiarvo: nimi, nimi: { fi: nimi } }, laajuus: tunnit(laajuus) },
  tyyppi: { koodiarvo: 'muunkuinsaannellynkoulutuksenosasuoritus', koodistoUri: 'suorituksentyyppi' },
  ...muut,
})

export const muksArviointi = (arvosana = '5', arviointipäivä: string | undefined = '2023-02-01'): Json => ({
  arvosana: { koodiarvo: arvosana, koodistoUri: 'arviointiasteikkomuks' },
  ...(arviointipäivä === undefined ? {} : { arviointipäivä }),
})

/** A Päivämäärävahvistus by KOSKI's MUKS oppilaitos. */
export const muksVahvistus = (päivä: string): Json => ({ päivä, myöntäjäOrganisaatio: { oid: '1.2.246.562.10.24407356278' } })

/** The paths of the example's study right and päätaso. */
export const MP = 'opiskeluoikeudet[0]'
export const MS = `${MP}.suoritukset[0]`
