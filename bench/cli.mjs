// `npm run bench:cli`: the built command (dist/cli.cjs) on a batch, and its start-up.
//
// (1) Batch: N (default 100 000) small documents in one NDJSON file — the smallest valid TUVA Oppija (~1 kB: one
//     ongoing study right, no osasuoritukset), each with its own lähdejärjestelmänId.id, and 1 in 10 made invalid (a
//     jakso's date that is no date) — through `koski-validate --ndjson --format ndjson FILE > /dev/null`. Its wall time
//     against the floor: one node process that reads the same file and JSON.parses each line (both wall times include
//     node's start). Goal: at most 2.5× the floor. The CLI runs with its default --jobs (worker threads, one per
//     processor, at most 4); the same with --jobs 1 (all in one thread) is printed beside it, to show what the threads
//     pay. Max RSS of both, and of the CLI on N/2 documents (with worker threads too: by default they start from 32 MB
//     of NDJSON): memory is flat when the two are close.
// (2) Start-up: `koski-validate --help` and `--version` against `node -e 0` (medians). Goal: at most 1.5×.
//
// (1) runs at two validation dates: (1a) 2022-06-01, within the study right's first year as bench/run.mjs's case (e)
// validates it — the 9 in 10 valid documents have no finding, the others one S-4; (1b) 2026-11-22 — every valid
// document then has two warnings too (T-OHJE-7, MK-OHJE-3; ~3.5 kB of output each, three times the input), the same
// texts in every document; (1c) 2026-11-22 with the study right's start (its first jakso and its maksuttomuus jakso)
// one of 28 dates in turn, 2021-08-01 … 2021-08-28: T-OHJE-7's text, which names the start, differs from one document
// to the next (the CLI writes a finding the same as the previous document's from the text it wrote for that one:
// (1c) shows what it costs when they differ).
// Medians of RUNS runs, alternating. Options: --quick (20 000 documents, fewer runs), --n N, --json, --today D (only
// that validation date).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const argv = process.argv.slice(2)
const QUICK = argv.includes('--quick')
const nAt = argv.indexOf('--n')
const N = nAt !== -1 ? Number(argv[nAt + 1]) : QUICK ? 20_000 : 100_000
const RUNS = QUICK ? 3 : 5
const STARTUP_RUNS = QUICK ? 11 : 21
const JSON_OUT = argv.includes('--json')
const todayAt = argv.indexOf('--today')
// the batches: validation date, and whether the study right's start changes from one document to the next
const BATCHES = todayAt !== -1 ? [{ today: argv[todayAt + 1], vaihtuva: false }] : [{ today: '2022-06-01', vaihtuva: false }, { today: '2026-11-22', vaihtuva: false }, { today: '2026-11-22', vaihtuva: true }]
const GOAL_BATCH = 2.5
const GOAL_STARTUP = 1.5

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url))
if (!existsSync(cli)) {
  console.error('bench:cli: no dist/cli.cjs — run `npm run build` first (npm run bench:cli does)')
  process.exit(2)
}
const loadBefore = os.loadavg()[0] // the machine may be shared: the load average before and after is printed
const tmp = mkdtempSync(join(os.tmpdir(), 'koski-bench-cli-'))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`

/** The smallest valid TUVA Oppija we know of (as bench/run.mjs's case (e)). */
function smallest() {
  const doc = JSON.parse(readFileSync(new URL('../examples/tuva-valmistunut.json', import.meta.url), 'utf8'))
  const oo = doc.opiskeluoikeudet[0]
  oo.tila.opiskeluoikeusjaksot.length = 1
  const s = oo.suoritukset[0]
  delete s.vahvistus
  delete s.koulutusmoduuli.laajuus
  delete s.osasuoritukset
  delete oo.koulutustoimija
  oo.lisätiedot = { maksuttomuus: oo.lisätiedot.maksuttomuus }
  return doc
}

function writeBatch(file, n, vaihtuva = false) {
  const base = smallest()
  const fd = openSync(file, 'w')
  let chunk = ''
  for (let i = 0; i < n; i++) {
    const oo = base.opiskeluoikeudet[0]
    oo.lähdejärjestelmänId.id = `bench-${i}`
    const jakso = oo.tila.opiskeluoikeusjaksot[0]
    const maksuttomuus = oo.lisätiedot.maksuttomuus[0]
    const alku = jakso.alku
    if (vaihtuva) jakso.alku = maksuttomuus.alku = `2021-08-${String(1 + (i % 28)).padStart(2, '0')}`
    if (i % 10 === 9) jakso.alku = '2021-02-30'
    chunk += `${JSON.stringify(base)}\n`
    jakso.alku = maksuttomuus.alku = alku
    if (chunk.length > 1 << 20) {
      writeFileSync(fd, chunk)
      chunk = ''
    }
  }
  writeFileSync(fd, chunk)
  closeSync(fd)
}

// The child writes its max RSS (kB) to stderr as its last line when it exits.
const probe = join(tmp, 'rss.cjs')
writeFileSync(probe, "process.on('exit', () => process.stderr.write(`\\nmaxrss ${process.resourceUsage().maxRSS}\\n`))\n")
const floorScript = join(tmp, 'floor.cjs')
writeFileSync(
  floorScript,
  `const lines = require('fs').readFileSync(process.argv[2], 'utf8').split('\\n'); let n = 0
   for (const l of lines) if (l !== '') { JSON.parse(l); n++ }
   if (n === 0) process.exitCode = 3\n`,
)

/** Runs node with the arguments, stdout to /dev/null; wall ms, exit status, max RSS kB. */
function run(args) {
  const devnull = openSync('/dev/null', 'w')
  try {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, ['--require', probe, ...args], { stdio: ['ignore', devnull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 })
    const ms = performance.now() - t0
    const rss = Number(/maxrss (\d+)\s*$/.exec(r.stderr)?.[1] ?? NaN)
    return { ms, status: r.status, rss, stderr: r.stderr }
  }
  finally {
    closeSync(devnull)
  }
}

/** Wall time alone (no probe): for start-up, where the probe's own load would count. */
function wall(args) {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] })
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`)
  return performance.now() - t0
}

