import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  laajennetunOppivelvollisuudenPiirissä,
  maksuttomuudenPidennysVoiAlkaaAikaisintaan,
  maksuttomuudenPidennystäVoiHakeaAikaisintaan,
  maksuttomuusVoimassaAsti,
  normalisoiMaksuttomuusjaksot,
  OPPIVELVOLLISUUDEN_SUORITTAMISEEN_KELPAAVAT,
  oppivelvollisuudenSuorittamiseenKelpaava,
  type Maksuttomuusjakso,
} from '../../src/maksuttomuus'
import { addDaysToDate } from '../../src/date'

/** Any calendar date 1900-01-01 … 2099-12-31. */
const date = fc.integer({ min: 0, max: 73_048 }).map((d) => addDaysToDate('1900-01-01', d))

describe('the age limit (oppivelvollisuuslaki 1214/2020 § 16)', () => {
  it('free education lasts until 31 December of the year the learner turns 20', () => {
    expect(maksuttomuusVoimassaAsti('2004-05-27')).toBe('2024-12-31')
    expect(maksuttomuusVoimassaAsti('2004-01-01')).toBe('2024-12-31')
    expect(maksuttomuusVoimassaAsti('2005-12-31')).toBe('2025-12-31')
    expect(maksuttomuusVoimassaAsti('2008-02-29')).toBe('2028-12-31')
    // the years 0001–0099 stay themselves (a Date built from parts read them as 19xx: 0050 + 20 was 1970)
    expect(maksuttomuusVoimassaAsti('0050-05-27')).toBe('0070-12-31')
  })

  it('an extension may start from the day after, 1 January of the year the learner turns 21', () => {
    expect(maksuttomuudenPidennysVoiAlkaaAikaisintaan('2004-05-27')).toBe('2025-01-01')
    expect(maksuttomuudenPidennysVoiAlkaaAikaisintaan('2005-12-31')).toBe('2026-01-01')
  })

  it('an extension can be applied for six months before the free period ends: from 1 July of the year the learner turns 20', () => {
    expect(maksuttomuudenPidennystäVoiHakeaAikaisintaan('2004-05-27')).toBe('2024-07-01')
    expect(maksuttomuudenPidennystäVoiHakeaAikaisintaan('2008-02-29')).toBe('2028-07-01')
  })

  it('property: the last free day is always 31 December of birth year + 20', () => {
    fc.assert(
      fc.property(date, (d) => {
        const year = Number(d.slice(0, 4))
        return maksuttomuusVoimassaAsti(d) === `${year + 20}-12-31`
      }),
      { numRuns: 1000 },
    )
  })

  it('property: the extension may start on 1.1. of birth year + 21, applied for from 1.7. of birth year + 20', () => {
    fc.assert(
      fc.property(date, (d) => {
        const year = Number(d.slice(0, 4))
        return maksuttomuudenPidennysVoiAlkaaAikaisintaan(d) === `${year + 21}-01-01` && maksuttomuudenPidennystäVoiHakeaAikaisintaan(d) === `${year + 20}-07-01`
      }),
      { numRuns: 500 },
    )
  })
})

describe('who is in scope of the extended compulsory education', () => {
  it('born 2004-01-01 or later, with basic education not completed before 2021: in scope', () => {
    expect(laajennetunOppivelvollisuudenPiirissä('2004-01-01', { perusopetusSuoritettuEnnen2021: false })).toEqual({ inScope: true })
    expect(laajennetunOppivelvollisuudenPiirissä('2010-06-15', { perusopetusSuoritettuEnnen2021: false })).toEqual({ inScope: true })
  })

  it('out of scope, with the reasons as data', () => {
    expect(laajennetunOppivelvollisuudenPiirissä('2003-12-31')).toEqual({ inScope: false, reasons: ['syntynytEnnen2004'] })
    expect(laajennetunOppivelvollisuudenPiirissä('2004-05-27', { perusopetusSuoritettuEnnen2021: true })).toEqual({
      inScope: false,
      reasons: ['perusopetusSuoritettuEnnen2021'],
    })
    expect(laajennetunOppivelvollisuudenPiirissä('1999-01-01', { perusopetusSuoritettuEnnen2021: true })).toEqual({
      inScope: false,
      reasons: ['perusopetusSuoritettuEnnen2021', 'syntynytEnnen2004'], // KOSKI's order, as in MK-REL-1
    })
  })

  it('unknown when the basic-education fact is not given for someone born 2004 or later', () => {
    expect(laajennetunOppivelvollisuudenPiirissä('2005-03-01')).toEqual({ inScope: undefined, unknown: ['perusopetusSuoritettuEnnen2021'] })
  })

  it('property: born before 2004 is always out of scope; in scope only when born 2004+ and the fact is false', () => {
    fc.assert(
      fc.property(date, fc.option(fc.boolean(), { nil: undefined }), (d, pk) => {
        const r = laajennetunOppivelvollisuudenPiirissä(d, { perusopetusSuoritettuEnnen2021: pk })
        if (d < '2004-01-01') return r.inScope === false && r.reasons.includes('syntynytEnnen2004')
        return r.inScope === (pk === undefined ? undefined : !pk)
      }),
    )
  })
})

