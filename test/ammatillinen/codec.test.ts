/**
 * The ammatillinen codec (src/tyypit/ammatillinen/codec.ts): strict as TUVA's — unknown keys (S-1), missing required
 * keys (S-2), codes of the shipped snapshot (S-6, S-7; the four large koodistot shape only) — and every union
 * resolved by its discriminator as KOSKI resolves it (scala-schema: the discriminator fields and `@OnlyWhen`).
 * Documents: KOSKI's own examples (test/fixtures/koski/ammatillinen), one thing changed.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { AmmatillinenOpiskeluoikeus, validate, type Finding } from '../../src'
import { poistaErityisetHenkilötiedot, erityistenHenkilötietojenPolut, shippedKoodistot } from '../../src'
import type { Json } from '../support'

const PÄIVÄ = '2026-08-21'
const esimerkki = (name: string): Json => {
  const doc = JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/koski/ammatillinen/${name}`, import.meta.url)), 'utf8'))
  delete doc.ignoreKoskiValidator
  delete doc.ignoreJsonEquality
  return doc
}
/** KOSKI's valmistunut ops perustutkinto: 10 tutkinnon osat, 4 YTO with osa-alueet, 2 local osat. */
const perustutkinto = (): Json => esimerkki('ammatillinen-perustutkinto_2024-08-13.json')
/** KOSKI's reformi perustutkinto of 2022 (osaamisen hankkimistavat, koulutussopimukset, jatko-opintovalmiuksia). */
const reformi = (): Json => esimerkki('ammatillinen-reforminmukainenperustutkinto2022_2024-08-08.json')
const run = (doc: unknown) => validate(doc, { today: PÄIVÄ, serviceUser: false })
const s = (f: Finding): string => `${f.rule} ${f.errorType ?? f.key} ${f.path}`
const rakenne = (doc: unknown): string[] => run(doc).findings.filter((f) => f.rule.startsWith('S-')).map(s)
const OO = 'opiskeluoikeudet[0]'
const P = `${OO}.suoritukset[0]`

describe('AmmatillinenOpiskeluoikeus decodes KOSKI’s examples of every päätaso', () => {
  it.each([
    ['ammatillinentutkinto', 'ammatillinen-perustutkinto_2024-08-13.json'],
    ['ammatillinentutkintoosittainen', 'ammatillinen-tutkinnonosa_2025-08-19.json'],
    ['ammatillinentutkintoosittainen (useasta tutkinnosta)', 'ammatillinen-osittainensuoritususeastatutkinnosta_2025-10-29.json'],
    ['muuammatillinenkoulutus', 'ammatillinen-muuammatillinenkoulutus_2024-04-10.json'],
    ['tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus', 'ammatillinen-tutkinnonosaapienempikokonaisuus_2024-04-10.json'],
    ['nayttotutkintoonvalmistavakoulutus + ammatillinentutkinto', 'ammatillinen-erikoisammattitutkinto_2023-09-27.json'],
  ])('%s', (_, file) => {
    expect(AmmatillinenOpiskeluoikeus.decode(esimerkki(file).opiskeluoikeudet[0])._tag).toBe('Right')
  })

  it('valma (KOSKI’s VALMA example in test/fixtures/koski/examples) and telma (built from it)', () => {
    const valma = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/koski/examples/ammatilliseenperuskoulutukseenvalmentavakoulutus_2022-09-22.json', import.meta.url)), 'utf8'))
    const oo = valma.opiskeluoikeudet[0]
    expect(AmmatillinenOpiskeluoikeus.decode(oo)._tag).toBe('Right')
    const telma = structuredClone(oo)
    const p = telma.suoritukset[0]
    p.tyyppi.koodiarvo = 'telma'
    p.koulutusmoduuli.tunniste.koodiarvo = '999903'
    p.osasuoritukset = p.osasuoritukset.filter((o: Json) => o.tyyppi.koodiarvo === 'valmakoulutuksenosa').map((o: Json) => ({ ...o, tyyppi: { koodiarvo: 'telmakoulutuksenosa', koodistoUri: 'suorituksentyyppi' } }))
    expect(AmmatillinenOpiskeluoikeus.decode(telma)._tag).toBe('Right')
    // a YTO osa-alue is a VALMA osasuoritus, not a TELMA one
    p.osasuoritukset.push(oo.suoritukset[0].osasuoritukset.find((o: Json) => o.tyyppi.koodiarvo === 'ammatillisentutkinnonosanosaalue'))
    expect(rakenne({ henkilö: valma.henkilö, opiskeluoikeudet: [telma] })).toContain(`S-6 enumValueMismatch ${P}.osasuoritukset[${p.osasuoritukset.length - 1}].tyyppi.koodiarvo`)
  })
})

