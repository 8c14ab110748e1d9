// The generator of valid MUKS documents behind `validiMuksOppija` and `validiMuksOpiskeluoikeus` (src/arbitraries).
import * as fc from 'fast-check'
import { addDaysToDate, isCalendarDate } from '../../date'
import { daysBetweenDates } from '../../date/daysBetweenDates'
import { hetuFor, koodi, type Json } from '../../arbitraries/rakentajat'
import { ETUNIMET_LISTA, SUKUNIMET_LISTA, type Henkilömuoto } from '../tuva/arbitraries'

/** Options of the MUKS arbitraries. */
export interface MuksGeneraattorinAsetukset {
  /**
   * The forms of `henkilö` to draw from (only for `validiMuksOppija`). Default: all three. MUKS has no age rules, so
   * every form validates alike.
   */
  readonly henkilömuodot?: readonly Henkilömuoto[]
  /**
   * The validation date `YYYY-MM-DD` the documents are valid on: pass the same date to `validate(doc, { today })`.
   * Every date of a document is on or before it, but the estimate `arvioituPäättymispäivä`. Default `OLETUSPÄIVÄ`
   * (2026-11-22); at least 2023-01-01 ({@link MUKS_ALKAEN}).
   */
  readonly today?: string
}

/**
 * The first day of the generated MUKS study rights: MUKS study rights are created for training starting 1.1.2023 or
 * later (seed 000, "KOSKI-palvelu"; those of 2022 were stored afterwards by 30.4.2023).
 */
export const MUKS_ALKAEN = '2023-01-01'

/** The oppilaitos of the generated MUKS study rights: KOSKI's example "Jatkuva Koulutus Oy" (MockOrganisaatiot.MuuKuinSäänneltyKoulutusToimija). */
export const MUKS_OPPILAITOS_OID = '1.2.246.562.10.24407356278'

const KAIKKI_HENKILÖMUODOT: readonly Henkilömuoto[] = ['UusiHenkilö', 'TäydellisetHenkilötiedot', 'OidHenkilö']

interface Asetukset {
  readonly henkilömuodot: readonly Henkilömuoto[]
  readonly today: string
}

const OLETUSPÄIVÄ = '2026-11-22'

/** Checks the options (throws a RangeError on a wrong one: they are a test author's constants). */
export function lueMuksAsetukset(asetukset: MuksGeneraattorinAsetukset = {}): Asetukset {
  const today = asetukset.today ?? OLETUSPÄIVÄ
  if (!isCalendarDate(today) || today < MUKS_ALKAEN) throw new RangeError(`koski-validation/arbitraries: today must be a date YYYY-MM-DD on or after ${MUKS_ALKAEN}`)
  const muodot = asetukset.henkilömuodot
  if (muodot !== undefined && (!Array.isArray(muodot) || muodot.length === 0 || muodot.some((m) => !KAIKKI_HENKILÖMUODOT.includes(m)))) {
    throw new RangeError(`koski-validation/arbitraries: henkilömuodot must be a non-empty list of ${KAIKKI_HENKILÖMUODOT.map((v) => `'${v}'`).join(', ')}`)
  }
  return { henkilömuodot: muodot === undefined ? KAIKKI_HENKILÖMUODOT : [...new Set(muodot)], today }
}

type Gen = fc.GeneratorValue

const pick = <T>(g: Gen, ...values: T[]): T => g(() => fc.constantFrom<T>(...values))
const dateIn = (g: Gen, from: string, to: string): string => addDaysToDate(from, g(fc.integer, { min: 0, max: Math.max(0, daysBetweenDates(from, to)) }))

const laajuus = (tunnit: number): Json => ({ arvo: tunnit, yksikkö: koodi('opintojenlaajuusyksikko', '5') })

const ARVOSANAT = ['1', '2', '3', '4', '5', 'hyvaksytty', 'hylatty'] as const
const AIHEET = ['Maalaus', 'Grafiikka', 'Valokuvaus', 'Kuvanveisto', 'Keramiikka', 'Piirustus', 'Taidehistoria', 'Videotaide'] as const

/** A list of 0–2 arvioinnit dated in [from, to] (the date may be left out: it is optional in MUKS). */
const arvioinnit = (g: Gen, from: string, to: string): Json[] | undefined => {
  const n = g(fc.integer, { min: 0, max: 2 })
  if (n === 0) return undefined
  return Array.from({ length: n }, () => ({
    arvosana: koodi('arviointiasteikkomuks', pick(g, ...ARVOSANAT)),
    ...(g(fc.integer, { min: 0, max: 3 }) > 0 ? { arviointipäivä: dateIn(g, from, to) } : {}),
  }))
}

