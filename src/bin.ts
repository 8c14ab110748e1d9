/**
 * Entry of the `koski-validate` bin (built to dist/cli.cjs with a hashbang, see tsup.config.ts): runs `main` on the
 * process — or, in a worker thread the command started for `--jobs`, that thread's loop (src/cliWorker.ts). Kept apart
 * from src/cli.ts so that importing the command's module has no effect.
 */
import { main, nodeIo } from './cli'
import { nodeThreads, onTyöläinen, työläinen } from './cliWorker'

if (onTyöläinen()) {
  työläinen().catch((e: unknown) => {
    throw e
  })
} else {
  // `koski-validate … | head`: a closed pipe is not an error of ours, but the exit status is still the verdict — the
  // documents are validated to the end and the status set from them (exiting on EPIPE would report 0 for invalid ones).
  let stdoutClosed = false
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || stdoutClosed) {
      stdoutClosed = true
      return
    }
    throw e
  })

  main(process.argv.slice(2), nodeIo(nodeThreads(__filename))).then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      process.stderr.write(`koski-validate: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
      process.exitCode = 2
    },
  )
}
