/** The three forms of the envelope's henkilö (OidHenkilö, UusiHenkilö, TäydellisetHenkilötiedot) and their failures. */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY } from '../../src'
import { byRule, oo, run, validTuvaOppija } from '../support'

const withHenkilö = (henkilö: unknown) => {
  const doc = validTuvaOppija()
  doc.henkilö = henkilö
  return doc
}
const schema = (henkilö: unknown) =>
  run(withHenkilö(henkilö))
    .findings.filter((f) => f.key === JSON_SCHEMA_KEY)
    .map((f) => [f.rule, f.errorType, f.path])

const OID = '1.2.246.562.24.00000000001'
const HETU = '270504A317P'

describe('OidHenkilö { oid }', () => {
  it('a valid henkilö oid passes', () => {
    const report = run(withHenkilö({ oid: OID }))
    expect(report.findings.filter((f) => f.key === JSON_SCHEMA_KEY || f.rule === 'G-HLÖ-1')).toEqual([])
  })

  it.each(['1.2.246.562.98.00000000001', '1.2.246.562.198.00000000001'])('oid %s (other henkilö oid classes) passes', (oid) => {
    expect(schema({ oid })).toEqual([])
  })

  it('"Oid virheellinen": a malformed oid → regularExpressionMismatch at henkilö.oid', () => {
    for (const oid of ['123.123.123', '1.2.246.562.24.123', '1.2.246.562.10.00000000001', '1.2.246.562.24.000000000011']) {
      expect(schema({ oid })).toEqual([['S-13', 'regularExpressionMismatch', 'henkilö.oid']])
    }
  })

  it('an empty oid → emptyString', () => {
    expect(schema({ oid: '' })).toEqual([['S-3', 'emptyString', 'henkilö.oid']])
  })

  it('a key with the value null beside the oid still counts (KOSKI\'s "no other properties than"): no form fits → notAnyOf', () => {
    expect(schema({ oid: OID, hetu: null, etunimet: null })).toEqual([['S-8', 'notAnyOf', 'henkilö']])
  })
})

