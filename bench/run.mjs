// `npm run bench`: how long `validate` takes compared with `JSON.parse` of the same text, on the built package (dist/),
// every case in one run, each with issue 8's goal beside it.
//
// Every case validates fresh documents: FRESH distinct copies of its document (each with its own
// lähdejärjestelmänId.id, so distinct objects and distinct texts), taken in turn; `JSON.parse` parses the text of the
// same copy, written as the examples are (JSON.stringify with an indent of 2; the sizes are of that text). `validate` gets the already parsed object. ratio = validate time / JSON.parse time.
//
// Cases:
//   (a) the 23 kB valid TUVA example (examples/tuva-valmistunut.json), (b) the invalid one (tuva-virheellinen.json);
//   (c) a TUVA Oppija of ~4 kB: one ongoing study right with 4 osasuoritukset (from (a));
//   (d) KOSKI's own small "ei valmistunut" TUVA examples (test/fixtures/koski/examples), all six in turn;
//   (e) the smallest valid document (~1 kB: one ongoing study right, no osasuoritukset);
//   (f) an Oppija with 50 study rights of (c): per extra study right = (f − c) / 49, for validate and for the parse;
//   (g) 1 000 wrong dates (lisätiedot.maksuttomuus[*].alku), (h) 1 000 unknown keys on the study right: each with the
//       default maxFindings (100 per rule, key and path pattern: the dates are capped, the keys are not) and with
//       maxFindings: Infinity;
//   (i) the cost-vs-size fit: Oppijas of 1, 5, 20 and 50 study rights of (c), validate time fitted to a + b·bytes
//       (least squares); linear when R² ≥ 0.99 and the cost per byte of the largest is at most 1.25× the smallest's.
//       The four are timed for the fit in a pass of their own, in alternating rounds (the machine's drift between
//       cases timed minutes apart once failed the fit of a linear cost).
// A batch of 1 000 documents (9 in 10 of (a), 1 in 10 of (b)) is (j). (k) is KOSKI's ammatillinen perustutkinto example.
// (l) is each other study-right type's newest KOSKI example (test/fixtures/koski: VST JOTPA, VST vapaatavoitteinen,
//     MUKS, LUVA, VALMA, perusopetuksen lisäopetus with and without toiminta-alueet), sent as a vendor sends it (with a
//     lähdejärjestelmänId), with the goal of KOSKI's small TUVA examples (d).
//
// Method: warm up each function (WARMUP_MS), calibrate an iteration count per round (~ROUND_MS), then alternate rounds
// of JSON.parse and validate and take the median time per operation. Options: --quick (fewer, shorter rounds),
// --json (the results as JSON), --only=<letters> (e.g. --only=aceg).
//
// Allocation: the bytes each call puts on the JS heap (objects, strings and arrays, garbage included), for validate
// and for JSON.parse of the same text: the growth of `process.memoryUsage().heapUsed` over a window of calls that
// starts right after a full collection (`gc`, exposed with V8's --expose-gc flag set at run time) and in which no
// collection ran (a `gc` PerformanceObserver counts them; a window with one is measured again, smaller). Memory
// outside the JS heap (Buffers, V8's own structures) is not counted; a call's garbage counts as much as what it keeps.
// It is measured in a pass of its own after every case is timed (its windows, with forced collections and results kept,
// made a case timed after them run up to twice as slow).
import { readFileSync, readdirSync } from 'node:fs'
import os from 'node:os'
import { PerformanceObserver, performance } from 'node:perf_hooks'
import v8 from 'node:v8'
import vm from 'node:vm'
import { validate } from '../dist/index.js'

v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc')
let collections = 0
new PerformanceObserver((list) => {
  collections += list.getEntries().length
}).observe({ entryTypes: ['gc'] })
const tick = () => new Promise((resolve) => setImmediate(resolve))

/**
 * Bytes put on the JS heap per call of `fn` (see the header): the heap's growth over a window with no collection;
 * the median of three such windows (a window with a collection in it is measured again, with fewer calls).
 */
