import { dateOfToday, isCalendarDate } from './date'
import { FACT_KEYS } from './factKeys'
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
  /**
   * The learner's other study rights stored in KOSKI (what `GET /koski/api/oppija/{oid}` returned: an Oppija, or a list
   * of study rights). Enables the rules that KOSKI checks against its database: duplicates (G-DUPOO-1) and the 2022
   * transition rules that look at the learner's earlier study right. The study right being validated may be among them
   * (it is then recognised by `oid` or `lähdejärjestelmänId` and not compared with itself).
   */
  readonly storedStudyRights?: unknown
  /**
   * The source-system ids whose consent the learners have withdrawn, as KOSKI lists them for the vendor (each the
   * `lähdejärjestelmä` koodiarvo and the `id` of a `lähdejärjestelmänId`). Enables G-SUOST-1: KOSKI refuses a
   * consent-based study right (VST vapaatavoitteinen) sent again with such an id (`forbidden.suostumusPeruttu`).
   * KOSKI compares with the withdrawn study rights that are not mitätöity (since 22.4.2024): leave those out.
   */
  readonly withdrawnConsents?: readonly WithdrawnConsent[]
  /**
   * The vendor's consent records for the consent-based study rights (VST vapaatavoitteinen, seeds 001 and 003): when
   * and by whom (the learner or a guardian) the consent to store the study right was given. A record names its study
   * right by `lähdejärjestelmänId` (the `id` of the study right's `lähdejärjestelmänId`) or `oid`; a record naming
   * neither applies to every consent-based study right of the input. Enables the consent warnings (VV-SUOST-2..4).
   */
  readonly consents?: readonly ConsentRecord[]
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
  /**
   * At most this many findings of one rule, key and path pattern (the path with its indices as `[*]`) are listed; the
   * rest are counted in one summary finding after them ("and N more of the same"). A positive integer, or `Infinity`
   * for no cap. Default {@link MAX_FINDINGS} (100): a document with a million broken dates gives a report of a few
   * hundred findings, not of a million.
   */
  readonly maxFindings?: number
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

/** A study right whose consent was withdrawn, as KOSKI lists it: its source system (koodisto `lahdejarjestelma`) and id there. */
export interface WithdrawnConsent {
  /** The koodiarvo of `lähdejärjestelmänId.lähdejärjestelmä`, e.g. `primus`. */
  readonly lähdejärjestelmä: string
  /** `lähdejärjestelmänId.id`. */
  readonly id: string
}

/** One consent to store a consent-based study right in KOSKI (seed 003: given at the start of the training; for a minor by a guardian). */
export interface ConsentRecord {
  /** The study right's `lähdejärjestelmänId.id`, when the record is for one study right of several. */
  readonly lähdejärjestelmänId?: string
  /** The study right's `oid`, when the record is for one stored study right. */
  readonly oid?: string
  /** The day the consent was given, `YYYY-MM-DD`. */
  readonly given: string
  /** Who gave it: the learner, or a guardian (huoltaja) for a minor. */
  readonly givenBy: 'learner' | 'guardian'
}

/** Options with their defaults applied. */
export interface ResolvedOptions {
  readonly today: string
  readonly birthDate: string | undefined
  readonly previous: unknown
  /** The stored study rights of `storedStudyRights` (raw JSON: read them defensively), or undefined when not given. */
  readonly storedStudyRights: readonly unknown[] | undefined
  /** The withdrawn consents of `withdrawnConsents` (valid entries only), or undefined when not given. */
  readonly withdrawnConsents: readonly WithdrawnConsent[] | undefined
  /** The consent records of `consents` (valid ones only), or undefined when not given. */
  readonly consents: readonly ConsentRecord[] | undefined
  readonly serviceUser: boolean
  readonly acceptSyntheticHetus: boolean
  readonly vosRajapäivä: string
  readonly maksuttomuus: MaksuttomuusFacts
  readonly maxFindings: number
}

/** The default of `maxFindings`: the findings listed per rule, key and path pattern. */
export const MAX_FINDINGS = 100

/** Production's `ammatillinenVosUudistuksenAikajaksojenViimeinenKäyttöpäivä`. */
export const VOS_RAJAPÄIVÄ = '2025-12-31'

type Muoto = 'päivämäärä' | 'totuusarvo' | 'olio' | 'tuntematon' | 'peritty' | 'yläraja'

/** A bounded, never personal name for an option key given by the caller (it could hold anything, even a hetu). */
const asetuksenNimi = (name: string): string | undefined => (/^[A-Za-zÅÄÖåäö][A-Za-z0-9ÅÄÖåäö.]{0,60}$/.test(name) ? name : undefined)

