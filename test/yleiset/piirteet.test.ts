/**
 * What the structural findings' maker (src/codecs/errors.ts) finds of an unknown key in its one scan of it — for the
 * masking, the "did you mean" and maxFindings — is what each module's own function finds of the same key.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeAt } from '../../src/codecs/errors'
import { issueOf } from '../../src/codecs/schema'
import { jsonPointer, lisääKaikki, pointerToken, tiedotOf, warning, type Finding } from '../../src/finding'
import { kuvionTiiviste } from '../../src/kuvio'
import { lähinKenttä } from '../../src/messages/lahinKentta'
import { schemaMessage } from '../../src/messages/schema'
import { TutkintokoulutukseenValmentavanOpiskeluoikeus } from '../../src/tyypit/tuva/codec'
import { kuusiNumeroa, merkkijoukko } from '../../src/yksityisyys'
import { oo, validTuvaOppija } from '../support'

const C = TutkintokoulutukseenValmentavanOpiskeluoikeus

/** The study right with `avaimet` as unknown keys of its own and of its first jakso (a key of an object in a list). */
const rikottu = (avaimet: readonly string[]) => {
  const o = oo(validTuvaOppija())
  for (const a of avaimet) o[a] = 1
  for (const a of avaimet) o.tila.opiskeluoikeusjaksot[0][a] = 2
  return o
}

const löydökset = (d: unknown, max?: number): readonly Finding[] => {
  const r = decodeAt(C, d, 'opiskeluoikeudet[0]', max)
  return 'findings' in r ? r.findings : []
}

// keys of every kind the scan tells apart: digits in runs, `~`, `/`, `[`, `]`, letters of both cases, ä/ö/å, others
const merkki = fc.constantFrom('a', 'T', 't', 'u', 'r', 'o', 'ä', 'Ö', 'å', '0', '1', '2', '7', '~', '/', '[', ']', '.', '-', ' ', '€', '😀')
const avain = fc.oneof(
  fc.array(merkki, { minLength: 1, maxLength: 16 }).map((a) => a.join('')),
  fc.constantFrom('tila2', 'tuntematon123', '270504A317P', 'x[12]', 'a~b/c', 'Turo', 'suorituks', 'x'.repeat(70), '1234567'),
  fc.string({ minLength: 1, maxLength: 12 }),
)

describe("the one scan of an unknown key (Polut's luePiirteet)", () => {
  it('property: classes, six digits, escapes and hash as merkkijoukko, kuusiNumeroa, pointerToken and kuvionTiiviste find them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(avain, { minLength: 1, maxLength: 5 }), fc.constantFrom(undefined, 3), (avaimet, max) => {
        const fs = löydökset(rikottu(avaimet), max)
        expect(fs.length).toBeGreaterThan(0)
        for (const f of fs) {
          const t = tiedotOf(f)!
          const polku = t.polku!
          expect(t.polunMerkit, f.path).toBe(polku.reduce((m, k) => m | merkkijoukko(k), 0))
          expect(t.polunKuusi, f.path).toBe(polku.some(kuusiNumeroa))
          expect(t.kenoton, f.path).toBe(polku.every((k) => pointerToken(k) === k))
          if (max !== undefined) expect(t.tiiviste, f.path).toBe(kuvionTiiviste(f.path))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('property: the message, its "did you mean" and its quotes are as schemaMessage makes them of the issue alone', () => {
    fc.assert(
      fc.property(fc.uniqueArray(avain, { minLength: 1, maxLength: 5 }), (avaimet) => {
        const o = rikottu(avaimet)
        const r = C.validate(o, [{ key: '', type: C, actual: o }])
        if (r._tag === 'Right') throw new Error('expected failures')
        const fs = löydökset(o)
        for (let i = 0; i < fs.length; i++) {
          const issue = issueOf(r.left[i]!)
          // the message made from the issue alone, its "did you mean" by lähinKenttä scanning the key itself
          const { hint, lainaukset: _, ...message } = schemaMessage(issue)
          expect(fs[i]!.message, fs[i]!.path).toEqual(message)
          expect(fs[i]!.hint, fs[i]!.path).toEqual(hint)
          expect(tiedotOf(fs[i]!)?.viesti, fs[i]!.path).toEqual(schemaMessage(issue).lainaukset ?? [])
          if (issue.errorType === 'unexpectedProperty') {
            const lähin = lähinKenttä(issue.key, issue.kentät)
            if (lähin !== undefined) expect(fs[i]!.hint!.en).toContain(lähin)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('suggests the field for a typo and masks a key holding the hetu, scanned once', () => {
    const fs = löydökset(rikottu(['suorituks', '010101A123N']))
    const typo = fs.find((f) => f.path === 'opiskeluoikeudet[0].suorituks')!
    expect(typo.hint!.en).toContain('Did you mean field suoritukset?')
    const t = tiedotOf(fs.find((f) => f.path === 'opiskeluoikeudet[0].010101A123N')!)!
    expect(t.polunKuusi).toBe(true)
  })
})

describe('lisääKaikki', () => {
  it('appends every finding in order, however many', () => {
    const f = (i: number): Finding => ({ severity: 'error', key: 'k', rule: 'R', path: `p${i}`, pointer: `/p${i}`, message: { fi: '', sv: '', en: '' } })
    for (const n of [0, 1, 8, 9, 100, 4096, 4097, 10_000]) {
      const out = [f(-1)]
      const lisättävät = Array.from({ length: n }, (_, i) => f(i))
      lisääKaikki(out, lisättävät)
      expect(out.map((x) => x.path)).toEqual(['p-1', ...lisättävät.map((x) => x.path)])
    }
  })
})

describe("the one pass over a rule's path (its pointer and the masking's classes)", () => {
  // paths of every kind: our keys and indices, and texts the masking reads (digits in runs, `~`, `/`, names' letters)
  const osa = fc.oneof(
    fc.constantFrom('opiskeluoikeudet[0]', '.lisätiedot', '.maksuttomuus', '[12]', '[123456]', '.tila', '.a~b', '/x', '.Turo', '270504A317P', '.', '[', ']', ''),
    fc.array(merkki, { maxLength: 8 }).map((a) => a.join('')),
  )
  const polku = fc.oneof(fc.array(osa, { maxLength: 8 }).map((a) => a.join('')), fc.constant('x'.repeat(4001)), fc.string({ maxLength: 30 }))

  it('property: a marked rule finding has jsonPointer of its path, and the whole path’s classes, six digits and escapes', () => {
    fc.assert(
      fc.property(polku, (path) => {
        const f = warning('T-OHJE-7', 'tuvaSuoritusaikaYliVuoden', path, { fi: 'a', sv: 'b', en: 'c', lainaukset: [] })
        expect(f.pointer).toBe(jsonPointer(path))
        const t = tiedotOf(f)!
        expect(t.polku).toBeUndefined()
        expect(t.polunMerkit, path).toBe(merkkijoukko(path))
        expect(t.polunKuusi, path).toBe(kuusiNumeroa(path))
        expect(t.kenoton, path).toBe(path.indexOf('~') === -1 && path.indexOf('/') === -1)
        // an unmarked one (its message masked whole) has the same pointer
        expect(warning('T-OHJE-7', 'tuvaSuoritusaikaYliVuoden', path, { fi: 'a', sv: 'b', en: 'c' }).pointer).toBe(jsonPointer(path))
      }),
      { numRuns: 500 },
    )
  })
})
