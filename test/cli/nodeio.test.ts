/** The real io's batch parts (nodeIo): lines across read chunks, directory listings; and that main waits on back-pressure. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main, nodeIo, type CliIo } from '../../src/cli'

const dir = mkdtempSync(join(tmpdir(), 'koski-nodeio-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** main over the real io, its stdout captured: `--ndjson --format ndjson` results as [line, status, first finding's rule]. */
async function ndjsonRun(file: string, jobs = '1'): Promise<{ code: number; rows: [number | undefined, string, string | undefined][] }> {
  let out = ''
  const io: CliIo = { ...nodeIo(), stdout: { write: (s) => void (out += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')) } }
  const code = await main(['--today', '2026-11-22', '--jobs', jobs, '--ndjson', '--format', 'ndjson', file], io)
  const rows = out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { line?: number; status: string; findings: { rule: string }[] })
    .map((r): [number | undefined, string, string | undefined] => [r.line, r.status, r.findings[0]?.rule])
  return { code, rows }
}

describe('nodeIo().readChunks and the lines of an NDJSON file', () => {
  it('splits at each line feed across read pieces (a line longer than a piece, CRLF kept for the parser, no final line feed)', async () => {
    const long = `{"x":"${'y'.repeat(600_000)}"}`
    const lines = ['{"a":1}', long, '', '{"é":2}\r', `  ${long}`, '{']
    const file = join(dir, 'lines.ndjson')
    const expected: [number | undefined, string, string | undefined][] = [
      [1, 'invalid', expect.any(String) as unknown as string],
      [2, 'invalid', expect.any(String) as unknown as string],
      [4, 'invalid', expect.any(String) as unknown as string],
      [5, 'invalid', expect.any(String) as unknown as string],
      [6, 'invalid', 'CLI-JSON'],
    ]
    writeFileSync(file, lines.join('\n'))
    const without = await ndjsonRun(file)
    expect(without.rows).toEqual(expected)
    expect(without.rows.slice(0, 4).every((r) => r[2] !== 'CLI-JSON')).toBe(true)
    writeFileSync(file, `${lines.join('\n')}\n`)
    expect((await ndjsonRun(file)).rows).toEqual(expected)
    writeFileSync(file, '')
    expect(await ndjsonRun(file)).toEqual({ code: 0, rows: [] })
  })

  it('a file that cannot be read is the finding CLI-READ, without a line', async () => {
    expect((await ndjsonRun(join(dir, 'missing.ndjson'))).rows).toEqual([[undefined, 'invalid', 'CLI-READ']])
  })
})

describe('nodeIo() directories', () => {
  it('tells a directory, lists its entries with their kind, and does not follow a link to a directory', async () => {
    const root = join(dir, 'tree')
    mkdirSync(join(root, 'sub'), { recursive: true })
    writeFileSync(join(root, 'a.json'), '{}')
    symlinkSync(join(root, 'sub'), join(root, 'link'))
    const io = nodeIo()
    expect(await io.isDirectory(root)).toBe(true)
    expect(await io.isDirectory(join(root, 'a.json'))).toBe(false)
    expect(await io.isDirectory(join(root, 'nothing'))).toBe(false)
    const entries = [...(await io.readDir(root))].sort((x, y) => (x.name < y.name ? -1 : 1))
    expect(entries).toEqual([
      { name: 'a.json', directory: false },
      { name: 'link', directory: false },
      { name: 'sub', directory: true },
    ])
    await expect(io.readDir(join(root, 'a.json'))).rejects.toMatchObject({ code: 'ENOTDIR' })
  })
})

describe('main waits for stdout to drain', () => {
  it('awaits io.drained after each batch (here a piece read, one line each), so a slow reader holds the documents back instead of memory filling', async () => {
    const events: string[] = []
    const doc = '{}'
    const io: CliIo = {
      stdout: { write: () => void events.push('write') },
      stderr: { write: () => {} },
      readFile: async () => doc,
      readStdin: async () => '',
      readChunks: () =>
        (async function* () {
          for (let i = 1; i <= 3; i++) {
            events.push(`line ${i}`)
            yield `${doc}\n`
          }
        })(),
      isDirectory: async () => false,
      readDir: async () => [],
      drained: async () => {
        events.push('drained')
      },
      env: {},
    }
    await main(['--ndjson', '--format', 'ndjson', 'x.ndjson'], io)
    expect(events).toEqual(['line 1', 'write', 'drained', 'line 2', 'write', 'drained', 'line 3', 'write', 'drained'])
  })
})
