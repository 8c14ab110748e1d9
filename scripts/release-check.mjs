// `npm run release-check` (run by prepublishOnly): the version about to be published has its own CHANGELOG heading
// (Keep a Changelog: `## [X.Y.Z] - YYYY-MM-DD`), with a calendar date, and the [Unreleased] section above it is empty
// of entries — so nothing is published whose changes are not written down under its number.
// Usage: node scripts/release-check.mjs [CHANGELOG.md] [package.json]
import { readFileSync } from 'node:fs'

export function tarkista(changelog, version) {
  const puutteet = []
  const lines = changelog.split('\n')
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const heading = new RegExp(`^## \\[${escaped}\\] - (\\d{4}-\\d{2}-\\d{2})$`)
  const at = lines.findIndex((l) => heading.test(l))
  if (at < 0) puutteet.push(`CHANGELOG.md has no heading "## [${version}] - YYYY-MM-DD" for the version in package.json`)
  else {
    const date = heading.exec(lines[at])[1]
    const d = new Date(`${date}T00:00:00Z`)
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) puutteet.push(`the date of "## [${version}]" is not a calendar date: ${date}`)
    const unreleased = lines.findIndex((l) => /^## \[Unreleased\]/.test(l))
    if (unreleased >= 0 && unreleased < at && lines.slice(unreleased + 1, at).some((l) => /^\s*- /.test(l))) {
      puutteet.push(`the [Unreleased] section still has entries: move them under "## [${version}]"`)
    }
  }
  return puutteet
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const changelog = readFileSync(process.argv[2] ?? 'CHANGELOG.md', 'utf8')
  const { version } = JSON.parse(readFileSync(process.argv[3] ?? 'package.json', 'utf8'))
  const puutteet = tarkista(changelog, version)
  for (const p of puutteet) console.error(`release-check: ${p}`)
  if (puutteet.length === 0) console.log(`release-check: CHANGELOG.md has "## [${version}]"`)
  process.exit(puutteet.length === 0 ? 0 : 1)
}
