// The generator of valid ammatillinen study rights behind `validiAmmatillinenOpiskeluoikeus` (src/arbitraries/index.ts).
import * as fc from 'fast-check'
import { addDaysToDate, isCalendarDate } from '../../date'
import { daysBetweenDates } from '../../date/daysBetweenDates'
import { koodi, OPPILAITOS_OID, type Json } from '../../arbitraries/rakentajat'

/** Options of the ammatillinen arbitraries. */
export interface AmmatillinenGeneraattorinAsetukset {
  /** The validation date `YYYY-MM-DD` the documents are valid on (default `OLETUSPÄIVÄ`, 2026-11-22); at least 2019-01-01. */
  readonly today?: string
}

const OLETUSPÄIVÄ = '2026-11-22'
const ALKAEN = '2019-01-01'

type Gen = fc.GeneratorValue

const dateIn = (g: Gen, from: string, to: string): string => addDaysToDate(from, g(fc.integer, { min: 0, max: Math.max(0, daysBetweenDates(from, to)) }))

/** Checks the options (a RangeError on a wrong one). */
export function lueAmmatillisenAsetukset(asetukset: AmmatillinenGeneraattorinAsetukset = {}): { readonly today: string } {
  const today = asetukset.today ?? OLETUSPÄIVÄ
  if (!isCalendarDate(today) || today < ALKAEN) throw new RangeError(`koski-validation/arbitraries: today must be a date YYYY-MM-DD on or after ${ALKAEN}`)
  return { today }
}

/** An ongoing ammatillinen perustutkinto (reformi), valid on `today`. */
export function ammatillinenOpiskeluoikeusJson(asetukset: { readonly today: string }): fc.Arbitrary<Json> {
  const { today } = asetukset
  return fc.gen().map((g) => {
    const alku = dateIn(g, ALKAEN, today)
    return {
      tyyppi: koodi('opiskeluoikeudentyyppi', 'ammatillinenkoulutus'),
      lähdejärjestelmänId: { id: `amm-${g(fc.integer, { min: 1, max: 99_999 })}`, lähdejärjestelmä: koodi('lahdejarjestelma', 'primus') },
      oppilaitos: { oid: OPPILAITOS_OID },
      tila: { opiskeluoikeusjaksot: [{ alku, tila: koodi('koskiopiskeluoikeudentila', 'lasna'), opintojenRahoitus: koodi('opintojenrahoitus', '1') }] },
      suoritukset: [
        {
          tyyppi: koodi('suorituksentyyppi', 'ammatillinentutkinto'),
          koulutusmoduuli: { tunniste: koodi('koulutus', '351301'), perusteenDiaarinumero: 'OPH-2762-2017' },
          suoritustapa: koodi('ammatillisentutkinnonsuoritustapa', 'reformi'),
          toimipiste: { oid: OPPILAITOS_OID },
          suorituskieli: koodi('kieli', 'FI'),
        },
      ],
    }
  })
}
