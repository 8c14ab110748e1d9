/**
 * MK-PID-1…5 and MK-OHJE-2 on TUVA documents shaped like MaksuttomuusSpec › "Maksuttomuutta pidennetty" and
 * "Maksuttomuuden pidennyksen laskenta".
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDaysToDate } from '../../src/date'
import { normalisoiMaksuttomuusjaksot } from '../../src/maksuttomuus'
import { pidennyksetEivätPäällekkäin, pidennysVainMaksuttomalla } from '../../src/rules/maksuttomuus'
import { maksuttomuusContext, mk, mkKeys, runMk, maksuttomuusTuva } from '../support'
import { aikaväli } from '../../src/messages/muoto'

const ERR = 'badRequest.validation'

// The spec's study right: alkamispäivä 2021-08-02, päättymispäivä 2021-12-12, one maksuton jakso from the start.
const A = '2021-08-02'
const spec = (pidennys: { alku: string; loppu: string }[], maksuttomuus: unknown[] = [{ alku: A, maksuton: true }], päättyy: string | null = '2021-12-12') =>
  maksuttomuusTuva({ alku: A, päättyy, maksuttomuus, pidennys })
const plus = (days: number): string => addDaysToDate(A, days)

describe('MK-PID-1 — an extension starts inside the study right', () => {
  it('KOSKI spec: "Ei sallita jakson alkamispäivää opiskeluoikeuden päättymisen jälkeen"', () => {
    const report = runMk(spec([{ alku: '2021-12-13', loppu: '2021-12-14' }]))
    expect(mkKeys(report)).toEqual([`MK-PID-1 ${ERR}`])
    expect(mk(report)[0]).toMatchObject({
      path: 'opiskeluoikeudet[0].lisätiedot.oikeuttaMaksuttomuuteenPidennetty',
      message: {
        fi: 'Opiskeluoikeudella on koulutuksen maksuttomuuden pidennykseen liittyvä jakso, jonka alku- ja/tai loppupäivä ei ole opiskeluoikeuden voimassaolon (2021-08-02 - 2021-12-12) sisällä 2021-12-13 – 2021-12-14',
      },
    })
  })

  it('KOSKI spec: "Sallitaan jakson päättymispäivä opiskeluoikeuden päättymisen jälkeen"', () => {
    expect(mk(runMk(spec([{ alku: '2021-08-02', loppu: '2021-12-13' }])))).toEqual([])
  })

  it('a start before the study right, every offender listed in order', () => {
    const report = runMk(spec([{ alku: '2021-12-20', loppu: '2021-12-21' }, { alku: '2021-08-01', loppu: '2021-08-03' }], [{ alku: A, maksuton: true }], null))
    // ongoing: only the start before A is outside; it is also outside the maksuton jakso (MK-PID-4)
    expect(mkKeys(report)).toEqual([`MK-PID-1 ${ERR}`, `MK-PID-4 ${ERR}`])
    expect(mk(report)[0]!.message.fi).toMatch(/\(2021-08-02 - \) sisällä 2021-08-01 – 2021-08-03$/)
  })
})

describe('MK-PID-2 — alku ≤ loppu', () => {
  it('KOSKI spec: "Jakson päättymispäivä ei voi olla ennen jakson alkamispäivää"', () => {
    const report = runMk(spec([{ alku: '2021-08-03', loppu: '2021-08-02' }]))
    expect(mkKeys(report)).toEqual([`MK-PID-2 ${ERR}`])
    expect(mk(report)[0]!.message.fi).toBe(
      'Opiskeluoikeudella on koulutuksen maksuttomuuden pidennykseen liittyvä jakso, jonka loppupäivä on aikaisemmin kuin alkupäivä. 2021-08-03 (alku) - 2021-08-02 (loppu)',
    )
  })

  it('a one-day extension (alku = loppu) is fine', () => {
    expect(mk(runMk(spec([{ alku: '2021-09-01', loppu: '2021-09-01' }])))).toEqual([])
  })
})

describe('MK-PID-3 — no overlapping extensions', () => {
  it('KOSKI spec: "Jaksojen voimassaolot eivät saa olla päällekkäisiä" (a shared end day overlaps)', () => {
    const report = runMk(spec([{ alku: '2021-08-02', loppu: '2021-10-10' }, { alku: '2021-10-10', loppu: '2021-12-12' }]))
    expect(mkKeys(report)).toEqual([`MK-PID-3 ${ERR}`])
    expect(mk(report)[0]!.message.fi).toBe(
      'Opiskeluoikeudella on koulutuksen maksuttomuuden pidennykseen liittyviä jaksoja, jotka ovat keskenään päällekkäisiä (2021-08-02 – 2021-10-10,2021-10-10 – 2021-12-12)',
    )
  })

  it('KOSKI spec: "Jaksot järjestetään päivämääräjärjestykseen" (one-day periods sent out of order)', () => {
    const report = runMk(
      spec(
        [
          { alku: '2025-08-02', loppu: '2025-08-02' },
          { alku: '2025-08-04', loppu: '2025-08-04' },
          { alku: '2025-08-03', loppu: '2025-08-03' },
        ],
        [{ alku: A, maksuton: true }],
        '2025-08-04',
      ),
    )
    expect(mk(report)).toEqual([])
  })

  it('a period containing the next one is missed by KOSKI: a warning of ours, not an error', () => {
    const report = runMk(spec([{ alku: '2021-08-02', loppu: '2021-12-01' }, { alku: '2021-09-01', loppu: '2021-09-30' }]))
    expect(report.valid).toBe(true)
    expect(mk(report)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'MK-PID-3',
        key: 'koskiValidation.maksuttomuudenPidennyksetPäällekkäin',
        path: 'opiskeluoikeudet[0].lisätiedot.oikeuttaMaksuttomuuteenPidennetty[0]',
      }),
    ])
    expect(mk(report)[0]!.message.fi).toContain('2.8.2021–1.12.2021 ja 1.9.2021–30.9.2021 ovat päällekkäisiä')
  })

  it('an overlap with a non-neighbour is a warning too, next to the error KOSKI gives for the neighbours', () => {
    const report = runMk(
      spec([
        { alku: '2021-08-02', loppu: '2021-12-01' },
        { alku: '2021-09-01', loppu: '2021-12-10' },
        { alku: '2021-10-01', loppu: '2021-10-02' },
      ]),
    )
    expect(mkKeys(report)).toEqual([
      `MK-PID-3 ${ERR}`,
      'MK-PID-3 koskiValidation.maksuttomuudenPidennyksetPäällekkäin',
      'MK-PID-3 koskiValidation.maksuttomuudenPidennyksetPäällekkäin',
    ])
    expect(mk(report)[0]!.message.fi).toMatch(/päällekkäisiä \(2021-08-02 – 2021-12-01,2021-09-01 – 2021-12-10\)$/)
  })

  it('adjacent periods that only touch (loppu + 1 = next alku) do not overlap', () => {
    expect(mk(runMk(spec([{ alku: '2021-08-02', loppu: '2021-09-30' }, { alku: '2021-10-01', loppu: '2021-10-31' }])))).toEqual([])
  })
})

describe('MK-PID-3 — the warning, against every pair', () => {
  type Jakso = { alku: string; loppu: string }
  const teksti = (p: Jakso) => `${p.alku} – ${p.loppu}`
  /** How our (Finnish) warning writes a period: d.M.yyyy–d.M.yyyy. */
  const fiTeksti = (p: Jakso) => aikaväli(p.alku, p.loppu).fi
  const koskiHuomaa = (a: Jakso, b: Jakso) => (a.alku >= b.alku && a.alku <= b.loppu) || (a.loppu >= b.alku && a.loppu <= b.loppu)
  const päällekkäin = (a: Jakso, b: Jakso) => a.alku <= a.loppu && b.alku <= b.loppu && a.alku <= b.loppu && b.alku <= a.loppu
  /** The study right (ongoing, one open maksuton jakso) with these extensions, checked by MK-PID-3 directly. */
  const check = (pidennys: Jakso[]) => {
    const oo = maksuttomuusTuva({ alku: A, päättyy: null, maksuttomuus: [{ alku: A, maksuton: true }], pidennys }).opiskeluoikeudet[0]
    return pidennyksetEivätPäällekkäin.check(oo, maksuttomuusContext())
  }
  const day = fc.integer({ min: 0, max: 40 }).map(plus)
  const jakso = fc.tuple(day, day).map(([a, b]) => ({ alku: a, loppu: b }))

  it('property: a period gets a warning exactly when it overlaps an earlier one in a way KOSKI misses; each names such a pair', () => {
    fc.assert(
      // distinct periods, so that a message names them unambiguously (identical ones: the 25 000 test below)
      fc.property(fc.uniqueArray(jakso, { selector: teksti, maxLength: 8 }), (pidennys) => {
        const findings = check(pidennys)
        const warnings = findings.filter((f) => f.severity === 'warning')
        const sorted = pidennys.map((p, i) => ({ p, i })).sort((x, y) => (x.p.alku < y.p.alku ? -1 : x.p.alku > y.p.alku ? 1 : x.i - y.i))
        const expected = new Set<number>()
        for (let k = 0; k < sorted.length; k++) {
          for (let j = 0; j < k; j++) {
            const missed = !(j === k - 1 && koskiHuomaa(sorted[j]!.p, sorted[k]!.p))
            if (missed && päällekkäin(sorted[j]!.p, sorted[k]!.p)) expected.add(k)
          }
        }
        // each warning: the earlier period's path, both periods in the message, a real overlap KOSKI misses
        const warned = new Set<number>()
        for (const w of warnings) {
          const i = Number(/\[(\d+)\]$/.exec(w.path)![1])
          const k = sorted.findIndex(({ p }, k) => k > sorted.findIndex((x) => x.i === i) && w.message.fi.includes(`${fiTeksti(sorted.find((x) => x.i === i)!.p)} ja ${fiTeksti(p)}`))
          if (k < 0) return false
          const j = sorted.findIndex((x) => x.i === i)
          if (!päällekkäin(sorted[j]!.p, sorted[k]!.p) || (j === k - 1 && koskiHuomaa(sorted[j]!.p, sorted[k]!.p))) return false
          warned.add(k)
        }
        return warnings.length <= 2 * Math.max(0, pidennys.length - 1) && [...expected].every((k) => warned.has(k)) && [...warned].every((k) => expected.has(k))
      }),
      { numRuns: 1000 },
    )
  })

  it('25 000 identical extensions: one error and one warning per period from the third on (linear, not one per pair)', () => {
    const pidennys = Array.from({ length: 25_000 }, () => ({ alku: A, loppu: plus(5) }))
    const findings = check(pidennys)
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(1)
    expect(findings.filter((f) => f.severity === 'warning')).toHaveLength(25_000 - 2)
  })
})