async function allocated(fn) {
  let n = 64
  const windows = []
  for (let attempt = 0; attempt < 16 && windows.length < 3; attempt++) {
    gc()
    // the observer hears of the forced collection on a later turn of the event loop: let it, before counting
    await tick()
    await tick()
    const before = collections
    const keep = new Array(n) // results kept, so that none is collected early or optimised away
    const h0 = process.memoryUsage().heapUsed
    for (let i = 0; i < n; i++) keep[i] = fn()
    const h1 = process.memoryUsage().heapUsed
    await tick()
    await tick()
    if (collections === before && h1 > h0) windows.push((h1 - h0) / n)
    else n = Math.max(1, n >> 1)
  }
  return windows.length === 0 ? NaN : median(windows)
}

const argv = process.argv.slice(2)
const args = new Set(argv)
const QUICK = args.has('--quick')
const ONLY = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length)
const ROUNDS = QUICK ? 5 : 9
const ROUND_MS = QUICK ? 80 : 200
const WARMUP_MS = QUICK ? 300 : 1000
const FRESH = 64
const OPTIONS = { today: '2026-11-22' }
const UNCAPPED = { ...OPTIONS, maxFindings: Infinity }
// the ongoing study rights of (c), (e), (f), (i) began on 2021-08-01: validated within their first year, they have no
// finding at all (later T-OHJE-7 warns that TUVA lasts at most a year)
const KESKEN = { today: '2022-06-01' }

const readAt = (dir, name) => readFileSync(new URL(`../${dir}/${name}`, import.meta.url), 'utf8')
const validText = readAt('examples', 'tuva-valmistunut.json')
const invalidText = readAt('examples', 'tuva-virheellinen.json')
const valid = JSON.parse(validText)
const invalid = JSON.parse(invalidText)
const KOSKI_DIR = 'test/fixtures/koski/examples'
const eiValmistuneet = readdirSync(new URL(`../${KOSKI_DIR}`, import.meta.url))
  .filter((f) => f.startsWith('tutkintokoulutukseenvalmentavakoulutus-eivalmistunut_') && f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readAt(KOSKI_DIR, f)))

/** (k): KOSKI's valmistunut ammatillinen perustutkinto example as a vendor sends it (with a lähdejärjestelmänId). */
function ammatillinenPerustutkinto() {
  const doc = JSON.parse(readAt('test/fixtures/koski/ammatillinen', 'ammatillinen-perustutkinto_2024-08-13.json'))
  doc.opiskeluoikeudet[0].lähdejärjestelmänId = { id: 'bench', lähdejärjestelmä: { koodiarvo: 'primus', koodistoUri: 'lahdejarjestelma' } }
  return doc
}

/** (l): KOSKI's example `name` (under test/fixtures/koski/`dir`) as a vendor sends it: each study right with a lähdejärjestelmänId. */
function lähteellä(dir, name) {
  const doc = JSON.parse(readAt(`test/fixtures/koski/${dir}`, name))
  for (const oo of doc.opiskeluoikeudet) oo.lähdejärjestelmänId = { id: 'bench', lähdejärjestelmä: { koodiarvo: 'primus', koodistoUri: 'lahdejarjestelma' } }
  return doc
}

let sink = 0 // results feed this so that no work can be optimised away

/** (c): the valid example as an ongoing study right (one lasna jakso, no vahvistus) with its first `osat` osasuoritukset. */
function keskeneräinen(osat) {
  const doc = structuredClone(valid)
  const oo = doc.opiskeluoikeudet[0]
  oo.tila.opiskeluoikeusjaksot.length = 1
  const s = oo.suoritukset[0]
  delete s.vahvistus
  delete s.koulutusmoduuli.laajuus
  if (osat === 0) delete s.osasuoritukset
  else s.osasuoritukset = s.osasuoritukset.slice(0, osat)
  return doc
}
/** (e): the smallest valid Oppija we know of. */
function pienin() {
  const doc = keskeneräinen(0)
  const oo = doc.opiskeluoikeudet[0]
  delete oo.koulutustoimija
  oo.lisätiedot = { maksuttomuus: oo.lisätiedot.maksuttomuus }
  return doc
}
const neljäOsaa = keskeneräinen(4)
/** An Oppija with `n` copies of (c)'s study right, each with its own lähdejärjestelmänId.id. */
function monta(n) {
  const doc = structuredClone(neljäOsaa)
  const oo = doc.opiskeluoikeudet[0]
  doc.opiskeluoikeudet = Array.from({ length: n }, (_, i) => {
    const c = structuredClone(oo)
    c.lähdejärjestelmänId.id = `monta-${i}`
    return c
  })
  return doc
}
function väärätPäivät() {
  const doc = structuredClone(neljäOsaa)
  doc.opiskeluoikeudet[0].lisätiedot.maksuttomuus = Array.from({ length: 1000 }, () => ({ alku: '2021-02-30', maksuton: true }))
  return doc
}
function tuntemattomatAvaimet() {
  const doc = structuredClone(neljäOsaa)
  for (let i = 0; i < 1000; i++) doc.opiskeluoikeudet[0][`tuntematon${i}`] = i
  return doc
}

