/** The `koski-validate` command, through `main(argv, io)` with an injected io (files, stdin, streams, env). */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EXIT_INVALID, EXIT_USAGE, EXIT_VALID, main, type CliIo, type FileResult } from '../../src/cli'
import { validate } from '../../src'
import { TODAY, vstVapaatavoitteinen } from '../support'
import { splitLines } from './palat'

const example = (name: string): string => readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8')
const VALID = example('tuva-valmistunut.json')
const INVALID = example('tuva-virheellinen.json')
const VALID_DOC = (): Record<string, unknown> & { henkilö: { hetu: string }; opiskeluoikeudet: Record<string, unknown>[] } => JSON.parse(VALID)

const FILES: Record<string, string> = { 'valid.json': VALID, 'invalid.json': INVALID }

interface Fake {
  readonly io: CliIo
  readonly out: () => string
  readonly err: () => string
  readonly stdinReads: () => number
  /** What happened in order: `write` for each write to stdout, `line <file>:<n>` for each line handed out. */
  readonly events: () => readonly string[]
}

const ENOENT = (path: string): Error => Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' })


/**
 * An io over the files given: a name with slashes makes directories (`d/x.json` makes `d` a directory holding `x.json`),
 * listed in the order of the object's keys (the command sorts them).
 */
function fake(files: Record<string, string | Uint8Array> = FILES, opts: { stdin?: string | Uint8Array; isTTY?: boolean; env?: Record<string, string> } = {}): Fake {
  let out = ''
  let err = ''
  let stdinReads = 0
  const events: string[] = []
  const content = (path: string): string | Uint8Array => {
    const text = Object.hasOwn(files, path) ? files[path] : undefined
    if (text !== undefined) return text
    if (path === 'locked.json') throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    if (path === 'weird.json') throw new Error('something odd')
    if (isDirectory(path)) throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' })
    throw ENOENT(path)
  }
  const isDirectory = (path: string): boolean => Object.keys(files).some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`))
  const io: CliIo = {
    stdout: {
      write: (s: string) => {
        out += s
        events.push('write')
      },
      isTTY: opts.isTTY ?? false,
    },
    stderr: {
      write: (s: string) => {
        err += s
      },
    },
    readFile: async (path) => content(path),
    readStdin: async () => {
      stdinReads++
      return opts.stdin ?? ''
    },
    readChunks: (path) =>
      (async function* () {
        let text: string | Uint8Array
        if (path === '-') {
          stdinReads++
          text = opts.stdin ?? ''
        } else text = content(path)
        const parts = splitLines(text)
        for (const [i, part] of parts.entries()) {
          events.push(`line ${path}:${i + 1}`)
          yield part
        }
      })(),
    isDirectory: async (path) => isDirectory(path),
    readDir: async (path) => {
      if (path === 'locked-dir') throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
      const prefix = `${path.replace(/\/$/, '')}/`
      const names = new Map<string, boolean>()
      for (const f of Object.keys(files)) {
        if (!f.startsWith(prefix)) continue
        const rest = f.slice(prefix.length)
        const slash = rest.indexOf('/')
        names.set(slash === -1 ? rest : rest.slice(0, slash), slash !== -1)
      }
      if (names.size === 0 && !isDirectory(path)) throw ENOENT(path)
      return [...names].map(([name, directory]) => ({ name, directory }))
    },
    env: opts.env ?? {},
  }
  return { io, out: () => out, err: () => err, stdinReads: () => stdinReads, events: () => events }
}

const json = (f: Fake): FileResult[] => JSON.parse(f.out()) as FileResult[]
const ANSI = /\u001b\[/

describe('koski-validate: exit status and text output', () => {
  it('exits 0 on a valid document and says so in Finnish by default, without colours off a terminal', async () => {
    const f = fake()
    expect(await main(['--today', TODAY, 'valid.json'], f.io)).toBe(EXIT_VALID)
    expect(f.out().split('\n')[0]).toBe('✓ valid.json — kelpaa')
    expect(f.out()).not.toMatch(ANSI)
    expect(f.err()).toBe('')
  })

  it('exits 1 on an invalid document and lists every finding: severity, path, message, key and rule', async () => {
    const f = fake()
    expect(await main(['--today', TODAY, 'invalid.json'], f.io)).toBe(EXIT_INVALID)
    const report = validate(JSON.parse(INVALID), { today: TODAY })
    const errors = report.findings.filter((x) => x.severity === 'error').length
    const warnings = report.findings.length - errors
    expect(warnings).toBe(1) // T-OHJE-9: the erityinen tuki starts before the study right's earliest jakso
    expect(f.out().split('\n')[0]).toBe(`✗ invalid.json — ei kelpaa: ${errors} virhettä, 1 varoitus`)
    for (const finding of report.findings) {
      expect(f.out()).toContain(`${finding.severity === 'error' ? 'virhe   ' : 'varoitus'}  ${finding.path}\n`)
      expect(f.out()).toContain(`  ${finding.message.fi}\n`)
      expect(f.out()).toContain(`  ${finding.key} · ${finding.rule}\n`)
    }
    expect(f.out()).toContain('G-HLÖ-1')
  })

  it('writes the messages and labels in the language asked for', async () => {
    const report = validate(JSON.parse(INVALID), { today: TODAY })
    for (const [lang, header, label] of [
      ['en', '✗ invalid.json — invalid', 'error  '],
      ['sv', '✗ invalid.json — ogiltig', 'fel  '],
    ] as const) {
      const f = fake()
      expect(await main(['--today', TODAY, '--lang', lang, 'invalid.json'], f.io)).toBe(EXIT_INVALID)
      expect(f.out().startsWith(header)).toBe(true)
      expect(f.out()).toContain(label)
      for (const finding of report.findings) expect(f.out()).toContain(finding.message[lang])
    }
  })

  it('shows errorType next to the key of a structural finding, and names the whole document for an empty path', async () => {
    const doc = VALID_DOC()
    doc['ylimääräinen'] = 1
    const f = fake({ 'extra.json': JSON.stringify(doc), 'number.json': '42' })
    expect(await main(['--today', TODAY, '--lang', 'en', 'extra.json', 'number.json'], f.io)).toBe(EXIT_INVALID)
    expect(f.out()).toContain('badRequest.validation.jsonSchema (unexpectedProperty) · S-1')
    expect(f.out()).toContain('error    (whole document)')
  })

  it('exits 0 when there are warnings only, and counts them in the header', async () => {
    const doc = VALID_DOC()
    delete (doc.opiskeluoikeudet[0] as { lähdejärjestelmänId: { id?: string } }).lähdejärjestelmänId.id // G-LJ-1 warning (KOSKI's test flags are errors outside its mock environment)
    const f = fake({ 'warn.json': JSON.stringify(doc) })
    expect(await main(['--today', TODAY, 'warn.json'], f.io)).toBe(EXIT_VALID)
    expect(f.out().split('\n')[0]).toBe('✓ warn.json — kelpaa: 1 varoitus')
    expect(f.out()).toContain('varoitus  opiskeluoikeudet[0].lähdejärjestelmänId.id')
  })

  it('tells which rules could not run for lack of context', async () => {
    const f = fake()
    await main(['--today', TODAY, '--lang', 'en', 'valid.json'], f.io)
    const { skipped } = validate(JSON.parse(VALID), { today: TODAY })
    expect(skipped.length).toBeGreaterThan(0)
    expect(skipped).toEqual(['G-DUPOO-1', 'G-ID-2', 'G-LJ-4', 'T-LUPA-2', 'X-SIIRT-3', 'X-SIIRT-4'])
    expect(f.out()).toContain('Not checked for lack of context; give --stored FILE (G-DUPOO-1, X-SIIRT-3, X-SIIRT-4); --previous FILE (G-ID-2, G-LJ-4, T-LUPA-2)')
  })
})

describe('koski-validate: batches and standard input', () => {
  it('validates several files in order, exits 1 when any is invalid and sums them up', async () => {
    const f = fake()
    expect(await main(['--today', TODAY, '--lang', 'en', 'valid.json', 'invalid.json', 'valid.json'], f.io)).toBe(EXIT_INVALID)
    const headers = f.out().split('\n').filter((l) => l.startsWith('✓') || l.startsWith('✗'))
    expect(headers.map((h) => h.split(' — ')[0])).toEqual(['✓ valid.json', '✗ invalid.json', '✓ valid.json'])
    expect(f.out().trimEnd().split('\n').at(-1)).toBe('3 files: 2 valid, 1 invalid')
  })

  it('exits 0 when every file of a batch is valid', async () => {
    const f = fake()
    expect(await main(['--today', TODAY, 'valid.json', 'valid.json'], f.io)).toBe(EXIT_VALID)
    expect(f.out()).toContain('2 tiedostoa: 2 kelpaa, 0 ei kelpaa')
  })

  it('reads - from standard input, once even when given twice', async () => {
    const f = fake(FILES, { stdin: VALID })
    expect(await main(['--today', TODAY, '--format', 'json', '-', 'invalid.json', '-'], f.io)).toBe(EXIT_INVALID)
    expect(json(f).map((r) => [r.file, r.valid])).toEqual([
      ['-', true],
      ['invalid.json', false],
      ['-', true],
    ])
    expect(f.stdinReads()).toBe(1)
  })

  it('names standard input in the text output', async () => {
    const f = fake(FILES, { stdin: VALID })
    expect(await main(['--today', TODAY, '--lang', 'en', '-'], f.io)).toBe(EXIT_VALID)
    expect(f.out().split('\n')[0]).toBe('✓ <stdin> — valid')
  })

  it('does not read standard input unless - is given', async () => {
    const f = fake()
    await main(['--today', TODAY, 'valid.json'], f.io)
    expect(f.stdinReads()).toBe(0)
  })
})

describe('koski-validate --format json', () => {
  it('prints [{ file, status, valid, findings, skipped, unchecked }] with the findings exactly as validate returns them', async () => {
    const f = fake()
    expect(await main(['--today', TODAY, '--format', 'json', 'valid.json', 'invalid.json'], f.io)).toBe(EXIT_INVALID)
    const results = json(f)
    const valid = validate(JSON.parse(VALID), { today: TODAY })
    const invalid = validate(JSON.parse(INVALID), { today: TODAY })
    expect(results).toEqual([
      { file: 'valid.json', status: 'valid', valid: true, findings: valid.findings, skipped: valid.skipped, unchecked: [] },
      { file: 'invalid.json', status: 'invalid', valid: false, findings: invalid.findings, skipped: invalid.skipped, unchecked: [] },
    ])
    expect(results[1]!.findings[0]!.message).toEqual(expect.objectContaining({ fi: expect.any(String), sv: expect.any(String), en: expect.any(String) }))
  })

  it('never colours JSON, even on a terminal', async () => {
    const f = fake(FILES, { isTTY: true })
    await main(['--today', TODAY, '--format', 'json', 'invalid.json'], f.io)
    expect(f.out()).not.toMatch(ANSI)
  })
})

describe('koski-validate: files that cannot be validated are invalid (exit 1), not usage errors', () => {
  it('reports a file that is not JSON as a finding with KOSKI key badRequest.format.json', async () => {
    const f = fake({ 'bad.json': 'not json' })
    expect(await main(['--format', 'json', 'bad.json'], f.io)).toBe(EXIT_INVALID)
    const [result] = json(f)
    expect(result).toEqual({
      file: 'bad.json',
      status: 'invalid',
      valid: false,
      skipped: [],
      unchecked: [],
      findings: [{ severity: 'error', key: 'badRequest.format.json', rule: 'CLI-JSON', path: '', pointer: '', message: expect.objectContaining({ fi: 'Epäkelpo JSON-dokumentti (rivi 1, sarake 2)' }), hint: expect.objectContaining({ fi: expect.any(String), sv: expect.any(String), en: expect.any(String) }) }],
    })
    expect(f.err()).toBe('')
  })

  it('tells the line and column when the parser gives a position, and an early end of input', async () => {
    const f = fake({ 'trailing.json': '{\n  "a": 1\n}}', 'cut.json': '{"a": ', 'empty.json': '' })
    expect(await main(['--format', 'json', 'trailing.json', 'cut.json', 'empty.json'], f.io)).toBe(EXIT_INVALID)
    const messages = json(f).map((r) => r.findings[0]!.message.en)
    expect(messages[0]).toBe('Invalid JSON document (line 3, column 2)')
    expect(messages[1]).toBe('Invalid JSON document (unexpected end of input)')
    expect(messages[2]).toBe('Invalid JSON document (unexpected end of input)')
  })

  it('the position is found by our own scan, whatever the engine\'s message says (Node 20 often names none)', async () => {
    const texts: Record<string, string> = {
      'token.json': '{\n  "a": tru\n}', // V8 20: "Unexpected token '\n', … is not valid JSON" with no position
      'comma.json': '{\n  "a": 1,\n}',
      'quote.json': "{\n  'a': 1\n}",
      'control.json': '{"a": "x\ty"}',
    }
    const f = fake(texts)
    expect(await main(['--format', 'json', ...Object.keys(texts)], f.io)).toBe(EXIT_INVALID)
    expect(json(f).map((r) => r.findings[0]!.message.en)).toEqual([
      'Invalid JSON document (line 2, column 11)',
      'Invalid JSON document (line 3, column 1)',
      'Invalid JSON document (line 2, column 3)',
      'Invalid JSON document (line 1, column 9)',
    ])
    expect(f.out()).not.toContain('tru')
  })

  it('never quotes the broken text (it may hold a hetu or a name)', async () => {
    const f = fake({ 'leak.json': '{"henkilö": {"hetu": "270504A317P", "sukunimi": Vaara}}' })
    expect(await main(['--format', 'json', 'leak.json'], f.io)).toBe(EXIT_INVALID)
    expect(f.out()).not.toContain('270504A317P')
    expect(f.out()).not.toContain('Vaara')
  })

  it('reports a UTF-8 byte order mark as KOSKI answers it (its UTF-8 decoder keeps the BOM and the JSON parser rejects it)', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(VALID)])
    for (const content of [`\uFEFF${VALID}`, bytes]) {
      const f = fake({ 'bom.json': content })
      expect(await main(['--today', TODAY, '--format', 'json', 'bom.json'], f.io)).toBe(EXIT_INVALID)
      expect(json(f)[0]!.findings.map((x) => [x.key, x.message.en])).toEqual([['badRequest.format.json', 'Invalid JSON document (it starts with a UTF-8 byte order mark, BOM)']])
    }
  })

  it('reports bytes that are not UTF-8 as badRequest.format.json, never quoting them (they were replaced and passed before)', async () => {
    const good = new TextEncoder().encode(VALID)
    const i = VALID.indexOf('Suomalainen') > 0 ? VALID.indexOf('Suomalainen') : 200
    const bad = new Uint8Array([...good.slice(0, i), 0xff, 0xfe, ...good.slice(i)])
    const f = fake({ 'latin1.json': bad, 'utf8.json': good })
    expect(await main(['--today', TODAY, '--format', 'json', 'latin1.json', 'utf8.json'], f.io)).toBe(EXIT_INVALID)
    const [latin1, utf8] = json(f)
    expect(latin1!.findings.map((x) => [x.key, x.rule, x.message.en])).toEqual([['badRequest.format.json', 'CLI-JSON', 'Invalid JSON document (not valid UTF-8)']])
    expect(utf8!.status).toBe('valid')
  })

  it('reports JSON that is not a study right at all', async () => {
    const f = fake({ 'array.json': '[1, 2]', 'empty-object.json': '{}' })
    expect(await main(['--format', 'json', 'array.json', 'empty-object.json'], f.io)).toBe(EXIT_INVALID)
    for (const r of json(f)) {
      expect(r.valid).toBe(false)
      expect(r.findings.map((x) => x.rule)).toEqual(['S-0'])
    }
  })

  it('reports an unreadable file with the reason, and goes on with the others', async () => {
    const f = fake()
    expect(await main(['--today', TODAY, '--format', 'json', 'missing.json', 'locked.json', 'weird.json', 'valid.json'], f.io)).toBe(EXIT_INVALID)
    const results = json(f)
    expect(results.map((r) => [r.valid, r.findings[0]?.rule, r.findings[0]?.message.en])).toEqual([
      [false, 'CLI-READ', 'The file could not be read: no such file'],
      [false, 'CLI-READ', 'The file could not be read: permission denied'],
      [false, 'CLI-READ', 'The file could not be read'],
      [true, undefined, undefined],
    ])
    expect(results[0]!.findings[0]!.key).toBe('koskiValidation.cli.tiedostoaEiVoituLukea')
    expect(f.err()).toBe('')
  })
})

describe('koski-validate: options reach validate', () => {
  const jsonFor = async (argv: string[], files: Record<string, string> = FILES): Promise<FileResult[]> => {
    const f = fake(files)
    await main([...argv, '--format', 'json'], f.io)
    return json(f)
  }

  it('--today is the validation date', async () => {
    // The learner of the example is born 2004-05-27: on 2004-01-01 the hetu's birth date is in the future.
    const [result] = await jsonFor(['--today', '2004-01-01', 'valid.json'])
    expect(result!.findings).toEqual(validate(JSON.parse(VALID), { today: '2004-01-01' }).findings)
    expect(result!.findings.map((x) => x.rule)).toContain('G-HLÖ-1')
  })

  it('--birth-date is passed on', async () => {
    const [result] = await jsonFor(['--today', TODAY, '--birth-date', '2004-05-27', 'valid.json'])
    const report = validate(JSON.parse(VALID), { today: TODAY, birthDate: '2004-05-27' })
    expect(result).toEqual({ file: 'valid.json', status: 'valid', valid: report.valid, unchecked: [], findings: report.findings, skipped: report.skipped })
  })

  it('--no-service-user lifts the lähdejärjestelmänId requirement (G-LJ-1)', async () => {
    const doc = VALID_DOC()
    delete doc.opiskeluoikeudet[0]!['lähdejärjestelmänId']
    const files = { 'nolj.json': JSON.stringify(doc) }
    const [withDefault] = await jsonFor(['--today', TODAY, 'nolj.json'], files)
    expect(withDefault!.findings.map((x) => x.rule)).toEqual(['G-LJ-1'])
    const [asOfficial] = await jsonFor(['--today', TODAY, '--no-service-user', 'nolj.json'], files)
    expect(asOfficial!.valid).toBe(true)
  })

  it('--accept-synthetic-hetus lets a 9xx hetu through', async () => {
    const doc = VALID_DOC()
    doc.henkilö.hetu = withCheckCharacter('270504A917')
    const files = { 'synthetic.json': JSON.stringify(doc) }
    const [strict] = await jsonFor(['--today', TODAY, 'synthetic.json'], files)
    expect(strict!.findings.map((x) => x.rule)).toEqual(['G-HLÖ-1'])
    const [lenient] = await jsonFor(['--today', TODAY, '--accept-synthetic-hetus', 'synthetic.json'], files)
    expect(lenient!.valid).toBe(true)
  })

  it('--previous FILE is read once and given to every file', async () => {
    const files = { ...FILES, 'stored.json': VALID }
    const results = await jsonFor(['--today', TODAY, '--previous', 'stored.json', 'valid.json', 'invalid.json'], files)
    const previous = JSON.parse(VALID)
    expect(results.map((r) => r.findings)).toEqual([
      validate(JSON.parse(VALID), { today: TODAY, previous }).findings,
      validate(JSON.parse(INVALID), { today: TODAY, previous }).findings,
    ])
    // only what needs the stored study rights (--stored) is left: the duplicate check and the transition warnings
    expect(results[0]!.skipped.filter((id) => !id.startsWith('X-SIIRT-'))).toEqual(['G-DUPOO-1'])
  })

  it('--stored FILE gives the stored study rights to every file (storedStudyRights)', async () => {
    const files = { ...FILES, 'stored.json': VALID }
    const results = await jsonFor(['--today', TODAY, '--stored', 'stored.json', 'valid.json'], files)
    expect(results.map((r) => r.findings)).toEqual([validate(JSON.parse(VALID), { today: TODAY, storedStudyRights: JSON.parse(VALID) }).findings])
    // G-DUPOO-1 ran: the file's study right is among the stored ones, recognised by its lähdejärjestelmänId, not a duplicate of itself
    expect(results[0]!.skipped).not.toContain('G-DUPOO-1')
    expect(results[0]!.findings.map((f) => f.rule)).not.toContain('G-DUPOO-1')
    const f = fake(files)
    expect(await main(['--stored', '-', 'valid.json'], f.io)).toBe(2)
    expect(f.err()).toContain('--stored needs a file, not standard input')
  })

  it('--withdrawn FILE gives the withdrawn consents to every file (withdrawnConsents: G-SUOST-1)', async () => {
    const vapaa = JSON.stringify(vstVapaatavoitteinen())
    const files = { 'vapaa.json': vapaa, 'withdrawn.json': JSON.stringify([{ lähdejärjestelmä: 'winnova', id: 'win-423082' }]) }
    const [ilman] = await jsonFor(['--today', TODAY, 'vapaa.json'], files)
    expect(ilman!.skipped).toContain('G-SUOST-1')
    const [result] = await jsonFor(['--today', TODAY, '--withdrawn', 'withdrawn.json', 'vapaa.json'], files)
    expect(result!.findings.map((x) => `${x.rule} ${x.key}`)).toEqual(['G-SUOST-1 forbidden.suostumusPeruttu'])
    expect(result!.status).toBe('invalid')
    const f = fake(files)
    expect(await main(['--withdrawn', '-', 'vapaa.json'], f.io)).toBe(2)
    expect(f.err()).toContain('--withdrawn needs a file, not standard input')
  })

  it('--consents FILE gives the consent records to every file (consents: VV-OHJE-1..3); an entry of the wrong form is OPT-1', async () => {
    const vapaa = JSON.stringify(vstVapaatavoitteinen())
    const files = {
      'vapaa.json': vapaa,
      'consents.json': JSON.stringify([{ lähdejärjestelmänId: 'win-423082', given: '2021-10-01', givenBy: 'guardian' }]),
      'late.json': JSON.stringify([{ lähdejärjestelmänId: 'win-423082', given: '2022-01-01', givenBy: 'learner' }, { given: 'eilen', givenBy: 'learner' }]),
    }
    const [hyvä] = await jsonFor(['--today', TODAY, '--consents', 'consents.json', 'vapaa.json'], files)
    expect(hyvä!.findings).toEqual([])
    expect(hyvä!.skipped).not.toContain('VV-OHJE-1')
    const [myöhässä] = await jsonFor(['--today', TODAY, '--consents', 'late.json', 'vapaa.json'], files)
    expect(myöhässä!.findings.map((x) => x.rule)).toEqual(['OPT-1', 'VV-OHJE-2'])
    expect(myöhässä!.status).toBe('valid') // warnings only
  })

  it('--fact NAME=true|false states the maksuttomuus facts (repeatable)', async () => {
    const argv = ['--today', TODAY, '--fact', 'kotikuntaManneruomessaEnnen18=true', '--fact', 'hetuton=false', 'valid.json']
    const [result] = await jsonFor(argv)
    const report = validate(JSON.parse(VALID), { today: TODAY, maksuttomuus: { kotikuntaManneruomessaEnnen18: true, hetuton: false } })
    expect(result).toEqual({ file: 'valid.json', status: 'valid', valid: report.valid, unchecked: [], findings: report.findings, skipped: report.skipped })
    // a fact that decides: the learner is exempted from compulsory education, so a maksuton jakso is not relevant (MK-REL-1)
    const [exempted] = await jsonFor(['--today', TODAY, '--fact', 'vapautettuOppivelvollisuudesta=true', 'valid.json'])
    expect(exempted!.findings.map((x) => x.rule)).toContain('MK-REL-1')
  })

  it('an unreadable or broken --previous stops with exit 2 before any file', async () => {
    for (const [previous, text] of [
      ['missing.json', 'cannot read --previous missing.json: The file could not be read: no such file'],
      ['bad.json', '--previous bad.json: Invalid JSON document'],
    ] as const) {
      const f = fake({ ...FILES, 'bad.json': 'nope' })
      expect(await main(['--previous', previous, 'valid.json'], f.io)).toBe(EXIT_USAGE)
      expect(f.err()).toContain(text)
      expect(f.out()).toBe('')
    }
  })
})

describe('koski-validate: usage errors exit 2 with a short usage on stderr', () => {
  it.each([
    ['an unknown flag', ['--bogus', 'valid.json'], 'unknown option --bogus'],
    ['an unknown short flag', ['-x', 'valid.json'], 'unknown option -x'],
    ['a date that is not a calendar date', ['--today', '2025-02-29', 'valid.json'], "--today must be a date YYYY-MM-DD, not '2025-02-29'"],
    ['a badly written birth date', ['--birth-date', '27.5.2004', 'valid.json'], '--birth-date must be a date'],
    ['a flag without its value', ['valid.json', '--today'], "'--today"],
    ['an unknown format', ['--format', 'xml', 'valid.json'], "--format must be text, json, ndjson, junit or github, not 'xml'"],
    ['an unknown language', ['--lang', 'de', 'valid.json'], "--lang must be fi, sv or en, not 'de'"],
    ['no files', ['--today', TODAY], 'no files given'],
    ['standard input as --previous', ['--previous', '-', 'valid.json'], '--previous needs a file'],
    ['a value given to a boolean flag', ['--no-service-user=yes', 'valid.json'], 'no-service-user'],
    ['an unknown fact', ['--fact', 'asuuSuomessa=true', 'valid.json'], "--fact must be NAME=true or NAME=false with NAME one of kotikuntaManneruomessaEnnen18"],
    ['a fact without true or false', ['--fact', 'hetuton=yes', 'valid.json'], "not 'hetuton=yes'"],
  ])('%s', async (_, argv, message) => {
    const f = fake()
    expect(await main(argv, f.io)).toBe(EXIT_USAGE)
    expect(f.err()).toContain(message)
    expect(f.err()).toContain('Usage: koski-validate')
    expect(f.err()).toContain("Run 'koski-validate --help' for details.")
    expect(f.err().split('\n').length).toBeLessThan(8)
    expect(f.out()).toBe('')
  })

  it('--help prints the full usage on stdout and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const f = fake()
      expect(await main([flag], f.io)).toBe(EXIT_VALID)
      expect(f.out()).toContain('Usage: koski-validate [options] FILE|DIR...')
      for (const option of ['--today', '--birth-date', '--previous', '--stored', '--withdrawn', '--consents', '--no-service-user', '--format', '--lang', '--ndjson', '--version', 'ndjson', '--jobs']) expect(f.out()).toContain(option)
      expect(f.out()).toContain('Argument list too long') // a directory or an NDJSON file is the answer
      expect(f.err()).toBe('')
    }
  })

  it('takes a file named like a flag after --', async () => {
    const f = fake({ '--weird.json': VALID })
    expect(await main(['--today', TODAY, '--', '--weird.json'], f.io)).toBe(EXIT_VALID)
  })

  it('accepts --flag=value', async () => {
    const f = fake()
    expect(await main(['--today=2026-11-22', '--lang=en', 'valid.json'], f.io)).toBe(EXIT_VALID)
    expect(f.out()).toContain('— valid')
  })
})

describe('koski-validate: colours', () => {
  const run = async (isTTY: boolean, env: Record<string, string> = {}): Promise<string> => {
    const f = fake(FILES, { isTTY, env })
    await main(['--today', TODAY, 'valid.json', 'invalid.json'], f.io)
    return f.out()
  }
  it('colours a terminal', async () => {
    expect(await run(true)).toMatch(ANSI)
  })
  it('does not colour when NO_COLOR is set, when TERM is dumb, or when the output is not a terminal', async () => {
    expect(await run(true, { NO_COLOR: '1' })).not.toMatch(ANSI)
    expect(await run(true, { TERM: 'dumb' })).not.toMatch(ANSI)
    expect(await run(false)).not.toMatch(ANSI)
  })
  it('FORCE_COLOR colours a pipe, NO_COLOR still wins', async () => {
    expect(await run(false, { FORCE_COLOR: '1' })).toMatch(ANSI)
    expect(await run(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).not.toMatch(ANSI)
  })
  it('the coloured text is the plain text plus escape codes', async () => {
    // eslint-disable-next-line no-control-regex
    expect((await run(true)).replace(/\u001b\[\d+m/g, '')).toBe(await run(false))
  })
})

describe('koski-validate: laws', () => {
  const tokens = fc.oneof(
    fc.constantFrom('valid.json', 'invalid.json', 'missing.json', 'bad.json', '-', '--', '--today', '--birth-date', '--previous', '--format', 'json', 'text'),
    fc.constantFrom('--lang', 'en', 'sv', 'fi', 'de', '--no-service-user', '--accept-synthetic-hetus', '-h', '--nope', TODAY, '2025-02-29', '--format=json'),
    fc.constantFrom('--ndjson', '--format=ndjson', '-v', 'dir', 'dir/a.json'),
    fc.string({ maxLength: 12 }),
  )
  it('exits 0, 1 or 2; 2 exactly when something was written to stderr; with JSON output, 1 exactly when a file is invalid', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tokens, { maxLength: 8 }), async (argv) => {
        const f = fake({ ...FILES, 'bad.json': '{', 'dir/a.json': VALID, 'dir/b/c.json': INVALID }, { stdin: INVALID })
        const code = await main(argv, f.io)
        expect([EXIT_VALID, EXIT_INVALID, EXIT_USAGE]).toContain(code)
        expect(code === EXIT_USAGE).toBe(f.err() !== '')
        const isJson = f.out().startsWith('[')
        if (code !== EXIT_USAGE && isJson) {
          const results = json(f)
          expect(results.length).toBeGreaterThan(0)
          expect(code === EXIT_INVALID).toBe(results.some((r) => !r.valid))
        }
      }),
      { numRuns: 150 },
    )
  })
})

/** A hetu with its check character (DDMMYY + individual number, modulo 31). */
function withCheckCharacter(body: string): string {
  const n = Number(body.slice(0, 6) + body.slice(7, 10))
  return body + '0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]!
}

describe('koski-validate: a file whose study right this version does not validate is "not checked", never valid', () => {
  const AMMATILLINEN = ((doc) => {
    // KOSKI's ammatillinen example relabelled as a type this version does not validate (lukiokoulutus)
    doc.opiskeluoikeudet[0].tyyppi.koodiarvo = 'lukiokoulutus'
    return JSON.stringify(doc, null, 2)
  })(JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/koski/examples/ammatillinen-perustutkinto_2024-08-13.json', import.meta.url)), 'utf8')))
  const files = { ...FILES, 'ammatillinen.json': AMMATILLINEN }

  it.each([
    ['fi', 'ei tarkistettu (1 opiskeluoikeus, jota tämä versio ei validoi)', /kelpaa/],
    ['sv', 'inte kontrollerad (1 studierätt som denna version inte validerar)', /giltig/],
    ['en', 'not checked (1 study right this version does not validate)', /— valid/],
  ])('labels it in %s and exits 1', async (lang, label, never) => {
    const f = fake(files)
    expect(await main(['--today', TODAY, '--lang', lang, 'ammatillinen.json'], f.io)).toBe(EXIT_INVALID)
    const header = f.out().split('\n')[0]!
    expect(header).toContain(`? ammatillinen.json — ${label}`)
    expect(header).not.toMatch(never)
  })

  it('--allow-unchecked exits 0 for it (an invalid file still exits 1)', async () => {
    expect(await main(['--today', TODAY, '--allow-unchecked', 'ammatillinen.json', 'valid.json'], fake(files).io)).toBe(EXIT_VALID)
    expect(await main(['--today', TODAY, '--allow-unchecked', 'ammatillinen.json', 'invalid.json'], fake(files).io)).toBe(EXIT_INVALID)
  })

  it('the JSON output says so per file: status "unchecked" and the unchecked study rights', async () => {
    const f = fake(files)
    expect(await main(['--today', TODAY, '--format', 'json', 'ammatillinen.json', 'valid.json'], f.io)).toBe(EXIT_INVALID)
    const [ammatillinen, valid] = json(f)
    expect(ammatillinen).toEqual(
      expect.objectContaining({ file: 'ammatillinen.json', status: 'unchecked', valid: true, unchecked: [{ path: 'opiskeluoikeudet[0]', tyyppi: 'lukiokoulutus' }] }),
    )
    expect(valid).toEqual(expect.objectContaining({ status: 'valid', unchecked: [] }))
  })

  it('the summary of several files counts them apart', async () => {
    const f = fake(files)
    await main(['--today', TODAY, '--lang', 'en', 'ammatillinen.json', 'valid.json', 'invalid.json'], f.io)
    expect(f.out().trimEnd().split('\n').at(-1)).toBe('3 files: 1 valid, 1 invalid, 1 not checked')
  })
})

describe('koski-validate cannot be fooled by what it prints', () => {
  it('writes terminal control characters and bidi overrides of the document as visible escapes', async () => {
    const doc = VALID_DOC()
    const oo = doc.opiskeluoikeudet[0]!
    // an unknown key (quoted in the path) carrying an OSC 52 clipboard write, a screen clear, a bell, CR, CSI and RLO
    oo['x\u001b]52;c;ZWNobyBwd25lZA==\u0007\u001b[2J\r\u009b31m\u202eevil'] = 1
    const f = fake({ 'ctl\u001b[2J.json': JSON.stringify(doc) })
    await main(['--today', TODAY, 'ctl\u001b[2J.json'], f.io)
    const out = f.out()
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
    expect(out).toContain('x\\u{1b}]52;c;ZWNobyBwd25lZA==\\u{7}\\u{1b}[2J\\u{d}\\u{9b}31m\\u{202e}evil')
    expect(out).toContain('ctl\\u{1b}[2J.json')
  })

  it('the JSON output is the same data however many findings (written in pieces, each finding on its own)', async () => {
    const doc = VALID_DOC()
    const oo = doc.opiskeluoikeudet[0]!
    for (let i = 0; i < 2000; i++) oo[`tuntematon${i}`] = i
    const f = fake({ ...FILES, 'many.json': JSON.stringify(doc) })
    await main(['--today', TODAY, '--format', 'json', 'many.json', 'valid.json'], f.io)
    const results = json(f)
    expect(results).toEqual([
      expect.objectContaining({ file: 'many.json', findings: validate(doc, { today: TODAY }).findings }),
      expect.objectContaining({ file: 'valid.json', status: 'valid' }),
    ])
    expect(results[0]!.findings.length).toBeGreaterThanOrEqual(2000)
  })
})
