/**
 * The VST JOTPA rules (catalogue §3.5; KOSKI's VapaaSivistystyöValidation and JotpaValidation): VJ-RAH-1, VJ-ALK-1,
 * VJ-TILA-1/2, VJ-LAAJ-1/2. (VJ-LAAJ-3, VJ-STAT-1 and VJ-MK-1 are the general rules configured in ./index.ts; J-* the
 * JOTPA family of src/rules/jotpa.)
 */
import { error, type Finding, type Viesti } from '../../../finding'
import { alkamispäivä, eachOsasuoritus, jaksoPath, suoritusPath, tunnisteTeksti } from '../../../rules/helpers'
import type { OpiskeluoikeusLike, SuoritusLike } from '../../../rules/shapes'
import { NO_FINDINGS, type Rule, type RuleMeta } from '../../../rules/types'
import { RAHOITUS_PUUTTUU_KEY, rahoitusVaaditaan } from '../../../rules/yhteiset'
import type { VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeus } from '../codec'
import * as m from '../viestit'

/** A decoded VST JOTPA study right (`vstjotpakoulutus`), as its rules see it. */
export type VstJotpa = VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeus

/** KOSKI's `validaatiot.vstJotpaAikaisinSallittuAlkamispäivä` (reference.conf). */
export const VST_JOTPA_ALKAEN = '2023-01-01'

export const ALKAMISPÄIVÄ_KEY = 'badRequest.validation.date.alkamispäivä'
/** KOSKI's key for VJ-TILA-1/2 and VV-TILA-1/2 (its typo "Vapaatavoitteeisen" included). */
export const VAHVISTUS_TILA_KEY = 'badRequest.validation.tila.vapaanSivistystyönVapaatavoitteeisenKoulutuksenVahvistus'
export const LAAJUUDET_KEY = 'badRequest.validation.laajuudet'

/** VJ-RAH-1: `opintojenRahoitus` on every `lasna` and `hyvaksytystisuoritettu` jakso (KOSKI's default text). */
export const jotpaRahoitusVaaditaan = rahoitusVaaditaan<VstJotpa>({
  id: 'VJ-RAH-1',
  what: '`opintojenRahoitus` on every `lasna` and `hyvaksytystisuoritettu` jakso',
  keys: [RAHOITUS_PUUTTUU_KEY],
  severity: 'error',
  source: { koski: 'JotpaValidation.validateOpiskeluoikeusjaksonRahoitusmuoto', muutoshistoria: ['2022-11-11'] },
  tilat: ['lasna', 'hyvaksytystisuoritettu'],
  viesti: () => m.jotpaTilaltaPuuttuuRahoitusmuoto,
})

/** VJ-ALK-1: the study right (its first jakso) starts on 2023-01-01 or later. */
export const jotpaAlkamispäivä: Rule<VstJotpa> = {
  id: 'VJ-ALK-1',
  what: 'a VST JOTPA study right starts on 2023-01-01 or later (its first jakso)',
  keys: [ALKAMISPÄIVÄ_KEY],
  severity: 'error',
  source: { koski: 'VapaaSivistystyöValidation.validateVapaanSivistystyönJotpaKoulutuksenAlkamispäivä', muutoshistoria: ['2022-11-11'] },
  check: (oo, ctx) => {
    const alku = alkamispäivä(oo)
    return alku !== undefined && alku < VST_JOTPA_ALKAEN ? [error('VJ-ALK-1', ALKAMISPÄIVÄ_KEY, jaksoPath(ctx.polku, 0).kenttä('alku'), m.jotpaOpiskeluoikeusEnnenRajapäivää(VST_JOTPA_ALKAEN))] : NO_FINDINGS
  },
}

/**
 * VJ-TILA-1/2 and VV-TILA-1/2, configured (KOSKI's validateVapaanSivistystyön…Vahvistus of each päätaso type): the
 * first jakso of state `tila` is an error, at that jakso, when some päätaso is confirmed (`vahvistettu: true`) or some
 * is not (`false`); only where `tarkistetaan` holds, when given.
 */
export const vahvistusJaPäättäväTila = <A extends OpiskeluoikeusLike>(
  options: Pick<RuleMeta, 'id' | 'what' | 'source'> & {
    readonly tila: string
    readonly vahvistettu: boolean
    readonly viesti: Viesti
    readonly tarkistetaan?: (oo: A) => boolean
  },
): Rule<A> => {
  const { id, tila, vahvistettu, viesti, tarkistetaan } = options
  return {
    id,
    what: options.what,
    keys: [VAHVISTUS_TILA_KEY],
    severity: 'error',
    source: options.source,
    check: (oo, ctx) => {
      if (tarkistetaan !== undefined && !tarkistetaan(oo)) return NO_FINDINGS
      const i = oo.tila.opiskeluoikeusjaksot.findIndex((j) => j.tila.koodiarvo === tila)
      return i >= 0 && oo.suoritukset.some((s) => (s.vahvistus !== undefined) === vahvistettu) ? [error(id, VAHVISTUS_TILA_KEY, jaksoPath(ctx.polku, i), viesti)] : NO_FINDINGS
    },
  }
}

