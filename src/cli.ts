/**
 * The `koski-validate` command: validates KOSKI documents from files or standard input with `validate`.
 *
 * The only module of src/ that does I/O, and only through the `CliIo` it is given (`nodeIo()` for the real process),
 * so tests call `main(argv, io)` directly. Importing this module does nothing; src/bin.ts runs it.
 *
 * Exit status: 0 every file valid (warnings allowed), 1 some file invalid, not checked (a study right of a type this
 * version does not validate; unless --allow-unchecked), unreadable or not JSON, 2 usage error.
 */
import { fstatSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { isCalendarDate } from './date'
import { error, type Finding, type Lang } from './finding'
import { EI_JSON_KEY, EI_LUETTAVISSA_KEY, eiJson, eiLuettavissa, labels, type Labels, type Sijainti } from './messages/cli'
import { FACT_KEYS, type MaksuttomuusFacts, type ValidateOptions } from './options'
import type { Tarkistamaton } from './tyypit/maarittely'
import { validate } from './validate'

/** Where the command writes; `isTTY` decides about colours. */
export interface CliStream {
  write(chunk: string): unknown
  readonly isTTY?: boolean
}

/** Everything the command touches outside itself. */
export interface CliIo {
  readonly stdout: CliStream
  readonly stderr: CliStream
  /** Reads a file's bytes (or its text); rejects with an error carrying `code` (ENOENT, …) when it cannot. */
  readonly readFile: (path: string) => Promise<Uint8Array | string>
  /** Reads all of standard input (bytes or text); rejects with `code` EISDIR when it is a directory. */
  readonly readStdin: () => Promise<Uint8Array | string>
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * A file's verdict: `invalid` when it has an error, else `unchecked` when a study right of it was not checked (a type
 * or päätaso this version does not validate), else `valid`.
 */
export type FileStatus = 'valid' | 'invalid' | 'unchecked'

/** One file's result; `--format json` prints an array of these. */
export interface FileResult {
  /** The file as given on the command line (`-` for standard input). */
  readonly file: string
  readonly status: FileStatus
  /** No error among what was checked (`report.valid`): see `status` and `unchecked` before calling a file good. */
  readonly valid: boolean
  /** The findings as `validate` returns them (all three languages), or the one finding of an unreadable / non-JSON file. */
  readonly findings: readonly Finding[]
  /** Rules that could not run for lack of context (see `--birth-date`, `--previous`). */
  readonly skipped: readonly string[]
  /** The study rights that were not checked at all (`report.unchecked`). */
  readonly unchecked: readonly Tarkistamaton[]
}

export const EXIT_VALID = 0
export const EXIT_INVALID = 1
export const EXIT_USAGE = 2

export const USAGE = `Usage: koski-validate [options] FILE...

Validates KOSKI documents (an Oppija { henkilö, opiskeluoikeudet } as sent to
PUT /koski/api/oppija, or a single opiskeluoikeus) before they are sent.
FILE - reads standard input; several files are validated one by one.

Options:
  --today YYYY-MM-DD        validation date (default: today)
  --birth-date YYYY-MM-DD   the learner's birth date (default: from henkilö.hetu)
  --previous FILE           the version KOSKI has stored (an Oppija or an
                            opiskeluoikeus), for the rules on changes
  --no-service-user         the sender is not a palvelukäyttäjä
                            (lähdejärjestelmänId not required)
  --accept-synthetic-hetus  accept synthetic 9xx hetus (KOSKI test environments)
  --fact NAME=true|false    a fact about the learner only KOSKI knows, for the
                            free-education rules (repeatable): ${FACT_KEYS.join(',\n                            ')}
  --allow-unchecked         exit 0 for a file whose study rights this version
                            does not validate (default: such a file is "not
                            checked" and exits 1)
  --format text|json        text for people (default), or JSON: [{ "file",
                            "status", "valid", "findings", "skipped",
                            "unchecked" }]
  --lang fi|sv|en           language of the text output (default: fi)
  -h, --help                show this help

Exit status: 0 every file valid (warnings allowed), 1 a file invalid, not
checked (see --allow-unchecked), unreadable or not JSON, 2 usage error.
`

const OPTIONS = {
  today: { type: 'string' },
  'birth-date': { type: 'string' },
  previous: { type: 'string' },
  'no-service-user': { type: 'boolean' },
  'accept-synthetic-hetus': { type: 'boolean' },
  'allow-unchecked': { type: 'boolean' },
  fact: { type: 'string', multiple: true },
  format: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

const LANGS: readonly string[] = ['fi', 'sv', 'en']
const FORMATS: readonly string[] = ['text', 'json']

interface Settings {
  readonly files: readonly string[]
  readonly format: 'text' | 'json'
  readonly lang: Lang
  readonly previousFile: string | undefined
  readonly allowUnchecked: boolean
  readonly options: ValidateOptions
}

class UsageError extends Error {}

const errorCode = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined

function parse(argv: readonly string[]): Settings | 'help' {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    if (errorCode(e) === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(message)?.[1]
      throw new UsageError(option === undefined ? 'unknown option' : `unknown option ${option}`)
    }
    throw new UsageError(message.split('\n')[0] ?? message)
  }
  const { values, positionals } = parsed
  if (values.help === true) return 'help'
  const format = values.format ?? 'text'
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be text or json, not '${format}'`)
  const lang = values.lang ?? 'fi'
  if (!LANGS.includes(lang)) throw new UsageError(`--lang must be fi, sv or en, not '${lang}'`)
  const date = (name: string, value: string | undefined): string | undefined => {
    if (value !== undefined && !isCalendarDate(value)) throw new UsageError(`${name} must be a date YYYY-MM-DD, not '${value}'`)
    return value
  }
  const today = date('--today', values.today)
  const birthDate = date('--birth-date', values['birth-date'])
  if (values.previous === '-') throw new UsageError('--previous needs a file, not standard input')
  const facts: Record<string, boolean> = {}
  for (const fact of values.fact ?? []) {
    const m = /^([^=]+)=(true|false)$/.exec(fact)
    if (m === null || !(FACT_KEYS as readonly string[]).includes(m[1]!)) {
      throw new UsageError(`--fact must be NAME=true or NAME=false with NAME one of ${FACT_KEYS.join(', ')}; not '${fact}'`)
    }
    facts[m[1]!] = m[2] === 'true'
  }
  if (positionals.length === 0) throw new UsageError('no files given (use - for standard input)')
  const options: ValidateOptions = {
    ...(today !== undefined ? { today } : {}),
    ...(birthDate !== undefined ? { birthDate } : {}),
    ...(values['no-service-user'] === true ? { serviceUser: false } : {}),
    ...(values['accept-synthetic-hetus'] === true ? { acceptSyntheticHetus: true } : {}),
    ...(Object.keys(facts).length > 0 ? { maksuttomuus: facts as MaksuttomuusFacts } : {}),
  }
  return {
    files: positionals,
    format: format as Settings['format'],
    lang: lang as Lang,
    previousFile: values.previous,
    allowUnchecked: values['allow-unchecked'] === true,
    options,
  }
}

type Jäsennys = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly where: Sijainti | 'loppu' | 'bom' | 'utf8' | undefined }

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * The document's bytes as KOSKI reads them: strict UTF-8 (a malformed byte is `badRequest.format.json`), the byte order
 * mark kept — KOSKI (JsonBodySnatcher) reads the body into a Java string, whose UTF-8 decoder keeps a BOM, and its
 * JSON parser then rejects the text, so a file starting with one is reported, not silently accepted.
 */
function parseDocument(content: Uint8Array | string): Jäsennys {
  let text: string
  if (typeof content === 'string') text = content
  else {
    try {
      text = UTF8.decode(content)
    } catch {
      return { ok: false, where: 'utf8' }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) return { ok: false, where: 'bom' }
  return parseJson(text)
}

/** JSON.parse, telling where it stopped when the engine says so (never quoting the text: it may hold a hetu). */
function parseJson(body: string): Jäsennys {
  try {
    return { ok: true, value: JSON.parse(body) as unknown }
  } catch (e) {
    const message = e instanceof Error ? e.message : ''
    if (/end of JSON input/i.test(message)) return { ok: false, where: 'loppu' }
    const position = /at position (\d+)/.exec(message)?.[1]
    if (position === undefined) return { ok: false, where: undefined }
    const offset = Math.min(Number(position), body.length)
    let line = 1
    let lineStart = 0
    for (let i = 0; i < offset; i++) {
      if (body.charCodeAt(i) === 10) {
        line++
        lineStart = i + 1
      }
    }
    return { ok: false, where: { line, column: offset - lineStart + 1 } }
  }
}

const failed = (file: string, finding: Finding): FileResult => ({ file, status: 'invalid', valid: false, findings: [finding], skipped: [], unchecked: [] })

async function checkFile(file: string, io: CliIo, options: ValidateOptions, stdin: () => Promise<Uint8Array | string>): Promise<FileResult> {
  let content: Uint8Array | string
  try {
    content = file === '-' ? await stdin() : await io.readFile(file)
  } catch (e) {
    return failed(file, error('CLI-READ', EI_LUETTAVISSA_KEY, '', eiLuettavissa(errorCode(e))))
  }
  const parsed = parseDocument(content)
  if (!parsed.ok) return failed(file, error('CLI-JSON', EI_JSON_KEY, '', eiJson(parsed.where)))
  const report = validate(parsed.value, options)
  const status: FileStatus = !report.valid ? 'invalid' : report.unchecked.length > 0 ? 'unchecked' : 'valid'
  return { file, status, valid: report.valid, findings: report.findings, skipped: report.skipped, unchecked: report.unchecked }
}

/** Colours only for a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb; FORCE_COLOR forces them. */
export function useColour(stream: CliStream, env: CliIo['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true
  return stream.isTTY === true && env.TERM !== 'dumb'
}

interface Style {
  readonly red: (s: string) => string
  readonly green: (s: string) => string
  readonly yellow: (s: string) => string
  readonly bold: (s: string) => string
  readonly dim: (s: string) => string
}

const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`
const plain = (s: string): string => s
const COLOURS: Style = { red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), bold: sgr(1, 22), dim: sgr(2, 22) }
const NO_COLOURS: Style = { red: plain, green: plain, yellow: plain, bold: plain, dim: plain }

/**
 * Terminal control characters (C0 but the line feed, DEL, C1 — among them ESC, CSI U+009B, OSC —) and bidirectional
 * overrides and isolates (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) written as visible `\u{…}` escapes: a
 * document or a file name must not clear the screen, write the clipboard (OSC 52), ring the bell, move the cursor or
 * reorder what is shown. One character class, matched once per character: linear.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const OHJAUSMERKIT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
export const näytettävä = (s: string): string => s.replace(OHJAUSMERKIT, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`)

/** The text output of one file: a header line, then each finding as severity + path, message, and key · rule dimmed. */
export function formatText(result: FileResult, lang: Lang, colour: boolean): string {
  const l: Labels = labels[lang]
  const c = colour ? COLOURS : NO_COLOURS
  const errors = result.findings.filter((f) => f.severity === 'error').length
  const warnings = result.findings.length - errors
  const counts = [errors > 0 ? l.errors(errors) : '', warnings > 0 ? l.warnings(warnings) : ''].filter((s) => s !== '').join(', ')
  const name = result.file === '-' ? l.stdin : näytettävä(result.file)
  const status =
    result.status === 'valid'
      ? c.green(`✓ ${name} — ${l.valid}`)
      : result.status === 'unchecked'
        ? c.yellow(`? ${name} — ${l.notChecked(result.unchecked.length)}`)
        : c.red(`✗ ${name} — ${l.invalid}`)
  const lines = [c.bold(counts === '' ? status : `${status}: ${counts}`)]
  const width = Math.max(l.error.length, l.warning.length) + 2
  const indent = ' '.repeat(2 + width)
  for (const f of result.findings) {
    const label = (f.severity === 'error' ? l.error : l.warning).padEnd(width)
    lines.push('', `  ${f.severity === 'error' ? c.red(label) : c.yellow(label)}${c.bold(f.path === '' ? l.wholeDocument : näytettävä(f.path))}`)
    for (const line of f.message[lang].split('\n')) lines.push(indent + näytettävä(line))
    lines.push(indent + c.dim(näytettävä(`${f.key}${f.errorType !== undefined ? ` (${f.errorType})` : ''} · ${f.rule}`)))
  }
  if (result.skipped.length > 0) lines.push('', `  ${c.dim(l.skipped(result.skipped.join(', ')))}`)
  return `${lines.join('\n')}\n`
}

/** The synopsis printed with a usage error (the full text is `--help`). */
export const SYNOPSIS = `Usage: koski-validate [--today D] [--birth-date D] [--previous FILE] [--no-service-user]
                      [--accept-synthetic-hetus] [--allow-unchecked] [--format text|json]
                      [--lang fi|sv|en] FILE...
Run 'koski-validate --help' for details.
`

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`koski-validate: ${message}\n${SYNOPSIS}`)
  return EXIT_USAGE
}

