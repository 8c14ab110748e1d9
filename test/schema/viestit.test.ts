/**
 * The structural messages: every kind of issue has a message in fi/sv/en, and each message contains the facts its
 * issue carries (the koodisto and its name, the allowed values by their koodisto names, the class' fields).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as t from 'io-ts'
import { describe, expect, it } from 'vitest'
import { koodinNimi, type Lang, type SchemaIssue } from '../../src'
import { Str, strict } from '../../src/codecs/schema'
import { issueOf, type IssueError } from '../../src/codecs/schema'
import { koodistonNimi } from '../../src/koodisto'
import { schemaMessage } from '../../src/messages/schema'
import { TUVA_RAKENNE } from '../../src/tyypit/tuva/rakenne'

/** The kind of an issue: its errorType, and for notAnyOf its union, for enumValueMismatch its field. */
type Laji<I> = I extends { readonly errorType: 'notAnyOf'; readonly union: infer U extends string }
  ? `notAnyOf:${U}`
  : I extends { readonly errorType: 'enumValueMismatch'; readonly field: infer F extends string }
    ? `enumValueMismatch:${F}`
    : I extends { readonly errorType: infer E extends string }
      ? E
      : never
type Kind = Laji<SchemaIssue>

const lajiOf = (issue: SchemaIssue): string =>
  issue.errorType === 'notAnyOf' ? `notAnyOf:${issue.union}` : issue.errorType === 'enumValueMismatch' ? `enumValueMismatch:${issue.field}` : issue.errorType

const KIELET: readonly Lang[] = ['fi', 'sv', 'en']

/** A code as the messages write it: its koodisto name in that language with the code in parentheses. */
const nimetty = (uri: string, arvo: string, lang: Lang): string => {
  const nimi = koodinNimi(uri, arvo)?.[lang]
  expect(nimi, `${uri}/${arvo} has a name in the snapshot`).toBeDefined()
  return `${nimi} (${arvo})`
}
/** A code list as the messages write it: its uri, with its name where the snapshot has one in that language (not the Finnish one again). */
const koodistoNimellä = (uri: string, lang: Lang): string => {
  const nimet = koodistonNimi(uri)
  expect(nimet, `${uri} has a name in the snapshot`).toBeDefined()
  return lang !== 'fi' && nimet![lang] === nimet!.fi ? uri : `${uri} (${nimet![lang]})`
}

/** Facts every language's text must contain: the same text, or one built per language. */
type Fakta = string | ((lang: Lang) => string)

interface Esimerkki {
  readonly issue: SchemaIssue
  readonly sisältää: readonly Fakta[]
}

const koodi = (uri: string, arvo: string): Fakta => (lang) => nimetty(uri, arvo, lang)
const koodisto = (uri: string): Fakta => (lang) => koodistoNimellä(uri, lang)

/**
 * At least one example of every kind. The type makes a new kind without an example a compile error
 * (`npx tsc --noEmit` covers test/).
 */
