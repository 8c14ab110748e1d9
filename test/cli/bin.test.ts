/**
 * End to end: the built bin dist/cli.cjs as npm installs it. Needs `npm run build` first (.ci/run builds before
 * testing); skipped when there is no build.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const bin = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url))
const examples = fileURLToPath(new URL('../../examples/', import.meta.url))

describe.skipIf(!existsSync(bin))('dist/cli.cjs', () => {
  it('is an executable node script that validates files and standard input with the right exit status', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    accessSync(bin, constants.X_OK)
    const run = spawnSync(
      process.execPath,
      [bin, '--today', '2026-11-22', '--format', 'json', `${examples}tuva-valmistunut.json`, '-'],
      { input: readFileSync(`${examples}tuva-virheellinen.json`), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    )
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    const results = JSON.parse(run.stdout) as { file: string; valid: boolean }[]
    expect(results.map((r) => [r.file.endsWith('tuva-valmistunut.json') || r.file, r.valid])).toEqual([
      [true, true],
      ['-', false],
    ])
    const valid = spawnSync(process.execPath, [bin, '--today', '2026-11-22', `${examples}tuva-valmistunut.json`], { encoding: 'utf8' })
    expect(valid.status).toBe(0)
    expect(valid.stdout).toMatch(/^✓ .*tuva-valmistunut\.json — kelpaa\n/)
    const usage = spawnSync(process.execPath, [bin, '--format', 'yaml', 'x.json'], { encoding: 'utf8' })
    expect(usage.status).toBe(2)
    expect(usage.stderr).toContain('Usage: koski-validate')
  })

  it('keeps the exit status when its output pipe closes early (| head, | true): 1 for an invalid document', () => {
    const invalid = `${examples}tuva-virheellinen.json`
    for (const reader of ['true', 'head -c 1 >/dev/null']) {
      const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" --today 2026-11-22 "${invalid}" "${invalid}" "${invalid}" | ${reader}`], { encoding: 'utf8' })
      expect(run.status).toBe(1)
    }
    const valid = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" --today 2026-11-22 "${examples}tuva-valmistunut.json" | true`], { encoding: 'utf8' })
    expect(valid.status).toBe(0)
  })

  it('says that standard input is a directory (it said "unexpected end of input")', () => {
    const fd = openSync(tmpdir(), 'r')
    try {
      const run = spawnSync(process.execPath, [bin, '--lang', 'en', '-'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' })
      expect(run.status).toBe(1)
      expect(run.stdout).toContain('The file could not be read: is a directory')
    } finally {
      closeSync(fd)
    }
  })
})
