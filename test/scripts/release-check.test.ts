import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without declarations
import { tarkista, tarkistaPaketti } from '../../scripts/release-check.mjs'
import pkg from '../../package.json'

const check = tarkista as (changelog: string, version: string) => string[]
const checkPackage = tarkistaPaketti as (pkg: Record<string, unknown>) => string[]

describe('release-check: the version published has its CHANGELOG heading', () => {
  it('accepts a dated heading for the version with an empty [Unreleased] above it', () => {
    expect(check('# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2026-12-01\n### Added\n- x\n', '1.2.0')).toEqual([])
    expect(check('# Changelog\n\n## [1.2.0] - 2026-12-01\n- x\n', '1.2.0')).toEqual([])
  })
  it('refuses a missing heading, a wrong date, entries left under [Unreleased]', () => {
    expect(check('## [Unreleased]\n- x\n', '1.2.0')).toHaveLength(1)
    expect(check('## [1.2.0] - 2026-02-30\n- x\n', '1.2.0')[0]).toContain('calendar date')
    expect(check('## [Unreleased]\n### Added\n- y\n\n## [1.2.0] - 2026-12-01\n- x\n', '1.2.0')[0]).toContain('[Unreleased]')
    expect(check('## [1.2.10] - 2026-12-01\n', '1.2.1')).toHaveLength(1)
  })
})

describe('release-check: package.json has the links npm shows (repository, homepage, bugs)', () => {
  const links = {
    repository: { type: 'git', url: 'git+https://example.org/koski-validation.git' },
    homepage: 'https://example.org/koski-validation#readme',
    bugs: { url: 'https://example.org/koski-validation/issues' },
  }
  it('accepts https addresses, npm\'s repository shorthand and git+https, a bugs e-mail address', () => {
    expect(checkPackage(links)).toEqual([])
    expect(checkPackage({ ...links, repository: 'github:owner/koski-validation' })).toEqual([])
    expect(checkPackage({ ...links, repository: 'owner/koski-validation' })).toEqual([])
    expect(checkPackage({ ...links, repository: 'https://example.org/koski-validation' })).toEqual([])
    expect(checkPackage({ ...links, bugs: 'https://example.org/issues' })).toEqual([])
    expect(checkPackage({ ...links, bugs: { email: 'tuki@example.org' } })).toEqual([])
  })
  it('refuses each one missing, empty or not an address', () => {
    for (const key of ['repository', 'homepage', 'bugs'] as const) {
      const { [key]: _, ...without } = links
      const found = checkPackage(without)
      expect(found).toHaveLength(1)
      expect(found[0]).toContain(`\`${key}\``)
      expect(checkPackage({ ...links, [key]: '' })[0]).toContain(`\`${key}\``)
      expect(checkPackage({ ...links, [key]: {} })[0]).toContain(`\`${key}\``)
    }
    expect(checkPackage({ ...links, homepage: 'http://example.org' })).toHaveLength(1)
    expect(checkPackage({ ...links, homepage: 'https://localhost' })).toHaveLength(1)
    expect(checkPackage({ ...links, bugs: { email: 'no address' } })).toHaveLength(1)
    expect(checkPackage({ ...links, repository: { type: 'git' } })).toHaveLength(1)
  })
  it('answers at once on long hostile text (its patterns are unambiguous)', () => {
    const long = 'https://' + 'a.'.repeat(50_000) + ' '
    expect(checkPackage({ ...links, homepage: long, bugs: { email: 'a@' + 'a.'.repeat(50_000) + '@' } })).toHaveLength(2)
  })
  it("this package.json lacks them until the project has a public repository: a release can't go out without them", () => {
    expect(checkPackage(pkg as Record<string, unknown>)).toHaveLength(3)
  })
})