const ESIMERKIT: { readonly [K in Kind]: readonly [Esimerkki, ...Esimerkki[]] } = {
  unexpectedProperty: [
    { issue: { errorType: 'unexpectedProperty', rule: 'S-1', key: 'xyz', luokka: 'Aikajakso', kentät: ['alku', 'loppu'] }, sisältää: ['xyz', 'Aikajakso', 'alku, loppu'] },
  ],
  missingProperty: [{ issue: { errorType: 'missingProperty', rule: 'S-2' }, sisältää: [] }],
  unexpectedType: [
    {
      issue: { errorType: 'unexpectedType', rule: 'S-2', expected: 'array', received: 'string' },
      sisältää: [(l) => ({ fi: 'lista', sv: 'lista', en: 'array' })[l], (l) => ({ fi: 'merkkijono', sv: 'sträng', en: 'string' })[l]],
    },
    { issue: { errorType: 'unexpectedType', rule: 'S-2', expected: 'OmaKoodi', received: 'number' }, sisältää: ['OmaKoodi'] },
  ],
  emptyString: [{ issue: { errorType: 'emptyString', rule: 'S-3' }, sisältää: [] }],
  dateFormatMismatch: [
    { issue: { errorType: 'dateFormatMismatch', rule: 'S-4', format: 'yyyy-MM-dd' }, sisältää: ['yyyy-MM-dd'] },
    { issue: { errorType: 'dateFormatMismatch', rule: 'S-4', format: 'yyyy-MM-ddTHH:mm:ss' }, sisältää: ['yyyy-MM-ddTHH:mm:ss'] },
  ],
  regularExpressionMismatch: [{ issue: { errorType: 'regularExpressionMismatch', rule: 'S-14', pattern: '^\\d{7}-\\d$' }, sisältää: ['^\\d{7}-\\d$'] }],
  smallerThanOrEqualToExclusiveMinimumValue: [{ issue: { errorType: 'smallerThanOrEqualToExclusiveMinimumValue', rule: 'S-10', limit: 0 }, sisältää: ['0'] }],
  smallerThanMinimumValue: [{ issue: { errorType: 'smallerThanMinimumValue', rule: 'S-11', limit: 7 }, sisältää: ['7'] }],
  greaterThanOrEqualToExclusiveMaximumValue: [{ issue: { errorType: 'greaterThanOrEqualToExclusiveMaximumValue', rule: 'S-11', limit: 100 }, sisältää: ['100'] }],
  greaterThanMaximumValue: [{ issue: { errorType: 'greaterThanMaximumValue', rule: 'S-11', limit: 5 }, sisältää: ['5'] }],
  lessThanMinimumNumberOfItems: [{ issue: { errorType: 'lessThanMinimumNumberOfItems', rule: 'S-9', limit: 1 }, sisältää: ['1'] }],
  moreThanMaximumNumberOfItems: [{ issue: { errorType: 'moreThanMaximumNumberOfItems', rule: 'S-9', limit: 3 }, sisältää: ['3'] }],
  'enumValueMismatch:koodistoUri': [
    {
      issue: { errorType: 'enumValueMismatch', rule: 'S-5', field: 'koodistoUri', allowed: ['arviointiasteikkotuva'], received: 'arviointiasteikkovst' },
      sisältää: ['arviointiasteikkovst', koodisto('arviointiasteikkotuva')],
    },
  ],
  'enumValueMismatch:koodiarvo': [
    {
      issue: { errorType: 'enumValueMismatch', rule: 'S-6', field: 'koodiarvo', koodistoUri: 'koskiopiskeluoikeudentila', allowed: ['lasna', 'eronnut', 'loma'], received: 'peruutettu' },
      sisältää: [koodisto('koskiopiskeluoikeudentila'), koodi('koskiopiskeluoikeudentila', 'lasna'), koodi('koskiopiskeluoikeudentila', 'eronnut'), koodi('koskiopiskeluoikeudentila', 'loma'), koodi('koskiopiskeluoikeudentila', 'peruutettu')],
    },
    {
      // a value outside the snapshot is written as it is
      issue: { errorType: 'enumValueMismatch', rule: 'S-6', field: 'koodiarvo', koodistoUri: 'opintojenrahoitus', allowed: ['1', '6', '10'], received: 'zzz' },
      sisältää: ['zzz', koodi('opintojenrahoitus', '1'), koodi('opintojenrahoitus', '6'), koodi('opintojenrahoitus', '10')],
    },
  ],
  tuntematonKoodi: [{ issue: { errorType: 'tuntematonKoodi', rule: 'S-7', koodistoUri: 'kieli', koodiarvo: 'ZZ' }, sisältää: ['kieli/ZZ'] }],
  jaksonLoppuEnnenAlkua: [
    { issue: { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', alku: '2020-05-31', loppu: '2019-05-31' }, sisältää: [(l) => (l === 'sv' ? '31.5.2020' : '2020-05-31'), (l) => (l === 'sv' ? '31.5.2019' : '2019-05-31')] },
    { issue: { errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', loppu: '2021-10-01' }, sisältää: [(l) => (l === 'sv' ? '1.10.2021' : '2021-10-01')] },
  ],
  'notAnyOf:koodi': [
    {
      issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'koodi', field: 'koulutusmoduuli.tunniste', koodistoUri: 'koulutuksenosattuva', allowed: ['101', '104'], poikkeama: 'koodiarvo', annettu: { koodiarvo: '108', koodistoUri: 'koulutuksenosattuva' } },
      sisältää: ['koulutusmoduuli.tunniste', '108', koodisto('koulutuksenosattuva'), koodi('koulutuksenosattuva', '101'), koodi('koulutuksenosattuva', '104')],
    },
    {
      issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'koodi', field: 'arvosana', koodistoUri: 'arviointiasteikkotuva', allowed: ['Hyväksytty', 'Hylätty'], poikkeama: 'puuttuu', annettu: {} },
      sisältää: ['arvosana', koodisto('arviointiasteikkotuva'), 'Hyväksytty', 'Hylätty'],
    },
    {
      issue: { errorType: 'notAnyOf', rule: 'S-5', union: 'koodi', field: 'tunniste', koodistoUri: 'koulutuksenosattuva', allowed: ['101'], poikkeama: 'koodistoUri', annettu: { koodistoUri: 'koulutuksenosat', koodiarvo: '101' } },
      sisältää: ['tunniste', 'koulutuksenosat', koodisto('koulutuksenosattuva')],
    },
  ],
  'notAnyOf:suoritus': [
    {
      issue: {
        errorType: 'notAnyOf',
        rule: 'S-6',
        union: 'suoritus',
        allowed: ['tutkintokoulutukseenvalmentava'],
        poikkeama: 'koodiarvo',
        annettu: { koodistoUri: 'suorituksentyyppi', koodiarvo: 'tuvaperusopetus' },
        valitsija: { field: 'koulutusmoduuli.tunniste', koodistoUri: 'koulutuksenosattuva', koodiarvo: '104' },
      },
      sisältää: [koodi('suorituksentyyppi', 'tuvaperusopetus'), koodi('suorituksentyyppi', 'tutkintokoulutukseenvalmentava'), 'koulutusmoduuli.tunniste', koodi('koulutuksenosattuva', '104')],
    },
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'suoritus', poikkeama: 'puuttuu', annettu: {} }, sisältää: [koodisto('suorituksentyyppi')] },
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'suoritus', poikkeama: 'koodistoUri', annettu: { koodistoUri: 'suoritustyyppi' } }, sisältää: ['suoritustyyppi', koodisto('suorituksentyyppi')] },
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'suoritus', allowed: ['tuvakoulutuksensuoritus'], poikkeama: 'puuttuu', annettu: {} }, sisältää: [koodi('suorituksentyyppi', 'tuvakoulutuksensuoritus')] },
  ],
  'notAnyOf:opiskeluoikeus': [
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'opiskeluoikeus', allowed: ['tuva'], poikkeama: 'koodiarvo', annettu: { koodiarvo: 'tuvakoulutus' } }, sisältää: ['tuvakoulutus', koodi('opiskeluoikeudentyyppi', 'tuva')] },
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'opiskeluoikeus', allowed: ['tuva'], poikkeama: 'puuttuu', annettu: {} }, sisältää: ['tyyppi.koodiarvo', koodi('opiskeluoikeudentyyppi', 'tuva')] },
    { issue: { errorType: 'notAnyOf', rule: 'S-5', union: 'opiskeluoikeus', allowed: ['tuva'], poikkeama: 'koodistoUri', annettu: { koodistoUri: 'suorituksentyyppi', koodiarvo: 'tuva' } }, sisältää: ['suorituksentyyppi', koodisto('opiskeluoikeudentyyppi')] },
  ],
  'notAnyOf:organisaatio': [
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'organisaatio', luokka: 'OrganisaatioWithOid', monitulkintainen: false }, sisältää: ['oid'] },
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'organisaatio', luokka: 'Organisaatio', monitulkintainen: false }, sisältää: ['oid'] },
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'organisaatio', luokka: 'Organisaatio', monitulkintainen: true }, sisältää: ['tutkintotoimikunnanNumero', 'KOSKI'] },
  ],
  'notAnyOf:henkilö': [
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'henkilö', muodot: ['OidHenkilö', 'UusiHenkilö'], vieras: 'lempinimi' }, sisältää: ['lempinimi', 'OidHenkilö, UusiHenkilö'] },
    {
      issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'henkilö', muodot: ['OidHenkilö', 'UusiHenkilö'], lähin: { muoto: 'UusiHenkilö', puuttuvat: ['etunimet', 'sukunimi'], ylimääräiset: ['syntymäaika'] } },
      sisältää: ['UusiHenkilö', 'etunimet, sukunimi', 'syntymäaika'],
    },
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'henkilö', muodot: ['OidHenkilö', 'UusiHenkilö'] }, sisältää: ['OidHenkilö, UusiHenkilö'] },
  ],
  'notAnyOf:localizedString': [
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'localizedString' }, sisältää: ['fi', 'sv', 'en'] },
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'localizedString', tuntematonKieli: 'de' }, sisältää: ['de'] },
  ],
  'notAnyOf:kenttä': [
    {
      issue: {
        errorType: 'notAnyOf',
        rule: 'T-LUPA-1',
        union: 'kenttä',
        key: 'majoitus',
        luokka: 'LukionLisätiedot',
        kentät: ['maksuttomuus', 'ulkomaanjaksot'],
        muissaJäsenissä: true,
        valitsija: { field: 'järjestämislupa', koodistoUri: 'tuvajarjestamislupa', koodiarvo: 'lukio' },
      },
      sisältää: ['majoitus', 'LukionLisätiedot', 'maksuttomuus, ulkomaanjaksot', 'järjestämislupa', koodi('tuvajarjestamislupa', 'lukio')],
    },
    {
      issue: {
        errorType: 'notAnyOf',
        rule: 'S-8',
        union: 'kenttä',
        key: 'hojks',
        luokka: 'LukionLisätiedot',
        kentät: ['maksuttomuus', 'ulkomaanjaksot'],
        muissaJäsenissä: false,
        valitsija: { field: 'järjestämislupa', koodistoUri: 'tuvajarjestamislupa', koodiarvo: 'lukio' },
      },
      sisältää: ['hojks', 'LukionLisätiedot', 'maksuttomuus, ulkomaanjaksot', koodi('tuvajarjestamislupa', 'lukio')],
    },
    {
      issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'kenttä', key: 'arvioitsijat', luokka: 'Arviointi', kentät: ['arvosana', 'päivä', 'kuvaus'], muissaJäsenissä: false },
      sisältää: ['arvioitsijat', 'Arviointi', 'arvosana, päivä, kuvaus'],
    },
  ],
  'notAnyOf:pakollinen': [{ issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'pakollinen', key: 'päivä', luokka: 'Arviointi' }, sisältää: ['päivä', 'Arviointi'] }],
  'notAnyOf:valitsija': [
    {
      issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'valitsija', field: 'järjestämislupa', koodistoUri: 'tuvajarjestamislupa', allowed: ['ammatillinen', 'lukio', 'perusopetus'] },
      sisältää: ['järjestämislupa', koodisto('tuvajarjestamislupa'), koodi('tuvajarjestamislupa', 'ammatillinen'), koodi('tuvajarjestamislupa', 'lukio'), koodi('tuvajarjestamislupa', 'perusopetus')],
    },
  ],
  'notAnyOf:olio': [
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: 'Arviointi', kentät: ['arvosana', 'päivä'] }, sisältää: ['Arviointi', 'arvosana, päivä'] },
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: 'Lisätiedot' }, sisältää: ['Lisätiedot'] },
  ],
  'notAnyOf:paikallinenTaiKoodistokoodi': [
    { issue: { errorType: 'notAnyOf', rule: 'S-8', union: 'paikallinenTaiKoodistokoodi', koodistot: ['koulutuksenosattuva'] }, sisältää: [koodisto('koulutuksenosattuva'), 'koodiarvo', 'nimi'] },
  ],
}

