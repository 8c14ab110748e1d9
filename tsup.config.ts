import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import type { Plugin } from 'esbuild'
import { defineConfig } from 'tsup'

// Three builds into dist/, no source maps (the tarball would have to ship src/ for them to be of use, and a
// `sourceMappingURL` comment pointing at a map the tarball leaves out breaks webpack's source-map-loader):
// - the ES modules, one file per source module (src/x/y.ts → dist/x/y.js; entries dist/index.js,
//   dist/arbitraries/index.js and dist/virkailija/index.js), so that a bundler drops every module a vendor does not
//   reach (package.json has `sideEffects: false`): importing `parseHetu` alone costs a few kB, not the whole validator
//   (`npm run size` checks the budgets). Built with esbuild's bundler, but every relative import is kept as an import
//   of the other output file (with its `.js`), so nothing is inlined twice. Declarations dist/index.d.ts,
//   dist/arbitraries.d.ts and dist/virkailija.d.ts;
// - CommonJS, one self-contained file per entry: dist/index.cjs, dist/arbitraries.cjs and dist/virkailija.cjs
//   (dist/index.cjs never loads fast-check, an optional peer dependency that only the arbitraries import),
//   declarations .d.cts;
// - the bin (src/bin.ts → dist/cli.cjs): CommonJS with a hashbang (tsup makes it executable). It takes the library
//   from dist/index.cjs (src/cli.ts's lazy `import('./index')` becomes `require('./index.cjs')`, and `koski-validate
//   password`'s `import('./virkailija')` `require('./virkailija.cjs')`), so the package holds one copy of each and
//   `--help` loads none of them; `--version` is put in by `define`.
// Dependencies and peer dependencies (date-fns, io-ts, fp-ts, fast-check) stay external in all three.
// The builds run in parallel, so none cleans dist/: `npm run build` empties it first (no stale chunk is packed).

const src = resolve('src')
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

/** Every TypeScript module under src/ except the bin and the CLI (only dist/cli.cjs has them). */
function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return modules(path)
    if (!name.endsWith('.ts') || name.endsWith('.d.ts')) return []
    return path === join(src, 'bin.ts') || path === join(src, 'cli.ts') ? [] : [relative('.', path)]
  })
}

/** Keeps each relative import an import of the module's own output file: `./x` → `./x.js` or `./x/index.js`. */
const perModule: Plugin = {
  name: 'per-module',
  setup(build) {
    build.onResolve({ filter: /^\.\.?(\/|$)/ }, ({ path, importer, kind }) => {
      if (kind === 'entry-point') return undefined
      const target = resolve(dirname(importer), path)
      const file = existsSync(`${target}.ts`) ? `${target}.ts` : existsSync(join(target, 'index.ts')) ? join(target, 'index.ts') : undefined
      if (file === undefined) return { errors: [{ text: `per-module: cannot resolve ${path} from ${importer}` }] }
      let specifier = relative(dirname(importer), file).replace(/\.ts$/, '.js')
      if (!specifier.startsWith('.')) specifier = `./${specifier}`
      return { path: specifier, external: true }
    })
  },
}

export default defineConfig([
  {
    entry: modules(src),
    format: ['esm'],
    outDir: 'dist',
    dts: { entry: { index: 'src/index.ts', arbitraries: 'src/arbitraries/index.ts', virkailija: 'src/virkailija/index.ts' } },
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: false,
    treeshake: false,
    splitting: false,
    esbuildPlugins: [perModule],
  },
  {
    entry: { index: 'src/index.ts', arbitraries: 'src/arbitraries/index.ts', virkailija: 'src/virkailija/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: false,
    treeshake: true,
    splitting: false,
  },
  {
    entry: { cli: 'src/bin.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: false,
    treeshake: true,
    banner: { js: '#!/usr/bin/env node' },
    define: { __KOSKI_VALIDATION_VERSION__: JSON.stringify(version) },
    // import('./index.cjs') as require: through the ESM loader (and its CommonJS lexer) it took ~20-30 ms longer
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false }
    },
    esbuildPlugins: [
      {
        name: 'library-from-dist',
        setup(build) {
          build.onResolve({ filter: /^\.\/(index|virkailija)$/ }, (args) =>
            /[\\/]src[\\/]cli\.ts$/.test(args.importer) ? { path: `${args.path}.cjs`, external: true } : undefined,
          )
        },
      },
    ],
  },
])
