// npm run size: what a vendor's bundle pays for one import from the built package (run `npm run build` first).
// Each case bundles `import { name } from 'koski-validation'` (or from a subpath; `*`: all of it) through
// package.json's exports, so the ES module build, with esbuild for the browser (minified, dependencies io-ts, fp-ts
// and date-fns included, as a vendor's bundle has them), gzips it and checks it against the budget. `--json` prints
// the figures as JSON. Exits 1 when a case is over its budget.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** The budgets, gzip bytes. One helper must cost a few kB, not the validator. */
const CASES = [
  { name: 'parseHetu', budget: 5_000 },
  // one maksuttomuus helper: issue 8's < 5 kB (1.6 kB since lastDayOfYear no longer formats with date-fns)
  { name: 'maksuttomuusVoimassaAsti', budget: 5_000 },
  // the code lists' names: 42 lists since ammatillinen, LUVA and lisäopetus (11.6 kB)
  { name: 'koodinNimi', budget: 13_000 },
  // validate carries every type's codec and rules (134.8 kB with six types: TUVA ~72, VST ~12, MUKS ~3, ammatillinen
  // ~25 with its rules, LUVA and lisäopetus ~10, the shared rules the rest); a new type raises it on purpose
  { name: 'validate', budget: 145_000 },
  // the subpath koski-validation/virkailija (issue 13): every function of it, and the password check alone
  { name: '*', from: 'koski-validation/virkailija', budget: 8_000 },
  { name: 'salasananPuutteet', from: 'koski-validation/virkailija', budget: 2_000 },
]

const root = resolve(import.meta.dirname, '..')
// A throwaway project whose node_modules holds the package itself (a link to this checkout), so that the bundler
// resolves 'koski-validation' through package.json's exports as a vendor's does (and, following the link, the
// dependencies from this checkout's node_modules).
const app = mkdtempSync(join(tmpdir(), 'koski-size-'))
let over = 0
const rows = []
try {
  mkdirSync(join(app, 'node_modules'))
  symlinkSync(root, join(app, 'node_modules', 'koski-validation'), 'dir')
  writeFileSync(join(app, 'package.json'), '{"type":"module"}')
  for (const { name: imported, from = 'koski-validation', budget } of CASES) {
    const name = from === 'koski-validation' ? imported : `${from.slice('koski-validation/'.length)}: ${imported}`
    const contents = imported === '*' ? `export * from '${from}'` : `export { ${imported} } from '${from}'`
    const result = await build({
      stdin: { contents, resolveDir: app, loader: 'js' },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      logLevel: 'error',
    })
    const code = result.outputFiles[0].contents
    const gzip = gzipSync(code, { level: 9 }).length
    const ok = gzip <= budget
    if (!ok) over++
    rows.push({ name, minified: code.length, gzip, budget, ok })
  }
} finally {
  rmSync(app, { recursive: true, force: true })
}

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2))
else {
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`
  console.log('import                          minified      gzip    budget')
  for (const r of rows) {
    console.log(`${r.name.padEnd(30)} ${kB(r.minified).padStart(9)} ${kB(r.gzip).padStart(9)} ${kB(r.budget).padStart(9)}  ${r.ok ? 'ok' : 'OVER BUDGET'}`)
  }
}
if (over > 0) {
  console.error(`size: ${over} import(s) over budget`)
  process.exit(1)
}
