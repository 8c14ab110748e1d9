/**
 * Generates, from the rules' metadata (src/rules/**, `RuleMeta`):
 * - the README's rule tables, each between `<!-- BEGIN GENERATED rules:<group> … -->` and
 *   `<!-- END GENERATED rules:<group> -->`;
 * - docs/coverage.md: for every catalogue id of a supported type, implemented (with the test files naming it) or
 *   deliberately not (scripts/coverage-reasons.ts), and the ids of ours that are not in the catalogue.
 * The catalogue is read from its copy docs/catalogue.json, never from outside the repository.
 *
 *   npm run gen:docs               write the outputs
 *   npm run gen:docs -- --check    write nothing; exit 1 when an output is not what the metadata gives
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { koodinNimi } from '../src/koodisto'
import { CLI_SÄÄNNÖT, SKEEMASÄÄNNÖT, VALIDOINNIN_SÄÄNNÖT } from '../src/rules/rakenne'
import type { Rule, RuleMeta } from '../src/rules/types'
import { TYYPIT } from '../src/tyypit'
import { EI_TOTEUTETTU } from './coverage-reasons'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** A study-right type and every check it lists: its rules and the metadata of its codec's own checks. */
export interface TyypinSäännöt {
  /** `tyyppi.koodiarvo` (koodisto opiskeluoikeudentyyppi). */
  readonly tyyppi: string
  /** What the README calls it. */
  readonly nimi: string
  readonly rules: readonly RuleMeta[]
}

/**
 * THE adapter: the supported types (`TYYPIT`, src/tyypit) and their rules — the only place that reads the list.
 * Named by their koodisto name (opiskeluoikeudentyyppi, in English).
 */
export function tyypinSäännöt(): readonly TyypinSäännöt[] {
  return TYYPIT.map((d) => ({
    tyyppi: d.tyyppi,
    nimi: koodinNimi('opiskeluoikeudentyyppi', d.tyyppi)?.en ?? d.tyyppi,
    // the checks its codec makes itself (TUVA's T-LUPA-1), then its rules
    rules: [...d.rakennesäännöt, ...d.säännöt],
  }))
}

/** Checks every type gets (structure, validate's own) and the CLI's. */
export const YHTEISET: readonly RuleMeta[] = [...SKEEMASÄÄNNÖT, ...VALIDOINNIN_SÄÄNNÖT]
export const CLI: readonly RuleMeta[] = CLI_SÄÄNNÖT

/** Every rule id a finding can carry, with its metadata (a rule listed by several types once). */
export function kaikkiSäännöt(): readonly RuleMeta[] {
  const nähdyt = new Map<string, RuleMeta>()
  for (const r of [...YHTEISET, ...tyypinSäännöt().flatMap((t) => t.rules), ...CLI]) if (!nähdyt.has(r.id)) nähdyt.set(r.id, r)
  return [...nähdyt.values()]
}

/** The rule ids a rule's findings carry. */
export const löydöstenSäännöt = (r: RuleMeta): readonly string[] => [r.id, ...(r.findingRules ?? [])]

/** The catalogue ids a rule implements: `source.catalogue`, else the ids its findings carry. */
export const luettelonTunnukset = (r: RuleMeta): readonly string[] => r.source.catalogue ?? löydöstenSäännöt(r)

// ---------------------------------------------------------------------------------------------------------------
// Catalogue

export interface LuettelonSääntö {
  readonly id: string
  readonly title: string
  readonly section: string
  readonly tyypit: readonly string[]
}

export interface Luettelo {
  readonly source: string
  readonly sections: Readonly<Record<string, string>>
  readonly rules: readonly LuettelonSääntö[]
}

export const luettelo = (): Luettelo => JSON.parse(readFileSync(join(ROOT, 'docs/catalogue.json'), 'utf8')) as Luettelo

// ---------------------------------------------------------------------------------------------------------------
// Tests naming an id

