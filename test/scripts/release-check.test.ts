import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without declarations
import { tarkista } from '../../scripts/release-check.mjs'

const check = tarkista as (changelog: string, version: string) => string[]

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
