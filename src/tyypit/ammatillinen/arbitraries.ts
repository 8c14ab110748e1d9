// The generator of valid ammatillinen documents behind `validiAmmatillinenOppija` and `validiAmmatillinenOpiskeluoikeus`
// (src/arbitraries/index.ts).
import * as fc from 'fast-check'
import { addDaysToDate, isCalendarDate } from '../../date'
import { addYearsToDate } from '../../date/addYearsToDate'
import { daysBetweenDates } from '../../date/daysBetweenDates'
import { hetuFor, koodi, KOULUTUSTOIMIJA_OID, OPPILAITOS_OID, type Json } from '../../arbitraries/rakentajat'

/** The kinds of ammatillinen study rights the arbitraries make, by their päätaso. */
export type AmmatillinenArbitraariLaji =
  /** `ammatillinentutkinto`, a reformi perustutkinto with its YTO and their osa-alueet. */
  | 'perustutkinto'
  /** `ammatillinentutkintoosittainen`: one to three tutkinnon osat of a tutkinto. */
  | 'osittainen'
  /** `muuammatillinenkoulutus`, local or ammatilliseen tehtävään valmistava. */
  | 'muuammatillinen'
  /** `muuammatillinenkoulutus` funded by JOTPA (rahoitus 14 or 15 on every jakso, `lisätiedot.jotpaAsianumero`), from 2022. */
  | 'jotpa'
  /** `valma`, its tila history ending by 2023-05-31 (no VALMA tila after that: X-VALMA-1). */
  | 'valma'
  /** `telma`, before TUVA replaced it (by 2022-07-31). */
  | 'telma'

/** Options of the ammatillinen arbitraries. */
export interface AmmatillinenGeneraattorinAsetukset {
  /** The kinds to draw from. Default: all (those whose time the validation date allows). */
  readonly lajit?: readonly AmmatillinenArbitraariLaji[]
  /**
   * The validation date `YYYY-MM-DD` the documents are valid on: pass the same date to `validate(doc, { today })`.
   * Default `OLETUSPÄIVÄ` (2026-11-22); at least 2019-02-01 (and 2022-01-01 for `jotpa`).
   */
  readonly today?: string
}

const OLETUSPÄIVÄ = '2026-11-22'
/** The first day of the generated study rights (and the earliest validation date, plus a month). */
const ALKAEN = '2019-01-01'
const JOTPA_ALKAEN = '2022-01-01'
const VALMA_VIIMEINEN = '2023-05-31'
const TELMA_VIIMEINEN = '2022-07-31'
/** The last day a VALMA study right may start (the 2022 transition, seed 001). */
const VALMA_ALKAA_VIIMEISTÄÄN = '2022-07-31'
const KAIKKI_LAJIT: readonly AmmatillinenArbitraariLaji[] = ['perustutkinto', 'osittainen', 'muuammatillinen', 'jotpa', 'valma', 'telma']

interface Asetukset {
  readonly lajit: readonly AmmatillinenArbitraariLaji[]
  readonly today: string
}

/** The latest date a kind's tila history may reach on `today`. */
const lajinViimeinen = (laji: AmmatillinenArbitraariLaji, today: string): string =>
  laji === 'valma' ? (today < VALMA_VIIMEINEN ? today : VALMA_VIIMEINEN) : laji === 'telma' ? (today < TELMA_VIIMEINEN ? today : TELMA_VIIMEINEN) : today
const lajinEnsimmäinen = (laji: AmmatillinenArbitraariLaji): string => (laji === 'jotpa' ? JOTPA_ALKAEN : ALKAEN)

