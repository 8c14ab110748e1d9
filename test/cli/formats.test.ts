/**
 * The command's CI formats and flags of issue 14: `--format junit` (JUnit XML), `--format github` (workflow
 * annotations), `--color` / `--no-color` and FORCE_COLOR=0, and the "not checked for lack of context" line naming the
 * flags to give.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { EXIT_INVALID, EXIT_USAGE, EXIT_VALID, main, useColour, xml, type CliIo } from '../../src/cli'
import { HETU, SUKUNIMI, TODAY, validTuvaOppija } from '../support'

const example = (name: string): string => readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8')
const VALID = example('tuva-valmistunut.json')
const INVALID = example('tuva-virheellinen.json')
const ANSI = /\u001b\[/

/** An io over the files given (no directories), its output collected. */
function fake(files: Record<string, string>, opts: { isTTY?: boolean; env?: Record<string, string> } = {}) {
  let out = ''
  let err = ''
  const content = (path: string): string => {
    if (!Object.hasOwn(files, path)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
    return files[path]!
  }
  const io: CliIo = {
    stdout: { write: (s: string) => (out += s), isTTY: opts.isTTY ?? false },
    stderr: { write: (s: string) => (err += s) },
    readFile: async (path) => content(path),
    readStdin: async () => '',
    readChunks: (path) =>
      (async function* () {
        yield content(path)
      })(),
    isDirectory: async () => false,
    readDir: async () => [],
    env: opts.env ?? {},
  }
  return { io, out: () => out, err: () => err }
}

/**
 * A small well-formedness check of the XML written: one root, every tag closed in order, attributes quoted, no raw
 * `<` or `&` in text or attributes, no character XML 1.0 forbids. Returns the elements' names in document order.
 */
function xmlElements(text: string): string[] {
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true)
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/)
  const body = text.slice(text.indexOf('\n') + 1)
  const stack: string[] = []
  const names: string[] = []
  const token = /<(\/?)([A-Za-z-]+)((?:\s+[a-z]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy
  let m: RegExpExecArray | null
  let last = 0
  while ((m = token.exec(body)) !== null) {
    last = token.lastIndex
    const [, closing, name, , selfClosing, textPart] = m
    if (textPart !== undefined) {
      expect(textPart.replace(/&(?:amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[<&]/)
      continue
    }
    if (closing === '/') expect(stack.pop()).toBe(name)
    else {
      names.push(name!)
      if (selfClosing !== '/') stack.push(name!)
    }
  }
  expect(last).toBe(body.length)
  expect(stack).toEqual([])
  return names
}

describe('koski-validate --format junit', () => {
  it('a test case per document, a failure per error, skipped for a document not checked; well-formed XML', async () => {
    // a type this version does not validate: KOSKI's ammatillinen example relabelled as lukiokoulutus
    const ammatillinen = readFileSync(fileURLToPath(new URL('../fixtures/koski/examples/ammatillinen-perustutkinto_2024-08-13.json', import.meta.url)), 'utf8').replace('"ammatillinenkoulutus"', '"lukiokoulutus"')
    const f = fake({ 'valid.json': VALID, 'invalid.json': INVALID, 'amm.json': ammatillinen, 'bad.json': '{"a": tru}' })
    expect(await main(['--today', TODAY, '--format', 'junit', '--lang', 'en', 'valid.json', 'invalid.json', 'amm.json', 'bad.json'], f.io)).toBe(EXIT_INVALID)
    const out = f.out()
    const names = xmlElements(out)
    expect(names[0]).toBe('testsuites')
    expect(names.filter((n) => n === 'testcase')).toHaveLength(4)
    const cases = out.split('<testcase ').slice(1)
    expect(cases[0]).not.toContain('<failure')
    expect((cases[1]!.match(/<failure /g) ?? []).length).toBe(9)
    expect(cases[1]).toContain('<failure type="badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto" message="T-RAH-1 opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].opintojenRahoitus: ')
    expect(cases[2]).toContain('<skipped message="not checked (1 study right this version does not validate)"/>')
    expect(cases[3]).toContain('<failure type="badRequest.format.json" message="CLI-JSON (whole document): Invalid JSON document (line 1, column 10)"')
    expect(out).toContain('<testsuite name="koski-validate invalid.json" tests="1" failures="1" errors="0" skipped="0">')
    expect(out).toContain('<testsuite name="koski-validate amm.json" tests="1" failures="0" errors="0" skipped="1">')
    expect(out).toContain('KOSKI&apos;s user interface')
    expect(out.endsWith('</testsuites>\n')).toBe(true)
    expect(f.err()).toBe('')
  })

  it('escapes the file name and every text; no personal data of the document', async () => {
    const doc = validTuvaOppija()
    doc.henkilö.hetu = HETU.slice(0, -1) + 'X' // a wrong hetu: G-HLÖ-1, whose message must not quote it
    const name = 'a<b>&"c\'\u0001.json'
    const f = fake({ [name]: JSON.stringify(doc) })
    expect(await main(['--today', TODAY, '--format', 'junit', name], f.io)).toBe(EXIT_INVALID)
    xmlElements(f.out())
    expect(f.out()).toContain('name="a&lt;b&gt;&amp;&quot;c&apos;\\u{1}.json"')
    expect(f.out()).not.toContain(HETU.slice(0, -1))
    expect(f.out()).not.toContain(SUKUNIMI)
    expect(xml('\ud800x\udc00 \ud83d\ude00')).toBe('\\u{d800}x\\u{dc00} \ud83d\ude00')
  })

  it('an empty batch is an empty <testsuites>', async () => {
    const f = fake({ 'e.ndjson': '' })
    expect(await main(['--format', 'junit', '--ndjson', 'e.ndjson'], f.io)).toBe(EXIT_VALID)
    expect(f.out()).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="koski-validate">\n</testsuites>\n')
  })
})

describe('koski-validate --format github', () => {
  it('one ::error or ::warning per finding, file= and title= escaped, the message escaped, then the summary', async () => {
    const doc = validTuvaOppija()
    delete doc.opiskeluoikeudet[0].lähdejärjestelmänId.id // a G-LJ-1 warning
    const f = fake({ 'invalid.json': INVALID, 'x,y:z%.json': JSON.stringify(doc) })
    expect(await main(['--today', TODAY, '--format', 'github', '--lang', 'en', 'invalid.json', 'x,y:z%.json'], f.io)).toBe(EXIT_INVALID)
    const lines = f.out().trimEnd().split('\n')
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(9)
    expect(lines).toContain(
      // the missing opintojenRahoitus at its jakso's line (line 47 of examples/tuva-virheellinen.json)
      '::error file=invalid.json,line=47,title=T-RAH-1 badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto::opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[1].opintojenRahoitus: The study-right status requires a funding type — ' +
        lines.find((l) => l.includes('T-RAH-1'))!.split(' — ')[1],
    )
    const warning = lines.find((l) => l.startsWith('::warning file=x'))!
    expect(warning).toMatch(/^::warning file=x%2Cy%3Az%25\.json,line=1,title=G-LJ-1 koskiValidation\.lähdejärjestelmäIdIlmanTunnistetta::opiskeluoikeudet\[0\]\.lähdejärjestelmänId\.id: /)
    expect(lines.at(-1)).toBe('2 files: 1 valid, 1 invalid')
    // no raw line break inside a command
    for (const l of lines.slice(0, -1)) expect(l.startsWith('::')).toBe(true)
  })

  it('a whole JSON file: each finding at the line of its value, a missing property at its object; every error has a line', async () => {
    const doc = validTuvaOppija()
    doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0].alku = '2021-02-30' // S-4 at the value
    delete doc.opiskeluoikeudet[0].suoritukset[0].suorituskieli // S-2 at the suoritus (its object)
    const text = JSON.stringify(doc, null, 2)
    const rivi = (needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length
    const f = fake({ 'a.json': text })
    await main(['--today', TODAY, '--format', 'github', '--lang', 'en', 'a.json'], f.io)
    const lines = f.out().trimEnd().split('\n').slice(0, -1)
    expect(lines.find((l) => l.includes('S-4'))).toContain(`file=a.json,line=${rivi('"2021-02-30"')},`)
    const suoritus = text.indexOf('{', text.indexOf('"suoritukset"'))
    expect(lines.find((l) => l.includes('S-2'))).toContain(`file=a.json,line=${text.slice(0, suoritus).split('\n').length},`)
    for (const l of lines) expect(l).toMatch(/^::(error|warning) file=a\.json,line=\d+,title=/)
    // the other formats carry no line of a finding
    const g = fake({ 'a.json': text })
    await main(['--today', TODAY, '--format', 'json', 'a.json'], g.io)
    expect(Object.keys((JSON.parse(g.out()) as object[])[0]!).sort()).toEqual(['file', 'findings', 'skipped', 'status', 'unchecked', 'valid'])
  })

  it('an NDJSON document has its line; a multi-line message is escaped', async () => {
    const f = fake({ 'b.ndjson': `${JSON.stringify(JSON.parse(VALID))}\n{"a": \n` })
    await main(['--today', TODAY, '--format', 'github', '--ndjson', 'b.ndjson'], f.io)
    expect(f.out()).toContain('::error file=b.ndjson,line=2,title=CLI-JSON badRequest.format.json::')
  })
})

describe('koski-validate colours: --color, --no-color, FORCE_COLOR=0', () => {
  const run = async (argv: string[], isTTY: boolean, env: Record<string, string> = {}): Promise<string> => {
    const f = fake({ 'invalid.json': INVALID }, { isTTY, env })
    await main(['--today', TODAY, ...argv, 'invalid.json'], f.io)
    return f.out()
  }
  it('--color colours a pipe (even with NO_COLOR), --no-color never colours a terminal', async () => {
    expect(await run(['--color'], false)).toMatch(ANSI)
    expect(await run(['--color'], false, { NO_COLOR: '1' })).toMatch(ANSI)
    expect(await run(['--no-color'], true)).not.toMatch(ANSI)
    expect(await run(['--no-color'], true, { FORCE_COLOR: '1' })).not.toMatch(ANSI)
  })
  it('FORCE_COLOR=0 (or false) turns colours off on a terminal; FORCE_COLOR=1 on a pipe', async () => {
    expect(await run([], true)).toMatch(ANSI)
    expect(await run([], true, { FORCE_COLOR: '0' })).not.toMatch(ANSI)
    expect(await run([], true, { FORCE_COLOR: 'false' })).not.toMatch(ANSI)
    expect(await run([], false, { FORCE_COLOR: '1' })).toMatch(ANSI)
    expect(useColour({ write: () => 0, isTTY: true }, { FORCE_COLOR: '0' })).toBe(false)
  })
  it('both flags together are a usage error', async () => {
    const f = fake({ 'invalid.json': INVALID })
    expect(await main(['--color', '--no-color', 'invalid.json'], f.io)).toBe(EXIT_USAGE)
    expect(f.err()).toContain('--color and --no-color given together')
  })
})

describe('koski-validate: the "not checked for lack of context" line names the flags to give', () => {
  it('each flag with the rules it would run, from the rules\' needs; a flag given is not asked for again', async () => {
    const bare = JSON.stringify(validTuvaOppija().opiskeluoikeudet[0]) // no henkilö: no birth date
    const f = fake({ 'bare.json': bare, 'prev.json': bare })
    await main(['--today', TODAY, '--lang', 'en', 'bare.json'], f.io)
    expect(f.out()).toContain('Not checked for lack of context; give --stored FILE (G-DUPOO-1, X-SIIRT-3, X-SIIRT-4); --previous FILE (G-ID-2, G-LJ-4, T-LUPA-2); --birth-date YYYY-MM-DD (MK-OHJE-3, MK-REL-1)')
    const g = fake({ 'bare.json': bare, 'prev.json': bare })
    await main(['--today', TODAY, '--lang', 'fi', '--previous', 'prev.json', 'bare.json'], g.io)
    expect(g.out()).toContain('Tarkistamatta, koska tietoa puuttuu; anna --stored FILE (G-DUPOO-1, X-SIIRT-3, X-SIIRT-4); --birth-date YYYY-MM-DD (MK-OHJE-3, MK-REL-1)')
    expect(g.out()).not.toContain('--previous FILE')
  })
})
