import type { SuoritusLike } from '../rules/shapes'

/** Decides a päätason suoritus whose type alone does not: by its `koulutusmoduuli.tunniste`. */
export type KelpaavuusTunnisteesta = (tunniste: { readonly koodiarvo: string; readonly koodistoUri?: unknown }) => boolean

/**
 * The päätason suoritus types (koodisto `suorituksentyyppi`) that KOSKI counts as `OppivelvollisuudenSuorittamiseenKelpaava`
 * (education that fulfils the extended compulsory education; MK-REL-1 (a), MK-REQ-1), with a function where the
 * koulutusmoduuli decides. Every type not listed is not kelpaava — among them VST JOTPA (`vstjotpakoulutus`),
 * vapaatavoitteinen VST (`vstvapaatavoitteinenkoulutus`), muu ammatillinen (`muuammatillinenkoulutus`), TOPKS
 * (`tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus`), näyttötutkintoon valmistava (`nayttotutkintoonvalmistavakoulutus`),
 * MUKS (`muukuinsaanneltykoulutus`), lukion aineopinnot and the basic-education grades.
 */
export const OPPIVELVOLLISUUDEN_SUORITTAMISEEN_KELPAAVAT: ReadonlyMap<string, true | KelpaavuusTunnisteesta> = new Map<string, true | KelpaavuusTunnisteesta>([
  // TUVA
  ['tuvakoulutuksensuoritus', true],
  // VST: oppivelvollisille suunnattu (KOPS), kotoutumiskoulutus (KOTO, also 2022), lukutaitokoulutus
  ['vstoppivelvollisillesuunnattukoulutus', true],
  ['vstmaahanmuuttajienkotoutumiskoulutus', true],
  ['vstlukutaitokoulutus', true],
  // LUVA, perusopetuksen lisäopetus, VALMA, TELMA
  ['luva', true],
  ['perusopetuksenlisaopetus', true],
  ['valma', true],
  ['telma', true],
  // Ammatillinen tutkinto, osittainen, osia useasta tutkinnosta
  ['ammatillinentutkinto', true],
  ['ammatillinentutkintoosittainen', true],
  ['ammatillinentutkintoosittainenuseastatutkinnosta', true],
  // Lukio (2015 and 2019), IB, pre-IB, DIA
  ['lukionoppimaara', true],
  ['ibtutkinto', true],
  ['preiboppimaara', true],
  ['diatutkintovaihe', true],
  ['diavalmistavavaihe', true],
  // Aikuisten perusopetus (KOSKI marks these kelpaava too)
  ['aikuistenperusopetuksenoppimaara', true],
  ['aikuistenperusopetuksenoppimaaranalkuvaihe', true],
  // International School: diploma years, MYP only grade 10 ("lukiota vastaava")
  ['internationalschooldiplomavuosiluokka', true],
  ['internationalschoolmypvuosiluokka', (tunniste) => tunniste.koodiarvo === '10'],
  // European School of Helsinki: S5–S7 (secondary upper)
  ['europeanschoolofhelsinkivuosiluokkasecondaryupper', true],
  [
    'europeanschoolofhelsinkivuosiluokkasecondarylower',
    (tunniste) => tunniste.koodistoUri === 'europeanschoolofhelsinkiluokkaaste' && ['S5', 'S6', 'S7'].includes(tunniste.koodiarvo),
  ],
])

/**
 * Whether a study right's päätason suoritukset fulfil the extended compulsory education (KOSKI's
 * `oppivelvollisuudenSuorittamiseenKelpaavaMuuKuinPeruskoulunOpiskeluoikeus`): some päätason suoritus is
 * `OppivelvollisuudenSuorittamiseenKelpaava` (see {@link OPPIVELVOLLISUUDEN_SUORITTAMISEEN_KELPAAVAT}).
 *
 * @example oppivelvollisuudenSuorittamiseenKelpaava(tuva.suoritukset) // true
 */
export function oppivelvollisuudenSuorittamiseenKelpaava(suoritukset: readonly Pick<SuoritusLike, 'tyyppi' | 'koulutusmoduuli'>[]): boolean {
  for (const suoritus of suoritukset) {
    const kelpaa = OPPIVELVOLLISUUDEN_SUORITTAMISEEN_KELPAAVAT.get(suoritus.tyyppi.koodiarvo)
    if (kelpaa === true || (kelpaa !== undefined && kelpaa(suoritus.koulutusmoduuli.tunniste))) return true
  }
  return false
}
