/** The real io's batch parts (nodeIo): lines across read chunks, directory listings; and that main waits on back-pressure. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main, nodeIo, type CliIo } from '../../src/cli'

const dir = mkdtempSync(join(tmpdir(), 'koski-nodeio-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const collect = async (lines: AsyncIterable<Uint8Array | string>): Promise<string[]> => {
  const out: string[] = []
  for await (const l of lines) out.push(Buffer.from(l as Uint8Array).toString('latin1'))
  return out
}

describe('nodeIo().readLines', () => {
  it('splits at each line feed across read chunks (a line longer than a chunk, CRLF kept for the parser, no final line feed)', async () => {
    const long = 'x'.repeat(200_000)
    const lines = ['{"a":1}', long, '', 'é\r', `${long}y`, 'last']
    const file = join(dir, 'lines.ndjson')
    writeFileSync(file, lines.join('\n'), 'latin1')
    expect(await collect(nodeIo().readLines(file))).toEqual(lines)
    writeFileSync(file, `${lines.join('\n')}\n`, 'latin1')
    expect(await collect(nodeIo().readLines(file))).toEqual(lines)
    writeFileSync(file, '')
    expect(await collect(nodeIo().readLines(file))).toEqual([])
  })

  it('throws with the system code when the file cannot be read', async () => {
    await expect(collect(nodeIo().readLines(join(dir, 'missing.ndjson')))).rejects.toMatchObject({ code: 'ENOENT' })
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
  it('awaits io.drained after each result, so a slow reader holds the documents back instead of memory filling', async () => {
    const events: string[] = []
    const doc = '{}'
    const io: CliIo = {
      stdout: { write: () => void events.push('write') },
      stderr: { write: () => {} },
      readFile: async () => doc,
      readStdin: async () => '',
      readLines: () =>
        (async function* () {
          for (let i = 1; i <= 3; i++) {
            events.push(`line ${i}`)
            yield doc
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
