/**
 * Using koski-validation from TypeScript: validate a document before sending it to KOSKI.
 * Run from a checkout with `npx tsx examples/usage.ts` (the repository's tsconfig maps 'koski-validation' to src/).
 */
import { readFileSync } from 'node:fs'
import { validate, type Finding } from 'koski-validation'

// Anything JSON.parse gives: an Oppija { henkilö, opiskeluoikeudet } or a single opiskeluoikeus.
const document: unknown = JSON.parse(readFileSync(new URL('./tuva-virheellinen.json', import.meta.url), 'utf8'))

const report = validate(document, { today: '2026-11-22' })

console.log(report.valid ? 'KOSKI would accept this document.' : 'KOSKI would reject this document:')
for (const finding of report.findings) {
  console.log(`${finding.severity} ${finding.path}: ${finding.message.en}`)
  console.log(`    ${finding.key}${finding.errorType ? ` (${finding.errorType})` : ''}, rule ${finding.rule}`)
}
if (report.skipped.length > 0) console.log(`Not checked without more context: ${report.skipped.join(', ')}`)

// Errors carry KOSKI's own keys, so they can be matched with what KOSKI answers:
const errors: Finding[] = report.findings.filter((f) => f.severity === 'error')
console.log(`${errors.length} error(s), ${report.findings.length - errors.length} warning(s)`)
