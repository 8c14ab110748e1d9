/** MK-JAKSO-1/2/3 and MK-OHJE-1 on TUVA documents shaped like MaksuttomuusSpec › "Maksuttomuus-jaksot". */
import { describe, expect, it } from 'vitest'
import { keys, mk, mkKeys, runMk, maksuttomuusTuva } from '../support'

const ERR = 'badRequest.validation'

describe('MK-JAKSO-1 — maksuttomuus jaksot start inside the study right', () => {
  // "Jaksojen tulee olla opiskeluoikeuden voimassaolon sisällä": alkamispäivä 2021-08-02, päättymispäivä 2021-12-12
  const jaksot = (...alut: string[]) => maksuttomuusTuva({ alku: '2021-08-02', päättyy: '2021-12-12', maksuttomuus: alut.map((alku) => ({ alku, maksuton: true })) })

  it('KOSKI spec: "Ei sallita jakson alkamispäivää ennen opiskeluoikeuden alkua"', () => {
    const report = runMk(jaksot('2021-08-01', '2021-09-02'))
    expect(keys(report)).toEqual([`MK-JAKSO-1 ${ERR}`])
    expect(mk(report)[0]).toMatchObject({
      severity: 'error',
      path: 'opiskeluoikeudet[0].lisätiedot.maksuttomuus',
      message: { fi: 'Opiskeluoikeudella on koulutuksen maksuttomuusjaksoja, jonka alkupäivä 2021-08-01 ei ole opiskeluoikeuden voimassaolon (2021-08-02 - 2021-12-12) sisällä' },
    })
    expect(report.valid).toBe(false)
  })

  it('KOSKI spec: "Ei sallita jakson alkamispäivää opiskeluoikeuden päättymisen jälkeen" (every offender listed, sorted)', () => {
    const report = runMk(jaksot('2021-12-13', '2021-08-01'))
    expect(mk(report).map((f) => f.message.fi)).toEqual([
      'Opiskeluoikeudella on koulutuksen maksuttomuusjaksoja, jonka alkupäivä 2021-08-01, 2021-12-13 ei ole opiskeluoikeuden voimassaolon (2021-08-02 - 2021-12-12) sisällä',
    ])
  })

  it('the first and the last day of the study right are inside', () => {
    expect(keys(runMk(jaksot('2021-08-02', '2021-12-12')))).toEqual([])
  })

  it('an ongoing study right has no end: "<A> - " and any later start is inside', () => {
    expect(mkKeys(runMk(maksuttomuusTuva({ alku: '2021-08-02', päättyy: null, maksuttomuus: [{ alku: '2021-08-02', maksuton: true }, { alku: '2030-01-01', maksuton: false }] })))).toEqual([])
    const report = runMk(maksuttomuusTuva({ alku: '2021-08-02', päättyy: null, maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] }))
    expect(mk(report)[0]!.message.fi).toContain('voimassaolon (2021-08-02 - ) sisällä')
  })

  it('the messages carry Swedish and English texts too', () => {
    const f = mk(runMk(jaksot('2021-08-01')))[0]!
    expect(f.message.sv).toContain('1.8.2021 inte ligger inom studierättens giltighetstid (2.8.2021–12.12.2021)')
    expect(f.message.en).toContain("not within the study right's period of validity (2021-08-02 – 2021-12-12)")
  })
})

describe('MK-JAKSO-2 — unique starts', () => {
  it('KOSKI spec: "Jaksoilla ei saa olla samoja alkamispäiviä"', () => {
    const report = runMk(
      maksuttomuusTuva({
        päättyy: null,
        maksuttomuus: [
          { alku: '2021-08-01', maksuton: false },
          { alku: '2021-09-02', maksuton: true },
          { alku: '2021-09-02', maksuton: true },
          { alku: '2021-10-02', maksuton: true },
        ],
      }),
    )
    expect(mkKeys(report)).toEqual([`MK-JAKSO-2 ${ERR}`])
    expect(mk(report)[0]!.message.fi).toBe('Opiskeluoikeudella on koulutuksen maksuttomuusjaksoja, joilla on sama alkupäivä 2021-09-02, 2021-09-02')
  })

  it('both MK-JAKSO-1 and MK-JAKSO-2 at once, as KOSKI folds them', () => {
    const report = runMk(maksuttomuusTuva({ alku: '2021-08-02', päättyy: null, maksuttomuus: [{ alku: '2021-08-01', maksuton: true }, { alku: '2021-08-01', maksuton: false }] }))
    expect(mkKeys(report)).toEqual([`MK-JAKSO-1 ${ERR}`, `MK-JAKSO-2 ${ERR}`])
  })

  it('distinct starts pass', () => {
    expect(mkKeys(runMk(maksuttomuusTuva({ päättyy: null, maksuttomuus: [{ alku: '2021-08-01', maksuton: true }, { alku: '2021-08-02', maksuton: false }] })))).toEqual([])
  })
})

