import { addYearsToDate } from '../date/addYearsToDate'
import { isCalendarDate } from '../date/isCalendarDate'
import type { Message } from '../finding'
import { lisääKuukausia, lisääPäiviä } from './paivat'
import { kalenteripäivä, päivä, type Puute } from './puute'

/*
 * Access rights (käyttöoikeudet) of Virkailijan Opintopolku, as seed 002 states them ("Käyttöoikeuksien tarkastelu ja
 * käyttöoikeuksien anominen", "Avoimien käyttöoikeusanomusten tarkastelu ja hallinta", "Muistutus käyttöoikeuden
 * vanhenemisesta"; sv "Att granska användarrättigheter …", "Påminnelse om att anhålla om fortsatt tid", "Om anhållan
 * avslås automatiskt"). Dates are `YYYY-MM-DD`; a function returning a date throws a RangeError for a parameter that
 * is not a calendar date.
 *
 * Month arithmetic is date-fns `addMonths` (src/virkailija/paivat.ts, as src/date/addMonthsToDate): a day the target
 * month lacks becomes that month's last day — 31.12.2024 + 2 months = 28.2.2025 (29.2. in a leap year: 31.12.2023 + 2 months = 29.2.2024),
 * 30.12.2024 + 2 months = 28.2.2025, 31.8.2024 + 2 months = 31.10.2024; 31.3.2025 − 1 month = 28.2.2025.
 */

/** How many days before expiry the second reminder comes ("viikkoa ennen"), after which one comes every day. */
export const VIIKKOMUISTUTUS_PÄIVIÄ_ENNEN = 7

/**
 * The days on which Virkailijan Opintopolku sends a reminder of a right that expires on `vanhenee` (its last valid
 * day), ascending: one month before (`vanhenee` − 1 month, date-fns: 31.3. → 28.2. or 29.2.), one week before
 * (`vanhenee` − 7 days), then every day until the right's validity ends — the last reminder is on `vanhenee` itself,
 * the last day the right is still valid, so 9 days in all. ("ensimmäistä kertaa 1 kk ennen … viikkoa ennen … ja
 * tämän jälkeen uudelleen joka päivä, kunnes käyttöoikeuden voimassaolo päättyy.")
 *
 * @example käyttöoikeudenMuistutuspäivät('2025-03-31') // ['2025-02-28', '2025-03-24', '2025-03-25', …, '2025-03-31']
 */
export function käyttöoikeudenMuistutuspäivät(vanhenee: string): readonly string[] {
  const v = kalenteripäivä('vanhenee', vanhenee)
  const päivät = [lisääKuukausia(v, -1)]
  for (let ennen = VIIKKOMUISTUTUS_PÄIVIÄ_ENNEN; ennen >= 0; ennen--) päivät.push(lisääPäiviä(v, -ennen))
  return päivät
}

/** Whether a reminder of a right expiring on `vanhenee` is sent on `today` (one of {@link käyttöoikeudenMuistutuspäivät}). */
export function käyttöoikeudenMuistutusTänään(vanhenee: string, today: string): boolean {
  const t = kalenteripäivä('today', today)
  return käyttöoikeudenMuistutuspäivät(vanhenee).includes(t)
}

/** How many months the responsible user or main user has to handle an application ("2 kk:n sisällä"). */
export const ANOMUKSEN_KÄSITTELYAIKA_KUUKAUSINA = 2

/**
 * The last day on which an application for an access right made on `anomuspäivä` can still be handled:
 * `anomuspäivä` + 2 months (date-fns `addMonths`; 31.12.2024 → 28.2.2025, 30.12.2024 → 28.2.2025, 31.8.2024 →
 * 31.10.2024), as a time limit of months ends under the Act on the Calculation of Statutory Time Limits (150/1930):
 * on the day of that number, or the month's last day when it has none.
 */
export function käyttöoikeusanomuksenKäsittelyViimeistään(anomuspäivä: string): string {
  return lisääKuukausia(kalenteripäivä('anomuspäivä', anomuspäivä), ANOMUKSEN_KÄSITTELYAIKA_KUUKAUSINA)
}

/**
 * The day an application made on `anomuspäivä` and not handled is cancelled automatically (and the applicant is told
 * by e-mail): the day after the two months of {@link käyttöoikeusanomuksenKäsittelyViimeistään} — 31.12.2024 →
 * 1.3.2025, 30.12.2024 → 1.3.2025, 31.8.2024 → 1.11.2024, 15.1.2025 → 16.3.2025. ("Mikäli vastuu-/pääkäyttäjä ei
 * käsittele anomusta 2 kk:n sisällä siitä, kun se on tehty, anomus peruuntuu automaattisesti.")
 */
export function käyttöoikeusanomusPeruuntuu(anomuspäivä: string): string {
  return lisääPäiviä(käyttöoikeusanomuksenKäsittelyViimeistään(anomuspäivä), 1)
}

/** Whether an application made on `anomuspäivä`, if still unhandled, has been cancelled by `today` (today ≥ {@link käyttöoikeusanomusPeruuntuu}). */
export function käyttöoikeusanomusOnPeruuntunut(anomuspäivä: string, today: string): boolean {
  const t = kalenteripäivä('today', today)
  return t >= käyttöoikeusanomusPeruuntuu(anomuspäivä)
}

