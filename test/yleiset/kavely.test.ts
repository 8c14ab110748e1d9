/** The shared walkers of an osasuoritus tree (src/rules/helpers.ts): order, paths, parents, and deep trees. */
import { describe, expect, it } from 'vitest'
import { eachOsasuoritus, eachOsasuoritusIlmanPolkua, eachSuoritus } from '../../src/rules/helpers'
import type { SuoritusLike } from '../../src/rules/shapes'

const s = (koodiarvo: string, osasuoritukset?: readonly SuoritusLike[]): SuoritusLike => ({
  tyyppi: { koodistoUri: 'suorituksentyyppi', koodiarvo: 'x' },
  koulutusmoduuli: { tunniste: { koodistoUri: 'k', koodiarvo } },
  ...(osasuoritukset === undefined ? {} : { osasuoritukset }),
})
const nimi = (x: SuoritusLike | undefined): string => x?.koulutusmoduuli.tunniste.koodiarvo ?? '-'

// a(b(c, d), e(f)), g
const puu = [s('a', [s('b', [s('c'), s('d')]), s('e', [s('f')])]), s('g', [])]

describe('eachOsasuoritus', () => {
  it('visits depth first in document order, with the path and the parent, and leaves a node after its osasuoritukset', () => {
    const tapahtumat: string[] = []
    eachOsasuoritus(
      puu[0]!,
      'P',
      (os, path, parent) => tapahtumat.push(`${nimi(os)} ${path} <${nimi(parent)}`),
      (os) => tapahtumat.push(`/${nimi(os)}`),
    )
    expect(tapahtumat).toEqual([
      'b P.osasuoritukset[0] <a',
      'c P.osasuoritukset[0].osasuoritukset[0] <b',
      '/c',
      'd P.osasuoritukset[0].osasuoritukset[1] <b',
      '/d',
      '/b',
      'e P.osasuoritukset[1] <a',
      'f P.osasuoritukset[1].osasuoritukset[0] <e',
      '/f',
      '/e',
    ])
  })

  it('reads the deepest tree the codecs accept (500 levels) and far deeper without overflowing the stack, once per node', () => {
    for (const syvyys of [500, 5000]) {
      let o = s('lehti')
      for (let i = 0; i < syvyys; i++) o = s(`t${i}`, [o])
      let käyty = 0
      let poistuttu = 0
      eachOsasuoritus(
        o,
        '',
        () => käyty++,
        () => poistuttu++,
      )
      expect([käyty, poistuttu]).toEqual([syvyys, syvyys])
      let ilman = 0
      eachOsasuoritusIlmanPolkua(o, () => ilman++)
      expect(ilman).toBe(syvyys)
    }
  })
})

describe('eachSuoritus', () => {
  it('visits each päätaso (no parent) and then the osasuoritukset below it, with their paths', () => {
    const käynnit: string[] = []
    eachSuoritus(puu, 'opiskeluoikeudet[0]', (x, path, parent) => käynnit.push(`${nimi(x)} ${path} <${nimi(parent)}`))
    expect(käynnit).toEqual([
      'a opiskeluoikeudet[0].suoritukset[0] <-',
      'b opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0] <a',
      'c opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0].osasuoritukset[0] <b',
      'd opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0].osasuoritukset[1] <b',
      'e opiskeluoikeudet[0].suoritukset[0].osasuoritukset[1] <a',
      'f opiskeluoikeudet[0].suoritukset[0].osasuoritukset[1].osasuoritukset[0] <e',
      'g opiskeluoikeudet[0].suoritukset[1] <-',
    ])
  })

  it('paths of a document validated alone start at suoritukset', () => {
    const polut: string[] = []
    eachSuoritus([s('a')], '', (_x, path) => polut.push(path))
    expect(polut).toEqual(['suoritukset[0]'])
  })
})

describe('eachOsasuoritusIlmanPolkua', () => {
  it('visits every osasuoritus at any depth, not the suoritus itself', () => {
    const käydyt: string[] = []
    eachOsasuoritusIlmanPolkua(puu[0]!, (os) => käydyt.push(nimi(os)))
    expect(käydyt).toEqual(['b', 'c', 'd', 'e', 'f'])
  })
})