describe('MK-JAKSO-3 — KOSKI recomputes every loppu (a warning when a sent one differs)', () => {
  it('KOSKI spec "useita": both sent loppu values are replaced', () => {
    const report = runMk(
      maksuttomuusTuva({
        päättyy: null,
        maksuttomuus: [
          { alku: '2021-08-01', maksuton: false },
          { alku: '2021-09-02', loppu: '2030-03-03', maksuton: true },
          { alku: '2021-10-02', loppu: '2030-03-03', maksuton: true },
        ],
      }),
    )
    expect(report.valid).toBe(true)
    expect(mk(report).map((f) => [f.severity, f.key, f.path, f.message.fi])).toEqual([
      [
        'warning',
        'koskiValidation.maksuttomuusjaksonLoppuKorvataan',
        'opiskeluoikeudet[0].lisätiedot.maksuttomuus[1].loppu',
        'KOSKI päättelee maksuttomuusjakson loppupäivän itse (seuraavan jakson alkua edeltävä päivä, viimeisellä jaksolla ei loppupäivää): lähetetty 3.3.2030 korvataan päivällä 1.10.2021',
      ],
      [
        'warning',
        'koskiValidation.maksuttomuusjaksonLoppuKorvataan',
        'opiskeluoikeudet[0].lisätiedot.maksuttomuus[2].loppu',
        'KOSKI päättelee maksuttomuusjakson loppupäivän itse (seuraavan jakson alkua edeltävä päivä, viimeisellä jaksolla ei loppupäivää): lähetetty 3.3.2030 korvataan tyhjällä',
      ],
    ])
  })

  it('KOSKI spec "vain yksi": the loppu of the only jakso is dropped', () => {
    const report = runMk(maksuttomuusTuva({ päättyy: null, maksuttomuus: [{ alku: '2021-08-01', loppu: '2021-08-01', maksuton: false }] }))
    expect(mkKeys(report)).toEqual(['MK-JAKSO-3 koskiValidation.maksuttomuusjaksonLoppuKorvataan'])
  })

  it('a loppu equal to what KOSKI computes, or none at all, is fine (also when sent out of order)', () => {
    const report = runMk(
      maksuttomuusTuva({
        päättyy: null,
        maksuttomuus: [
          { alku: '2021-10-01', maksuton: true },
          { alku: '2021-08-01', loppu: '2021-08-31', maksuton: false },
          { alku: '2021-09-01', maksuton: true },
        ],
      }),
    )
    expect(mk(report)).toEqual([])
  })

  it('a loppu before its alku is a structural error (S-12), not MK-JAKSO-3', () => {
    const report = runMk(maksuttomuusTuva({ päättyy: null, maksuttomuus: [{ alku: '2021-08-01', loppu: '2021-07-31', maksuton: true }] }))
    expect(keys(report)).toEqual(['S-12 badRequest.validation.jsonSchema'])
  })

  it('not evaluated when MK-JAKSO-1/2 fail (KOSKI does not normalise then)', () => {
    const report = runMk(maksuttomuusTuva({ alku: '2021-08-02', päättyy: null, maksuttomuus: [{ alku: '2021-08-01', loppu: '2022-01-01', maksuton: true }] }))
    expect(mkKeys(report)).toEqual([`MK-JAKSO-1 ${ERR}`])
  })
})

describe('MK-OHJE-1 — maksuttomuus from the study right\'s first day (seed 004, "heti opiskeluoikeuden aloittavasta tilasta alkaen")', () => {
  it('the valid example starts both on 2021-08-01: nothing', () => {
    expect(mk(runMk(maksuttomuusTuva()))).toEqual([])
  })

  it('a later first jakso is a warning naming the instruction', () => {
    const report = runMk(maksuttomuusTuva({ maksuttomuus: [{ alku: '2021-09-01', maksuton: true }] }))
    expect(report.valid).toBe(true)
    expect(mk(report)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        rule: 'MK-OHJE-1',
        key: 'koskiValidation.maksuttomuusEiAlaOpiskeluoikeudenAlusta',
        path: 'opiskeluoikeudet[0].lisätiedot.maksuttomuus[0]',
      }),
    ])
    expect(mk(report)[0]!.message.fi).toContain('heti opiskeluoikeuden aloittavasta tilasta alkaen: ensimmäinen maksuttomuusjakso alkaa 1.9.2021, opiskeluoikeus 1.8.2021')
    expect(mk(report)[0]!.message.fi).toContain('KOSKI-ohje')
  })

  it('the earliest jakso counts, wherever it is in the list', () => {
    const report = runMk(maksuttomuusTuva({ päättyy: null, maksuttomuus: [{ alku: '2021-10-01', maksuton: true }, { alku: '2021-09-01', maksuton: false }] }))
    expect(mk(report).map((f) => f.path)).toEqual(['opiskeluoikeudet[0].lisätiedot.maksuttomuus[1]'])
  })

  it('not for a study right that started before the law (1.8.2021)', () => {
    expect(mk(runMk(maksuttomuusTuva({ alku: '2021-01-04', päättyy: null, maksuttomuus: [{ alku: '2021-08-01', maksuton: true }] })))).toEqual([])
  })

  it('no maksuttomuus at all is MK-REQ-1, not MK-OHJE-1', () => {
    expect(mkKeys(runMk(maksuttomuusTuva({ maksuttomuus: undefined })))).toEqual([`MK-REQ-1 ${ERR}`])
  })
})
