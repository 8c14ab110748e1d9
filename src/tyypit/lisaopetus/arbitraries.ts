/**
 * fast-check arbitraries of valid perusopetuksen lisäopetus study rights (loaded only by `koski-validation/arbitraries`).
 * Every study right starts before the transition (1.8.2016–31.7.2022) and every jakso starts before 1.6.2023
 * (X-LISÄ-1); it ends in a final state. Osasuoritukset are oppiaineet or toiminta-alueet; a pidennetty
 * oppivelvollisuus comes with the vammaisuus and erityisen tuen jaksot its rules require (L-PO-*).
 */
import * as fc from 'fast-check'
import { KOULUTUSTOIMIJA_OID, OPPILAITOS_OID, koodi, vahvistus, type Json } from '../../arbitraries/rakentajat'
import { addDaysToDate } from '../../date'
import { daysBetweenDates } from '../../date/daysBetweenDates'

type Gen = fc.GeneratorValue

const dateIn = (g: Gen, from: string, to: string): string => addDaysToDate(from, g(fc.integer, { min: 0, max: Math.max(0, daysBetweenDates(from, to)) }))
const minDate = (a: string, b: string): string => (a < b ? a : b)
const valitse = <T>(g: Gen, values: readonly T[], n: number): T[] => g(() => fc.shuffledSubarray([...values], { minLength: n, maxLength: n }))

const OPPIAINEET = ['MA', 'HI', 'BI', 'FY', 'KE', 'GE'] as const
const TOIMINTA_ALUEET = ['1', '2', '3', '4', '5'] as const

/** Options: the validation date the study rights are valid on (default 2026-11-22). */
export interface LisäopetuksenGeneraattorinAsetukset {
  readonly today?: string
}

/** An arbitrary of valid perusopetuksen lisäopetus study rights (bare, without the Oppija envelope). */
export function validiLisäopetuksenOpiskeluoikeus(asetukset: LisäopetuksenGeneraattorinAsetukset = {}): fc.Arbitrary<Json> {
  const today = asetukset.today ?? '2026-11-22'
  return fc.gen().map((g) => {
    const alku = dateIn(g, '2016-08-01', minDate('2022-07-31', addDaysToDate(today, -60)))
    const loppu = dateIn(g, addDaysToDate(alku, 30), minDate(addDaysToDate(alku, 365), minDate('2023-05-31', today)))
    const loppuTila = g(() => fc.constantFrom('valmistunut', 'eronnut', 'katsotaaneronneeksi'))
    const valmis = loppuTila === 'valmistunut'
    const jaksot: Json[] = [{ alku, tila: koodi('koskiopiskeluoikeudentila', 'lasna') }]
    const väli = daysBetweenDates(alku, loppu)
    if (väli >= 10 && g(fc.boolean)) {
      const k = addDaysToDate(alku, Math.floor(väli / 3))
      jaksot.push({ alku: k, tila: koodi('koskiopiskeluoikeudentila', 'valiaikaisestikeskeytynyt') }, { alku: addDaysToDate(k, 2), tila: koodi('koskiopiskeluoikeudentila', 'lasna') })
    }
    jaksot.push({ alku: loppu, tila: koodi('koskiopiskeluoikeudentila', loppuTila) })
    const arvioitu = (): boolean => valmis || g(fc.boolean)
    const toimintaAlueittain = g(fc.boolean)
    const osasuoritukset = toimintaAlueittain
      ? valitse(g, TOIMINTA_ALUEET, g(fc.integer, { min: 1, max: 5 })).map((t) => ({
          koulutusmoduuli: { tunniste: koodi('perusopetuksentoimintaalue', t), laajuus: { arvo: g(fc.integer, { min: 1, max: 5 }), yksikkö: koodi('opintojenlaajuusyksikko', '3') } },
          tyyppi: koodi('suorituksentyyppi', 'perusopetuksenlisaopetuksentoimintaalue'),
          ...(arvioitu() ? { arviointi: [{ arvosana: koodi('arviointiasteikkoyleissivistava', 'S'), päivä: dateIn(g, alku, loppu) }] } : {}),
        }))
      : valitse(g, OPPIAINEET, g(fc.integer, { min: 1, max: 4 })).map((t) => ({
          koulutusmoduuli: { tunniste: koodi('koskioppiaineetyleissivistava', t), pakollinen: true },
          korotus: g(fc.boolean),
          yksilöllistettyOppimäärä: false,
          tyyppi: koodi('suorituksentyyppi', 'perusopetuksenlisaopetuksenoppiaine'),
          ...(arvioitu() ? { arviointi: [{ arvosana: koodi('arviointiasteikkoyleissivistava', g(() => fc.constantFrom('6', '8', '10'))), päivä: dateIn(g, alku, loppu) }] } : {}),
        }))
    const lisätiedot: Json = {}
    if (toimintaAlueittain || g(fc.boolean)) {
      // a pidennetty oppivelvollisuus for the whole study right, with vammaisuus and erityinen tuki covering it (L-PO-*)
      const vammaisuus = g(() => fc.constantFrom('vammainen', 'vaikeastiVammainen'))
      lisätiedot.pidennettyOppivelvollisuus = { alku, loppu }
      lisätiedot[vammaisuus] = [{ alku, loppu }]
      lisätiedot.erityisenTuenPäätökset = [{ alku, loppu, opiskeleeToimintaAlueittain: toimintaAlueittain }]
    }
    if (g(fc.boolean)) lisätiedot.kuljetusetu = { alku, loppu }
    return {
      tyyppi: koodi('opiskeluoikeudentyyppi', 'perusopetuksenlisaopetus'),
      lähdejärjestelmänId: { id: `lisa-${g(fc.integer, { min: 1, max: 99_999 })}`, lähdejärjestelmä: koodi('lahdejarjestelma', 'primus') },
      oppilaitos: { oid: OPPILAITOS_OID },
      koulutustoimija: { oid: KOULUTUSTOIMIJA_OID },
      tila: { opiskeluoikeusjaksot: jaksot },
      ...(Object.keys(lisätiedot).length > 0 ? { lisätiedot } : {}),
      suoritukset: [
        {
          koulutusmoduuli: { tunniste: koodi('koulutus', '020075'), perusteenDiaarinumero: '6/011/2015' },
          toimipiste: { oid: OPPILAITOS_OID },
          suorituskieli: koodi('kieli', 'FI'),
          luokka: '10A',
          tyyppi: koodi('suorituksentyyppi', 'perusopetuksenlisaopetus'),
          osasuoritukset,
          ...(valmis ? { vahvistus: vahvistus(loppu) } : {}),
        },
      ],
    }
  })
}
