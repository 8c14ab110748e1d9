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
      // issue 9's reproducers of super-linear work, and one ordinary case
      growthOnly: [
        'tila.opiskeluoikeusjaksot ×n (in order)',
        'laajuus.arvo "1"×n + "x"',
        'laajuus.arvo " "×n + "1"',
        'previous lähdejärjestelmäkytkentäPurettu',
        'ammatillinen lisätiedot periods', // T-OHJE-1, T-OHJE-4/5 compared all pairs
        'perusopetus lisätiedot periods', // T-LT-1, T-LT-2 compared all pairs
      ],
      measurableMs: 10,
      repeats: 2,
      timeZones: ['Pacific/Kiritimati'],
      tzCorpus: 10,
      hugeSparse: false,
    })
    expect(summary.problems, printSummary(summary)).toEqual([])
    expect(summary.properties.length).toBeGreaterThanOrEqual(8)
    expect(summary.properties.every((p) => p.runs >= 1)).toBe(true)
    expect(summary.growth.map((g) => g.name)).toEqual([
      'laajuus.arvo "1"×n + "x"',
      'laajuus.arvo " "×n + "1"',
      'previous lähdejärjestelmäkytkentäPurettu "…T10:00:00." + "0"×n + "x"',
      'tila.opiskeluoikeusjaksot ×n (in order)',
      'ammatillinen lisätiedot periods ×n (majoitus, sisäoppilaitosmainenMajoitus, erityinenTuki, …)',
      'perusopetus lisätiedot periods ×n (vammainen, vaikeastiVammainen, erityisenTuenPäätökset, sisäoppilaitosmainenMajoitus, koulukoti)',
    ])
    expect(summary.timeZones).toEqual([expect.objectContaining({ tz: 'Pacific/Kiritimati', ok: true })])
  })
})