const MUODOT: Readonly<Record<Exclude<Muoto, 'tuntematon' | 'peritty'>, { readonly fi: string; readonly sv: string; readonly en: string }>> = {
  päivämäärä: { fi: 'päivämäärä muotoa yyyy-MM-dd', sv: 'ett datum i formatet yyyy-MM-dd', en: 'a date of the form yyyy-MM-dd' },
  totuusarvo: { fi: 'totuusarvo (true tai false)', sv: 'ett sanningsvärde (true eller false)', en: 'a boolean (true or false)' },
  olio: { fi: 'olio', sv: 'ett objekt', en: 'an object' },
  yläraja: { fi: 'positiivinen kokonaisluku tai Infinity', sv: 'ett positivt heltal eller Infinity', en: 'a positive integer or Infinity' },
}

const ASETUS_HINT = {
  fi: 'Korjaa asetus (katso ValidateOptions) tai jätä se pois; sen oletusarvo oli käytössä tässä validoinnissa.',
  sv: 'Rätta inställningen (se ValidateOptions) eller utelämna den; dess standardvärde användes i denna validering.',
  en: 'Fix the option (see ValidateOptions) or leave it out; its default was used in this validation.',
}

/** OPT-1: an option of the wrong form, reported and not used (its default applies). */
const optionWarning = (name: string, muoto: Muoto): Finding => {
  const f = optionWarningText(name, muoto)
  return { ...f, hint: ASETUS_HINT }
}

const optionWarningText = (name: string, muoto: Muoto): Finding => {
  const n = asetuksenNimi(name)
  if (muoto === 'tuntematon') {
    return warning('OPT-1', 'virheellinenAsetus', '', n === undefined
      ? { fi: 'Tuntematon asetus; sitä ei käytetty', sv: 'Okänd inställning; den användes inte', en: 'Unknown option; it was not used' }
      : { fi: `Tuntematon asetus ${n}; sitä ei käytetty`, sv: `Okänd inställning ${n}; den användes inte`, en: `Unknown option ${n}; it was not used` })
  }
  if (muoto === 'peritty') {
    return warning('OPT-1', 'virheellinenAsetus', '', {
      fi: `Asetus ${name} on peritty eikä asetusolion oma ominaisuus; sitä ei käytetty`,
      sv: `Inställningen ${name} är ärvd och inte en egen egenskap hos inställningsobjektet; den användes inte`,
      en: `Option ${name} is inherited, not an own property of the options object; it was not used`,
    })
  }
  const m = MUODOT[muoto]
  return warning('OPT-1', 'virheellinenAsetus', '', {
    fi: `Asetus ${name} ei ole ${m.fi}; sitä ei käytetty`,
    sv: `Inställningen ${name} är inte ${m.sv}; den användes inte`,
    en: `Option ${name} is not ${m.en}; it was not used`,
  })
}

export { FACT_KEYS }

const readFacts = (u: unknown, findings: Finding[]): MaksuttomuusFacts => {
  const facts: Record<string, boolean> = {}
  if (u === undefined || u === null) return facts
  if (typeof u !== 'object' || Array.isArray(u)) {
    findings.push(optionWarning('maksuttomuus', 'olio'))
    return facts
  }
  for (const key of Object.keys(u)) {
    if (!(FACT_KEYS as readonly string[]).includes(key)) findings.push(optionWarning(`maksuttomuus.${key}`, 'tuntematon'))
  }
  for (const key of FACT_KEYS) {
    const own = Object.prototype.hasOwnProperty.call(u, key)
    const v = own ? (u as Record<string, unknown>)[key] : undefined
    if (!own && key in u) findings.push(optionWarning(`maksuttomuus.${key}`, 'peritty'))
    else if (typeof v === 'boolean') facts[key] = v
    else if (v !== undefined && v !== null) findings.push(optionWarning(`maksuttomuus.${key}`, 'totuusarvo'))
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
      hint: {
        fi: 'Anna previous-asetukseksi KOSKIin tallennettu versio sellaisenaan: Oppija ({ henkilö, opiskeluoikeudet }) tai yksi opiskeluoikeus.',
        sv: 'Ge som previous den version som sparats i KOSKI som den är: en Oppija ({ henkilö, opiskeluoikeudet }) eller en studierätt.',
        en: 'Give as previous the version stored in KOSKI as it is: an Oppija ({ henkilö, opiskeluoikeudet }) or one study right.',
      },
    }),
  )
  return undefined
}

