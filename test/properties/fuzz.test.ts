/**
 * The fuzz harness (scripts/fuzz.ts, `npm run fuzz`) with a tiny budget and a fixed seed, so that it stays exercised
 * by `npm test`: every kind of input, two growth checks, one time zone in a child process. The big run is
 * `npm run fuzz` (README › Development).
 */
import { describe, expect, it } from 'vitest'
import { fuzz, printSummary } from '../../scripts/fuzz'

describe('the fuzz harness (tiny budget)', () => {
  it('finds no problem with seed 1 and 200 inputs', async () => {
    const summary = await fuzz({
      seed: 1,
      runs: 200,
      maxSeconds: 20,
      depth: 5_000,
      width: 5_000,
      growth: 'named',
      growthOnly: ['tila.opiskeluoikeusjaksot ×n (in order)', 'laajuus.arvo "1."'],
      measurableMs: 10,
      repeats: 2,
      timeZones: ['Pacific/Kiritimati'],
      tzCorpus: 10,
      hugeSparse: false,
    })
    // Issue 9 items still open when this test was written; each entry goes when its fix lands (npm run fuzz lists them).
    const KNOWN_OPEN = ['a value quoted whole']
    const open = summary.problems.filter((p) => !p.problems.every((x) => KNOWN_OPEN.some((k) => x.includes(k))))
    expect(open, printSummary(summary)).toEqual([])
    expect(summary.properties.length).toBeGreaterThanOrEqual(8)
    expect(summary.properties.every((p) => p.runs >= 1)).toBe(true)
    expect(summary.growth.map((g) => g.name)).toEqual(['laajuus.arvo "1."+"1"×n + "e"', 'tila.opiskeluoikeusjaksot ×n (in order)'])
    expect(summary.timeZones).toEqual([expect.objectContaining({ tz: 'Pacific/Kiritimati', ok: true })])
  })
})
