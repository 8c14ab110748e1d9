/**
 * The instruction's question for one learner (seed 001, "Siirtymäsäännöksen piirissä olevat opiskelijat"): given the
 * earlier LUVA, VALMA or perusopetuksen lisäopetus study right (and, optionally, the TUVA one), does the transition
 * provision (§ 29) apply; must a TUVA study right be created, and from which day; or must the old one be updated?
 * Pure; reads raw JSON defensively (a stored study right as KOSKI returns it, or one about to be sent), never throws.
 * The reasons are data: each a code and its message in fi/sv/en (src/messages/siirtyma.ts).
 */
import type { Message } from '../finding'
import { getOwn, isRecord } from '../json'
import { siirtymänPerusteet } from '../messages/siirtyma'
import { PÄÄTTÄVÄT_TILAT } from '../rules/helpers'
import { SIIRTYMÄN_RAJAPÄIVÄT } from './rajapaivat'

/** The kinds of education the provision is about. */
export type SiirtymänKoulutus = 'luva' | 'perusopetuksenlisaopetus' | 'valma'

/** What to do: create a TUVA study right, update the old one, or nothing of the transition's. */
export type SiirtymänToimenpide = 'luoTuva' | 'päivitäAiempi' | 'eiSiirtymää'

/** The code of one reason the transition helper gives (its message in fi/sv/en is {@link SiirtymänPeruste.viesti}). */
export type SiirtymänPerusteenKoodi = keyof typeof siirtymänPerusteet

/** One reason of the transition helper's answer: its code and its message in fi/sv/en. */
export interface SiirtymänPeruste {
  readonly koodi: SiirtymänPerusteenKoodi
  readonly viesti: Message
}

/** The transition helper's answer for one learner (seed 001, the law 1215/2020 § 28–29). */
export interface Siirtymävastaus {
  /** Whether § 29's transition provision applies to this learner (false also when the studies were completed by 31.7.2022). */
  readonly sovelletaan: boolean
  readonly toimenpide: SiirtymänToimenpide
  /** The earlier study right's kind, when it is one of the provision's. */
  readonly koulutus?: SiirtymänKoulutus
  /** With `luoTuva`: the first day the TUVA study right may start (the day the learner actually starts, 1.8.2022 at the earliest). */
  readonly tuvaAlkaaAikaisintaan?: string
  /** Why, in order. */
  readonly perusteet: readonly SiirtymänPeruste[]
}

/** What the caller knows beyond the documents, for the transition helper. */
export interface SiirtymänAsetukset {
  /**
   * Whether the earlier study right's studies were all actually completed by 31.7.2022, when the caller knows (the
   * documents cannot show when work was done, only what is assessed): overrides {@link opinnotValmiit}.
   */
  readonly opinnotSuoritettu?: boolean
}

const peruste = (koodi: SiirtymänPerusteenKoodi): SiirtymänPeruste => ({ koodi, viesti: siirtymänPerusteet[koodi] })

const merkkijono = (u: unknown): string | undefined => (typeof u === 'string' ? u : undefined)
const koodiarvo = (u: unknown): string | undefined => merkkijono(getOwn(u, 'koodiarvo'))
const lista = (u: unknown): readonly unknown[] => (Array.isArray(u) ? u : [])

const jaksot = (oo: unknown): readonly unknown[] => lista(getOwn(getOwn(oo, 'tila'), 'opiskeluoikeusjaksot'))

/** A study right's alkamispäivä (its first jakso's alku), read from raw JSON. */
export const raakaAlkamispäivä = (oo: unknown): string | undefined => merkkijono(getOwn(jaksot(oo)[0], 'alku'))

/** A study right's päättymispäivä (the last jakso's alku when its tila ends the study right), read from raw JSON. */
export const raakaPäättymispäivä = (oo: unknown): string | undefined => {
  const js = jaksot(oo)
  const viimeinen = js[js.length - 1]
  const tila = koodiarvo(getOwn(viimeinen, 'tila'))
  return tila !== undefined && PÄÄTTÄVÄT_TILAT.has(tila) ? merkkijono(getOwn(viimeinen, 'alku')) : undefined
}

/** The provision's kind of a raw study right: `luva`, `perusopetuksenlisaopetus`, or `valma` (ammatillinen with a VALMA päätaso). */
export function siirtymänKoulutus(oo: unknown): SiirtymänKoulutus | undefined {
  const tyyppi = koodiarvo(getOwn(oo, 'tyyppi'))
  if (tyyppi === 'luva' || tyyppi === 'perusopetuksenlisaopetus') return tyyppi
  if (tyyppi === 'ammatillinenkoulutus' && lista(getOwn(oo, 'suoritukset')).some((s) => koodiarvo(getOwn(s, 'tyyppi')) === 'valma')) return 'valma'
  return undefined
}