/** `*.test.ts` files under test/, outside test/meta, with their text (paths relative to the root, sorted). */
export function testitiedostot(): readonly { readonly path: string; readonly text: string }[] {
  const out: { path: string; text: string }[] = []
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name)
      if (e.isDirectory()) {
        if (relative(ROOT, p) !== join('test', 'meta')) walk(p)
      } else if (e.name.endsWith('.test.ts')) out.push({ path: relative(ROOT, p).split('\\').join('/'), text: readFileSync(p, 'utf8') })
    }
  }
  walk(join(ROOT, 'test'))
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The id as a word: not part of a longer id (`S-1` is not named by `S-10`, `G-LJ-1` not by `TG-LJ-1`). */
export const nimeää = (text: string, id: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegex(id)}(?![\\p{N}])`, 'u').test(text)

export const testitJotkaNimeävät = (tiedostot: readonly { readonly path: string; readonly text: string }[], id: string): readonly string[] =>
  tiedostot.filter((t) => nimeää(t.text, id)).map((t) => t.path)

// ---------------------------------------------------------------------------------------------------------------
// Rendering

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const code = (s: string): string => `\`${s}\``

const vakavuus = (r: RuleMeta): string => (typeof r.severity === 'string' ? r.severity : r.severity.join(' / '))

const tarpeet = (r: RuleMeta): string => {
  const needs = r.needs ?? []
  if (needs.length === 0) return '–'
  const joskus = typeof (r as Partial<Rule<unknown>>).needsFor === 'function'
  return needs.map(code).join(', ') + (joskus ? ' (when the document needs it)' : '')
}

const lähde = (r: RuleMeta): string => {
  const osat: string[] = []
  const s = r.source
  if (s.koski !== undefined) osat.push(`KOSKI ${code(s.koski)}`)
  if (s.ohje !== undefined) osat.push(`KOSKI-ohje "${s.ohje.otsikko}"${s.ohje.kohta === undefined ? '' : `, ${s.ohje.kohta}`} (seed ${s.ohje.seed.slice(0, 3)})`)
  if (s.oma !== undefined) osat.push(`ours: ${s.oma}`)
  const omat = löydöstenSäännöt(r)
  const luettelossa = s.catalogue ?? omat
  if (luettelossa.length === 0) osat.push('not in the catalogue')
  else if (luettelossa.join() !== omat.join()) osat.push(`catalogue ${luettelossa.join(', ')}`)
  if (s.muutoshistoria !== undefined && s.muutoshistoria.length > 0) osat.push(`muutoshistoria ${s.muutoshistoria.join(', ')}`)
  return osat.join('; ')
}

const voimassa = (r: RuleMeta): string => {
  const v = r.voimassa
  if (v === undefined) return 'always'
  const väli = [v.alkaen === undefined ? '' : `from ${v.alkaen}`, v.asti === undefined ? '' : `until ${v.asti}`].filter((x) => x !== '').join(' ')
  return v.asetus === undefined ? väli : `${väli} (${v.asetus})`
}

const SARAKKEET = '| id | severity | key | needs | source | in force | what |\n|---|---|---|---|---|---|---|'

const rivi = (r: RuleMeta): string =>
  `| ${[löydöstenSäännöt(r).join(', '), vakavuus(r), r.keys.map(code).join('<br>'), tarpeet(r), lähde(r), voimassa(r), r.what].map(cell).join(' | ')} |`

export const taulukko = (rules: readonly RuleMeta[]): string => [SARAKKEET, ...rules.map(rivi)].join('\n')

