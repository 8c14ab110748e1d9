/**
 * G-DUPOO-1 — a duplicate study right (DuplikaattiValidation.validateDuplikaatit), with the learner's stored study
 * rights (`storedStudyRights`). KOSKI's three spec cases ("Duplikaatit opiskeluoikeudet" of
 * OppijaValidationMuuKuinSäänneltySpec; the same three in the VST JOTPA and vapaatavoitteinen specs) on MUKS, and
 * their analogues on TUVA (KOSKI's generic criterion; its TUVA spec has none), then what KOSKI excludes and compares,
 * the configurations for the other types, and the cost.
 */
import { describe, expect, it } from 'vitest'
import { AMMATILLINEN_VERTAILU, VST_VERTAILU, YLEINEN_VERTAILU, duplikaattiOpiskeluoikeus, validate } from '../../src'
import { LINEAARINEN_KASVU, byRule, errors, jakso, kasvusuhde, muks, muksJakso, ruleContext, run, TODAY, tuva, vstJakso, vstJotpaKesken, vstJotpaSuoritettu, vstVapaatavoitteinen, type Json } from '../support'

const KEY = 'conflict.exists'
const TEKSTI = 'Vastaava opiskeluoikeus on jo olemassa.'
const KOSKI = { serviceUser: false } as const

/** As KOSKI stores a study right (it gives the oid), e.g. what GET /koski/api/oppija/{oid} returns. */
const tallennettu = (doc: Json, oid = '1.2.246.562.15.00000000001'): Json => ({ ...structuredClone(doc.opiskeluoikeudet[0]), oid, versionumero: 1 })
const dup = (doc: Json, stored: unknown, options = {}) => byRule(run(doc, { ...KOSKI, storedStudyRights: stored, ...options }), 'G-DUPOO-1')
const yksi = (doc: Json, stored: unknown) => dup(doc, stored).map((f) => [f.severity, f.key, f.path, f.message.fi])

describe('G-DUPOO-1 on MUKS — OppijaValidationMuuKuinSäänneltySpec › Duplikaatit opiskeluoikeudet', () => {
  it('spec: Vastaavaa opiskeluoikeutta ei voi lisätä kahdesti (kesken stored, kesken sent again: 409 conflict.exists)', () => {
    expect(yksi(muks(), [tallennettu(muks())])).toEqual([['error', KEY, 'opiskeluoikeudet[0]', TEKSTI]])
    const [f] = dup(muks(), [tallennettu(muks())])
    expect(f!.message.en).toBe('A corresponding study right already exists.')
    expect(f!.hint?.fi).toContain('lähdejärjestelmänId')
  })
  it('spec: Vastaavan opiskeluoikeuden voi lisätä, kun opiskeluoikeuksien voimassaolot eivät ole ajallisesti päällekkäin (suoritettu 2023-01-02–2023-02-01 stored; lasna from 2023-02-02)', () => {
    const myöhemmin = muks((oo) => (oo.tila.opiskeluoikeusjaksot = [muksJakso('2023-02-02', 'lasna')]))
    expect(dup(myöhemmin, [tallennettu(muks(() => {}, 'suoritettu'))])).toEqual([])
    // both ends are inclusive: starting on the stored one's päättymispäivä overlaps
    const samana = muks((oo) => (oo.tila.opiskeluoikeusjaksot = [muksJakso('2023-02-01', 'lasna')]))
    expect(dup(samana, [tallennettu(muks(() => {}, 'suoritettu'))]).map((f) => f.key)).toEqual([KEY])
  })
  it('spec: Vastaavan opiskeluoikeuden voi lisätä, vaikka sen voimassaolo on ajallisesti päällekkäin, kun opintokokonaisuus on eri (1139 stored, 1138 sent)', () => {
    const sarjakuvailmaisu = tallennettu(muks((_, s) => (s.koulutusmoduuli.opintokokonaisuus = { koodiarvo: '1139', koodistoUri: 'opintokokonaisuudet', koodistoVersio: 1 })))
    expect(dup(muks(), [sarjakuvailmaisu])).toEqual([])
  })
  it('the opintokokonaisuus is compared as KOSKI compares codes: koodiarvo and koodistoUri (nimi and version do not matter)', () => {
    const toinenNimi = tallennettu(muks((_, s) => (s.koulutusmoduuli.opintokokonaisuus = { koodiarvo: '1138', koodistoUri: 'opintokokonaisuudet', nimi: { fi: 'Muu' }, koodistoVersio: 7 })))
    expect(dup(muks(), [toinenNimi]).map((f) => f.key)).toEqual([KEY])
  })
})

