// The generator of valid TUVA documents behind `validiTuvaOppija` and `validiTuvaOpiskeluoikeus` (./index.ts).
import * as fc from 'fast-check'
import type { TuvaJärjestämislupa } from './codec'
import { addDaysToDate, isCalendarDate } from '../../date'
import { addYearsToDate } from '../../date/addYearsToDate'
import { daysBetweenDates } from '../../date/daysBetweenDates'
import { arviointi, hetuFor, jakso, koodi, kurssi, KOULUTUSTOIMIJA_OID, osa, päätaso, tuvaOpiskeluoikeus, vahvistus, valinnainen, type Json } from '../../arbitraries/rakentajat'

/** The forms of `henkilö` KOSKI accepts in an Oppija, by KOSKI's class names. */
export type Henkilömuoto = 'UusiHenkilö' | 'TäydellisetHenkilötiedot' | 'OidHenkilö'

/** Options of the TUVA arbitraries. */
export interface TuvaGeneraattorinAsetukset {
  /** The järjestämisluvat (koodisto `tuvajarjestamislupa`) to draw from. Default: all three. */
  readonly järjestämisluvat?: readonly TuvaJärjestämislupa[]
  /**
   * The forms of `henkilö` to draw from (only for `validiTuvaOppija`). Default: all three. A `UusiHenkilö` and
   * `TäydellisetHenkilötiedot` carry a hetu, so the free-education rules run; with an `OidHenkilö` the birth date is
   * unknown, so `validate` lists MK-REQ-1 / MK-REL-1 in `report.skipped` instead of running them.
   */
  readonly henkilömuodot?: readonly Henkilömuoto[]
  /**
   * The validation date `YYYY-MM-DD` the documents are valid on: pass the same date to `validate(doc, { today })`.
   * Every date of a document is on or before it, but the estimate `arvioituPäättymispäivä`. Default `OLETUSPÄIVÄ` (2026-11-22), a fixed date so that a test
   * gives the same result on every day it runs; at least 2021-08-01.
   */
  readonly today?: string
}

/** The default validation date of the arbitraries (fixed, not the clock: property tests must be reproducible). */
export const OLETUSPÄIVÄ = '2026-11-22'

/** TUVA's first day: no TUVA study right starts earlier. */
export const TUVA_ALKAEN = '2021-08-01'

const KAIKKI_LUVAT: readonly TuvaJärjestämislupa[] = ['ammatillinen', 'lukio', 'perusopetus']
const KAIKKI_HENKILÖMUODOT: readonly Henkilömuoto[] = ['UusiHenkilö', 'TäydellisetHenkilötiedot', 'OidHenkilö']

/** The last day the VOS-2025 lisätiedot and `loma` may be in force (production's default `vosRajapäivä`). */
const VOS_R = '2025-12-31'

interface Asetukset {
  readonly luvat: readonly TuvaJärjestämislupa[]
  readonly henkilömuodot: readonly Henkilömuoto[]
  readonly today: string
}

const valinta = <T extends string>(name: string, value: readonly T[] | undefined, all: readonly T[]): readonly T[] => {
  if (value === undefined) return all
  if (!Array.isArray(value) || value.length === 0 || value.some((v) => !all.includes(v))) {
    throw new RangeError(`koski-validation/arbitraries: ${name} must be a non-empty list of ${all.map((v) => `'${v}'`).join(', ')}`)
  }
  return [...new Set(value)]
}

