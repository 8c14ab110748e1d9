/** The subpath koski-validation/virkailija: declared in package.json and the build, and light (no io-ts, no koodisto). */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as virkailija from '../../src/virkailija'

const root = new URL('../../', import.meta.url)
const lue = (polku: string): string => readFileSync(fileURLToPath(new URL(polku, root)), 'utf8')

describe('koski-validation/virkailija', () => {
  it('package.json exports the subpath for import and require, with types (and typesVersions for node10)', () => {
    const pkg = JSON.parse(lue('package.json'))
    expect(pkg.exports['./virkailija']).toEqual({
      import: { types: './dist/virkailija.d.ts', default: './dist/virkailija/index.js' },
      require: { types: './dist/virkailija.d.cts', default: './dist/virkailija.cjs' },
    })
    expect(pkg.typesVersions['*'].virkailija).toEqual(['./dist/virkailija.d.cts'])
    expect(lue('tsup.config.ts')).toContain("virkailija: 'src/virkailija/index.ts'")
  })

  it('exports the functions the issue names, and nothing runs at import', () => {
    for (const nimi of ['salasananPuutteet', 'käyttöoikeudenMuistutuspäivät', 'käyttöoikeusanomusPeruuntuu', 'käyttöoikeudenPuutteet', 'sähköpostiosoitteenPuutteet', 'käyttöoikeudenMyöntämisenPuutteet', 'jotpaPääkäyttäjienPuutteet']) {
      expect(typeof (virkailija as Record<string, unknown>)[nimi], nimi).toBe('function')
    }
  })

  it('its modules import only date-fns, src/date and (for types) src/finding: no io-ts, no koodisto, no clock', () => {
    const kansio = fileURLToPath(new URL('src/virkailija/', root))
    for (const tiedosto of readdirSync(kansio)) {
      const lähde = readFileSync(kansio + tiedosto, 'utf8')
      for (const [, mistä] of lähde.matchAll(/from '([^']+)'/g)) {
        expect(mistä!, `${tiedosto}: ${mistä}`).toMatch(/^(date-fns\/\w+|\.\.\/date\/\w+|\.\.\/finding|\.\/\w+)$/)
      }
      expect(lähde, tiedosto).not.toMatch(/new Date\(\)|Date\.now|dateOfToday/)
    }
  })
})