describe('unknown keys (S-1) at every level', () => {
  it.each([
    ['the study right', (oo: Json) => oo, OO],
    ['the päätaso', (oo: Json) => oo.suoritukset[0], P],
    ['a tutkinnon osa', (oo: Json) => oo.suoritukset[0].osasuoritukset[0], `${P}.osasuoritukset[0]`],
    ['its koulutusmoduuli (MuuValtakunnallinenTutkinnonOsa)', (oo: Json) => oo.suoritukset[0].osasuoritukset[0].koulutusmoduuli, `${P}.osasuoritukset[0].koulutusmoduuli`],
    ['a YTO osa-alue', (oo: Json) => oo.suoritukset[0].osasuoritukset[6].osasuoritukset[0], `${P}.osasuoritukset[6].osasuoritukset[0]`],
    ['an arviointi', (oo: Json) => oo.suoritukset[0].osasuoritukset[0].arviointi[0], `${P}.osasuoritukset[0].arviointi[0]`],
    ['a järjestämismuotojakso', (oo: Json) => oo.suoritukset[0].järjestämismuodot[0], `${P}.järjestämismuodot[0]`],
    ['a työssäoppimisjakso', (oo: Json) => oo.suoritukset[0].työssäoppimisjaksot[0], `${P}.työssäoppimisjaksot[0]`],
    ['an opiskeluoikeusjakso', (oo: Json) => oo.tila.opiskeluoikeusjaksot[0], `${OO}.tila.opiskeluoikeusjaksot[0]`],
  ])('%s', (_, kohta, path) => {
    const doc = perustutkinto()
    kohta(doc.opiskeluoikeudet[0]).tuntematon = 1
    expect(rakenne(doc)).toEqual([`S-1 unexpectedProperty ${path}.tuntematon`])
  })

  it('lisätiedot and a näyttö', () => {
    const doc = reformi()
    const oo = doc.opiskeluoikeudet[0]
    oo.lisätiedot = { erityinenTuki: [{ alku: '2022-01-08' }], tuntematon: 1 }
    const osa = oo.suoritukset[0].osasuoritukset.find((o: Json) => o.näyttö !== undefined)
    osa.näyttö.tuntematon = 1
    const i = oo.suoritukset[0].osasuoritukset.indexOf(osa)
    expect(rakenne(doc).sort()).toEqual([`S-1 unexpectedProperty ${OO}.lisätiedot.tuntematon`, `S-1 unexpectedProperty ${P}.osasuoritukset[${i}].näyttö.tuntematon`].sort())
  })

  it('a field of another class of the union is unknown in the chosen one (keskiarvo is not a muu ammatillinen field)', () => {
    const doc = esimerkki('ammatillinen-muuammatillinenkoulutus_2024-04-10.json')
    doc.opiskeluoikeudet[0].suoritukset[0].keskiarvo = 4
    expect(rakenne(doc)).toEqual([`S-1 unexpectedProperty ${P}.keskiarvo`])
  })
})

