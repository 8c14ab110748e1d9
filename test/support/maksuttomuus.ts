/** Builders of the free-education tests: TUVA documents shaped like KOSKI's MaksuttomuusSpec fixtures. */
import type { Finding, Report, RuleContext, ValidateOptions } from '../../src'
import { oo, validTuvaOppija } from './tuva'
import { ruleContext, run, type Json } from './yleiset'

export interface MaksuttomuusTuvaOptions {
  /** First jakso (lasna) alku. Default 2021-08-01. */
  readonly alku?: string
  /** Last jakso (valmistunut) alku and vahvistus.päivä; `null` = the study right is ongoing (lasna only, no vahvistus). Default 2022-08-01. */
  readonly päättyy?: string | null
  /** `lisätiedot.maksuttomuus`; `undefined` removes the field. Default `[{ alku: <alku>, maksuton: true }]`. */
  readonly maksuttomuus?: readonly unknown[] | undefined
  readonly pidennys?: readonly unknown[]
  /** Replaces `henkilö` (default: the example's UusiHenkilö, born 2004-05-27). */
  readonly henkilö?: unknown
}

/**
 * validTuvaOppija() with the dates the spec cases need. Arviointi dates of the example stay in autumn 2021, so keep the
 * study right around them (or ongoing) to have no other findings.
 */
export function maksuttomuusTuva(o: MaksuttomuusTuvaOptions = {}): Json {
  const doc = validTuvaOppija()
  const s = oo(doc)
  const alku = o.alku ?? '2021-08-01'
  s.tila.opiskeluoikeusjaksot[0].alku = alku
  // the example's erityinen tuki starts with the study right (T-OHJE-9): keep it so when the start moves
  for (const tuki of s.lisätiedot.erityinenTuki ?? []) if (tuki.alku < alku) tuki.alku = alku
  if (o.päättyy === null) {
    s.tila.opiskeluoikeusjaksot.splice(1)
    delete s.suoritukset[0].vahvistus
  } else {
    const p = o.päättyy ?? '2022-08-01'
    s.tila.opiskeluoikeusjaksot[1].alku = p
    s.suoritukset[0].vahvistus.päivä = p
  }
  if ('maksuttomuus' in o) {
    if (o.maksuttomuus === undefined) delete s.lisätiedot.maksuttomuus
    else s.lisätiedot.maksuttomuus = o.maksuttomuus
  } else {
    s.lisätiedot.maksuttomuus = [{ alku, maksuton: true }]
  }
  if (o.pidennys !== undefined) s.lisätiedot.oikeuttaMaksuttomuuteenPidennetty = o.pidennys
  if (o.henkilö !== undefined) doc.henkilö = o.henkilö
  return doc
}

/** Every fact stated so that nothing exempts the learner (the spec's `vuonna2004SyntynytPeruskouluValmis2021`). */
export const LAIN_PIIRISSÄ: ValidateOptions['maksuttomuus'] = {
  kotikuntaManneruomessaEnnen18: true,
  vapautettuOppivelvollisuudesta: false,
  perusopetusSuoritettuEnnen2021: false,
  lukuvuosimaksullinenOpiskeluoikeus: false,
}

/**
 * The free-education findings only — but MK-OHJE-3, the age-limit warning (maksuton: true after the year the learner
 * turns 20), which these fixtures' learner, born 2004-05-27, reaches on TODAY (2026-11-22) in every study right still
 * ongoing: the tests of the other MK rules are not about it. test/maksuttomuus/ikaraja.test.ts checks MK-OHJE-3 itself
 * (use {@link mkKaikki} for every MK finding).
 */
export const mk = (report: Report): Finding[] => report.findings.filter((f) => f.rule.startsWith('MK-') && f.rule !== 'MK-OHJE-3')

/** Every free-education finding, MK-OHJE-3 included. */
export const mkKaikki = (report: Report): Finding[] => report.findings.filter((f) => f.rule.startsWith('MK-'))

/** `rule key` of the free-education findings. */
export const mkKeys = (report: Report): string[] => mk(report).map((f) => `${f.rule} ${f.key}`)

/** validate() with today fixed and the learner in scope unless told otherwise. */
export const runMk = (doc: unknown, options: ValidateOptions = {}): Report => run(doc, { maksuttomuus: LAIN_PIIRISSÄ, ...options })

/**
 * A rule context for calling a free-education rule's `check` directly on a structural study right (path `''`), the
 * learner in scope unless told otherwise; the birth date as the options resolve it.
 */
export function maksuttomuusContext(options: ValidateOptions & { readonly henkilö?: unknown } = {}): RuleContext {
  const ctx = ruleContext({ path: '', henkilö: options.henkilö }, { maksuttomuus: LAIN_PIIRISSÄ, ...options })
  return { ...ctx, today: ctx.options.today, birthDate: ctx.options.birthDate }
}
