/** The CLI's output buffers: Puskuri (text, written in pieces of about 64 kB) and Tavut (a worker thread's bytes). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Puskuri, Tavut } from '../../src/cli'

describe('Puskuri: output gathered and written in pieces', () => {
  it('writes once 64 kB have gathered and the rest when flushed: every piece, in order, no empty write', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40_000 }), { maxLength: 30 }), (pieces) => {
        const writes: string[] = []
        const p = new Puskuri((t) => writes.push(t))
        for (const piece of pieces) p.add(piece)
        p.flush()
        p.flush()
        expect(writes.join('')).toBe(pieces.join(''))
        expect(writes.every((w) => w !== '')).toBe(true)
        // each write but the last is what gathered until it reached 64 kB
        for (const w of writes.slice(0, -1)) expect(w.length).toBeGreaterThanOrEqual(1 << 16)
      }),
      { numRuns: 60 },
    )
  })
})

describe('Tavut: a batch encoded piece by piece', () => {
  it('gives the UTF-8 of the pieces joined, in a buffer of its own, and starts anew after take', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 2_000 }), { maxLength: 40 }), fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), (a, b) => {
        const t = new Tavut()
        for (const piece of a) t.add(piece)
        const first = t.take()
        expect(Buffer.from(first).equals(Buffer.from(a.join(''), 'utf8'))).toBe(true)
        expect(first.byteOffset).toBe(0)
        // transferable without taking much else along: the buffer it was gathered in when it fills half of it, else
        // one of its size
        expect(first.buffer.byteLength === first.length || first.buffer.byteLength <= 2 * first.length).toBe(true)
        for (const piece of b) t.add(piece)
        expect(Buffer.from(t.take()).equals(Buffer.from(b.join(''), 'utf8'))).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('addToistuva: the piece given last written again from its bytes, any other encoded; across takes (transferred buffers) too', () => {
    // pieces of a few values, handed as the same string again or as an equal string of its own
    const arvo = fc.constantFrom('["a"]}\n', 'ä€😀', '', 'x'.repeat(600_000))
    const askel = fc.record({ toistuva: fc.boolean(), arvo, kopio: fc.boolean(), ota: fc.boolean() })
    fc.assert(
      fc.property(fc.array(askel, { maxLength: 25 }), (askeleet) => {
        const t = new Tavut()
        let odotettu = ''
        for (const { toistuva, arvo, kopio, ota } of askeleet) {
          const piece = kopio ? [...arvo].join('') : arvo
          if (toistuva) t.addToistuva(piece)
          else t.add(piece)
          odotettu += piece
          if (ota) {
            expect(Buffer.from(t.take()).toString('utf8')).toBe(odotettu)
            odotettu = ''
          }
        }
        expect(Buffer.from(t.take()).toString('utf8')).toBe(odotettu)
      }),
      { numRuns: 60 },
    )
  })

  it('grows past its first megabyte (a piece bigger than it, multi-byte characters)', () => {
    const t = new Tavut()
    const big = 'ä€😀x'.repeat(400_000)
    t.add('{')
    t.add(big)
    t.add('}\n')
    expect(Buffer.from(t.take()).toString('utf8')).toBe(`{${big}}\n`)
  })
})