/** The README's rule groups: general (every type), each type's own, free education, the CLI. */
export function ryhmät(): ReadonlyMap<string, readonly RuleMeta[]> {
  const yleinen = (r: RuleMeta): boolean => /^(S|G)-/.test(r.id)
  const maksuttomuus = (r: RuleMeta): boolean => r.id.startsWith('MK-')
  const groups = new Map<string, RuleMeta[]>()
  const lisää = (ryhmä: string, r: RuleMeta): void => {
    const lista = groups.get(ryhmä) ?? []
    if (!lista.some((x) => x.id === r.id)) lista.push(r)
    groups.set(ryhmä, lista)
  }
  for (const r of YHTEISET) lisää('yleiset', r)
  for (const t of tyypinSäännöt()) {
    for (const r of t.rules) lisää(yleinen(r) ? 'yleiset' : maksuttomuus(r) ? 'maksuttomuus' : t.tyyppi, r)
  }
  for (const r of CLI) lisää('cli', r)
  // general: structure, then G-*, then what validate reports of its own (TYYPPI-1, OPT-1, X-INTERNAL)
  const järjestys = (r: RuleMeta): number => (r.id.startsWith('S-') ? 0 : r.id.startsWith('G-') ? 1 : 2)
  const yleiset = groups.get('yleiset')
  if (yleiset !== undefined) groups.set('yleiset', yleiset.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => järjestys(a) - järjestys(b) || i - j).map(([r]) => r))
  return groups
}

const begin = (ryhmä: string): string => `<!-- BEGIN GENERATED rules:${ryhmä} (npm run gen:docs; edit the rules' metadata, not this table) -->`
const end = (ryhmä: string): string => `<!-- END GENERATED rules:${ryhmä} -->`

/** The README with every generated table replaced; fails when a group has no markers or markers have no group. */
export function readme(nykyinen: string): string {
  let out = nykyinen
  const groups = ryhmät()
  for (const [ryhmä, rules] of groups) {
    const b = out.indexOf(begin(ryhmä))
    const e = out.indexOf(end(ryhmä))
    if (b < 0 || e < b) throw new Error(`README.md has no markers for the rule group "${ryhmä}": add\n${begin(ryhmä)}\n${end(ryhmä)}`)
    out = `${out.slice(0, b)}${begin(ryhmä)}\n${taulukko(rules)}\n${out.slice(e)}`
  }
  for (const m of out.matchAll(/<!-- BEGIN GENERATED rules:([^ ]+) /g)) {
    if (!groups.has(m[1]!)) throw new Error(`README.md has markers for "${m[1]}", which no rule belongs to`)
  }
  return out
}

