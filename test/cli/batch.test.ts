/** The command's batch modes through `main(argv, io)`: --ndjson, directories, --format ndjson, --version. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXIT_INVALID, EXIT_USAGE, EXIT_VALID, main, type CliIo, type FileResult } from '../../src/cli'
import { KOSKI_REFERENCE, validate } from '../../src'
import { TODAY } from '../support'
import { splitLines } from './palat'

const example = (name: string): string => readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8')
const VALID = example('tuva-valmistunut.json')
const INVALID = example('tuva-virheellinen.json')
const AMMATILLINEN = ((doc) => {
    // KOSKI's ammatillinen example relabelled as a type this version does not validate (lukiokoulutus)
    doc.opiskeluoikeudet[0].tyyppi.koodiarvo = 'lukiokoulutus'
    return JSON.stringify(doc, null, 2)
  })(JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/koski/examples/ammatillinen-perustutkinto_2024-08-13.json', import.meta.url)), 'utf8')))
/** One line each (NDJSON). */
const V = JSON.stringify(JSON.parse(VALID))
const I = JSON.stringify(JSON.parse(INVALID))
const A = JSON.stringify(JSON.parse(AMMATILLINEN))

interface Fake {
  readonly io: CliIo
  readonly out: () => string
  readonly err: () => string
  /** In order: `write` for each write to stdout, `line <file>:<n>` for each line handed out, `read <file>` for each whole read. */
  readonly events: () => readonly string[]
}

const codeError = (code: string, path: string): Error => Object.assign(new Error(`${code}: ${path}`), { code })


/** An io over `files`; a name with slashes makes directories (`d/x.json`: `d` holds `x.json`), listed in key order. */
function fake(files: Record<string, string | Uint8Array>, stdin: string | Uint8Array = ''): Fake {
  let out = ''
  let err = ''
  const events: string[] = []
  const isDirectory = (path: string): boolean => Object.keys(files).some((f) => f.startsWith(`${path}/`))
  const content = (path: string): string | Uint8Array => {
    const c = Object.hasOwn(files, path) ? files[path] : undefined
    if (c !== undefined) return c
    throw codeError(isDirectory(path) ? 'EISDIR' : 'ENOENT', path)
  }
  const io: CliIo = {
    stdout: {
      write: (s: string) => {
        out += s
        events.push('write')
      },
    },
    stderr: {
      write: (s: string) => {
        err += s
      },
    },
    readFile: async (path) => {
      events.push(`read ${path}`)
      return content(path)
    },
    readStdin: async () => stdin,
    readChunks: (path) =>
      (async function* () {
        const parts = splitLines(path === '-' ? stdin : content(path))
        for (const [i, part] of parts.entries()) {
          events.push(`line ${path}:${i + 1}`)
          yield part
        }
      })(),
    isDirectory: async (path) => isDirectory(path),
    readDir: async (path) => {
      if (path.endsWith('locked')) throw codeError('EACCES', path)
      const names = new Map<string, boolean>()
      for (const f of Object.keys(files)) {
        if (!f.startsWith(`${path}/`)) continue
        const rest = f.slice(path.length + 1)
        const slash = rest.indexOf('/')
        names.set(slash === -1 ? rest : rest.slice(0, slash), slash !== -1)
      }
      return [...names].map(([name, directory]) => ({ name, directory }))
    },
    env: {},
  }
  return { io, out: () => out, err: () => err, events: () => events }
}

const ndjson = (f: Fake): FileResult[] =>
  f
    .out()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as FileResult)
const json = (f: Fake): FileResult[] => JSON.parse(f.out()) as FileResult[]
const where = (rs: readonly FileResult[]): [string, number | undefined, string][] => rs.map((r) => [r.file, r.line, r.status])

