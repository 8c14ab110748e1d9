import assert from 'node:assert/strict'
import { JSON_SCHEMA_KEY, validate, type Finding } from 'koski-validation'

/** KOSKI's HTTP 400 body: a list of errors; `message` is a text, or for jsonSchema a list of the deserializer's errors. */
type KoskiError = { readonly key: string; readonly message: unknown }

/** Which keys both report, which only KOSKI (what it checks against its stored data), which only we. */
function compare(findings: readonly Finding[], answer: readonly KoskiError[]) {
  const ours = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.key))
  const koski = new Set(answer.map((e) => e.key))
  return {
    both: [...ours].filter((k) => koski.has(k)),
    onlyKoski: [...koski].filter((k) => !ours.has(k)),
    onlyOurs: [...ours].filter((k) => !koski.has(k)),
  }
}

const study = {
  tyyppi: { koodiarvo: 'tuva', koodistoUri: 'opiskeluoikeudentyyppi' },
  oppilaitos: { oid: '1.2.246.562.10.52251087186' },
  tila: { opiskeluoikeusjaksot: [{ alku: '2021-08-01', tila: { koodiarvo: 'lasna', koodistoUri: 'koskiopiskeluoikeudentila' } }] },
  suoritukset: [],
}
const report = validate(study, { today: '2026-11-22' })
// What KOSKI answered to the same document (HTTP 400), e.g. from your transfer log:
const answer: KoskiError[] = [{ key: JSON_SCHEMA_KEY, message: [{ path: 'opiskeluoikeudet.0.suoritukset', error: { errorType: 'lessThanMinimumNumberOfItems' } }] }]

const { both, onlyKoski } = compare(report.findings, answer)
assert.deepEqual(both, [JSON_SCHEMA_KEY])
assert.deepEqual(onlyKoski, [])
// Structural errors: compare KOSKI's errorType too.
assert.ok(report.findings.some((f) => f.errorType === 'lessThanMinimumNumberOfItems' && f.pointer === '/suoritukset'))
