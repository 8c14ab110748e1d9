/**
 * T-LT-1, T-LT-2 — vammaisuus and erityinen tuki under the perusopetus lupa (KoskiValidator ›
 * validateTuvaPerusopetusErityinenTukiJaVammaisuus), in force since 2022-10-01 (KOSKI's
 * `pidennetynOppivelvollisuudenYmsValidaatiotAstuvatVoimaan`, compared with today). KOSKI answers once per rule.
 * (T-LUPA-1, a lisätieto the lupa does not allow, is reported by the codec: src/codecs/tuva.ts.)
 */
import { jaksohakemisto, jokinPäällekkäin, kattamattomatIndeksit, type Väli } from '../../../aikajaksot'
import { error } from '../../../finding'
import * as m from '../viestit'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import { lisätietoPath, perusopetuksenLisätiedot, type Tuva } from './apu'

/** KOSKI's `pidennetynOppivelvollisuudenYmsValidaatiotAstuvatVoimaan`. */
export const VAMMAISUUSVALIDAATIOT_VOIMASSA = '2022-10-01'

const KEY = 'badRequest.validation.date.vammaisuusjakso'

/** What T-LT-1 and T-LT-2 share: KOSKI's key, method, change-log entries and the day they came into force. */
const VAMMAISUUS = {
  keys: [KEY],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateTuvaPerusopetusErityinenTukiJaVammaisuus', muutoshistoria: ['2022-09-13', '2022-09-15', '2022-09-19'] },
  voimassa: { alkaen: '2022-10-01', asetus: 'validaatiot.pidennetynOppivelvollisuudenYmsValidaatiotAstuvatVoimaan' },
} as const

/** T-LT-1: no day is both `vammainen` and `vaikeastiVammainen` (open loppu = ∞). */
export const vammaisuusjaksotEivätPäällekkäin: Rule<Tuva> = {
  id: 'T-LT-1',
  what: 'perusopetus lupa: `vammainen` and `vaikeastiVammainen` never on the same day',
  ...VAMMAISUUS,
  check: (oo, ctx) => {
    if (ctx.today < VAMMAISUUSVALIDAATIOT_VOIMASSA) return NO_FINDINGS
    const lt = perusopetuksenLisätiedot(oo)
    const vammainen = lt?.vammainen ?? []
    const vaikeasti = lt?.vaikeastiVammainen ?? []
    const h = vammainen.length === 0 ? undefined : jaksohakemisto(vammainen)
    const j = h === undefined ? -1 : vaikeasti.findIndex((w) => jokinPäällekkäin(h, w))
    return j < 0 ? NO_FINDINGS : [error('T-LT-1', KEY, lisätietoPath(ctx.polku, 'vaikeastiVammainen', j), m.vammaisuusjaksotPäällekkäin)]
  },
}

/**
 * T-LT-2: every day of `vammainen` and `vaikeastiVammainen` lies in an `erityisenTuenPäätökset` period. KOSKI merges
 * both sides where they overlap or touch and requires each merged vammaisuus span to fit in one merged päätös span (a
 * päätös without alku is open to the past, without loppu open-ended). That holds exactly when every single
 * vammaisuusjakso fits in one merged päätös span (merged päätös spans do not touch, so touching jaksot lie in the same
 * one), so the path names the first jakso that does not: KOSKI answers once.
 */
export const vammaisuusjaksotErityisenTuenAikana: Rule<Tuva> = {
  id: 'T-LT-2',
  what: 'perusopetus lupa: vammaisuusjaksot lie within `erityisenTuenPäätökset`',
  ...VAMMAISUUS,
  check: (oo, ctx) => {
    if (ctx.today < VAMMAISUUSVALIDAATIOT_VOIMASSA) return NO_FINDINGS
    const lt = perusopetuksenLisätiedot(oo)
    if (lt === undefined) return NO_FINDINGS
    const vammainen: readonly Väli[] = lt.vammainen ?? []
    const vaikeasti: readonly Väli[] = lt.vaikeastiVammainen ?? []
    if (vammainen.length === 0 && vaikeasti.length === 0) return NO_FINDINGS
    const päätökset = lt.erityisenTuenPäätökset ?? []
    const i = kattamattomatIndeksit(vammainen, päätökset)[0] ?? -1
    const j = i >= 0 ? -1 : (kattamattomatIndeksit(vaikeasti, päätökset)[0] ?? -1)
    if (i < 0 && j < 0) return NO_FINDINGS
    const path = i >= 0 ? lisätietoPath(ctx.polku, 'vammainen', i) : lisätietoPath(ctx.polku, 'vaikeastiVammainen', j)
    return [error('T-LT-2', KEY, path, m.vammaisuusjaksotIlmanErityistäTukea)]
  },
}
