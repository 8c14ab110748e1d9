/**
 * The metadata of the checks that are not {@link Rule} objects run per type: the structural checks of the codecs
 * (S-*), what `validate` itself reports (envelope, hetu, unsupported types, options, an internal error), G-MIT-1 (run
 * by validate on mitätöity study rights only) and the CLI's own findings. With the rules of each type they are every
 * id a finding can carry; the README's rule tables and docs/coverage.md are generated from them.
 */
import { JSON_SCHEMA_KEY } from '../finding'
import type { RuleMeta } from './types'
import { mitätöintiTulevaisuudessa } from './yleiset/mitatointi'

const EXTRACT = 'ValidatingAndResolvingExtractor.extract'

const rakenne = (id: string, what: string, koski: string = EXTRACT): RuleMeta => ({
  id,
  what,
  keys: [JSON_SCHEMA_KEY],
  severity: 'error',
  source: { koski },
})

/** Structure (catalogue §3.1): every finding `badRequest.validation.jsonSchema`, with KOSKI's errorType. */
export const SKEEMASÄÄNNÖT: readonly RuleMeta[] = [
  { ...rakenne('S-0', 'the input is neither an Oppija (`{ henkilö, opiskeluoikeudet }`) nor a study right (`unexpectedType`)'), source: { catalogue: [], koski: EXTRACT } },
  rakenne('S-1', 'an unknown key (`unexpectedProperty`); KOSKI test-fixture flags (`ignoreKoskiValidator`, `cleanForTesting`) with a message saying only KOSKI\'s local mock environment accepts them'),
  rakenne('S-2', 'a missing required key, or `null` (`missingProperty`); a value of the wrong JSON type (`unexpectedType`)'),
  rakenne('S-3', 'an empty string (`emptyString`)'),
  rakenne('S-4', 'a date that is not a calendar date `YYYY-MM-DD` (`dateFormatMismatch`)'),
  rakenne('S-5', 'a koodistoUri the field does not allow (`enumValueMismatch` / `notAnyOf`)'),
  rakenne('S-6', 'a koodiarvo the class does not allow (`enumValueMismatch` / `notAnyOf`)'),
  rakenne('S-7', 'a code that is not in the koodisto (shipped snapshot; `tuntematonKoodi`)', 'KoodistoResolvingCustomDeserializer'),
  rakenne('S-8', 'no class of a union matches (study-right type, osasuoritus, lisätiedot, Henkilö, LocalizedString: `notAnyOf`)'),
  rakenne('S-9', 'list sizes: at least one jakso and one suoritus, at most one suoritus (`lessThanMinimumNumberOfItems` / `moreThanMaximumNumberOfItems`)'),
  rakenne('S-10', 'a laajuus `arvo` that is not > 0 (`smallerThanOrEqualToExclusiveMinimumValue`)'),
  rakenne('S-11', 'an osa-aikaisuus outside 0…99, an ammatillinen keskiarvo outside 1…5 (`smallerThanMinimumValue` / `greaterThanOrEqualToExclusiveMaximumValue` / `greaterThanMaximumValue`)'),
  rakenne('S-12', 'a jakso whose `loppu` is before its `alku` (`jaksonLoppuEnnenAlkua`)', 'JaksoCustomDeserializer.extract'),
  rakenne('S-13', 'an organisation or henkilö OID of the wrong form (`regularExpressionMismatch`)'),
  rakenne('S-14', 'a Y-tunnus of the wrong form (`regularExpressionMismatch`)'),
]

/** What `validate` reports itself, before or besides the rules of a type. */
export const VALIDOINNIN_SÄÄNNÖT: readonly RuleMeta[] = [
  {
    id: 'G-ENV-1',
    what: 'an empty `opiskeluoikeudet` list',
    keys: ['badRequest.validation.tyhjäOpiskeluoikeusLista'],
    severity: 'error',
    source: { koski: 'KoskiValidator.updateFieldsAndValidateOpiskeluoikeudet' },
  },
  {
    id: 'G-HLÖ-1',
    what: 'the hetu of a new learner (UusiHenkilö): form, century sign, real date not in the future, no synthetic 9xx, check character; a wrong hetu of a TäydellisetHenkilötiedot (KOSKI does not check it) is a warning',
    keys: ['badRequest.validation.henkilötiedot.hetu', 'koskiValidation.virheellinenHetu'],
    severity: ['error', 'warning'],
    source: { koski: 'Hetu.validate' },
  },
  mitätöintiTulevaisuudessa,
  {
    id: 'TYYPPI-1',
    what: 'a study-right type (or a päätaso of one) KOSKI knows and this version does not validate: the study right is listed in `report.unchecked`',
    keys: ['koskiValidation.tyyppiEiTuettu'],
    severity: 'warning',
    source: { catalogue: [], oma: 'a document this version cannot check must not look valid' },
  },
  {
    id: 'OPT-1',
    what: 'an option of `validate` that is not valid (it is ignored)',
    keys: ['koskiValidation.virheellinenAsetus'],
    severity: 'warning',
    source: { catalogue: [], oma: 'the caller\'s options, not the document' },
  },
  {
    id: 'X-INTERNAL',
    what: 'validate failed internally (a hostile input such as a throwing getter); never thrown',
    keys: ['koskiValidation.sisäinenVirhe'],
    severity: 'error',
    source: { catalogue: [], oma: 'validate never throws' },
  },
]

/** The command line's own findings (src/cli.ts). */
export const CLI_SÄÄNNÖT: readonly RuleMeta[] = [
  {
    id: 'CLI-JSON',
    what: 'the file is not JSON (KOSKI\'s key for a body it cannot parse)',
    keys: ['badRequest.format.json'],
    severity: 'error',
    source: { catalogue: [], koski: 'KoskiErrorCategory.badRequest.format.json' },
  },
  {
    id: 'CLI-READ',
    what: 'the file cannot be read',
    keys: ['koskiValidation.cli.tiedostoaEiVoituLukea'],
    severity: 'error',
    source: { catalogue: [], oma: 'the command line reads files' },
  },
]

/** Every check that is not a rule of a type: structure, validate's own, the CLI's. */
export const RAKENNE_SÄÄNNÖT: readonly RuleMeta[] = [...SKEEMASÄÄNNÖT, ...VALIDOINNIN_SÄÄNNÖT, ...CLI_SÄÄNNÖT]