describe('koski-validate --ndjson: one document per line', () => {
  it('--format ndjson and json: documents with the same findings one after another are written as each alone (the findings as JSON.stringify writes them)', async () => {
    const rikki = JSON.parse(I)
    const toinen = JSON.parse(INVALID)
    toinen.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0].alku = '2021-02-30'
    const rivit = [I, I, JSON.stringify(toinen), I, V, V, JSON.stringify(rikki)]
    const odotetut = rivit.map((r) => JSON.stringify(validate(JSON.parse(r), { today: TODAY }).findings))
    expect(new Set(odotetut).size).toBe(3)
    for (const format of ['ndjson', 'json']) {
      const f = fake({ 'b.ndjson': rivit.join('\n') })
      await main(['--today', TODAY, '--ndjson', '--format', format, 'b.ndjson'], f.io)
      const tulokset: FileResult[] = format === 'ndjson' ? ndjson(f) : JSON.parse(f.out())
      expect(tulokset.map((r) => JSON.stringify(r.findings))).toEqual(odotetut)
      if (format === 'ndjson') {
        const lines = f.out().trim().split('\n')
        lines.forEach((l, i) => expect(l.slice(l.indexOf('"findings":') + '"findings":'.length, -1)).toBe(odotetut[i]))
      }
    }
  })

  /** The valid example with these unknown keys on its study right: a finding each (S-1), in this order. */
  const avaimin = (keys: readonly string[]) => {
    const doc = JSON.parse(V)
    for (const k of keys) doc.opiskeluoikeudet[0][k] = 0
    return JSON.stringify(doc)
  }
  const tuntemattomat = (n: number, alku = 0) => Array.from({ length: n }, (_, i) => `tuntematon${alku + i}`)

  it('--format ndjson: a line of more than 64 findings between two shorter ones does not make the second the first again', async () => {
    // X and Y have one finding each; M's first finding is Y's (each of M's is written by itself, over the places X's was remembered at)
    const X = avaimin(['muu'])
    const M = avaimin(tuntemattomat(70))
    const Y = avaimin(['tuntematon0'])
    const rivit = [X, M, Y, X, Y]
    const odotetut = rivit.map((r) => JSON.stringify(validate(JSON.parse(r), { today: TODAY }).findings))
    expect(JSON.parse(odotetut[1]!).length).toBeGreaterThan(64)
    expect(JSON.parse(odotetut[1]!)[0]).toEqual(JSON.parse(odotetut[2]!)[0])
    const f = fake({ 'b.ndjson': rivit.join('\n') })
    await main(['--today', TODAY, '--ndjson', '--format', 'ndjson', '--jobs', '1', 'b.ndjson'], f.io)
    expect(ndjson(f).map((r) => JSON.stringify(r.findings))).toEqual(odotetut)
  })

  it('property: --format ndjson and json of any sequence of lines (the same findings again, more or fewer, 64 and 65, others) are the findings validate gives', async () => {
    // findings that share their first ones and differ in number around the 64 places remembered and joined
    const rivit = [V, I, avaimin(['muu']), avaimin(tuntemattomat(1)), avaimin(tuntemattomat(2)), avaimin(tuntemattomat(64)), avaimin(tuntemattomat(65)), avaimin(tuntemattomat(70)), avaimin(tuntemattomat(65, 1))]
    const odotetut = rivit.map((r) => JSON.stringify(validate(JSON.parse(r), { today: TODAY }).findings))
    const perus = JSON.parse(odotetut[0]!).length
    expect(odotetut.slice(2).map((o) => JSON.parse(o).length - perus)).toEqual([1, 1, 2, 64, 65, 70, 65])
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(rivit.length - 1), { minLength: 1, maxLength: 8 }), fc.constantFrom('ndjson', 'json'), async (valitut, format) => {
        const f = fake({ 'b.ndjson': valitut.map((i) => rivit[i]).join('\n') })
        await main(['--today', TODAY, '--ndjson', '--format', format, '--jobs', '1', 'b.ndjson'], f.io)
        const tulokset: FileResult[] = format === 'ndjson' ? ndjson(f) : json(f)
        expect(tulokset.map((r) => JSON.stringify(r.findings))).toEqual(valitut.map((i) => odotetut[i]))
      }),
      { numRuns: 60 },
    )
  })

  it('reports each line with its number, skips empty lines, and exits 1 when a line is invalid', async () => {
    const f = fake({ 'batch.ndjson': `${V}\n\n${I}\r\n  \n${V}\n` })
    expect(await main(['--today', TODAY, '--ndjson', '--format', 'json', 'batch.ndjson'], f.io)).toBe(EXIT_INVALID)
    const results = json(f)
    expect(where(results)).toEqual([
      ['batch.ndjson', 1, 'valid'],
      ['batch.ndjson', 3, 'invalid'],
      ['batch.ndjson', 5, 'valid'],
    ])
    expect(results[1]!.findings).toEqual(validate(JSON.parse(INVALID), { today: TODAY }).findings)
    expect(results[0]).toEqual({ file: 'batch.ndjson', line: 1, status: 'valid', valid: true, findings: [], skipped: validate(JSON.parse(VALID), { today: TODAY }).skipped, unchecked: [] })
  })

  it('exits 0 when every line is valid, and counts documents in the text summary', async () => {
    const f = fake({ 'a.ndjson': `${V}\n${V}` })
    expect(await main(['--today', TODAY, '--ndjson', '--lang', 'en', 'a.ndjson'], f.io)).toBe(EXIT_VALID)
    const headers = f.out().split('\n').filter((l) => l.startsWith('✓') || l.startsWith('✗'))
    expect(headers).toEqual(['✓ a.ndjson:1 — valid', '✓ a.ndjson:2 — valid'])
    expect(f.out().trimEnd().split('\n').at(-1)).toBe('2 documents: 2 valid, 0 invalid')
    const fi = fake({ 'a.ndjson': `${V}\n${I}` })
    await main(['--today', TODAY, '--ndjson', 'a.ndjson'], fi.io)
    expect(fi.out().trimEnd().split('\n').at(-1)).toBe('2 dokumenttia: 1 kelpaa, 1 ei kelpaa')
  })

  it('a broken line is badRequest.format.json for that line only, at its line and column, never quoted', async () => {
    const broken = '{"henkilö": {"hetu": "270504A317P", "sukunimi": "Vaara"}}}'
    const f = fake({ 'b.ndjson': `${V}\n${broken}\n${V}\n{"a": \n{"sukunimi": Vaara}` })
    expect(await main(['--today', TODAY, '--ndjson', '--format', 'ndjson', 'b.ndjson'], f.io)).toBe(EXIT_INVALID)
    const results = ndjson(f)
    expect(where(results)).toEqual([
      ['b.ndjson', 1, 'valid'],
      ['b.ndjson', 2, 'invalid'],
      ['b.ndjson', 3, 'valid'],
      ['b.ndjson', 4, 'invalid'],
      ['b.ndjson', 5, 'invalid'],
    ])
    const column = broken.length // the last brace is one too many
    expect(results[1]!.findings.map((x) => [x.key, x.rule, x.message.en])).toEqual([['badRequest.format.json', 'CLI-JSON', `Invalid JSON document (line 2, column ${column})`]])
    expect(results[3]!.findings[0]!.message.en).toBe('Invalid JSON document (unexpected end of input)')
    expect(f.out()).not.toContain('270504A317P')
    expect(f.out()).not.toContain('Vaara')
  })

  it('a line with a byte order mark, or bytes that are not UTF-8, is reported for that line; the others are validated', async () => {
    const enc = new TextEncoder()
    const good = enc.encode(V)
    const i = V.indexOf('Suomalainen') > 0 ? V.indexOf('Suomalainen') : 200
    const lines = [good, new Uint8Array([0xef, 0xbb, 0xbf, ...good]), new Uint8Array([...good.slice(0, i), 0xff, 0xfe, ...good.slice(i)]), good]
    const bytes = new Uint8Array(lines.flatMap((l) => [...l, 10]))
    const f = fake({ 'bytes.ndjson': bytes })
    expect(await main(['--today', TODAY, '--ndjson', '--format', 'json', 'bytes.ndjson'], f.io)).toBe(EXIT_INVALID)
    const results = json(f)
    expect(results.map((r) => [r.line, r.status, r.findings[0]?.message.en])).toEqual([
      [1, 'valid', undefined],
      [2, 'invalid', 'Invalid JSON document (it starts with a UTF-8 byte order mark, BOM)'],
      [3, 'invalid', 'Invalid JSON document (not valid UTF-8)'],
      [4, 'valid', undefined],
    ])
  })

  it('reads standard input line by line with -, named <stdin>:N in the text output', async () => {
    const f = fake({}, `${I}\n${V}\n`)
    expect(await main(['--today', TODAY, '--ndjson', '--lang', 'en', '-'], f.io)).toBe(EXIT_INVALID)
    const headers = f.out().split('\n').filter((l) => l.startsWith('✓') || l.startsWith('✗'))
    expect(headers.map((h) => h.split(':')[0] + ':' + h.split(':')[1]!.split(' ')[0])).toEqual(['✗ <stdin>:1', '✓ <stdin>:2'])
  })

  it('an NDJSON file that cannot be read is one finding for the file; - twice is a usage error', async () => {
    const f = fake({ 'a.ndjson': V })
    expect(await main(['--today', TODAY, '--ndjson', '--format', 'json', 'missing.ndjson', 'a.ndjson'], f.io)).toBe(EXIT_INVALID)
    const [missing, a] = json(f)
    expect(missing).toEqual(expect.objectContaining({ file: 'missing.ndjson', status: 'invalid' }))
    expect(missing!.line).toBeUndefined()
    expect(missing!.findings.map((x) => [x.rule, x.message.en])).toEqual([['CLI-READ', 'The file could not be read: no such file']])
    expect(a).toEqual(expect.objectContaining({ line: 1, status: 'valid' }))
    const twice = fake({})
    expect(await main(['--ndjson', '-', '-'], twice.io)).toBe(EXIT_USAGE)
    expect(twice.err()).toContain('- given twice with --ndjson')
  })

  it('"not checked" lines count as today: exit 1, or 0 with --allow-unchecked', async () => {
    const files = { 'u.ndjson': `${A}\n${V}\n` }
    expect(await main(['--today', TODAY, '--ndjson', 'u.ndjson'], fake(files).io)).toBe(EXIT_INVALID)
    expect(await main(['--today', TODAY, '--ndjson', '--allow-unchecked', 'u.ndjson'], fake(files).io)).toBe(EXIT_VALID)
    const f = fake(files)
    await main(['--today', TODAY, '--ndjson', '--lang', 'en', 'u.ndjson'], f.io)
    expect(f.out().trimEnd().split('\n').at(-1)).toBe('2 documents: 1 valid, 0 invalid, 1 not checked')
  })
})

