/**
 * The package: `koski-validation/arbitraries` is a subpath export (ESM + CJS + types), fast-check an optional peer
 * dependency that the main entry never loads. The checks of dist/ need `npm run build` first (.ci/run builds before
 * testing); they are skipped when there is no build.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const dist = join(root, 'dist')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

/** A built file without its comments (TSDoc examples show imports that are not imports). */
const code = (file: string): string => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

/** Module specifiers a built file imports or requires (static and dynamic; .d.ts `import … from` too). */
const specifiers = (text: string): string[] => {
  const out: string[] = []
  for (const re of [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*\(?\s*['"]([^'"]+)['"]/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g]) {
    for (const m of text.matchAll(re)) out.push(m[1]!)
  }
  return out
}

/** The file and every dist/ file it reaches through relative imports, with the bare specifiers they use. */
const reach = (file: string): { files: string[]; bare: Set<string> } => {
  const files: string[] = []
  const bare = new Set<string>()
  const todo = [file]
  while (todo.length > 0) {
    const f = todo.pop()!
    if (files.includes(f)) continue
    files.push(f)
    for (const s of specifiers(code(f))) {
      if (!s.startsWith('.')) {
        bare.add(s)
        continue
      }
      const target = join(dirname(f), s)
      // a declaration chunk is imported as './x.js' / './x.cjs' and lives in './x.d.ts' / './x.d.cts'
      const candidates = [target, target.replace(/\.js$/, '.d.ts'), target.replace(/\.cjs$/, '.d.cts')]
      const found = f.endsWith('.d.ts') || f.endsWith('.d.cts') ? candidates.slice(1).find(existsSync) : candidates.find(existsSync)
      if (found === undefined) throw new Error(`${f}: cannot find ${s}`)
      todo.push(found)
    }
  }
  return { files, bare }
}

describe('package.json', () => {
  it('exports ./arbitraries for import and require, with types, like the main entry', () => {
    expect(pkg.exports['./arbitraries']).toEqual({
      import: { types: './dist/arbitraries.d.ts', default: './dist/arbitraries/index.js' },
      require: { types: './dist/arbitraries.d.cts', default: './dist/arbitraries.cjs' },
    })
    expect(Object.keys(pkg.exports['.'])).toEqual(['import', 'require'])
  })

  it('fast-check: an optional peer dependency (and a dev dependency), never a runtime dependency', () => {
    expect(pkg.dependencies['fast-check']).toBeUndefined()
    expect(pkg.peerDependencies['fast-check']).toMatch(/^\^4\./)
    expect(pkg.peerDependenciesMeta['fast-check']).toEqual({ optional: true })
    expect(pkg.devDependencies['fast-check']).toBeDefined()
    expect(pkg.sideEffects).toBe(false)
  })

  it('io-ts and fp-ts: peer dependencies (and dev dependencies), so that a vendor\'s io-ts is the one our codecs use', () => {
    for (const p of ['io-ts', 'fp-ts']) {
      expect(pkg.dependencies[p], p).toBeUndefined()
      expect(pkg.peerDependencies[p], p).toBeDefined()
      expect(pkg.peerDependenciesMeta[p], p).toBeUndefined()
      expect(pkg.devDependencies[p], p).toBeDefined()
    }
  })

  it('ships no source maps (nor names one)', () => {
    expect(pkg.files.filter((f: string) => f.includes('.map'))).toEqual([])
  })
})

describe.skipIf(!existsSync(join(dist, 'index.js')) || !existsSync(join(dist, 'arbitraries', 'index.js')))('the build (dist/)', () => {
  it('the main entry (ESM, CJS and both declaration files, with the chunks they import) does not import fast-check', () => {
    for (const entry of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) {
      const { files, bare } = reach(join(dist, entry))
      expect([...bare].filter((s) => s === 'fast-check' || s.startsWith('fast-check/')), entry).toEqual([])
      for (const f of files) expect(code(f), f).not.toMatch(/['"]fast-check['"]/)
    }
  })

  it('the arbitraries entry imports fast-check and nothing outside the runtime dependencies', () => {
    const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)])
    for (const entry of ['arbitraries/index.js', 'arbitraries.cjs', 'arbitraries.d.ts', 'arbitraries.d.cts']) {
      const { bare } = reach(join(dist, entry))
      expect(bare.has('fast-check'), entry).toBe(true)
      expect([...bare].filter((s) => !allowed.has(s.split('/')[0]!) && !s.startsWith('node:')), entry).toEqual([])
    }
  })

  it('no built file names a source map', () => {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
    const files = walk(dist)
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([])
    expect(files.filter((f) => readFileSync(f, 'utf8').includes('sourceMappingURL'))).toEqual([])
  })

  it('require("dist/index.cjs") and import("dist/index.js") load no fast-check; dist/arbitraries* do', () => {
    // A resolver hook that fails any attempt to load fast-check.
    const blockCjs = `const M = require('node:module'); const r = M._resolveFilename; M._resolveFilename = function (s, ...a) { if (s === 'fast-check' || s.startsWith('fast-check/')) throw new Error('fast-check loaded'); return r.call(this, s, ...a) };`
    const cjs = spawnSync(process.execPath, ['-e', `${blockCjs} const k = require(${JSON.stringify(join(dist, 'index.cjs'))}); if (typeof k.validate !== 'function') process.exit(3)`], { encoding: 'utf8' })
    expect(cjs.stderr).toBe('')
    expect(cjs.status).toBe(0)
    const blocked = spawnSync(process.execPath, ['-e', `${blockCjs} require(${JSON.stringify(join(dist, 'arbitraries.cjs'))})`], { encoding: 'utf8' })
    expect(blocked.status).not.toBe(0)
    expect(blocked.stderr).toContain('fast-check loaded')

    const hook = `export async function resolve(s, c, next) { if (s === 'fast-check' || s.startsWith('fast-check/')) throw new Error('fast-check loaded'); return next(s, c) }`
    const esm = (file: string) =>
      spawnSync(
        process.execPath,
        ['--input-type=module', '-e', `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)}); const k = await import(${JSON.stringify(pathToFileURL(join(dist, file)).href)}); if (Object.keys(k).length === 0) process.exit(3)`],
        { encoding: 'utf8' },
      )
    const index = esm('index.js')
    expect(index.stderr).toBe('')
    expect(index.status).toBe(0)
    const arbitraries = esm('arbitraries/index.js')
    expect(arbitraries.status).not.toBe(0)
    expect(arbitraries.stderr).toContain('fast-check loaded')
  })

  it('the built arbitraries generate documents the built validate accepts, from import and require', async () => {
    const { validate } = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof import('../../src')
    const arbs = (await import(pathToFileURL(join(dist, 'arbitraries', 'index.js')).href)) as typeof import('../../src/arbitraries')
    const fc = (await import('fast-check')).default
    fc.assert(fc.property(arbs.validiTuvaOppija(), (doc) => validate(doc, { today: arbs.OLETUSPÄIVÄ }).findings.length === 0), { numRuns: 50 })
    const cjs = spawnSync(
      process.execPath,
      [
        '-e',
        `const fc = require('fast-check'); const { validate } = require(${JSON.stringify(join(dist, 'index.cjs'))}); const a = require(${JSON.stringify(join(dist, 'arbitraries.cjs'))});
         fc.assert(fc.property(a.validiTuvaOpiskeluoikeus({ today: '2025-01-31' }), (oo) => validate(oo, { today: '2025-01-31' }).findings.length === 0), { numRuns: 50 })`,
      ],
      { encoding: 'utf8', cwd: root },
    )
    expect(cjs.stderr).toBe('')
    expect(cjs.status).toBe(0)
  })
})