describe('required keys (S-2)', () => {
  it.each([
    ['the päätaso’s suoritustapa', (oo: Json) => delete oo.suoritukset[0].suoritustapa, `${P}.suoritustapa`],
    ['the päätaso’s toimipiste', (oo: Json) => delete oo.suoritukset[0].toimipiste, `${P}.toimipiste`],
    ['the study right’s tila', (oo: Json) => delete oo.tila, `${OO}.tila`],
    ['a tutkinnon osa’s pakollinen', (oo: Json) => delete oo.suoritukset[0].osasuoritukset[0].koulutusmoduuli.pakollinen, `${P}.osasuoritukset[0].koulutusmoduuli.pakollinen`],
    ['a local osa’s kuvaus', (oo: Json) => delete oo.suoritukset[0].osasuoritukset[10].koulutusmoduuli.kuvaus, `${P}.osasuoritukset[10].koulutusmoduuli.kuvaus`],
    ['an arviointi’s päivä', (oo: Json) => delete oo.suoritukset[0].osasuoritukset[0].arviointi[0].päivä, `${P}.osasuoritukset[0].arviointi[0].päivä`],
  ])('%s', (_, muuta, path) => {
    const doc = perustutkinto()
    muuta(doc.opiskeluoikeudet[0])
    expect(rakenne(doc)).toEqual([`S-2 missingProperty ${path}`])
  })

  it('an empty suoritukset (minItems 1)', () => {
    const doc = perustutkinto()
    doc.opiskeluoikeudet[0].suoritukset = []
    expect(rakenne(doc)).toEqual([`S-9 lessThanMinimumNumberOfItems ${OO}.suoritukset`])
  })
})

describe('codes', () => {
  it('a code of a shipped koodisto that is not in it is S-7; an arvosana of another koodisto S-5', () => {
    const doc = perustutkinto()
    const osa = doc.opiskeluoikeudet[0].suoritukset[0].osasuoritukset[0]
    osa.arviointi[0].arvosana.koodiarvo = '7'
    osa.arviointi[0].arvosana.koodistoUri = 'arviointiasteikkoammatillinen15'
    expect(rakenne(doc)).toEqual([`S-7 tuntematonKoodi ${P}.osasuoritukset[0].arviointi[0].arvosana.koodiarvo`])
    osa.arviointi[0].arvosana = { koodiarvo: 'Hyväksytty', koodistoUri: 'arviointiasteikkotuva' }
    expect(rakenne(doc)).toEqual([`S-5 enumValueMismatch ${P}.osasuoritukset[0].arviointi[0].arvosana.koodistoUri`])
  })

  it('the large koodistot (koulutus, tutkinnonosat, osaamisala, tutkintonimikkeet) are checked for shape only', () => {
    const doc = perustutkinto()
    const p = doc.opiskeluoikeudet[0].suoritukset[0]
    p.koulutusmoduuli.tunniste.koodiarvo = '000000'
    p.osasuoritukset[0].koulutusmoduuli.tunniste.koodiarvo = '999999'
    p.osaamisala[0].osaamisala.koodiarvo = '0000'
    p.tutkintonimike[0].koodiarvo = '00000'
    expect(rakenne(doc)).toEqual([])
    p.tutkintonimike[0].koodistoUri = 'tutkinnonosat'
    expect(rakenne(doc)).toEqual([`S-5 enumValueMismatch ${P}.tutkintonimike[0].koodistoUri`])
  })

  it('the snapshot ships the small ammatillinen koodistot and none of the four large ones', () => {
    const shipped = shippedKoodistot()
    for (const uri of ['koulutus', 'tutkinnonosat', 'osaamisala', 'tutkintonimikkeet']) expect(shipped).not.toContain(uri)
    for (const uri of ['ammatillisenoppiaineet', 'ammatillisentutkinnonsuoritustapa', 'arviointiasteikkoammatillinen15', 'osaamisenhankkimistapa', 'jarjestamismuoto', 'kielivalikoima', 'tutkinnonosatvalinnanmahdollisuus']) {
      expect(shipped).toContain(uri)
    }
  })

  it('opintojenRahoitus is any code of opintojenrahoitus (1–17); the tila one of the eight of AmmatillinenOpiskeluoikeusjakso', () => {
    const doc = perustutkinto()
    const jakso = doc.opiskeluoikeudet[0].tila.opiskeluoikeusjaksot[0]
    jakso.opintojenRahoitus = { koodiarvo: '17', koodistoUri: 'opintojenrahoitus' }
    expect(rakenne(doc)).toEqual([])
    jakso.tila.koodiarvo = 'hyvaksytystisuoritettu'
    expect(rakenne(doc)).toEqual([`S-6 enumValueMismatch ${OO}.tila.opiskeluoikeusjaksot[0].tila.koodiarvo`])
  })
})

