/** G-SUOR-1 and G-SUOR-3/4/5 — the dates of suoritukset (KoskiValidator.scala › validateVahvistusAndPäättymispäiväDateOrder, validateSuoritus). */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { arviointipäivä, eachOsasuoritus, päättymispäivä, suoritusPath } from '../helpers'
import type { OpiskeluoikeusLike, SuoritusLike } from '../shapes'
import { NO_FINDINGS, type Rule } from '../types'

const eachSuoritus = (oo: OpiskeluoikeusLike, base: string, visit: (s: SuoritusLike, path: string) => void): void => {
  oo.suoritukset.forEach((s, i) => {
    const p = suoritusPath(base, i)
    visit(s, p)
    eachOsasuoritus(s, p, (os, osPath) => visit(os, osPath))
  })
}

/** Options of G-SUOR-1. */
export interface VahvistusEnnenPäättymistäOptions {
  /**
   * The suoritukset whose vahvistus may come after the päättymispäivä (ammatillinen: a tutkinto with suoritustapa
   * `naytto`, a VALMA päätaso); each suoritus is decided on its own (its osasuoritukset are not exempt with it).
   */
  readonly vapautettu?: (s: SuoritusLike) => boolean
}

/** G-SUOR-1, configured: every vahvistus.päivä ≤ the study right's päättymispäivä, but for the suoritukset `vapautettu`. */
export const vahvistusEnnenPäättymistäAsetuksin = (options: VahvistusEnnenPäättymistäOptions = {}): Rule<OpiskeluoikeusLike> => ({
  id: 'G-SUOR-1',
  what: 'every `vahvistus.päivä` on or before the päättymispäivä (ammatillinen: not a `naytto` tutkinto nor VALMA)',
  keys: ['badRequest.validation.date.päättymispäiväEnnenVahvistusta'],
  severity: 'error',
  source: { catalogue: ['G-SUOR-1', 'T-STAT-1'], koski: 'KoskiValidator.validateVahvistusAndPäättymispäiväDateOrder' },
  check: (oo, ctx) => {
    const p = päättymispäivä(oo)
    if (p === undefined) return []
    const findings: Finding[] = []
    eachSuoritus(oo, ctx.path, (s, path) => {
      const v = s.vahvistus?.päivä
      if (v !== undefined && v > p && options.vapautettu?.(s) !== true) {
        findings.push(error('G-SUOR-1', 'badRequest.validation.date.päättymispäiväEnnenVahvistusta', `${path}.vahvistus.päivä`, m.päättymispäiväEnnenVahvistusta(v, p)))
      }
    })
    return findings
  },
})

/** G-SUOR-1: every vahvistus.päivä ≤ the study right's päättymispäivä. */
export const vahvistusEnnenPäättymistä: Rule<OpiskeluoikeusLike> = vahvistusEnnenPäättymistäAsetuksin()

/**
 * G-SUOR-2: an osasuoritus' vahvistus.päivä is on or before the vahvistus.päivä of every suoritus above it (KOSKI
 * compares it with each ancestor: one finding per ancestor it is later than). Only classes whose osasuoritukset have
 * a vahvistus can fail it (ammatillinen tutkinnon osat, VALMA/TELMA osat, MUKS).
 */
export const osasuorituksenVahvistusEnnenSuorituksen: Rule<OpiskeluoikeusLike> = {
  id: 'G-SUOR-2',
  what: "an osasuoritus' `vahvistus.päivä` on or before every ancestor's `vahvistus.päivä`",
  keys: ['badRequest.validation.date.suorituksenVahvistusEnnenSuorituksenOsanVahvistusta'],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateSuoritus' },
  check: (oo, ctx) => {
    let findings: Finding[] | undefined
    const walk = (s: SuoritusLike, path: string, ylemmät: readonly string[]): void => {
      const osat = s.osasuoritukset
      if (osat === undefined) return
      const v = s.vahvistus?.päivä
      const nämä = v === undefined ? ylemmät : [...ylemmät, v]
      for (let i = 0; i < osat.length; i++) {
        const os = osat[i]!
        const osPath = `${path}.osasuoritukset[${i}]`
        const o = os.vahvistus?.päivä
        if (o !== undefined) {
          for (const p of nämä) {
            if (o > p) {
              ;(findings ??= []).push(
                error('G-SUOR-2', 'badRequest.validation.date.suorituksenVahvistusEnnenSuorituksenOsanVahvistusta', `${osPath}.vahvistus.päivä`, m.suorituksenVahvistusEnnenSuorituksenOsanVahvistusta(o, p)),
              )
            }
          }
        }
        walk(os, osPath, nämä)
      }
    }
    oo.suoritukset.forEach((s, i) => walk(s, suoritusPath(ctx.path, i), []))
    return findings ?? NO_FINDINGS
  },
}

/**
 * G-SUOR-3/4/5, in KOSKI's order (a later one only when the earlier passed): alkamispäivä ≤ each arviointi date,
 * each arviointi date ≤ vahvistus, alkamispäivä ≤ vahvistus — all within one suoritus. As KOSKI compares every pair,
 * each arviointi date on the wrong side gives its own finding (arviointi dates in date order).
 */
export const suorituksenPäivämäärät: Rule<OpiskeluoikeusLike> = {
  id: 'G-SUOR-3',
  findingRules: ['G-SUOR-4', 'G-SUOR-5'],
  what: 'within a suoritus: alkamispäivä ≤ each arviointi (G-SUOR-3), each arviointi ≤ vahvistus (G-SUOR-4), alkamispäivä ≤ vahvistus (G-SUOR-5)',
  keys: ['badRequest.validation.date.arviointiEnnenAlkamispäivää', 'badRequest.validation.date.vahvistusEnnenArviointia', 'badRequest.validation.date.vahvistusEnnenAlkamispäivää'],
  severity: 'error',
  source: { catalogue: ['G-SUOR-3', 'G-SUOR-4', 'G-SUOR-5'], koski: 'KoskiValidator.validateSuoritus' },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    eachSuoritus(oo, ctx.path, (s, path) => {
      const alku = s.alkamispäivä
      const vahvistus = s.vahvistus?.päivä
      const päivät = (s.arviointi ?? [])
        .map(arviointipäivä)
        .filter((d): d is string => d !== undefined)
        .sort()
      if (alku !== undefined) {
        const ennenAlkua = päivät.filter((d) => d < alku)
        for (const d of ennenAlkua) findings.push(error('G-SUOR-3', 'badRequest.validation.date.arviointiEnnenAlkamispäivää', `${path}.arviointi`, m.arviointiEnnenAlkamispäivää(alku, d)))
        if (ennenAlkua.length > 0) return
      }
      if (vahvistus !== undefined) {
        const vahvistuksenJälkeen = päivät.filter((d) => d > vahvistus)
        for (const d of vahvistuksenJälkeen) findings.push(error('G-SUOR-4', 'badRequest.validation.date.vahvistusEnnenArviointia', `${path}.vahvistus.päivä`, m.vahvistusEnnenArviointia(d, vahvistus)))
        if (vahvistuksenJälkeen.length > 0) return
      }
      if (alku !== undefined && vahvistus !== undefined && vahvistus < alku) {
        findings.push(error('G-SUOR-5', 'badRequest.validation.date.vahvistusEnnenAlkamispäivää', `${path}.vahvistus.päivä`, m.vahvistusEnnenAlkamispäivää(alku, vahvistus)))
      }
    })
    return findings
  },
}