describe('structural messages: every issue kind', () => {
  const kaikki = Object.entries(ESIMERKIT).flatMap(([laji, esimerkit]) => esimerkit.map((e, i) => [`${laji} #${i + 1}`, laji, e] as const))

  it('the examples are of the kind they are filed under', () => {
    for (const [, laji, { issue }] of kaikki) expect(lajiOf(issue)).toBe(laji)
  })

  it.each(kaikki)('%s: a non-empty text in fi, sv and en, with the facts of the issue', (_, __, { issue, sisältää }) => {
    const message = schemaMessage(issue)
    for (const lang of KIELET) {
      expect(message[lang].trim().length, lang).toBeGreaterThan(0)
      for (const fakta of sisältää) expect(message[lang], lang).toContain(typeof fakta === 'string' ? fakta : fakta(lang))
    }
    expect(new Set(KIELET.map((l) => message[l])).size, 'the languages differ').toBeGreaterThan(1)
  })

  it('a code list is named in the language of the text where the snapshot has that name, else by its uri alone', () => {
    const m = schemaMessage({ errorType: 'enumValueMismatch', rule: 'S-5', field: 'koodistoUri', allowed: ['kunta', 'arviointiasteikkotuva'], received: 'x' })
    // fi: kunta's Finnish name is its uri, so the uri alone; sv/en: arviointiasteikkotuva has only its Finnish name
    expect(m.fi).toContain('sallitut koodistot: kunta, arviointiasteikkotuva (Arviointiasteikko TUVA)')
    expect(m.sv).toContain('tillåtna kodverk: kunta (kommun), arviointiasteikkotuva')
    expect(m.en).toContain('allowed code lists: kunta (municipality), arviointiasteikkotuva')
    expect(m.sv).not.toContain('TUVA')
  })

  it("KOSKI's two Finnish texts are verbatim", () => {
    expect(schemaMessage({ errorType: 'tuntematonKoodi', rule: 'S-7', koodistoUri: 'kieli', koodiarvo: 'ZZ' }).fi).toBe('Koodia kieli/ZZ ei löydy koodistosta')
    expect(schemaMessage({ errorType: 'jaksonLoppuEnnenAlkua', rule: 'S-12', alku: '2020-05-31', loppu: '2019-05-31' }).fi).toBe(
      'Jakson alku 2020-05-31 on jakson lopun 2019-05-31 jälkeen',
    )
  })

  it("a type's own wording (kohde) leads the generic text in each language", () => {
    const issue: SchemaIssue = { errorType: 'notAnyOf', rule: 'S-8', union: 'pakollinen', key: 'päivä', luokka: 'Arviointi', kohde: TUVA_RAKENNE.lisätiedot }
    const message = schemaMessage(issue)
    for (const lang of KIELET) {
      expect(message[lang].startsWith(`${TUVA_RAKENNE.lisätiedot[lang]}: `)).toBe(true)
      expect(message[lang]).toContain('päivä')
    }
    expect(message.fi).toContain(': pakollinen kenttä päivä')
  })

  it('an issue made outside the types (a caller’s own codec) gets a generic text, never a throw', () => {
    const outo = { errorType: 'jotainMuuta', rule: 'X-1' } as unknown as SchemaIssue
    const message = schemaMessage(outo)
    for (const lang of KIELET) expect(message[lang].length).toBeGreaterThan(0)
    const outoUnioni = { errorType: 'notAnyOf', rule: 'X-1', union: 'tuntematon' } as unknown as SchemaIssue
    expect(schemaMessage(outoUnioni).fi.length).toBeGreaterThan(0)
  })
})

