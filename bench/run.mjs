// `npm run bench`: how long `validate` takes compared with `JSON.parse` of the same text, on the built package (dist/).
//
// Cases: (a) the newest valid TUVA example, (b) the invalid TUVA example, (c) a batch of 1 000 documents validated one
// by one (9 in 10 copies of the valid example, 1 in 10 of the invalid one, each with its own lähdejärjestelmänId.id, so
// 1 000 distinct objects and 1 000 distinct texts). `validate` gets the already parsed object; `JSON.parse` parses the
// text of the same document. ratio = validate time / JSON.parse time (goal for (a): at most 3).
//
// Method: warm up each function, calibrate an iteration count per round (~ROUND_MS), then alternate rounds of
// JSON.parse and validate and take the median time per operation. Options: --quick (fewer, shorter rounds), --json.
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { validate } from '../dist/index.js'

const args = new Set(process.argv.slice(2))
const QUICK = args.has('--quick')
const ROUNDS = QUICK ? 5 : 11
const ROUND_MS = QUICK ? 100 : 300
const WARMUP_MS = QUICK ? 200 : 1000
const OPTIONS = { today: '2026-11-22' }

const read = (name) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8')
const validText = read('tuva-valmistunut.json')
const invalidText = read('tuva-virheellinen.json')

let sink = 0 // results feed this so that no work can be optimised away

function batchTexts() {
  const valid = JSON.parse(validText)
  const invalid = JSON.parse(invalidText)
  const texts = []
  for (let i = 0; i < 1000; i++) {
    const doc = structuredClone(i % 10 === 9 ? invalid : valid)
    const oo = doc.opiskeluoikeudet[0]
    if (oo.lähdejärjestelmänId) oo.lähdejärjestelmänId.id = `bench-${i}`
    texts.push(JSON.stringify(doc, null, 2))
  }
  return texts
}

const cases = [
  (() => {
    const doc = JSON.parse(validText)
    return {
      name: '(a) valid TUVA (examples/tuva-valmistunut.json)',
      bytes: Buffer.byteLength(validText),
      parse: () => JSON.parse(validText),
      validate: () => validate(doc, OPTIONS),
      expect: () => validate(doc, OPTIONS).valid === true,
    }
  })(),
  (() => {
    const doc = JSON.parse(invalidText)
    return {
      name: '(b) invalid TUVA (examples/tuva-virheellinen.json)',
      bytes: Buffer.byteLength(invalidText),
      parse: () => JSON.parse(invalidText),
      validate: () => validate(doc, OPTIONS),
      expect: () => validate(doc, OPTIONS).valid === false,
    }
  })(),
  (() => {
    const texts = batchTexts()
    const docs = texts.map((t) => JSON.parse(t))
    return {
      name: '(c) batch of 1 000 documents, one by one',
      bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0),
      docs: 1000,
      parse: () => {
        let last
        for (let i = 0; i < texts.length; i++) last = JSON.parse(texts[i])
        return last
      },
      validate: () => {
        let invalid = 0
        for (let i = 0; i < docs.length; i++) if (!validate(docs[i], OPTIONS).valid) invalid++
        return invalid
      },
      expect: () => docs.filter((d) => !validate(d, OPTIONS).valid).length === 100,
    }
  })(),
]

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
for (const c of cases) {
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
    case: c.name,
    kB: Math.round(c.bytes / 1000),
    parseMs: p,
    validateMs: v,
    parseOpsPerS: 1000 / p,
    validateOpsPerS: 1000 / v,
    ratio: v / p,
    docs: c.docs ?? 1,
    spread: { parse: [Math.min(...parseMs), Math.max(...parseMs)], validate: [Math.min(...validateMs), Math.max(...validateMs)] },
  })
}

const env = `node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.platform()} ${os.arch()}`
if (args.has('--json')) {
  console.log(JSON.stringify({ env, rounds: ROUNDS, results }, null, 2))
} else {
  const fmt = (x) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(x >= 10 ? 1 : 2))
  const rows = results.map((r) => [
    r.case,
    `${r.kB} kB`,
    `${fmt(r.parseOpsPerS)} (${fmt(r.parseMs)} ms)`,
    `${fmt(r.validateOpsPerS)} (${fmt(r.validateMs)} ms)`,
    `${r.ratio.toFixed(2)}×`,
  ])
  const head = ['case', 'text', 'JSON.parse ops/s', 'validate ops/s', 'validate / JSON.parse']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
  console.log(`koski-validation benchmark — ${env}; median of ${ROUNDS} rounds of ~${ROUND_MS} ms after ${WARMUP_MS} ms warm-up`)
  console.log()
  console.log(line(head))
  console.log(`|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`)
  for (const row of rows) console.log(line(row))
  const batch = results[2]
  console.log()
  console.log(`(c) one op = 1 000 documents: ${fmt(batch.docs * batch.validateOpsPerS)} documents/s validated, ${fmt(batch.docs * batch.parseOpsPerS)} documents/s parsed.`)
  const a = results[0]
  console.log(`Goal for (a): validate ≤ 3× JSON.parse — ${a.ratio <= 3 ? 'met' : 'NOT met'} (${a.ratio.toFixed(2)}×).`)
}
if (sink === -1) console.log('') // keeps `sink` alive