/** `storedStudyRights` must be an Oppija (its `opiskeluoikeudet`), a list of study rights or one study right; else it is not used. */
const storedOption = (u: unknown, findings: Finding[]): readonly unknown[] | undefined => {
  if (u === undefined || u === null) return undefined
  if (Array.isArray(u)) return u
  const list = tallennetutOpiskeluoikeudet(u)
  if (list !== undefined) return list
  findings.push(
    warning('OPT-1', 'virheellinenAsetus', '', {
      fi: 'Asetus storedStudyRights ei ole Oppija, opiskeluoikeuksien lista eikä opiskeluoikeus; sitä ei käytetty',
      sv: 'Inställningen storedStudyRights är varken en Oppija, en lista av studierätter eller en studierätt; den användes inte',
      en: 'Option storedStudyRights is neither an Oppija, a list of study rights nor a study right; it was not used',
      hint: {
        fi: 'Anna storedStudyRights-asetukseksi KOSKIn vastaus sellaisenaan (GET /koski/api/oppija/{oid}: { henkilö, opiskeluoikeudet }) tai lista opiskeluoikeuksia.',
        sv: 'Ge som storedStudyRights KOSKI:s svar som det är (GET /koski/api/oppija/{oid}: { henkilö, opiskeluoikeudet }) eller en lista av studierätter.',
        en: 'Give as storedStudyRights KOSKI\'s answer as it is (GET /koski/api/oppija/{oid}: { henkilö, opiskeluoikeudet }) or a list of study rights.',
      },
    }),
  )
  return undefined
}

const ownOf = (u: object, key: string): unknown => (Object.prototype.hasOwnProperty.call(u, key) ? (u as Record<string, unknown>)[key] : undefined)
const onTeksti = (v: unknown): v is string => typeof v === 'string' && v.length > 0

const listaVirhe = (name: string, muoto: 'peruutetut' | 'suostumukset', index?: number): Finding => {
  const kohta = index === undefined ? name : `${name}[${index}]`
  const m =
    muoto === 'peruutetut'
      ? { fi: 'lista olioita { lähdejärjestelmä, id } (tekstejä)', sv: 'en lista av objekt { lähdejärjestelmä, id } (texter)', en: 'a list of objects { lähdejärjestelmä, id } (texts)' }
      : {
          fi: "lista olioita { given: päivämäärä yyyy-MM-dd, givenBy: 'learner' tai 'guardian', lähdejärjestelmänId?, oid? }",
          sv: "en lista av objekt { given: datum yyyy-MM-dd, givenBy: 'learner' eller 'guardian', lähdejärjestelmänId?, oid? }",
          en: "a list of objects { given: a date yyyy-MM-dd, givenBy: 'learner' or 'guardian', lähdejärjestelmänId?, oid? }",
        }
  const f = warning('OPT-1', 'virheellinenAsetus', '', {
    fi: index === undefined ? `Asetus ${kohta} ei ole ${m.fi}; sitä ei käytetty` : `Asetuksen ${name} alkio ${index} ei ole muotoa ${m.fi}; sitä ei käytetty`,
    sv: index === undefined ? `Inställningen ${kohta} är inte ${m.sv}; den användes inte` : `Element ${index} av inställningen ${name} har inte formen ${m.sv}; det användes inte`,
    en: index === undefined ? `Option ${kohta} is not ${m.en}; it was not used` : `Item ${index} of option ${name} is not ${m.en}; it was not used`,
  })
  return { ...f, hint: ASETUS_HINT }
}

/**
 * A list-of-records option (`withdrawnConsents`, `consents`): absent or `null` is no option; a value that is not a list
 * is reported (OPT-1) and not used; an item `alkio` cannot read (`undefined`) is reported (OPT-1, with its index) and
 * left out.
 */
const listaOption =
  <A>(name: string, muoto: 'peruutetut' | 'suostumukset', alkio: (item: unknown) => A | undefined) =>
  (u: unknown, findings: Finding[]): readonly A[] | undefined => {
    if (u === undefined || u === null) return undefined
    if (!Array.isArray(u)) {
      findings.push(listaVirhe(name, muoto))
      return undefined
    }
    const out: A[] = []
    for (let i = 0; i < u.length; i++) {
      const a = alkio(u[i])
      if (a !== undefined) out.push(a)
      else findings.push(listaVirhe(name, muoto, i))
    }
    return out
  }

