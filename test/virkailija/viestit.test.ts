/** Every message of koski-validation/virkailija follows docs/glossary.md (the same check as the validator's messages). */
import { describe, expect, it } from 'vitest'
import {
  jotpaPääkäyttäjienPuutteet,
  käyttöoikeudenMyöntämisenPuutteet,
  käyttöoikeudenPuutteet,
  salasananPuutteet,
  sähköpostiosoitteenPuutteet,
  type Puute,
} from '../../src/virkailija'
import { viestinOngelmat } from '../messages/tarkistus'

const kaikki = (): readonly Puute[] => [
  ...salasananPuutteet('ä @', 'x'),
  ...käyttöoikeudenPuutteet({ alkamispäivä: 'x', päättymispäivä: 'y' }, '2025-01-01'),
  ...käyttöoikeudenPuutteet({ alkamispäivä: '2024-12-01', päättymispäivä: '2024-11-01' }, '2025-01-01'),
  ...käyttöoikeudenPuutteet({ alkamispäivä: '2025-01-01', päättymispäivä: '2026-01-02' }, '2025-01-01'),
  ...sähköpostiosoitteenPuutteet(''),
  ...sähköpostiosoitteenPuutteet('x'.repeat(300)),
  ...sähköpostiosoitteenPuutteet('.@x'),
  ...käyttöoikeudenMyöntämisenPuutteet({ oid: 'a', organisaatio: 'o' }, { oid: 'a', organisaatio: 'p' }),
  ...jotpaPääkäyttäjienPuutteet([], '2025-01-01'),
  ...jotpaPääkäyttäjienPuutteet([{ oid: 'a', päättymispäivä: '2025-12-31' }], '2025-01-01'),
]

describe('koski-validation/virkailija messages', () => {
  it('every code is reached by the sample above', () => {
    expect(new Set(kaikki().map((p) => p.koodi)).size).toBe(7 + 4 + 5 + 2 + 2)
  })

  it('three languages, the glossary’s terms, one date form per language, no personal data', () => {
    expect(kaikki().flatMap((p) => viestinOngelmat(p.message, p.koodi))).toEqual([])
  })
})
