// The generators of valid VST JOTPA and VST vapaatavoitteinen study rights (loaded only by koski-validation/arbitraries).
import * as fc from 'fast-check'
import { addDaysToDate, isCalendarDate } from '../../date'
import { daysBetweenDates } from '../../date/daysBetweenDates'
import { koodi, OPPILAITOS_OID, vahvistus, type Json } from '../../arbitraries/rakentajat'

/** Options of the VST arbitraries. */
export interface VstGeneraattorinAsetukset {
  /**
   * The validation date `YYYY-MM-DD` the study rights are valid on: pass the same date to `validate(oo, { today })`.
   * Every date of a study right is on or before it. Default `OLETUSPÄIVÄ` (2026-11-22); at least 2023-01-01 (a VST
   * JOTPA study right starts then at the earliest, VJ-ALK-1).
   */
  readonly today?: string
}

/** The first day of a VST JOTPA study right (VJ-ALK-1) and the first `today` the VST arbitraries take. */
export const VST_JOTPA_ALKAEN = '2023-01-01'
const OLETUS = '2026-11-22'

/** Checks the options (a RangeError on a wrong one). */
export function lueVstAsetukset(asetukset: VstGeneraattorinAsetukset = {}): { readonly today: string } {
  const today = asetukset.today ?? OLETUS
  if (!isCalendarDate(today) || today < VST_JOTPA_ALKAEN) {
    throw new RangeError(`koski-validation/arbitraries: today must be a date YYYY-MM-DD on or after ${VST_JOTPA_ALKAEN}`)
  }
  return { today }
}

const op = (arvo: number): Json => ({ arvo, yksikkö: koodi('opintojenlaajuusyksikko', '2') })
const päivä = (alku: string, loppu: string): fc.Arbitrary<string> => fc.integer({ min: 0, max: Math.max(0, daysBetweenDates(alku, loppu)) }).map((n) => addDaysToDate(alku, n))
const opintokokonaisuus = fc.integer({ min: 1000, max: 9999 }).map((n) => ({ koodiarvo: String(n), koodistoUri: 'opintokokonaisuudet' }))
const lähdejärjestelmänId = (etuliite: string): fc.Arbitrary<Json> =>
  fc.integer({ min: 1, max: 999_999 }).map((n) => ({ id: `${etuliite}-${n}`, lähdejärjestelmä: koodi('lahdejarjestelma', 'primus') }))
// Every value is built anew for each document (no object shared between documents or places: yours to change).
const yhteiset = (): Json => ({ tyyppi: koodi('opiskeluoikeudentyyppi', 'vapaansivistystyonkoulutus'), oppilaitos: { oid: OPPILAITOS_OID } })
const päätasonYhteiset = (): Json => ({ toimipiste: { oid: OPPILAITOS_OID }, suorituskieli: koodi('kieli', 'FI') })
type Arvosana = readonly [koodistoUri: string, koodiarvo: string]

/** One local osasuoritus, possibly with assessed children whose scopes sum to its own. */
const osasuoritus = (
  tyyppi: string,
  arvosanat: readonly Arvosana[],
  kuvaus: boolean,
  arviointipäivä: fc.Arbitrary<string>,
  indeksi: number,
  syvyys: number,
): fc.Arbitrary<Json> =>
  fc
    .record({
      lapset: syvyys > 0 ? fc.integer({ min: 0, max: 2 }) : fc.constant(0),
      laajuus: fc.integer({ min: 1, max: 6 }),
      arvosana: fc.constantFrom(...arvosanat),
      päivä: arviointipäivä,
    })
    .chain(({ lapset, laajuus, arvosana, päivä: p }) =>
      fc
        .tuple(...Array.from({ length: lapset }, (_, i) => osasuoritus(tyyppi, arvosanat, kuvaus, fc.constant(p), indeksi * 10 + i + 1, syvyys - 1)))
        .map((osat) => {
          const summa = osat.reduce((s: number, o: Json) => s + (o.koulutusmoduuli.laajuus.arvo as number), 0)
          const koodiarvo = `OS-${indeksi}`
          return {
            koulutusmoduuli: {
              tunniste: { koodiarvo, nimi: { fi: `Opintojakso ${koodiarvo}` } },
              ...(kuvaus ? { kuvaus: { fi: `Opintojakson ${koodiarvo} kuvaus` } } : {}),
              laajuus: op(osat.length > 0 ? summa : laajuus),
            },
            tyyppi: koodi('suorituksentyyppi', tyyppi),
            arviointi: [{ arvosana: koodi(arvosana[0], arvosana[1]), päivä: p }],
            ...(osat.length > 0 ? { osasuoritukset: osat } : {}),
          }
        }),
    )

const osasuoritukset = (tyyppi: string, arvosanat: readonly Arvosana[], kuvaus: boolean, arviointipäivä: fc.Arbitrary<string>): fc.Arbitrary<Json[]> =>
  fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => osasuoritus(tyyppi, arvosanat, kuvaus, arviointipäivä, i + 1, 1))))

const summa = (osat: readonly Json[]): number => osat.reduce((s: number, o: Json) => s + (o.koulutusmoduuli.laajuus.arvo as number), 0)