/** Checks the options (a RangeError on a wrong one: they are a test author's constants). */
export function lueAmmatillisenAsetukset(asetukset: AmmatillinenGeneraattorinAsetukset = {}): Asetukset {
  const today = asetukset.today ?? OLETUSPÄIVÄ
  if (!isCalendarDate(today) || today < addDaysToDate(ALKAEN, 31)) throw new RangeError('koski-validation/arbitraries: today must be a date YYYY-MM-DD on or after 2019-02-01')
  const pyydetyt = asetukset.lajit
  if (pyydetyt !== undefined && (!Array.isArray(pyydetyt) || pyydetyt.length === 0 || pyydetyt.some((l) => !KAIKKI_LAJIT.includes(l)))) {
    throw new RangeError(`koski-validation/arbitraries: lajit must be a non-empty list of ${KAIKKI_LAJIT.map((l) => `'${l}'`).join(', ')}`)
  }
  const mahdolliset = KAIKKI_LAJIT.filter((l) => lajinEnsimmäinen(l) < today)
  const lajit = pyydetyt === undefined ? mahdolliset : [...new Set(pyydetyt)]
  const mahdoton = lajit.find((l) => !mahdolliset.includes(l))
  if (mahdoton !== undefined) throw new RangeError(`koski-validation/arbitraries: '${mahdoton}' needs today after ${lajinEnsimmäinen(mahdoton)}`)
  return { lajit, today }
}

// ---------------------------------------------------------------------------------------------------------------
// Parts

type Gen = fc.GeneratorValue

const pick = <T>(g: Gen, ...values: T[]): T => g(() => fc.constantFrom<T>(...values))
const dateIn = (g: Gen, from: string, to: string): string => addDaysToDate(from, g(fc.integer, { min: 0, max: Math.max(0, daysBetweenDates(from, to)) }))
const distinctSorted = (g: Gen, min: number, max: number, n: number): number[] =>
  g(() => fc.uniqueArray(fc.integer({ min, max }), { minLength: n, maxLength: n })).sort((a, b) => a - b)

const osp = (arvo: number): Json => ({ arvo, yksikkö: koodi('opintojenlaajuusyksikko', '6') })
const toimipiste = (): Json => ({ oid: OPPILAITOS_OID })
const henkilövahvistus = (päivä: string): Json => ({
  päivä,
  paikkakunta: koodi('kunta', '091'),
  myöntäjäOrganisaatio: { oid: OPPILAITOS_OID },
  myöntäjäHenkilöt: [{ nimi: 'Reijo Reksi', titteli: { fi: 'rehtori' }, organisaatio: { oid: OPPILAITOS_OID } }],
})
/** An accepted grade (no hylätty anywhere: A-ARV-1), always of one numeric scale, 1–5 (A-ARV-2). */
const arviointi15 = (g: Gen, päivä: string): Json => ({ arvosana: koodi('arviointiasteikkoammatillinen15', pick(g, '1', '2', '3', '4', '5')), päivä })
const hyväksytty = (päivä: string): Json => ({ arvosana: koodi('arviointiasteikkoammatillinenhyvaksyttyhylatty', 'Hyväksytty'), päivä })

/** The YTO of the reformi perustutkinto since 2022 (koodisto tutkinnonosat), each with osa-alueet whose laajuudet sum to its laajuus (A-YTO-1). */
const YTO: readonly { readonly koodi: string; readonly osaAlueet: readonly (readonly [string, number, string | undefined])[] }[] = [
  { koodi: '106727', osaAlueet: [['VVAI22', 4, 'FI'], ['VVTK', 1, 'SV'], ['VVVK', 3, 'EN'], ['VVTD', 3, undefined]] },
  { koodi: '106728', osaAlueet: [['MLMA', 4, undefined], ['MLFK', 2, undefined]] },
  { koodi: '106729', osaAlueet: [['YKT', 9, undefined]] },
]
/** Ammatilliset tutkinnon osat of the Ajoneuvoalan perustutkinto (as in KOSKI's examples). */
const AMMATILLISET_OSAT: readonly (readonly [string, number])[] = [
  ['106945', 30],
  ['106943', 30],
  ['106946', 15],
  ['106947', 25],
  ['106950', 45],
]