/** FRESH distinct copies of the documents (taken in turn) and their texts. */
function fresh(docs) {
  const texts = []
  for (let i = 0; i < FRESH; i++) {
    const doc = structuredClone(docs[i % docs.length])
    for (const [j, oo] of (doc.opiskeluoikeudet ?? []).entries()) {
      if (oo.lähdejärjestelmänId) oo.lähdejärjestelmänId.id = `bench-${i}-${j}`
    }
    texts.push(JSON.stringify(doc, null, 2))
  }
  return { texts, objects: texts.map((t) => JSON.parse(t)) }
}

/** A case of fresh copies of `docs`: parse and validate one copy per op, in turn. */
function tapaus(id, name, docs, { options = OPTIONS, goal, expect }) {
  const { texts, objects } = fresh(docs)
  let ip = 0
  let iv = 0
  return {
    id,
    name,
    goal,
    bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length,
    parse: () => JSON.parse(texts[ip++ & (FRESH - 1)]),
    validate: () => validate(objects[iv++ & (FRESH - 1)], options),
    expect: () => objects.every((o) => expect(validate(o, options))),
  }
}

const isValid = (r) => r.valid === true
const noFindings = (r) => r.valid === true && r.findings.length === 0
const isInvalid = (r) => r.valid === false
const findings = (n) => (r) => r.valid === false && r.findings.length === n
/** The report's findings are of these rules, one each, in this order. */
const rules = (...ids) => (r) => r.findings.length === ids.length && r.findings.every((f, i) => f.rule === ids[i])

