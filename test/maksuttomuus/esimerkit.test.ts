/** The free-education rules on the examples: ours and KOSKI's real TUVA documents. */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as api from '../../src'
import { tuvaSäännöt } from '../../src'
import { maksuttomuusSäännöt } from '../../src/rules/maksuttomuus'
import { koskiExample, run, validTuvaOppija, mk, runMk, maksuttomuusTuva } from '../support'

const koskiExamples = readdirSync(fileURLToPath(new URL('../fixtures/koski/examples/', import.meta.url))).filter((f) =>
  f.startsWith('tutkintokoulutukseenvalmentavakoulutus'),
)

const deepFreeze = <T>(o: T): T => {
  if (typeof o === 'object' && o !== null) {
    for (const v of Object.values(o)) deepFreeze(v)
    Object.freeze(o)
  }
  return o
}

describe('maksuttomuus on the examples', () => {
  it('examples/tuva-valmistunut.json (born 2004-05-27, maksuttomuus from the first day) stays valid, with no MK finding and nothing skipped', () => {
    const report = run(validTuvaOppija())
    expect(report.findings).toEqual([])
    expect(report.skipped.filter((id) => id.startsWith('MK-'))).toEqual([])
  })

  it('the public entry point exports the functions and the rules', () => {
    expect(api.maksuttomuusVoimassaAsti('2004-05-27')).toBe('2024-12-31')
    expect(api.laajennetunOppivelvollisuudenPiirissä('2003-01-01').inScope).toBe(false)
    expect(api.maksuttomuusSäännöt).toBe(maksuttomuusSäännöt)
    expect(api.maksuttomuustietoVaaditaan.id).toBe('MK-REQ-1')
  })

  it('every MK rule is in the TUVA rule list, once', () => {
    for (const rule of maksuttomuusSäännöt) expect(tuvaSäännöt.filter((r) => r === rule)).toHaveLength(1)
    expect(new Set(maksuttomuusSäännöt.map((r) => r.id)).size).toBe(maksuttomuusSäännöt.length)
  })

  it.each(koskiExamples)("KOSKI's %s: no MK finding", (name) => {
    expect(mk(run(koskiExample(name)))).toEqual([])
  })

  it('the rules never change their input and no finding carries the hetu', () => {
    const doc = deepFreeze(
      maksuttomuusTuva({
        päättyy: null,
        maksuttomuus: [{ alku: '2021-09-01', loppu: '2030-01-01', maksuton: true }, { alku: '2021-08-01', maksuton: false }, { alku: '2021-08-01', maksuton: true }],
        pidennys: [{ alku: '2021-09-02', loppu: '2021-09-01' }],
      }),
    )
    const report = runMk(doc)
    expect(mk(report).length).toBeGreaterThan(0)
    expect(JSON.stringify(report)).not.toContain('270504A317P')
  })
})