/** A Päivämäärävahvistus on `päivä` by the oppilaitos, sometimes with a municipality or signers (the osasuoritus' Vahvistus). */
const vahvistus = (g: Gen, päivä: string, osasuoritus: boolean): Json => {
  const perus: Json = { päivä, myöntäjäOrganisaatio: { oid: MUKS_OPPILAITOS_OID } }
  if (!osasuoritus) return perus
  const muoto = pick(g, 'päivämäärä', 'paikkakunta', 'henkilöt')
  if (muoto === 'paikkakunta') return { ...perus, paikkakunta: koodi('kunta', '091') }
  if (muoto === 'henkilöt') return { ...perus, myöntäjäHenkilöt: [{ nimi: 'Reijo Reksi', ...(g(fc.boolean) ? { titteli: { fi: 'kouluttaja' } } : {}), organisaatio: { oid: MUKS_OPPILAITOS_OID } }] }
  return perus
}

/**
 * Osasuoritukset at `syvyys` (1 = under the päätaso), each with a distinct local tunniste: an osasuoritus with
 * children has the sum of their laajuudet (M-LAAJ-1); a vahvistus on or before `vahvistusEnintään` (G-SUOR-2) and on
 * or after its own arviointi dates (G-SUOR-4).
 */
const osasuoritukset = (g: Gen, from: string, to: string, vahvistusEnintään: string | undefined, syvyys: number, polku: string): Json[] => {
  const n = g(fc.integer, { min: syvyys === 1 ? 1 : 0, max: syvyys === 1 ? 3 : 2 })
  const aiheet = g(fc.shuffledSubarray, [...AIHEET], { minLength: n, maxLength: n })
  return aiheet.map((aihe, i) => {
    const nimi = `${aihe} ${polku}${i + 1}`
    const lapset = syvyys < 3 && g(fc.integer, { min: 0, max: 3 }) === 0 ? osasuoritukset(g, from, to, undefined, syvyys + 1, `${polku}${i + 1}.`) : []
    const vahvistusPäivä = g(fc.integer, { min: 0, max: 2 }) === 0 ? dateIn(g, from, vahvistusEnintään ?? to) : undefined
    // the children's vahvistus may not be later than this one's (G-SUOR-2): regenerate them under it
    const omatLapset = vahvistusPäivä !== undefined && lapset.length > 0 ? osasuoritukset(g, from, vahvistusPäivä, vahvistusPäivä, syvyys + 1, `${polku}${i + 1}.`) : lapset
    const tunnit = omatLapset.length > 0 ? omatLapset.reduce((s: number, l: Json) => s + (l.koulutusmoduuli.laajuus.arvo as number), 0) : g(fc.integer, { min: 1, max: 40 })
    const arv = arvioinnit(g, from, vahvistusPäivä ?? to)
    return {
      koulutusmoduuli: { kuvaus: { fi: nimi }, tunniste: { koodiarvo: nimi, nimi: { fi: nimi } }, laajuus: laajuus(tunnit) },
      tyyppi: koodi('suorituksentyyppi', 'muunkuinsaannellynkoulutuksenosasuoritus'),
      ...(vahvistusPäivä === undefined ? {} : { vahvistus: vahvistus(g, vahvistusPäivä, true) }),
      ...(arv === undefined ? {} : { arviointi: arv }),
      ...(omatLapset.length === 0 ? {} : { osasuoritukset: omatLapset }),
    }
  })
}

type Loppu = 'hyvaksytystisuoritettu' | 'keskeytynyt' | 'mitatoity' | undefined

/**
 * The arbitrary of valid MUKS study rights as plain JSON: valid on the generator's `today` with no error and no
 * warning. Conservative, it keeps clear of every rule of the catalogue:
 * - starts on or after 1.1.2023 (J-ALK-1, seed 000); jakso dates strictly increasing, one final status at most, the
 *   last a mitätöity one on or before today (G-JAKSO-*, G-MIT-1);
 * - one JOTPA rahoitus (14 or 15) on every jakso that has one, always on `lasna` and `hyvaksytystisuoritettu`
 *   (M-RAH-1, J-RAH-2); a `jotpaAsianumero` therefore always (J-ASIA-1/2);
 * - a four-digit `opintokokonaisuus` (seed 000); the päätaso vahvistus, when given, on or before the päättymispäivä,
 *   with at least one osasuoritus (G-STAT-3, G-SUOR-1); the päätaso laajuus, when given, the sum of its osasuoritukset'
 *   (M-LAAJ-1); distinct local tunnisteet (G-DUP-1); `lähdejärjestelmänId` with an id (G-LJ-1).
 */
