// npm run build:playground: the playground (playground/) as ONE self-contained HTML file,
// build/playground/koski-validation-playground.html — the script and the style inline, nothing fetched. A release asset,
// not part of the npm package (package.json `files` has only dist/ and the docs).
//
// The page uses the library from its public entry `koski-validation`, as a vendor's bundle would; esbuild resolves that
// name to this checkout's source, src/index.ts (an alias: the page always shows the code it is built from, with no
// `npm run build` first). Minified, for browsers (es2020), an IIFE. The Content-Security-Policy meta allows exactly the
// inline script and style by their SHA-256 hashes and nothing else (default-src 'none': no fetch, no XHR, no WebSocket,
// no image or font from anywhere), which the browser enforces even from file://.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')

/** The page as a string: the template with its script, style, hashes and version put in. */
export async function buildPlaygroundHtml() {
  const result = await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'error',
    plugins: [
      {
        name: 'koski-validation-public-entry',
        setup(b) {
          b.onResolve({ filter: /^koski-validation$/ }, () => ({ path: join(root, 'src', 'index.ts') }))
        },
      },
    ],
  })
  // a `</script` inside the code would end the element early: write it with an escape the parser does not see
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').trimEnd()
  const style = readFileSync(join(here, 'style.css'), 'utf8').trim()
  const hash = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const template = readFileSync(join(here, 'index.html'), 'utf8')
  // function replacements: the code may contain `$&` and the like
  return template
    .replace('__SCRIPT_HASH__', () => hash(script))
    .replace('__STYLE_HASH__', () => hash(style))
    .replace('__VERSION__', () => version)
    .replace('__STYLE__', () => style)
    .replace('__SCRIPT__', () => script)
}

export const OUT = join(root, 'build', 'playground', 'koski-validation-playground.html')

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] === undefined ? OUT : resolve(process.argv[2])
  const html = await buildPlaygroundHtml()
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, html)
  console.log(`${out.startsWith(root) ? out.slice(root.length + 1) : out}: ${(Buffer.byteLength(html) / 1000).toFixed(1)} kB`)
}
