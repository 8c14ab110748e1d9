/**
 * `npm run build:playground` (playground/build.mjs): one self-contained HTML file whose Content-Security-Policy allows
 * exactly its inline script and style (by hash) and nothing else, with no API that sends or stores anything, built from
 * the library's public entry. (The page itself runs in a real browser in `npm run test:browser`.)
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
let dir: string
let html: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'koski-playground-'))
  execFileSync(process.execPath, [join(root, 'playground', 'build.mjs'), join(dir, 'page.html')], { cwd: root })
  html = readFileSync(join(dir, 'page.html'), 'utf8')
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const sha = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`

describe('the playground build', () => {
  it('is one HTML file: one inline script, one inline style, nothing loaded from anywhere', () => {
    expect(html.match(/<script\b/g)).toHaveLength(1)
    expect(html.match(/<style\b/g)).toHaveLength(1)
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|source|audio|video)\b[^>]*\b(src|href|data)=/i)
    expect(html).not.toMatch(/__(SCRIPT|STYLE|VERSION)(_HASH)?__/)
  })

  it("its Content-Security-Policy: default-src 'none', the script and the style allowed by their hashes only", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!
    expect(csp).toBe(`default-src 'none'; script-src ${sha(script)}; style-src ${sha(style)}; img-src data:; base-uri 'none'; form-action 'none'`)
    expect(csp).not.toContain('unsafe')
  })

  it('holds no API that sends or stores anything', () => {
    for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'localStorage', 'sessionStorage', 'indexedDB', 'document.cookie', 'navigator.serviceWorker']) {
      expect(html.includes(api), api).toBe(false)
    }
  })

  it('the page imports the library from its public entry only', () => {
    const main = readFileSync(join(root, 'playground', 'main.ts'), 'utf8')
    expect([...main.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['koski-validation', './sijainti'])
  })

  it('is not in the npm package (package.json files)', () => {
    const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] }
    expect(files.some((f) => f.startsWith('playground') || f.startsWith('build'))).toBe(false)
  })
})
