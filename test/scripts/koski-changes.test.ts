/**
 * `npm run koski-changes` (scripts/koski-changes.ts) on a small copy of KOSKI's validaation_muutoshistoria.md
 * (test/fixtures/koski/muutoshistoria/, its README names the source commit), and KOSKI_REFERENCE against the rules.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { kaikkiSäännöt } from '../../scripts/gen-docs'
import { main, muutokset, otsikonPäivä, uudemmat } from '../../scripts/koski-changes'
import { KOSKI_REFERENCE } from '../../src'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..')
const DIR = join(ROOT, 'test/fixtures/koski/muutoshistoria')
const FILE = join(DIR, 'validaation_muutoshistoria.md')
const TEXT = readFileSync(FILE, 'utf8')

const run = (argv: string[], stdin = ''): { code: number; out: string; err: string } => {
  let out = ''
  let err = ''
  const code = main(argv, (s) => (out += s), (s) => (err += s), () => stdin)
  return { code, out, err }
}

describe('koski-changes: the change-log entries newer than the reference date', () => {
  it('reads the headings: d.M.yyyy, xx.M.yyyy (month only), a range by its end; the title is no entry', () => {
    expect(otsikonPäivä('10.8.2026')).toEqual({ date: '2026-08-10', monthOnly: false })
    expect(otsikonPäivä('xx.11.2024')).toEqual({ date: '2024-11', monthOnly: true })
    expect(otsikonPäivä('1.5.2021 - 8.9.2021')).toEqual({ date: '2021-09-08', monthOnly: false })
    expect(otsikonPäivä('Koskeen tallennettavien tietojen validaatiosäännöt')).toBeUndefined()
    const all = muutokset(TEXT)
    expect(all.map((m) => m.date)).toEqual(['2026-08-10', '2026-07-21', '2026-07-17', '2026-06-23', '2026-06-17', '2026-06-03', '2026-05-18', '2026-05-06', '2026-05-05', '2024-11', '2024-11-14', '2021-09-08', '2021-07-19'])
    expect(all[0]!.lines).toEqual(['- IB-tutkinnon suorituksen suorituskielen on oltava englanti.'])
  })

  it('lists the entries after --since, newest first, with their text', () => {
    const r = run([FILE, '--since', '2026-07-01'])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toMatch(/^3 entries in .*validaation_muutoshistoria\.md newer than 2026-07-01 \(the rules follow KOSKI [0-9a-f]{12} of \d{4}-\d{2}-\d{2}\):\n\n## 10\.8\.2026\n- IB-tutkinnon/)
    expect(r.out).toContain('## 21.7.2026\n- Nuorten perusopetuksen')
    expect(r.out).toContain('## 17.7.2026\n- DIA-tutkinnon')
    expect(r.out).not.toContain('23.6.2026')
  })

  it('a month-only entry is listed from its month on (it may be older), not after it', () => {
    expect(uudemmat(TEXT, '2024-11-20').map((m) => m.heading)).toContain('## xx.11.2024')
    expect(uudemmat(TEXT, '2024-12-01').map((m) => m.heading)).not.toContain('## xx.11.2024')
    expect(run([FILE, '--since', '2024-11-20']).out).toContain('## xx.11.2024 (month only: may be older)')
  })

  it('a KOSKI checkout (a directory) is read at its root; standard input with -; --json', () => {
    expect(run([DIR, '--since', '2026-08-01']).out).toContain('1 entry in')
    expect(run(['-', '--since', '2026-08-01'], TEXT).out).toContain('1 entry in standard input')
    const json = JSON.parse(run([FILE, '--since', '2026-08-01', '--json']).out)
    expect(json).toEqual([{ heading: '## 10.8.2026', date: '2026-08-10', monthOnly: false, lines: ['- IB-tutkinnon suorituksen suorituskielen on oltava englanti.'] }])
  })

  it('by default, entries newer than KOSKI_REFERENCE.date: none in this copy (its newest is 10.8.2026)', () => {
    expect(run([FILE]).out).toBe(`No entries in ${FILE} newer than ${KOSKI_REFERENCE.date}.\n`)
  })

  it('usage errors exit 2', () => {
    expect(run([]).code).toBe(2)
    expect(run([FILE, '--since', 'eilen']).code).toBe(2)
    expect(run([join(DIR, 'nothing-here.md')]).code).toBe(2)
  })

  it('runs as npm run koski-changes (tsx)', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/koski-changes.ts'), FILE, '--since', '2026-08-01'], { encoding: 'utf8' })
    expect(out).toContain('## 10.8.2026')
  })
})

describe('KOSKI_REFERENCE', () => {
  it('is a commit and ISO dates, and no rule cites a change-log entry newer than the reference date', () => {
    expect(KOSKI_REFERENCE.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(KOSKI_REFERENCE.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(KOSKI_REFERENCE.koodistoSnapshot).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const dates = kaikkiSäännöt().flatMap((r) => r.source.muutoshistoria ?? [])
    expect(dates.length).toBeGreaterThan(10)
    for (const d of dates) expect(d <= KOSKI_REFERENCE.date, d).toBe(true)
  })
})