describe('G-DUPOO-1 on TUVA — the same three cases by KOSKI\'s generic criterion (no opintokokonaisuus)', () => {
  const uusi = () => tuva((oo) => delete oo.lähdejärjestelmänId)
  it('Vastaavaa opiskeluoikeutta ei voi lisätä kahdesti', () => {
    expect(yksi(uusi(), [tallennettu(uusi())])).toEqual([['error', KEY, 'opiskeluoikeudet[0]', TEKSTI]])
  })
  it('Vastaavan opiskeluoikeuden voi lisätä, kun opiskeluoikeuksien voimassaolot eivät ole ajallisesti päällekkäin (stored 2021-08-01–2022-08-01)', () => {
    const myöhemmin = tuva((oo, s) => {
      delete oo.lähdejärjestelmänId
      oo.tila.opiskeluoikeusjaksot = [jakso('2022-08-02', 'lasna')]
      delete s.vahvistus
    })
    expect(dup(myöhemmin, [tallennettu(uusi())])).toEqual([])
  })
  it('an overlapping TUVA study right is a duplicate whatever its content (no opintokokonaisuus to tell them apart)', () => {
    const toinen = tuva((oo, s) => {
      delete oo.lähdejärjestelmänId
      oo.tila.opiskeluoikeusjaksot = [jakso('2022-01-01', 'lasna')]
      delete s.vahvistus
      delete s.osasuoritukset
    })
    expect(dup(toinen, [tallennettu(uusi())]).map((f) => f.key)).toEqual([KEY])
  })
})

