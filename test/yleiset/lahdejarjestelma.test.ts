/** G-LJ-1 (palvelukäyttäjä sends lähdejärjestelmänId), G-LJ-3 (kytkennän purkaminen), G-LJ-4 and G-ID-2 with `previous`. */
import { describe, expect, it } from 'vitest'
import { lähdejärjestelmäkytkennänPurkaminen } from '../../src/rules/yleiset'
import type { OpiskeluoikeusLike } from '../../src/rules/shapes'
import { jakso, ruleContext, byRule, keys, oo, run, validTuvaOppija, type Json } from '../support'

const P = 'opiskeluoikeudet[0]'
const PURETTU = { purettu: '2022-09-01T12:00:00' }

describe('G-LJ-1 — a palvelukäyttäjä must send lähdejärjestelmänId', () => {
  it('missing → forbidden.lähdejärjestelmäIdPuuttuu (serviceUser defaults to true)', () => {
    const doc = validTuvaOppija()
    delete oo(doc).lähdejärjestelmänId
    for (const options of [{}, { serviceUser: true }, { serviceUser: undefined }]) {
      const report = run(doc, options)
      expect(byRule(report, 'G-LJ-1')).toEqual([
        {
          severity: 'error',
          key: 'forbidden.lähdejärjestelmäIdPuuttuu',
          rule: 'G-LJ-1',
          path: `${P}.lähdejärjestelmänId`,
          pointer: '/opiskeluoikeudet/0/lähdejärjestelmänId',
          message: expect.objectContaining({ fi: 'Käyttäjä on palvelukäyttäjä mutta lähdejärjestelmää ei ole määritelty' }),
          hint: expect.objectContaining({ fi: expect.any(String), sv: expect.any(String), en: expect.any(String) }),
        },
      ])
      expect(report.valid).toBe(false)
    }
  })

  it('serviceUser: false turns it off', () => {
    const doc = validTuvaOppija()
    delete oo(doc).lähdejärjestelmänId
    const report = run(doc, { serviceUser: false })
    expect(byRule(report, 'G-LJ-1')).toEqual([])
    expect(report.valid).toBe(true)
  })

  it('lähdejärjestelmänId without its id → a warning (KOSKI cannot find the stored study right); still valid', () => {
    const doc = validTuvaOppija()
    delete oo(doc).lähdejärjestelmänId.id
    const report = run(doc)
    expect(byRule(report, 'G-LJ-1')).toEqual([
      expect.objectContaining({ severity: 'warning', key: 'koskiValidation.lähdejärjestelmäIdIlmanTunnistetta', path: `${P}.lähdejärjestelmänId.id` }),
    ])
    expect(report.valid).toBe(true)
    expect(byRule(run(doc, { serviceUser: false }), 'G-LJ-1')).toEqual([])
  })

  it('present with an id → nothing', () => {
    expect(byRule(run(validTuvaOppija()), 'G-LJ-1')).toEqual([])
  })
})

