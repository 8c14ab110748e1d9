/**
 * The README's integration guide is tested: each code block marked `<!-- example: PATH -->` is the file PATH as it is,
 * and each such file runs (tsx, which maps 'koski-validation' to src/ through tsconfig.json) with its assertions
 * passing; the table of the options that make skipped rules run is what the rules' `needs` say; the KOSKI_REFERENCE
 * shown is the exported one.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { kaikkiSäännöt } from '../../scripts/gen-docs'
import { KOSKI_REFERENCE } from '../../src'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..')
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The marked blocks: the file named and the code shown. */
const examples = (): { path: string; code: string }[] => {
  const out: { path: string; code: string }[] = []
  const re = /<!-- example: (\S+)[^\n]*-->\n```ts\n([\s\S]*?)```\n/g
  for (let m = re.exec(README); m !== null; m = re.exec(README)) out.push({ path: m[1]!, code: m[2]! })
  return out
}

describe('README integration guide', () => {
  const blocks = examples()

  it('has its examples, each the file it names, as it is', () => {
    expect(blocks.map((b) => b.path)).toEqual(['examples/integration/pointer.ts', 'examples/integration/koski-answer.ts', 'examples/integration/build.ts'])
    for (const { path, code } of blocks) expect(code, path).toBe(readFileSync(join(ROOT, path), 'utf8'))
  })

  for (const path of ['examples/integration/pointer.ts', 'examples/integration/koski-answer.ts', 'examples/integration/build.ts']) {
    it(`${path} runs and its assertions hold`, () => {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, path)], { cwd: ROOT, stdio: 'pipe' })
    })
  }

  it('the table of options that make skipped rules run lists every rule by its needs', () => {
    const table = README.slice(README.indexOf('<!-- skipped-options'))
    const row = (option: string): string[] => {
      const line = table.split('\n').find((l) => l.startsWith(`| \`${option}\``))!
      return line.split('|')[3]!.trim().split(', ')
    }
    const byNeed = new Map<string, string[]>()
    for (const r of kaikkiSäännöt()) for (const n of r.needs ?? []) byNeed.set(n, [...(byNeed.get(n) ?? []), r.id])
    expect([...byNeed.keys()].every((n) => ['birthDate', 'previous', 'storedStudyRights', 'withdrawnConsents', 'consents'].includes(n))).toBe(true)
    for (const [need, ids] of byNeed) expect(row(need), need).toEqual([...ids].sort())
  })

  it('shows the KOSKI_REFERENCE exported, and the CLI formats and flags', () => {
    expect(README).toContain(`KOSKI_REFERENCE   // { commit: '${KOSKI_REFERENCE.commit}', date: '${KOSKI_REFERENCE.date}', koodistoSnapshot: '${KOSKI_REFERENCE.koodistoSnapshot}' }`)
    for (const s of ['--format junit', '--format github', '--no-color', 'FORCE_COLOR=0', 'npm run koski-changes', 'not on npm yet']) expect(README).toContain(s)
  })
})