/** docs/coverage.md. Throws when a catalogue id of a supported type is neither implemented nor given a reason. */
export function coverage(): string {
  const cat = luettelo()
  const tyypit = tyypinSäännöt()
  const tuetut = new Set(tyypit.map((t) => t.tyyppi))
  const tiedostot = testitiedostot()
  const säännöt = kaikkiSäännöt()
  /** catalogue id → the rules implementing it */
  const toteuttajat = new Map<string, RuleMeta[]>()
  for (const r of säännöt) for (const id of luettelonTunnukset(r)) toteuttajat.set(id, [...(toteuttajat.get(id) ?? []), r])
  const luetellut = new Set(cat.rules.map((r) => r.id))
  const virheet: string[] = []
  const lines: string[] = [
    '# Catalogue coverage',
    '',
    '<!-- Generated by `npm run gen:docs` from the rules\' metadata (src/rules/**), docs/catalogue.json and scripts/coverage-reasons.ts: do not edit. -->',
    '',
    `Every id of the rule catalogue (KOSKI's own rules, copied in [catalogue.json](catalogue.json)) that belongs to a type this version validates (${tyypit.map((t) => `${t.nimi}, \`${t.tyyppi}\``).join('; ')}), and whether it is implemented — by which rule, with the test files that name it — or deliberately not, and why.`,
    '',
  ]
  const kohteet = cat.rules.filter((r) => r.tyypit.some((t) => t === '*' || tuetut.has(t)))
  const toteutetut = kohteet.filter((r) => toteuttajat.has(r.id)).length
  lines.push(`${kohteet.length} catalogue ids: ${toteutetut} implemented, ${kohteet.length - toteutetut} deliberately not.`, '')
  for (const [section, otsikko] of Object.entries(cat.sections)) {
    const osio = kohteet.filter((r) => r.section === section)
    if (osio.length === 0) continue
    lines.push(`## §${section} ${otsikko}`, '', '| id | title | status | by | tests |', '|---|---|---|---|---|')
    for (const r of osio) {
      const by = toteuttajat.get(r.id)
      const syy = EI_TOTEUTETTU[r.id]
      if (by !== undefined) {
        if (syy !== undefined) virheet.push(`${r.id} is implemented (${by.map((x) => x.id).join(', ')}) but scripts/coverage-reasons.ts gives a reason not to`)
        const omat = by.map((x) => x.id)
        const testit = testitJotkaNimeävät(tiedostot, r.id)
        const näyttö = testit.length > 0 ? testit : [...new Set(omat.flatMap((id) => testitJotkaNimeävät(tiedostot, id)))].sort()
        lines.push(`| ${[r.id, r.title, 'implemented', omat.join(', '), näyttö.map(code).join(', ') || '–'].map(cell).join(' | ')} |`)
      } else if (syy !== undefined) {
        lines.push(`| ${[r.id, r.title, `not: ${syy.syy}`, '–', syy.miksi].map(cell).join(' | ')} |`)
      } else {
        virheet.push(`${r.id} (${r.title}) is neither implemented nor given a reason in scripts/coverage-reasons.ts`)
      }
    }
    lines.push('')
  }
  for (const id of Object.keys(EI_TOTEUTETTU)) if (!kohteet.some((r) => r.id === id)) virheet.push(`scripts/coverage-reasons.ts names ${id}, not a catalogue id of a supported type`)
  const omat = säännöt.filter((r) => luettelonTunnukset(r).every((id) => !luetellut.has(id)))
  lines.push(
    '## Ids of ours (not in the catalogue)',
    '',
    'Warnings from the official instructions, and what validate and the CLI report themselves.',
    '',
    '| id | severity | what | source | tests |',
    '|---|---|---|---|---|',
    ...omat.map((r) => `| ${[löydöstenSäännöt(r).join(', '), vakavuus(r), r.what, lähde(r), testitJotkaNimeävät(tiedostot, r.id).map(code).join(', ') || '–'].map(cell).join(' | ')} |`),
    '',
  )
  for (const r of säännöt) {
    for (const id of luettelonTunnukset(r)) {
      if (!luetellut.has(id)) {
        virheet.push(
          r.source.catalogue === undefined
            ? `${id} is not a catalogue id: give ${r.id} \`source.catalogue\` ([] when the id is ours)`
            : `${r.id} names catalogue id ${id}, which docs/catalogue.json does not have`,
        )
      }
    }
  }
  if (virheet.length > 0) throw new Error(virheet.join('\n'))
  return lines.join('\n')
}

/** Every output: path (relative to the root) → its generated content. */
export function tuotokset(): ReadonlyMap<string, string> {
  return new Map([
    ['README.md', readme(readFileSync(join(ROOT, 'README.md'), 'utf8'))],
    ['docs/coverage.md', coverage()],
  ])
}

function main(args: readonly string[]): number {
  const check = args.includes('--check')
  const vanhentuneet: string[] = []
  for (const [path, sisältö] of tuotokset()) {
    let nykyinen: string | undefined
    try {
      nykyinen = readFileSync(join(ROOT, path), 'utf8')
    } catch {
      nykyinen = undefined
    }
    if (nykyinen === sisältö) continue
    vanhentuneet.push(path)
    if (!check) writeFileSync(join(ROOT, path), sisältö)
  }
  if (check && vanhentuneet.length > 0) {
    console.error(`gen:docs --check: not current: ${vanhentuneet.join(', ')} (run npm run gen:docs)`)
    return 1
  }
  console.log(vanhentuneet.length === 0 ? 'gen:docs: current' : `gen:docs: wrote ${vanhentuneet.join(', ')}`)
  return 0
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2))
  } catch (e) {
    console.error(`gen:docs: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 1
  }
}