const caseDefs = [
  ['a', () => tapaus('a', '(a) valid TUVA, 23 kB (examples/tuva-valmistunut.json)', [valid], { goal: 1.2, expect: isValid })],
  ['b', () => tapaus('b', '(b) invalid TUVA (examples/tuva-virheellinen.json)', [invalid], { expect: isInvalid })],
  ['c', () => tapaus('c', '(c) TUVA Oppija, one ongoing study right, 4 osat', [neljäOsaa], { options: KESKEN, goal: 1.5, expect: noFindings })],
  ['d', () => tapaus('d', `(d) KOSKI's "ei valmistunut" TUVA examples (${eiValmistuneet.length})`, eiValmistuneet, { goal: 1.5, expect: () => true })],
  ['e', () => tapaus('e', '(e) smallest valid document', [pienin()], { options: KESKEN, goal: 3, expect: noFindings })],
  ['f', () => tapaus('f', '(f) Oppija with 50 study rights of (c)', [monta(50)], { options: KESKEN, expect: noFindings })],
  ['g', () => tapaus('g', '(g) 1 000 wrong dates, maxFindings 100 (default)', [väärätPäivät()], { goal: 2.5, expect: findings(101) })],
  ['g', () => tapaus('g∞', '(g) 1 000 wrong dates, maxFindings Infinity', [väärätPäivät()], { options: UNCAPPED, goal: 2.5, expect: findings(1000) })],
  ['h', () => tapaus('h', '(h) 1 000 unknown keys, maxFindings 100 (default)', [tuntemattomatAvaimet()], { goal: 2.5, expect: findings(1000) })],
  ['h', () => tapaus('h∞', '(h) 1 000 unknown keys, maxFindings Infinity', [tuntemattomatAvaimet()], { options: UNCAPPED, goal: 2.5, expect: findings(1000) })],
  // (k) KOSKI's ammatillinen perustutkinto example (valmistunut ops tutkinto, 12 tutkinnon osat with YTO osa-alueet), with a lähdejärjestelmänId, on KOSKI's date
  ['k', () => tapaus('k', '(k) ammatillinen perustutkinto (KOSKI example, 12 tutkinnon osat)', [ammatillinenPerustutkinto()], { options: { today: '2026-08-21' }, goal: 1.5, expect: isValid })],
  // (l) the other types, each KOSKI's newest example of it, on the bench's date (2026-11-22); the findings each has are
  // those test/regression pins (VALMA's G-DUP-1: its osasuoritus AI twice, as KOSKI would answer; lisäopetus by
  // toiminta-alueet: X-LISÄ-POIS-1, its päätaso's osaAikainenErityisopetus, which KOSKI drops)
  ['l', () => tapaus('l-jotpa', '(l) VST JOTPA (KOSKI example 2024-05-24)', [lähteellä('examples', 'Jatkuvaanoppimiseensuunnattuvapaansivistystyonkoulutus_2024-05-24.json')], { goal: 1.5, expect: noFindings })],
  ['l', () => tapaus('l-vapaa', '(l) VST vapaatavoitteinen (KOSKI example 2023-01-10)', [lähteellä('examples', 'vapaasivistystyo-vapaatavoitteinenkoulutus_2023-01-10.json')], { goal: 1.5, expect: noFindings })],
  ['l', () => tapaus('l-muks', "(l) MUKS (KOSKI's example, suoritettu)", [lähteellä('muks', 'muukuinsaanneltykoulutus-suoritettu.json')], { goal: 1.5, expect: noFindings })],
  ['l', () => tapaus('l-luva', '(l) LUVA, lukion 2019 ops (KOSKI example 2022-10-13)', [lähteellä('examples', 'lukioonvalmistavakoulutus,Lukion2019-opsilla_2022-10-13.json')], { goal: 1.5, expect: noFindings })],
  ['l', () => tapaus('l-valma', '(l) VALMA (KOSKI example 2022-09-22)', [lähteellä('examples', 'ammatilliseenperuskoulutukseenvalmentavakoulutus_2022-09-22.json')], { goal: 1.5, expect: rules('G-DUP-1') })],
  ['l', () => tapaus('l-lisa', '(l) perusopetuksen lisäopetus (KOSKI example 2022-08-15)', [lähteellä('examples', 'perusopetuksenlisaopetus_2022-08-15.json')], { goal: 1.5, expect: noFindings })],
  ['l', () => tapaus('l-lisa-ta', '(l) lisäopetus by toiminta-alueet (KOSKI example 2024-10-16)', [lähteellä('examples', 'perusopetuksenlisaopetustoiminta-alueittain_2024-10-16.json')], { goal: 1.5, expect: rules('X-LISÄ-POIS-1') })],
  ['i', () => tapaus('i5', '(i) fit: 5 study rights of (c)', [monta(5)], { options: KESKEN, expect: noFindings })],
  ['i', () => tapaus('i20', '(i) fit: 20 study rights of (c)', [monta(20)], { options: KESKEN, expect: noFindings })],
  [
    'j',
    () => {
      const docs = Array.from({ length: 1000 }, (_, i) => {
        const doc = structuredClone(i % 10 === 9 ? invalid : valid)
        const oo = doc.opiskeluoikeudet[0]
        if (oo.lähdejärjestelmänId) oo.lähdejärjestelmänId.id = `batch-${i}`
        return doc
      })
      const texts = docs.map((d) => JSON.stringify(d, null, 2))
      return {
        id: 'j',
        name: '(j) batch of 1 000 documents, one by one',
        bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
        docs: 1000,
        parse: () => {
          let last
          for (let i = 0; i < texts.length; i++) last = JSON.parse(texts[i])
          return last
        },
        validate: () => {
          let bad = 0
          for (let i = 0; i < docs.length; i++) if (!validate(docs[i], OPTIONS).valid) bad++
          return bad
        },
        expect: () => docs.filter((d) => !validate(d, OPTIONS).valid).length === 100,
      }
    },
  ],
]
const wanted = (letter) => ONLY === undefined || ONLY.includes(letter) || (letter === 'f' && ONLY.includes('i')) || (letter === 'c' && /[fi]/.test(ONLY))

/** Runs fn n times; returns ms per call. */
function timeRun(fn, n) {
  const start = performance.now()
  for (let i = 0; i < n; i++) {
    const r = fn()
    sink += typeof r === 'object' && r !== null ? 1 : Number(r) || 0
  }
  return (performance.now() - start) / n
}

