/**
 * Lists the entries of KOSKI's rule change log (`validaation_muutoshistoria.md` at the root of Opetushallitus/koski)
 * that are newer than the date this release's rules follow (`KOSKI_REFERENCE.date`, src/koski.ts): the work of
 * whoever brings the rules up to date.
 *
 *   npm run koski-changes -- PATH                 PATH: a KOSKI checkout (its validaation_muutoshistoria.md) or the file
 *   npm run koski-changes -- -                    the file on standard input (e.g. `git -C koski.git show HEAD:validaation_muutoshistoria.md | …`)
 *   npm run koski-changes -- PATH --since D       entries newer than D (YYYY-MM-DD) instead
 *   npm run koski-changes -- PATH --json          the entries as JSON: [{ heading, date, monthOnly, lines }]
 *
 * An entry is a heading `# d.M.yyyy` or `## d.M.yyyy`; `## xx.M.yyyy` (no day) is dated by its month and listed when
 * its month is not before the reference date's; a range `## d.M.yyyy - d.M.yyyy` is dated by its end. A heading of
 * another form is listed too (it cannot be dated: look at it). Exit status 0, 2 for a usage error or an unreadable file.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KOSKI_REFERENCE } from '../src/koski'

/** One entry of the change log: its heading, its date (ISO; `YYYY-MM` when the heading has no day), its text. */
export interface Muutos {
  readonly heading: string
  /** ISO date, `YYYY-MM` for a heading without a day, undefined for a heading that is not a date. */
  readonly date: string | undefined
  readonly monthOnly: boolean
  /** The entry's lines after its heading, blank lines at its ends dropped. */
  readonly lines: readonly string[]
}

const PÄIVÄ = /^(\d{1,2}|xx)\.(\d{1,2})\.(\d{4})$/
const kaksi = (n: string): string => n.padStart(2, '0')

/** The date of a heading's text: `10.8.2026` → 2026-08-10, `xx.9.2024` → 2024-09, a range by its end. */
export function otsikonPäivä(teksti: string): { readonly date: string; readonly monthOnly: boolean } | undefined {
  const osat = teksti.split(' - ')
  const m = PÄIVÄ.exec(osat[osat.length - 1]!.trim())
  if (m === null) return undefined
  const [, p, k, v] = m as unknown as [string, string, string, string]
  return p === 'xx' ? { date: `${v}-${kaksi(k)}`, monthOnly: true } : { date: `${v}-${kaksi(k)}-${kaksi(p)}`, monthOnly: false }
}

/** The entries of the change log, in its order (newest first in KOSKI's file). The title `# Koskeen …` is not an entry. */
export function muutokset(teksti: string): Muutos[] {
  const out: { heading: string; date: string | undefined; monthOnly: boolean; lines: string[] }[] = []
  for (const rivi of teksti.split(/\r?\n/)) {
    const otsikko = /^#{1,2} (.*)$/.exec(rivi)
    if (otsikko !== null) {
      const päivä = otsikonPäivä(otsikko[1]!.trim())
      if (päivä === undefined && out.length === 0 && /^# /.test(rivi)) continue // the document's title
      out.push({ heading: rivi, date: päivä?.date, monthOnly: päivä?.monthOnly ?? false, lines: [] })
    } else if (out.length > 0) out[out.length - 1]!.lines.push(rivi)
  }
  for (const m of out) {
    while (m.lines.length > 0 && m.lines[0]!.trim() === '') m.lines.shift()
    while (m.lines.length > 0 && m.lines[m.lines.length - 1]!.trim() === '') m.lines.pop()
  }
  return out
}

/** The entries newer than `since` (ISO date): a day after it, a month-only entry of its month or later, or undated. */
export function uudemmat(teksti: string, since: string): Muutos[] {
  return muutokset(teksti).filter((m) => m.date === undefined || (m.monthOnly ? m.date >= since.slice(0, 7) : m.date > since))
}

/** The entries as text: a summary line, then each entry's heading and lines. */
export function muotoile(entries: readonly Muutos[], since: string, lähde: string): string {
  const head =
    entries.length === 0
      ? `No entries in ${lähde} newer than ${since}.`
      : `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} in ${lähde} newer than ${since} (the rules follow KOSKI ${KOSKI_REFERENCE.commit.slice(0, 12)} of ${KOSKI_REFERENCE.date}):`
  const body = entries.map((m) => {
    const note = m.date === undefined ? ' (heading not a date: check it)' : m.monthOnly ? ' (month only: may be older)' : ''
    return [`${m.heading}${note}`, ...m.lines].join('\n')
  })
  return `${[head, ...body].join('\n\n')}\n`
}

const USAGE = 'Usage: npm run koski-changes -- PATH_TO_KOSKI_CHECKOUT_OR_FILE|- [--since YYYY-MM-DD] [--json]\n'

/** The command: `argv` after the script name; returns the exit status. */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void, stdin: () => string): number {
  let since = KOSKI_REFERENCE.date
  let json = false
  const paths: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--json') json = true
    else if (a === '--since') {
      const d = argv[++i]
      if (d === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(d)) {
        err(`koski-changes: --since needs a date YYYY-MM-DD\n${USAGE}`)
        return 2
      }
      since = d
    } else if (a === '-h' || a === '--help') {
      out(USAGE)
      return 0
    } else paths.push(a)
  }
  if (paths.length !== 1) {
    err(`koski-changes: give one KOSKI checkout or validaation_muutoshistoria.md\n${USAGE}`)
    return 2
  }
  const path = paths[0]!
  let teksti: string
  let lähde = path
  try {
    if (path === '-') {
      teksti = stdin()
      lähde = 'standard input'
    } else {
      const file = statSync(path).isDirectory() ? join(path, 'validaation_muutoshistoria.md') : path
      teksti = readFileSync(file, 'utf8')
      lähde = file
    }
  } catch (e) {
    err(`koski-changes: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}\n`)
    return 2
  }
  const entries = uudemmat(teksti, since)
  out(json ? `${JSON.stringify(entries, null, 2)}\n` : muotoile(entries, since, lähde))
  return 0
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
    () => readFileSync(0, 'utf8'),
  )
}
