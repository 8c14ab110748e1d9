import { dateOfToday, isCalendarDate } from './date'
import { warning, type Finding } from './finding'

/** What the caller can tell `validate` beyond the document itself. */
export interface ValidateOptions {
  /** The validation date `YYYY-MM-DD`; defaults to today's local date (the only clock read of the library). */
  readonly today?: string
  /** The learner's birth date `YYYY-MM-DD`; otherwise derived from a valid `henkilö.hetu`, else `henkilö.syntymäaika`. */
  readonly birthDate?: string
  /**
   * The version KOSKI has stored (an Oppija or a single opiskeluoikeus). Each study right is matched with its stored
   * version by `oid`, then by `lähdejärjestelmänId`, then by position. Enables the immutability rules.
   */
  readonly previous?: unknown
  /** The sender is a palvelukäyttäjä (always so for a vendor's transfer), so `lähdejärjestelmänId` is required (G-LJ-1). Default true. */
  readonly serviceUser?: boolean
  /** Accept synthetic 9xx hetus (KOSKI's test environments do; production does not). Default false. */
  readonly acceptSyntheticHetus?: boolean
  /**
   * The last day the lisätiedot and `loma` retired by the 2025 vocational reform may be in force
   * (KOSKI's `ammatillinenVosUudistuksenAikajaksojenViimeinenKäyttöpäivä`). Default `2025-12-31` (production).
   */
  readonly vosRajapäivä?: string
  /** Facts about the learner that only KOSKI knows, for the free-education (maksuttomuus) rules. Unknown when omitted. */
  readonly maksuttomuus?: MaksuttomuusFacts
}

/**
 * What the caller knows about the learner beyond the document, for MK-REQ-1 and MK-REL-1 (Valpas shows these to the
 * education provider). Each is unknown when omitted: MK-REQ-1 then gives a warning instead of an error, and MK-REL-1
 * does not use it.
 */
export interface MaksuttomuusFacts {
  /**
   * The learner had a home municipality in mainland Finland before turning 18 (KOSKI's kotikuntahistoria; not Åland,
   * not "no home municipality in Finland", not abroad). `false` means KOSKI does not require maksuttomuus (MK-REQ-1).
   */
  readonly kotikuntaManneruomessaEnnen18?: boolean
  /**
   * The learner is exempted from compulsory education (oppivelvollisuudesta vapautettu): an exemption that is not in the
   * future and not mitätöity. MK-REL-1 (d) when a jakso is `maksuton`; no MK-REQ-1.
   */
  readonly vapautettuOppivelvollisuudesta?: boolean
  /**
   * The learner completed basic education (perusopetuksen oppimäärä or equivalent, vahvistus before 1.1.2021) in any
   * study right KOSKI has: out of scope of the extended compulsory education (MK-REL-1 (f); no MK-REQ-1).
   */
  readonly perusopetusSuoritettuEnnen2021?: boolean
  /** The learner has a lukuvuosimaksu-funded study right (rahoitus 16) in KOSKI (MK-REL-1 (i); no MK-REQ-1). This document's own rahoitus is read anyway. */
  readonly lukuvuosimaksullinenOpiskeluoikeus?: boolean
  /**
   * The learner has no henkilötunnus in oppijanumerorekisteri (MK-REL-1 (e)). Read only when `henkilö` is an
   * OidHenkilö or the input is a bare study right: a UusiHenkilö always has a hetu, TäydellisetHenkilötiedot shows it.
   */
  readonly hetuton?: boolean
}

/** Options with their defaults applied. */
export interface ResolvedOptions {
  readonly today: string
  readonly birthDate: string | undefined
  readonly previous: unknown
  readonly serviceUser: boolean
  readonly acceptSyntheticHetus: boolean
  readonly vosRajapäivä: string
  readonly maksuttomuus: MaksuttomuusFacts
}

/** Production's `ammatillinenVosUudistuksenAikajaksojenViimeinenKäyttöpäivä`. */
export const VOS_RAJAPÄIVÄ = '2025-12-31'

const optionWarning = (name: string): Finding =>
  warning('OPT-1', 'virheellinenAsetus', '', {
    fi: `Asetus ${name} ei ole päivämäärä muotoa yyyy-MM-dd; sitä ei käytetty`,
    sv: `Inställningen ${name} är inte ett datum i formatet yyyy-MM-dd; den användes inte`,
    en: `Option ${name} is not a date of the form yyyy-MM-dd; it was not used`,
  })

export const FACT_KEYS = ['kotikuntaManneruomessaEnnen18', 'vapautettuOppivelvollisuudesta', 'perusopetusSuoritettuEnnen2021', 'lukuvuosimaksullinenOpiskeluoikeus', 'hetuton'] as const

const readFacts = (u: unknown): MaksuttomuusFacts => {
  const facts: Record<string, boolean> = {}
  if (typeof u === 'object' && u !== null) {
    for (const key of FACT_KEYS) {
      const v = Object.prototype.hasOwnProperty.call(u, key) ? (u as Record<string, unknown>)[key] : undefined
      if (typeof v === 'boolean') facts[key] = v
    }
  }
  return facts
}

/** `previous` must be an Oppija (with an `opiskeluoikeudet` list) or a study right (with `tyyppi`); else it is not used. */
/** The stored study rights a `previous` holds: an Oppija's `opiskeluoikeudet`, or the study right itself; undefined when it is neither. */
export const tallennetutOpiskeluoikeudet = (u: unknown): readonly unknown[] | undefined => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return undefined
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(u, key) ? (u as Record<string, unknown>)[key] : undefined)
  const list = own('opiskeluoikeudet')
  if (Array.isArray(list)) return list
  return own('tyyppi') !== undefined ? [u] : undefined
}

const previousOption = (u: unknown, findings: Finding[]): unknown => {
  if (u === undefined || u === null) return undefined
  if (tallennetutOpiskeluoikeudet(u) !== undefined) return u
  findings.push(
    warning('OPT-1', 'virheellinenAsetus', '', {
      fi: 'Asetus previous ei ole Oppija eikä opiskeluoikeus; sitä ei käytetty',
      sv: 'Inställningen previous är varken en Oppija eller en studierätt; den användes inte',
      en: 'Option previous is neither an Oppija nor a study right; it was not used',
    }),
  )
  return undefined
}

/** Applies the defaults; an option of the wrong form is reported as a warning and left unused. Never throws. */
export function resolveOptions(options: unknown): { readonly resolved: ResolvedOptions; readonly findings: readonly Finding[] } {
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>
  const findings: Finding[] = []
  const read = (key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined)
  const date = (key: string): string | undefined => {
    const v = read(key)
    if (v === undefined || v === null) return undefined
    if (isCalendarDate(v)) return v
    findings.push(optionWarning(key))
    return undefined
  }
  const today = date('today') ?? dateOfToday()
  const resolved: ResolvedOptions = {
    today,
    birthDate: date('birthDate'),
    previous: previousOption(read('previous'), findings),
    serviceUser: read('serviceUser') !== false,
    acceptSyntheticHetus: read('acceptSyntheticHetus') === true,
    vosRajapäivä: date('vosRajapäivä') ?? VOS_RAJAPÄIVÄ,
    maksuttomuus: readFacts(read('maksuttomuus')),
  }
  return { resolved, findings }
}