describe('G-LJ-3 — lähdejärjestelmäkytkentäPurettu never comes from a transfer', () => {
  const g = (doc: Json, options = {}) => byRule(run(doc, options), 'G-LJ-3').map((f) => [f.key, f.path])
  const PURKAMINEN = 'forbidden.lähdejärjestelmäkytkennänPurkaminenEiSallittu'
  const MUUTTAMINEN = 'forbidden.lähdejärjestelmäkytkennänMuuttaminenEiSallittu'
  const TERMINAALI = 'badRequest.validation.tila.terminaalitilaaEiSaaPurkaa'
  const OO_OID = '1.2.246.562.15.00000000001'
  /** A stored study right (with its oid, which is how KOSKI finds the stored version to compare with), changed. */
  const with_ = (change: (o: Json) => void): Json => {
    const doc = validTuvaOppija()
    oo(doc).oid = OO_OID
    change(oo(doc))
    return doc
  }
  const previousWith = (purettu: unknown): Json => {
    const prev = oo(validTuvaOppija())
    prev.oid = OO_OID
    if (purettu !== undefined) prev.lähdejärjestelmäkytkentäPurettu = purettu
    return prev
  }

  it('a study right sent without oid (new, or found by lähdejärjestelmänId) with the field → purkaminenEiSallittu, whatever is stored', () => {
    const doc = with_((o) => {
      delete o.oid
      o.lähdejärjestelmäkytkentäPurettu = PURETTU
    })
    const found = byRule(run(doc), 'G-LJ-3')
    expect(found).toEqual([expect.objectContaining({ severity: 'error', key: PURKAMINEN, path: `${P}.lähdejärjestelmäkytkentäPurettu` })])
    expect(found[0]!.message.fi).toBe('Lähdejärjestelmäkytkentää ei voi purkaa tiedonsiirrolla')
    expect(g(doc, { previous: previousWith(PURETTU) })).toEqual([[PURKAMINEN, `${P}.lähdejärjestelmäkytkentäPurettu`]])
  })

  it('without oid KOSKI has no stored version to compare with: removing it is not reported', () => {
    const doc = with_((o) => delete o.oid)
    expect(g(doc, { previous: previousWith(PURETTU) })).toEqual([])
  })

  it('adding it to a stored study right → purkaminenEiSallittu', () => {
    const doc = with_((o) => (o.lähdejärjestelmäkytkentäPurettu = PURETTU))
    expect(g(doc, { previous: previousWith(undefined) })).toEqual([[PURKAMINEN, `${P}.lähdejärjestelmäkytkentäPurettu`]])
    expect(g(doc, { previous: previousWith(null) })).toEqual([[PURKAMINEN, `${P}.lähdejärjestelmäkytkentäPurettu`]])
  })

  it('changing it → muuttaminenEiSallittu', () => {
    const doc = with_((o) => {
      o.lähdejärjestelmäkytkentäPurettu = PURETTU
      delete o.lähdejärjestelmänId
    })
    const found = byRule(run(doc, { previous: previousWith({ purettu: '2022-01-01T00:00:00' }), serviceUser: false }), 'G-LJ-3')
    expect(found.map((f) => [f.key, f.path])).toEqual([[MUUTTAMINEN, `${P}.lähdejärjestelmäkytkentäPurettu`]])
    expect(found[0]!.message.fi).toBe('Lähdejärjestelmäkytkennän purkamista ei voi muuttaa')
  })

  it('the same time written differently is no change (LocalDateTime equality)', () => {
    const doc = with_((o) => {
      o.lähdejärjestelmäkytkentäPurettu = { purettu: '2023-01-02T10:00' }
      delete o.lähdejärjestelmänId
    })
    expect(g(doc, { previous: previousWith({ purettu: '2023-01-02T10:00:00.000' }), serviceUser: false })).toEqual([])
  })

  it('removing it → muuttaminenEiSallittu', () => {
    expect(g(with_(() => undefined), { previous: previousWith(PURETTU) })).toEqual([[MUUTTAMINEN, `${P}.lähdejärjestelmäkytkentäPurettu`]])
  })

  it('sending it unchanged together with lähdejärjestelmänId → muuttaminenEiSallittu', () => {
    const doc = with_((o) => (o.lähdejärjestelmäkytkentäPurettu = PURETTU))
    expect(g(doc, { previous: previousWith(PURETTU) })).toEqual([[MUUTTAMINEN, `${P}.lähdejärjestelmäkytkentäPurettu`]])
  })

  it('sending it unchanged without lähdejärjestelmänId on an ended study right → nothing', () => {
    const doc = with_((o) => {
      o.lähdejärjestelmäkytkentäPurettu = PURETTU
      delete o.lähdejärjestelmänId
    })
    expect(g(doc, { previous: previousWith(PURETTU), serviceUser: false })).toEqual([])
  })

  it('terminaalitila: any final jakso makes the study right not active (KOSKI\'s aktiivinen), even one that is not last', () => {
    const doc = with_((o) => {
      o.lähdejärjestelmäkytkentäPurettu = PURETTU
      delete o.lähdejärjestelmänId
      o.tila.opiskeluoikeusjaksot.push({ alku: '2023-01-01', tila: { koodiarvo: 'lasna', koodistoUri: 'koskiopiskeluoikeudentila' }, opintojenRahoitus: { koodiarvo: '1', koodistoUri: 'opintojenrahoitus' } })
    })
    expect(g(doc, { previous: previousWith(PURETTU), serviceUser: false })).toEqual([])
  })

  it('on a study right without a final state → also terminaalitilaaEiSaaPurkaa at the jaksot', () => {
    const doc = with_((o) => {
      o.lähdejärjestelmäkytkentäPurettu = PURETTU
      delete o.lähdejärjestelmänId
      o.tila.opiskeluoikeusjaksot.pop()
      delete o.suoritukset[0].vahvistus
    })
    const found = byRule(run(doc, { previous: previousWith(PURETTU), serviceUser: false }), 'G-LJ-3')
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        key: TERMINAALI,
        path: `${P}.tila.opiskeluoikeusjaksot`,
        pointer: '/opiskeluoikeudet/0/tila/opiskeluoikeusjaksot',
        message: expect.objectContaining({ fi: 'Tämän opiskeluoikeuden päättävän tilan saa vaihtaa vain toiseksi päättäväksi tilaksi' }),
        hint: expect.objectContaining({ fi: expect.any(String), sv: expect.any(String), en: expect.any(String) }),
      }),
    ])
  })

  it('an existing study right (oid) without previous: only sending it with lähdejärjestelmänId is known to be wrong', () => {
    const withOid = (lj: boolean) =>
      with_((o) => {
        o.oid = '1.2.246.562.15.00000000001'
        o.lähdejärjestelmäkytkentäPurettu = PURETTU
        if (!lj) delete o.lähdejärjestelmänId
      })
    expect(g(withOid(true))).toEqual([[MUUTTAMINEN, `${P}.lähdejärjestelmäkytkentäPurettu`]])
    expect(g(withOid(false), { serviceUser: false })).toEqual([])
  })

  it('absent now and before → nothing', () => {
    expect(g(validTuvaOppija())).toEqual([])
    expect(g(validTuvaOppija(), { previous: previousWith(undefined) })).toEqual([])
  })

  it('the rule function, with a bare study right path', () => {
    const o: OpiskeluoikeusLike = {
      tyyppi: { koodiarvo: 'tuva', koodistoUri: 'opiskeluoikeudentyyppi' },
      tila: { opiskeluoikeusjaksot: [jakso('2021-08-01', 'lasna', null)] },
      suoritukset: [],
      lähdejärjestelmäkytkentäPurettu: PURETTU,
    }
    expect(lähdejärjestelmäkytkennänPurkaminen.check(o, ruleContext({ path: '' })).map((f) => [f.key, f.path])).toEqual([
      [TERMINAALI, 'tila.opiskeluoikeusjaksot'],
      [PURKAMINEN, 'lähdejärjestelmäkytkentäPurettu'],
    ])
  })
})

