// `npm run demo`: the koski-validate command (the built dist/cli.cjs) on the two example documents.
// The invalid example makes the command exit 1 — that is the point of the demo, so the demo itself exits 0
// unless an exit status is not the expected one.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli.cjs')
const args = ['--today', '2026-11-22', '--lang', 'en']

const runs = [
  { file: 'examples/tuva-valmistunut.json', expected: 0, why: 'exit status 0: the document is valid, KOSKI would accept it.' },
  {
    file: 'examples/tuva-virheellinen.json',
    expected: 1,
    why: 'exit status 1: the document has errors, KOSKI would reject it (expected here: this example is wrong on purpose).',
  },
]

let unexpected = 0
for (const { file, expected, why } of runs) {
  const shown = ['koski-validate', ...args, file].join(' ')
  process.stdout.write(`\n$ ${shown}\n\n`)
  // The command writes straight to this terminal (colours when it is one, none with NO_COLOR).
  const run = spawnSync(process.execPath, [cli, ...args, file], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  if (run.status === expected) {
    process.stdout.write(`\n→ ${why}\n`)
  } else {
    unexpected++
    process.stdout.write(`\n→ exit status ${run.status ?? run.signal}, expected ${expected}: something is wrong.\n`)
  }
}
process.stdout.write('\nBoth files in one go, as JSON for programs: koski-validate --format json FILE... (see README).\n')
process.exitCode = unexpected === 0 ? 0 : 1
