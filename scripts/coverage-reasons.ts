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
  'G-DATE-3': { syy: 'not in this type', miksi: 'a TUVA, LUVA or lisäopetus päätaso has no alkamispäivä (sending one is S-1)' },
  'G-SUOR-2': { syy: 'not in this type', miksi: 'TUVA, LUVA and lisäopetus osasuoritukset have no vahvistus' },
  'G-STAT-1': { syy: 'not in this type', miksi: 'the TUVA, LUVA and lisäopetus päätasot are Arvioinniton and their osasuoritukset have no vahvistus' },
  'G-MIT-3': { syy: "needs KOSKI's database", miksi: 'whether the study right is already stored (one without oid may be found by lähdejärjestelmänId)' },
  'G-LJ-2': { syy: "needs the user's rights", miksi: 'a virkailija may not send lähdejärjestelmänId, a root user may; option `serviceUser` decides G-LJ-1 only' },
  'G-ID-1': { syy: "needs KOSKI's database", miksi: 'identifying the stored row (oid, lähdejärjestelmänId, versionumero) is KOSKI\'s' },
  'G-ORG-1': { syy: 'needs organisaatiopalvelu', miksi: 'inferring a missing oppilaitos from the toimipiste' },
  'G-ORG-2': { syy: 'needs organisaatiopalvelu', miksi: 'the koulutustoimija of the oppilaitos' },
  'G-ORG-3': { syy: "needs the user's rights", miksi: 'the user\'s rights to the type, the oppilaitos and the toimipisteet' },
  'G-DUPOO-1': { syy: 'needs other study rights', miksi: 'the learner\'s other study rights in KOSKI' },
  'G-RAH-4': { syy: 'not in this type', miksi: 'TUVA rahoitus is 1, 6 or 10 and LUVA 1, 6 or 16 by the schema: 17 is S-6; a lisäopetus jakso has no rahoitus' },
  'G-SUOST-1': { syy: 'not in this type', miksi: 'consent-withdrawable types only (VST vapaatavoitteinen, osaamismerkki, taiteen perusopetus); needs KOSKI\'s database' },
  'G-FEAT-1': { syy: "needs KOSKI's configuration", miksi: 'the features.disabled* lists of the environment (empty in reference.conf)' },
  'T-DUP-1': { syy: 'needs other study rights', miksi: 'a duplicate TUVA study right (G-DUPOO-1)' },
  'X-MK-1': { syy: 'not a rule', miksi: 'data: luva, perusopetuksenlisaopetus, valma and telma are in OPPIVELVOLLISUUDEN_SUORITTAMISEEN_KELPAAVAT, so the MK-* rules that LUVA, lisäopetus and ammatillinen list apply to them as to TUVA' },
  'X-TUVA-1': { syy: 'not a rule', miksi: 'KOSKI has no earliest start date for TUVA; the only time gate is peruste validity (T-DIAARI-2)' },
  // Ammatillinen (issue 11): the codec is in; its rules come in the ammatillinen rules' commits, which remove these lines.
  'J-RAH-1': { syy: 'not yet implemented', miksi: 'the J-* rules (src/rules/jotpa) are not yet configured for ammatillinen' },
  'J-RAH-2': { syy: 'not yet implemented', miksi: 'the J-* rules (src/rules/jotpa) are not yet configured for ammatillinen' },
  'J-ALK-1': { syy: 'not yet implemented', miksi: 'the J-* rules (src/rules/jotpa) are not yet configured for ammatillinen' },
  'J-ASIA-1': { syy: 'not yet implemented', miksi: 'the J-* rules (src/rules/jotpa) are not yet configured for ammatillinen' },
  'J-ASIA-2': { syy: 'not yet implemented', miksi: 'the J-* rules (src/rules/jotpa) are not yet configured for ammatillinen' },
  'J-ASIA-3': { syy: 'not yet implemented', miksi: 'the J-* rules (src/rules/jotpa) are not yet configured for ammatillinen' },
  'A-RAH-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-SUOR-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-ARV-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-ARV-2': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-KA-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-SIIRT-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-MUU-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-VOS-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-VOS-2': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-VOS-3': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-VOS-4': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-VOS-5': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-VV-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-VV-2': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-OSAT-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-NÄYTTÖ-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-YTO-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-HANK-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-MK-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written' },
  'A-KA-2': { syy: 'needs ePerusteet', miksi: 'whether the tutkinto is a perustutkinto is its koulutustyyppi, from ePerusteet' },
  'A-VV-3': { syy: 'needs ePerusteet', miksi: 'the peruste\'s voimaantulo date is in ePerusteet' },
  'A-KOR-*': { syy: 'needs other study rights', miksi: 'the korotus rules compare with the original study right stored in KOSKI' },
  'A-EPER-*': { syy: 'needs ePerusteet', miksi: 'tutkintorakenne, diaarinumero, koulutustyyppi, tutkinnon osat, osaamisalat and tutkintonimikkeet are checked against ePerusteet' },
  'A-CHG-1': { syy: 'not yet implemented', miksi: 'an ammatillinen rule (issue 11) not yet written; needs `previous`' },
  'A-DUP-1': { syy: 'needs other study rights', miksi: 'a duplicate ammatillinen study right (G-DUPOO-1)' },
  'X-VALMA-2': { syy: 'needs ePerusteet', miksi: 'the VALMA peruste validity extended to 31.7.2022 is an ePerusteet check (EPerusteisiinPerustuvaValidator.validatePerusteVoimassa)' },
}
