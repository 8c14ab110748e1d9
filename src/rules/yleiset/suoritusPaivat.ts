/** G-SUOR-1 and G-SUOR-3/4/5 — the dates of suoritukset (KoskiValidator.scala › validateVahvistusAndPäättymispäiväDateOrder, validateSuoritus). */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { arviointipäivä, eachOsasuoritus, eachSuoritus, päättymispäivä, suoritusPath } from '../helpers'
import type { OpiskeluoikeusLike, SuoritusLike } from '../shapes'
import type { Rule } from '../types'

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
  source: { catalogue: ['G-SUOR-1', 'T-STAT-1', 'M-STAT-1'], koski: 'KoskiValidator.validateVahvistusAndPäättymispäiväDateOrder' },
  check: (oo, ctx) => {
    const p = päättymispäivä(oo)
    if (p === undefined) return []
    const findings: Finding[] = []
    eachSuoritus(oo.suoritukset, ctx.path, (s, path) => {
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
  source: { catalogue: ['G-SUOR-3', 'G-SUOR-4', 'G-SUOR-5', 'M-STAT-1'], koski: 'KoskiValidator.validateSuoritus' },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    eachSuoritus(oo.suoritukset, ctx.path, (s, path) => {
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

/**
 * G-SUOR-2: an osasuoritus' `vahvistus.päivä` is on or before the `vahvistus.päivä` of every suoritus above it (each
 * ancestor with a vahvistus, the päätaso included). KOSKI compares the osasuoritus with each ancestor and answers once
 * per later one; this rule gives one finding per osasuoritus, against the first of those (the nearest ancestor
 * confirmed before it), so a deep tree gives at most one finding per osasuoritus (work linear in the tree, times its
 * depth only when a far ancestor is the one). Only types whose osasuoritukset may carry a vahvistus list it (MUKS,
 * ammatillinen).
 */
export const osasuorituksenVahvistusEnnenSuorituksen: Rule<OpiskeluoikeusLike> = {
  id: 'G-SUOR-2',
  what: "an osasuoritus' `vahvistus.päivä` on or before every ancestor's `vahvistus.päivä` (one finding per osasuoritus, against the nearest ancestor confirmed before it)",
  keys: ['badRequest.validation.date.suorituksenVahvistusEnnenSuorituksenOsanVahvistusta'],
  severity: 'error',
  source: { catalogue: ['G-SUOR-2', 'M-STAT-1'], koski: 'KoskiValidator.validateSuoritus' },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    /** The vahvistus dates of the ancestors with one, nearest last, and the earliest of them up to each. */
    const ylemmät: string[] = []
    const aikaisimmat: string[] = []
    const ylempi = (s: SuoritusLike): void => {
      const oma = s.vahvistus?.päivä
      if (oma === undefined) return
      const edellinen = aikaisimmat[aikaisimmat.length - 1]
      ylemmät.push(oma)
      aikaisimmat.push(edellinen !== undefined && edellinen < oma ? edellinen : oma)
    }
    const visit = (os: SuoritusLike, osPath: string): void => {
      const v = os.vahvistus?.päivä
      const aikaisin = aikaisimmat[aikaisimmat.length - 1]
      if (v !== undefined && aikaisin !== undefined && v > aikaisin) {
        // KOSKI's order: the nearest ancestor first (`suoritus :: parent`); its first answer is the nearest earlier one
        let j = ylemmät.length - 1
        while (ylemmät[j]! >= v) j--
        findings.push(error('G-SUOR-2', 'badRequest.validation.date.suorituksenVahvistusEnnenSuorituksenOsanVahvistusta', `${osPath}.vahvistus.päivä`, m.vahvistusEnnenOsanVahvistusta(v, ylemmät[j]!)))
      }
      ylempi(os)
    }
    const leave = (os: SuoritusLike): void => {
      if (os.vahvistus?.päivä === undefined) return
      ylemmät.pop()
      aikaisimmat.pop()
    }
    oo.suoritukset.forEach((s, i) => {
      ylempi(s)
      eachOsasuoritus(s, suoritusPath(ctx.path, i), visit, leave)
      leave(s)
    })
    return findings
  },
}