const JOTPA_ARVOSANAT: readonly Arvosana[] = [...['4', '5', '7', '9', '10'].map((a) => ['arviointiasteikkovstjotpa', a] as const), ['arviointiasteikkovst', 'Hyväksytty']]
const VAPAATAVOITTEINEN_ARVOSANAT: readonly Arvosana[] = [...['5', '8', '10'].map((a) => ['arviointiasteikkovstvapaatavoitteinen', a] as const), ['arviointiasteikkovst', 'Hyväksytty']]

/**
 * Valid VST JOTPA study rights: `lasna` from 2023-01-01 or later with rahoitus 14 or 15 and the JOTPA asianumero,
 * ongoing, or ended `hyvaksytystisuoritettu` (päätaso vahvistettu, every laajuus given and summed) or `keskeytynyt`.
 */
export function vstJotpaOpiskeluoikeusJson(asetukset: { readonly today: string }): fc.Arbitrary<Json> {
  const { today } = asetukset
  return fc
    .record({
      alku: päivä(VST_JOTPA_ALKAEN, today),
      loppu: fc.constantFrom('kesken', 'hyvaksytystisuoritettu', 'keskeytynyt'),
      rahoitus: fc.constantFrom('14', '15'),
      opintokokonaisuus,
      lähdejärjestelmänId: lähdejärjestelmänId('vstjotpa'),
    })
    .chain((r) => {
      const ended = r.loppu !== 'kesken' && r.alku < today
      const loppupäivä = ended ? päivä(addDaysToDate(r.alku, 1), today) : fc.constant(undefined)
      return loppupäivä.chain((lp) =>
        osasuoritukset('vstjotpakoulutuksenosasuoritus', JOTPA_ARVOSANAT, false, päivä(r.alku, lp ?? today)).map((osat) => {
          const valmis = lp !== undefined && r.loppu === 'hyvaksytystisuoritettu'
          const jaksot: Json[] = [{ alku: r.alku, tila: koodi('koskiopiskeluoikeudentila', 'lasna'), opintojenRahoitus: koodi('opintojenrahoitus', r.rahoitus) }]
          if (lp !== undefined) {
            jaksot.push(
              valmis
                ? { alku: lp, tila: koodi('koskiopiskeluoikeudentila', 'hyvaksytystisuoritettu'), opintojenRahoitus: koodi('opintojenrahoitus', r.rahoitus) }
                : { alku: lp, tila: koodi('koskiopiskeluoikeudentila', 'keskeytynyt') },
            )
          }
          return {
            ...yhteiset(),
            lähdejärjestelmänId: r.lähdejärjestelmänId,
            tila: { opiskeluoikeusjaksot: jaksot },
            lisätiedot: { jotpaAsianumero: koodi('jotpaasianumero', '01/5848/2023') },
            suoritukset: [
              {
                ...päätasonYhteiset(),
                tyyppi: koodi('suorituksentyyppi', 'vstjotpakoulutus'),
                koulutusmoduuli: { tunniste: koodi('koulutus', '099999'), opintokokonaisuus: r.opintokokonaisuus, laajuus: op(summa(osat)) },
                ...(valmis ? { vahvistus: vahvistus(lp) } : {}),
                osasuoritukset: osat,
              },
            ],
          }
        }),
      )
    })
}

/**
 * Valid VST vapaatavoitteinen study rights, as a source system sends them once the training is over: one final jakso
 * (`hyvaksytystisuoritettu` with the päätaso vahvistettu, or `keskeytynyt`), the opintokokonaisuus, assessed
 * osasuoritukset (passed: a Hylätty one is not transferred, VV-OHJE-4) assessed on the final day.
 */
export function vstVapaatavoitteinenOpiskeluoikeusJson(asetukset: { readonly today: string }): fc.Arbitrary<Json> {
  const { today } = asetukset
  return fc
    .record({
      päivä: päivä(VST_JOTPA_ALKAEN, today),
      hyväksytty: fc.boolean(),
      opintokokonaisuus,
      lähdejärjestelmänId: lähdejärjestelmänId('vstvapaa'),
    })
    .chain((r) =>
      osasuoritukset('vstvapaatavoitteisenkoulutuksenosasuoritus', VAPAATAVOITTEINEN_ARVOSANAT, true, fc.constant(r.päivä)).map((osat) => ({
        ...yhteiset(),
        lähdejärjestelmänId: r.lähdejärjestelmänId,
        tila: { opiskeluoikeusjaksot: [{ alku: r.päivä, tila: koodi('koskiopiskeluoikeudentila', r.hyväksytty ? 'hyvaksytystisuoritettu' : 'keskeytynyt') }] },
        suoritukset: [
          {
            ...päätasonYhteiset(),
            tyyppi: koodi('suorituksentyyppi', 'vstvapaatavoitteinenkoulutus'),
            koulutusmoduuli: { tunniste: koodi('koulutus', '099999'), opintokokonaisuus: r.opintokokonaisuus, laajuus: op(summa(osat)) },
            ...(r.hyväksytty ? { vahvistus: vahvistus(r.päivä) } : {}),
            osasuoritukset: osat,
          },
        ],
      })),
    )
}

/** Either variant, by päätaso. */
export function vstOpiskeluoikeusJson(asetukset: { readonly today: string }): fc.Arbitrary<Json> {
  return fc.oneof(vstJotpaOpiskeluoikeusJson(asetukset), vstVapaatavoitteinenOpiskeluoikeusJson(asetukset))
}