/** Days on which things are assessed: between the start and the last day anything may happen. */
interface Aikajana {
  readonly alku: string
  readonly viimeinen: string
}

/** A national tutkinnon osa (ryhmä 1), assessed with its whole tree or not at all. */
const ammatillinenOsa = (g: Gen, [koodiarvo, laajuus]: readonly [string, number], aika: Aikajana, arvioitu: boolean): Json => ({
  koulutusmoduuli: { tunniste: koodi('tutkinnonosat', koodiarvo), pakollinen: true, laajuus: osp(laajuus) },
  tutkinnonOsanRyhmä: koodi('ammatillisentutkinnonosanryhma', '1'),
  ...(arvioitu ? { arviointi: [arviointi15(g, dateIn(g, aika.alku, aika.viimeinen))] } : {}),
  ...(g(fc.boolean) ? { toimipiste: toimipiste() } : {}),
  tyyppi: koodi('suorituksentyyppi', 'ammatillisentutkinnonosa'),
})

/** A YTO with its osa-alueet (laajuus their sum), assessed with its osa-alueet or not at all. */
const ytoOsa = (g: Gen, yto: (typeof YTO)[number], aika: Aikajana, arvioitu: boolean): Json => ({
  koulutusmoduuli: { tunniste: koodi('tutkinnonosat', yto.koodi), pakollinen: true, laajuus: osp(yto.osaAlueet.reduce((s, [, l]) => s + l, 0)) },
  tutkinnonOsanRyhmä: koodi('ammatillisentutkinnonosanryhma', '2'),
  ...(arvioitu ? { arviointi: [arviointi15(g, dateIn(g, aika.alku, aika.viimeinen))] } : {}),
  osasuoritukset: yto.osaAlueet.map(([k, laajuus, kieli]) => ({
    koulutusmoduuli: {
      tunniste: koodi('ammatillisenoppiaineet', k),
      ...(kieli === undefined ? {} : { kieli: koodi('kielivalikoima', kieli) }),
      pakollinen: true,
      laajuus: osp(laajuus),
    },
    ...(arvioitu || g(fc.boolean) ? { arviointi: [arviointi15(g, dateIn(g, aika.alku, aika.viimeinen))] } : {}),
    tyyppi: koodi('suorituksentyyppi', 'ammatillisentutkinnonosanosaalue'),
  })),
  tyyppi: koodi('suorituksentyyppi', 'ammatillisentutkinnonosa'),
})

const tutkinto = (): Json => ({ tunniste: koodi('koulutus', '351301'), perusteenDiaarinumero: 'OPH-5410-2021' })

/** Osaamisen hankkimistavat of the reform: oppilaitosmuotoinen koulutus or koulutussopimus (no deprecated one: A-HANK-1). */
const hankkimistavat = (g: Gen, aika: Aikajana): Json[] => [
  { alku: aika.alku, osaamisenHankkimistapa: { tunniste: koodi('osaamisenhankkimistapa', pick(g, 'oppilaitosmuotoinenkoulutus', 'koulutussopimus')) } },
]
const koulutussopimus = (g: Gen, aika: Aikajana): Json => {
  const alku = dateIn(g, aika.alku, aika.viimeinen)
  return { alku, loppu: dateIn(g, alku, aika.viimeinen), työssäoppimispaikka: { fi: 'Autokorjaamo Oy' }, paikkakunta: koodi('kunta', '091'), maa: koodi('maatjavaltiot2', '246') }
}

const paikallinen = (koodiarvo: string, nimi: string): Json => ({ koodiarvo, nimi: { fi: nimi } })

// ---------------------------------------------------------------------------------------------------------------
// The generator

type Loppu = 'valmistunut' | 'katsotaaneronneeksi' | undefined

