/**
 * fast-check arbitraries of valid LUVA study rights (loaded only by `koski-validation/arbitraries`). Every study right
 * starts before the transition (1.8.2016–31.7.2022) and ends in a final state by 31.7.2023, so neither X-SIIRT-1 nor
 * X-SIIRT-2 fires; one that starts before 1.8.2021 follows the 2015 curriculum (56/011/2015: LUVA kurssit of
 * `lukioonvalmistavankoulutuksenkurssit2015`, scopes in courses), a later one the 2021 curriculum (OPH-4958-2020:
 * moduulit of `lukioonvalmistavankoulutuksenmoduulit2019`, scopes in study credits), as X-LUVA-1 requires.
 */
import * as fc from 'fast-check'
import { KOULUTUSTOIMIJA_OID, OPPILAITOS_OID, koodi, vahvistus, type Json } from '../../arbitraries/rakentajat'
import { addDaysToDate } from '../../date'
import { daysBetweenDates } from '../../date/daysBetweenDates'
import { LUVA_DIAARINUMEROT } from './codec'

type Gen = fc.GeneratorValue

const dateIn = (g: Gen, from: string, to: string): string => addDaysToDate(from, g(fc.integer, { min: 0, max: Math.max(0, daysBetweenDates(from, to)) }))
const minDate = (a: string, b: string): string => (a < b ? a : b)
const valitse = <T>(g: Gen, values: readonly T[], n: number): T[] => g(() => fc.shuffledSubarray([...values], { minLength: n, maxLength: n }))

const OPPIAINEET = ['LVMALUO', 'LVYHKU', 'LVOPO', 'LVMFKBM', 'LVHIYH'] as const
const KURSSIT_2015 = ['LVS1', 'LVS2', 'LVS3', 'LVMAI1', 'LVMAI2', 'LVOP1', 'LVHY1', 'LVKA1'] as const
const MODUULIT_2019 = ['LVS1', 'LVS2', 'LVS3', 'LVMAI1', 'LVMAI2', 'LVOP', 'LVHY1', 'LVMA'] as const
const OPS_2021_ALKAEN = '2021-08-01'

/** Options: the validation date the study rights are valid on (default 2026-11-22). */
export interface LuvaGeneraattorinAsetukset {
  readonly today?: string
}

/** An arbitrary of valid LUVA study rights (bare, without the Oppija envelope). */
export function validiLuvaOpiskeluoikeus(asetukset: LuvaGeneraattorinAsetukset = {}): fc.Arbitrary<Json> {
  const today = asetukset.today ?? '2026-11-22'
  return fc.gen().map((g) => {
    const alku = dateIn(g, '2016-08-01', minDate('2022-07-31', addDaysToDate(today, -60)))
    const loppu = dateIn(g, addDaysToDate(alku, 30), minDate(addDaysToDate(alku, 700), minDate('2023-07-31', today)))
    const ops2021 = alku >= OPS_2021_ALKAEN
    const yksikkö = ops2021 ? '2' : '4'
    const loppuTila = g(() => fc.constantFrom('valmistunut', 'eronnut', 'katsotaaneronneeksi'))
    const valmis = loppuTila === 'valmistunut'
    const rahoitus = g(() => fc.constantFrom('1', '6'))
    const jaksot: Json[] = [{ alku, tila: koodi('koskiopiskeluoikeudentila', 'lasna'), opintojenRahoitus: koodi('opintojenrahoitus', rahoitus) }]
    const väli = daysBetweenDates(alku, loppu)
    if (väli >= 10 && g(fc.boolean)) {
      const k = addDaysToDate(alku, Math.floor(väli / 3))
      jaksot.push({ alku: k, tila: koodi('koskiopiskeluoikeudentila', 'valiaikaisestikeskeytynyt') })
      jaksot.push({ alku: addDaysToDate(k, 2), tila: koodi('koskiopiskeluoikeudentila', 'lasna'), opintojenRahoitus: koodi('opintojenrahoitus', rahoitus) })
    }
    jaksot.push({ alku: loppu, tila: koodi('koskiopiskeluoikeudentila', loppuTila), ...(valmis ? { opintojenRahoitus: koodi('opintojenrahoitus', rahoitus) } : {}) })
    const arvioitu = (): boolean => valmis || g(fc.boolean)
    const arviointi = (arvosana: string): Json => ({ arvosana: koodi('arviointiasteikkoyleissivistava', arvosana), päivä: dateIn(g, alku, loppu) })
    const oppiaineet = valitse(g, OPPIAINEET, g(fc.integer, { min: 1, max: 3 })).map((tunniste) => {
      // an assessed oppiaine has its kurssit assessed (G-STAT-2)
      const oppiaineArvioitu = arvioitu()
      const kurssit = valitse(g, ops2021 ? MODUULIT_2019 : KURSSIT_2015, g(fc.integer, { min: 1, max: 3 })).map((k) => ({
        koulutusmoduuli: { tunniste: koodi(ops2021 ? 'lukioonvalmistavankoulutuksenmoduulit2019' : 'lukioonvalmistavankoulutuksenkurssit2015', k), laajuus: { arvo: g(fc.integer, { min: 1, max: 3 }), yksikkö: koodi('opintojenlaajuusyksikko', yksikkö) } },
        tyyppi: koodi('suorituksentyyppi', 'luvakurssi'),
        ...(oppiaineArvioitu || arvioitu() ? { arviointi: [arviointi(g(() => fc.constantFrom('S', '7', '9')))] } : {}),
      }))
      return {
        koulutusmoduuli: { tunniste: koodi('oppiaineetluva', tunniste), pakollinen: g(fc.boolean) },
        tyyppi: koodi('suorituksentyyppi', 'luvaoppiaine'),
        osasuoritukset: kurssit,
        ...(oppiaineArvioitu ? { arviointi: [{ arvosana: koodi('arviointiasteikkoyleissivistava', 'S') }] } : {}),
      }
    })
    const lisätiedot: Json = { pidennettyPäättymispäivä: g(fc.boolean), ulkomainenVaihtoopiskelija: false }
    if (g(fc.boolean)) lisätiedot.sisäoppilaitosmainenMajoitus = [{ alku, loppu }]
    return {
      tyyppi: koodi('opiskeluoikeudentyyppi', 'luva'),
      lähdejärjestelmänId: { id: `luva-${g(fc.integer, { min: 1, max: 99_999 })}`, lähdejärjestelmä: koodi('lahdejarjestelma', 'primus') },
      oppilaitos: { oid: OPPILAITOS_OID },
      koulutustoimija: { oid: KOULUTUSTOIMIJA_OID },
      tila: { opiskeluoikeusjaksot: jaksot },
      lisätiedot,
      suoritukset: [
        {
          koulutusmoduuli: { tunniste: koodi('koulutus', '999906'), perusteenDiaarinumero: ops2021 ? LUVA_DIAARINUMEROT.ops2021 : LUVA_DIAARINUMEROT.ops2015 },
          oppimäärä: koodi('lukionoppimaara', g(() => fc.constantFrom('nuortenops', 'aikuistenops'))),
          toimipiste: { oid: OPPILAITOS_OID },
          suorituskieli: koodi('kieli', 'FI'),
          tyyppi: koodi('suorituksentyyppi', 'luva'),
          osasuoritukset: oppiaineet,
          ...(valmis ? { vahvistus: vahvistus(loppu) } : {}),
        },
      ],
    }
  })
}
