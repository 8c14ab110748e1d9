/** `koski-validate password -`: a Virkailijan Opintopolku password from standard input (never an argument). */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { main, PASSWORD_USAGE, USAGE, type CliIo } from '../../src/cli'

const bin = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url))

function io(stdin: string | Uint8Array | Error = ''): { io: CliIo; out: () => string; err: () => string; reads: () => number } {
  let out = ''
  let err = ''
  let reads = 0
  const ei = async (): Promise<never> => {
    throw new Error('not used')
  }
  return {
    io: {
      stdout: { write: (s: string) => void (out += s) },
      stderr: { write: (s: string) => void (err += s) },
      readFile: ei,
      readStdin: async () => {
        reads++
        if (stdin instanceof Error) throw stdin
        return stdin
      },
      readChunks: () => (async function* () {})(),
      isDirectory: async () => false,
      readDir: ei,
      env: {},
    },
    out: () => out,
    err: () => err,
    reads: () => reads,
  }
}

const HYVÄ = 'KorkeaVuoriJaSyvaJarvi1'

describe('koski-validate password -', () => {
  it('an acceptable password: exit 0, said so in the language asked', async () => {
    const a = io(`${HYVÄ}\n`)
    expect(await main(['password', '-'], a.io)).toBe(0)
    expect(a.out()).toBe('Salasana kelpaa.\n')
    const b = io(`${HYVÄ}\n${HYVÄ}\n`)
    expect(await main(['password', '--lang', 'en', '-'], b.io)).toBe(0)
    expect(b.out()).toBe('The password is acceptable.\n')
    const c = io(HYVÄ) // no final line feed
    expect(await main(['password', '--lang', 'sv', '-'], c.io)).toBe(0)
    expect(c.out()).toBe('Lösenordet duger.\n')
  })

  it('shortcomings: exit 1, one message per line, nothing of the password', async () => {
    const a = io('Syvä järvi\r\nSyvä järvi!\r\n')
    expect(await main(['password', '--lang', 'en', '-'], a.io)).toBe(1)
    const rivit = a.out().trimEnd().split('\n')
    expect(rivit).toHaveLength(5)
    expect(rivit[0]).toBe('The password must be at least 20 characters long.')
    expect(rivit.at(-1)).toMatch(/^The passwords do not match/)
    expect(a.out()).not.toMatch(/Syvä|järvi/)
  })

  it('--format json: { valid, shortcomings }', async () => {
    const a = io('lyhyt\n')
    expect(await main(['password', '--format', 'json', '-'], a.io)).toBe(1)
    const r = JSON.parse(a.out()) as { valid: boolean; shortcomings: { koodi: string; message: { fi: string } }[] }
    expect(r.valid).toBe(false)
    expect(r.shortcomings.map((s) => s.koodi)).toEqual(['liianLyhyt', 'eiIsojaKirjaimia', 'eiErikoismerkkejäEikäNumeroita'])
    expect(a.out()).not.toContain('lyhyt"')
  })

  it('the password is never taken from the arguments; usage errors exit 2 without reading standard input', async () => {
    for (const argv of [['password'], ['password', HYVÄ], ['password', '-', '-'], ['password', '--lang', 'de', '-'], ['password', '--format', 'yaml', '-'], ['password', '--today', '2025-01-01', '-']]) {
      const a = io(`${HYVÄ}\n`)
      expect(await main(argv, a.io), argv.join(' ')).toBe(2)
      expect(a.reads()).toBe(0)
      expect(a.err()).not.toContain(HYVÄ)
      expect(a.out()).toBe('')
    }
    const a = io(`${HYVÄ}\n`)
    await main(['password', HYVÄ], a.io)
    expect(a.err()).toMatch(/never as an argument/)
  })

  it('more than two lines is a usage error; an unreadable standard input is said to be one', async () => {
    const a = io('a\nb\nc\n')
    expect(await main(['password', '-'], a.io)).toBe(2)
    expect(a.err()).toMatch(/more than two lines/)
    const b = io(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }))
    expect(await main(['password', '-'], b.io)).toBe(2)
  })

  it('--help, and the main help names the subcommand', async () => {
    const a = io()
    expect(await main(['password', '--help'], a.io)).toBe(0)
    expect(a.out()).toBe(PASSWORD_USAGE)
    expect(USAGE).toContain('koski-validate password -')
  })

  it('bytes are read as UTF-8 (å in bytes is å)', async () => {
    const a = io(new TextEncoder().encode(`${HYVÄ}å\n`))
    expect(await main(['password', '--format', 'json', '-'], a.io)).toBe(1)
    expect((JSON.parse(a.out()) as { shortcomings: { koodi: string }[] }).shortcomings.map((s) => s.koodi)).toEqual(['skandeja'])
  })
})

describe.skipIf(!existsSync(bin))('dist/cli.cjs password - (the built bin)', () => {
  it('reads standard input, takes the subpath from dist/virkailija.cjs', () => {
    const ok = spawnSync(process.execPath, [bin, 'password', '--lang', 'en', '-'], { input: `${HYVÄ}\n`, encoding: 'utf8' })
    expect([ok.status, ok.stdout]).toEqual([0, 'The password is acceptable.\n'])
    const huono = spawnSync(process.execPath, [bin, 'password', '-'], { input: 'ä\n', encoding: 'utf8' })
    expect(huono.status).toBe(1)
    expect(huono.stdout).toContain('Salasanan tulee olla vähintään 20 merkkiä pitkä.')
    expect(readFileSync(bin, 'utf8')).toContain('require("./virkailija.cjs")')
  })
})