describe('normalisoiMaksuttomuusjaksot (MK-JAKSO-3, as KOSKI stores the jaksot)', () => {
  // MaksuttomuusSpec › "Jakson päättymispäiväksi päätellään aina seuraavan jakson alkamispäivä, useita"
  it('useita: each loppu is the day before the next alku, the last one open', () => {
    expect(
      normalisoiMaksuttomuusjaksot([
        { alku: '2021-08-01', maksuton: false },
        { alku: '2021-09-02', loppu: '2030-03-03', maksuton: true },
        { alku: '2021-10-02', loppu: '2030-03-03', maksuton: true },
      ]),
    ).toEqual([
      { alku: '2021-08-01', loppu: '2021-09-01', maksuton: false },
      { alku: '2021-09-02', loppu: '2021-10-01', maksuton: true },
      { alku: '2021-10-02', maksuton: true },
    ])
  })

  // "… vain yksi"
  it('vain yksi: a sent loppu of the only jakso is dropped', () => {
    expect(normalisoiMaksuttomuusjaksot([{ alku: '2021-08-01', loppu: '2021-08-01', maksuton: false }])).toEqual([{ alku: '2021-08-01', maksuton: false }])
  })

  // "Siirretyt jaksot järjestetään päivämäärä järjestykseen jakson alkamispäivän mukaan"
  it('sorts by alku', () => {
    expect(
      normalisoiMaksuttomuusjaksot([
        { alku: '2021-08-01', maksuton: false },
        { alku: '2021-10-01', maksuton: true },
        { alku: '2021-09-01', maksuton: true },
      ]),
    ).toEqual([
      { alku: '2021-08-01', loppu: '2021-08-31', maksuton: false },
      { alku: '2021-09-01', loppu: '2021-09-30', maksuton: true },
      { alku: '2021-10-01', maksuton: true },
    ])
  })

  it('does not change its input and handles an empty list', () => {
    const input: Maksuttomuusjakso[] = [
      { alku: '2022-01-01', maksuton: true },
      { alku: '2021-01-01', loppu: '2025-01-01', maksuton: false },
    ]
    const copy = structuredClone(input)
    normalisoiMaksuttomuusjaksot(input)
    expect(input).toEqual(copy)
    expect(normalisoiMaksuttomuusjaksot([])).toEqual([])
  })

  it('property: sorted, loppu = next alku − 1 day, last open, same jaksot', () => {
    const jakso = fc.record({ alku: date, loppu: fc.option(date, { nil: undefined }), maksuton: fc.boolean() })
    fc.assert(
      fc.property(fc.uniqueArray(jakso, { selector: (j) => j.alku, maxLength: 8 }), (jaksot) => {
        const input = jaksot.map(({ loppu, ...j }) => (loppu === undefined ? j : { ...j, loppu }))
        const n = normalisoiMaksuttomuusjaksot(input)
        if (n.length !== input.length) return false
        for (let i = 0; i < n.length; i++) {
          const next = n[i + 1]
          if (next !== undefined && !(n[i]!.alku < next.alku && n[i]!.loppu === addDaysToDate(next.alku, -1))) return false
          if (next === undefined && n[i]!.loppu !== undefined) return false
        }
        const key = (j: Maksuttomuusjakso): string => `${j.alku}/${j.maksuton}`
        return JSON.stringify(n.map(key).sort()) === JSON.stringify(input.map(key).sort())
      }),
    )
  })
})