/**
 * `--format json`: the array of results written piece by piece — each finding stringified on its own — so that no
 * single string grows with the whole output (a document with a million findings made one beyond V8's string limit).
 */
function writeJson(out: CliStream, results: readonly FileResult[]): void {
  out.write('[')
  results.forEach((r, i) => {
    const { findings, ...rest } = r
    const head = JSON.stringify(rest, null, 2).replace(/\n/g, '\n  ')
    out.write(`${i === 0 ? '\n  ' : ',\n  '}${head.slice(0, head.lastIndexOf('\n'))},\n    "findings": [`)
    findings.forEach((f, j) => out.write(`${j === 0 ? '\n' : ',\n'}      ${JSON.stringify(f)}`))
    out.write(findings.length === 0 ? ']\n  }' : '\n    ]\n  }')
  })
  out.write(results.length === 0 ? ']\n' : '\n]\n')
}

/** Runs the command with the arguments after the program name; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  let settings: Settings | 'help'
  try {
    settings = parse(argv)
  } catch (e) {
    if (e instanceof UsageError) return usageError(io, e.message)
    throw e
  }
  if (settings === 'help') {
    io.stdout.write(USAGE)
    return EXIT_VALID
  }
  const { files, format, lang, previousFile, allowUnchecked } = settings
  let options = settings.options
  if (previousFile !== undefined) {
    let content: Uint8Array | string
    try {
      content = await io.readFile(previousFile)
    } catch (e) {
      return usageError(io, `cannot read --previous ${näytettävä(previousFile)}: ${eiLuettavissa(errorCode(e)).en}`)
    }
    const parsed = parseDocument(content)
    if (!parsed.ok) return usageError(io, `--previous ${näytettävä(previousFile)}: ${eiJson(parsed.where).en}`)
    options = { ...options, previous: parsed.value }
  }

  let stdinText: Promise<Uint8Array | string> | undefined
  const stdin = (): Promise<Uint8Array | string> => (stdinText ??= io.readStdin())
  const colour = format === 'text' && useColour(io.stdout, io.env)
  const results: FileResult[] = []
  for (const file of files) {
    const result = await checkFile(file, io, options, stdin)
    results.push(result)
    if (format === 'text') io.stdout.write(`${results.length > 1 ? '\n' : ''}${formatText(result, lang, colour)}`)
  }
  const invalid = results.filter((r) => r.status === 'invalid').length
  const unchecked = results.filter((r) => r.status === 'unchecked').length
  if (format === 'json') writeJson(io.stdout, results)
  else if (results.length > 1) io.stdout.write(`\n${labels[lang].summary(results.length, results.length - invalid - unchecked, invalid, unchecked)}\n`)
  return invalid === 0 && (unchecked === 0 || allowUnchecked) ? EXIT_VALID : EXIT_INVALID
}

/** The real process: its standard streams, files, environment. */
export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path),
    readStdin: async () => {
      // `koski-validate - < somedir` gives an empty stream on some systems: say what it is instead.
      if (fstatSync(0).isDirectory()) throw Object.assign(new Error('EISDIR: standard input is a directory'), { code: 'EISDIR' })
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
      return Buffer.concat(chunks)
    },
    env: process.env,
  }
}