/**
 * The arbitrary of valid ammatillinen Oppija documents (`{ henkilö, opiskeluoikeudet: [oo] }`). "Valid" means:
 * `validate(doc, { today })` gives no error and no warning finding. Deliberately conservative:
 * - rahoitus on every jakso (1, or for `jotpa` one of 14/15 throughout with `lisätiedot.jotpaAsianumero`, from 2022);
 *   no `loma` and no VOS-2025 lisätiedot; no `eronnut`; katsotaan eronneeksi ⇒ no vahvistus (A-ERO-1);
 * - valmistunut ⇒ vahvistus on the päättymispäivä and every osasuoritus assessed with its whole tree (G-STAT-2);
 *   otherwise an osasuoritus is assessed with its tree or not at all; every grade accepted, of one numeric scale;
 * - YTO laajuus = the sum of its osa-alueet (A-YTO-1), no VV… osa-alue without its kieli (A-VV-1), no …26 codes;
 *   keskiarvo only on a vahvistettu tutkinto (A-KA-1); osaamisen hankkimistavat oppilaitosmuotoinen/koulutussopimus;
 * - VALMA starts by 2022-07-31 (X-SIIRT-1) and its tila history ends by 2023-05-31 (X-VALMA-1), TELMA's by 2022-07-31; every date on or before `today`;
 * - the learner was born 1960–2003, so free education (maksuttomuus) is not in question and not given.
 */
