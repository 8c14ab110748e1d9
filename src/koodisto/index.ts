import { KOODISTO_NIMET, KOODI_NIMET, KOODIT } from './koodit.generated'
import type { Message } from '../finding'

// by koodisto: its codes, or null for one not shipped (remembered too: a study right names such koodistot in every call)
let sets: Map<string, ReadonlySet<string> | null> | undefined

/** The code values of a koodisto in the shipped snapshot, or `undefined` when the list is not shipped (checked for shape only). */
export function koodistonKoodit(koodistoUri: string): ReadonlySet<string> | undefined {
  sets ??= new Map()
  let set = sets.get(koodistoUri)
  if (set === undefined) {
    set = Object.prototype.hasOwnProperty.call(KOODIT, koodistoUri) ? new Set(KOODIT[koodistoUri]) : null
    // the codecs ask only of their own koodistot; a caller of koodiOnKoodistossa may ask of any uri, so the unshipped
    // ones are remembered up to a bound
    if (set !== null || sets.size < 1024) sets.set(koodistoUri, set)
  }
  return set ?? undefined
}

/** Whether the snapshot has `koodiarvo` in `koodistoUri`; `undefined` when that koodisto is not shipped. */
export function koodiOnKoodistossa(koodistoUri: string, koodiarvo: string): boolean | undefined {
  return koodistonKoodit(koodistoUri)?.has(koodiarvo)
}

/** The name of a code in fi/sv/en from the snapshot (smaller lists only). */
export function koodinNimi(koodistoUri: string, koodiarvo: string): Message | undefined {
  const list = Object.prototype.hasOwnProperty.call(KOODI_NIMET, koodistoUri) ? KOODI_NIMET[koodistoUri] : undefined
  return list !== undefined && Object.prototype.hasOwnProperty.call(list, koodiarvo) ? list[koodiarvo] : undefined
}

/** The name of a koodisto (the code list itself) in fi/sv/en from the snapshot, when it has one. */
export function koodistonNimi(koodistoUri: string): Message | undefined {
  return Object.prototype.hasOwnProperty.call(KOODISTO_NIMET, koodistoUri) ? KOODISTO_NIMET[koodistoUri] : undefined
}

/** Koodisto URIs shipped with the package. */
export const shippedKoodistot = (): readonly string[] => Object.keys(KOODIT)
