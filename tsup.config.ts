import { defineConfig } from 'tsup'

// Two builds into dist/:
// - the library (src/index.ts) and the arbitraries (src/arbitraries/index.ts, the subpath `koski-validation/arbitraries`):
//   ESM dist/index.js + CJS dist/index.cjs and dist/arbitraries.{js,cjs}, with declarations for both (.d.ts / .d.cts).
//   No code splitting: each entry is self-contained, so dist/index.* never loads fast-check (an optional peer
//   dependency, external like every dependency), which only the arbitraries import;
// - the bin (src/bin.ts → dist/cli.cjs): CommonJS with a hashbang (tsup makes it executable). It bundles the library
//   from src, so the package's `koski-validate` needs nothing but the runtime dependencies.
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
  },
])
