/**
 * The names of the maksuttomuus facts (`ValidateOptions.maksuttomuus`). A module of its own, importing nothing, so
 * that the command's `--help` names them without loading the validator (src/cli.ts).
 */
export const FACT_KEYS = ['kotikuntaManneruomessaEnnen18', 'vapautettuOppivelvollisuudesta', 'perusopetusSuoritettuEnnen2021', 'lukuvuosimaksullinenOpiskeluoikeus', 'hetuton'] as const