/** Warm up for WARMUP_MS, then pick n so that a round takes about ROUND_MS. */
function calibrate(fn) {
  const until = performance.now() + WARMUP_MS
  let calls = 0
  while (performance.now() < until || calls < 3) {
    timeRun(fn, 1)
    calls++
  }
  const perCall = timeRun(fn, Math.max(1, Math.min(calls, 50)))
  return Math.max(1, Math.round(ROUND_MS / perCall))
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}

const results = []
for (const [letter, make] of caseDefs) {
  if (!wanted(letter)) continue
  // the previous case's documents collected before this one starts: the garbage of (f)'s 64 copies of 500 kB would
  // otherwise be collected in the middle of the next cases' rounds, and counted as theirs
  gc()
  const c = make()
  if (!c.expect()) {
    console.error(`bench: ${c.name}: validate did not give the expected result; is dist/ built from this source?`)
    process.exit(1)
  }
  const nParse = calibrate(c.parse)
  const nValidate = calibrate(c.validate)
  const parseMs = []
  const validateMs = []
  for (let r = 0; r < ROUNDS; r++) {
    parseMs.push(timeRun(c.parse, nParse))
    validateMs.push(timeRun(c.validate, nValidate))
  }
  const p = median(parseMs)
  const v = median(validateMs)
  results.push({
    id: c.id,
    case: c.name,
    bytes: Math.round(c.bytes),
    parseMs: p,
    validateMs: v,
    ratio: v / p,
    parseBytes: NaN,
    validateBytes: NaN,
    goal: c.goal,
    docs: c.docs ?? 1,
    spread: { parse: [Math.min(...parseMs), Math.max(...parseMs)], validate: [Math.min(...validateMs), Math.max(...validateMs)] },
  })
}

// The cost-vs-size fit's own pass: its four sizes ((c), (i5), (i20), (f)) timed in alternating rounds within one
// window, so that the machine's speed, which drifts over the minutes between those cases' own timings (a shared
// machine's did by 30 % and more), is the same for all four points: the fit is of these times, not of the cases' own.
const FIT_IDS = ['c', 'i5', 'i20', 'f']
const fitTimes = new Map()
{
  const fitCases = []
  for (const [letter, make] of caseDefs) {
    if ((letter !== 'c' && letter !== 'i' && letter !== 'f') || !wanted(letter)) continue
    const c = make()
    if (FIT_IDS.includes(c.id)) fitCases.push(c)
  }
  if (fitCases.length >= 3) {
    gc()
    // the library's code is warm from the timings, each case's own closures and documents are new: calibrate warms them
    const n = fitCases.map((c) => calibrate(c.validate))
    const times = fitCases.map(() => [])
    for (let r = 0; r < ROUNDS; r++) fitCases.forEach((c, i) => times[i].push(timeRun(c.validate, n[i])))
    fitCases.forEach((c, i) => fitTimes.set(c.id, { bytes: c.bytes, validateMs: median(times[i]) }))
  }
}

// The bytes per call, in a pass of their own after every timing: measuring them keeps a window's results alive (for
// (h), 64 reports of 1.2 MiB) and forces collections, and a case timed after that measured a case before it ran up to
// twice as slow, all of it in the collector (issue 8's (h∞) outlier); timed first, no case is. Each case is made anew.
// (j) is 1 000 documents a call: more than a window holds without a collection (its documents are (a) and (b)).
for (const [letter, make] of caseDefs) {
  if (!wanted(letter)) continue
  gc()
  const c = make()
  if (c.docs !== undefined) continue
  const r = results.find((x) => x.id === c.id)
  if (r === undefined) continue
  // the library's code is warm from the timings; the case's own closures and documents are new: a short warm-up
  for (const fn of [c.parse, c.validate]) for (const until = performance.now() + 300; performance.now() < until; ) fn()
  r.parseBytes = await allocated(c.parse)
  r.validateBytes = await allocated(c.validate)
}

