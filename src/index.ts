/**
 * koski-validation — validate a KOSKI study-right document before sending it.
 *
 * `validate(input, options)` returns every finding at once: errors with KOSKI's own keys, warnings for what the
 * official instructions forbid and KOSKI lets through. The io-ts codecs, the rule functions and the helpers are
 * exported for those who want only a part; each module is its own file in the ES build, so a bundler keeps only what
 * is imported (`parseHetu` alone is a few kB).
 *
 * The public surface is what this module exports. The codec combinators the codecs are built with (`strict`,
 * `dispatch`, `lista`, the scalar codecs) are internals: the codecs' type {@link StrictType} is public, the way
 * they are made is not.
 *
 * @packageDocumentation
 */
export { validate, rajaaLöydökset, type Report } from './validate'
export type { Tarkistamaton as UncheckedStudyRight } from './tyypit/maarittely'
export { VOS_RAJAPÄIVÄ, MAX_FINDINGS, type ValidateOptions, type ResolvedOptions, type MaksuttomuusFacts, type WithdrawnConsent, type ConsentRecord } from './options'
export { type Finding, type Message, type Severity, type Lang, type OmaPolku, type Kirjaimellinen, WARNING_PREFIX, JSON_SCHEMA_KEY, jsonPointer, pointerSegments } from './finding'
export { KOSKI_REFERENCE, type KoskiReference } from './koski'

// Codecs (io-ts), named after KOSKI's classes
export * from './codecs/common'
export * from './codecs/henkilo'
export { Oppija, Opiskeluoikeus, OPISKELUOIKEUDET } from './codecs/oppija'
export { LISTAN_ENIMMÄISPITUUS, type SchemaIssue, type StrictType } from './codecs/schema'
export { schemaFindings } from './codecs/errors'

// Rules
export type { Rule, RuleContext, ContextNeed } from './rules/types'
export * from './rules/yleiset'
// The JOTPA rules (J-*) configured per type, and the opintokokonaisuus code's form (G-OK-1)
export { jotpaSäännöt, onJotpaRahoitus, onJotpaRahoitteinen, JOTPA_RAHOITUKSET, type JotpaAsetukset } from './rules/jotpa'
export { opintokokonaisuudenMuoto, onOpintokokonaisuudenMuoto } from './rules/yhteiset'

// --- The study-right types (src/tyypit): the list TYYPIT of descriptors, and each type's public API (TUVA: its codec
// TutkintokoulutukseenValmentavanOpiskeluoikeus and parts, tuvaSäännöt, the permit matrix, special-category data,
// week-based scope) ---
export * from './tyypit'

// --- The 2022 transition to TUVA (issue 12): cut-off dates, the transition helper, the X-* rules ---
export {
  SIIRTYMÄN_RAJAPÄIVÄT,
  VALMA_JA_LISÄOPETUKSEN_TILARAJAT,
  tilarajaPäivänä,
  siirtymäsäännös,
  siirtymänKoulutus,
  opinnotValmiit,
  perusopetuksenLisäopetuksenTilaEiSallittu,
  valmaTilaEiSallittu,
  uusiSiirtymänKoulutus,
  luvaSiirtymäajanJälkeen,
  tuvaAlkaaEnnenSiirtymää,
  tuvaVaikkaOpinnotValmiit,
  tuvanSiirtymäsäännöt,
  type Rajapäivä,
  type RajapäivänLähde,
  type Tilaraja,
  type SiirtymänKoulutus,
  type SiirtymänToimenpide,
  type SiirtymänPeruste,
  type SiirtymänPerusteenKoodi,
  type Siirtymävastaus,
  type SiirtymänAsetukset,
} from './siirtyma'

// --- Free education (maksuttomuus, issue 4) ---
export * from './maksuttomuus'
export * from './rules/maksuttomuus'

// Helpers
export { parseHetu, hetuCentury, hetuCheckCharacter, type HetuTulos, type ValidHetu, type InvalidHetu, type HetuVirhe, type HetuOptions } from './hetu'
export { isCalendarDate } from './date'
export { koodiOnKoodistossa, koodinNimi, shippedKoodistot } from './koodisto'
