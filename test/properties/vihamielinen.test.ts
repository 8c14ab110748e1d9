/**
 * Issue 9's reproducers of super-linear work and unbounded output, as growth ratios (the time of 4n against n, the
 * median of several runs; never an absolute timing), and the bounds that keep work proportional to the input.
 */
import { describe, expect, it } from 'vitest'
import { LISTAN_ENIMMÄISPITUUS, validate } from '../../src'
import { javanDesimaali, LUKUTEKSTIN_PITUUS } from '../../src/codecs/schema'
import { LAINAUKSEN_PITUUS, lainaus } from '../../src/yksityisyys'
import { LINEAARINEN_KASVU, TODAY, kasvusuhde, oo, validTuvaOppija, type Json } from '../support'

describe('no super-linear path (growth ratios)', () => {
  it('a number text "1"×n + "x" or " "×n + "1" of 1 MiB in laajuus.arvo (DESIMAALI was ambiguous, the whitespace strip quadratic: 32 kB took 6 s)', () => {
    for (const arvo of [`${'1'.repeat(1 << 20)}x`, `${' '.repeat(1 << 20)}1`]) {
      const doc = validTuvaOppija()
      oo(doc).suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo = arvo
      // it returns at all: the old expressions did not finish on 1 MiB
      const report = validate(doc, { today: TODAY })
      expect(report.findings.map((f) => `${f.errorType} ${f.path}`)).toContain('unexpectedType opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0].koulutusmoduuli.laajuus.arvo')
    }
  })

  it('Java\'s Double.parseDouble texts are read as before, up to the bound', () => {
    expect(javanDesimaali(' \t 2.5d \n')).toBe(2.5)
    expect(javanDesimaali('1 d')).toBeUndefined()
    expect(javanDesimaali('.5e1F')).toBe(5)
    expect(javanDesimaali('+1.')).toBe(1)
    expect(javanDesimaali(`${' '.repeat(LUKUTEKSTIN_PITUUS - 1)}1`)).toBe(1)
    expect(javanDesimaali(`${' '.repeat(LUKUTEKSTIN_PITUUS)}1`)).toBeUndefined()
    for (const ei of ['', ' ', '.', 'e5', '1e', '0x10', 'NaN', 'Infinity', '1..2', '1.2.3']) expect(javanDesimaali(ei)).toBeUndefined()
  })

  it('a stored purettu "0"×n + "1" in previous (/0+$/ was quadratic)', () => {
    const f = (n: number) => {
      const doc = validTuvaOppija()
      const previous = structuredClone(doc)
      oo(previous).lähdejärjestelmäkytkentäPurettu = { purettu: `2024-01-01T10:00:00.${'0'.repeat(n)}1` }
      validate(doc, { today: TODAY, previous })
    }
    expect(kasvusuhde(f, 20_000)).toBeLessThan(LINEAARINEN_KASVU)
  })

  it('many study rights matched against as many stored versions (matchPrevious searched linearly)', () => {
    const base = validTuvaOppija()
    const f = (n: number) => {
      const opiskeluoikeudet = Array.from({ length: n }, (_, i) => ({ ...oo(base), oid: `1.2.246.562.15.${String(i).padStart(11, '0')}` }))
      validate({ ...base, opiskeluoikeudet }, { today: TODAY, previous: { opiskeluoikeudet: [...opiskeluoikeudet].reverse() } })
    }
    expect(kasvusuhde(f, 200)).toBeLessThan(LINEAARINEN_KASVU)
  })
})

describe('arrays whose length exceeds their elements', () => {
  it('a list longer than the bound is one finding and is not descended into (length 2**32 - 1)', () => {
    const doc = validTuvaOppija()
    const jaksot: Json[] = []
    jaksot.length = 2 ** 32 - 1
    oo(doc).tila.opiskeluoikeusjaksot = jaksot
    const report = validate(doc, { today: TODAY })
    expect(report.findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)).toEqual([`S-9 moreThanMaximumNumberOfItems opiskeluoikeudet[0].tila.opiskeluoikeusjaksot`])
    expect(report.findings[0]!.message.en).toContain(String(LISTAN_ENIMMÄISPITUUS))
    const envelope = { henkilö: doc.henkilö, opiskeluoikeudet: jaksot }
    expect(validate(envelope, { today: TODAY }).findings.map((f) => `${f.rule} ${f.path}`)).toEqual(['S-9 opiskeluoikeudet'])
    expect(validate(validTuvaOppija(), { today: TODAY, previous: { opiskeluoikeudet: jaksot } }).valid).toBe(true)
  })

  it('a hole reads as the null JSON.stringify writes for it', () => {
    const doc = validTuvaOppija()
    const [eka, toka] = oo(doc).tila.opiskeluoikeusjaksot
    const harva: Json[] = [eka]
    harva[2] = toka
    oo(doc).tila.opiskeluoikeusjaksot = harva
    const viaJson = JSON.parse(JSON.stringify(doc))
    const strip = (r: { findings: readonly { rule: string; path: string; errorType?: string }[] }) => r.findings.map((f) => `${f.rule} ${f.errorType} ${f.path}`)
    expect(strip(validate(doc, { today: TODAY }))).toEqual(strip(validate(viaJson, { today: TODAY })))
  })
})

describe('output is bounded', () => {
  it('a value is quoted by a bounded prefix, a key in a path by a longer one', () => {
    const doc = validTuvaOppija()
    const pitkä = 'x'.repeat(100_000)
    oo(doc).suoritukset[0].suorituskieli.koodiarvo = pitkä
    oo(doc)[pitkä] = 1
    const report = validate(doc, { today: TODAY })
    expect(report.findings.length).toBeGreaterThanOrEqual(2)
    for (const f of report.findings) {
      expect(f.path.length).toBeLessThanOrEqual(300)
      for (const lang of ['fi', 'sv', 'en'] as const) expect(f.message[lang].length).toBeLessThan(2000)
    }
    expect(lainaus(pitkä)).toHaveLength(LAINAUKSEN_PITUUS)
    expect(lainaus('lyhyt')).toBe('lyhyt')
    expect(lainaus(`${'a'.repeat(LAINAUKSEN_PITUUS - 2)}😀😀`)).toBe(`${'a'.repeat(LAINAUKSEN_PITUUS - 2)}…`)
  })
})