describe('G-DUPOO-1 on VST — OppijaValidationVapaaSivistystyöJotpaSpec and …VapaatavoitteinenSpec (KOSKI\'s test user: no lähdejärjestelmänId)', () => {
  const ilmanLähdettä = (doc: Json): Json => (delete doc.opiskeluoikeudet[0].lähdejärjestelmänId, doc)
  const jotpa = () => ilmanLähdettä(vstJotpaKesken())
  const vapaa = (muuta: (oo: Json, s: Json) => void = () => {}) => ilmanLähdettä(vstVapaatavoitteinen(muuta))
  it('JOTPA spec: Vastaavaa opiskeluoikeutta ei voi lisätä kahdesti', () => {
    expect(yksi(jotpa(), [tallennettu(jotpa())])).toEqual([['error', KEY, 'opiskeluoikeudet[0]', TEKSTI]])
  })
  it('JOTPA spec: Vastaavan opiskeluoikeuden voi lisätä, kun opiskeluoikeuksien voimassaolot eivät ole ajallisesti päällekkäin (suoritettu stored; lasna from the day after)', () => {
    const suoritettu = ilmanLähdettä(vstJotpaSuoritettu())
    const loppu: string = suoritettu.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot.at(-1).alku
    const myöhemmin = ilmanLähdettä(vstJotpaKesken((oo) => (oo.tila.opiskeluoikeusjaksot = [vstJakso(`${loppu.slice(0, 8)}${String(Number(loppu.slice(8)) + 1).padStart(2, '0')}`, 'lasna', '14')])))
    expect(dup(myöhemmin, [tallennettu(suoritettu)])).toEqual([])
  })
  it('JOTPA spec: Vastaavan opiskeluoikeuden voi lisätä, vaikka sen voimassaolo on ajallisesti päällekkäin, kun opintokokonaisuus on eri (1139)', () => {
    const toinen = tallennettu(ilmanLähdettä(vstJotpaKesken((_, s) => (s.koulutusmoduuli.opintokokonaisuus = { koodiarvo: '1139', koodistoUri: 'opintokokonaisuudet', koodistoVersio: 1 }))))
    expect(dup(jotpa(), [toinen])).toEqual([])
  })
  it('vapaatavoitteinen spec: Vastaavaa opiskeluoikeutta ei voi lisätä kahdesti', () => {
    expect(yksi(vapaa(), [tallennettu(vapaa())])).toEqual([['error', KEY, 'opiskeluoikeudet[0]', TEKSTI]])
  })
  it('vapaatavoitteinen spec: Vastaavan opiskeluoikeuden voi lisätä, kun opiskeluoikeuksien voimassaolot eivät ole ajallisesti päällekkäin (stored one ended on 2022-06-01, this one on 2022-05-31)', () => {
    const päättynytMyöhemmin = tallennettu(vapaa((oo) => ((oo.arvioituPäättymispäivä = '2022-06-01'), (oo.tila.opiskeluoikeusjaksot = [vstJakso('2022-06-01', 'hyvaksytystisuoritettu')]))))
    expect(vapaa().opiskeluoikeudet[0].tila.opiskeluoikeusjaksot.map((j: Json) => j.alku)).toEqual(['2022-05-31'])
    expect(dup(vapaa(), [päättynytMyöhemmin])).toEqual([])
  })
  it('vapaatavoitteinen spec: Vastaavan opiskeluoikeuden voi lisätä, vaikka sen voimassaolo on ajallisesti päällekkäin, kun opintokokonaisuus on eri (1139)', () => {
    const sarjakuvailmaisu = tallennettu(vapaa((_, s) => (s.koulutusmoduuli.opintokokonaisuus = { koodiarvo: '1139', koodistoUri: 'opintokokonaisuudet', koodistoVersio: 1 })))
    expect(dup(vapaa(), [sarjakuvailmaisu])).toEqual([])
  })
  it('a JOTPA and a vapaatavoitteinen study right are never duplicates of each other (another päätaso)', () => {
    expect(dup(jotpa(), [tallennettu(vapaa())])).toEqual([])
  })
})