describe('rules that need `previous` (G-LJ-4, G-ID-2)', () => {
  it('without previous they are listed in report.skipped', () => {
    const report = run(validTuvaOppija())
    expect(report.skipped).toEqual(expect.arrayContaining(['G-ID-2', 'G-LJ-4']))
    expect([...report.skipped]).toEqual([...report.skipped].sort())
  })

  it('with previous they run and are not skipped', () => {
    const report = run(validTuvaOppija(), { previous: validTuvaOppija() })
    expect(report.skipped).not.toContain('G-ID-2')
    expect(report.skipped).not.toContain('G-LJ-4')
    expect([...byRule(report, 'G-ID-2'), ...byRule(report, 'G-LJ-4')]).toEqual([])
  })

  it('a structurally broken document: no rule runs, nothing is skipped', () => {
    const doc = validTuvaOppija()
    oo(doc).x = 1
    expect(run(doc).skipped).toEqual([])
  })
})

describe('G-LJ-4 — lähdejärjestelmänId cannot be removed', () => {
  it('"…mutta sitä ei voi poistaa" → forbidden.kiellettyMuutos at lähdejärjestelmänId', () => {
    const doc = validTuvaOppija()
    delete oo(doc).lähdejärjestelmänId
    const found = byRule(run(doc, { previous: validTuvaOppija(), serviceUser: false }), 'G-LJ-4')
    expect(found).toEqual([
      {
        severity: 'error',
        key: 'forbidden.kiellettyMuutos',
        rule: 'G-LJ-4',
        path: `${P}.lähdejärjestelmänId`,
        pointer: '/opiskeluoikeudet/0/lähdejärjestelmänId',
        message: expect.objectContaining({ fi: 'Opiskeluoikeuden lähdejärjestelmäId:tä ei voi poistaa.' }),
        hint: expect.objectContaining({ fi: expect.any(String), sv: expect.any(String), en: expect.any(String) }),
      },
    ])
  })

  it('"…voi lisätä … ja sen voi vaihtaa toiseksi": adding or changing it is fine', () => {
    const previous = validTuvaOppija()
    delete oo(previous).lähdejärjestelmänId
    expect(byRule(run(validTuvaOppija(), { previous }), 'G-LJ-4')).toEqual([])
    const changed = validTuvaOppija()
    oo(changed).lähdejärjestelmänId.id = 'uusi-id'
    expect(byRule(run(changed, { previous: validTuvaOppija() }), 'G-LJ-4')).toEqual([])
  })

  it('removing it together with a broken link (lähdejärjestelmäkytkentäPurettu) is not this error (OpiskeluoikeusChangeValidator)', () => {
    const doc = validTuvaOppija()
    delete oo(doc).lähdejärjestelmänId
    oo(doc).lähdejärjestelmäkytkentäPurettu = { purettu: '2023-01-02T10:00:00' }
    expect(byRule(run(doc, { previous: validTuvaOppija(), serviceUser: false }), 'G-LJ-4')).toEqual([])
  })
})

