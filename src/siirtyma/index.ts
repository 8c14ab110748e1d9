/**
 * The 2022 transition to TUVA (catalogue §3.9; seed 001): the cut-off dates as data with their sources
 * (`rajapaivat.ts`), the transition helper for one learner (`siirtymasaannos.ts`), and the rules on structural types
 * that LUVA, perusopetuksen lisäopetus, ammatillinen (VALMA) and TUVA wire (`saannot.ts`).
 */
export * from './rajapaivat'
export * from './siirtymasaannos'
export * from './saannot'
