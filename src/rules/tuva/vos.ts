/**
 * T-VOS-1..4 — the 2025 vocational (VOS) reform retires the ammatillinen lupa's `erityinenTuki`, `vaikeastiVammainen`,
 * `vammainenJaAvustaja`, and the state `loma`, after the cut-off R (TutkintokoulutukseenValmentavaKoulutusValidation ›
 * validateAikajaksotJaTilatAmmatillisenVosUudistuksenRajapäivänJälkeen; AmmatillinenValidation › validateAikajaksot,
 * validateLomaTilat). R is `options.vosRajapäivä` (default 2025-12-31, production); the rules are active only when
 * today > R. KOSKI's Finnish texts hard-code "31.12.2025" whatever R is, and so do ours; the Swedish and English
 * texts print the configured R.
 */
import { addDaysToDate, formatFinnishDate } from '../../date'
import { error } from '../../finding'
import * as m from '../../messages/tuva'
import { alkamispäivä } from '../helpers'
import { NO_FINDINGS, type Rule, type RuleContext, type Voimassaolo } from '../types'
import { ammatillisenLisätiedot, jaksoPath, lisätietoPath, type Tuva } from './apu'

const aktiivinen = (ctx: RuleContext): boolean => ctx.today > ctx.options.vosRajapäivä

/** In force when today is after R: from 2026-01-01 with the default R. */
const VOS_VOIMASSA: Voimassaolo = {
  alkaen: '2026-01-01',
  asetus: 'option `vosRajapäivä` (KOSKI: validaatiot.ammatillinenVosUudistuksenAikajaksojenViimeinenKäyttöpäivä, production 2025-12-31): in force when today is after it',
}

type VosKenttä = 'erityinenTuki' | 'vaikeastiVammainen' | 'vammainenJaAvustaja'

/**
 * One rule per retired lisätieto: (a) a study right starting after R may not have the lisätieto at all;
 * (b) otherwise no period may start after R (its loppu may be later). One error per list.
 */
const vosLisätieto = (id: string, kenttä: VosKenttä): Rule<Tuva> => ({
  id,
  what: `ammatillinen lupa, after \`vosRajapäivä\`: no \`${kenttä}\` in a study right starting later, no period starting later`,
  keys: ['badRequest.validation.ammatillinen.lisätietoRajapäivänJälkeen'],
  severity: 'error',
  source: {
    koski: 'TutkintokoulutukseenValmentavaKoulutusValidation.validateAikajaksotJaTilatAmmatillisenVosUudistuksenRajapäivänJälkeen',
    muutoshistoria: ['2025-10-03', '2025-10-20'],
  },
  voimassa: VOS_VOIMASSA,
  check: (oo, ctx) => {
    if (!aktiivinen(ctx)) return NO_FINDINGS
    const lista = ammatillisenLisätiedot(oo)?.[kenttä]
    if (lista === undefined || lista.length === 0) return NO_FINDINGS
    const r = ctx.options.vosRajapäivä
    const nimi = m.vosLisätiedonNimi[kenttä]!
    const alku = alkamispäivä(oo)
    if (alku !== undefined && alku > r) {
      return [
        error(id, 'badRequest.validation.ammatillinen.lisätietoRajapäivänJälkeen', lisätietoPath(ctx.path, kenttä), m.lisätietoRajapäivänJälkeenAlkavaOpiskeluoikeus(nimi, formatFinnishDate(r))),
      ]
    }
    const i = lista.findIndex((j) => j.alku > r)
    return i < 0
      ? NO_FINDINGS
      : [error(id, 'badRequest.validation.ammatillinen.lisätietoRajapäivänJälkeen', lisätietoPath(ctx.path, kenttä, i), m.lisätietoAlkaaRajapäivänJälkeen(nimi, formatFinnishDate(r)))]
  },
})

/** T-VOS-1: `erityinenTuki`. */
export const vosErityinenTuki = vosLisätieto('T-VOS-1', 'erityinenTuki')
/** T-VOS-2: `vaikeastiVammainen` (of the ammatillinen lupa; the perusopetus lupa's field is not retired). */
export const vosVaikeastiVammainen = vosLisätieto('T-VOS-2', 'vaikeastiVammainen')
/** T-VOS-3: `vammainenJaAvustaja`. */
export const vosVammainenJaAvustaja = vosLisätieto('T-VOS-3', 'vammainenJaAvustaja')

/**
 * T-VOS-4: every `loma` jakso starts on or before R and is followed by a jakso starting on or before R + 1 day (so a
 * `loma` that is the last jakso always fails). The first failure is reported. Whatever the järjestämislupa: KOSKI runs
 * validateLomaTilat on every TUVA study right, so under another lupa a late `loma` gets this error besides T-TILA-2.
 */
export const vosLoma: Rule<Tuva> = {
  id: 'T-VOS-4',
  what: 'no `loma` in force after `vosRajapäivä`, under every lupa as in KOSKI (another lupa also gets T-TILA-2)',
  keys: ['badRequest.validation.ammatillinen.lomaTilaRajapäivänJälkeen'],
  severity: 'error',
  source: { koski: 'AmmatillinenValidation.validateLomaTilat', muutoshistoria: ['2025-10-03', '2025-10-20'] },
  voimassa: VOS_VOIMASSA,
  check: (oo, ctx) => {
    if (!aktiivinen(ctx)) return NO_FINDINGS
    const jaksot = oo.tila.opiskeluoikeusjaksot
    const r = ctx.options.vosRajapäivä
    let seuraavaViimeistään: string | undefined
    for (let i = 0; i < jaksot.length; i++) {
      if (jaksot[i]!.tila.koodiarvo !== 'loma') continue
      seuraavaViimeistään ??= addDaysToDate(r, 1)
      const seuraava = jaksot[i + 1]
      if (jaksot[i]!.alku > r || seuraava === undefined || seuraava.alku > seuraavaViimeistään) {
        return [error('T-VOS-4', 'badRequest.validation.ammatillinen.lomaTilaRajapäivänJälkeen', jaksoPath(ctx.path, i), m.lomaTilaRajapäivänJälkeen(formatFinnishDate(r)))]
      }
    }
    return NO_FINDINGS
  },
}