describe('the issue rides on the io-ts error', () => {
  it('our codecs put the typed issue on the error; io-ts’ message is a short text, not JSON', () => {
    const Luokka = strict('Luokka', { a: Str }, {})
    const r = Luokka.validate({ a: '', b: 1 }, [{ key: '', type: Luokka, actual: {} }])
    expect(r._tag).toBe('Left')
    if (r._tag !== 'Left') return
    const issues = r.left.map((e) => (e as IssueError).issue)
    expect(issues).toEqual([
      { errorType: 'unexpectedProperty', rule: 'S-1', key: 'b', luokka: 'Luokka', kentät: ['a'] },
      { errorType: 'emptyString', rule: 'S-3' },
    ])
    for (const e of r.left) {
      expect(e.message).toBeDefined()
      expect(e.message!.startsWith('{')).toBe(false)
    }
  })

  it('an error of a plain io-ts codec inside ours reads as unexpectedType against that codec', () => {
    const Luokka = strict('Luokka', { a: t.string }, {})
    const r = Luokka.validate({ a: 1 }, [{ key: '', type: Luokka, actual: {} }])
    expect(r._tag).toBe('Left')
    if (r._tag !== 'Left') return
    expect(issueOf(r.left[0]!)).toEqual({ errorType: 'unexpectedType', rule: 'S-2', expected: 'string', received: 'number' })
  })
})

describe('messages/schema.ts is generic', () => {
  it('names no code list, code or field of one study-right type', () => {
    const source = readFileSync(fileURLToPath(new URL('../../src/messages/schema.ts', import.meta.url)), 'utf8')
    for (const tuvanOma of ['koulutuksenosattuva', 'arviointiasteikkotuva', 'tuvajarjestamislupa', 'järjestämislupa', 'lisätied', 'Tilläggsuppgift', 'TUVA', 'Hux']) {
      expect(source, tuvanOma).not.toContain(tuvanOma)
    }
  })
})