try {
  const batch = join(tmp, 'batch.ndjson')
  const small = join(tmp, 'small.ndjson')
  const vaihtuva = join(tmp, 'vaihtuva.ndjson')
  writeBatch(batch, N)
  writeBatch(small, Math.max(1, Math.floor(N / 2)))
  if (BATCHES.some((b) => b.vaihtuva)) writeBatch(vaihtuva, N, true)
  const bytes = statSync(batch).size
  const cliArgs = (today, file, ...extra) => [cli, '--today', today, '--ndjson', '--format', 'ndjson', ...extra, file]

  /** (1) at one validation date: the CLI with its default --jobs and with --jobs 1 against the floor. */
  const batchAt = ({ today, vaihtuva: muuttuu }) => {
    const file = muuttuu ? vaihtuva : batch
    // warm the page cache and check the run
    const check = run(cliArgs(today, file))
    if (check.status !== 1) throw new Error(`the CLI exited ${check.status} (expected 1: 1 in 10 documents is invalid)\n${check.stderr}`)
    run([floorScript, file])
    const cliTimes = []
    const oneTimes = []
    const floorTimes = []
    let cliRss = 0
    let floorRss = 0
    for (let i = 0; i < RUNS; i++) {
      const f = run([floorScript, file])
      floorTimes.push(f.ms)
      floorRss = Math.max(floorRss, f.rss)
      const c = run(cliArgs(today, file))
      cliTimes.push(c.ms)
      cliRss = Math.max(cliRss, c.rss)
      const one = run(cliArgs(today, file, '--jobs', '1'))
      if (one.status !== 1) throw new Error(`the CLI with --jobs 1 exited ${one.status}\n${one.stderr}`)
      oneTimes.push(one.ms)
    }
    const smallRss = muuttuu ? NaN : run(cliArgs(today, small)).rss
    const cliMs = median(cliTimes)
    const oneMs = median(oneTimes)
    const floorMs = median(floorTimes)
    return {
      today,
      vaihtuva: muuttuu,
      cliMs,
      floorMs,
      ratio: cliMs / floorMs,
      goal: GOAL_BATCH,
      perDocumentUs: (cliMs * 1000) / N,
      oneThreadMs: oneMs,
      oneThreadRatio: oneMs / floorMs,
      memory: { cliMaxRssKb: cliRss, cliMaxRssKbHalf: smallRss, floorMaxRssKb: floorRss },
    }
  }
  const batches = BATCHES.map(batchAt)

  const helpTimes = []
  const versionTimes = []
  const nodeTimes = []
  for (let i = 0; i < STARTUP_RUNS; i++) {
    nodeTimes.push(wall(['-e', '0']))
    helpTimes.push(wall([cli, '--help']))
    versionTimes.push(wall([cli, '--version']))
  }

  const nodeMs = median(nodeTimes)
  const helpMs = median(helpTimes)
  const versionMs = median(versionTimes)
  const result = {
    node: process.version,
    cpus: os.cpus().length,
    documents: N,
    bytes,
    batches,
    startup: { nodeMs, helpMs, versionMs, helpRatio: helpMs / nodeMs, versionRatio: versionMs / nodeMs, goal: GOAL_STARTUP },
  }
  if (JSON_OUT) console.log(JSON.stringify(result, null, 2))
  else {
    const met = (ok) => (ok ? 'met' : 'NOT met')
    console.log(`koski-validate (dist/cli.cjs), node ${process.version}, ${os.cpus().length} CPUs, load average ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after; medians of ${RUNS} runs (start-up: ${STARTUP_RUNS})`)
    console.log('')
    for (const [i, b] of batches.entries()) {
      const label = batches.length === 1 ? '(1)' : `(1${'abc'[i]})`
      const what = b.vaihtuva
        ? "every document with two warnings too, the study right's start one of 28 dates in turn: T-OHJE-7's text differs from the previous document's"
        : b.today === '2022-06-01'
          ? 'as case (e): no finding but 1 in 10 S-4'
          : b.today === '2026-11-22'
            ? 'every document with two warnings too, the same texts in each'
            : ''
      console.log(`${label} ${N.toLocaleString('en')} documents, one NDJSON file of ${(bytes / 1e6).toFixed(1)} MB, --today ${b.today} --ndjson --format ndjson > /dev/null${what === '' ? '' : ` (${what})`}`)
      console.log(`    CLI (default --jobs)       ${(b.cliMs / 1000).toFixed(2)} s  (${b.perDocumentUs.toFixed(0)} µs per document)`)
      console.log(`    CLI --jobs 1 (one thread)  ${(b.oneThreadMs / 1000).toFixed(2)} s  ${b.oneThreadRatio.toFixed(2)}× the floor`)
      console.log(`    floor: read + JSON.parse   ${(b.floorMs / 1000).toFixed(2)} s  (one node process)`)
      console.log(`    ratio                      ${b.ratio.toFixed(2)}×   goal ≤ ${GOAL_BATCH}× — ${met(b.ratio <= GOAL_BATCH)}`)
      const puolet = Number.isNaN(b.memory.cliMaxRssKbHalf) ? '' : ` (${mb(b.memory.cliMaxRssKbHalf)} on ${Math.floor(N / 2).toLocaleString('en')} documents: flat when close)`
      console.log(`    max RSS                    CLI ${mb(b.memory.cliMaxRssKb)}${puolet}; floor ${mb(b.memory.floorMaxRssKb)}`)
      console.log('')
    }
    console.log('(2) start-up')
    console.log(`    node -e 0                  ${nodeMs.toFixed(0)} ms`)
    console.log(`    koski-validate --help      ${helpMs.toFixed(0)} ms  ${result.startup.helpRatio.toFixed(2)}×   goal ≤ ${GOAL_STARTUP}× — ${met(result.startup.helpRatio <= GOAL_STARTUP)}`)
    console.log(`    koski-validate --version   ${versionMs.toFixed(0)} ms  ${result.startup.versionRatio.toFixed(2)}×   goal ≤ ${GOAL_STARTUP}× — ${met(result.startup.versionRatio <= GOAL_STARTUP)}`)
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
