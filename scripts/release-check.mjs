// `npm run release-check` (run by prepublishOnly): the version about to be published has its own CHANGELOG heading
// (Keep a Changelog: `## [X.Y.Z] - YYYY-MM-DD`), with a calendar date, and the [Unreleased] section above it is empty
// of entries — so nothing is published whose changes are not written down under its number; and package.json has the
// links npm shows on the package's page, `repository`, `homepage` and `bugs`, as https addresses (`bugs` may be an
// e-mail address instead). They are not in package.json yet, on purpose: the project has no public repository to point
// at, and an address made up would send vendors nowhere; this check keeps a release from going out without them.
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

// a host of dot-separated labels (unambiguous: no label takes a dot), then any path
const HTTPS = /^https:\/\/[^\s/.]+(?:\.[^\s/.]+)+(?:\/\S*)?$/
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/
const osoite = (x, kentät) => (typeof x === 'string' ? x : x !== null && typeof x === 'object' ? kentät.map((k) => x[k]).find((v) => typeof v === 'string') : undefined)

/** What package.json lacks of the links npm shows: `repository`, `homepage`, `bugs` (a url or an email). */
export function tarkistaPaketti(pkg) {
  const puutteet = []
  // `repository` as a string may be npm's shorthand ("github:owner/name", "owner/name"), which npm expands
  const repository = osoite(pkg.repository, ['url'])
  if (repository === undefined || !(HTTPS.test(repository) || /^git\+https:\/\/\S+$/.test(repository) || /^(?:github:|gitlab:|bitbucket:)?[\w.-]+\/[\w.-]+$/.test(repository))) {
    puutteet.push('package.json has no `repository` (the public repository: { "type": "git", "url": "git+https://…" })')
  }
  if (typeof pkg.homepage !== 'string' || !HTTPS.test(pkg.homepage)) puutteet.push('package.json has no `homepage` (an https address)')
  const bugs = osoite(pkg.bugs, ['url', 'email'])
  if (bugs === undefined || !(HTTPS.test(bugs) || EMAIL.test(bugs))) puutteet.push('package.json has no `bugs` (the issue tracker: an https address or an e-mail address)')
  return puutteet
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const changelog = readFileSync(process.argv[2] ?? 'CHANGELOG.md', 'utf8')
  const pkg = JSON.parse(readFileSync(process.argv[3] ?? 'package.json', 'utf8'))
  const { version } = pkg
  const puutteet = [...tarkista(changelog, version), ...tarkistaPaketti(pkg)]
  for (const p of puutteet) console.error(`release-check: ${p}`)
  if (puutteet.length === 0) console.log(`release-check: CHANGELOG.md has "## [${version}]"; package.json has repository, homepage and bugs`)
  process.exit(puutteet.length === 0 ? 0 : 1)
}
