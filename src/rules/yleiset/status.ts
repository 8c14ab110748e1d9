/** G-STAT-2/3/4 — completed suoritukset and their parts (KoskiValidator.scala › validateStatus, validatePäätasonSuoritustenStatus). */
import { error, type Finding, type Viesti } from '../../finding'
import * as m from '../../messages/yleiset'
import { eachOsasuoritus, suoritusPath, tunnisteTeksti, viimeinenTila } from '../helpers'
import type { OpiskeluoikeusLike, SuoritusLike } from '../shapes'
import type { Rule } from '../types'

/** Options of the rules that check completions against the study-right status. */
export interface StatusOptions {
  /** VST päätason suoritukset are not checked at päätaso level (catalogue §4.12). */
  readonly päätasoExempt?: boolean
  /** MUKS osasuoritukset are always "valmis". */
  readonly osasuoritusAinaValmis?: boolean
  /** KOSKI's `Arvioinniton` osasuoritus classes (e.g. ammatillinen näyttötutkintoon valmistavan koulutuksen osat): always "valmis". */
  readonly arvioinniton?: (osasuoritus: SuoritusLike) => boolean
  /** Osasuoritukset whose own osasuoritukset are not checked (KOSKI's `Välisuoritus`). */
  readonly välisuoritus?: (s: SuoritusLike) => boolean
  /**
   * KOSKI's `AmmatillisenTutkinnonOsittainenSuoritus` (validateValmiinAmmatillisenTutkinnonOsittainenSuoritus): when
   * `päätaso` holds for a vahvistettu päätaso, its direct osasuoritukset are not checked themselves, only what is below
   * them; an unfinished one for which `yhteinen` holds (a yhteinen tutkinnon osa) passes when it has osa-alueet and
   * all of them are valmis.
   */
  readonly osittainen?: {
    /** Whether a päätaso is an osittainen tutkinto. */
    readonly päätaso: (s: SuoritusLike) => boolean
    /** Whether an osasuoritus is a yhteinen tutkinnon osa. */
    readonly yhteinen: (os: SuoritusLike) => boolean
  }
}

const onArvioitu = (s: SuoritusLike): boolean => (s.arviointi?.length ?? 0) > 0

/**
 * G-STAT-2: a completed suoritus (päätaso: vahvistettu; other: arvioitu) may not contain an unfinished osasuoritus at
 * any depth. As in KOSKI (validateValmiinSuorituksenStatus), each completed suoritus gives at most one finding, naming
 * the first unfinished one in KOSKI's order (its direct osasuoritukset first, then theirs, one branch after another),
 * at that osasuoritus' path. So an unfinished kurssi under an assessed 104 is reported for the vahvistettu päätaso and
 * for the 104.
 */