describe('MK-PID-4 — against the normalised jaksot', () => {
  type Jakso = { alku: string; loppu: string }
  const day = fc.integer({ min: 0, max: 60 }).map(plus)

  it('property: passes exactly when every extension lies inside one normalised maksuton jakso (normalisoiMaksuttomuusjaksot)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ alku: day, maksuton: fc.boolean() }), { selector: (j) => j.alku, maxLength: 6 }),
        fc.array(fc.tuple(day, day).map(([a, b]) => ({ alku: a, loppu: b })), { minLength: 1, maxLength: 4 }),
        (maksuttomuus, pidennys: Jakso[]) => {
          // every jakso inside the (ongoing) study right starting on A, so MK-JAKSO-1/2 pass and MK-PID-4 runs
          const oo = maksuttomuusTuva({ alku: A, päättyy: null, maksuttomuus, pidennys }).opiskeluoikeudet[0]
          const normalisoidut = normalisoiMaksuttomuusjaksot(maksuttomuus)
          const sisällä = (d: string, j: { alku: string; loppu?: string }) => d >= j.alku && (j.loppu === undefined || d <= j.loppu)
          const odotettu = pidennys.every((p) => normalisoidut.some((j) => j.maksuton && sisällä(p.alku, j) && sisällä(p.loppu, j)))
          return (pidennysVainMaksuttomalla.check(oo, maksuttomuusContext()).length === 0) === odotettu
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('MK-PID-4 — only during free (maksuton) periods', () => {
  it('KOSKI spec: "Pidennys alkanut maksullisella jaksolla"', () => {
    const report = runMk(
      spec(
        [
          { alku: A, loppu: plus(9) },
          { alku: plus(19), loppu: plus(30) },
        ],
        [
          { alku: A, maksuton: true },
          { alku: plus(10), maksuton: false },
          { alku: plus(20), maksuton: true },
        ],
      ),
    )
    expect(mkKeys(report)).toEqual([`MK-PID-4 ${ERR}`])
    expect(mk(report)[0]!.message.fi).toBe('Maksuttomuutta voidaan pidetäntää vain aikavälillä jolloin koulutus on maksutontonta')
  })

  it('KOSKI spec: "Pidennys päättyy maksullisella jaksolla"', () => {
    const report = runMk(spec([{ alku: A, loppu: plus(20) }], [{ alku: A, maksuton: true }, { alku: plus(20), maksuton: false }]))
    expect(mkKeys(report)).toEqual([`MK-PID-4 ${ERR}`])
  })

  it('inside one maksuton jakso up to the day before the next one: fine', () => {
    expect(mk(runMk(spec([{ alku: A, loppu: plus(19) }], [{ alku: A, maksuton: true }, { alku: plus(20), maksuton: false }])))).toEqual([])
  })

  it('across two maksuton jaksot is not inside a single one', () => {
    const report = runMk(spec([{ alku: plus(5), loppu: plus(25) }], [{ alku: A, maksuton: true }, { alku: plus(20), maksuton: true }]))
    expect(mkKeys(report)).toEqual([`MK-PID-4 ${ERR}`])
  })

  it('without maksuttomuus jaksot every extension fails (and MK-REL-1/REQ-1 do not fire: an extension counts as sent)', () => {
    const report = runMk(spec([{ alku: A, loppu: plus(5) }], []))
    expect(mkKeys(report)).toEqual([`MK-PID-4 ${ERR}`])
  })

  it('MK-PID-* are not evaluated when MK-JAKSO-1/2 fail, as in KOSKI', () => {
    const report = runMk(spec([{ alku: '2021-12-13', loppu: '2021-12-12' }], [{ alku: '2021-08-01', maksuton: false }]))
    expect(mkKeys(report)).toEqual([`MK-JAKSO-1 ${ERR}`])
  })
})

describe('MK-PID-5 — an extension may not start before the age limit (from 1.8.2022 on)', () => {
  // MaksuttomuusSpec › "Maksuttomuuden pidennyksen laskenta": vuonna2005SyntynytPeruskouluValmis2021, alkamispäivä 2021-08-02
  const born2005 = { birthDate: '2005-06-15' }
  const laskenta = (pidennys: { alku: string; loppu: string }[], päättyy: string | null = null) =>
    maksuttomuusTuva({ alku: A, päättyy, maksuttomuus: [{ alku: A, maksuton: true }], pidennys })

  it('KOSKI spec: days 1.8.2021–31.7.2022 are added to the end — allowed', () => {
    expect(mk(runMk(laskenta([{ alku: '2021-09-03', loppu: '2021-10-24' }]), born2005))).toEqual([])
  })

  it('KOSKI spec: an old-law extension running past 31.7.2022 — allowed', () => {
    expect(mk(runMk(laskenta([{ alku: '2022-07-30', loppu: '2022-09-01' }]), born2005))).toEqual([])
  })

  it('KOSKI spec: old-law days next to a new extension after the age limit — allowed', () => {
    expect(
      mk(
        runMk(
          laskenta([
            { alku: '2022-07-30', loppu: '2022-09-01' },
            { alku: '2026-01-01', loppu: '2026-03-31' },
          ]),
          born2005,
        ),
      ),
    ).toEqual([])
  })

  it('KOSKI spec: extensions continuing after graduation — allowed (only alku is checked against the study right)', () => {
    const doc = laskenta(
      [
        { alku: '2026-01-01', loppu: '2026-05-31' },
        { alku: '2026-06-01', loppu: '2026-06-30' },
      ],
      '2026-06-15',
    )
    expect(mk(runMk(doc, born2005))).toEqual([])
  })

  it('an extension starting on or after 1.8.2022 and before 1.1.(birth year + 21) is an error', () => {
    const report = runMk(
      laskenta([
        { alku: '2025-12-01', loppu: '2026-01-31' },
        { alku: '2022-08-01', loppu: '2022-12-31' },
      ]),
      born2005,
    )
    expect(mkKeys(report)).toEqual([`MK-PID-5 ${ERR}`])
    expect(mk(report)[0]).toMatchObject({
      path: 'opiskeluoikeudet[0].lisätiedot.oikeuttaMaksuttomuuteenPidennetty',
      message: { fi: 'Maksuttomuuden pidennyksen aikajakso (1.8.2022–31.12.2022, 1.12.2025–31.1.2026) voi alkaa aikaisintaan 1.1.2026' },
    })
  })

  it('the limit day itself: 31.12.(birth year + 20) is too early, 1.1. the next year is fine', () => {
    expect(mkKeys(runMk(laskenta([{ alku: '2025-12-31', loppu: '2026-01-10' }]), born2005))).toEqual([`MK-PID-5 ${ERR}`])
    expect(mkKeys(runMk(laskenta([{ alku: '2026-01-01', loppu: '2026-01-10' }]), born2005))).toEqual([])
  })

  it('the birth date comes from the hetu when not given (the example learner: born 2004-05-27)', () => {
    const report = runMk(laskenta([{ alku: '2024-12-01', loppu: '2025-01-31' }]))
    expect(mk(report)[0]!.message.fi).toBe('Maksuttomuuden pidennyksen aikajakso (1.12.2024–31.1.2025) voi alkaa aikaisintaan 1.1.2025')
  })

  it('without a hetu the birth date comes from TäydellisetHenkilötiedot.syntymäaika', () => {
    const doc = laskenta([{ alku: '2024-12-01', loppu: '2025-01-31' }])
    doc.henkilö = { oid: '1.2.246.562.24.00000000001', syntymäaika: '2004-05-27', etunimet: 'Turo', kutsumanimi: 'Turo', sukunimi: 'Vaara' }
    const report = runMk(doc)
    expect(report.skipped).not.toContain('MK-PID-5')
    expect(mk(report).map((f) => f.message.fi)).toContain('Maksuttomuuden pidennyksen aikajakso (1.12.2024–31.1.2025) voi alkaa aikaisintaan 1.1.2025')
  })

  it('without a birth date the rule is skipped and named in report.skipped — only when an extension needs it', () => {
    const doc = laskenta([{ alku: '2024-12-01', loppu: '2025-01-31' }])
    doc.henkilö = { oid: '1.2.246.562.24.00000000001' }
    const report = runMk(doc)
    expect(mk(report)).toEqual([])
    expect(report.skipped).toContain('MK-PID-5')
    const old = laskenta([{ alku: '2021-09-03', loppu: '2021-10-24' }])
    old.henkilö = { oid: '1.2.246.562.24.00000000001' }
    expect(runMk(old).skipped).not.toContain('MK-PID-5')
  })
})

describe('MK-OHJE-2 — an extension is granted for the time after the free period (seed 004)', () => {
  it('an extension from before the law (1.8.2021) inside the free period by age: a warning', () => {
    const report = runMk(maksuttomuusTuva({ alku: '2021-01-04', päättyy: null, maksuttomuus: [{ alku: '2021-01-04', maksuton: true }], pidennys: [{ alku: '2021-03-01', loppu: '2021-05-31' }] }))
    expect(report.valid).toBe(true)
    expect(mk(report)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'MK-OHJE-2',
        key: 'koskiValidation.maksuttomuudenPidennysEnnenLainVoimaantuloa',
        path: 'opiskeluoikeudet[0].lisätiedot.oikeuttaMaksuttomuuteenPidennetty[0]',
      }),
    ])
    expect(mk(report)[0]!.message.fi).toContain('(31.12.2024)')
    expect(mk(report)[0]!.message.fi).toContain('Oikeutta maksuttomaan koulutukseen pidennetty')
  })

  it('extensions granted 1.8.2021–31.7.2022 stay valid as they are: nothing', () => {
    expect(mk(runMk(maksuttomuusTuva({ päättyy: null, pidennys: [{ alku: '2021-08-01', loppu: '2022-12-31' }] })))).toEqual([])
  })
})

describe('property: an extension inside a free period and after the age limit never produces a finding', () => {
  it('holds for any birth date, study right start, free periods and extensions', () => {
    const arb = fc.record({
      birthOffset: fc.integer({ min: 0, max: 6 * 365 }), // born 2004-01-01 … ~2009
      startBefore: fc.integer({ min: 0, max: 4 * 365 }), // the study right starts this many days before the age limit
      maksullinen: fc.option(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 })), { nil: undefined }),
      afterLimit: fc.integer({ min: 1, max: 400 }), // the first extension starts this many days after the limit
      lengths: fc.array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 4 }),
      shuffle: fc.boolean(),
    })
    fc.assert(
      fc.property(arb, ({ birthOffset, startBefore, maksullinen, afterLimit, lengths, shuffle }) => {
        const birthDate = addDaysToDate('2004-01-01', birthOffset)
        const limit = `${Number(birthDate.slice(0, 4)) + 20}-12-31`
        const alku = addDaysToDate(limit, -startBefore)
        const maksuttomuus: { alku: string; maksuton: boolean }[] = [{ alku, maksuton: true }]
        // optionally a paid period, then free again — before the extensions start
        let free = alku
        if (maksullinen !== undefined) {
          const paid = addDaysToDate(alku, maksullinen[0])
          free = addDaysToDate(paid, maksullinen[1])
          maksuttomuus.push({ alku: paid, maksuton: false }, { alku: free, maksuton: true })
        }
        let start = addDaysToDate(limit, afterLimit)
        if (start <= free) start = addDaysToDate(free, 1)
        const pidennys: { alku: string; loppu: string }[] = []
        for (const [gap, length] of lengths) {
          const a = addDaysToDate(start, gap)
          const l = addDaysToDate(a, length - 1)
          pidennys.push({ alku: a, loppu: l })
          start = addDaysToDate(l, 1)
        }
        if (shuffle) pidennys.reverse()
        const report = runMk(maksuttomuusTuva({ alku, päättyy: null, maksuttomuus, pidennys }), { birthDate })
        return mk(report).length === 0 && !report.skipped.some((id) => id.startsWith('MK-'))
      }),
      { numRuns: 300 },
    )
  })
})
