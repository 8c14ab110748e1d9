/**
 * Ammatillinen's special-category fields (KOSKI's @SensitiveData) are marked on its codec (`sensitive`), read from
 * KOSKI's schema (Ammatillinen.scala; jotpaAsianumero from the trait JotpaAsianumero, OpiskeluoikeudenLisatiedot.scala:169),
 * and redacted by the special-category helpers like TUVA's.
 */
import { describe, expect, it } from 'vitest'
import { AmmatillinenOpiskeluoikeus } from '../../src'
import { erityisetKentät, LUOTTAMUKSELLINEN_KAIKKI_TIEDOT } from '../../src/codecs/erityiset'

const K = [LUOTTAMUKSELLINEN_KAIKKI_TIEDOT]
const KS = [LUOTTAMUKSELLINEN_KAIKKI_TIEDOT, 'SUORITUSJAKO_KATSELIJA']

describe('AmmatillinenOpiskeluoikeus: @SensitiveData as KOSKI marks it', () => {
  it('lisätiedot (Ammatillinen.scala:86–126, JotpaAsianumero) and the keskiarvo flags of the tutkinto päätasot (Ammatillinen.scala:289, 385, 402)', () => {
    const kentät = erityisetKentät(AmmatillinenOpiskeluoikeus).map((k) => [k.luokka, k.polku, k.roolit])
    expect(kentät).toEqual([
      ['AmmatillisenTutkinnonSuoritus', 'suoritukset[].keskiarvoSisältääMukautettujaArvosanoja', KS],
      ['AmmatillisenTutkinnonOsittainenSuoritus', 'suoritukset[].keskiarvoSisältääMukautettujaArvosanoja', KS],
      ['AmmatillisenTutkinnonOsittainenSuoritus', 'suoritukset[].korotettuKeskiarvoSisältääMukautettujaArvosanoja', KS],
      ...[
        'sisäoppilaitosmainenMajoitus',
        'vaativanErityisenTuenYhteydessäJärjestettäväMajoitus',
        'erityinenTuki',
        'vaativanErityisenTuenErityinenTehtävä',
        'hojks',
        'vaikeastiVammainen',
        'vammainenJaAvustaja',
        'opiskeluvalmiuksiaTukevatOpinnot',
        'vankilaopetuksessa',
        'jotpaAsianumero',
      ].map((k) => ['AmmatillisenOpiskeluoikeudenLisätiedot', `lisätiedot.${k}`, K]),
    ])
  })
})
