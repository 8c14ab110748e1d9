/**
 * The lines of a JSON text where the values at some JSON Pointers start: for the CLI's `--format github`, whose
 * annotations name a line of the file. Each pointer gets the line (from 1) of its value, or of its nearest ancestor
 * the text has (a missing property is reported at its object), or undefined when not even the root is there.
 *
 * One pass over a text `JSON.parse` accepted, linear in the text and in the pointers' total length: the pointers are
 * a trie, and the scan follows it only where some pointer leads (a key is decoded only in an object some pointer
 * enters). No recursion (an explicit stack: a 100 000-deep text is fine), no regular expression; it returns line
 * numbers only, never any of the text. With a key given twice, the later one counts, as in `JSON.parse`.
 */

import { pointerSegments } from './index'
import { merkkijononLoppu } from './virheenKohta'

interface Solmu {
  line: number | undefined
  readonly lapset: Map<string, Solmu>
}

const uusiSolmu = (): Solmu => ({ line: undefined, lapset: new Map() })

interface Kehys {
  readonly lista: boolean
  /** The trie node of this container, or undefined when no pointer leads into it. */
  readonly solmu: Solmu | undefined
  indeksi: number
  avain: string | undefined
}

const onVäli = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d


/** The line of each of `pointers` in `text` (see the module). */
export function osoittimienRivit(text: string, pointers: readonly string[]): (number | undefined)[] {
  const juuri = uusiSolmu()
  const polut = pointers.map(pointerSegments)
  for (const polku of polut) {
    let s = juuri
    for (const k of polku) {
      let l = s.lapset.get(k)
      if (l === undefined) s.lapset.set(k, (l = uusiSolmu()))
      s = l
    }
  }
  const pino: Kehys[] = []
  let line = 1
  let odotaAvain = false
  // the trie node of the value that starts next
  const seuraava = (): Solmu | undefined => {
    const ylin = pino[pino.length - 1]
    if (ylin === undefined) return juuri
    const s = ylin.solmu
    if (s === undefined || s.lapset.size === 0) return undefined
    const k = ylin.lista ? String(ylin.indeksi) : ylin.avain
    return k === undefined ? undefined : s.lapset.get(k)
  }
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) {
      line++
      i++
    } else if (onVäli(c) || c === 0x3a /* : */) i++
    else if (c === 0x2c /* , */) {
      const ylin = pino[pino.length - 1]
      if (ylin !== undefined) {
        if (ylin.lista) ylin.indeksi++
        else odotaAvain = true
      }
      i++
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const s = seuraava()
      if (s !== undefined) s.line = line
      pino.push({ lista: c === 0x5b, solmu: s, indeksi: 0, avain: undefined })
      odotaAvain = c === 0x7b
      i++
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      pino.pop()
      odotaAvain = false
      i++
    } else if (c === 0x22 /* " */) {
      const loppu = merkkijononLoppu(text, i)
      if (loppu < 0) break // not JSON after all (the caller's parse accepted it): no more lines to tell
      const ylin = pino[pino.length - 1]
      if (odotaAvain && ylin !== undefined) {
        // a key: decoded only where some pointer goes on from this object
        if (ylin.solmu !== undefined && ylin.solmu.lapset.size > 0) {
          const raaka = text.slice(i + 1, loppu - 1)
          ylin.avain = raaka.indexOf('\\') === -1 ? raaka : (JSON.parse(text.slice(i, loppu)) as string)
        } else ylin.avain = undefined
        odotaAvain = false
      } else {
        const s = seuraava()
        if (s !== undefined) s.line = line
      }
      i = loppu
    } else {
      // a number, true, false or null
      const s = seuraava()
      if (s !== undefined) s.line = line
      i++
      while (i < n) {
        const d = text.charCodeAt(i)
        if (d === 0x2c || d === 0x5d || d === 0x7d || d === 0x0a || onVäli(d)) break
        i++
      }
    }
  }
  return polut.map((polku) => {
    let s: Solmu | undefined = juuri
    let paras = juuri.line
    for (const k of polku) {
      s = s.lapset.get(k)
      if (s === undefined) break
      if (s.line !== undefined) paras = s.line
    }
    return paras
  })
}
