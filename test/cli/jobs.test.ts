/**
 * `--jobs`: NDJSON batches validated by worker threads (CliIo.threads) give the very output of one thread, in the
 * input's order, whatever order the batches finish in; at most two batches per thread in flight; stdout's drain
 * awaited between batches; the threads closed at the end, also when one fails. The threads here are a fake that
 * renders in this thread (`renderöijä`, what a real worker thread runs) and answers after a delay that makes later
 * batches finish first; test/cli/bin.test.ts runs the real ones.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as lib from '../../src'
import { EXIT_INVALID, EXIT_USAGE, main, renderöijä, type CliIo, type CliThreads } from '../../src/cli'
import { TODAY } from '../support'

const example = (name: string): string => readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8')
const V = JSON.stringify(JSON.parse(example('tuva-valmistunut.json')))
const I = JSON.stringify(JSON.parse(example('tuva-virheellinen.json')))
const A = ((doc) => {
  // KOSKI's ammatillinen example relabelled as a type this version does not validate (lukiokoulutus): not checked
  doc.opiskeluoikeudet[0].tyyppi.koodiarvo = 'lukiokoulutus'
  return JSON.stringify(doc)
})(JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/koski/examples/ammatillinen-perustutkinto_2024-08-13.json', import.meta.url)), 'utf8')))

/** Keys with a lone surrogate and a character beyond the BMP: quoted in findings' paths, split by no piece of output. */
const SURROGATES = '{"henkil\\u00f6": {"\\ud800": 1, "x\\udc00": 2, "😀": 3}, "opiskeluoikeudet": [{"\\ud83d": 1}]}'

/** Lines of every kind: valid, invalid, not checked, blank, not JSON, CRLF; a hetu in a broken line; surrogates. */
const LINES = [V, I, '', A, '{"henkilö": {"hetu": "270504A317P"}', `${V}\r`, '   ', I, V, A, '{', SURROGATES, V]

interface Seuranta {
  started: number
  closed: number
  runs: number
  inFlight: number
  maxInFlight: number
  events: string[]
}

/** Fake threads: each batch rendered here, answered after a delay that makes a later batch finish before an earlier one. */
function threads(seuranta: Seuranta, opts: { failAt?: number; after?: number } = {}): CliThreads {
  return {
    available: 2,
    after: opts.after ?? 0,
    start: (count, setup) => {
      seuranta.started += count
      const render = renderöijä(setup, lib)
      return {
        run: (batch) => {
          const n = seuranta.runs++
          seuranta.inFlight++
          seuranta.maxInFlight = Math.max(seuranta.maxInFlight, seuranta.inFlight)
          seuranta.events.push('run')
          return new Promise((resolve, reject) => {
            setTimeout(() => {
              seuranta.inFlight--
              if (n === opts.failAt) reject(new Error('thread failed'))
              else resolve(render({ ...batch, data: new Uint8Array(batch.data) }))
            }, [6, 3, 0][n % 3])
          })
        },
        close: async () => {
          seuranta.closed++
        },
      }
    },
  }
}

const uusiSeuranta = (): Seuranta => ({ started: 0, closed: 0, runs: 0, inFlight: 0, maxInFlight: 0, events: [] })

/**
 * An io over the files; an NDJSON file is read one line per piece (so one batch per line); `broken` fails after 5
 * lines. stdout keeps the bytes written, text encoded as the process's stdout encodes it (UTF-8, a lone surrogate
 * U+FFFD).
 */
