/** The three forms of the envelope's henkilö (OidHenkilö, UusiHenkilö, TäydellisetHenkilötiedot) and their failures. */
import { describe, expect, it } from 'vitest'
import { JSON_SCHEMA_KEY } from '../../src'
import { byRule, oo, run, validTuvaOppija } from '../helpers'

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

  it('oid with null beside it is still an OidHenkilö', () => {
    expect(schema({ oid: OID, hetu: null, etunimet: null })).toEqual([])
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

  it('required fields missing or null → missingProperty each', () => {
    expect(schema({ hetu: HETU })).toEqual([
      ['S-2', 'missingProperty', 'henkilö.etunimet'],
      ['S-2', 'missingProperty', 'henkilö.sukunimi'],
    ])
    expect(schema({ hetu: null, etunimet: 'Turo', sukunimi: 'Vaara' })).toEqual([['S-2', 'missingProperty', 'henkilö.hetu']])
    expect(schema({})).toEqual([
      ['S-2', 'missingProperty', 'henkilö.hetu'],
      ['S-2', 'missingProperty', 'henkilö.etunimet'],
      ['S-2', 'missingProperty', 'henkilö.sukunimi'],
    ])
  })

  it('oid: null is an absent oid: still an UusiHenkilö', () => {
    expect(schema({ oid: null, hetu: HETU, etunimet: 'Turo', sukunimi: 'Vaara' })).toEqual([])
  })

  it('a field of another form (syntymäaika) → unexpectedProperty', () => {
    expect(schema({ hetu: HETU, etunimet: 'Turo', sukunimi: 'Vaara', syntymäaika: '2004-05-27' })).toEqual([['S-1', 'unexpectedProperty', 'henkilö.syntymäaika']])
  })

  it('wrong types → unexpectedType', () => {
    expect(schema({ hetu: 270504, etunimet: ['Turo'], sukunimi: 'Vaara' })).toEqual([
      ['S-2', 'unexpectedType', 'henkilö.hetu'],
      ['S-2', 'unexpectedType', 'henkilö.etunimet'],
    ])
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

  it('fields KOSKI returns (modified, sukupuoli) may be echoed back', () => {
    expect(schema({ ...täydellinen, modified: 1700000000000, sukupuoli: { koodiarvo: '1', koodistoUri: 'sukupuoli' } })).toEqual([])
  })

  it('kutsumanimi is required in this form', () => {
    const { kutsumanimi: _, ...ilman } = täydellinen
    expect(schema(ilman)).toEqual([['S-2', 'missingProperty', 'henkilö.kutsumanimi']])
  })

  it('failures of its fields: date, koodi, list, boolean, oid, unknown key', () => {
    expect(
      schema({
        ...täydellinen,
        oid: '1.2.246.562.24.1',
        syntymäaika: '2004-02-30',
        äidinkieli: { koodiarvo: 'ZZZ', koodistoUri: 'kieli' },
        kansalaisuus: [{ koodiarvo: '246', koodistoUri: 'kieli' }],
        turvakielto: 'ei',
        lempinimi: 'T',
      }),
    ).toEqual([
      ['S-1', 'unexpectedProperty', 'henkilö.lempinimi'],
      ['S-13', 'regularExpressionMismatch', 'henkilö.oid'],
      ['S-4', 'dateFormatMismatch', 'henkilö.syntymäaika'],
      ['S-7', 'tuntematonKoodi', 'henkilö.äidinkieli.koodiarvo'],
      ['S-5', 'enumValueMismatch', 'henkilö.kansalaisuus[0].koodistoUri'],
      ['S-2', 'unexpectedType', 'henkilö.turvakielto'],
    ])
  })

  it('the unknown-code message is KOSKI\'s', () => {
    const report = run(withHenkilö({ ...täydellinen, äidinkieli: { koodiarvo: 'ZZZ', koodistoUri: 'kieli' } }))
    expect(report.findings[0]!.message.fi).toBe('Koodia kieli/ZZZ ei löydy koodistosta')
  })
})

describe('henkilö of no form', () => {
  it('not an object → unexpectedType at henkilö', () => {
    for (const henkilö of ['270504A317P', 42, [], true]) {
      expect(schema(henkilö)).toEqual([['S-2', 'unexpectedType', 'henkilö']])
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