describe('G-DUPOO-1 — what KOSKI compares and excludes', () => {
  it('without storedStudyRights it is skipped (report.skipped), with them it runs', () => {
    expect(run(muks(), KOSKI).skipped).toContain('G-DUPOO-1')
    expect(run(muks(), { ...KOSKI, storedStudyRights: [] }).skipped).not.toContain('G-DUPOO-1')
  })
  it('the same study right is not compared with itself: by oid (an update), by lähdejärjestelmänId (system and id)', () => {
    const stored = tallennettu(muks())
    expect(dup(muks((oo) => (oo.oid = stored.oid)), [stored])).toEqual([])
    const lj = { id: 'muks-7', lähdejärjestelmä: { koodiarvo: 'primus', koodistoUri: 'lahdejarjestelma' } }
    const lähteellä = muks((oo) => (oo.lähdejärjestelmänId = lj))
    expect(dup(lähteellä, [{ ...tallennettu(lähteellä) }], { serviceUser: true })).toEqual([])
    // another id of the same system is another study right
    const toinen = muks((oo) => (oo.lähdejärjestelmänId = { ...lj, id: 'muks-8' }))
    expect(dup(toinen, [tallennettu(lähteellä)]).map((f) => f.key)).toEqual([KEY])
    // KOSKI's case-class equality: two lähdejärjestelmänId without id of the same system are equal
    const ilmanId = muks((oo) => (oo.lähdejärjestelmänId = { lähdejärjestelmä: lj.lähdejärjestelmä }))
    expect(dup(ilmanId, [tallennettu(ilmanId)])).toEqual([])
  })
  it('a stored one without oid or lähdejärjestelmänId is never "the same", even when this one has none either', () => {
    expect(dup(muks(), [structuredClone(muks().opiskeluoikeudet[0])]).map((f) => f.key)).toEqual([KEY])
  })
  it('a mitätöity stored study right is left out (KOSKI does not see it); an ended one is compared by its period', () => {
    const mitätöity = tallennettu(muks((oo) => oo.tila.opiskeluoikeusjaksot.push(muksJakso('2023-03-01', 'mitatoity', null))))
    expect(dup(muks(), [mitätöity])).toEqual([])
    const keskeytynyt = tallennettu(muks((oo) => oo.tila.opiskeluoikeusjaksot.push(muksJakso('2023-03-01', 'keskeytynyt', null))))
    expect(dup(muks(), [keskeytynyt]).map((f) => f.key)).toEqual([KEY])
  })
  it('another oppilaitos, another tyyppi or another päätaso is no duplicate', () => {
    const muuOppilaitos = tallennettu(muks((oo) => (oo.oppilaitos = { oid: '1.2.246.562.10.52251087186' })))
    expect(dup(muks(), [muuOppilaitos])).toEqual([])
    expect(dup(muks(), [tallennettu(tuva())])).toEqual([])
    const muuPäätaso = tallennettu(muks((_, s) => (s.tyyppi.koodiarvo = 'muuammatillinenkoulutus')))
    expect(dup(muks(), [muuPäätaso])).toEqual([])
  })
  it('sisältyyOpiskeluoikeuteen on one of the two only: no duplicate (muutoshistoria 19.2.2026)', () => {
    const linkitetty = { ...tallennettu(muks()), sisältyyOpiskeluoikeuteen: { oid: '1.2.246.562.15.00000000009', oppilaitos: { oid: '1.2.246.562.10.52251087186' } } }
    expect(dup(muks(), [linkitetty])).toEqual([])
  })
  it('this study right without oppilaitos: KOSKI infers it from the toimipiste, which is the oppilaitos here', () => {
    expect(dup(muks((oo) => delete oo.oppilaitos), [tallennettu(muks())]).map((f) => f.key)).toEqual([KEY])
  })
  it('an ongoing stored study right (no päättymispäivä) overlaps everything later', () => {
    const myöhemmin = muks((oo) => (oo.tila.opiskeluoikeusjaksot = [muksJakso('2030-01-01', 'lasna')]))
    expect(dup(myöhemmin, [tallennettu(muks())], { today: '2030-06-01' }).map((f) => f.key)).toEqual([KEY])
  })
  it('reads storedStudyRights as an Oppija, a list or one study right; ignores what is not a study right', () => {
    const stored = tallennettu(muks())
    expect(dup(muks(), { henkilö: { oid: '1.2.246.562.24.00000000001' }, opiskeluoikeudet: [stored] }).length).toBe(1)
    expect(dup(muks(), stored).length).toBe(1)
    expect(dup(muks(), [null, 7, 'x', [], {}, { tyyppi: 'muukuinsaanneltykoulutus' }, { ...stored, tila: { opiskeluoikeusjaksot: [{ alku: 'eilen' }] } }])).toEqual([])
  })
  it('a stored summary without tila: its alkamispäivä / päättymispäivä are used', () => {
    const { tila: _, ...ilman } = tallennettu(muks())
    expect(dup(muks(), [{ ...ilman, alkamispäivä: '2023-01-01' }]).length).toBe(1)
    expect(dup(muks(), [{ ...ilman, alkamispäivä: '2022-01-01', päättymispäivä: '2022-12-31' }])).toEqual([])
  })
  it('a mitätöity study right being sent is never compared (only G-MIT-2 runs)', () => {
    const mitätöi = muks((oo) => oo.tila.opiskeluoikeusjaksot.push(muksJakso('2023-03-01', 'mitatoity', null)))
    expect(dup(mitätöi, [tallennettu(muks())])).toEqual([])
  })
  it('each study right of an envelope is compared with the stored ones (not with each other: they are not stored yet)', () => {
    const doc = muks()
    doc.opiskeluoikeudet.push(structuredClone(doc.opiskeluoikeudet[0]))
    expect(run(doc, { ...KOSKI, storedStudyRights: [] }).findings.filter((f) => f.rule === 'G-DUPOO-1')).toEqual([])
    expect(dup(doc, [tallennettu(muks())]).map((f) => f.path)).toEqual(['opiskeluoikeudet[0]', 'opiskeluoikeudet[1]'])
  })
  it('never mutates the stored study rights', () => {
    const stored = [tallennettu(muks()), tallennettu(muks(() => {}, 'suoritettu'), '1.2.246.562.15.00000000002')]
    const kopio = structuredClone(stored)
    run(muks(), { ...KOSKI, storedStudyRights: stored })
    expect(stored).toEqual(kopio)
  })
})

