/** io-ts validation errors → KOSKI's `badRequest.validation.jsonSchema` findings. */
import type * as t from 'io-ts'
import { JSON_SCHEMA_KEY, error, type Finding } from '../finding'
import { schemaMessage } from '../messages/schema'
import { lainaus } from '../yksityisyys'
import { issueOf } from './schema'

/**
 * The JSON path of an io-ts context below `base` (the root entry of the context is `base` itself). An entry is an
 * index when its parent (the previous entry's value) is an array, so an object key such as `"0"` stays a key.
 */
export function contextPath(base: string, context: t.Context): string {
  let path = base
  for (let i = 1; i < context.length; i++) {
    const key = lainaus(context[i]!.key, 200)
    path = Array.isArray(context[i - 1]!.actual) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`
  }
  return path
}

/** One finding per io-ts error, with KOSKI's errorType, our rule id and the message in fi/sv/en. */
export function schemaFindings(errors: t.Errors, base: string): Finding[] {
  return errors.map((e) => {
    const issue = issueOf(e)
    return error(issue.rule, JSON_SCHEMA_KEY, contextPath(base, e.context), schemaMessage(issue), issue.errorType)
  })
}

/** Runs a codec at `base` and returns the decoded value or the structural findings. */
export function decodeAt<A>(codec: t.Decoder<unknown, A>, value: unknown, base: string): { readonly value: A } | { readonly findings: Finding[] } {
  const result = codec.validate(value, [{ key: '', type: codec, actual: value }])
  return result._tag === 'Right' ? { value: result.right } : { findings: schemaFindings(result.left, base) }
}
