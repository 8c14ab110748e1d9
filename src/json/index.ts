/**
 * Reading raw JSON defensively (ground floor: imports nothing of ours). Own properties only, never the prototype
 * chain, so `__proto__` or `constructor` keys are plain data; never throws on a JSON value.
 */

const own = Object.prototype.hasOwnProperty

/** Whether `u` is a plain JSON object (not null, not an array). */
export const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** Reads an own property only (never the prototype chain, so `__proto__` or `constructor` keys are plain data). */
export const getOwn = (u: unknown, key: string): unknown => (isRecord(u) && own.call(u, key) ? u[key] : undefined)

/** `u.a.b…` read through own properties only; `undefined` when any step is missing. */
export const at = (u: unknown, ...keys: readonly string[]): unknown => {
  let v = u
  for (const k of keys) v = getOwn(v, k)
  return v
}

/** `u.a.b…` when it is a string. */
export const stringAt = (u: unknown, ...keys: readonly string[]): string | undefined => {
  const v = at(u, ...keys)
  return typeof v === 'string' ? v : undefined
}

/** A JSON Pointer's keys, unescaped: `/opiskeluoikeudet/0/tila` → `['opiskeluoikeudet', '0', 'tila']`; `''` → `[]`. */
export const pointerSegments = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map((s) => (s.indexOf('~') === -1 ? s : s.replace(/~1/g, '/').replace(/~0/g, '~')))