const TILA_SOURCE = { koski: 'VapaaSivistystyöValidation.validateVapaanSivistystyönJotpaKoulutuksenVahvistus', muutoshistoria: ['2022-11-11'] }

/** VJ-TILA-1: a vahvistettu päätaso and a `keskeytynyt` jakso (at that jakso). */
export const jotpaVahvistettuEiKeskeytynyt: Rule<VstJotpa> = vahvistusJaPäättäväTila<VstJotpa>({
  id: 'VJ-TILA-1',
  what: 'a vahvistettu päätaso ⇒ no `keskeytynyt` jakso',
  source: TILA_SOURCE,
  tila: 'keskeytynyt',
  vahvistettu: true,
  viesti: m.jotpaVahvistettuKeskeytynyt,
})

/** VJ-TILA-2: an unconfirmed päätaso and a `hyvaksytystisuoritettu` jakso (at that jakso). */
export const jotpaHyväksyttyVahvistettu: Rule<VstJotpa> = vahvistusJaPäättäväTila<VstJotpa>({
  id: 'VJ-TILA-2',
  what: 'a `hyvaksytystisuoritettu` jakso ⇒ the päätaso is vahvistettu',
  source: TILA_SOURCE,
  tila: 'hyvaksytystisuoritettu',
  vahvistettu: false,
  viesti: m.jotpaVahvistamatonHyväksytty,
})

/** VJ-LAAJ-1: a vahvistettu päätaso has `koulutusmoduuli.laajuus`. */
export const jotpaPäätasonLaajuus: Rule<VstJotpa> = {
  id: 'VJ-LAAJ-1',
  what: 'a vahvistettu VST JOTPA päätaso has a laajuus',
  keys: [LAAJUUDET_KEY],
  severity: 'error',
  source: { koski: 'JotpaValidation.validateSuorituksenLaajuus', muutoshistoria: ['2023-01-19'] },
  check: (oo, ctx) =>
    oo.suoritukset.flatMap((s, i) =>
      s.vahvistus !== undefined && s.koulutusmoduuli.laajuus === undefined
        ? [error('VJ-LAAJ-1', LAAJUUDET_KEY, suoritusPath(ctx.polku, i).polku('koulutusmoduuli.laajuus'), m.jotpaSuoritukseltaPuuttuuLaajuus(tunnisteTeksti(s.koulutusmoduuli.tunniste)))]
        : [],
    ),
}

/** VJ-LAAJ-2: under a vahvistettu päätaso every osasuoritus, at every depth, has a laajuus (one error each, KOSKI's order). */
export const jotpaOsasuoritustenLaajuus: Rule<VstJotpa> = {
  id: 'VJ-LAAJ-2',
  what: 'under a vahvistettu VST JOTPA päätaso every osasuoritus (any depth) has a laajuus',
  keys: [LAAJUUDET_KEY],
  severity: 'error',
  source: { koski: 'JotpaValidation.validateSuorituksenLaajuus', muutoshistoria: ['2023-01-19'] },
  check: (oo, ctx) => {
    let findings: Finding[] | undefined
    oo.suoritukset.forEach((s, i) => {
      if (s.vahvistus === undefined) return
      eachOsasuoritus(s as SuoritusLike, suoritusPath(ctx.path, i), (os, path) => {
        if (os.koulutusmoduuli.laajuus === undefined) {
          ;(findings ??= []).push(error('VJ-LAAJ-2', LAAJUUDET_KEY, `${path}.koulutusmoduuli.laajuus`, m.jotpaOsasuoritukseltaPuuttuuLaajuus(tunnisteTeksti(os.koulutusmoduuli.tunniste))))
        }
      })
    })
    return findings ?? NO_FINDINGS
  },
}

/** The VST JOTPA rules of their own, in KOSKI's order. */
export const vstJotpanOmatSäännöt: readonly Rule<VstJotpa>[] = [jotpaRahoitusVaaditaan, jotpaVahvistettuEiKeskeytynyt, jotpaHyväksyttyVahvistettu, jotpaAlkamispäivä, jotpaPäätasonLaajuus, jotpaOsasuoritustenLaajuus]