/**
 * Whether the documents show the studies done: the last state is `valmistunut` or a päätaso is confirmed, or every
 * osasuoritus (at any depth, at least one) is assessed — and no osasuoritus started on or after 1.8.2022 (LUVA kurssit
 * carry `alkamispäivä`). Assessment and confirmation dates on or after 1.8.2022 do not matter (the instruction says
 * so). Iterative, linear in the size of the document.
 */
export function opinnotValmiit(oo: unknown): boolean {
  const raja = SIIRTYMÄN_RAJAPÄIVÄT.uusiaEiLuodaAlkaen.päivä
  const js = jaksot(oo)
  const valmistunut = koodiarvo(getOwn(js[js.length - 1], 'tila')) === 'valmistunut'
  const päätasot = lista(getOwn(oo, 'suoritukset'))
  const vahvistettu = päätasot.some((s) => isRecord(getOwn(s, 'vahvistus')))
  let osia = 0
  let kaikkiArvioitu = true
  const pino: unknown[] = []
  for (const p of päätasot) pino.push(...lista(getOwn(p, 'osasuoritukset')))
  while (pino.length > 0) {
    const os = pino.pop()
    osia++
    const alku = merkkijono(getOwn(os, 'alkamispäivä'))
    if (alku !== undefined && alku >= raja) return false
    if (lista(getOwn(os, 'arviointi')).length === 0) kaikkiArvioitu = false
    for (const x of lista(getOwn(os, 'osasuoritukset'))) pino.push(x)
  }
  return valmistunut || vahvistettu || (osia > 0 && kaikkiArvioitu)
}

/**
 * The transition provision for one learner. `aiempi`: the earlier LUVA, VALMA or lisäopetus study right (raw JSON);
 * `tuva`: the learner's TUVA study right, when there is one (its start is checked against 1.8.2022).
 *
 * - not a LUVA/VALMA/lisäopetus study right, or one starting on or after 1.8.2022, or one that ended before 31.7.2022:
 *   `eiSiirtymää`;
 * - studies all completed by 31.7.2022 ({@link opinnotValmiit}, or `asetukset.opinnotSuoritettu`): `päivitäAiempi`
 *   (the provision does not apply; no TUVA study right);
 * - otherwise `luoTuva` from 1.8.2022 (LUVA: unless its provider, without a TUVA permit, goes on under § 28(2) until 31.7.2023).
 */
export function siirtymäsäännös(aiempi: unknown, tuva?: unknown, asetukset: SiirtymänAsetukset = {}): Siirtymävastaus {
  const koulutus = siirtymänKoulutus(aiempi)
  if (koulutus === undefined) return { sovelletaan: false, toimenpide: 'eiSiirtymää', perusteet: [peruste('eiSiirtymänKoulutus')] }
  const alku = raakaAlkamispäivä(aiempi)
  if (alku !== undefined && alku >= SIIRTYMÄN_RAJAPÄIVÄT.uusiaEiLuodaAlkaen.päivä) {
    return { sovelletaan: false, toimenpide: 'eiSiirtymää', koulutus, perusteet: [peruste('alkaaSiirtymänJälkeen')] }
  }
  const loppu = raakaPäättymispäivä(aiempi)
  if (loppu !== undefined && loppu < SIIRTYMÄN_RAJAPÄIVÄT.opinnotValmiitViimeistään.päivä) {
    return { sovelletaan: false, toimenpide: 'eiSiirtymää', koulutus, perusteet: [peruste('päättynytEnnenSiirtymää')] }
  }
  const valmiit = asetukset.opinnotSuoritettu ?? opinnotValmiit(aiempi)
  if (valmiit) {
    const perusteet = [peruste('opinnotValmiit'), ...(tuva === undefined ? [] : [peruste('tuvaTarpeeton')])]
    return { sovelletaan: false, toimenpide: 'päivitäAiempi', koulutus, perusteet }
  }
  const tuvanAlku = tuva === undefined ? undefined : raakaAlkamispäivä(tuva)
  const aikaisintaan = SIIRTYMÄN_RAJAPÄIVÄT.tuvaAlkaaAikaisintaan.päivä
  const perusteet = [
    peruste('opinnotKesken'),
    ...(koulutus === 'luva' ? [peruste('luvaJatkuu')] : []),
    ...(tuvanAlku !== undefined && tuvanAlku < aikaisintaan ? [peruste('tuvaAlkaaLiianAikaisin')] : []),
  ]
  return { sovelletaan: true, toimenpide: 'luoTuva', koulutus, tuvaAlkaaAikaisintaan: aikaisintaan, perusteet }
}
