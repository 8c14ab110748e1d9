/**
 * `koski-validate --jobs`: worker threads that validate NDJSON batches. The bin (src/bin.ts) starts itself in each
 * thread; there {@link työläinen} validates the batches the main thread sends and renders their results in the run's
 * format as the main thread would (src/cli.ts's `validoiRivit` and `renderöijä`), and sends back their bytes. The main
 * thread only reads, hands out batches and writes the results in the input's order ({@link nodeThreads}).
 *
 * Measured on 2 processors (100 000 small documents, `npm run bench:cli`'s batch): on an idle machine two threads
 * validating while the main thread reads and writes took 3.3 s against 5.3 s for one thread doing all (the threads
 * spend about 0.7 s more processor time in all: each loads the library and warms up its own JIT); on a machine busy
 * with other work they gain little or nothing, as there is no idle processor to take. See src/cli.ts for when they
 * start.
 */
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { kirjasto, renderöijä, validoiRivit, type BatchResult, type CliPool, type CliThreads, type LineBatch, type WorkerSetup } from './cli'

/**
 * Each thread's young generation (where V8 puts new objects, and collects most of them), in MB: 96, a semi-space of
 * 32 MB where V8's default is 16. Validating makes much short-lived garbage (a report, its findings and their texts,
 * the parsed document): with twice the room a thread collects half as often, and each collection copies about as
 * little (what is alive then is the document at hand and its batch's output). Measured on `npm run bench:cli`'s
 * documents (each with two warnings) rendered in one thread, best of seven rounds in each of three runs: 28.5–28.9 µs
 * per document against 29.8–30.9 µs with the default. The space grows only as it is used (the CLI's peak memory on
 * that batch stayed at ~200–210 MB).
 */
const NUORTEN_KOKO = 96

/** The key of `workerData` that marks a thread of ours and holds its setup. */
const MERKKI = 'koskiValidateWorker'

/** A batch as sent to a thread: numbered, its bytes its own (transferred, not copied). */
interface Tehtävä extends LineBatch {
  readonly id: number
}

/** A thread's answer: the batch's number and its results, or the message of what went wrong. */
type Vastaus = ({ readonly id: number } & BatchResult) | { readonly id: number; readonly virhe: string }

/** Whether this thread is one of our worker threads (the bin then runs {@link työläinen}, not the command). */
export const onTyöläinen = (): boolean =>
  !isMainThread && typeof workerData === 'object' && workerData !== null && MERKKI in (workerData as Record<string, unknown>)

/**
 * The worker thread's loop: loads the library, then validates each batch sent and answers with its results rendered
 * (UTF-8 bytes, transferred) and counted.
 */
export async function työläinen(): Promise<void> {
  const port = parentPort!
  const setup = (workerData as Record<string, WorkerSetup>)[MERKKI]!
  const lib = await kirjasto()
  const renderöi = renderöijä(setup, lib)
  port.on('message', (tehtävä: Tehtävä) => {
    let vastaus: Vastaus
    const siirrä: ArrayBuffer[] = []
    try {
      const tulos = renderöi(tehtävä)
      // bytes in a buffer of their own (renderöijä's), transferred, not copied
      if (typeof tulos.output !== 'string') siirrä.push(tulos.output.buffer as ArrayBuffer)
      vastaus = { id: tehtävä.id, ...tulos }
    } catch (e) {
      vastaus = { id: tehtävä.id, virhe: e instanceof Error ? e.message : String(e) }
    }
    port.postMessage(vastaus, siirrä)
  })
}

/** The real worker threads: `script` is the bin's file (each thread runs it, and {@link onTyöläinen} tells it so). */
export function nodeThreads(script: string): CliThreads {
  return { available: availableParallelism(), start: (count, setup) => säiejoukko(script, count, setup) }
}

interface Odottaja {
  readonly resolve: (r: BatchResult) => void
  readonly reject: (e: Error) => void
}

/** `count` threads; each batch goes to the one with the fewest batches waiting. */
function säiejoukko(script: string, count: number, setup: WorkerSetup): CliPool {
  let seuraava = 0
  let suljettu = false
  const säikeet = Array.from({ length: count }, () => {
    const worker = new Worker(script, { workerData: { [MERKKI]: setup }, resourceLimits: { maxYoungGenerationSizeMb: NUORTEN_KOKO } })
    const odottavat = new Map<number, Odottaja>()
    const hylkää = (e: Error): void => {
      for (const o of odottavat.values()) o.reject(e)
      odottavat.clear()
    }
    worker.on('message', (v: Vastaus) => {
      const o = odottavat.get(v.id)
      if (o === undefined) return
      odottavat.delete(v.id)
      if ('virhe' in v) o.reject(new Error(`worker thread: ${v.virhe}`))
      else o.resolve(v)
    })
    worker.on('error', (e) => hylkää(e))
    worker.on('exit', (code) => hylkää(new Error(`worker thread exited (${code})`)))
    return { worker, odottavat }
  })
  return {
    run: (batch) =>
      new Promise<BatchResult>((resolve, reject) => {
        if (suljettu) {
          reject(new Error('worker threads closed'))
          return
        }
        let säie = säikeet[0]!
        for (const s of säikeet) if (s.odottavat.size < säie.odottavat.size) säie = s
        const id = seuraava++
        säie.odottavat.set(id, { resolve, reject })
        const data = new Uint8Array(batch.data) // a copy of its own bytes, transferred
        const tehtävä: Tehtävä = { id, file: batch.file, before: batch.before, data }
        säie.worker.postMessage(tehtävä, [data.buffer])
      }),
    close: async () => {
      suljettu = true
      await Promise.all(säikeet.map((s) => s.worker.terminate()))
    },
  }
}
