/**
 * The dates of the 2022 transition to TUVA, as data with their sources: the law's (Laki tutkintokoulutukseen
 * valmentavasta koulutuksesta 1215/2020, § 28–29) and the instruction's (seed 001, KOSKI-ohje "Usein kysyttyä
 * TUVA-koulutuksesta", kohta "Siirtymäsäännöksen piirissä olevat opiskelijat"), and KOSKI's cut-off for new VALMA and
 * perusopetuksen lisäopetus states, which moved three times (validaation_muutoshistoria.md 2.8.2022, 13.9.2022,
 * 21.12.2022): {@link VALMA_JA_LISÄOPETUKSEN_TILARAJAT} lists each version with the days it was in force, and
 * {@link tilarajaPäivänä} chooses the one in force on `today`.
 */
import { OHJE_TUVA_UKK } from '../rules/lahteet'

/** Where a date comes from. */
export interface RajapäivänLähde {
  /** The instruction (seed file, Finnish page title, section). */
  readonly ohje?: { readonly seed: string; readonly otsikko: string; readonly kohta: string }
  /** The law, by its section. */
  readonly laki?: string
  /** KOSKI's code (Scala method) that hard-codes it. */
  readonly koski?: string
  /** The entries of KOSKI's validaation_muutoshistoria.md (ISO dates). */
  readonly muutoshistoria?: readonly string[]
}

/** A cut-off date of the 2022 transition, with where it comes from. */
export interface Rajapäivä {
  /** ISO date. */
  readonly päivä: string
  /** What the date means, in English. */
  readonly mitä: string
  readonly lähde: RajapäivänLähde
}

const OHJE = { ...OHJE_TUVA_UKK, kohta: 'Siirtymäsäännöksen piirissä olevat opiskelijat' } as const
const LAKI_28 = 'Laki tutkintokoulutukseen valmentavasta koulutuksesta (1215/2020) 28 § 2 mom.'
const LAKI_29 = 'Laki tutkintokoulutukseen valmentavasta koulutuksesta (1215/2020) 29 §'

/** The transition's dates (inclusive calendar days). */
export const SIIRTYMÄN_RAJAPÄIVÄT = {
  /** From this day no new LUVA, VALMA or perusopetuksen lisäopetus study right is created (a TUVA one is). */
  uusiaEiLuodaAlkaen: { päivä: '2022-08-01', mitä: 'no new LUVA, VALMA or lisäopetus study right starts on or after this day', lähde: { ohje: OHJE, laki: LAKI_29 } },
  /** A TUVA study right of a learner moving under § 29 starts on this day at the earliest. */
  tuvaAlkaaAikaisintaan: { päivä: '2022-08-01', mitä: "a moving learner's TUVA study right starts on or after this day", lähde: { ohje: OHJE, laki: LAKI_29 } },
  /** Studies all completed by this day: no TUVA study right, the old one is updated (even if assessed or confirmed later). */
  opinnotValmiitViimeistään: { päivä: '2022-07-31', mitä: 'studies completed by this day: the old study right is updated, no TUVA', lähde: { ohje: OHJE, laki: LAKI_29 } },
  /** LUVA under § 28(2) (a provider without a TUVA permit) until this day; active LUVA study rights end by it. */
  luvaViimeistään: { päivä: '2023-07-31', mitä: 'LUVA under § 28(2) until this day: its active study rights end with a final status by it', lähde: { ohje: OHJE, laki: LAKI_28 } },
  /** LUVA kurssit that start after this day use the 2021 curriculum's codes (koodisto lukioonvalmistavankoulutuksenmoduulit2019). */
  luvaOps2021KurssitJälkeen: {
    päivä: '2021-07-31',
    mitä: 'LUVA kurssit starting after this day use lukioonvalmistavankoulutuksenmoduulit2019',
    lähde: { koski: 'LukioonValmistavanKoulutuksenValidaatiot.validateOikeatKoodistotKäytössä', muutoshistoria: ['2021-05-18'] },
  },
} as const satisfies Record<string, Rajapäivä>

/**
 * One version of KOSKI's cut-off for new VALMA and lisäopetus states (KoskiValidator.validatePäätasonSuoritukset):
 * while it was in force (`voimassa`, by `today`), a jakso whose `alku` is on or after `ensimmäinenKielletty` is an error.
 */
export interface Tilaraja {
  /** The first day a new state may not start on (KOSKI: `alku.isAfter(ensimmäinenKielletty − 1 day)`). */
  readonly ensimmäinenKielletty: string
  /** The days this version was KOSKI's (inclusive; `asti` absent: still in force). */
  readonly voimassa: { readonly alkaen: string; readonly asti?: string }
  /** Its entry in validaation_muutoshistoria.md. */
  readonly muutoshistoria: string
}

/** Every version, oldest first: 2.8.2022, then 2.10.2022 (from 13.9.2022), then 1.6.2023 (from 21.12.2022, KOSKI's today). */
export const VALMA_JA_LISÄOPETUKSEN_TILARAJAT: readonly Tilaraja[] = [
  { ensimmäinenKielletty: '2022-08-02', voimassa: { alkaen: '2022-08-02', asti: '2022-09-12' }, muutoshistoria: '2022-08-02' },
  { ensimmäinenKielletty: '2022-10-02', voimassa: { alkaen: '2022-09-13', asti: '2022-12-20' }, muutoshistoria: '2022-09-13' },
  { ensimmäinenKielletty: '2023-06-01', voimassa: { alkaen: '2022-12-21' }, muutoshistoria: '2022-12-21' },
]

/** The version in force on `today` (ISO), or undefined before the first one (before 2.8.2022 KOSKI had no such rule). */
export function tilarajaPäivänä(today: string): Tilaraja | undefined {
  for (let i = VALMA_JA_LISÄOPETUKSEN_TILARAJAT.length - 1; i >= 0; i--) {
    const r = VALMA_JA_LISÄOPETUKSEN_TILARAJAT[i]!
    if (today >= r.voimassa.alkaen && (r.voimassa.asti === undefined || today <= r.voimassa.asti)) return r
  }
  return undefined
}