const byId = new Map(results.map((r) => [r.id, r]))
/** Derived figures: per extra study right, and the cost-vs-size fit. */
const derived = {}
const one = byId.get('c')
const fifty = byId.get('f')
if (one && fifty) {
  const v = (fifty.validateMs - one.validateMs) / 49
  const p = (fifty.parseMs - one.parseMs) / 49
  derived.perStudyRight = { validateUs: v * 1000, parseUs: p * 1000, ratio: v / p, goal: 1.5 }
}
const points = FIT_IDS.map((id) => (fitTimes.has(id) ? { id, ...fitTimes.get(id) } : undefined)).filter(Boolean)
if (points.length >= 3) {
  const n = points.length
  const xs = points.map((r) => r.bytes)
  const ys = points.map((r) => r.validateMs)
  const mx = xs.reduce((a, b) => a + b) / n
  const my = ys.reduce((a, b) => a + b) / n
  const b = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0)
  const a = my - b * mx
  const ssTot = ys.reduce((s, y) => s + (y - my) ** 2, 0)
  const ssRes = ys.reduce((s, y, i) => s + (y - (a + b * xs[i])) ** 2, 0)
  derived.fit = {
    points: points.map((r) => ({ id: r.id, bytes: r.bytes, validateMs: r.validateMs })),
    interceptUs: a * 1000,
    usPerKB: b * 1e6,
    r2: 1 - ssRes / ssTot,
    // cost per byte of the largest document over that of the smallest: 1 when linear, growing when super-linear
    perByteGrowth: ys[n - 1] / xs[n - 1] / (ys[0] / xs[0]),
  }
}

const env = `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.platform()} ${os.arch()}`
if (args.has('--json')) {
  console.log(JSON.stringify({ env, rounds: ROUNDS, roundMs: ROUND_MS, warmupMs: WARMUP_MS, results, derived }, null, 2))
} else {
  const fmt = (x) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(x >= 10 ? 1 : 2))
  const us = (ms) => `${fmt(ms * 1000)} µs`
  const verdict = (ratio, goal) => (goal === undefined ? '' : `≤ ${goal}× ${ratio <= goal ? 'met' : 'NOT met'}`)
  const kib = (b) => (Number.isNaN(b) ? '–' : b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MiB` : `${(b / 1024).toFixed(b >= 10 * 1024 ? 0 : 1)} KiB`)
  const rows = results.map((r) => [
    r.case,
    r.bytes >= 10_000 ? `${Math.round(r.bytes / 1000)} kB` : `${(r.bytes / 1000).toFixed(1)} kB`,
    us(r.parseMs),
    us(r.validateMs),
    `${r.ratio.toFixed(2)}×`,
    `${kib(r.parseBytes)} / ${kib(r.validateBytes)}`,
    verdict(r.ratio, r.goal),
  ])
  if (derived.perStudyRight) {
    const d = derived.perStudyRight
    rows.push(['per extra study right, (f − c) / 49', '', `${fmt(d.parseUs)} µs`, `${fmt(d.validateUs)} µs`, `${d.ratio.toFixed(2)}×`, '', verdict(d.ratio, d.goal)])
  }
  const head = ['case', 'text', 'JSON.parse', 'validate', 'validate / JSON.parse', 'heap per call: parse / validate', 'goal']
  const GOAL = head.length - 1
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 || i === GOAL ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
  console.log(`koski-validation benchmark — ${env}; median of ${ROUNDS} rounds of ~${ROUND_MS} ms after ${WARMUP_MS} ms warm-up; ${FRESH} fresh copies per case`)
  console.log()
  console.log(line(head))
  console.log(`|${widths.map((w, i) => (i === 0 || i === GOAL ? ':' : '') + '-'.repeat(w + 1) + (i === 0 || i === GOAL ? '' : ':')).join('|')}|`)
  for (const row of rows) console.log(line(row))
  console.log()
  const batch = byId.get('j')
  if (batch) {
    console.log(`(j) one op = 1 000 documents: ${fmt(batch.docs * (1000 / batch.validateMs))} documents/s validated, ${fmt(batch.docs * (1000 / batch.parseMs))} documents/s parsed.`)
  }
  if (derived.fit) {
    const f = derived.fit
    console.log(
      `(i) cost vs size (the four timed together, in alternating rounds), ${f.points.map((p) => `${(p.bytes / 1000).toFixed(0)} kB`).join(', ')}: validate ≈ ${fmt(f.interceptUs)} µs + ${fmt(f.usPerKB)} µs/kB; ` +
        `R² = ${f.r2.toFixed(4)}; cost per kB of the largest over the smallest ${f.perByteGrowth.toFixed(2)} — goal: linear, R² ≥ 0.99 and that ≤ 1.25 (${f.r2 >= 0.99 && f.perByteGrowth <= 1.25 ? 'met' : 'NOT met'}).`,
    )
  }
}
if (sink === -1) console.log('') // keeps `sink` alive