export function muksOpiskeluoikeusJson(asetukset: Asetukset): fc.Arbitrary<Json> {
  const { today: TODAY } = asetukset
  return fc.gen().map((g) => {
    const A = dateIn(g, MUKS_ALKAEN, TODAY)
    const span = daysBetweenDates(A, TODAY)
    const loppu: Loppu = span === 0 ? undefined : pick<Loppu>(g, 'hyvaksytystisuoritettu', 'hyvaksytystisuoritettu', 'keskeytynyt', undefined, undefined, 'mitatoity')
    const P = loppu === undefined ? undefined : addDaysToDate(A, g(fc.integer, { min: 1, max: span }))
    const rahoitus = pick(g, '14', '15')
    const jakso = (alku: string, tila: string, rahoitettu: boolean): Json => ({
      alku,
      tila: koodi('koskiopiskeluoikeudentila', tila),
      ...(rahoitettu ? { opintojenRahoitus: koodi('opintojenrahoitus', rahoitus) } : {}),
    })
    const jaksot: Json[] = [jakso(A, 'lasna', true)]
    if (loppu !== undefined) jaksot.push(jakso(P!, loppu, loppu === 'hyvaksytystisuoritettu' || g(fc.boolean)))
    const päättynyt = loppu === 'hyvaksytystisuoritettu' || loppu === 'keskeytynyt'
    const E = P ?? TODAY // the last day anything may happen

    const vahvistettu = loppu === 'hyvaksytystisuoritettu' ? g(fc.integer, { min: 0, max: 3 }) > 0 : g(fc.integer, { min: 0, max: 4 }) === 0
    const vahvistusPäivä = vahvistettu ? (päättynyt ? P! : dateIn(g, A, E)) : undefined
    const osat = vahvistettu || g(fc.integer, { min: 0, max: 3 }) > 0 ? osasuoritukset(g, A, vahvistusPäivä ?? E, vahvistusPäivä, 1, '') : []
    const summa = osat.reduce((s: number, o: Json) => s + (o.koulutusmoduuli.laajuus.arvo as number), 0)
    const arv = arvioinnit(g, A, vahvistusPäivä ?? E)
    const suoritus: Json = {
      koulutusmoduuli: {
        tunniste: koodi('koulutus', '999951'),
        opintokokonaisuus: koodi('opintokokonaisuudet', String(g(fc.integer, { min: 1000, max: 9999 }))),
        ...(osat.length > 0 && g(fc.boolean) ? { laajuus: laajuus(summa) } : {}),
      },
      tyyppi: koodi('suorituksentyyppi', 'muukuinsaanneltykoulutus'),
      toimipiste: { oid: MUKS_OPPILAITOS_OID },
      suorituskieli: koodi('kieli', pick(g, 'FI', 'SV', 'EN')),
      ...(vahvistusPäivä === undefined ? {} : { vahvistus: vahvistus(g, vahvistusPäivä, false) }),
      ...(arv === undefined ? {} : { arviointi: arv }),
      ...(osat.length === 0 ? {} : { osasuoritukset: osat }),
    }
    const oo: Json = {
      tyyppi: koodi('opiskeluoikeudentyyppi', 'muukuinsaanneltykoulutus'),
      lähdejärjestelmänId: { id: `muks-${g(fc.integer, { min: 1, max: 99_999 })}`, lähdejärjestelmä: koodi('lahdejarjestelma', pick(g, 'primus', 'winha')) },
      oppilaitos: { oid: MUKS_OPPILAITOS_OID },
      tila: { opiskeluoikeusjaksot: jaksot },
      suoritukset: [suoritus],
      lisätiedot: { jotpaAsianumero: koodi('jotpaasianumero', pick(g, '01/5848/2023', '01/1234/2024', '02/0001/2025')) },
    }
    if (g(fc.boolean)) oo.oid = `1.2.246.562.15.${String(g(fc.integer, { min: 0, max: 99_999_999 })).padStart(11, '0')}`
    if (g(fc.boolean)) oo.arvioituPäättymispäivä = dateIn(g, A, addDaysToDate(A, 364))
    if (g(fc.boolean)) oo.alkamispäivä = A
    return oo
  })
}

/** The arbitrary of valid MUKS Oppija documents: a henkilö of one of the allowed forms and one MUKS study right. */
export function muksOppijaJson(asetukset: Asetukset): fc.Arbitrary<Json> {
  return fc.tuple(muksOpiskeluoikeusJson(asetukset), fc.gen()).map(([oo, g]) => {
    const birthDate = dateIn(g, '1950-01-01', '2005-12-31')
    const separator = birthDate >= '2000' ? pick(g, 'A', 'B', 'C', 'D', 'E', 'F') : pick(g, '-', 'Y', 'X', 'W', 'V', 'U')
    const hetu = hetuFor(birthDate, g(fc.integer, { min: 2, max: 899 }), separator)
    const etunimet = pick(g, ...ETUNIMET_LISTA)
    const sukunimi = pick(g, ...SUKUNIMET_LISTA)
    const oid = `1.2.246.562.24.${String(g(fc.integer, { min: 0, max: 99_999_999 })).padStart(11, '0')}`
    const muoto = pick(g, ...asetukset.henkilömuodot)
    const henkilö: Json =
      muoto === 'OidHenkilö'
        ? { oid }
        : muoto === 'UusiHenkilö'
          ? { hetu, etunimet, sukunimi }
          : { oid, hetu, etunimet, kutsumanimi: etunimet.split(' ')[0], sukunimi }
    return { henkilö, opiskeluoikeudet: [oo] }
  })
}