describe('G-ID-2 — the type cannot change', () => {
  it('"Tyypin muutos" → forbidden.kiellettyMuutos naming both types', () => {
    const previous = validTuvaOppija()
    oo(previous).tyyppi.koodiarvo = 'ammatillinenkoulutus'
    const found = byRule(run(validTuvaOppija(), { previous }), 'G-ID-2')
    expect(found).toEqual([
      {
        severity: 'error',
        key: 'forbidden.kiellettyMuutos',
        rule: 'G-ID-2',
        path: `${P}.tyyppi`,
        pointer: '/opiskeluoikeudet/0/tyyppi',
        message: expect.objectContaining({ fi: 'Opiskeluoikeuden tyyppiä ei voi vaihtaa. Vanha tyyppi ammatillinenkoulutus. Uusi tyyppi tuva.' }),
        hint: expect.objectContaining({ fi: expect.any(String), sv: expect.any(String), en: expect.any(String) }),
      },
    ])
  })

  it('a previous version without a readable tyyppi → nothing', () => {
    expect(byRule(run(validTuvaOppija(), { previous: { tyyppi: 'tuva' } }), 'G-ID-2')).toEqual([])
  })
})

describe('matching a study right with its stored version', () => {
  /** Two TUVA study rights; `a` and `b` customise them. */
  const kaksi = (a: (o: Json) => void, b: (o: Json) => void): Json => {
    const doc = validTuvaOppija()
    const toinen = structuredClone(oo(doc))
    doc.opiskeluoikeudet.push(toinen)
    a(doc.opiskeluoikeudet[0])
    b(doc.opiskeluoikeudet[1])
    return doc
  }
  const vanhaTyyppi = (o: Json) => (o.tyyppi.koodiarvo = 'lukiokoulutus')
  const tyyppiMuutokset = (doc: Json, previous: unknown, options = {}) => byRule(run(doc, { previous, ...options }), 'G-ID-2').map((f) => f.path)

  it('by oid first, whatever the order of the stored ones', () => {
    const doc = kaksi(
      (o) => (o.oid = '1.2.246.562.15.00000000001'),
      (o) => (o.oid = '1.2.246.562.15.00000000002'),
    )
    const previous = structuredClone(doc)
    previous.opiskeluoikeudet.reverse()
    vanhaTyyppi(previous.opiskeluoikeudet[0]) // the stored version of the second one
    expect(tyyppiMuutokset(doc, previous)).toEqual(['opiskeluoikeudet[1].tyyppi'])
  })

  it('then by lähdejärjestelmänId (id and lähdejärjestelmä)', () => {
    const doc = kaksi(
      (o) => (o.lähdejärjestelmänId.id = 'a'),
      (o) => (o.lähdejärjestelmänId.id = 'b'),
    )
    const previous = structuredClone(doc)
    previous.opiskeluoikeudet.reverse()
    vanhaTyyppi(previous.opiskeluoikeudet[1]) // 'a'
    expect(tyyppiMuutokset(doc, previous)).toEqual(['opiskeluoikeudet[0].tyyppi'])
    // the same id in another source system is another study right: matched by position instead
    previous.opiskeluoikeudet[1].lähdejärjestelmänId.lähdejärjestelmä.koodiarvo = 'visma'
    previous.opiskeluoikeudet[0].lähdejärjestelmänId.lähdejärjestelmä.koodiarvo = 'visma'
    expect(tyyppiMuutokset(doc, previous)).toEqual(['opiskeluoikeudet[1].tyyppi'])
  })

  it('an oid not found among the stored ones falls back to lähdejärjestelmänId', () => {
    const doc = kaksi(
      (o) => {
        o.oid = '1.2.246.562.15.00000000009'
        o.lähdejärjestelmänId.id = 'a'
      },
      (o) => (o.lähdejärjestelmänId.id = 'b'),
    )
    const previous = structuredClone(doc)
    delete previous.opiskeluoikeudet[0].oid
    previous.opiskeluoikeudet.reverse()
    vanhaTyyppi(previous.opiskeluoikeudet[1])
    expect(tyyppiMuutokset(doc, previous)).toEqual(['opiskeluoikeudet[0].tyyppi'])
  })

  it('then by position', () => {
    const doc = kaksi(
      (o) => delete o.lähdejärjestelmänId,
      (o) => delete o.lähdejärjestelmänId,
    )
    const previous = structuredClone(doc)
    vanhaTyyppi(previous.opiskeluoikeudet[1])
    expect(tyyppiMuutokset(doc, previous, { serviceUser: false })).toEqual(['opiskeluoikeudet[1].tyyppi'])
  })

  it('previous may be a bare study right; it matches a bare study right or the first one of an Oppija', () => {
    const previous = oo(validTuvaOppija())
    vanhaTyyppi(previous)
    expect(tyyppiMuutokset(oo(validTuvaOppija()), previous)).toEqual(['tyyppi'])
    expect(tyyppiMuutokset(validTuvaOppija(), previous)).toEqual(['opiskeluoikeudet[0].tyyppi'])
  })

  it('a study right without a stored counterpart is new: its previous-needing rules run and find nothing', () => {
    const doc = kaksi(
      () => undefined,
      (o) => (o.lähdejärjestelmänId.id = 'uusi'),
    )
    const previous = validTuvaOppija() // only the first one is stored
    const report = run(doc, { previous })
    expect(report.skipped).not.toContain('G-ID-2')
    expect(report.skipped).not.toContain('G-LJ-4')
    expect(keys(report).filter((k) => k.startsWith('G-ID-2') || k.startsWith('G-LJ-4'))).toEqual([])
  })

  it('a previous that is neither an Oppija nor a study right is not used, with a warning OPT-1', () => {
    for (const previous of [42, 'x', [], { foo: 1 }]) {
      const report = run(validTuvaOppija(), { previous })
      expect(report.skipped).toEqual(expect.arrayContaining(['G-ID-2', 'G-LJ-4']))
      expect(keys(report)).toEqual(['OPT-1 koskiValidation.virheellinenAsetus'])
      expect(report.valid).toBe(true)
    }
  })

  it('previous: null is no previous', () => {
    expect(run(validTuvaOppija(), { previous: null }).skipped).toEqual(expect.arrayContaining(['G-ID-2', 'G-LJ-4']))
  })
})