function fake(files: Record<string, string>, t?: CliThreads, seuranta?: Seuranta): { io: CliIo; out: () => string; bytes: () => Buffer } {
  const out: Buffer[] = []
  const io: CliIo = {
    stdout: {
      write: (s) => {
        out.push(typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s))
        seuranta?.events.push('write')
      },
    },
    stderr: { write: () => {} },
    readFile: async (path) => {
      if (!Object.hasOwn(files, path)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return files[path]!
    },
    readStdin: async () => '',
    readChunks: (path) =>
      (async function* () {
        if (!Object.hasOwn(files, path)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
        const pieces = files[path]!.split(/(?<=\n)/).filter((p) => p !== '')
        for (const [i, piece] of pieces.entries()) {
          if (path.startsWith('broken') && i === 5) throw Object.assign(new Error('EIO'), { code: 'EIO' })
          yield piece
        }
      })(),
    isDirectory: async () => false,
    readDir: async () => [],
    drained: async () => {
      seuranta?.events.push('drained')
    },
    ...(t !== undefined ? { threads: t } : {}),
    env: {},
  }
  return { io, out: () => Buffer.concat(out).toString('utf8'), bytes: () => Buffer.concat(out) }
}

const FILES = {
  'a.ndjson': `${LINES.join('\n')}\n`,
  'v.json': example('tuva-valmistunut.json'),
  'b.ndjson': LINES.slice(0, 7).join('\n'),
  'broken.ndjson': `${LINES.join('\n')}\n`,
  'blank.ndjson': '\n\n',
}

describe('koski-validate --jobs: worker threads give the output of one thread', () => {
  for (const format of ['ndjson', 'json', 'text', 'junit', 'github']) {
    it(`--format ${format}: the same bytes and exit status, in the input's order, though later batches finish first`, async () => {
      for (const files of [
        ['a.ndjson', 'v.json', 'b.ndjson', 'missing.ndjson', 'broken.ndjson'],
        ['blank.ndjson', 'b.ndjson'],
        ['v.json', 'a.ndjson'],
      ]) {
        const argv = ['--today', TODAY, '--ndjson', '--lang', 'en', '--format', format, ...files]
        const one = fake(FILES)
        const oneCode = await main([...argv, '--jobs', '1'], one.io)
        const seuranta = uusiSeuranta()
        const two = fake(FILES, threads(seuranta), seuranta)
        expect(await main([...argv, '--jobs', '2'], two.io)).toBe(oneCode)
        expect(oneCode).toBe(EXIT_INVALID)
        expect(two.bytes().equals(one.bytes())).toBe(true)
        expect(two.out()).toBe(one.out())
        // the lone surrogates quoted in the paths (text and github write them raw; the others escape them)
        if (files.includes('a.ndjson') && (format === 'text' || format === 'github')) expect(one.out()).toContain('\ufffd')
        expect(seuranta.runs).toBeGreaterThan(5)
        expect(seuranta.started).toBe(2)
        expect(seuranta.closed).toBe(1)
      }
    })
  }

  it('holds at most two batches per thread in flight, and waits for stdout to drain after each batch written', async () => {
    const manyLines = Array.from({ length: 40 }, (_, i) => LINES[i % LINES.length]!)
    const many = `${manyLines.join('\n')}\n`
    for (const jobs of [2, 3]) {
      const seuranta = uusiSeuranta()
      const f = fake({ 'm.ndjson': many }, threads(seuranta), seuranta)
      await main(['--today', TODAY, '--ndjson', '--format', 'ndjson', '--jobs', String(jobs), 'm.ndjson'], f.io)
      expect(seuranta.started).toBe(jobs)
      expect(seuranta.maxInFlight).toBe(2 * jobs)
      const lines = f.out().trimEnd().split('\n').map((l) => (JSON.parse(l) as { line: number }).line)
      expect(lines).toEqual(manyLines.flatMap((l, i) => (l.trim() === '' ? [] : [i + 1])))
      // every write is followed by a wait for the drain before another batch is handed out
      const ev = seuranta.events.filter((e, i, all) => e !== 'write' || all[i - 1] !== 'write')
      for (let i = 0; i < ev.length; i++) if (ev[i] === 'write') expect(ev[i + 1]).toBe('drained')
    }
  })

  it('without --jobs: as many threads as processors (here 2), none with --jobs 1 or without threads', async () => {
    const seuranta = uusiSeuranta()
    const f = fake(FILES, threads(seuranta))
    await main(['--today', TODAY, '--ndjson', '--format', 'ndjson', 'a.ndjson'], f.io)
    expect(seuranta.started).toBe(2)
    const none = uusiSeuranta()
    await main(['--today', TODAY, '--ndjson', '--format', 'ndjson', '--jobs', '1', 'a.ndjson'], fake(FILES, threads(none)).io)
    expect(none.started).toBe(0)
  })

  it('without --jobs the threads start only once the NDJSON reaches the threshold (a file known that big, or as much read); with --jobs N at once', async () => {
    const small = { 's.ndjson': `${V}\n${I}\n` }
    const big = { 'b.ndjson': `${Array.from({ length: 8 }, () => V).join('\n')}\n` }
    const threshold = 4 * V.length
    const run = async (files: Record<string, string>, argv: string[], size?: boolean): Promise<Seuranta> => {
      const seuranta = uusiSeuranta()
      const f = fake(files, threads(seuranta, { after: threshold }))
      const io: CliIo = size === true ? { ...f.io, fileSize: async (path) => files[path]?.length } : f.io
      await main(['--today', TODAY, '--ndjson', '--format', 'ndjson', ...argv, ...Object.keys(files)], io)
      return seuranta
    }
    expect((await run(small, [])).started).toBe(0)
    expect((await run(small, ['--jobs', '2'])).started).toBe(2)
    // its size unknown, the big file is validated here until the threshold is read, then by the threads
    const unknown = await run(big, [])
    expect(unknown.started).toBe(2)
    expect(unknown.runs).toBe(8 - 4 + 1)
    // its size known, all of it goes to the threads
    const known = await run(big, [], true)
    expect(known.runs).toBe(8)
  })

  it('a failing thread fails the run (the bin reports an internal error, exit 2), and the threads are closed', async () => {
    const seuranta = uusiSeuranta()
    const f = fake(FILES, threads(seuranta, { failAt: 4 }))
    await expect(main(['--today', TODAY, '--ndjson', '--format', 'ndjson', '--jobs', '2', 'a.ndjson'], f.io)).rejects.toThrow('thread failed')
    expect(seuranta.closed).toBe(1)
  })

  it('--jobs takes a number of threads from 1 to 999', async () => {
    for (const jobs of ['0', 'x', '-1', '1.5', '1000', '']) {
      expect(await main(['--ndjson', '--jobs', jobs, 'a.ndjson'], fake(FILES).io)).toBe(EXIT_USAGE)
    }
  })
})
