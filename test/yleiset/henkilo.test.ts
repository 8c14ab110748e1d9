/** G-ENV-1 (empty list of study rights) and G-HLÖ-1 (hetu validity, through validate). */
import { describe, expect, it } from 'vitest'
import { hetuCheckCharacter } from '../../src'
import { hetuFor, byRule, run, validTuvaOppija } from '../support'

describe('G-ENV-1 — empty opiskeluoikeudet', () => {
  it('"Jos lähetetään 0 opiskeluoikeutta" → tyhjäOpiskeluoikeusLista', () => {
    const doc = validTuvaOppija()
    doc.opiskeluoikeudet = []
    const report = run(doc)
    expect(report.findings).toEqual([
      {
        severity: 'error',
        key: 'badRequest.validation.tyhjäOpiskeluoikeusLista',
        rule: 'G-ENV-1',
        path: 'opiskeluoikeudet',
        pointer: '/opiskeluoikeudet',
        message: expect.objectContaining({ fi: 'Annettiin tyhjä lista opiskeluoikeuksia.' }),
        hint: expect.objectContaining({ fi: expect.any(String), sv: expect.any(String), en: expect.any(String) }),
      },
    ])
    expect(report.valid).toBe(false)
  })

  it('one study right → no G-ENV-1', () => {
    expect(byRule(run(validTuvaOppija()), 'G-ENV-1')).toEqual([])
  })
})

/** The hetu with a correct check character for its nine digits. */
const oikein = (alku: string): string => alku + hetuCheckCharacter(alku.slice(0, 6) + alku.slice(7, 10))

const withHetu = (hetu: string) => {
  const doc = validTuvaOppija()
  doc.henkilö.hetu = hetu
  return doc
}

describe('G-HLÖ-1 — hetu validity ("Hetun ollessa")', () => {
  const KEY = 'badRequest.validation.henkilötiedot.hetu'

  it.each<[string, string, string]>([
    ['muodoltaan virheellinen', '010101-123123', 'Virheellinen muoto hetulla'],
    ['an unknown century sign', '010101G123P', 'Virheellinen muoto hetulla'],
    ['lower case', oikein('270504a317').toLowerCase(), 'Virheellinen muoto hetulla'],
    ['päivämäärältään virheellinen (30.2.2015)', oikein('300215-123'), 'Virheellinen syntymäpäivä hetulla'],
    ['29.2. of a common year', oikein('290223A123'), 'Virheellinen syntymäpäivä hetulla'],
    ['syntymäpäivä tulevaisuudessa (2047)', oikein('010147A123'), 'Syntymäpäivä hetussa on tulevaisuudessa'],
    ['keinotekoinen (9xx)', oikein('270504A917'), 'Keinotekoinen henkilötunnus'],
    ['väärä tarkistusmerkki', '270504A317X', 'Virheellinen tarkistusmerkki hetussa'],
  ])('%s → an error whose message does not quote the hetu', (_, hetu, fi) => {
    const report = run(withHetu(hetu))
    const found = byRule(report, 'G-HLÖ-1')
    expect(found).toEqual([{ severity: 'error', key: KEY, rule: 'G-HLÖ-1', path: 'henkilö.hetu', pointer: '/henkilö/hetu', message: expect.objectContaining({ fi }), hint: expect.objectContaining({ fi: expect.any(String), sv: expect.any(String), en: expect.any(String) }) }])
    expect(report.valid).toBe(false)
    expect(JSON.stringify(report.findings)).not.toContain(hetu)
    expect(JSON.stringify(report.findings)).not.toContain(hetu.slice(0, 6))
  })

  it('the birth date is compared with today: not valid on the birth day itself, valid the day after', () => {
    const hetu = hetuFor('2026-11-22', 123)
    expect(byRule(run(withHetu(hetu)), 'G-HLÖ-1')).toHaveLength(1)
    expect(byRule(run(withHetu(hetu), { today: '2026-11-23' }), 'G-HLÖ-1')).toEqual([])
  })

  it('a synthetic hetu passes when the option acceptSyntheticHetus is set', () => {
    expect(byRule(run(withHetu(oikein('270504A917')), { acceptSyntheticHetus: true }), 'G-HLÖ-1')).toEqual([])
  })

  it('every century sign (incl. those added in 2023) is accepted', () => {
    for (const [syntymä, merkit] of [
      ['1899-12-31', ['+']],
      ['1990-06-15', ['-', 'Y', 'X', 'W', 'V', 'U']],
      ['2005-03-01', ['A', 'B', 'C', 'D', 'E', 'F']],
    ] as const) {
      for (const merkki of merkit) {
        expect(byRule(run(withHetu(hetuFor(syntymä, 123, merkki))), 'G-HLÖ-1')).toEqual([])
      }
    }
  })

  it('the valid example hetu passes', () => {
    expect(byRule(run(validTuvaOppija()), 'G-HLÖ-1')).toEqual([])
  })

  it('TäydellisetHenkilötiedot is identified by its oid: KOSKI does not check its hetu (only an UusiHenkilö\'s), so a wrong one is our warning; a valid one still gives the birth date', () => {
    const doc = validTuvaOppija()
    doc.henkilö = { oid: '1.2.246.562.24.00000000001', hetu: '270504A317X', etunimet: 'Turo', kutsumanimi: 'Turo', sukunimi: 'Vaara' }
    const report = run(doc)
    expect(byRule(report, 'G-HLÖ-1')).toEqual([
      {
        severity: 'warning',
        key: 'koskiValidation.virheellinenHetu',
        rule: 'G-HLÖ-1',
        path: 'henkilö.hetu',
        pointer: '/henkilö/hetu',
        message: expect.objectContaining({
          fi: 'Virheellinen tarkistusmerkki hetussa. KOSKI tunnistaa oppijan oidin perusteella eikä tarkista tätä hetua, mutta tieto on virheellinen',
        }),
        hint: expect.objectContaining({ fi: expect.any(String), sv: expect.any(String), en: expect.any(String) }),
      },
    ])
    expect(JSON.stringify(report.findings)).not.toContain('270504A317X')
    expect(report.valid).toBe(true)
    doc.henkilö.hetu = '270504A317P'
    expect(byRule(run(doc), 'G-HLÖ-1')).toEqual([])
    expect(run(doc).skipped).not.toContain('MK-REQ-1')
  })

  it('an invalid hetu does not stop the rules of the study right', () => {
    const doc = withHetu('270504A317X')
    doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot.reverse()
    expect(byRule(run(doc), 'G-JAKSO-1')).toHaveLength(1)
  })

  it('a henkilö with structural errors gets no hetu check', () => {
    const doc = withHetu('x')
    doc.henkilö.sukunimi = ''
    const report = run(doc)
    expect(byRule(report, 'G-HLÖ-1')).toEqual([])
    expect(byRule(report, 'S-3')).toHaveLength(1)
  })
})
