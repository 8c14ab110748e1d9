/** io-ts validation errors → KOSKI's `badRequest.validation.jsonSchema` findings. */
import type * as t from 'io-ts'
import { JSON_SCHEMA_KEY, error, jsonPointer, pointerToken, type Finding } from '../finding'
import { schemaMessage } from '../messages/schema'
import { lainaus } from '../yksityisyys'
import { issueOf } from './schema'

/** KOSKI's key for a body its JSON parser rejects. */
export const JSON_FORMAT_KEY = 'badRequest.format.json'

/**
 * The JSON path of an io-ts context below `base` (the root entry of the context is `base` itself). An entry is an
 * index when its parent (the previous entry's value) is an array, so an object key such as `"0"` stays a key.
 */
export function contextPath(base: string, context: t.Context): string {
  return paikka(base, context).path
}

/** The path and the JSON Pointer of an io-ts context below `base`, built in one pass from the keys themselves. */
function paikka(base: string, context: t.Context): { readonly path: string; readonly pointer: string } {
  // built as parts joined once: a flat string (concatenation made a rope that every later reader — maxFindings'
  // grouping, the privacy masking — had to flatten again)
  const parts: string[] = [base]
  const pointer: string[] = [jsonPointer(base)]
  let empty = base === ''
  for (let i = 1; i < context.length; i++) {
    const key = lainaus(context[i]!.key, 200)
    pointer.push('/', pointerToken(key))
    if (Array.isArray(context[i - 1]!.actual)) {
      parts.push('[', key, ']')
      empty = false
    } else if (empty) {
      parts.push(key)
      empty = key === ''
    } else parts.push('.', key)
  }
  return { path: parts.join(''), pointer: pointer.join('') }
}

/** One finding per io-ts error, with KOSKI's errorType, our rule id and the message in fi/sv/en. */
export function schemaFindings(errors: t.Errors, base: string): Finding[] {
  return errors.map((e) => {
    const issue = issueOf(e)
    const { path, pointer } = paikka(base, e.context)
    // S-16: KOSKI's parser rejects the document before its schema (`badRequest.format.json`, no errorType)
    if (issue.errorType === 'liianSyvä') return error(issue.rule, JSON_FORMAT_KEY, path, schemaMessage(issue), undefined, pointer)
    return error(issue.rule, JSON_SCHEMA_KEY, path, schemaMessage(issue), issue.errorType, pointer)
  })
}

/** Runs a codec at `base` and returns the decoded value or the structural findings. */
export function decodeAt<A>(codec: t.Decoder<unknown, A>, value: unknown, base: string): { readonly value: A } | { readonly findings: Finding[] } {
  const result = codec.validate(value, [{ key: '', type: codec, actual: value }])
  return result._tag === 'Right' ? { value: result.right } : { findings: schemaFindings(result.left, base) }
}
