/**
 * The ground floor (dates, JSON readers, numbers, periods, hetu) imports nothing above it: no rule, codec, message or
 * option. Rules of every type build on it; it never builds on them.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../../src/', import.meta.url))
const POHJAKERROS = ['date', 'json', 'numero', 'aikajaksot', 'hetu']

const tiedostot = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tiedostot(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))

/** The src folders a file imports from (relative imports only; packages are not ours). */
const tuonnit = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'(\.[^']*)'/g)].map((m) => relative(SRC, resolve(dirname(file), m[1]!)).split(/[\\/]/)[0]!)

describe('layers', () => {
  it.each(POHJAKERROS)('src/%s imports only from the ground floor', (kansio) => {
    for (const file of tiedostot(join(SRC, kansio))) {
      for (const kohde of tuonnit(file)) expect(POHJAKERROS, `${relative(SRC, file)} imports from src/${kohde}`).toContain(kohde)
    }
  })

  it("TUVA's published week helpers (src/tyypit/tuva/funktiot/viikot.ts) import no rule (src/rules, src/tyypit/tuva/saannot)", () => {
    const file = join(SRC, 'tyypit', 'tuva', 'funktiot', 'viikot.ts')
    const polut = [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'(\.[^']*)'/g)].map((m) => relative(SRC, resolve(dirname(file), m[1]!)).replace(/\\/g, '/'))
    expect(polut.length).toBeGreaterThan(0)
    expect(polut.filter((p) => p.startsWith('rules') || p.startsWith('tyypit/tuva/saannot'))).toEqual([])
  })
})