describe('unions by their discriminators (never io-ts t.union)', () => {
  it('päätaso: a tyyppi no ammatillinen class has is notAnyOf at the päätaso, nothing inside reported', () => {
    const doc = perustutkinto()
    doc.opiskeluoikeudet[0].suoritukset[0].tyyppi.koodiarvo = 'tuvakoulutuksensuoritus'
    doc.opiskeluoikeudet[0].suoritukset[0].tuntematon = 1
    expect(rakenne(doc)).toEqual([`S-6 notAnyOf ${P}`])
  })

  it('ammatillinentutkintoosittainen: @OnlyWhen koulutusmoduuli.tunniste ammatillinentutkintoosittainenuseastatutkinnosta picks the class of several tutkinnot', () => {
    const useasta = esimerkki('ammatillinen-osittainensuoritususeastatutkinnosta_2025-10-29.json')
    const p = useasta.opiskeluoikeudet[0].suoritukset[0]
    expect(p.tyyppi.koodiarvo).toBe('ammatillinentutkintoosittainen')
    p.tutkintonimike = [] // a field of AmmatillisenTutkinnonOsittainenSuoritus only
    expect(rakenne(useasta)).toEqual([`S-1 unexpectedProperty ${P}.tutkintonimike`])
    const osittainen = esimerkki('ammatillinen-tutkinnonosa_2025-08-19.json')
    osittainen.opiskeluoikeudet[0].suoritukset[0].tutkintonimike = []
    expect(rakenne(osittainen)).toEqual([])
  })

  it('tutkinnon osa: a YTO code of tutkinnonosat picks YhteisenAmmatillisenTutkinnonOsanSuoritus (osa-alueet), another code the muu class', () => {
    const doc = perustutkinto()
    const osat = doc.opiskeluoikeudet[0].suoritukset[0].osasuoritukset
    // the YTO 101053 has osa-alueet; made a muu osa (code 100431), its osa-alueet are not AmmatillisenTutkinnonOsaaPienemmänKokonaisuudenSuoritus
    osat[6].koulutusmoduuli.tunniste.koodiarvo = '100431'
    const löydöt = rakenne(doc)
    expect(löydöt).toContain(`S-6 enumValueMismatch ${P}.osasuoritukset[6].tutkinnonOsanRyhmä.koodiarvo`) // ryhmä 2 is a YTO's
    expect(löydöt).toContain(`S-6 enumValueMismatch ${P}.osasuoritukset[6].osasuoritukset[0].tyyppi.koodiarvo`)
    expect(löydöt.every((f) => f.includes(`${P}.osasuoritukset[6].`))).toBe(true)
    // a kuvaus is a field of MuuValtakunnallinenTutkinnonOsa, not of YhteinenTutkinnonOsa
    const yto = perustutkinto()
    yto.opiskeluoikeudet[0].suoritukset[0].osasuoritukset[6].koulutusmoduuli.kuvaus = { fi: 'x' }
    expect(rakenne(yto)).toEqual([`S-1 unexpectedProperty ${P}.osasuoritukset[6].koulutusmoduuli.kuvaus`])
  })

  it('tutkinnon osa: tutkinnonosatvalinnanmahdollisuus only @OnlyWhen the päätaso’s suoritustapa is reformi', () => {
    const doc = reformi()
    const osat = doc.opiskeluoikeudet[0].suoritukset[0].osasuoritukset
    const valinnat = osat.flatMap((o: Json, i: number) => (o.koulutusmoduuli.tunniste.koodistoUri === 'tutkinnonosatvalinnanmahdollisuus' ? [i] : []))
    expect(valinnat).toEqual([3, 4])
    expect(rakenne(doc)).toEqual([])
    doc.opiskeluoikeudet[0].suoritukset[0].suoritustapa.koodiarvo = 'ops'
    expect(rakenne(doc)).toEqual(valinnat.map((i: number) => `S-8 notAnyOf ${P}.osasuoritukset[${i}]`))
  })

  it('osa-alue: the discriminator kieli picks the language class (AI → oppiaineaidinkielijakirjallisuus), without it the national class', () => {
    const doc = perustutkinto()
    const osaAlue = doc.opiskeluoikeudet[0].suoritukset[0].osasuoritukset[6].osasuoritukset[2]
    expect(osaAlue.koulutusmoduuli.kieli).toEqual({ koodiarvo: 'SV', koodistoUri: 'kielivalikoima' }) // TK1, ruotsi
    osaAlue.koulutusmoduuli.tunniste = { koodiarvo: 'AI', koodistoUri: 'ammatillisenoppiaineet' }
    delete osaAlue.koulutusmoduuli.kieli
    expect(rakenne(doc)).toEqual([])
    osaAlue.koulutusmoduuli.kieli = { koodiarvo: 'FI', koodistoUri: 'kielivalikoima' }
    expect(rakenne(doc)).toEqual([`S-5 enumValueMismatch ${P}.osasuoritukset[6].osasuoritukset[2].koulutusmoduuli.kieli.koodistoUri`])
    osaAlue.koulutusmoduuli.kieli = { koodiarvo: 'AI1', koodistoUri: 'oppiaineaidinkielijakirjallisuus' }
    expect(rakenne(doc)).toEqual([])
  })

  it('järjestämismuoto: the discriminators oppisopimus and tunniste 20 pick OppisopimuksellinenJärjestämismuoto; with another code the class without lisätiedot, which has no oppisopimus', () => {
    const doc = perustutkinto()
    const jm = doc.opiskeluoikeudet[0].suoritukset[0].järjestämismuodot[0].järjestämismuoto
    jm.oppisopimus = { työnantaja: { nimi: { fi: 'Autokorjaamo Oy' }, yTunnus: '1234567-8' } }
    expect(rakenne(doc)).toEqual([`S-1 unexpectedProperty ${P}.järjestämismuodot[0].järjestämismuoto.oppisopimus`])
    jm.tunniste.koodiarvo = '20'
    expect(rakenne(doc)).toEqual([])
    jm.oppisopimus.työnantaja.yTunnus = '1234567'
    expect(rakenne(doc)).toEqual([`S-14 regularExpressionMismatch ${P}.järjestämismuodot[0].järjestämismuoto.oppisopimus.työnantaja.yTunnus`])
  })

  it('osaamisala: @ReadFlattened, a bare osaamisala code is a jakso too', () => {
    const doc = perustutkinto()
    const p = doc.opiskeluoikeudet[0].suoritukset[0]
    p.osaamisala = [p.osaamisala[0].osaamisala]
    expect(rakenne(doc)).toEqual([])
  })

  it('the periods of a päätaso end on or after they start (S-12)', () => {
    const doc = perustutkinto()
    doc.opiskeluoikeudet[0].suoritukset[0].järjestämismuodot[0].loppu = '2000-01-01'
    expect(rakenne(doc)).toEqual([`S-12 jaksonLoppuEnnenAlkua ${P}.järjestämismuodot[0]`])
  })
})

