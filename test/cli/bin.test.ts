/**
 * End to end: the built bin dist/cli.cjs as npm installs it. Needs `npm run build` first (.ci/run builds before
 * testing); skipped when there is no build.
 */
import { spawnSync } from 'node:child_process'
import { accessSync, closeSync, constants, existsSync, mkdtempSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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

  it('--help and --version load neither the library (dist/index.cjs) nor date-fns', () => {
    for (const flag of ['--help', '--version']) {
      const probe = `process.argv = [process.argv[0], ${JSON.stringify(bin)}, ${JSON.stringify(flag)}]; require(${JSON.stringify(bin)});
        process.on('exit', () => { const loaded = Object.keys(require.cache).filter((k) => k.endsWith('index.cjs') || k.includes('date-fns') || k.includes('io-ts')); if (loaded.length > 0) { console.error(loaded.join(', ')); process.exitCode = 9 } })`
      const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(flag === '--help' ? /^Usage: koski-validate/ : /^\d+\.\d+\.\d+/)
    }
    // and the bin holds no copy of the library: it requires ./index.cjs
    expect(readFileSync(bin, 'utf8')).toMatch(/require\("\.\/index\.cjs"\)/)
    expect(readFileSync(bin, 'utf8')).not.toContain('badRequest.validation.jsonSchema')
  })

  it('--ndjson from standard input and a directory argument, with --format ndjson', () => {
    const valid = JSON.stringify(JSON.parse(readFileSync(`${examples}tuva-valmistunut.json`, 'utf8')))
    const invalid = JSON.stringify(JSON.parse(readFileSync(`${examples}tuva-virheellinen.json`, 'utf8')))
    const dir = mkdtempSync(join(tmpdir(), 'koski-validate-'))
    try {
      mkdirSync(join(dir, 'sub'))
      writeFileSync(join(dir, 'b.json'), valid)
      writeFileSync(join(dir, 'sub', 'a.json'), valid)
      writeFileSync(join(dir, 'c.ndjson'), `${valid}\n\n${invalid}\n`)
      writeFileSync(join(dir, 'skip.txt'), 'x')
      const run = spawnSync(process.execPath, [bin, '--today', '2026-11-22', '--ndjson', '--format', 'ndjson', '-', dir], { input: `${invalid}\n${valid}`, encoding: 'utf8' })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(1)
      const results = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; line?: number; status: string })
      expect(results.map((r) => [r.file.replace(dir, 'DIR'), r.line, r.status])).toEqual([
        ['-', 1, 'invalid'],
        ['-', 2, 'valid'],
        ['DIR/b.json', undefined, 'valid'],
        ['DIR/c.ndjson', 1, 'valid'],
        ['DIR/c.ndjson', 3, 'invalid'],
        ['DIR/sub/a.json', undefined, 'valid'],
      ])
      const onlyValid = spawnSync(process.execPath, [bin, '--today', '2026-11-22', dir], { encoding: 'utf8' })
      expect(onlyValid.status).toBe(0)
      expect(onlyValid.stdout).toContain('2 tiedostoa: 2 kelpaa, 0 ei kelpaa')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('--jobs 2 (worker threads) writes the same bytes as --jobs 1, from a file and from a pipe', () => {
    const valid = JSON.stringify(JSON.parse(readFileSync(`${examples}tuva-valmistunut.json`, 'utf8')))
    const invalid = JSON.stringify(JSON.parse(readFileSync(`${examples}tuva-virheellinen.json`, 'utf8')))
    const lines: string[] = []
    for (let i = 0; lines.join('\n').length < 2_000_000; i++) lines.push(i % 7 === 3 ? invalid : i % 11 === 5 ? '' : i % 13 === 6 ? '{"broken": ' : valid)
    const dir = mkdtempSync(join(tmpdir(), 'koski-validate-jobs-'))
    try {
      const file = join(dir, 'big.ndjson')
      writeFileSync(file, `${lines.join('\n')}\n`)
      for (const format of ['ndjson', 'text']) {
        const run = (jobs: string, input?: string) =>
          spawnSync(process.execPath, [bin, '--today', '2026-11-22', '--ndjson', '--format', format, '--jobs', jobs, input === undefined ? file : '-'], {
            ...(input !== undefined ? { input } : {}),
            encoding: 'utf8',
            maxBuffer: 1 << 30,
            env: { ...process.env, NO_COLOR: '1' },
          })
        const one = run('1')
        expect(one.stderr).toBe('')
        expect(one.status).toBe(1)
        const two = run('2')
        expect(two.stderr).toBe('')
        expect(two.status).toBe(1)
        expect(two.stdout).toBe(one.stdout)
        const piped = run('2', readFileSync(file, 'utf8'))
        expect(piped.status).toBe(1)
        expect(piped.stdout).toBe(one.stdout.replaceAll(format === 'ndjson' ? JSON.stringify(file) : file, format === 'ndjson' ? '"-"' : '<vakiosyöte>'))
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
