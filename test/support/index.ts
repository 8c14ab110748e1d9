/**
 * The test support: one place for the builders and helpers every test imports (`from '.'`).
 * - yleiset.ts: validate() with today fixed, reading a report, KOSKI's examples, a RuleContext, hetuFor;
 * - json.ts: JSON tools for property tests and the report checks;
 * - one module per study-right type with its builders (tuva.ts), and maksuttomuus.ts for free education.
 * A new type adds its `<type>.ts` here (builders named after the type, so they do not clash).
 */
export * from './yleiset'
export * from './json'
export * from './tuva'
export * from './maksuttomuus'
export * from './muks'
export * from './vst'
export * from './ammatillinen'
export * from './siirtyma'