/**
 * The latest day a right starting on `alkamispäivä` may be valid to ("voimassa korkeintaan vuoden", sv "högst ett år i
 * taget"): the same day a year later, `alkamispäivä` + 1 year — 29.2.2024 → 28.2.2025 (date-fns `addYears`, the day
 * the next year lacks becomes the month's last). We read "a year" as a time limit of a year ends under Act 150/1930:
 * on the day of the same number.
 */
export function käyttöoikeudenPisinVoimassaolo(alkamispäivä: string): string {
  return addYearsToDate(kalenteripäivä('alkamispäivä', alkamispäivä), 1)
}

/** A granted (or renewed) access right: the first and the last day it is valid. */
export interface Käyttöoikeus {
  readonly alkamispäivä: string
  readonly päättymispäivä: string
}

/** The codes of {@link käyttöoikeudenPuutteet}, in the order they are reported. */
export type KäyttöoikeudenPuutteenKoodi = 'virheellinenPäivä' | 'alkaaTakautuvasti' | 'päättyyEnnenAlkua' | 'voimassaYliVuoden'

/** A shortcoming of a granted access right. */
export type KäyttöoikeudenPuute = Puute<KäyttöoikeudenPuutteenKoodi>

const KENTTÄ: { readonly [K in keyof Käyttöoikeus]: Message } = {
  alkamispäivä: { fi: 'alkamispäivä', sv: 'inledningsdatum', en: 'start date' },
  päättymispäivä: { fi: 'päättymispäivä', sv: 'avslutningsdatum', en: 'end date' },
}

/**
 * Every shortcoming of an access right granted (or renewed) on `today`: each date a calendar date
 * (`virheellinenPäivä`, then nothing else is checked); it does not start before `today` (`alkaaTakautuvasti`:
 * "Käyttöoikeus ei voi astua voimaan takautuvasti" — the start is the day it is granted or later); it does not end
 * before it starts (`päättyyEnnenAlkua`); it is valid at most one year (`voimassaYliVuoden`: the end is at most
 * {@link käyttöoikeudenPisinVoimassaolo}). A start after `today` is allowed. An empty list when it is acceptable.
 */
export function käyttöoikeudenPuutteet(oikeus: Käyttöoikeus, today: string): readonly KäyttöoikeudenPuute[] {
  const t = kalenteripäivä('today', today)
  const puutteet: KäyttöoikeudenPuute[] = []
  for (const kenttä of ['alkamispäivä', 'päättymispäivä'] as const) {
    if (!isCalendarDate(oikeus?.[kenttä])) {
      const k = KENTTÄ[kenttä]
      puutteet.push({
        koodi: 'virheellinenPäivä',
        message: {
          fi: `Käyttöoikeuden ${k.fi} ei ole päivämäärä muodossa VVVV-KK-PP.`,
          sv: `Användarrättighetens ${k.sv} är inte ett datum i formen ÅÅÅÅ-MM-DD.`,
          en: `The access right's ${k.en} is not a date in the form YYYY-MM-DD.`,
        },
      })
    }
  }
  if (puutteet.length > 0) return puutteet
  const { alkamispäivä: a, päättymispäivä: p } = oikeus
  const [pa, pp, pt] = [päivä(a), päivä(p), päivä(t)]
  if (a < t) {
    puutteet.push({
      koodi: 'alkaaTakautuvasti',
      message: {
        fi: `Käyttöoikeus ei voi astua voimaan takautuvasti: alkamispäivä ${pa.fi} on ennen tätä päivää (${pt.fi}).`,
        sv: `En användarrättighet kan inte träda i kraft retroaktivt: inledningsdatum ${pa.sv} är före dagens datum (${pt.sv}).`,
        en: `An access right cannot take effect retroactively: the start date ${pa.en} is before today (${pt.en}).`,
      },
    })
  }
  if (p < a) {
    puutteet.push({
      koodi: 'päättyyEnnenAlkua',
      message: {
        fi: `Käyttöoikeuden päättymispäivä ${pp.fi} on ennen sen alkamispäivää ${pa.fi}.`,
        sv: `Användarrättighetens avslutningsdatum ${pp.sv} är före dess inledningsdatum ${pa.sv}.`,
        en: `The access right's end date ${pp.en} is before its start date ${pa.en}.`,
      },
    })
  } else {
    const pisin = käyttöoikeudenPisinVoimassaolo(a)
    if (p > pisin) {
      const pm = päivä(pisin)
      puutteet.push({
        koodi: 'voimassaYliVuoden',
        message: {
          fi: `Käyttöoikeudet ovat voimassa korkeintaan vuoden: päättymispäivä ${pp.fi} on myöhemmin kuin ${pm.fi} (vuosi alkamispäivästä ${pa.fi}).`,
          sv: `En användarrättighet kan vara i kraft högst ett år i taget: avslutningsdatum ${pp.sv} är senare än ${pm.sv} (ett år från inledningsdatum ${pa.sv}).`,
          en: `An access right is valid for at most one year: the end date ${pp.en} is later than ${pm.en} (one year from the start date ${pa.en}).`,
        },
      })
    }
  }
  return puutteet
}