describe('special-category data (KOSKI’s @SensitiveData) of an ammatillinen study right is found and redacted', () => {
  it('lisätiedot fields and keskiarvoSisältääMukautettujaArvosanoja', () => {
    const doc = perustutkinto()
    const oo = doc.opiskeluoikeudet[0]
    oo.lisätiedot = { hojks: { opetusryhmä: { koodiarvo: '1', koodistoUri: 'opetusryhma' } }, majoitus: [{ alku: '2013-09-01' }], jotpaAsianumero: { koodiarvo: '01/5848/2023', koodistoUri: 'jotpaasianumero' } }
    oo.suoritukset[0].keskiarvoSisältääMukautettujaArvosanoja = true
    expect(erityistenHenkilötietojenPolut(doc)).toEqual([`${OO}.lisätiedot.hojks`, `${OO}.lisätiedot.jotpaAsianumero`, `${P}.keskiarvoSisältääMukautettujaArvosanoja`])
    const siivottu = poistaErityisetHenkilötiedot(doc)
    expect(siivottu.opiskeluoikeudet[0].lisätiedot).toEqual({ majoitus: [{ alku: '2013-09-01' }] })
    expect(siivottu.opiskeluoikeudet[0].suoritukset[0]).not.toHaveProperty('keskiarvoSisältääMukautettujaArvosanoja')
    expect(doc.opiskeluoikeudet[0].lisätiedot.hojks).toBeDefined() // the input is not mutated
  })
})