describe('koski-validate DIR: the *.json in it, recursively, sorted', () => {
  const tree = {
    'docs/b.json': INVALID,
    'docs/a.json': VALID,
    'docs/notes.txt': 'not a document',
    'docs/sub/c.json': VALID,
    'docs/Z.json': VALID,
    'docs/batch.ndjson': `${V}\n${I}\n`,
    'docs/a/x.json': VALID,
    'docs/empty/sub/readme.md': '',
  }

  it('validates every *.json by path in code-unit order, descending into subdirectories, and nothing else', async () => {
    const f = fake(tree)
    expect(await main(['--today', TODAY, '--format', 'json', 'docs'], f.io)).toBe(EXIT_INVALID)
    expect(where(json(f))).toEqual([
      ['docs/Z.json', undefined, 'valid'],
      ['docs/a/x.json', undefined, 'valid'],
      ['docs/a.json', undefined, 'valid'],
      ['docs/b.json', undefined, 'invalid'],
      ['docs/sub/c.json', undefined, 'valid'],
    ])
  })

  it('with --ndjson also every *.ndjson, read line by line (a *.json stays one document)', async () => {
    const f = fake(tree)
    expect(await main(['--today', TODAY, '--ndjson', '--format', 'ndjson', 'docs'], f.io)).toBe(EXIT_INVALID)
    expect(where(ndjson(f))).toEqual([
      ['docs/Z.json', undefined, 'valid'],
      ['docs/a/x.json', undefined, 'valid'],
      ['docs/a.json', undefined, 'valid'],
      ['docs/b.json', undefined, 'invalid'],
      ['docs/batch.ndjson', 1, 'valid'],
      ['docs/batch.ndjson', 2, 'invalid'],
      ['docs/sub/c.json', undefined, 'valid'],
    ])
  })

  it('exits 0 for a directory of valid documents, mixed with files, and sums them up', async () => {
    const f = fake({ 'ok/a.json': VALID, 'ok/deep/er/b.json': VALID, 'one.json': VALID })
    expect(await main(['--today', TODAY, '--lang', 'en', 'ok', 'one.json'], f.io)).toBe(EXIT_VALID)
    expect(f.out().trimEnd().split('\n').at(-1)).toBe('3 files: 3 valid, 0 invalid')
  })

  it('reads whole files a bounded few ahead, never all at once', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 40; i++) files[`many/${String(i).padStart(2, '0')}.json`] = VALID
    const f = fake(files)
    await main(['--today', TODAY, '--format', 'ndjson', 'many'], f.io)
    const events = f.events()
    const firstWrite = events.indexOf('write')
    const readsBefore = events.slice(0, firstWrite).filter((e) => e.startsWith('read ')).length
    expect(readsBefore).toBeGreaterThan(0)
    expect(readsBefore).toBeLessThanOrEqual(8)
    expect(events.filter((e) => e.startsWith('read ')).length).toBe(40)
  })

  it('a directory without a document to validate, or one that cannot be listed, is a finding (exit 1)', async () => {
    const f = fake({ 'nothing/readme.md': '', 'locked/a.json': VALID, 'nd/x.ndjson': V })
    expect(await main(['--format', 'json', 'nothing', 'locked', 'nd'], f.io)).toBe(EXIT_INVALID)
    expect(json(f).map((r) => [r.file, r.findings[0]?.rule, r.findings[0]?.message.en])).toEqual([
      ['nothing', 'CLI-READ', 'The file could not be read: the directory has no .json files'],
      ['locked', 'CLI-READ', 'The file could not be read: permission denied'],
      ['nd', 'CLI-READ', 'The file could not be read: the directory has no .json files'],
    ])
    const withNdjson = fake({ 'nothing/readme.md': '' })
    expect(await main(['--ndjson', '--format', 'json', '--lang', 'sv', 'nothing'], withNdjson.io)).toBe(EXIT_INVALID)
    expect(json(withNdjson)[0]!.findings[0]!.message.sv).toBe('Filen kunde inte läsas: katalogen innehåller inga .json- eller .ndjson-filer')
  })
})

