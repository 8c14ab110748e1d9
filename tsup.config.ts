import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

// Two builds into dist/:
// - the library (src/index.ts) and the arbitraries (src/arbitraries/index.ts, the subpath `koski-validation/arbitraries`):
//   ESM dist/index.js + CJS dist/index.cjs and dist/arbitraries.{js,cjs}, with declarations for both (.d.ts / .d.cts).
//   No code splitting: each entry is self-contained, so dist/index.* never loads fast-check (an optional peer
//   dependency, external like every dependency), which only the arbitraries import;
// - the bin (src/bin.ts → dist/cli.cjs): CommonJS with a hashbang (tsup makes it executable). It bundles the library
//   takes the library from dist/index.cjs (src/cli.ts's lazy `import('./index')` made an external require of
//   ./index.cjs), so the package holds one copy of it and `--help` loads none; `--version` is put in by `define`.
// The two builds run in parallel: only the library build cleans dist/, and it leaves the bin's files alone.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', arbitraries: 'src/arbitraries/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: ['!cli.cjs', '!cli.cjs.map'],
    treeshake: true,
    splitting: false,
  },
  {
    entry: { cli: 'src/bin.ts' },
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    sourcemap: true,
    clean: false,
    treeshake: true,
    banner: { js: '#!/usr/bin/env node' },
    define: { __KOSKI_VALIDATION_VERSION__: JSON.stringify(version) },
    // import('./index.cjs') as require: loading it through the ESM loader cost ~75 ms (its CommonJS lexer)
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'dynamic-import': false }
    },
    esbuildPlugins: [
      {
        name: 'library-from-dist',
        setup(build) {
          build.onResolve({ filter: /^\.\/index$/ }, (args) => (/[\\/]src[\\/]cli\.ts$/.test(args.importer) ? { path: './index.cjs', external: true } : undefined))
        },
      },
    ],
  },
])
