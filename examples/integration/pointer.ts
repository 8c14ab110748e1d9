import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { pointerSegments, validate } from 'koski-validation'

const document: unknown = JSON.parse(readFileSync(new URL('../tuva-virheellinen.json', import.meta.url), 'utf8'))
const report = validate(document, { today: '2026-11-22' })

const finding = report.findings.find((f) => f.rule === 'T-RAH-1')!
assert.equal(finding.path, 'opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].opintojenRahoitus') // for people
assert.equal(finding.pointer, '/opiskeluoikeudet/0/tila/opiskeluoikeusjaksot/1/opintojenRahoitus') // RFC 6901
assert.deepEqual(pointerSegments(finding.pointer), ['opiskeluoikeudet', '0', 'tila', 'opiskeluoikeusjaksot', '1', 'opintojenRahoitus'])

// A UI bound to the same JSON: mark the field, or its parent object when the field is missing.
const fieldOf = (doc: unknown, pointer: string): { parent: unknown; key: string | undefined } => {
  const keys = pointerSegments(pointer)
  let parent: unknown = doc
  for (const key of keys.slice(0, -1)) parent = (parent as Record<string, unknown>)[key]
  return { parent, key: keys.at(-1) }
}
const { parent, key } = fieldOf(document, finding.pointer)
assert.equal(key, 'opintojenRahoitus')
assert.equal((parent as { tila: { koodiarvo: string } }).tila.koodiarvo, 'valmistunut') // the jakso lacking its rahoitus