describe('oppivelvollisuudenSuorittamiseenKelpaava (MK-REL-1 (a), MK-REQ-1)', () => {
  const päätaso = (tyyppi: string, koodiarvo = '999999', koodistoUri = 'koulutus') => ({
    tyyppi: { koodiarvo: tyyppi, koodistoUri: 'suorituksentyyppi' },
    koulutusmoduuli: { tunniste: { koodiarvo, koodistoUri } },
  })

  it("is kelpaava for the catalogue's list", () => {
    for (const tyyppi of [
      'tuvakoulutuksensuoritus',
      'vstoppivelvollisillesuunnattukoulutus',
      'vstmaahanmuuttajienkotoutumiskoulutus',
      'vstlukutaitokoulutus',
      'luva',
      'perusopetuksenlisaopetus',
      'valma',
      'telma',
      'ammatillinentutkinto',
      'ammatillinentutkintoosittainen',
      'ammatillinentutkintoosittainenuseastatutkinnosta',
    ]) {
      expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso(tyyppi)]), tyyppi).toBe(true)
    }
  })

  it('is not kelpaava for VST JOTPA, vapaatavoitteinen, muu ammatillinen, TOPKS, näyttötutkintoon valmistava, MUKS', () => {
    for (const tyyppi of [
      'vstjotpakoulutus',
      'vstvapaatavoitteinenkoulutus',
      'muuammatillinenkoulutus',
      'tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus',
      'nayttotutkintoonvalmistavakoulutus',
      'muukuinsaanneltykoulutus',
      'taiteenperusopetuksenyleisenoppimaaranyhteisetopinnot',
    ]) {
      expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso(tyyppi)]), tyyppi).toBe(false)
      expect(OPPIVELVOLLISUUDEN_SUORITTAMISEEN_KELPAAVAT.has(tyyppi)).toBe(false)
    }
  })

  it('one kelpaava päätaso is enough (näyttötutkintoon valmistava next to an ammatillinen tutkinto)', () => {
    expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso('nayttotutkintoonvalmistavakoulutus'), päätaso('ammatillinentutkinto')])).toBe(true)
    expect(oppivelvollisuudenSuorittamiseenKelpaava([])).toBe(false)
  })

  // MaksuttomuusSpec › "European School of Helsinki secondary upper vuosiluokan suoritus" and "International school MYPVuosiluokanSuoritus"
  it('KOSKI spec: ESH S5 (secondary lower), S6 and S7 are kelpaava, S4 alone is not; IS MYP grade 10 is, grade 9 is not', () => {
    const esh = (tyyppi: string, luokka: string) => päätaso(`europeanschoolofhelsinkivuosiluokka${tyyppi}`, luokka, 'europeanschoolofhelsinkiluokkaaste')
    expect(oppivelvollisuudenSuorittamiseenKelpaava([esh('secondarylower', 'S5')])).toBe(true)
    expect(oppivelvollisuudenSuorittamiseenKelpaava([esh('secondaryupper', 'S6')])).toBe(true)
    expect(oppivelvollisuudenSuorittamiseenKelpaava([esh('secondaryupper', 'S7')])).toBe(true)
    expect(oppivelvollisuudenSuorittamiseenKelpaava([esh('secondarylower', 'S4')])).toBe(false)
    // the grade is read with its koodisto, as KOSKI does
    expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso('europeanschoolofhelsinkivuosiluokkasecondarylower', 'S5', 'muu')])).toBe(false)
    expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso('internationalschoolmypvuosiluokka', '10', 'internationalschoolluokkaaste')])).toBe(true)
    expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso('internationalschoolmypvuosiluokka', '9', 'internationalschoolluokkaaste')])).toBe(false)
  })

  it('the other kelpaava päätaso types of KOSKI (OppivelvollisuudenSuorittamiseenKelpaava): lukio, IB, pre-IB, DIA, aikuisten perusopetus, IS diploma', () => {
    for (const tyyppi of [
      'lukionoppimaara',
      'ibtutkinto',
      'preiboppimaara',
      'diatutkintovaihe',
      'diavalmistavavaihe',
      'aikuistenperusopetuksenoppimaara',
      'aikuistenperusopetuksenoppimaaranalkuvaihe',
      'internationalschooldiplomavuosiluokka',
    ]) {
      expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso(tyyppi)]), tyyppi).toBe(true)
    }
    for (const tyyppi of ['lukionoppiaineenoppimaara', 'lukionaineopinnot', 'perusopetuksenoppimaara', 'perusopetuksenvuosiluokka', 'europeanschoolofhelsinkivuosiluokkaprimary']) {
      expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso(tyyppi)]), tyyppi).toBe(false)
    }
  })

  it('decides International School MYP and ESH grades by the koulutusmoduuli', () => {
    expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso('internationalschoolmypvuosiluokka', '10', 'internationalschoolluokkaaste')])).toBe(true)
    expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso('internationalschoolmypvuosiluokka', '9', 'internationalschoolluokkaaste')])).toBe(false)
    expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso('europeanschoolofhelsinkivuosiluokkasecondaryupper', 'S6', 'europeanschoolofhelsinkiluokkaaste')])).toBe(true)
    expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso('europeanschoolofhelsinkivuosiluokkasecondarylower', 'S4', 'europeanschoolofhelsinkiluokkaaste')])).toBe(false)
    expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso('europeanschoolofhelsinkivuosiluokkaprimary', 'P5', 'europeanschoolofhelsinkiluokkaaste')])).toBe(false)
  })

  it('a prototype key is not a tyyppi', () => {
    expect(oppivelvollisuudenSuorittamiseenKelpaava([päätaso('constructor'), päätaso('__proto__')])).toBe(false)
  })
})
