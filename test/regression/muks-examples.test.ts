/**
 * KOSKI's MUKS examples (ExamplesMuuKuinSäänneltyKoulutus, serialised by hand in test/fixtures/koski/muks: KOSKI's
 * backward-compatibility suite has no MUKS document) as regression fixtures, with their findings pinned and explained.
 * Validation date 2026-11-22, default options (a vendor's transfer).
 *
 * - G-LJ-1: KOSKI's examples are saved by its test user, not by a palvelukäyttäjä, so they carry no
 *   `lähdejärjestelmänId`; a vendor's transfer must (403 forbidden.lähdejärjestelmäIdPuuttuu). With
 *   `serviceUser: false` (as KOSKI saved them) nothing is left.
 * - Nothing else: rahoitus 14 on every jakso (M-RAH-1, J-RAH-2), the jotpaAsianumero 01/5848/2023 (J-ASIA-1/2), the
 *   opintokokonaisuus 1138 of four digits (G-OK-1), osasuoritukset without children and no päätaso laajuus
 *   (M-LAAJ-1), no vahvistus (M-STAT-1) — `suoritettu` is hyväksytysti suoritettu without a vahvistus, which no KOSKI
 *   rule forbids for MUKS (catalogue §3.7).
 * Skipped: G-ID-2 and G-LJ-4 (no `previous`) and G-DUPOO-1 (no `storedStudyRights`).
 */
import { describe, expect, it } from 'vitest'
import { muksEsimerkki, run, type MuksEsimerkki } from '../support'

const summary = (f: { severity: string; rule: string; key: string; path: string }) => `${f.severity} ${f.rule} ${f.key} ${f.path}`
const LJ = 'error G-LJ-1 forbidden.lähdejärjestelmäIdPuuttuu opiskeluoikeudet[0].lähdejärjestelmänId'

const EXPECTED: Record<MuksEsimerkki, readonly string[]> = {
  kesken: [LJ],
  suoritettu: [LJ],
}

describe("KOSKI's MUKS examples (ExamplesMuuKuinSäänneltyKoulutus)", () => {
  for (const [nimi, expected] of Object.entries(EXPECTED) as [MuksEsimerkki, readonly string[]][]) {
    it(`${nimi}: as a vendor's transfer`, () => {
      const report = run(muksEsimerkki(nimi))
      expect(report.findings.map(summary)).toEqual(expected)
      expect(report.valid).toBe(false)
      expect(report.skipped).toEqual(['G-DUPOO-1', 'G-ID-2', 'G-LJ-4'])
      expect(report.unchecked).toEqual([])
    })
    it(`${nimi}: as KOSKI saved it (not a palvelukäyttäjä): no finding at all`, () => {
      const report = run(muksEsimerkki(nimi), { serviceUser: false })
      expect(report.findings).toEqual([])
      expect(report.valid).toBe(true)
    })
  }

  it('with each other as the stored study rights: suoritettu (2023-01-02–2023-02-01) and kesken (from 2023-01-01) overlap, same oppilaitos and opintokokonaisuus: G-DUPOO-1 (KOSKI stores both only for two different learners)', () => {
    const kesken = muksEsimerkki('kesken')
    const suoritettu = muksEsimerkki('suoritettu').opiskeluoikeudet[0]
    const report = run(kesken, { serviceUser: false, storedStudyRights: [{ ...suoritettu, oid: '1.2.246.562.15.00000000001' }] })
    expect(report.findings.map(summary)).toEqual(['error G-DUPOO-1 conflict.exists opiskeluoikeudet[0]'])
  })

  it('on the dates KOSKI wrote them (2023): J-ASIA-1 was not yet in force, and still nothing is found', () => {
    for (const nimi of ['kesken', 'suoritettu'] as const) {
      expect(run(muksEsimerkki(nimi), { serviceUser: false, today: '2023-03-01' }).findings).toEqual([])
    }
  })
})