describe('UusiHenkilö { hetu, etunimet, kutsumanimi?, sukunimi }', () => {
  it('passes with and without kutsumanimi', () => {
    expect(schema({ hetu: HETU, etunimet: 'Turo', sukunimi: 'Vaara' })).toEqual([])
    expect(schema({ hetu: HETU, etunimet: 'Turo', kutsumanimi: 'Turo', sukunimi: 'Vaara' })).toEqual([])
    expect(schema({ hetu: HETU, etunimet: 'Turo', kutsumanimi: null, sukunimi: 'Vaara' })).toEqual([])
  })

  it('"Nimenä tyhjä merkkijono": sukunimi "" → emptyString at henkilö.sukunimi', () => {
    const report = run(withHenkilö({ hetu: HETU, etunimet: 'Turo', sukunimi: '' }))
    expect(report.findings).toEqual([
      expect.objectContaining({ severity: 'error', key: JSON_SCHEMA_KEY, rule: 'S-3', errorType: 'emptyString', path: 'henkilö.sukunimi' }),
    ])
  })

  it('a required key missing → no form fits: notAnyOf at henkilö, the message naming what is missing', () => {
    const report = run(withHenkilö({ hetu: HETU }))
    expect(report.findings.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-8', 'notAnyOf', 'henkilö']])
    expect(report.findings[0]!.message.fi).toContain('UusiHenkilö')
    expect(report.findings[0]!.message.fi).toContain('etunimet, sukunimi')
    expect(schema({})).toEqual([['S-8', 'notAnyOf', 'henkilö']])
  })

  it('a required key given as null: the form fits (the key is there), and null is a missing value → missingProperty', () => {
    expect(schema({ hetu: null, etunimet: 'Turo', sukunimi: 'Vaara' })).toEqual([['S-2', 'missingProperty', 'henkilö.hetu']])
  })

  it('oid: null beside an UusiHenkilö is a key of another form → notAnyOf', () => {
    expect(schema({ oid: null, hetu: HETU, etunimet: 'Turo', sukunimi: 'Vaara' })).toEqual([['S-8', 'notAnyOf', 'henkilö']])
  })

  it('a field of another form (syntymäaika) → notAnyOf (no form has hetu without oid and syntymäaika)', () => {
    const report = run(withHenkilö({ hetu: HETU, etunimet: 'Turo', sukunimi: 'Vaara', syntymäaika: '2004-05-27' }))
    expect(report.findings.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-8', 'notAnyOf', 'henkilö']])
    expect(report.findings[0]!.message.fi).toContain('syntymäaika')
  })

  it('wrong types → unexpectedType; a number or a boolean is read as its text, as KOSKI does', () => {
    expect(schema({ hetu: HETU, etunimet: ['Turo'], sukunimi: 'Vaara' })).toEqual([['S-2', 'unexpectedType', 'henkilö.etunimet']])
    const report = run(withHenkilö({ hetu: 270504, etunimet: 'Turo', sukunimi: true }))
    expect(report.findings.filter((f) => f.key === JSON_SCHEMA_KEY)).toEqual([])
    expect(byRule(report, 'G-HLÖ-1')).toHaveLength(1) // "270504" is no hetu
  })

  it('the hetu is not checked by the schema but by G-HLÖ-1', () => {
    const report = run(withHenkilö({ hetu: '270504A317X', etunimet: 'Turo', sukunimi: 'Vaara' }))
    expect(report.findings.filter((f) => f.key === JSON_SCHEMA_KEY)).toEqual([])
    expect(byRule(report, 'G-HLÖ-1')).toHaveLength(1)
  })
})

describe('TäydellisetHenkilötiedot { oid, hetu?, syntymäaika?, etunimet, kutsumanimi, sukunimi, äidinkieli?, kansalaisuus?, turvakielto? }', () => {
  const täydellinen = {
    oid: OID,
    hetu: HETU,
    syntymäaika: '2004-05-27',
    etunimet: 'Turo Tapani',
    kutsumanimi: 'Turo',
    sukunimi: 'Vaara',
    äidinkieli: { koodiarvo: 'FI', koodistoUri: 'kieli' },
    kansalaisuus: [{ koodiarvo: '246', koodistoUri: 'maatjavaltiot2' }],
    turvakielto: false,
  }

  it('passes complete, and with only the required fields', () => {
    expect(schema(täydellinen)).toEqual([])
    expect(schema({ oid: OID, etunimet: 'Turo', kutsumanimi: 'Turo', sukunimi: 'Vaara' })).toEqual([])
  })

  it('fields KOSKI returns but the class does not have (modified, sukupuoli) cannot be echoed back → notAnyOf', () => {
    expect(schema({ ...täydellinen, modified: 1700000000000 })).toEqual([['S-8', 'notAnyOf', 'henkilö']])
    expect(schema({ ...täydellinen, sukupuoli: { koodiarvo: '1', koodistoUri: 'sukupuoli' } })).toEqual([['S-8', 'notAnyOf', 'henkilö']])
  })

  it('kutsumanimi is required in this form: without it no form fits → notAnyOf naming it', () => {
    const { kutsumanimi: _, ...ilman } = täydellinen
    const report = run(withHenkilö(ilman))
    expect(report.findings.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-8', 'notAnyOf', 'henkilö']])
    expect(report.findings[0]!.message.fi).toContain('TäydellisetHenkilötiedot; puuttuu: kutsumanimi')
  })

  it('failures of its fields: date, koodi, list, boolean, oid', () => {
    expect(
      schema({
        ...täydellinen,
        oid: '1.2.246.562.24.1',
        syntymäaika: '2004-02-30',
        äidinkieli: { koodiarvo: 'ZZZ', koodistoUri: 'kieli' },
        kansalaisuus: [{ koodiarvo: '246', koodistoUri: 'kieli' }],
        turvakielto: 'ei',
      }),
    ).toEqual([
      ['S-13', 'regularExpressionMismatch', 'henkilö.oid'],
      ['S-4', 'dateFormatMismatch', 'henkilö.syntymäaika'],
      ['S-7', 'tuntematonKoodi', 'henkilö.äidinkieli.koodiarvo'],
      ['S-5', 'enumValueMismatch', 'henkilö.kansalaisuus[0].koodistoUri'],
      ['S-2', 'unexpectedType', 'henkilö.turvakielto'],
    ])
  })

  it('an unknown key: no form fits, and nothing inside is reported → notAnyOf naming the key', () => {
    const report = run(withHenkilö({ ...täydellinen, syntymäaika: '2004-02-30', lempinimi: 'T' }))
    expect(report.findings.map((f) => [f.rule, f.errorType, f.path])).toEqual([['S-8', 'notAnyOf', 'henkilö']])
    expect(report.findings[0]!.message.fi).toContain('lempinimi')
  })

  it('the unknown-code message is KOSKI\'s', () => {
    const report = run(withHenkilö({ ...täydellinen, äidinkieli: { koodiarvo: 'ZZZ', koodistoUri: 'kieli' } }))
    expect(report.findings[0]!.message.fi).toBe('Koodia kieli/ZZZ ei löydy koodistosta')
  })
})

describe('henkilö of no form', () => {
  it('not an object → notAnyOf at henkilö (a union: no form fits)', () => {
    for (const henkilö of ['270504A317P', 42, [], true]) {
      expect(schema(henkilö)).toEqual([['S-8', 'notAnyOf', 'henkilö']])
    }
  })

  it('structural findings of henkilö do not stop the rules of the study rights', () => {
    const doc = withHenkilö({ oid: 'x' })
    oo(doc).tila.opiskeluoikeusjaksot.reverse()
    const report = run(doc)
    expect(report.findings.filter((f) => f.key === JSON_SCHEMA_KEY).map((f) => f.path)).toEqual(['henkilö.oid'])
    expect(byRule(report, 'G-JAKSO-1')).toHaveLength(1)
  })
})