export const keskeneräinenOsasuoritus = (options: StatusOptions = {}): Rule<OpiskeluoikeusLike> => ({
  id: 'G-STAT-2',
  what: 'a completed suoritus (päätaso vahvistettu, other arvioitu) has no unfinished osasuoritus at any depth',
  keys: ['badRequest.validation.tila.keskeneräinenOsasuoritus'],
  severity: 'error',
  source: { catalogue: ['G-STAT-2', 'T-STAT-1', 'VJ-STAT-1', 'VV-STAT-1'], koski: 'KoskiValidator.validateValmiinSuorituksenStatus' },
  check: (oo, ctx) => {
    const arvioinniton = options.arvioinniton
    const valmis = (s: SuoritusLike): boolean => options.osasuoritusAinaValmis === true || onArvioitu(s) || (arvioinniton !== undefined && arvioinniton(s))
    const välisuoritus = options.välisuoritus
    const osittainen = options.osittainen
    const raportti = (s: SuoritusLike, kesken: SuoritusLike, path: string): Finding =>
      error(
        'G-STAT-2',
        'badRequest.validation.tila.keskeneräinenOsasuoritus',
        path,
        m.keskeneräinenOsasuoritus(tunnisteTeksti(s.koulutusmoduuli.tunniste), tunnisteTeksti(kesken.koulutusmoduuli.tunniste)),
      )
    // One walk, linear in the tree (VST's osasuoritukset are recursive): each suoritus's first unfinished one in KOSKI's
    // order (`rekursiivisetOsasuoritukset.find(_.kesken)`: its direct osasuoritukset first, then their firsts, one
    // branch after another) is computed from its children's. Findings keep the document's pre-order (a slot per
    // suoritus). `tarkistetaan`: this suoritus is a completed one checked here; `sallittu`: its osasuoritukset may be
    // (not below a Välisuoritus); `osittainenPäätaso`: KOSKI's validateValmiinAmmatillisenTutkinnonOsittainenSuoritus.
    const paikat: (readonly Finding[] | undefined)[] = []
    const walk = (s: SuoritusLike, path: string, tarkistetaan: boolean, sallittu: boolean, osittainenPäätaso: boolean): readonly [SuoritusLike, string] | undefined => {
      const paikka = paikat.length
      paikat.push(undefined)
      const osat = s.osasuoritukset ?? []
      let suoraan: readonly [SuoritusLike, string] | undefined
      let syvemmältä: readonly [SuoritusLike, string] | undefined
      const alemmat: (readonly [SuoritusLike, string] | undefined)[] = []
      for (let i = 0; i < osat.length; i++) {
        const os = osat[i]!
        const osPath = `${path}.osasuoritukset[${i}]`
        const osValmis = valmis(os)
        if (suoraan === undefined && !osValmis) suoraan = [os, osPath]
        const alle = sallittu && !(välisuoritus !== undefined && välisuoritus(os))
        const alempi = walk(os, osPath, alle && osValmis, alle, false)
        if (syvemmältä === undefined) syvemmältä = alempi
        if (osittainenPäätaso) alemmat.push(alempi)
      }
      const kesken = suoraan ?? syvemmältä
      if (osittainenPäätaso && osittainen !== undefined) {
        const out: Finding[] = []
        for (let i = 0; i < osat.length; i++) {
          const os = osat[i]!
          if (valmis(os)) continue // checked as a valmis osasuoritus (KOSKI reports it twice, the same text)
          const osPath = `${path}.osasuoritukset[${i}]`
          if (osittainen.yhteinen(os)) {
            const osaAlueet = os.osasuoritukset ?? []
            if (osaAlueet.length === 0 || !osaAlueet.every(valmis)) out.push(raportti(s, os, osPath))
          } else {
            const alempi = alemmat[i]
            if (alempi !== undefined) out.push(raportti(os, alempi[0], alempi[1]))
          }
        }
        if (out.length > 0) paikat[paikka] = out
      } else if (tarkistetaan && kesken !== undefined) paikat[paikka] = [raportti(s, kesken[0], kesken[1])]
      return kesken
    }
    oo.suoritukset.forEach((s, i) => {
      const vahvistettu = options.päätasoExempt !== true && s.vahvistus !== undefined
      const osittainenPäätaso = vahvistettu && osittainen !== undefined && osittainen.päätaso(s)
      walk(s, suoritusPath(ctx.path, i), vahvistettu && !osittainenPäätaso, true, osittainenPäätaso)
    })
    const findings: Finding[] = []
    for (const f of paikat) if (f !== undefined) findings.push(...f)
    return findings
  },
})

/** Options of G-STAT-3. */
export interface ValmiiltaPuuttuuOsasuorituksiaOptions<A extends OpiskeluoikeusLike = OpiskeluoikeusLike> {
  /** A vahvistettu päätaso that may have no osasuoritukset (ammatillinen: muu ammatillinen, näyttötutkintoon valmistava; an `ostettu` study right ended before 2019). */
  readonly vapautettu?: (oo: A, s: SuoritusLike) => boolean
  /** KOSKI's text for this päätaso (ammatillinen tutkinto has its own), given its tunniste as KOSKI writes it. */
  readonly viesti?: (s: SuoritusLike, tunniste: string) => Viesti
}

