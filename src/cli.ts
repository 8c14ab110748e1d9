/**
 * The `koski-validate` command: validates KOSKI documents from files, directories, NDJSON files or standard input with
 * `validate`.
 *
 * The only module of src/ that does I/O, and only through the `CliIo` it is given (`nodeIo()` for the real process),
 * so tests call `main(argv, io)` directly. Importing this module does nothing; src/bin.ts runs it. The validator is
 * imported only once the arguments ask for a validation (`import('./index')`, which the built bin takes from
 * dist/index.cjs): `--help` and `--version` load nothing of it.
 *
 * Memory stays flat however many documents: whole files are read one by one (a few ahead), NDJSON in pieces of 256 kB
 * validated as batches of whole lines; the results are written batch by batch in pieces of about 64 kB (a write per
 * document was a system call per document), and only the counts are kept. With more than one processor, NDJSON
 * batches go to worker threads (`--jobs`, src/cliWorker.ts) once 32 MB of NDJSON is to be read, a few batches in
 * flight, their results written in the input's order; whole files are validated in this thread.
 *
 * Exit status: 0 every document valid (warnings allowed), 1 some document invalid, not checked (a study right of a type
 * this version does not validate; unless --allow-unchecked), unreadable or not JSON, 2 usage error.
 */
import { createReadStream, fstatSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { FACT_KEYS } from './factKeys'
import { osoittimienRivit } from './json/rivit'
import { jsonVirheenKohta } from './json/virheenKohta'
import { KOSKI_REFERENCE } from './koski'
import { error, type Finding, type Lang, type Message } from './finding'
import type * as Kirjasto from './index'
import type { ContextNeed } from './rules/types'
import {
  EI_JSON_KEY,
  EI_LUETTAVISSA_KEY,
  eiJson,
  eiLuettavissa,
  labels,
  TYHJÄ_HAKEMISTO,
  TYHJÄ_HAKEMISTO_NDJSON,
  type Labels,
  type Sijainti,
} from './messages/cli'
import type { MaksuttomuusFacts, ValidateOptions } from './options'
import type { Tarkistamaton } from './tyypit/maarittely'

/** Where the command writes; `isTTY` decides about colours. */
export interface CliStream {
  /** Text, or bytes (UTF-8) as a worker thread renders them (see {@link CliThreads}). */
  write(chunk: string | Uint8Array): unknown
  readonly isTTY?: boolean
}

/** An entry of a directory listing: its name (not a path) and whether it is a directory to descend into. */
export interface CliDirEntry {
  readonly name: string
  readonly directory: boolean
}

/** Everything the command touches outside itself. */
export interface CliIo {
  readonly stdout: CliStream
  readonly stderr: CliStream
  /** Reads a file's bytes (or its text); rejects with an error carrying `code` (ENOENT, …) when it cannot. */
  readonly readFile: (path: string) => Promise<Uint8Array | string>
  /** Reads all of standard input (bytes or text); rejects with `code` EISDIR when it is a directory. */
  readonly readStdin: () => Promise<Uint8Array | string>
  /**
   * A file's bytes (`--ndjson`) in pieces of any size, read as they are asked for (never the whole file at once); `-`
   * is standard input. The command splits them into lines. Throws, when iterated, an error carrying `code` when the
   * file cannot be read.
   */
  readonly readChunks: (path: string) => AsyncIterable<Uint8Array | string>
  /** The size of a regular file (`-`: standard input when it is one), else undefined; absent: never known. */
  readonly fileSize?: (path: string) => Promise<number | undefined>
  /** Whether the path names a directory (false when it does not or cannot be told: reading it then says why). */
  readonly isDirectory: (path: string) => Promise<boolean>
  /** A directory's entries, in any order; rejects with an error carrying `code` when it cannot be listed. */
  readonly readDir: (path: string) => Promise<readonly CliDirEntry[]>
  /** Resolves when stdout can take more (back-pressure); absent: always. */
  readonly drained?: () => Promise<void>
  /** Worker threads for NDJSON batches (`--jobs`); absent: every document is validated in this thread. */
  readonly threads?: CliThreads
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * Worker threads (`--jobs`): `available` processors (the default number of threads follows it), and `start`, which
 * starts `count` threads that validate and render NDJSON batches as this thread would, given the run's setup.
 */
export interface CliThreads {
  readonly available: number
  readonly start: (count: number, setup: WorkerSetup) => CliPool
  /** Without `--jobs`, the threads start once the run's NDJSON passes this many bytes (default {@link SÄIKEIDEN_KYNNYS}). */
  readonly after?: number
}

/** Running worker threads: `run` resolves to a batch's results in any order of batches; `close` ends the threads. */
export interface CliPool {
  readonly run: (batch: LineBatch) => Promise<BatchResult>
  readonly close: () => Promise<void>
}

/** What a worker thread needs to render as this thread would: the run's settings, options (files read) and colour. */
export interface WorkerSetup {
  readonly settings: Settings
  readonly options: ValidateOptions
  readonly colour: boolean
}

/** Whole lines of an NDJSON file, each with its line feed but perhaps the file's last; `before` lines came before them. */
export interface LineBatch {
  readonly file: string
  readonly before: number
  readonly data: Uint8Array
}

/**
 * A batch's results rendered in the run's format, each rendered as a result that is not the run's first (see
 * {@link Muoto}), as text or UTF-8; how many documents, and how many of them invalid or not checked.
 */
export interface BatchResult {
  readonly output: string | Uint8Array
  readonly count: number
  readonly invalid: number
  readonly unchecked: number
}

/**
 * A document's verdict: `invalid` when it has an error, else `unchecked` when a study right of it was not checked (a
 * type or päätaso this version does not validate), else `valid`.
 */
export type FileStatus = 'valid' | 'invalid' | 'unchecked'

/** One document's result; `--format json` prints an array of these, `--format ndjson` one per line. */
export interface FileResult {
  /** The file as given on the command line or found in a directory given (`-` for standard input). */
  readonly file: string
  /** With `--ndjson`: the document's line in the file (from 1). */
  readonly line?: number
  /**
   * With `--format github`, for a whole JSON file: the line (from 1) where each finding's value stands (by its
   * `pointer`; a missing property at its object), in the order of `findings`. Not in the other formats' output.
   */
  readonly rivit?: readonly (number | undefined)[]
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

/** The package's version, put in by the build (tsup `define`); the tests and tsx see the fallback. */
declare const __KOSKI_VALIDATION_VERSION__: string | undefined
const VERSION = typeof __KOSKI_VALIDATION_VERSION__ === 'string' ? __KOSKI_VALIDATION_VERSION__ : '0.0.0-dev'

/**
 * `--version`: the library's version on the first line (alone, for scripts), then the KOSKI commit and date the rules
 * follow and the koodisto snapshot's date ({@link KOSKI_REFERENCE}).
 */
export const versionText = (): string =>
  `${VERSION}\nKOSKI rules: Opetushallitus/koski ${KOSKI_REFERENCE.commit} (${KOSKI_REFERENCE.date})\nkoodisto snapshot: ${KOSKI_REFERENCE.koodistoSnapshot}\n`

export const USAGE = `Usage: koski-validate [options] FILE|DIR...

Validates KOSKI documents (an Oppija { henkilö, opiskeluoikeudet } as sent to
PUT /koski/api/oppija, or a single opiskeluoikeus) before they are sent.
FILE - reads standard input; several files are validated one by one. A DIR
validates every *.json in it and its subdirectories, in sorted order (with
--ndjson also every *.ndjson, read as NDJSON).

Many documents: give a directory, or one NDJSON file, not thousands of file
names (100 000 of them exceed the system's limit: "Argument list too long").

Options:
  --ndjson                  each FILE (and -) holds one document per line
                            (NDJSON); each line is reported with its number,
                            an empty line is skipped
  --today YYYY-MM-DD        validation date (default: today)
  --birth-date YYYY-MM-DD   the learner's birth date (default: from henkilö.hetu)
  --previous FILE           the version KOSKI has stored (an Oppija or an
                            opiskeluoikeus), for the rules on changes
  --stored FILE             the learner's other study rights stored in KOSKI
                            (an Oppija as GET /koski/api/oppija/{oid} gives
                            it, or a list), for the duplicate rule
  --withdrawn FILE          the withdrawn consents KOSKI lists for the vendor,
                            [{ "lähdejärjestelmä", "id" }], for G-SUOST-1
                            (VST vapaatavoitteinen)
  --consents FILE           the vendor's consent records of consent-based
                            study rights, [{ "lähdejärjestelmänId" or "oid",
                            "given": YYYY-MM-DD, "givenBy": "learner" or
                            "guardian" }], for the consent warnings
  --no-service-user         the sender is not a palvelukäyttäjä
                            (lähdejärjestelmänId not required)
  --accept-synthetic-hetus  accept synthetic 9xx hetus (KOSKI test environments)
  --fact NAME=true|false    a fact about the learner only KOSKI knows, for the
                            free-education rules (repeatable): ${FACT_KEYS.join(',\n                            ')}
  --allow-unchecked         exit 0 for a file whose study rights this version
                            does not validate (default: such a file is "not
                            checked" and exits 1)
  --format text|json|ndjson|junit|github
                            text for people (default); JSON: [{ "file",
                            "line" (with --ndjson), "status", "valid",
                            "findings", "skipped", "unchecked" }]; NDJSON:
                            one such object per line, written as the
                            documents are done; junit: JUnit XML, a test
                            case per document, a failure per error; github:
                            GitHub Actions annotations (::error, ::warning)
  --color, --no-color       colours in the text output on or off (default: on
                            a terminal, unless NO_COLOR or FORCE_COLOR=0)
  --lang fi|sv|en           language of the text output (default: fi)
  --jobs N                  threads validating NDJSON documents (1: this one
                            alone; default: one per processor, at most 4,
                            for 32 MB of NDJSON or more); the output keeps
                            the input's order
  -h, --help                show this help
  -v, --version             show the version, the KOSKI commit the rules follow
                            and the koodisto snapshot's date

Exit status: 0 every document valid (warnings allowed), 1 a document invalid,
not checked (see --allow-unchecked), unreadable or not JSON, 2 usage error.

koski-validate password - checks a Virkailijan Opintopolku password read from
standard input (see koski-validate password --help). A document file named
password is given as ./password.
`

export const PASSWORD_USAGE = `Usage: koski-validate password [--lang fi|sv|en] [--format text|json] -

Checks a password of Virkailijan Opintopolku (virkailija.opintopolku.fi) the
way the service does (salasananPuutteet of koski-validation/virkailija): at
least 20 characters, upper- and lower-case letters A-Z a-z, special characters
! # $ % * _ + = ? and/or digits, no å ä ö, nothing else. The password is read
from standard input only (never an argument, which other users can see): its
first line; a second line, when there is one, is the confirmation, which must
be the same. Nothing of the password is printed.

  --lang fi|sv|en     language of the messages (default: fi)
  --format text|json  text (default), or JSON { "valid", "shortcomings":
                      [{ "koodi", "message": { "fi", "sv", "en" } }] }
  -h, --help          show this help

Exit status: 0 acceptable, 1 a shortcoming, 2 usage error.
`

const OPTIONS = {
  ndjson: { type: 'boolean' },
  today: { type: 'string' },
  'birth-date': { type: 'string' },
  previous: { type: 'string' },
  stored: { type: 'string' },
  withdrawn: { type: 'string' },
  consents: { type: 'string' },
  'no-service-user': { type: 'boolean' },
  'accept-synthetic-hetus': { type: 'boolean' },
  'allow-unchecked': { type: 'boolean' },
  fact: { type: 'string', multiple: true },
  format: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  jobs: { type: 'string' },
} as const

/** The flags whose value is a JSON file read into an option of `validate`, and that option. */
const TIEDOSTOASETUKSET: readonly (readonly ['previous' | 'stored' | 'withdrawn' | 'consents', keyof ValidateOptions])[] = [
  ['previous', 'previous'],
  ['stored', 'storedStudyRights'],
  ['withdrawn', 'withdrawnConsents'],
  ['consents', 'consents'],
]

const LANGS: readonly string[] = ['fi', 'sv', 'en']
const FORMATS: readonly string[] = ['text', 'json', 'ndjson', 'junit', 'github']

type Format = 'text' | 'json' | 'ndjson' | 'junit' | 'github'

/** A run's settings, from the command line. */
export interface Settings {
  readonly files: readonly string[]
  readonly ndjson: boolean
  readonly format: Format
  readonly lang: Lang
  /** The options read from a JSON file: the option's name and the file (see {@link TIEDOSTOASETUKSET}). */
  readonly jsonFiles: readonly { readonly flag: string; readonly option: keyof ValidateOptions; readonly file: string }[]
  readonly allowUnchecked: boolean
  /** `--color` (true), `--no-color` (false), neither (undefined: the terminal and the environment decide). */
  readonly colour: boolean | undefined
  /** `--jobs`: how many threads validate NDJSON batches (1: this one alone); undefined: the default. */
  readonly jobs: number | undefined
  readonly options: ValidateOptions
}

type Arguments = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>

class UsageError extends Error {}

const errorCode = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : undefined

function parseArguments(argv: readonly string[]): Arguments {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    if (errorCode(e) === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(message)?.[1]
      throw new UsageError(option === undefined ? 'unknown option' : `unknown option ${option}`)
    }
    throw new UsageError(message.split('\n')[0] ?? message)
  }
}

/** The settings of a validation run: needs the library (`isCalendarDate`), so it comes after --help and --version. */
function settingsOf({ values, positionals }: Arguments, isCalendarDate: (s: string) => boolean): Settings {
  const format = values.format ?? 'text'
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be text, json, ndjson, junit or github, not '${format}'`)
  if (values.color === true && values['no-color'] === true) throw new UsageError('--color and --no-color given together')
  const lang = values.lang ?? 'fi'
  if (!LANGS.includes(lang)) throw new UsageError(`--lang must be fi, sv or en, not '${lang}'`)
  const date = (name: string, value: string | undefined): string | undefined => {
    if (value !== undefined && !isCalendarDate(value)) throw new UsageError(`${name} must be a date YYYY-MM-DD, not '${value}'`)
    return value
  }
  const today = date('--today', values.today)
  const birthDate = date('--birth-date', values['birth-date'])
  const jsonFiles: { flag: string; option: keyof ValidateOptions; file: string }[] = []
  for (const [flag, option] of TIEDOSTOASETUKSET) {
    const file = values[flag]
    if (file === undefined) continue
    if (file === '-') throw new UsageError(`--${flag} needs a file, not standard input`)
    jsonFiles.push({ flag, option, file })
  }
  const facts: Record<string, boolean> = {}
  for (const fact of values.fact ?? []) {
    const m = /^([^=]+)=(true|false)$/.exec(fact)
    if (m === null || !(FACT_KEYS as readonly string[]).includes(m[1]!)) {
      throw new UsageError(`--fact must be NAME=true or NAME=false with NAME one of ${FACT_KEYS.join(', ')}; not '${fact}'`)
    }
    facts[m[1]!] = m[2] === 'true'
  }
  const jobs = values.jobs
  if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs)) throw new UsageError(`--jobs must be a number of threads from 1 to 999, not '${jobs}'`)
  if (positionals.length === 0) throw new UsageError('no files given (use - for standard input)')
  const ndjson = values.ndjson === true
  if (ndjson && positionals.filter((p) => p === '-').length > 1) throw new UsageError('- given twice with --ndjson (standard input is read once, line by line)')
  const options: ValidateOptions = {
    ...(today !== undefined ? { today } : {}),
    ...(birthDate !== undefined ? { birthDate } : {}),
    ...(values['no-service-user'] === true ? { serviceUser: false } : {}),
    ...(values['accept-synthetic-hetus'] === true ? { acceptSyntheticHetus: true } : {}),
    ...(Object.keys(facts).length > 0 ? { maksuttomuus: facts as MaksuttomuusFacts } : {}),
  }
  return {
    files: positionals,
    ndjson,
    format: format as Format,
    lang: lang as Lang,
    jsonFiles,
    allowUnchecked: values['allow-unchecked'] === true,
    colour: values.color === true ? true : values['no-color'] === true ? false : undefined,
    jobs: jobs === undefined ? undefined : Number(jobs),
    options,
  }
}

type Jäsennys = { readonly ok: true; readonly value: unknown; readonly text: string } | { readonly ok: false; readonly where: Sijainti | 'loppu' | 'bom' | 'utf8' | undefined }

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

/**
 * JSON.parse, telling where the text breaks the grammar: found by our own linear scan (src/json/virheenKohta.ts), not
 * read from the engine's message (Node 20's often names no position) — and never quoting the text: it may hold a hetu.
 */
function parseJson(body: string): Jäsennys {
  try {
    return { ok: true, value: JSON.parse(body) as unknown, text: body }
  } catch {
    const offset = jsonVirheenKohta(body)
    if (offset === undefined) return { ok: false, where: undefined }
    if (offset >= body.length) return { ok: false, where: 'loppu' }
    let line = 1
    let lineStart = 0
    for (let i = body.indexOf('\n'); i !== -1 && i < offset; i = body.indexOf('\n', i + 1)) {
      line++
      lineStart = i + 1
    }
    return { ok: false, where: { line, column: offset - lineStart + 1 } }
  }
}

/** A line of an NDJSON file with nothing but JSON whitespace (space, tab, carriage return): skipped. */
function isBlank(line: Uint8Array | string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = typeof line === 'string' ? line.charCodeAt(i) : line[i]!
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false
  }
  return true
}

/** Where the document is: a file, or a line of an NDJSON file. */
interface Paikka {
  readonly file: string
  readonly line?: number
}

const failed = (at: Paikka, finding: Finding): FileResult => ({ ...at, status: 'invalid', valid: false, findings: [finding], skipped: [], unchecked: [] })
const unreadable = (at: Paikka, code: string | undefined): FileResult => failed(at, error('CLI-READ', EI_LUETTAVISSA_KEY, '', eiLuettavissa(code)))

/** Validates one document's content; `line` moves a parse position onto the NDJSON file's line. */
function checkContent(at: Paikka, content: Uint8Array | string, lib: typeof Kirjasto, options: ValidateOptions, rivit = false): FileResult {
  const parsed = parseDocument(content)
  if (!parsed.ok) {
    const where = at.line !== undefined && typeof parsed.where === 'object' ? { line: at.line, column: parsed.where.column } : parsed.where
    return failed(at, error('CLI-JSON', EI_JSON_KEY, '', eiJson(where)))
  }
  const report = lib.validate(parsed.value, options)
  const status: FileStatus = !report.valid ? 'invalid' : report.unchecked.length > 0 ? 'unchecked' : 'valid'
  const { valid, findings, skipped, unchecked } = report
  // written out, not `{ ...at, … }`: a spread per document showed in the profile of a 100 000-line batch
  if (at.line !== undefined) return { file: at.file, line: at.line, status, valid, findings, skipped, unchecked }
  // --format github names each finding's line of a whole file (a linear scan of the text, only then)
  return rivit && findings.length > 0
    ? { file: at.file, rivit: osoittimienRivit(parsed.text, findings.map((f) => f.pointer)), status, valid, findings, skipped, unchecked }
    : { file: at.file, status, valid, findings, skipped, unchecked }
}

/** What to read: a whole file (or standard input) as one document, or an NDJSON file line by line. */
type Lähde =
  | { readonly kind: 'whole'; readonly file: string }
  | { readonly kind: 'lines'; readonly file: string }
  | { readonly kind: 'failed'; readonly result: FileResult }

/** Names compared by UTF-16 code units: the same order on every system and locale. */
const byName = (a: CliDirEntry, b: CliDirEntry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/**
 * A directory's files to validate, depth first, each directory's entries sorted by name (code units), a subdirectory
 * walked where its name falls; symbolic links to directories are not followed. Only one listing per level is held.
 */
async function* walk(dir: string, io: CliIo, ndjson: boolean): AsyncGenerator<Lähde> {
  let entries: CliDirEntry[]
  try {
    entries = [...(await io.readDir(dir))].sort(byName)
  } catch (e) {
    yield { kind: 'failed', result: unreadable({ file: dir }, errorCode(e)) }
    return
  }
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.directory) yield* walk(path, io, ndjson)
    else if (entry.name.endsWith('.json')) yield { kind: 'whole', file: path }
    else if (ndjson && entry.name.endsWith('.ndjson')) yield { kind: 'lines', file: path }
  }
}

/** Every source of the command line in order: files, standard input, the files found in the directories given. */
async function* sources(settings: Settings, io: CliIo): AsyncGenerator<Lähde> {
  for (const file of settings.files) {
    if (file !== '-' && (await io.isDirectory(file))) {
      let found = false
      for await (const source of walk(file, io, settings.ndjson)) {
        found = true
        yield source
      }
      if (!found) yield { kind: 'failed', result: unreadable({ file }, settings.ndjson ? TYHJÄ_HAKEMISTO_NDJSON : TYHJÄ_HAKEMISTO) }
    } else yield { kind: settings.ndjson ? 'lines' : 'whole', file }
  }
}

/** How many whole files are read ahead of the one being validated (bounded: memory stays flat). */
const READ_AHEAD = 8

type Luettu = { readonly ok: true; readonly content: Uint8Array | string } | { readonly ok: false; readonly code: string | undefined }

/** An NDJSON file whose turn it is: its lines are read and validated by {@link ndjsonTiedosto}. */
interface RiviTiedosto {
  readonly kind: 'lines'
  readonly file: string
}

/**
 * The results, one per document, in the order of the sources, and each NDJSON file in its place. Whole files are read
 * up to READ_AHEAD ahead (their reads overlap the validation); an NDJSON file is read when its turn comes.
 */
async function* results(settings: Settings, io: CliIo, lib: typeof Kirjasto, options: ValidateOptions): AsyncGenerator<FileResult | RiviTiedosto> {
  let stdinText: Promise<Luettu> | undefined
  const read = (file: string): Promise<Luettu> => {
    const settle = (p: Promise<Uint8Array | string>): Promise<Luettu> =>
      p.then(
        (content): Luettu => ({ ok: true, content }),
        (e: unknown): Luettu => ({ ok: false, code: errorCode(e) }),
      )
    return file === '-' ? (stdinText ??= settle(io.readStdin())) : settle(io.readFile(file))
  }
  const queue: { readonly source: Lähde; readonly content: Promise<Luettu> | undefined }[] = []
  const iterator = sources(settings, io)
  let done = false
  for (;;) {
    while (!done && queue.length < READ_AHEAD) {
      const next = await iterator.next()
      if (next.done === true) done = true
      else queue.push({ source: next.value, content: next.value.kind === 'whole' ? read(next.value.file) : undefined })
      if (next.done !== true && next.value.kind === 'lines') break // its lines are read when its turn comes
    }
    const head = queue.shift()
    if (head === undefined) return
    const { source } = head
    if (source.kind === 'failed') yield source.result
    else if (source.kind === 'whole') {
      const content = await head.content!
      yield content.ok ? checkContent({ file: source.file }, content.content, lib, options, settings.format === 'github') : unreadable({ file: source.file }, content.code)
    } else yield { kind: 'lines', file: source.file }
  }
}

/**
 * Validates whole lines of an NDJSON file — `data` holds each with its line feed, the last perhaps without — and gives
 * each document's result to `tulos`, in order; `before` is the number of the file's lines before them. Each line is
 * one document, its number kept; a blank line is skipped; a broken line is only that line's finding. Returns the number
 * of lines.
 */
export function validoiRivit(
  data: Uint8Array,
  file: string,
  before: number,
  lib: typeof Kirjasto,
  options: ValidateOptions,
  tulos: (r: FileResult) => void,
): number {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  let line = before
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start)
    if (end === -1) end = bytes.length
    line++
    const text = bytes.subarray(start, end)
    if (!isBlank(text)) tulos(checkContent({ file, line }, text, lib, options))
    start = end + 1
  }
  return line - before
}

/**
 * An NDJSON file's documents, in order: read in pieces, each piece's whole lines (with the end of a line begun in the
 * pieces before) validated as one batch — here, or by worker threads once the run's NDJSON has grown past
 * {@link SÄIKEIDEN_KYNNYS} — and written batch by batch: a batch validated here before the next piece is read, a
 * worker thread's in turn, at most `limit` of them in flight. A read error is the finding of the line being read,
 * after the results of the lines before it.
 */
async function ndjsonTiedosto(file: string, io: CliIo, lib: typeof Kirjasto, options: ValidateOptions, out: Tuloste, säikeet: Säikeet): Promise<void> {
  let line = 0
  let pending: Buffer[] = []
  const kesken = new Jono(out)
  if (io.fileSize !== undefined && säikeet.tarpeen) säikeet.tiedossa(await io.fileSize(file))
  const erä = async (data: Buffer): Promise<void> => {
    const pool = säikeet.pool(data.length)
    if (pool === undefined) {
      line += validoiRivit(data, file, line, lib, options, (r) => out.tulos(r))
      await out.tyhjennä()
      return
    }
    kesken.lisää(pool.run({ file, before: line, data }))
    line += rivejä(data)
    await kesken.tilaa(pool.limit)
  }
  const pieces = io.readChunks(file)[Symbol.asyncIterator]()
  for (;;) {
    let next: IteratorResult<Uint8Array | string>
    try {
      next = await pieces.next()
    } catch (e) {
      await kesken.loppuun()
      out.tulos(unreadable(line === 0 ? { file } : { file, line: line + 1 }, errorCode(e)))
      await out.tyhjennä()
      return
    }
    if (next.done === true) break
    const piece = next.value
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
    const last = chunk.lastIndexOf(10)
    if (last === -1) {
      pending.push(chunk)
      continue
    }
    const whole = chunk.subarray(0, last + 1)
    await erä(pending.length === 0 ? whole : Buffer.concat([...pending, whole]))
    pending = last + 1 < chunk.length ? [chunk.subarray(last + 1)] : []
  }
  if (pending.length > 0) await erä(Buffer.concat(pending))
  await kesken.loppuun()
}

/**
 * The batches handed to worker threads, in the input's order, each written as soon as those before it are: at most
 * `limit` being validated at a time (another is handed out as soon as any is done, not only the first), and at most
 * 2 × `limit` kept, done but waiting for one before them (memory stays bounded).
 */
class Jono {
  private readonly erät: { readonly tulos: Promise<BatchResult>; valmis: boolean }[] = []
  private käynnissä = 0
  private herätä: (() => void) | undefined
  constructor(private readonly out: Tuloste) {}
  lisää(tulos: Promise<BatchResult>): void {
    const erä = { tulos, valmis: false }
    const valmis = (): void => {
      erä.valmis = true
      this.käynnissä--
      const herätä = this.herätä
      this.herätä = undefined
      herätä?.()
    }
    this.käynnissä++
    tulos.then(valmis, valmis) // a failure is thrown when its turn to be written comes
    this.erät.push(erä)
  }
  /** Writes the batches done at the head; then waits until another may be handed out. */
  async tilaa(limit: number): Promise<void> {
    for (;;) {
      while (this.erät[0]?.valmis === true) await this.kirjoitaEnsimmäinen()
      if (this.käynnissä < limit && this.erät.length < 2 * limit) return
      await new Promise<void>((resolve) => {
        this.herätä = resolve
      })
    }
  }
  async loppuun(): Promise<void> {
    while (this.erät.length > 0) await this.kirjoitaEnsimmäinen()
  }
  private async kirjoitaEnsimmäinen(): Promise<void> {
    this.out.valmis(await this.erät.shift()!.tulos)
    await this.out.tyhjennä()
  }
}

/** The number of lines in whole lines' bytes: its line feeds, and one more when the last has none. */
function rivejä(data: Buffer): number {
  let n = 0
  for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, i + 1)) n++
  return data.length > 0 && data[data.length - 1] !== 10 ? n + 1 : n
}

/**
 * Without `--jobs`, worker threads are started once the run's NDJSON passes this many bytes (~25 000 small documents).
 * Below it their start is not safely repaid: each thread loads the library and warms up its own JIT, ~0.4 s of
 * processor time, the equal of ~20 000 small documents without findings; measured on 2 processors, 20 000 such
 * documents (26 MB) took 0.8 s in one thread and 0.9–1.5 s with two (100 000 of them: 3.3 s against 2.3 s).
 */
const SÄIKEIDEN_KYNNYS = 1 << 25

/** Most worker threads started by default (`--jobs` not given), however many processors. */
const OLETUS_SÄIKEITÄ = 4

/**
 * The run's worker threads: none with `--jobs 1`, without {@link CliIo.threads}, or with one processor. `--jobs N`:
 * N of them, started with the first NDJSON batch. Without `--jobs`: as many as there are processors, at most
 * {@link OLETUS_SÄIKEITÄ}, started with the first batch of an NDJSON file of at least {@link SÄIKEIDEN_KYNNYS} bytes,
 * or once the NDJSON read passes that (a file of unknown size, standard input from a pipe). Closed at the end.
 */
class Säikeet {
  private luettu = 0
  private ennakko = 0
  private käynnissä: (CliPool & { readonly limit: number }) | undefined
  private readonly määrä: number
  private readonly kynnys: number
  constructor(
    private readonly threads: CliThreads | undefined,
    jobs: number | undefined,
    private readonly setup: WorkerSetup,
  ) {
    this.määrä = threads === undefined ? 1 : (jobs ?? Math.min(threads.available, OLETUS_SÄIKEITÄ))
    this.kynnys = jobs !== undefined ? 0 : (threads?.after ?? SÄIKEIDEN_KYNNYS)
  }
  /** Whether threads could still be started (so that knowing a file's size is of use). */
  get tarpeen(): boolean {
    return this.threads !== undefined && this.määrä > 1 && this.käynnissä === undefined
  }
  /** A file about to be read is this big: when that passes the threshold, the threads start with its first batch. */
  tiedossa(bytes: number | undefined): void {
    if (bytes !== undefined) this.ennakko = bytes
  }
  /** The pool for a batch of `bytes`, or none: validate it here. */
  pool(bytes: number): (CliPool & { readonly limit: number }) | undefined {
    if (this.käynnissä !== undefined) return this.käynnissä
    this.luettu += bytes
    if (this.threads === undefined || this.määrä <= 1 || Math.max(this.luettu, this.ennakko) < this.kynnys) return undefined
    const pool = this.threads.start(this.määrä, this.setup)
    // two batches per thread in flight: one being validated, one waiting, so that no thread waits for this one
    this.käynnissä = { run: (batch) => pool.run(batch), close: () => pool.close(), limit: 2 * this.määrä }
    return this.käynnissä
  }
  async close(): Promise<void> {
    await this.käynnissä?.close()
  }
}

/**
 * Colours: `--color` / `--no-color` decide; else never with NO_COLOR (https://no-color.org), FORCE_COLOR=0 or
 * FORCE_COLOR=false; FORCE_COLOR otherwise forces them; else only on a terminal that is not TERM=dumb.
 */
export function useColour(stream: CliStream, env: CliIo['env'], flag?: boolean): boolean {
  if (flag !== undefined) return flag
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  const force = env.FORCE_COLOR
  if (force === '0' || force === 'false') return false
  if (force !== undefined && force !== '') return true
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

/**
 * The text output of one document (`file` or `file:line`): a header line, then each finding as severity + path,
 * message, and key · rule dimmed; last, what was not checked for lack of context, as the flags that would give it
 * (`puuttuvat`, from {@link puuttuvatLiput}; without it the rule ids).
 */
export function formatText(result: FileResult, lang: Lang, colour: boolean, puuttuvat?: (skipped: readonly string[]) => string): string {
  const l: Labels = labels[lang]
  const c = colour ? COLOURS : NO_COLOURS
  const errors = result.findings.filter((f) => f.severity === 'error').length
  const warnings = result.findings.length - errors
  const counts = [errors > 0 ? l.errors(errors) : '', warnings > 0 ? l.warnings(warnings) : ''].filter((s) => s !== '').join(', ')
  const name = (result.file === '-' ? l.stdin : näytettävä(result.file)) + (result.line !== undefined ? `:${result.line}` : '')
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
  if (result.skipped.length > 0) lines.push('', `  ${c.dim(l.skipped(puuttuvat === undefined ? result.skipped.join(', ') : puuttuvat(result.skipped)))}`)
  return `${lines.join('\n')}\n`
}

/** The synopsis printed with a usage error (the full text is `--help`). */
export const SYNOPSIS = `Usage: koski-validate [--ndjson] [--today D] [--birth-date D] [--previous FILE] [--stored FILE]
                      [--withdrawn FILE] [--consents FILE] [--no-service-user] [--accept-synthetic-hetus]
                      [--allow-unchecked] [--format text|json|ndjson|junit|github] [--color|--no-color]
                      [--lang fi|sv|en] [--jobs N] FILE|DIR...
Run 'koski-validate --help' for details.
`

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`koski-validate: ${message}\n${SYNOPSIS}`)
  return EXIT_USAGE
}

/**
 * A format's output: `alku` before the first result, each result, `loppu` after the last. `tulos` renders the run's
 * first result without `erotin`, every other one starting with it (what separates it from the one before): so a
 * result rendered as "not the first" (as worker threads render all theirs) is the first's text when `erotin` is cut.
 */
interface Muoto {
  readonly alku: string
  readonly erotin: string
  tulos(out: Kohde, r: FileResult, first: boolean): void
  loppu(count: number, invalid: number, unchecked: number): string
}

/** Where a format's pieces of output go: {@link Puskuri} (text, in this thread) or {@link Tavut} (a worker thread's bytes). */
interface Kohde {
  add(piece: string): void
  /**
   * {@link add} of a piece that is often the very string given last time ({@link Löydöstekstit.osa}): {@link Tavut}
   * then writes the bytes it made of it then, not encoding it again; {@link Puskuri} adds it as any piece.
   */
  addToistuva(piece: string): void
}

/** Output gathered before a write: a write is a system call on a file or a pipe, and one per document was slow. */
const KIRJOITUS = 1 << 16

/**
 * Gathers the output's pieces and hands them on (`kirjoita`) in pieces of about {@link KIRJOITUS} characters, and the
 * rest when flushed: no string that grows with the findings (a document with a million findings made one beyond V8's
 * string limit when its result was stringified whole), and few writes.
 */
export class Puskuri implements Kohde {
  private text = ''
  constructor(private readonly kirjoita: (text: string) => void) {}
  add(piece: string): void {
    this.text += piece
    if (this.text.length >= KIRJOITUS) this.flush()
  }
  addToistuva(piece: string): void {
    this.add(piece)
  }
  flush(): void {
    if (this.text === '') return
    const text = this.text
    this.text = ''
    this.kirjoita(text)
  }
}

/**
 * A batch's output as UTF-8 bytes, each piece encoded as it comes (a worker thread's: no string of the whole batch is
 * built, whose pieces would be copied once more to flatten it before it was encoded). The same bytes as the pieces
 * joined and encoded, for the formats' pieces never split a surrogate pair: each ends in a line feed or is JSON
 * (`JSON.stringify` escapes a lone surrogate) or XML-escaped (`xml`).
 */
export class Tavut implements Kohde {
  private buffer = Buffer.allocUnsafeSlow(1 << 20)
  private length = 0
  // the piece given last to addToistuva and its bytes
  private toistuva: string | undefined
  private toistuvanTavut: Uint8Array | undefined
  add(piece: string): void {
    this.tilaa(piece.length * 3) // UTF-8 bytes per UTF-16 code unit, at most
    this.length += this.buffer.write(piece, this.length)
  }
  addToistuva(piece: string): void {
    const tavut = this.toistuvanTavut
    if (piece === this.toistuva && tavut !== undefined) {
      this.tilaa(tavut.length)
      this.buffer.set(tavut, this.length)
      this.length += tavut.length
      return
    }
    const alku = this.length
    this.add(piece)
    this.toistuva = piece
    // a copy of its own (Buffer's slice is a view: the buffer is handed over by take)
    this.toistuvanTavut = new Uint8Array(this.buffer.subarray(alku, this.length))
  }
  /** Room for `most` more bytes. */
  private tilaa(most: number): void {
    if (this.length + most > this.buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(2 * this.buffer.length, this.length + most))
      this.buffer.copy(bigger, 0, 0, this.length)
      this.buffer = bigger
    }
  }
  /**
   * The bytes gathered, in a buffer of their own (to be transferred to another thread); then starts anew. When they
   * fill at least half of the buffer they were gathered in, that buffer is handed over and a new one (not zeroed) of
   * its size taken; else they are copied into one of their size (not zeroed either): a copy into a zeroed array of
   * every batch's output was a measured cost, and a small output does not take a large buffer along.
   */
  take(): Uint8Array {
    const n = this.length
    this.length = 0
    if (2 * n >= this.buffer.length) {
      const bytes = new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, n)
      this.buffer = Buffer.allocUnsafeSlow(this.buffer.length)
      return bytes
    }
    const bytes = Buffer.allocUnsafeSlow(n)
    this.buffer.copy(bytes, 0, 0, n)
    return new Uint8Array(bytes.buffer, bytes.byteOffset, n)
  }
}

/** Whether two messages (or hints) have the same texts: the same object, or both given and equal in every language. */
const samatTekstit = (a: Message | undefined, b: Message | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.fi === b.fi && a.sv === b.sv && a.en === b.en)

/** Whether two findings have the same values in every field (`JSON.stringify` then writes them alike). */
const samaLöydös = (a: Finding, b: Finding): boolean =>
  a.severity === b.severity &&
  a.key === b.key &&
  a.rule === b.rule &&
  a.path === b.path &&
  a.pointer === b.pointer &&
  a.errorType === b.errorType &&
  samatTekstit(a.message, b.message) &&
  samatTekstit(a.hint, b.hint)

/** Findings at the places up to this many of a result are remembered by {@link Löydöstekstit} (the rest stringified each time). */
const MUISTETTAVIA = 64

/**
 * Each finding's JSON (`JSON.stringify(f)`), taken from the previous result's finding at the same place when that one
 * had the same values ({@link samaLöydös}: string comparisons, which stop at the first character that differs), else
 * stringified and remembered for the next result. The documents of a batch often share their findings — one warning
 * with the same dates for a whole class, the same broken field in every line of an export — and `JSON.stringify`
 * checks every character of the texts for escapes: in `npm run bench:cli`'s (1b), where every document has the same
 * two warnings (~3.5 kB of texts), it was about a fifth of a worker thread's time. Where the findings differ, the
 * comparisons cost little (measured on a batch whose warnings differ from one document to the next: no difference
 * beyond the noise). The same text as `JSON.stringify` of each finding, always (tests compare them): a finding of ours has
 * these fields alone, in the one order its constructors give them (src/finding.ts). Exported for the tests.
 */
export class Löydöstekstit {
  private readonly löydökset: (Finding | undefined)[] = []
  private readonly tekstit: string[] = []
  // the last osa() given, for how many findings
  private edellinenOsa: string | undefined
  private edellisiä = -1
  /** The JSON of `f`, the finding at place `j` of its result. */
  json(f: Finding, j: number): string {
    return this.muistettu(f, j) ?? this.muista(f, j)
  }
  /**
   * `JSON.stringify(findings)` followed by `loppu`, by {@link json} of each: the very string given last time when
   * every finding is the same as the previous result's (for {@link Kohde.addToistuva}).
   */
  osa(findings: readonly Finding[], loppu: string): string {
    let kaikki = findings.length === this.edellisiä && this.edellinenOsa !== undefined
    let osa = '['
    for (let j = 0; j < findings.length; j++) {
      const f = findings[j]!
      const muistettu = this.muistettu(f, j)
      if (muistettu === undefined) kaikki = false
      osa += (j === 0 ? '' : ',') + (muistettu ?? this.muista(f, j))
    }
    if (kaikki) return this.edellinenOsa!
    this.edellisiä = findings.length
    return (this.edellinenOsa = `${osa}]${loppu}`)
  }
  /** The JSON remembered of the finding at place `j`, when `f` has its values. */
  private muistettu(f: Finding, j: number): string | undefined {
    const edellinen = j < MUISTETTAVIA ? this.löydökset[j] : undefined
    return edellinen !== undefined && samaLöydös(edellinen, f) ? this.tekstit[j] : undefined
  }
  /**
   * `f` stringified, and remembered as the finding at place `j` (within the first MUISTETTAVIA). The last osa() given
   * is then not of the remembered findings (a result of more than YHTEEN_KOOTTAVIA findings, each by {@link json},
   * between two shorter ones): it is forgotten.
   */
  private muista(f: Finding, j: number): string {
    const json = JSON.stringify(f)
    if (j < MUISTETTAVIA) {
      this.löydökset[j] = f
      this.tekstit[j] = json
      this.edellinenOsa = undefined
    }
    return json
  }
}

/** `--format json`: one element of the array, its fields before its findings, each finding stringified on its own. */
function writeJsonResult(out: Kohde, r: FileResult, first: boolean, tekstit: Löydöstekstit): void {
  const { findings, ...rest } = r
  const head = JSON.stringify(rest, null, 2).replace(/\n/g, '\n  ')
  out.add(`${first ? '\n  ' : ',\n  '}${head.slice(0, head.lastIndexOf('\n'))},\n    "findings": [`)
  findings.forEach((f, j) => out.add(`${j === 0 ? '\n' : ',\n'}      ${tekstit.json(f, j)}`))
  out.add(findings.length === 0 ? ']\n  }' : '\n    ]\n  }')
}

/** A result's findings joined into one piece up to this many (more are added one by one: no string that grows with them). */
const YHTEEN_KOOTTAVIA = 64

/**
 * `--format ndjson`: one compact object per line, its findings last. The fields before them are written out in the
 * order of a {@link FileResult} (`JSON.stringify` of the result less its findings gave the same text, and a copy of it
 * per document); each finding's JSON as {@link Löydöstekstit} gives it, a few findings joined into one piece.
 */
function writeNdjsonResult(out: Kohde, r: FileResult, tekstit: Löydöstekstit): void {
  const { findings } = r
  const head = `{"file":${JSON.stringify(r.file)}${r.line !== undefined ? `,"line":${r.line}` : ''},"status":"${r.status}","valid":${r.valid},"skipped":${JSON.stringify(r.skipped)},"unchecked":${JSON.stringify(r.unchecked)},"findings":`
  if (findings.length <= YHTEEN_KOOTTAVIA) {
    out.add(head)
    // the findings and the line's end: often the previous line's (its bytes then written again, not made anew)
    out.addToistuva(tekstit.osa(findings, '}\n'))
    return
  }
  out.add(`${head}[`)
  findings.forEach((f, j) => out.add(`${j === 0 ? '' : ','}${tekstit.json(f, j)}`))
  out.add(']}\n')
}

/** The flags that give each context a rule may need (ContextNeed), as `--help` writes them. */
const TARPEIDEN_LIPUT: Readonly<Record<ContextNeed, string>> & Readonly<Record<string, string | undefined>> = {
  birthDate: '--birth-date YYYY-MM-DD',
  previous: '--previous FILE',
  storedStudyRights: '--stored FILE',
  withdrawnConsents: '--withdrawn FILE',
  consents: '--consents FILE',
}

/**
 * For the text output's "not checked for lack of context" line: the flags to give, each with the rules it would run,
 * derived from each rule's `needs` (its RuleMeta) less what the command line gave. A rule whose needs are unknown
 * here is listed by its id.
 */
function puuttuvatLiput(lib: typeof Kirjasto, settings: Settings): (skipped: readonly string[]) => string {
  const tarpeet = new Map<string, readonly string[]>()
  for (const tyyppi of lib.TYYPIT) for (const r of [...tyyppi.rakennesäännöt, ...tyyppi.säännöt]) if (r.needs !== undefined) tarpeet.set(r.id, r.needs)
  const annetut = new Set<string>([
    ...(settings.options.birthDate !== undefined ? ['birthDate'] : []),
    ...settings.jsonFiles.map((f) => f.option),
  ])
  return (skipped) => {
    const liput = new Map<string, string[]>()
    for (const id of skipped) {
      const needs = tarpeet.get(id) ?? []
      const puuttuvat = needs.filter((n) => !annetut.has(n))
      for (const n of puuttuvat.length > 0 ? puuttuvat : needs.length > 0 ? needs : ['?']) {
        const lippu = TARPEIDEN_LIPUT[n] ?? n
        const ids = liput.get(lippu)
        if (ids === undefined) liput.set(lippu, [id])
        else ids.push(id)
      }
    }
    return [...liput].map(([lippu, ids]) => (lippu === '?' ? ids.join(', ') : `${lippu} (${ids.join(', ')})`)).join('; ')
  }
}

/**
 * Text for XML: `&`, `<`, `>`, `"`, `'` as entities; what XML 1.0 cannot hold at all (C0 controls but tab, line feed
 * and carriage return; U+FFFE, U+FFFF; a lone surrogate) as a visible `\u{…}`. One character class, linear.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_MERKIT = /[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const XML_ENTITEETIT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
export const xml = (s: string): string => s.replace(XML_MERKIT, (c) => XML_ENTITEETIT[c] ?? `\\u{${c.charCodeAt(0).toString(16)}}`)

/** The name of a document in the machine formats: `file` or `file:line` (`-` for standard input). */
const nimi = (r: FileResult): string => `${r.file}${r.line !== undefined ? `:${r.line}` : ''}`

/** A finding as one block of text: its message, its hint, and `key · rule · path`. */
const löydösTekstinä = (f: Finding, lang: Lang, koko: string): string =>
  `${f.message[lang]}${f.hint !== undefined ? `\n${f.hint[lang]}` : ''}\n${f.key}${f.errorType !== undefined ? ` (${f.errorType})` : ''} · ${f.rule} · ${f.path === '' ? koko : f.path}`

/**
 * `--format junit`: JUnit XML for CI. Each document is a `<testsuite>` of one `<testcase>` (so that every suite's
 * counts are known when it is written: the output streams, memory stays flat), with a `<failure>` per error, a
 * `<skipped>` when it was not checked, and its warnings and skipped rules in `<system-out>`. Only the findings' texts
 * are written (never the document's), all XML-escaped.
 */
function writeJunitResult(out: Kohde, r: FileResult, lang: Lang, puuttuvat: (skipped: readonly string[]) => string): void {
  const l = labels[lang]
  const errors = r.findings.filter((f) => f.severity === 'error')
  const warnings = r.findings.filter((f) => f.severity === 'warning')
  const unchecked = r.status === 'unchecked'
  const name = xml(nimi(r))
  out.add(
    `  <testsuite name="koski-validate ${name}" tests="1" failures="${errors.length > 0 ? 1 : 0}" errors="0" skipped="${unchecked ? 1 : 0}">\n    <testcase classname="koski-validate" name="${name}">\n`,
  )
  for (const f of errors) {
    const paikka = f.path === '' ? l.wholeDocument : f.path
    out.add(`      <failure type="${xml(f.key)}" message="${xml(`${f.rule} ${paikka}: ${f.message[lang]}`)}">${xml(löydösTekstinä(f, lang, l.wholeDocument))}</failure>\n`)
  }
  if (unchecked) out.add(`      <skipped message="${xml(l.notChecked(r.unchecked.length))}"/>\n`)
  const muut = [...warnings.map((f) => `${l.warning}: ${löydösTekstinä(f, lang, l.wholeDocument)}`), ...(r.skipped.length > 0 ? [l.skipped(puuttuvat(r.skipped))] : [])]
  if (muut.length > 0) out.add(`      <system-out>${xml(muut.join('\n\n'))}</system-out>\n`)
  out.add('    </testcase>\n  </testsuite>\n')
}

/** A workflow command's message (GitHub Actions): `%`, CR and LF escaped; terminal controls made visible. */
const komennonTeksti = (s: string): string => näytettävä(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
/** A workflow command's property value (`file=`, `title=`): also `:` and `,`. */
const komennonArvo = (s: string): string => komennonTeksti(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/**
 * `--format github`: one GitHub Actions workflow command per finding, `::error` or `::warning`, with `file=` and
 * `line=` (an NDJSON document's line; in a whole JSON file the line of the finding's value, or of its object for a
 * missing property) and `title=` the rule and key; the message is the path, the text and the hint.
 */
function writeGithubResult(out: Kohde, r: FileResult, lang: Lang): void {
  const l = labels[lang]
  const tiedosto = `file=${komennonArvo(r.file)}`
  for (let i = 0; i < r.findings.length; i++) {
    const f = r.findings[i]!
    const rivi = r.line ?? r.rivit?.[i]
    const sijainti = rivi === undefined ? tiedosto : `${tiedosto},line=${rivi}`
    const teksti = `${f.path === '' ? l.wholeDocument : f.path}: ${f.message[lang]}${f.hint !== undefined ? ` — ${f.hint[lang]}` : ''}`
    out.add(`::${f.severity} ${sijainti},title=${komennonArvo(`${f.rule} ${f.key}`)}::${komennonTeksti(teksti)}\n`)
  }
}

/** The output of the format asked for ({@link Muoto}); `colour` for the text output. */
function muoto(settings: Settings, lib: typeof Kirjasto, colour: boolean): Muoto {
  const { format, lang, ndjson } = settings
  const puuttuvat = puuttuvatLiput(lib, settings)
  const l = labels[lang]
  const yhteenveto = (count: number, invalid: number, unchecked: number): string =>
    (ndjson ? l.summaryDocuments : l.summary)(count, count - invalid - unchecked, invalid, unchecked)
  if (format === 'junit') {
    return {
      alku: '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="koski-validate">\n',
      erotin: '',
      tulos: (out, r) => writeJunitResult(out, r, lang, puuttuvat),
      loppu: () => '</testsuites>\n',
    }
  }
  if (format === 'github') {
    return { alku: '', erotin: '', tulos: (out, r) => writeGithubResult(out, r, lang), loppu: (count, invalid, unchecked) => `${yhteenveto(count, invalid, unchecked)}\n` }
  }
  if (format === 'json') {
    // `--format json`: one array, written piece by piece as the results come (a document with a million findings made
    // a string beyond V8's limit when the array was stringified whole).
    const tekstit = new Löydöstekstit()
    return { alku: '[', erotin: ',', tulos: (out, r, first) => writeJsonResult(out, r, first, tekstit), loppu: (count) => (count === 0 ? ']\n' : '\n]\n') }
  }
  if (format === 'ndjson') {
    const tekstit = new Löydöstekstit()
    return { alku: '', erotin: '', tulos: (out, r) => writeNdjsonResult(out, r, tekstit), loppu: () => '' }
  }
  return {
    alku: '',
    erotin: '\n',
    tulos: (out, r, first) => out.add(`${first ? '' : '\n'}${formatText(r, lang, colour, puuttuvat)}`),
    loppu: (count, invalid, unchecked) => (count > 1 || (ndjson && count !== 1) ? `\n${yhteenveto(count, invalid, unchecked)}\n` : ''),
  }
}

/**
 * The run's output and its counts: results rendered here ({@link tulos}) or by a worker thread ({@link valmis}), in
 * the order they are given; written in pieces, and at each {@link tyhjennä}, which also waits for stdout to drain.
 */
class Tuloste {
  count = 0
  invalid = 0
  unchecked = 0
  private readonly puskuri: Puskuri
  constructor(
    private readonly io: CliIo,
    private readonly muoto: Muoto,
  ) {
    this.puskuri = new Puskuri((text) => io.stdout.write(text))
    this.puskuri.add(muoto.alku)
  }
  tulos(r: FileResult): void {
    this.muoto.tulos(this.puskuri, r, this.count === 0)
    this.count++
    if (r.status === 'invalid') this.invalid++
    else if (r.status === 'unchecked') this.unchecked++
  }
  /** A batch's results as a worker thread rendered them: each as not the first, so the run's first loses `erotin`. */
  valmis(batch: BatchResult): void {
    if (batch.count === 0) return
    let { output } = batch
    const n = this.muoto.erotin.length // ASCII: as many bytes as characters
    if (this.count === 0 && n > 0) output = typeof output === 'string' ? output.slice(n) : output.subarray(n)
    this.puskuri.flush()
    this.io.stdout.write(output)
    this.count += batch.count
    this.invalid += batch.invalid
    this.unchecked += batch.unchecked
  }
  async tyhjennä(): Promise<void> {
    this.puskuri.flush()
    if (this.io.drained !== undefined) await this.io.drained()
  }
  loppu(): void {
    this.puskuri.add(this.muoto.loppu(this.count, this.invalid, this.unchecked))
    this.puskuri.flush()
  }
}

/** The library, loaded when a validation is asked for (the built bin takes it from dist/index.cjs). */
export const kirjasto = (): Promise<typeof Kirjasto> => import('./index')

/**
 * Validates and renders NDJSON batches as a worker thread does (src/cliWorker.ts), to UTF-8: in the run's format and colour,
 * every result rendered as one that is not the run's first ({@link Muoto}), in the order of the batch's lines.
 */
export function renderöijä(setup: WorkerSetup, lib: typeof Kirjasto): (batch: LineBatch) => BatchResult {
  const m = muoto(setup.settings, lib, setup.colour)
  const tavut = new Tavut()
  return ({ file, before, data }) => {
    let count = 0
    let invalid = 0
    let unchecked = 0
    validoiRivit(data, file, before, lib, setup.options, (r) => {
      m.tulos(tavut, r, false)
      count++
      if (r.status === 'invalid') invalid++
      else if (r.status === 'unchecked') unchecked++
    })
    return { output: tavut.take(), count, invalid, unchecked }
  }
}

/** Runs the command with the arguments after the program name; resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  if (argv[0] === 'password') return salasanaKomento(argv.slice(1), io)
  let args: Arguments
  let settings: Settings
  let lib: typeof Kirjasto
  try {
    args = parseArguments(argv)
    if (args.values.help === true) {
      io.stdout.write(USAGE)
      return EXIT_VALID
    }
    if (args.values.version === true) {
      io.stdout.write(versionText())
      return EXIT_VALID
    }
    lib = await kirjasto()
    settings = settingsOf(args, lib.isCalendarDate)
  } catch (e) {
    if (e instanceof UsageError) return usageError(io, e.message)
    throw e
  }
  const { jsonFiles, allowUnchecked } = settings
  let options = settings.options
  for (const { flag, option, file } of jsonFiles) {
    let content: Uint8Array | string
    try {
      content = await io.readFile(file)
    } catch (e) {
      return usageError(io, `cannot read --${flag} ${näytettävä(file)}: ${eiLuettavissa(errorCode(e)).en}`)
    }
    const parsed = parseDocument(content)
    if (!parsed.ok) return usageError(io, `--${flag} ${näytettävä(file)}: ${eiJson(parsed.where).en}`)
    options = { ...options, [option]: parsed.value }
  }

  const colour = settings.format === 'text' && useColour(io.stdout, io.env, settings.colour)
  const out = new Tuloste(io, muoto(settings, lib, colour))
  const säikeet = new Säikeet(io.threads, settings.jobs, { settings, options, colour })
  try {
    for await (const item of results(settings, io, lib, options)) {
      if ('kind' in item) await ndjsonTiedosto(item.file, io, lib, options, out, säikeet)
      else {
        out.tulos(item)
        await out.tyhjennä()
      }
    }
  } finally {
    await säikeet.close()
  }
  out.loppu()
  return out.invalid === 0 && (out.unchecked === 0 || allowUnchecked) ? EXIT_VALID : EXIT_INVALID
}

/** `koski-validate - < somedir` gives an empty stream on some systems: say what it is instead. */
function stdinIsDirectory(): Error | undefined {
  return fstatSync(0).isDirectory() ? Object.assign(new Error('EISDIR: standard input is a directory'), { code: 'EISDIR' }) : undefined
}

/** The size of the pieces an NDJSON file is read in (standard input comes as the pipe gives it). */
const NDJSON_PALA = 1 << 18

/** The real process: its standard streams, files, environment; `threads` for `--jobs` (src/bin.ts gives them). */
export function nodeIo(threads?: CliThreads): CliIo {
  const stdout = process.stdout
  return {
    stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path),
    readStdin: async () => {
      const directory = stdinIsDirectory()
      if (directory !== undefined) throw directory
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
      return Buffer.concat(chunks)
    },
    fileSize: async (path) => {
      try {
        const s = path === '-' ? fstatSync(0) : await stat(path)
        return s.isFile() ? s.size : undefined
      } catch {
        return undefined
      }
    },
    readChunks: (path) => {
      if (path !== '-') return createReadStream(path, { highWaterMark: NDJSON_PALA })
      const directory = stdinIsDirectory()
      if (directory !== undefined) {
        return (async function* (): AsyncGenerator<Buffer> {
          throw directory
        })()
      }
      return process.stdin
    },
    isDirectory: (path) => stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    ),
    readDir: async (path) => (await readdir(path, { withFileTypes: true })).map((d) => ({ name: d.name, directory: d.isDirectory() })),
    drained: () =>
      !stdout.writableNeedDrain || stdout.destroyed
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const done = (): void => {
              stdout.off('drain', done)
              stdout.off('close', done)
              stdout.off('error', done)
              resolve()
            }
            stdout.once('drain', done)
            stdout.once('close', done)
            stdout.once('error', done)
          }),
    ...(threads !== undefined ? { threads } : {}),
    env: process.env,
  }
}

const SALASANA_KELPAA: Readonly<Record<Lang, string>> = {
  fi: 'Salasana kelpaa.',
  sv: 'Lösenordet duger.',
  en: 'The password is acceptable.',
}

/**
 * `koski-validate password [--lang] [--format] -`: the password (and its confirmation on a second line) from standard
 * input, checked with `salasananPuutteet` (koski-validation/virkailija, loaded only here). One final line feed is the
 * end of the input, not part of the password; a carriage return before a line feed is dropped.
 */
async function salasanaKomento(argv: readonly string[], io: CliIo): Promise<number> {
  let values: { lang?: string | undefined; format?: string | undefined; help?: boolean | undefined }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: [...argv],
      options: { lang: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }))
  } catch (e) {
    return usageError(io, e instanceof Error ? e.message : String(e))
  }
  if (values.help === true) {
    io.stdout.write(PASSWORD_USAGE)
    return EXIT_VALID
  }
  const lang = values.lang ?? 'fi'
  if (lang !== 'fi' && lang !== 'sv' && lang !== 'en') return usageError(io, `password: --lang must be fi, sv or en`)
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') return usageError(io, `password: --format must be text or json`)
  if (positionals.length !== 1 || positionals[0] !== '-') {
    return usageError(io, 'password: give - and the password on standard input (never as an argument: other users can see those)')
  }
  let bytes: Uint8Array | string
  try {
    bytes = await io.readStdin()
  } catch (e) {
    return usageError(io, `password: cannot read standard input: ${eiLuettavissa(errorCode(e)).en}`)
  }
  let text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8').decode(bytes)
  if (text.endsWith('\n')) text = text.slice(0, text.endsWith('\r\n') ? -2 : -1)
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
  if (lines.length > 2) return usageError(io, 'password: standard input has more than two lines (the password, and optionally its confirmation)')
  const { salasananPuutteet } = await import('./virkailija')
  const puutteet = salasananPuutteet(lines[0]!, lines[1])
  if (format === 'json') io.stdout.write(`${JSON.stringify({ valid: puutteet.length === 0, shortcomings: puutteet })}\n`)
  else io.stdout.write(puutteet.length === 0 ? `${SALASANA_KELPAA[lang]}\n` : puutteet.map((p) => `${p.message[lang]}\n`).join(''))
  return puutteet.length === 0 ? EXIT_VALID : EXIT_INVALID
}
