/**
 * The reference model of the special-category data check and redaction (recursive: for the shallow plain-JSON data of
 * the property tests), against which src/tyypit/tuva/funktiot/erityisetHenkilotiedot.ts is tested.
 */
import { TUVA_ERITYISET_HENKILÖTIEDOT } from '../../src'

/** Every TUVA field that is special-category data under some lupa. */
export const ERITYISET_KAIKKI: readonly string[] = [...new Set(Object.values(TUVA_ERITYISET_HENKILÖTIEDOT).flat())]
export const ERITYISET: ReadonlySet<string> = new Set(ERITYISET_KAIKKI)

export const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The reference redaction: a copy without the sensitive keys of the objects under a `lisätiedot` key. */
export const viite = (v: unknown, lisätiedot = false): unknown => {
  if (Array.isArray(v)) return v.map((x) => viite(x))
  if (isPlain(v)) {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(v)) {
      if (lisätiedot && ERITYISET.has(k)) continue
      Object.defineProperty(out, k, { value: viite(v[k], k === 'lisätiedot' && isPlain(v[k])), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  return v
}

/** The reference check: a sensitive key with a non-null value in an object under a `lisätiedot` key. */
export const viiteSisältää = (v: unknown, lisätiedot = false): boolean => {
  if (Array.isArray(v)) return v.some((x) => viiteSisältää(x))
  if (!isPlain(v)) return false
  return Object.keys(v).some((k) =>
    lisätiedot && ERITYISET.has(k) ? v[k] !== null && v[k] !== undefined : viiteSisältää(v[k], k === 'lisätiedot' && isPlain(v[k])),
  )
}
