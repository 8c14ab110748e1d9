/** The JOTPA main user rules (seed 000, "Jotpa-pääkäyttäjä ja käyttöoikeuksien hallinta Virkailijan Opintopolussa"). */
import { describe, expect, it } from 'vitest'
import { jotpaPääkäyttäjienPuutteet, käyttöoikeudenMyöntämisenPuutteet } from '../../src/virkailija'

const ORG = '1.2.246.562.10.00000000001'
const TOINEN_ORG = '1.2.246.562.10.00000000002'
const A = '1.2.246.562.24.00000000001'
const B = '1.2.246.562.24.00000000002'

describe('käyttöoikeudenMyöntämisenPuutteet', () => {
  it('another official of the same organisation: allowed', () => {
    expect(käyttöoikeudenMyöntämisenPuutteet({ oid: A, organisaatio: ORG }, { oid: B, organisaatio: ORG })).toEqual([])
  })

  it('"Itselleen ei ole mahdollista myöntää eikä uusia käyttöoikeuksia"', () => {
    const puutteet = käyttöoikeudenMyöntämisenPuutteet({ oid: A, organisaatio: ORG }, { oid: A, organisaatio: ORG })
    expect(puutteet.map((p) => p.koodi)).toEqual(['myöntääItselleen'])
    expect(puutteet[0]!.message.fi).toMatch(/^Itselleen ei ole mahdollista myöntää eikä uusia käyttöoikeuksia/)
    expect(puutteet[0]!.message.sv).toContain('JOTPA-huvudanvändare')
    expect(JSON.stringify(puutteet)).not.toContain(A)
  })

  it('"toiselle virkailijalle omassa organisaatiossaan": another organisation is a shortcoming', () => {
    expect(käyttöoikeudenMyöntämisenPuutteet({ oid: A, organisaatio: ORG }, { oid: B, organisaatio: TOINEN_ORG }).map((p) => p.koodi)).toEqual(['eriOrganisaatio'])
    expect(käyttöoikeudenMyöntämisenPuutteet({ oid: A, organisaatio: ORG }, { oid: A, organisaatio: TOINEN_ORG }).map((p) => p.koodi)).toEqual(['myöntääItselleen', 'eriOrganisaatio'])
  })
})

describe('jotpaPääkäyttäjienPuutteet', () => {
  const today = '2025-06-01'
  const koodit = (oikeudet: Parameters<typeof jotpaPääkäyttäjienPuutteet>[0]) => jotpaPääkäyttäjienPuutteet(oikeudet, today).map((p) => p.koodi)

  it('two persons with a valid right: fine', () => {
    expect(koodit([{ oid: A, päättymispäivä: '2025-12-31' }, { oid: B, alkamispäivä: '2025-01-01', päättymispäivä: '2025-06-01' }])).toEqual([])
  })

  it('"ainakin kahdella henkilöllä": one person (also with two rights) is `vainYksiJotpaPääkäyttäjä`', () => {
    expect(koodit([{ oid: A, päättymispäivä: '2025-12-31' }])).toEqual(['vainYksiJotpaPääkäyttäjä'])
    expect(koodit([{ oid: A, päättymispäivä: '2025-12-31' }, { oid: A, päättymispäivä: '2026-03-31' }])).toEqual(['vainYksiJotpaPääkäyttäjä'])
  })

  it('expired, not yet started, or undated rights do not count; none at all is `eiJotpaPääkäyttäjää`', () => {
    expect(koodit([])).toEqual(['eiJotpaPääkäyttäjää'])
    expect(koodit([{ oid: A, päättymispäivä: '2025-05-31' }, { oid: B, alkamispäivä: '2025-06-02', päättymispäivä: '2026-01-01' }])).toEqual(['eiJotpaPääkäyttäjää'])
    expect(koodit([{ oid: A, päättymispäivä: '2025-12-31' }, { oid: B, päättymispäivä: 'pian' }])).toEqual(['vainYksiJotpaPääkäyttäjä'])
    const [p] = jotpaPääkäyttäjienPuutteet([], today)
    expect(p!.message.fi).toContain('info@jotpa.fi')
  })

  it('`today` must be a calendar date; linear in the number of rights', () => {
    expect(() => jotpaPääkäyttäjienPuutteet([], '2025-6-1')).toThrow(RangeError)
    const monta = Array.from({ length: 200_000 }, () => ({ oid: A, päättymispäivä: '2030-01-01' }))
    const alku = performance.now()
    expect(jotpaPääkäyttäjienPuutteet(monta, today).map((p) => p.koodi)).toEqual(['vainYksiJotpaPääkäyttäjä'])
    expect(performance.now() - alku).toBeLessThan(1000)
  })
})