describe('G-DUPOO-1 configured for the types wired at merge (VST, ammatillinen, LUVA, lisäopetus)', () => {
  const ctx = (stored: unknown[]) => ruleContext({}, { storedStudyRights: stored })
  const oppilaitos = { oid: '1.2.246.562.10.52251087186' }
  const jaksot = (alku: string, loppu?: string) => ({
    opiskeluoikeusjaksot: [{ alku, tila: { koodiarvo: 'lasna', koodistoUri: 'koskiopiskeluoikeudentila' } }, ...(loppu === undefined ? [] : [{ alku: loppu, tila: { koodiarvo: 'valmistunut', koodistoUri: 'koskiopiskeluoikeudentila' } }])],
  })
  const oo = (tyyppi: string, päätaso: string, tunniste: string, km: Json = {}, alku = '2024-01-01'): Json => ({
    tyyppi: { koodiarvo: tyyppi, koodistoUri: 'opiskeluoikeudentyyppi' },
    oppilaitos,
    tila: jaksot(alku),
    suoritukset: [{ tyyppi: { koodiarvo: päätaso, koodistoUri: 'suorituksentyyppi' }, koulutusmoduuli: { tunniste: { koodiarvo: tunniste, koodistoUri: 'koulutus' }, ...km }, toimipiste: oppilaitos }],
  })
  const löytyy = (vertailu: typeof YLEINEN_VERTAILU, uusi: Json, stored: Json[]) => duplikaattiOpiskeluoikeus(vertailu).check(uusi, ctx(stored)).length > 0

  it('VST JOTPA / vapaatavoitteinen: by opintokokonaisuus (a vapaatavoitteinen one without it is never a duplicate); other VST päätasot generic', () => {
    const ok = (k: string) => ({ opintokokonaisuus: { koodiarvo: k, koodistoUri: 'opintokokonaisuudet' } })
    const jotpa = (k: string) => oo('vapaansivistystyonkoulutus', 'vstjotpakoulutus', '099999', ok(k))
    expect(löytyy(VST_VERTAILU, jotpa('1138'), [jotpa('1138')])).toBe(true)
    expect(löytyy(VST_VERTAILU, jotpa('1138'), [jotpa('1139')])).toBe(false)
    const vapaa = oo('vapaansivistystyonkoulutus', 'vstvapaatavoitteinenkoulutus', '099999')
    expect(löytyy(VST_VERTAILU, vapaa, [vapaa])).toBe(false)
    const kops = oo('vapaansivistystyonkoulutus', 'vstoppivelvollisillesuunnattukoulutus', '999909')
    expect(löytyy(VST_VERTAILU, kops, [kops])).toBe(true)
  })
  it('ammatillinen: a tutkinto by a shared perusteenDiaarinumero (not the allowed ones); muu ammatillinen and TOPKS never; others generic', () => {
    const tutkinto = (d: string, alku?: string) => oo('ammatillinenkoulutus', 'ammatillinentutkinto', '351301', { perusteenDiaarinumero: d }, alku)
    expect(löytyy(AMMATILLINEN_VERTAILU, tutkinto('OPH-2762-2017'), [tutkinto('OPH-2762-2017')])).toBe(true)
    expect(löytyy(AMMATILLINEN_VERTAILU, tutkinto('OPH-2762-2017'), [tutkinto('OPH-1234-2018')])).toBe(false)
    expect(löytyy(AMMATILLINEN_VERTAILU, tutkinto('OPH-1161-2018'), [tutkinto('OPH-1161-2018')])).toBe(false)
    const muu = oo('ammatillinenkoulutus', 'muuammatillinenkoulutus', 'x')
    expect(löytyy(AMMATILLINEN_VERTAILU, muu, [muu])).toBe(false)
    const topks = oo('ammatillinenkoulutus', 'tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus', 'x')
    expect(löytyy(AMMATILLINEN_VERTAILU, topks, [topks])).toBe(false)
    const valma = oo('ammatillinenkoulutus', 'valma', '999901')
    expect(löytyy(AMMATILLINEN_VERTAILU, valma, [valma])).toBe(true)
  })
  it('LUVA and perusopetuksen lisäopetus: the generic criterion (as TUVA)', () => {
    const luva = oo('luva', 'luva', '999906')
    expect(löytyy(YLEINEN_VERTAILU, luva, [luva])).toBe(true)
    expect(löytyy(YLEINEN_VERTAILU, luva, [{ ...luva, tila: { opiskeluoikeusjaksot: [{ alku: '2020-01-01', tila: { koodiarvo: 'lasna', koodistoUri: 'koskiopiskeluoikeudentila' } }, { alku: '2020-06-01', tila: { koodiarvo: 'valmistunut', koodistoUri: 'koskiopiskeluoikeudentila' } }] } }])).toBe(false)
  })
})