/** `withdrawnConsents`: a list of `{ lähdejärjestelmä, id }`; an item of another form is reported (OPT-1) and left out. */
const withdrawnOption = listaOption('withdrawnConsents', 'peruutetut', (item): WithdrawnConsent | undefined => {
  const lähdejärjestelmä = typeof item === 'object' && item !== null ? ownOf(item, 'lähdejärjestelmä') : undefined
  const id = typeof item === 'object' && item !== null ? ownOf(item, 'id') : undefined
  return onTeksti(lähdejärjestelmä) && onTeksti(id) ? { lähdejärjestelmä, id } : undefined
})

const tunnisteOk = (v: unknown): boolean => v === undefined || onTeksti(v)

/** `consents`: a list of consent records; an item of another form is reported (OPT-1) and left out. */
const consentsOption = listaOption('consents', 'suostumukset', (item): ConsentRecord | undefined => {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined
  const given = ownOf(item, 'given')
  const givenBy = ownOf(item, 'givenBy')
  const lähdejärjestelmänId = ownOf(item, 'lähdejärjestelmänId')
  const oid = ownOf(item, 'oid')
  if (!isCalendarDate(given) || (givenBy !== 'learner' && givenBy !== 'guardian') || !tunnisteOk(lähdejärjestelmänId) || !tunnisteOk(oid)) return undefined
  return {
    given,
    givenBy,
    ...(lähdejärjestelmänId === undefined ? {} : { lähdejärjestelmänId: lähdejärjestelmänId as string }),
    ...(oid === undefined ? {} : { oid: oid as string }),
  }
})

const yläraja = (v: unknown, findings: Finding[]): number => {
  if (v === undefined || v === null) return MAX_FINDINGS
  if (v === Infinity || (typeof v === 'number' && Number.isInteger(v) && v >= 1)) return v
  findings.push(optionWarning('maxFindings', 'yläraja'))
  return MAX_FINDINGS
}

const OPTION_KEYS: readonly string[] = ['today', 'birthDate', 'previous', 'storedStudyRights', 'withdrawnConsents', 'consents', 'serviceUser', 'acceptSyntheticHetus', 'vosRajapäivä', 'maksuttomuus', 'maxFindings']

/**
 * Applies the defaults. An option of the wrong form — a date that is not one, `"false"` for a boolean, an unknown key
 * (a typo), an option inherited instead of an own property — is reported as a warning (OPT-1) and left unused (so
 * the default applies). Never throws.
 */
export function resolveOptions(options: unknown): { readonly resolved: ResolvedOptions; readonly findings: readonly Finding[] } {
  const findings: Finding[] = []
  if (options !== undefined && options !== null && (typeof options !== 'object' || Array.isArray(options))) findings.push(optionWarning('options', 'olio'))
  const o = (typeof options === 'object' && options !== null && !Array.isArray(options) ? options : {}) as Record<string, unknown>
  for (const key of Object.keys(o)) if (!OPTION_KEYS.includes(key)) findings.push(optionWarning(key, 'tuntematon'))
  const read = (key: string): unknown => {
    if (Object.prototype.hasOwnProperty.call(o, key)) return o[key]
    if (key in o) findings.push(optionWarning(key, 'peritty'))
    return undefined
  }
  const date = (key: string): string | undefined => {
    const v = read(key)
    if (v === undefined || v === null) return undefined
    if (isCalendarDate(v)) return v
    findings.push(optionWarning(key, 'päivämäärä'))
    return undefined
  }
  const boolean = (key: string): boolean | undefined => {
    const v = read(key)
    if (v === undefined || v === null) return undefined
    if (typeof v === 'boolean') return v
    findings.push(optionWarning(key, 'totuusarvo'))
    return undefined
  }
  const today = date('today') ?? dateOfToday()
  const resolved: ResolvedOptions = {
    today,
    birthDate: date('birthDate'),
    previous: previousOption(read('previous'), findings),
    storedStudyRights: storedOption(read('storedStudyRights'), findings),
    withdrawnConsents: withdrawnOption(read('withdrawnConsents'), findings),
    consents: consentsOption(read('consents'), findings),
    serviceUser: boolean('serviceUser') ?? true,
    acceptSyntheticHetus: boolean('acceptSyntheticHetus') ?? false,
    vosRajapäivä: date('vosRajapäivä') ?? VOS_RAJAPÄIVÄ,
    maksuttomuus: readFacts(read('maksuttomuus'), findings),
    maxFindings: yläraja(read('maxFindings'), findings),
  }
  return { resolved, findings }
}
