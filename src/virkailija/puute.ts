import type { Message } from '../finding'
import { isCalendarDate } from '../date/isCalendarDate'
import { suomalainenPäiväys } from './paivat'

/**
 * One shortcoming a check of `koski-validation/virkailija` finds: a stable code and the text in Finnish, Swedish and
 * English. A message never quotes what was checked (a password, an e-mail address, a person's oid); dates are
 * written fi/sv `d.M.yyyy`, en `yyyy-MM-dd` (docs/glossary.md §3).
 */
export interface Puute<K extends string = string> {
  readonly koodi: K
  readonly message: Message
}

/** A date in each language's form: fi and sv `1.8.2021`, en `2021-08-01`. */
export const päivä = (d: string): Message => ({ fi: suomalainenPäiväys(d), sv: suomalainenPäiväys(d), en: d })

/** The `YYYY-MM-DD` calendar date `value`, or a RangeError naming the parameter (never quoting the value). */
export function kalenteripäivä(nimi: string, value: unknown): string {
  if (!isCalendarDate(value)) throw new RangeError(`koski-validation/virkailija: ${nimi} is not a YYYY-MM-DD calendar date`)
  return value
}

/** A fresh copy of a shortcoming (a caller may change what it is given without changing the next answer). */
export const uusi = <K extends string>(p: Puute<K>): Puute<K> => ({ koodi: p.koodi, message: { fi: p.message.fi, sv: p.message.sv, en: p.message.en } })