describe('G-DUPOO-1 — linear in the stored study rights', () => {
  it('n study rights against m stored ones of one bucket grows n·log n, not n·m (growth ratio of 4× the size)', () => {
    const aja = (n: number): void => {
      const doc = muks()
      const oo = doc.opiskeluoikeudet[0]
      doc.opiskeluoikeudet = Array.from({ length: n }, (_, i) => ({ ...oo, tila: { opiskeluoikeusjaksot: [muksJakso(`2${String(100 + (i % 800)).padStart(3, '0')}-01-01`, 'lasna')] } }))
      const stored = Array.from({ length: n }, (_, i) => ({ ...tallennettu(muks(), `1.2.246.562.15.${String(i).padStart(11, '0')}`), tila: { opiskeluoikeusjaksot: [muksJakso(`1${String(100 + (i % 800)).padStart(3, '0')}-01-01`, 'lasna'), muksJakso(`1${String(100 + (i % 800)).padStart(3, '0')}-06-01`, 'keskeytynyt')] } }))
      validate(doc, { today: TODAY, ...KOSKI, storedStudyRights: stored, maxFindings: 1 })
    }
    expect(kasvusuhde(aja, 250)).toBeLessThan(LINEAARINEN_KASVU)
  })
  it('the same study right many times among the stored ones is still excluded in one look-up', () => {
    const lj = { id: 'muks-7', lähdejärjestelmä: { koodiarvo: 'primus', koodistoUri: 'lahdejarjestelma' } }
    const doc = muks((oo) => (oo.lähdejärjestelmänId = lj))
    const stored = Array.from({ length: 2000 }, () => tallennettu(doc))
    expect(errors(run(doc, { storedStudyRights: stored }))).toEqual([])
  })
})