/** G-STAT-3, configured: a vahvistettu päätaso needs osasuoritukset (a "kuori" linked from another study right is not visible here). */
export const valmiiltaPuuttuuOsasuorituksiaAsetuksin = <A extends OpiskeluoikeusLike>(options: ValmiiltaPuuttuuOsasuorituksiaOptions<A> = {}): Rule<A> => ({
  id: 'G-STAT-3',
  what: 'a vahvistettu päätaso has osasuoritukset (ammatillinen: not muu ammatillinen, näyttötutkintoon valmistava, nor an `ostettu` one ended before 2019)',
  keys: ['badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia'],
  severity: 'error',
  source: { catalogue: ['G-STAT-3', 'T-STAT-1'], koski: 'KoskiValidator.validateLinkitettyTaiSisältääOsasuorituksia' },
  check: (oo, ctx) =>
    oo.suoritukset.flatMap((s, i) =>
      s.vahvistus !== undefined && (s.osasuoritukset?.length ?? 0) === 0 && options.vapautettu?.(oo, s) !== true
        ? [
            error(
              'G-STAT-3',
              'badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia',
              suoritusPath(ctx.polku, i),
              (options.viesti ?? ((_s: SuoritusLike, t: string) => m.valmiiksiMerkityltäPuuttuuOsasuorituksia(t)))(s, tunnisteTeksti(s.koulutusmoduuli.tunniste)),
            ),
          ]
        : [],
    ),
})

/** G-STAT-3: a vahvistettu päätaso needs osasuoritukset (a "kuori" linked from another study right is not visible here). */
export const valmiiltaPuuttuuOsasuorituksia: Rule<OpiskeluoikeusLike> = valmiiltaPuuttuuOsasuorituksiaAsetuksin()

/**
 * G-STAT-1: a suoritus with a vahvistus has an arviointi, where its class requires one. In the types in scope only
 * osasuoritukset can have both (ammatillinen tutkinnon osat, VALMA/TELMA osat; the päätaso classes are Arvioinniton),
 * so every osasuoritus with a vahvistus and no arviointi fails.
 */
export const vahvistusIlmanArviointia: Rule<OpiskeluoikeusLike> = {
  id: 'G-STAT-1',
  what: 'an osasuoritus with a `vahvistus` has an `arviointi`',
  keys: ['badRequest.validation.tila.vahvistusIlmanArviointia'],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateStatus' },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    oo.suoritukset.forEach((s, i) => {
      eachOsasuoritus(s, suoritusPath(ctx.path, i), (os, path) => {
        if (os.vahvistus !== undefined && !onArvioitu(os)) {
          findings.push(error('G-STAT-1', 'badRequest.validation.tila.vahvistusIlmanArviointia', path, m.vahvistusIlmanArviointia(tunnisteTeksti(os.koulutusmoduuli.tunniste))))
        }
      })
    })
    return findings
  },
}

/** G-STAT-4: when the last jakso is `valmistunut`, every päätason suoritus is vahvistettu. */
export const valmistuneeltaPuuttuuVahvistus: Rule<OpiskeluoikeusLike> = {
  id: 'G-STAT-4',
  what: 'last jakso `valmistunut` ⇒ every päätason suoritus vahvistettu',
  keys: ['badRequest.validation.tila.vahvistusPuuttuu'],
  severity: 'error',
  source: { catalogue: ['G-STAT-4', 'T-STAT-1'], koski: 'KoskiValidator.validatePäätasonSuoritustenStatus' },
  check: (oo, ctx) =>
    viimeinenTila(oo) !== 'valmistunut'
      ? []
      : oo.suoritukset.flatMap((s, i) =>
          s.vahvistus === undefined
            ? [error('G-STAT-4', 'badRequest.validation.tila.vahvistusPuuttuu', suoritusPath(ctx.polku, i), m.vahvistusPuuttuu(tunnisteTeksti(s.koulutusmoduuli.tunniste)))]
            : [],
        ),
}

