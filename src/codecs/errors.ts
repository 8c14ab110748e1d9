/** io-ts validation errors → KOSKI's `badRequest.validation.jsonSchema` findings. */
import type * as t from 'io-ts'
import { rakennevirhe, type Finding } from '../finding'
import { schemaMessage } from '../messages/schema'
import { EI_LAINAUKSIA, lainaus } from '../yksityisyys'
import { issueOf } from './schema'

/** Whether `key` is written `[key]` (an index) and is digits only, as the index of a list is. */
const onIndeksi = (key: string): boolean => {
  if (key.length === 0 || key.length > 10) return false
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** The declared keys of a codec: a strict class's, or those of each class of a union resolved by one lookup. */
const onKenttä = (type: unknown, key: string): boolean => {
  const known = (type as { readonly known?: ReadonlySet<string> }).known
  if (known !== undefined) return known.has(key)
  const members = (type as { readonly members?: readonly unknown[] }).members
  if (members === undefined) return false
  for (let i = 0; i < members.length; i++) {
    const k = (members[i] as { readonly known?: ReadonlySet<string> }).known
    if (k !== undefined && k.has(key)) return true
  }
  return false
}

/**
 * The paths of io-ts contexts below `base`, one context after another, with the keys of each path that are not ours:
 * a key is ours when the parent's codec declares it (a field name of the codec) or when it is a list's index; any
 * other (an unknown key of the document) is quoted, and only those are masked (src/yksityisyys).
 * The path of each prefix of the last context is kept, so that the next one — the errors of a broken list or object
 * come together and share all but their last entries (the same entry objects: the decoder pushes one per child) —
 * builds only what follows their common prefix. An entry is an index when its parent (the previous entry's value) is
 * an array, so an object key such as `"0"` stays a key.
 */
class Polut {
  private edellinen: t.Context = []
  /** `polut[i]`: the path of the entries 1…i of the last context (`polut[0]` is `base`). */
  private readonly polut: string[]
  /** `lainaukset[i]`: the keys not ours among them. */
  private readonly lainaukset: (readonly string[])[]
  /** The quoted keys of the path {@link polku} returned last. */
  viimeisetLainaukset: readonly string[] = EI_LAINAUKSIA

  constructor(private readonly base: string, pohjaOmaa: boolean) {
    this.polut = [base]
    this.lainaukset = [pohjaOmaa || base === '' ? EI_LAINAUKSIA : [base]]
  }

  polku(context: t.Context): string {
    const edellinen = this.edellinen
    const polut = this.polut
    const lainaukset = this.lainaukset
    let i = 1
    const yhteinen = Math.min(context.length, edellinen.length)
    while (i < yhteinen && context[i] === edellinen[i]) i++
    const viimeinen = context.length - 1
    for (; i < context.length; i++) {
      const parent = polut[i - 1]!
      const entry = context[i]!
      const key = lainaus(entry.key, 200)
      const vanhempi = context[i - 1]!
      const indeksi = Array.isArray(vanhempi.actual)
      const oma = indeksi ? onIndeksi(key) : onKenttä(vanhempi.type, key)
      const aiemmat = lainaukset[i - 1]!
      lainaukset[i] = oma ? aiemmat : [...aiemmat, key]
      // `[i]` under an array; else `.key`, or the key alone where nothing is before it. The path itself is joined
      // into one flat string (a concatenation is a rope that every later reader — maxFindings' grouping, the privacy
      // masking — walks or flattens again); the prefixes, read only here, may stay ropes.
      polut[i] =
        i === viimeinen
          ? (indeksi ? [parent, '[', key, ']'] : parent === '' ? [key] : [parent, '.', key]).join('')
          : indeksi
            ? `${parent}[${key}]`
            : parent === ''
              ? key
              : `${parent}.${key}`
    }
    const pituus = Math.max(1, context.length)
    polut.length = pituus
    lainaukset.length = pituus
    this.edellinen = context
    this.viimeisetLainaukset = lainaukset[pituus - 1]!
    return polut[pituus - 1]!
  }
}

/** The JSON path of an io-ts context below `base` (the root entry of the context is `base` itself). */
export function contextPath(base: string, context: t.Context): string {
  return new Polut(base, false).polku(context)
}

/** {@link schemaFindings}; `pohjaOmaa`: `base` is a path of ours (validate's), not a caller's. */
export function rakennelöydökset(errors: t.Errors, base: string, pohjaOmaa: boolean): Finding[] {
  const polut = new Polut(base, pohjaOmaa)
  const out = new Array<Finding>(errors.length)
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i]!
    const issue = issueOf(e)
    const path = polut.polku(e.context)
    out[i] = rakennevirhe(issue.rule, path, polut.viimeisetLainaukset, schemaMessage(issue), issue.errorType)
  }
  return out
}

/** One finding per io-ts error, with KOSKI's errorType, our rule id and the message in fi/sv/en. */
export function schemaFindings(errors: t.Errors, base: string): Finding[] {
  return rakennelöydökset(errors, base, false)
}

/** Runs a codec at `base` and returns the decoded value or the structural findings. */
export function decodeAt<A>(codec: t.Decoder<unknown, A>, value: unknown, base: string): { readonly value: A } | { readonly findings: Finding[] } {
  const result = codec.validate(value, [{ key: '', type: codec, actual: value }])
  return result._tag === 'Right' ? { value: result.right } : { findings: rakennelöydökset(result.left, base, true) }
}