describe('koski-validate --format ndjson', () => {
  it('writes each result as soon as its document is done, before the next line is read', async () => {
    const f = fake({ 'a.ndjson': `${V}\n${I}\n${V}\n` })
    expect(await main(['--today', TODAY, '--ndjson', '--format', 'ndjson', 'a.ndjson'], f.io)).toBe(EXIT_INVALID)
    const events = f.events().filter((e) => e.startsWith('line') || e === 'write')
    // each line's result is written (its pieces: head, findings, end) before the next line is asked for
    const order = events.filter((e, i) => e !== 'write' || events[i - 1] !== 'write')
    expect(order).toEqual(['line a.ndjson:1', 'write', 'line a.ndjson:2', 'write', 'line a.ndjson:3', 'write'])
  })

  it('prints one JSON object per line, the same as --format json gives, line numbers included', async () => {
    const files = { 'a.ndjson': `${V}\n${I}\n`, 'v.json': VALID }
    const f = fake(files)
    const g = fake(files)
    await main(['--today', TODAY, '--ndjson', '--format', 'ndjson', 'a.ndjson'], f.io)
    await main(['--today', TODAY, '--ndjson', '--format', 'json', 'a.ndjson'], g.io)
    expect(f.out().split('\n')).toHaveLength(3)
    expect(f.out().endsWith('\n')).toBe(true)
    expect(ndjson(f)).toEqual(json(g))
    const whole = fake(files)
    expect(await main(['--today', TODAY, '--format', 'ndjson', 'v.json'], whole.io)).toBe(EXIT_VALID)
    expect(ndjson(whole)).toEqual([expect.objectContaining({ file: 'v.json', status: 'valid' })])
    expect(Object.keys(ndjson(whole)[0]!)).toEqual(['file', 'status', 'valid', 'skipped', 'unchecked', 'findings'])
  })

  it('prints nothing for no document; --format json prints []', async () => {
    const f = fake({ 'blank.ndjson': '\n\n' })
    expect(await main(['--ndjson', '--format', 'ndjson', 'blank.ndjson'], f.io)).toBe(EXIT_VALID)
    expect(f.out()).toBe('')
    const g = fake({ 'blank.ndjson': '\n\n' })
    await main(['--ndjson', '--format', 'json', 'blank.ndjson'], g.io)
    expect(g.out()).toBe('[]\n')
  })
})

describe('koski-validate --version', () => {
  it('prints the version and exits 0, whatever else is given', async () => {
    for (const argv of [['--version'], ['-v', 'x.json']]) {
      const f = fake({})
      expect(await main(argv, f.io)).toBe(EXIT_VALID)
      expect(f.out()).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?\nKOSKI rules: Opetushallitus\/koski [0-9a-f]{40} \(\d{4}-\d{2}-\d{2}\)\nkoodisto snapshot: \d{4}-\d{2}-\d{2}\n$/)
      expect(f.out()).toContain(`${KOSKI_REFERENCE.commit} (${KOSKI_REFERENCE.date})`)
      expect(f.err()).toBe('')
    }
  })
})
