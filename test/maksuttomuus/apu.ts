/** Test helpers of the free-education tests: TUVA documents shaped like KOSKI's MaksuttomuusSpec fixtures. */
import { hetuCheckCharacter, type Finding, type Report, type RuleContext, type ValidateOptions } from '../../src'
import { resolveOptions } from '../../src/options'
import { oo, run, TODAY, validTuvaOppija } from '../helpers'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

export interface TuvaOptions {
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
export function tuva(o: TuvaOptions = {}): Json {
  const doc = validTuvaOppija()
  const s = oo(doc)
  const alku = o.alku ?? '2021-08-01'
  s.tila.opiskeluoikeusjaksot[0].alku = alku
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

/** The free-education findings only. */
export const mk = (report: Report): Finding[] => report.findings.filter((f) => f.rule.startsWith('MK-'))

/** `rule key` of the free-education findings. */
export const mkKeys = (report: Report): string[] => mk(report).map((f) => `${f.rule} ${f.key}`)

/** validate() with today fixed and the learner in scope unless told otherwise. */
export const runMk = (doc: unknown, options: ValidateOptions = {}): Report => run(doc, { maksuttomuus: LAIN_PIIRISSÄ, ...options })

/** A valid hetu for a birth date (`YYYY-MM-DD`, 1800–2099) and an individual number 0…999. */
export function hetuFor(birthDate: string, individual: number, separator?: string): string {
  const [y, mm, dd] = birthDate.split('-') as [string, string, string]
  const year = Number(y)
  const sep = separator ?? (year < 1900 ? '+' : year < 2000 ? '-' : 'A')
  const nnn = String(individual).padStart(3, '0')
  const digits = `${dd}${mm}${y.slice(2)}${nnn}`
  return `${dd}${mm}${y.slice(2)}${sep}${nnn}${hetuCheckCharacter(digits)}`
}

/** A rule context for calling a rule's `check` directly on a structural study right (types other than TUVA). */
export function context(options: ValidateOptions & { readonly henkilö?: unknown } = {}): RuleContext {
  const { resolved } = resolveOptions({ today: TODAY, maksuttomuus: LAIN_PIIRISSÄ, ...options })
  return { path: '', today: resolved.today, birthDate: resolved.birthDate, previous: undefined, henkilö: options.henkilö, options: resolved }
}