/** Checks the options (throws a RangeError on a wrong one: they are a test author's constants). */
export function lueAsetukset(asetukset: TuvaGeneraattorinAsetukset = {}): Asetukset {
  const today = asetukset.today ?? OLETUSPÄIVÄ
  if (!isCalendarDate(today) || today < TUVA_ALKAEN) {
    throw new RangeError(`koski-validation/arbitraries: today must be a date YYYY-MM-DD on or after ${TUVA_ALKAEN}`)
  }
  return {
    luvat: valinta('järjestämisluvat', asetukset.järjestämisluvat, KAIKKI_LUVAT),
    henkilömuodot: valinta('henkilömuodot', asetukset.henkilömuodot, KAIKKI_HENKILÖMUODOT),
    today,
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing values

/** Names that never occur in any message, so a test can prove findings do not carry them. Invented. */
export const ETUNIMET_LISTA = ['Zyxmö Quintus', 'Xerxeliina', 'Quirinus Zebulon', 'Yggdrasilia', 'Wolfhardia Xanthe'] as const
export const SUKUNIMET_LISTA = ['Qwertyläinen', 'Zxcvbnen', 'Xylofoninen', 'Kvqzzström'] as const

type Gen = fc.GeneratorValue

const maxDate = (a: string, b: string): string => (a > b ? a : b)
const minDate = (a: string, b: string): string => (a < b ? a : b)

/** One of `values`. */
const pick = <T>(g: Gen, ...values: T[]): T => g(() => fc.constantFrom<T>(...values))
/** Sorted distinct integers in [min, max]. */
const distinctSorted = (g: Gen, min: number, max: number, n: number): number[] =>
  g(() => fc.uniqueArray(fc.integer({ min, max }), { minLength: n, maxLength: n })).sort((a, b) => a - b)

const dateIn = (g: Gen, from: string, to: string): string => addDaysToDate(from, g(fc.integer, { min: 0, max: Math.max(0, daysBetweenDates(from, to)) }))

const viikot = (g: Gen, min: number, max: number): number => g(fc.integer, { min: min * 2, max: max * 2 }) / 2

/** Strictly increasing arviointi dates in [from, to], the last one with `last`, earlier ones with any arvosana. */
const arvioinnit = (g: Gen, from: string, to: string, last: 'Hyväksytty' | 'Hylätty'): Json[] => {
  const span = daysBetweenDates(from, to)
  const n = span >= 1 ? g(fc.integer, { min: 1, max: 2 }) : 1
  const offsets = n === 1 ? [g(fc.integer, { min: 0, max: span })] : distinctSorted(g, 0, span, n)
  return offsets.map((o, i) => arviointi(addDaysToDate(from, o), i === offsets.length - 1 ? last : pick(g, 'Hyväksytty', 'Hylätty')))
}

const aikajakso = (g: Gen, from: string, to: string): Json => {
  const alku = dateIn(g, from, to)
  return g(fc.boolean) ? { alku, loppu: dateIn(g, alku, to) } : { alku }
}

const aikajaksot = (g: Gen, from: string, to: string): Json[] => Array.from({ length: g(fc.integer, { min: 1, max: 2 }) }, () => aikajakso(g, from, to))

const OSA_MAX: Readonly<Record<string, number>> = { '101': 10, '102': 20, '103': 20, '104': 10, '105': 30, '106': 30, '107': 30 }
const OSATYYPIT = ['tutkintokoulutukseenvalmentava', 'tuvaperusopetus', 'tuvalukiokoulutus', 'tuvaammatillinenkoulutus'] as const

type Loppu = 'valmistunut' | 'katsotaaneronneeksi' | 'mitatoity' | undefined

// ---------------------------------------------------------------------------------------------------------------
// The generator

/**
 * The arbitrary of valid TUVA Oppija documents as plain JSON. "Valid" means: `validate(doc, { today })` gives no error and no warning finding, where `today` is the generator's
 * validation date. The generator is deliberately conservative: besides the general rules it keeps clear of every TUVA
 * rule, every maksuttomuus rule and every instruction warning of the catalogue:
 * - rahoitus (1/6/10) on every lasna/valmistunut/loma jakso; no `eronnut`; `loma` only with the ammatillinen lupa,
 *   starting on or before 2025-12-31 and followed by a jakso starting on or before 2026-01-01 (T-TILA-*, T-RAH-1, T-VOS-4);
 * - valmistunut ⇒ vahvistus on the päättymispäivä, every osasuoritus and kurssi assessed, an accepted 101 of 2–10
 *   weeks, per-osa limits respected, 104 laajuus = sum of its accepted kurssit (T-VALM-*, T-LAAJ-2, G-STAT-*);
 * - katsotaaneronneeksi ⇒ every osasuoritus and kurssi assessed (T-ERO-1);
 * - perusteenDiaarinumero `OPH-1488-2021` (T-DIAARI-*); lähdejärjestelmänId with an id (G-LJ-1);
 * - VOS lisätiedot (erityinenTuki, vaikeastiVammainen, vammainenJaAvustaja) only on study rights starting on or before
 *   2025-12-31 and only with jaksot starting by then (T-VOS-1…3); perusopetus lupa: vammaisuusjaksot do not overlap and
 *   lie inside an open erityisen tuen päätös (T-LT-*);
 * - learners born 2004 or later (aged at least 15 when the study right starts) get maksuttomuus from the study right's
 *   first day and start at the latest in the year they turn 20; older learners get no maksuttomuus; no pidennys (MK-*);
 * - the study right lasts less than a year unless `pidennettyPäättymispäivä` is true (T-OHJE-7); it starts on or after
 *   2021-08-01 (TUVA's first day) and every date but the estimate `arvioituPäättymispäivä` (at most a year from the
 *   start) is on or before the validation date.
 */
export function tuvaOppijaJson(asetukset: Asetukset): fc.Arbitrary<Json> {
  const { luvat, henkilömuodot, today: TODAY } = asetukset
  /** The last birth date of a learner aged 15 on the validation date. */
  const nuorinSyntymäaika = addYearsToDate(TODAY, -15)
  return fc.gen().map((g) => {
    const lupa = pick(g, ...luvat)

    // The learner: born 2004 or later (free education) four times in five.
    const nuori = g(fc.integer, { min: 0, max: 4 }) > 0
    const birthDate = nuori ? dateIn(g, '2004-01-01', nuorinSyntymäaika) : dateIn(g, '1960-01-01', '2003-12-31')
    const birthYear = Number(birthDate.slice(0, 4))
    const separator = birthYear >= 2000 ? pick(g, 'A', 'B', 'C', 'D', 'E', 'F') : pick(g, '-', 'Y', 'X', 'W', 'V', 'U')
    const hetu = hetuFor(birthDate, g(fc.integer, { min: 2, max: 899 }), separator)
    const etunimet = pick(g, ...ETUNIMET_LISTA)
    const sukunimi = pick(g, ...SUKUNIMET_LISTA)
    const henkilöOid = `1.2.246.562.24.${String(g(fc.integer, { min: 0, max: 99_999_999 })).padStart(11, '0')}`
    const henkilömuoto = pick(g, ...henkilömuodot)
    const henkilö: Json =
      henkilömuoto === 'OidHenkilö'
        ? { oid: henkilöOid }
        : henkilömuoto === 'UusiHenkilö'
          ? { hetu, etunimet, sukunimi, ...(g(fc.boolean) ? { kutsumanimi: etunimet.split(' ')[0] } : {}) }
          : { oid: henkilöOid, hetu, etunimet, kutsumanimi: etunimet.split(' ')[0], sukunimi, ...(g(fc.boolean) ? { äidinkieli: koodi('kieli', 'FI') } : {}) }

    // The study right's time line
    const earliest = nuori ? maxDate(TUVA_ALKAEN, addYearsToDate(birthDate, 15)) : TUVA_ALKAEN
    const latest = nuori ? minDate(`${birthYear + 20}-12-31`, TODAY) : TODAY
    const A = dateIn(g, earliest, latest)
    const pidennetty = g(fc.integer, { min: 0, max: 3 }) === 0
    const endLimit = pidennetty ? TODAY : minDate(TODAY, addDaysToDate(A, 364))
    const loppu: Loppu = pick<Loppu>(g, 'valmistunut', 'valmistunut', 'katsotaaneronneeksi', undefined, undefined, 'mitatoity')
    const span = daysBetweenDates(A, endLimit)
    const jaksojaEnintään = Math.min(span + 1, loppu === undefined ? 4 : 5)
    const jaksoja =
      loppu !== undefined && jaksojaEnintään < 2
        ? 1
        : g(fc.integer, { min: loppu === undefined ? 1 : 2, max: Math.max(loppu === undefined ? 1 : 2, jaksojaEnintään) })
    const päivät = [A, ...distinctSorted(g, 1, Math.max(1, span), jaksoja - 1).map((o) => addDaysToDate(A, o))]
    const onLoppu = loppu !== undefined && päivät.length >= 2
    const rahoitus = (): string => pick(g, '1', '6', '10')
    const tilat: string[] = päivät.map((päivä, i) => {
      if (i === 0) return 'lasna'
      if (onLoppu && i === päivät.length - 1) return loppu!
      const seuraava = päivät[i + 1]
      const lomaSallittu = lupa === 'ammatillinen' && päivä <= VOS_R && seuraava !== undefined && seuraava <= addDaysToDate(VOS_R, 1)
      return lomaSallittu ? pick(g, 'lasna', 'valiaikaisestikeskeytynyt', 'loma') : pick(g, 'lasna', 'valiaikaisestikeskeytynyt')
    })
    const jaksot = päivät.map((päivä, i) => {
      const tila = tilat[i]!
      const tarvitseeRahoituksen = tila === 'lasna' || tila === 'valmistunut' || tila === 'loma'
      return jakso(päivä, tila, tarvitseeRahoituksen || g(fc.boolean) ? rahoitus() : undefined)
    })
    const viimeinenTila = tilat[tilat.length - 1]!
    const päättynyt = onLoppu && viimeinenTila !== 'mitatoity'
    const P = päättynyt ? päivät[päivät.length - 1]! : undefined
    const E = P ?? (onLoppu ? päivät[päivät.length - 1]! : endLimit) // last day anything may happen
    const kaikkiArvioitu = viimeinenTila === 'valmistunut' || viimeinenTila === 'katsotaaneronneeksi'

    // Osasuoritukset
    const valmistunut = viimeinenTila === 'valmistunut'
    const valitut = g(fc.subarray, ['101', '102', '103', '104', '105', '106', '107'], { minLength: valmistunut ? 1 : 0 })
    const koodit = valmistunut && !valitut.includes('101') ? ['101', ...valitut.slice(1)] : valitut
    if (g(fc.boolean)) koodit.reverse()
    const osat: Json[] = koodit.map((k) => {
      const arvioitu = kaikkiArvioitu || g(fc.boolean)
      if (k === '104') {
        const n = g(fc.integer, { min: 0, max: 3 })
        let hyväksytytViikot = 0
        const kurssit = Array.from({ length: n }, (_, i) => {
          const kArvioitu = arvioitu || g(fc.boolean)
          const kViikot = g(fc.boolean) || arvioitu ? viikot(g, 0.5, 3) : undefined
          const arvosana = pick(g, 'Hyväksytty', 'Hyväksytty', 'Hylätty')
          if (kArvioitu && arvosana === 'Hyväksytty' && kViikot !== undefined) hyväksytytViikot += kViikot
          return kurssi(`KURSSI${i + 1}`, `Valinnainen kurssi ${i + 1}`, kViikot, kArvioitu ? arvioinnit(g, A, E, arvosana) : undefined)
        })
        const vViikot = arvioitu && hyväksytytViikot > 0 ? hyväksytytViikot : viikot(g, 0.5, 10)
        const arvosana = pick(g, 'Hyväksytty', 'Hyväksytty', 'Hylätty')
        return valinnainen(vViikot, kurssit, arvioitu ? arvioinnit(g, A, E, arvosana) : undefined)
      }
      const min = k === '101' ? 2 : 0.5
      const arvosana = k === '101' && valmistunut ? 'Hyväksytty' : pick(g, 'Hyväksytty', 'Hyväksytty', 'Hylätty')
      const o = osa(k, viikot(g, min, OSA_MAX[k]!), arvioitu ? arvioinnit(g, A, E, arvosana) : undefined, pick(g, ...OSATYYPIT))
      if (g(fc.boolean)) o.suorituskieli = koodi('kieli', pick(g, 'FI', 'SV', 'EN'))
      if (g(fc.integer, { min: 0, max: 4 }) === 0) o.tunnustettu = { selite: { fi: 'Tunnustettu aiempi osaaminen' }, rahoituksenPiirissä: g(fc.boolean) }
      return o
    })
    const hyväksytytOsat = osat.reduce((sum: number, o: Json) => {
      const arv: Json[] | undefined = o.arviointi
      const viimeisin = arv?.[arv.length - 1]
      return viimeisin?.arvosana.koodiarvo === 'Hyväksytty' ? sum + (o.koulutusmoduuli.laajuus?.arvo ?? 0) : sum
    }, 0)
    const vahvistusPäivä = valmistunut ? P! : undefined
    const suoritus = päätaso(osat.length === 0 && g(fc.boolean) ? undefined : osat, {
      ...(vahvistusPäivä === undefined ? {} : { vahvistus: vahvistus(vahvistusPäivä) }),
      ...(hyväksytytOsat > 0 ? { laajuus: hyväksytytOsat } : {}),
    })

    // Lisätiedot
    const lisätiedot: Json = {}
    if (nuori) {
      lisätiedot.maksuttomuus = [{ alku: A, maksuton: true }]
      if (span >= 1 && g(fc.boolean)) {
        lisätiedot.maksuttomuus.push({ alku: dateIn(g, addDaysToDate(A, 1), maxDate(addDaysToDate(A, 1), E)), maksuton: g(fc.boolean) })
      }
      // free only to the end of the year the learner turns 20 (seed 004, MK-OHJE-3): not free from the next day on
      const raja = `${birthYear + 20}-12-31`
      if ((P ?? TODAY) > raja) {
        lisätiedot.maksuttomuus = [...lisätiedot.maksuttomuus.filter((j: Json) => j.alku <= raja), { alku: addDaysToDate(raja, 1), maksuton: false }]
      }
    }
    if (g(fc.integer, { min: 0, max: 3 }) === 0) {
      lisätiedot.ulkomaanjaksot = [{ ...aikajakso(g, A, E), maa: koodi('maatjavaltiot2', '752'), kuvaus: { fi: 'Vaihto-opiskelu' } }]
    }
    const kestoYliVuoden = daysBetweenDates(A, P ?? TODAY) > 364
    if (pidennetty || kestoYliVuoden) lisätiedot.pidennettyPäättymispäivä = true
    else if (g(fc.boolean)) lisätiedot.pidennettyPäättymispäivä = false
    const vosSallittu = A <= VOS_R
    const vosTo = minDate(E, VOS_R)
    if (lupa === 'ammatillinen') {
      if (g(fc.boolean)) lisätiedot[pick(g, 'majoitus', 'sisäoppilaitosmainenMajoitus')] = aikajaksot(g, A, E)
      if (g(fc.integer, { min: 0, max: 2 }) === 0) lisätiedot.osaAikaisuusjaksot = [{ ...aikajakso(g, A, E), osaAikaisuus: g(fc.integer, { min: 0, max: 99 }) }]
      if (g(fc.integer, { min: 0, max: 3 }) === 0) lisätiedot.vankilaopetuksessa = aikajaksot(g, A, E)
      if (vosSallittu && g(fc.integer, { min: 0, max: 2 }) === 0) {
        lisätiedot[pick(g, 'erityinenTuki', 'vammainenJaAvustaja')] = aikajaksot(g, A, vosTo)
      }
      if (g(fc.integer, { min: 0, max: 3 }) === 0) {
        // Both need a covering erityinen tehtävä (seed 004): an open one from the first day covers everything.
        lisätiedot.vaativanErityisenTuenErityinenTehtävä = [{ alku: A }]
        lisätiedot.vaativanErityisenTuenYhteydessäJärjestettäväMajoitus = aikajaksot(g, A, E)
        if (vosSallittu && g(fc.boolean)) lisätiedot.vaikeastiVammainen = aikajaksot(g, A, vosTo)
      }
      // koulutusvienti: true means rahoitus 6 (seed 004): only false here.
      if (g(fc.boolean)) lisätiedot.koulutusvienti = false
    } else if (lupa === 'lukio') {
      if (g(fc.boolean)) lisätiedot.sisäoppilaitosmainenMajoitus = aikajaksot(g, A, E)
    } else {
      if (g(fc.boolean)) lisätiedot.koulukoti = aikajaksot(g, A, E)
      if (g(fc.boolean)) lisätiedot.kuljetusetu = aikajakso(g, A, E)
      else if (g(fc.boolean)) lisätiedot.sisäoppilaitosmainenMajoitus = aikajaksot(g, A, E)
      else if (g(fc.boolean)) lisätiedot.majoitusetu = aikajakso(g, A, E)
      if (g(fc.boolean)) {
        lisätiedot.erityisenTuenPäätökset = [{ alku: A }]
        const raja = dateIn(g, A, E)
        const muoto = pick(g, 'vammainen', 'vaikea', 'molemmat')
        if (muoto === 'vammainen') lisätiedot.vammainen = [{ alku: A, loppu: raja }]
        else if (muoto === 'vaikea') lisätiedot.vaikeastiVammainen = [{ alku: raja }]
        else if (raja < E) {
          lisätiedot.vammainen = [{ alku: A, loppu: raja }]
          lisätiedot.vaikeastiVammainen = [{ alku: addDaysToDate(raja, 1) }]
        }
      }
    }

    const extra: Json = {}
    if (g(fc.boolean)) extra.koulutustoimija = { oid: KOULUTUSTOIMIJA_OID, ...(g(fc.boolean) ? { yTunnus: '0201256-6' } : {}) }
    if (g(fc.boolean)) extra.arvioituPäättymispäivä = dateIn(g, A, addDaysToDate(A, 364))
    if (g(fc.boolean)) extra.oid = `1.2.246.562.15.${String(g(fc.integer, { min: 0, max: 99_999_999 })).padStart(11, '0')}`
    if (g(fc.boolean)) extra.alkamispäivä = A
    if (P !== undefined && g(fc.boolean)) extra.päättymispäivä = P
    const oo = tuvaOpiskeluoikeus({
      lupa,
      jaksot,
      suoritus,
      ...(Object.keys(lisätiedot).length === 0 && g(fc.boolean) ? {} : { lisätiedot }),
      extra,
    })
    oo.lähdejärjestelmänId.id = `tuva-${g(fc.integer, { min: 1, max: 99_999 })}`
    return { henkilö, opiskeluoikeudet: [oo] }
  })
}
