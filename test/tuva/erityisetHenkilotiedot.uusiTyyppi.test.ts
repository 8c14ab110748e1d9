/**
 * A new type cannot forget its special-category fields: once its codec marks them (`strict(…, { sensitive })`) and
 * its descriptor is in TYYPIT, the check and the redaction cover them — here a made-up type added to TYYPIT, with a
 * marked field in its lisätiedot, one in the items of its `suoritukset` and one in a recursive `osasuoritukset`.
 */
import { describe, expect, it, vi } from 'vitest'
import { erityistenHenkilötietojenPolut, poistaErityisetHenkilötiedot, sisältääErityisiäHenkilötietoja } from '../../src/tyypit/tuva/funktiot/erityisetHenkilotiedot'

vi.mock('../../src/tyypit', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/tyypit')>()
  const { Str, lista, strict } = await import('../../src/codecs/schema')
  const { VAIN_LUOTTAMUKSELLINEN: K } = await import('../../src/codecs/erityiset')
  const osa = strict('TestiOsa', {}, { tukitoimi: Str, nimi: Str }, { sensitive: { tukitoimi: K } })
  ;(osa.optional as Record<string, unknown>).osasuoritukset = lista(osa)
  ;(osa.fields as string[]).push('osasuoritukset')
  const codec = strict(
    'TestiOpiskeluoikeus',
    { suoritukset: lista(strict('TestiSuoritus', {}, { mukautettu: Str, osasuoritukset: lista(osa) }, { sensitive: { mukautettu: K } })) },
    { lisätiedot: strict('TestiLisätiedot', {}, { hojks: Str, muu: Str }, { sensitive: { hojks: K } }) },
  )
  return { ...original, TYYPIT: [...original.TYYPIT, { tyyppi: 'testi', codec }] }
})

describe('a type added to TYYPIT', () => {
  const doc = {
    opiskeluoikeudet: [
      {
        lisätiedot: { hojks: 'x', muu: 'y', erityinenTuki: [] },
        suoritukset: [{ mukautettu: 'x', osasuoritukset: [{ tukitoimi: 'x', nimi: 'n', osasuoritukset: [{ tukitoimi: 'x', nimi: 'm' }] }] }],
      },
    ],
    muualla: { hojks: 'ei lisätiedoissa', mukautettu: 'ei suorituksessa' },
  }
  it('has its marked fields found, in lisätiedot, in a list’s items and in a recursive list', () => {
    expect(sisältääErityisiäHenkilötietoja(doc)).toBe(true)
    expect(erityistenHenkilötietojenPolut(doc)).toEqual([
      'opiskeluoikeudet[0].lisätiedot.erityinenTuki',
      'opiskeluoikeudet[0].lisätiedot.hojks',
      'opiskeluoikeudet[0].suoritukset[0].mukautettu',
      'opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0].osasuoritukset[0].tukitoimi',
      'opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0].tukitoimi',
    ])
  })
  it('has them redacted, and the same keys elsewhere kept', () => {
    expect(poistaErityisetHenkilötiedot(doc)).toEqual({
      opiskeluoikeudet: [{ lisätiedot: { muu: 'y' }, suoritukset: [{ osasuoritukset: [{ nimi: 'n', osasuoritukset: [{ nimi: 'm' }] }] }] }],
      muualla: { hojks: 'ei lisätiedoissa', mukautettu: 'ei suorituksessa' },
    })
  })
  it('a list context applies to a list’s items only, a lisätiedot context to an object only', () => {
    expect(sisältääErityisiäHenkilötietoja({ suoritukset: { mukautettu: 'x' } })).toBe(false)
    expect(sisältääErityisiäHenkilötietoja({ lisätiedot: [{ hojks: 'x' }] })).toBe(false)
    expect(sisältääErityisiäHenkilötietoja({ suoritukset: [[{ mukautettu: 'x' }]] })).toBe(false)
  })
})
