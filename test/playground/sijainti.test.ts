/** The playground's JSON position scanner (playground/sijainti.ts): a finding's path → the range in the text. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dokumentit, polunOsat, riviJaSarake, sijainti, type Osa } from '../../playground/sijainti'
import { koskiExample, run } from '../support'

const kohta = (t: string, polku: string) => {
  const a = sijainti(t, polunOsat(polku))
  return { teksti: t.slice(a.start, a.end), exact: a.exact, avain: a.keyStart === undefined ? undefined : t.slice(a.keyStart, a.start) }
}

describe('polunOsat', () => {
  it('splits keys and indices', () => {
    expect(polunOsat('')).toEqual([])
    expect(polunOsat('opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[12].alku')).toEqual(['opiskeluoikeudet', 0, 'tila', 'opiskeluoikeusjaksot', 12, 'alku'])
    expect(polunOsat('[3].a')).toEqual([3, 'a'])
    expect(polunOsat('henkilö.äidinkieli')).toEqual(['henkilö', 'äidinkieli'])
  })
})

describe('sijainti', () => {
  const t = '{ "a": 1, "b": { "c": [10, {"d": "x}]\\"y"}, [1, 2]], "e": null }, "f": "g" }'

  it('finds values of every kind, with their key', () => {
    expect(kohta(t, '')).toEqual({ teksti: t, exact: true, avain: undefined })
    expect(kohta(t, 'a')).toEqual({ teksti: '1', exact: true, avain: '"a": ' })
    expect(kohta(t, 'b.c[0]')).toEqual({ teksti: '10', exact: true, avain: undefined })
    expect(kohta(t, 'b.c[1].d')).toEqual({ teksti: '"x}]\\"y"', exact: true, avain: '"d": ' })
    expect(kohta(t, 'b.c[2]')).toEqual({ teksti: '[1, 2]', exact: true, avain: undefined })
    expect(kohta(t, 'b.e')).toEqual({ teksti: 'null', exact: true, avain: '"e": ' })
    expect(kohta(t, 'f').teksti).toBe('"g"')
  })

  it('a path past the text: the deepest part found, not exact', () => {
    expect(kohta(t, 'b.puuttuu')).toMatchObject({ teksti: '{ "c": [10, {"d": "x}]\\"y"}, [1, 2]], "e": null }', exact: false, avain: '"b": ' })
    expect(kohta(t, 'b.c[9]')).toMatchObject({ teksti: '[10, {"d": "x}]\\"y"}, [1, 2]]', exact: false })
    expect(kohta(t, 'a.x').exact).toBe(false)
  })

  it('an escaped key is matched by its value', () => {
    expect(kohta('{"\\u00e4": 5}', 'ä').teksti).toBe('5')
  })

  it('never throws on broken JSON', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.oneof(fc.string(), fc.nat(5)) as fc.Arbitrary<Osa>, { maxLength: 4 }), (teksti, osat) => {
        const a = sijainti(teksti, osat)
        expect(a.start).toBeLessThanOrEqual(a.end)
        expect(a.end).toBeLessThanOrEqual(teksti.length)
      }),
    )
  })

  it('every path of a JSON value, printed at any indent, is found exactly and its text parses back to the value', () => {
    const kaikkiPolut = (v: unknown, polku: Osa[] = []): Osa[][] =>
      [polku].concat(
        Array.isArray(v)
          ? v.flatMap((x, i) => kaikkiPolut(x, [...polku, i]))
          : typeof v === 'object' && v !== null
            ? Object.entries(v).flatMap(([k, x]) => kaikkiPolut(x, [...polku, k]))
            : [],
      )
    const arvoAt = (v: unknown, polku: Osa[]): unknown => polku.reduce<unknown>((x, o) => (x as Record<string | number, unknown>)[o], v)
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 1, 2, '\t'), (arvo, sisennys) => {
        const teksti = JSON.stringify(arvo, null, sisennys)
        for (const polku of kaikkiPolut(arvo).slice(0, 50)) {
          if (polku.some((o) => typeof o === 'string' && (o.includes('.') || o.includes('[') || o === '' || o === '__proto__'))) continue
          const a = sijainti(teksti, polku)
          expect(a.exact).toBe(true)
          expect(JSON.parse(teksti.slice(a.start, a.end))).toEqual(arvoAt(JSON.parse(teksti), polku))
        }
      }),
      { numRuns: 200 },
    )
  })

  it('every finding of a KOSKI example points at a spot in its text', () => {
    const doc = koskiExample('tutkintokoulutukseenvalmentavakoulutus-eivalmistunut_2022-03-08.json')
    const teksti = JSON.stringify(doc, null, 2)
    const report = run(doc)
    expect(report.findings.length).toBeGreaterThan(2)
    for (const f of report.findings) {
      const a = sijainti(teksti, polunOsat(f.path))
      expect(a.end, f.path).toBeGreaterThan(a.start)
    }
    const rah = report.findings.find((f) => f.key === 'badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto')!
    const a = sijainti(teksti, polunOsat(rah.path))
    expect(a.exact).toBe(false) // opintojenRahoitus is missing: the jakso is marked
    expect(JSON.parse(teksti.slice(a.start, a.end))).toHaveProperty('tila')
  })
})

describe('dokumentit', () => {
  it('one JSON document, pretty-printed over many lines', () => {
    expect(dokumentit('{\n "a": 1\n}\n')).toEqual({ muoto: 'json', osat: [{ start: 0, end: 12, rivi: 1 }] })
  })

  it('NDJSON: one document per non-empty line, with its line number', () => {
    const t = '{"a":1}\n\n{"b":2}\r\n{"c":'
    expect(dokumentit(t)).toEqual({
      muoto: 'ndjson',
      osat: [
        { start: 0, end: 7, rivi: 1 },
        { start: 9, end: 17, rivi: 3 },
        { start: 18, end: 23, rivi: 4 },
      ],
    })
  })

  it('broken JSON on one line stays one document', () => {
    expect(dokumentit('{"a":').muoto).toBe('json')
  })

  it('riviJaSarake', () => {
    expect(riviJaSarake('ab\ncd', 4)).toEqual({ rivi: 2, sarake: 2 })
    expect(riviJaSarake('ab', 0)).toEqual({ rivi: 1, sarake: 1 })
  })
})