export function ammatillinenOppijaJson(asetukset: Asetukset): fc.Arbitrary<Json> {
  const { lajit, today: TODAY } = asetukset
  return fc.gen().map((g) => {
    const laji = pick(g, ...lajit)
    const ensimmäinen = lajinEnsimmäinen(laji)
    const viimeinen = lajinViimeinen(laji, TODAY)
    // a VALMA study right starts before 1.8.2022: none is created from that day on (seed 001; our warning X-SIIRT-1)
    const alkuViimeistään = addDaysToDate(viimeinen, -30)
    const A = dateIn(g, ensimmäinen, laji === 'valma' && alkuViimeistään > VALMA_ALKAA_VIIMEISTÄÄN ? VALMA_ALKAA_VIIMEISTÄÄN : alkuViimeistään)
    const loppu: Loppu = laji === 'valma' || laji === 'telma' ? pick<Loppu>(g, 'valmistunut', 'valmistunut', 'katsotaaneronneeksi') : pick<Loppu>(g, 'valmistunut', 'katsotaaneronneeksi', undefined, undefined)
    const span = daysBetweenDates(A, viimeinen)
    const välit = g(fc.integer, { min: 0, max: Math.min(2, span - 1) })
    const päivät = [A, ...distinctSorted(g, 1, span, välit + (loppu === undefined ? 0 : 1)).map((o) => addDaysToDate(A, o))]
    const jotpa = laji === 'jotpa' ? pick(g, '14', '15') : undefined
    const rahoitus = jotpa ?? '1'
    const jaksot = päivät.map((alku, i) => {
      const tila = loppu !== undefined && i === päivät.length - 1 ? loppu : i > 0 && g(fc.boolean) ? 'valiaikaisestikeskeytynyt' : 'lasna'
      // rahoitus on every jakso: a keskeytynyt one may have it, and then a JOTPA study right's rahoitus stays uniform
      return { alku, tila: koodi('koskiopiskeluoikeudentila', tila), opintojenRahoitus: koodi('opintojenrahoitus', rahoitus) }
    })
    const P = loppu === undefined ? undefined : päivät[päivät.length - 1]!
    const aika: Aikajana = { alku: A, viimeinen: P ?? viimeinen }
    const valmis = loppu === 'valmistunut'
    const kaikkiArvioitu = valmis
    const arvioitu = (): boolean => kaikkiArvioitu || g(fc.boolean)
    const vahvistus = valmis ? { vahvistus: henkilövahvistus(P!) } : {}

    let suoritus: Json
    if (laji === 'perustutkinto') {
      const osat = [
        ...g(fc.subarray, [...AMMATILLISET_OSAT], { minLength: valmis ? 3 : 0 }).map((o) => ammatillinenOsa(g, o, aika, arvioitu())),
        ...g(fc.subarray, [...YTO], { minLength: valmis ? 3 : 0 }).map((y) => ytoOsa(g, y, aika, arvioitu())),
      ]
      suoritus = {
        koulutusmoduuli: tutkinto(),
        suoritustapa: koodi('ammatillisentutkinnonsuoritustapa', 'reformi'),
        ...(g(fc.boolean) ? { tutkintonimike: [koodi('tutkintonimikkeet', '10024')] } : {}),
        ...(g(fc.boolean) ? { osaamisala: [{ osaamisala: koodi('osaamisala', '1525'), alku: A }] } : {}),
        toimipiste: toimipiste(),
        alkamispäivä: A,
        ...vahvistus,
        suorituskieli: koodi('kieli', 'FI'),
        osaamisenHankkimistavat: hankkimistavat(g, aika),
        ...(g(fc.boolean) ? { koulutussopimukset: [koulutussopimus(g, aika)] } : {}),
        ...(osat.length > 0 ? { osasuoritukset: osat } : {}),
        ...(valmis ? { keskiarvo: pick(g, 3, 3.5, 4.2), keskiarvoSisältääMukautettujaArvosanoja: false } : {}),
        tyyppi: koodi('suorituksentyyppi', 'ammatillinentutkinto'),
      }
    } else if (laji === 'osittainen') {
      const osat = [
        ...g(fc.subarray, [...AMMATILLISET_OSAT], { minLength: 1, maxLength: 2 }).map((o) => ammatillinenOsa(g, o, aika, arvioitu())),
        ...(g(fc.boolean) ? [ytoOsa(g, YTO[1]!, aika, arvioitu())] : []),
      ]
      suoritus = {
        koulutusmoduuli: tutkinto(),
        suoritustapa: koodi('ammatillisentutkinnonsuoritustapa', 'reformi'),
        toimipiste: toimipiste(),
        alkamispäivä: A,
        ...vahvistus,
        suorituskieli: koodi('kieli', 'FI'),
        osaamisenHankkimistavat: hankkimistavat(g, aika),
        osasuoritukset: osat,
        tyyppi: koodi('suorituksentyyppi', 'ammatillinentutkintoosittainen'),
      }
    } else if (laji === 'muuammatillinen' || laji === 'jotpa') {
      const n = g(fc.integer, { min: valmis ? 1 : 0, max: 3 })
      const osat = Array.from({ length: n }, (_, i) => {
        const a = arvioitu()
        return {
          koulutusmoduuli: { tunniste: paikallinen(`OSA${i + 1}`, `Koulutuksen osa ${i + 1}`), kuvaus: { fi: `Koulutuksen osa ${i + 1}` }, laajuus: osp(g(fc.integer, { min: 1, max: 10 })) },
          ...(a ? { arviointi: [{ arvosana: koodi('arviointiasteikkomuuammatillinenkoulutus', 'Suoritettu'), päivä: dateIn(g, aika.alku, aika.viimeinen) }] } : {}),
          tyyppi: koodi('suorituksentyyppi', 'muunammatillisenkoulutuksenosasuoritus'),
        }
      })
      const tehtävään = laji === 'muuammatillinen' && g(fc.boolean)
      suoritus = {
        koulutusmoduuli: tehtävään
          ? { tunniste: koodi('ammatilliseentehtavaanvalmistavakoulutus', pick(g, '1', '2', '3', '4')), laajuus: osp(n > 0 ? osat.reduce((s, o) => s + o.koulutusmoduuli.laajuus.arvo, 0) : 20) } // G-LAAJ-2: a vahvistettu one has the sum of its osat
          : { tunniste: paikallinen(laji === 'jotpa' ? 'JOTPA1' : 'MUU1', laji === 'jotpa' ? 'Täydennyskoulutus' : 'Työelämän perusvalmiudet'), kuvaus: { fi: 'Paikallinen koulutus' } },
        toimipiste: toimipiste(),
        alkamispäivä: A,
        ...vahvistus,
        suorituskieli: koodi('kieli', 'FI'),
        ...(n > 0 ? { osasuoritukset: osat } : {}),
        tyyppi: koodi('suorituksentyyppi', 'muuammatillinenkoulutus'),
      }
    } else {
      const valma = laji === 'valma'
      const n = g(fc.integer, { min: valmis ? 1 : 0, max: 3 })
      const osat = Array.from({ length: n }, (_, i) => ({
        koulutusmoduuli: { tunniste: paikallinen(`${valma ? 'VALMA' : 'TELMA'}${i + 1}`, `Valmentava osa ${i + 1}`), kuvaus: { fi: `Valmentava osa ${i + 1}` }, pakollinen: i === 0, laajuus: osp(g(fc.integer, { min: 2, max: 20 })) },
        ...(arvioitu() ? { arviointi: [hyväksytty(dateIn(g, aika.alku, aika.viimeinen))] } : {}),
        tyyppi: koodi('suorituksentyyppi', valma ? 'valmakoulutuksenosa' : 'telmakoulutuksenosa'),
      }))
      suoritus = {
        koulutusmoduuli: { tunniste: koodi('koulutus', valma ? '999901' : '999903'), perusteenDiaarinumero: valma ? 'OPH-2658-2017' : '6/011/2015' },
        toimipiste: toimipiste(),
        ...vahvistus,
        suorituskieli: koodi('kieli', 'FI'),
        ...(n > 0 ? { osasuoritukset: osat } : {}),
        tyyppi: koodi('suorituksentyyppi', valma ? 'valma' : 'telma'),
      }
    }

    const lisätiedot: Json = {}
    if (jotpa !== undefined) lisätiedot.jotpaAsianumero = koodi('jotpaasianumero', pick(g, '01/5848/2023', '01/459/2024', '02/459/2024'))
    if (g(fc.integer, { min: 0, max: 3 }) === 0) lisätiedot.majoitus = [{ alku: A, loppu: aika.viimeinen }]
    if (g(fc.integer, { min: 0, max: 3 }) === 0) lisätiedot.osaAikaisuusjaksot = [{ alku: A, osaAikaisuus: g(fc.integer, { min: 10, max: 90 }) }]

    const oo: Json = {
      tyyppi: koodi('opiskeluoikeudentyyppi', 'ammatillinenkoulutus'),
      lähdejärjestelmänId: { id: `amm-${g(fc.integer, { min: 1, max: 99_999 })}`, lähdejärjestelmä: koodi('lahdejarjestelma', 'primus') },
      oppilaitos: { oid: OPPILAITOS_OID },
      ...(g(fc.boolean) ? { koulutustoimija: { oid: KOULUTUSTOIMIJA_OID } } : {}),
      ...(g(fc.boolean) ? { ostettu: false } : {}),
      tila: { opiskeluoikeusjaksot: jaksot },
      ...(Object.keys(lisätiedot).length > 0 ? { lisätiedot } : {}),
      suoritukset: [suoritus],
    }

    // The learner: an adult (born 1960–2003), so free education is not in question.
    const birthDate = dateIn(g, '1960-01-01', minDate('2003-12-31', addYearsToDate(A, -16)))
    const separator = Number(birthDate.slice(0, 4)) >= 2000 ? pick(g, 'A', 'B', 'C', 'D', 'E', 'F') : pick(g, '-', 'Y', 'X', 'W', 'V', 'U')
    const henkilö = { hetu: hetuFor(birthDate, g(fc.integer, { min: 2, max: 899 }), separator), etunimet: 'Xerxeliina', sukunimi: 'Qwertyläinen' }
    return { henkilö, opiskeluoikeudet: [oo] }
  })
}

const minDate = (a: string, b: string): string => (a < b ? a : b)
