/**
 * T-TILA-1, T-TILA-2 — the states a TUVA study right may use (TutkintokoulutukseenValmentavaKoulutusValidation ›
 * validateTuvaSallitutOpiskeluoikeudenTilat, validateTuvaSuorituksenOpiskeluoikeudenTila). KOSKI answers once per
 * study right, so each rule reports the first offending jakso only.
 */
import { error } from '../../../finding'
import * as m from '../viestit'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import { jaksoPath, type Tuva } from './apu'

const KEY = 'badRequest.validation.tila.tuvaSuorituksenOpiskeluoikeidenTilaVääräKoodiarvo'

/** T-TILA-1: `eronnut` is in the schema (legacy production data) but forbidden; use `katsotaaneronneeksi`. */
export const eronnutKielletty: Rule<Tuva> = {
  id: 'T-TILA-1',
  what: '`eronnut` is not allowed: use `katsotaaneronneeksi`',
  keys: ['badRequest.validation.tila.tuvaSuorituksenOpiskeluoikeidenTilaVääräKoodiarvo'],
  severity: 'error',
  source: { koski: 'TutkintokoulutukseenValmentavaKoulutusValidation.validateTuvaSallitutOpiskeluoikeudenTilat', muutoshistoria: ['2022-10-25'] },
  check: (oo, ctx) => {
    const i = oo.tila.opiskeluoikeusjaksot.findIndex((j) => j.tila.koodiarvo === 'eronnut')
    return i < 0 ? NO_FINDINGS : [error('T-TILA-1', KEY, jaksoPath(ctx.polku, i), m.eronnutEiSallittu)]
  },
}

/** T-TILA-2: `loma` only when the järjestämislupa is `ammatillinen`. */
export const lomaVainAmmatillisellaLuvalla: Rule<Tuva> = {
  id: 'T-TILA-2',
  what: '`loma` only with the ammatillinen lupa',
  keys: ['badRequest.validation.tila.tuvaSuorituksenOpiskeluoikeidenTilaVääräKoodiarvo'],
  severity: 'error',
  source: { koski: 'TutkintokoulutukseenValmentavaKoulutusValidation.validateTuvaSuorituksenOpiskeluoikeudenTila', muutoshistoria: ['2022-07-12'] },
  check: (oo, ctx) => {
    if (oo.järjestämislupa.koodiarvo === 'ammatillinen') return NO_FINDINGS
    const i = oo.tila.opiskeluoikeusjaksot.findIndex((j) => j.tila.koodiarvo === 'loma')
    return i < 0 ? NO_FINDINGS : [error('T-TILA-2', KEY, jaksoPath(ctx.polku, i), m.lomaEiSallittu)]
  },
}
