/**
 * The KOSKI version this release's rules follow, written here as data when the rules were last brought up to date
 * (never read at run time from anywhere else). `koski-validate --version` prints it; `npm run koski-changes` lists the
 * entries of KOSKI's `validaation_muutoshistoria.md` newer than `date` — the work of the next update.
 */

/** What {@link KOSKI_REFERENCE} holds. */
export interface KoskiReference {
  /** The commit of Opetushallitus/koski (its default branch) whose Scala code, specs and change log the rules were read from. */
  readonly commit: string
  /** That commit's date (ISO): change-log entries dated later are not yet followed. */
  readonly date: string
  /**
   * The date of the koodisto snapshot shipped in the package (scripts/koodisto/, KOSKI's
   * `src/main/resources/mockdata/koodisto/` at {@link KoskiReference.commit}, whose lists last changed on 2026-08-18).
   */
  readonly koodistoSnapshot: string
}

/** The KOSKI commit and date the rules follow, and the date of the koodisto snapshot. */
export const KOSKI_REFERENCE: KoskiReference = {
  commit: '180e806b739c788fd89614fa5fe6436310dab335',
  date: '2026-08-21',
  koodistoSnapshot: '2026-08-21',
}
