/**
 * Hand-written: why a catalogue id of a supported type is deliberately not implemented (docs/coverage.md). Every
 * catalogue id of a supported type is either implemented (some rule's metadata names it: its `id`, `findingRules` or
 * `source.catalogue`) or listed here; the generator fails otherwise, and when an id listed here is implemented.
 */

export type Syy =
  | 'needs ePerusteet'
  | "needs KOSKI's database"
  | 'needs other study rights'
  | 'needs organisaatiopalvelu'
  | 'needs the live koodisto'
  | 'needs oppijanumerorekisteri'
  | "needs the user's rights"
  | "needs KOSKI's configuration"
  | 'not in this type'
  | 'not a rule'
  | 'not yet implemented'

export interface EiToteutettu {
  readonly syy: Syy
  /** One line: what exactly is missing, or why the rule cannot fire. */
  readonly miksi: string
}

export const EI_TOTEUTETTU: Readonly<Record<string, EiToteutettu>> = {
  'S-15': { syy: 'needs organisaatiopalvelu', miksi: 'whether an organisation oid exists and is an oppilaitos is known to organisaatiopalvelu only (the oid form is S-13)' },
  'G-HLÖ-2': { syy: 'not a rule', miksi: 'KOSKI uses the first etunimi when kutsumanimi is missing or not one of etunimet; no error' },
  'G-HLÖ-3': { syy: 'needs oppijanumerorekisteri', miksi: 'whether an OidHenkilö exists' },
  'G-MIT-3': { syy: "needs KOSKI's database", miksi: 'whether the study right is already stored (one without oid may be found by lähdejärjestelmänId)' },
  'G-LJ-2': { syy: "needs the user's rights", miksi: 'a virkailija may not send lähdejärjestelmänId, a root user may; option `serviceUser` decides G-LJ-1 only' },
  'G-ID-1': { syy: "needs KOSKI's database", miksi: 'identifying the stored row (oid, lähdejärjestelmänId, versionumero) is KOSKI\'s' },
  'G-ORG-1': { syy: 'needs organisaatiopalvelu', miksi: 'inferring a missing oppilaitos from the toimipiste' },
  'G-ORG-2': { syy: 'needs organisaatiopalvelu', miksi: 'the koulutustoimija of the oppilaitos' },
  'G-ORG-3': { syy: "needs the user's rights", miksi: 'the user\'s rights to the type, the oppilaitos and the toimipisteet' },
  'G-FEAT-1': { syy: "needs KOSKI's configuration", miksi: 'the features.disabled* lists of the environment (empty in reference.conf)' },
  'J-ASIA-3': { syy: 'needs the live koodisto', miksi: 'koodisto `jotpaasianumero` changes as JOTPA decides funding: not shipped (checked for shape only; catalogue Appendix A has the mock list)' },
  'X-TUVA-1': { syy: 'not a rule', miksi: 'KOSKI has no earliest start date for TUVA; the only time gate is peruste validity (T-DIAARI-2)' },
  // Ammatillinen (issue 11): what its rules leave out
  'A-KA-2': { syy: 'needs ePerusteet', miksi: 'whether the tutkinto is a perustutkinto is its koulutustyyppi, from ePerusteet (by diaarinumero); a kuori is exempt too' },
  'X-MK-1': { syy: 'not a rule', miksi: 'data: luva, perusopetuksenlisaopetus, valma and telma are in OPPIVELVOLLISUUDEN_SUORITTAMISEEN_KELPAAVAT, so the MK-* rules that LUVA, lisäopetus and ammatillinen list apply to them as to TUVA' },
  'A-VV-3': { syy: 'needs ePerusteet', miksi: 'the peruste\'s voimaantulo date is in ePerusteet' },
  'A-EPER-*': { syy: 'needs ePerusteet', miksi: 'tutkintorakenne, diaarinumero, koulutustyyppi, tutkinnon osat, osaamisalat and tutkintonimikkeet are checked against ePerusteet' },
  'A-CHG-1': { syy: 'needs ePerusteet', miksi: 'besides the stored version (`previous`), a changed tutkintokoodi is accepted when the old one is not in the peruste (EPerusteetOpiskeluoikeusChangeValidator reads ePerusteet)' },
  'X-VALMA-2': { syy: 'needs ePerusteet', miksi: 'the VALMA peruste validity extended to 31.7.2022 is an ePerusteet check (EPerusteisiinPerustuvaValidator.validatePerusteVoimassa)' },
}
