/**
 * The permit-to-extras matrix: which lisätiedot each TUVA järjestämislupa allows (catalogue §1.7, KOSKI's three
 * lisätiedot classes selected by `@OnlyWhen("../järjestämislupa/koodiarvo", …)`).
 *
 * The data is {@link TUVA_LISÄTIEDOT_KENTÄT} of the codecs (the codec and these functions share one source).
 *
 * Compared with the official instruction (seed 004, KOSKI-ohje "1.2 Tutkintokoulutukseen valmentavan koulutuksen
 * opiskeluoikeuksien lisätiedot"), KOSKI differs in one place and we follow KOSKI: the instruction lists
 * "Vaikeasti vammaisille järjestetty opetus" (`vaikeastiVammainen`) for the ammatillinen lupa only, while KOSKI's
 * perusopetus class has the field as well (and T-LT-1/T-LT-2 check it against `vammainen`).
 */
import { TUVA_LISÄTIEDOT_KENTÄT, type TuvaJärjestämislupa } from '../codec'

/** The järjestämislupa codes (koodisto `tuvajarjestamislupa`). */
export const TUVA_JÄRJESTÄMISLUVAT: readonly TuvaJärjestämislupa[] = ['ammatillinen', 'lukio', 'perusopetus']

/** Whether `u` is one of the järjestämislupa codes. */
export const onTuvaJärjestämislupa = (u: unknown): u is TuvaJärjestämislupa => u === 'ammatillinen' || u === 'lukio' || u === 'perusopetus'

/** The lisätiedot fields the lupa allows; `undefined` for a code that is not a TUVA järjestämislupa. */
export function sallitutLisätiedot(lupa: string): readonly string[] | undefined {
  return onTuvaJärjestämislupa(lupa) ? TUVA_LISÄTIEDOT_KENTÄT[lupa] : undefined
}

/** Whether the lupa allows the lisätiedot field `kenttä` (false for an unknown lupa or field). */
export function lisätietoSallittu(lupa: string, kenttä: string): boolean {
  return sallitutLisätiedot(lupa)?.includes(kenttä) === true
}

/** The luvat that allow the lisätiedot field `kenttä`, in the order of {@link TUVA_JÄRJESTÄMISLUVAT} (empty if none). */
export function lisätiedonJärjestämisluvat(kenttä: string): readonly TuvaJärjestämislupa[] {
  return TUVA_JÄRJESTÄMISLUVAT.filter((lupa) => TUVA_LISÄTIEDOT_KENTÄT[lupa].includes(kenttä))
}

/**
 * The keys of a lisätiedot object (raw JSON) that the lupa does not allow, in the object's key order — what makes KOSKI
 * reject the lisätiedot as `notAnyOf` (T-LUPA-1 for another lupa's field). A key with a `null` value counts too: KOSKI
 * picks the lisätiedot class as a union member, and the union's "no other properties than" criterion looks at every
 * key (scala-schema's AnyOfExtractor; only a plain class would skip null-valued extra keys). A key whose value is
 * `undefined` (not JSON) is absent. For an unknown lupa or a value that is not an object: `[]` (KOSKI reports the lupa
 * itself). Never throws.
 */
export function kielletytLisätiedot(lupa: string, lisätiedot: unknown): string[] {
  const sallitut = sallitutLisätiedot(lupa)
  if (sallitut === undefined || typeof lisätiedot !== 'object' || lisätiedot === null || Array.isArray(lisätiedot)) return []
  try {
    const out: string[] = []
    for (const key of Object.keys(lisätiedot)) {
      if (!sallitut.includes(key) && (lisätiedot as Record<string, unknown>)[key] !== undefined) out.push(key)
    }
    return out
  } catch {
    return []
  }
}
