/**
 * A-VOS-1..5 — the 2025 vocational (VOS) reform retires `opiskeluvalmiuksiaTukevatOpinnot`, `erityinenTuki`,
 * `vaikeastiVammainen`, `vammainenJaAvustaja`, the state `loma` and, for study rights starting later,
 * `henkilöstökoulutus` after the cut-off R (AmmatillinenValidation › validateAikajaksotJaTilatVosUudistuksenRajapäivänJälkeen,
 * validateAikajaksot, validateLomaTilat, validateHenkilöstökoulutusVosUudistuksenRajapäivänJälkeen): the shared family
 * of src/rules/yhteiset/vos.ts, configured for ammatillinen. R is `options.vosRajapäivä` (default 2025-12-31,
 * production); the rules are in force only when today > R. KOSKI's Finnish texts hard-code "31.12.2025".
 */
import { formatFinnishDate } from '../../../date'
import type { Rule, RuleMeta, Voimassaolo } from '../../../rules/types'
import {
  VOS_LISÄTIETO_KEY,
  VOS_LOMA_KEY,
  vosEiRajapäivänJälkeenAlkavalle,
  vosLisätieto as vosLisätietoPerhe,
  vosLoma as vosLomaPerhe,
} from '../../../rules/yhteiset'
import * as m from '../viestit'
import type { Ammatillinen } from './apu'

type VosKenttä = 'opiskeluvalmiuksiaTukevatOpinnot' | 'erityinenTuki' | 'vaikeastiVammainen' | 'vammainenJaAvustaja'

/** In force when today is after R: from 2026-01-01 with the default R. */
const VOS_VOIMASSA: Voimassaolo = {
  alkaen: '2026-01-01',
  asetus: 'option `vosRajapäivä` (KOSKI: validaatiot.ammatillinenVosUudistuksenAikajaksojenViimeinenKäyttöpäivä, production 2025-12-31): in force when today is after it',
}

const MUUTOSHISTORIA = ['2025-09-30', '2025-10-03', '2025-10-20']

const vosLisätieto = ({ id, kenttä, what }: Pick<RuleMeta, 'id'> & { readonly kenttä: VosKenttä; readonly what?: string }) => {
  const nimi = m.vosLisätiedonNimi[kenttä]!
  return vosLisätietoPerhe<Ammatillinen>({
    id,
    what: what ?? `after \`vosRajapäivä\`: no \`${kenttä}\` in a study right starting later, no period starting later`,
    keys: [VOS_LISÄTIETO_KEY],
    severity: 'error',
    source: { koski: 'AmmatillinenValidation.validateAikajaksot', muutoshistoria: MUUTOSHISTORIA },
    voimassa: VOS_VOIMASSA,
    kenttä,
    jaksot: (oo) => oo.lisätiedot?.[kenttä],
    viestit: {
      alkavalleOpiskeluoikeudelle: (r) => m.lisätietoRajapäivänJälkeenAlkavaOpiskeluoikeus(nimi, formatFinnishDate(r)),
      jaksoAlkaa: (r) => m.lisätietoAlkaaRajapäivänJälkeen(nimi, formatFinnishDate(r)),
    },
  })
}

/** A-VOS-1: `opiskeluvalmiuksiaTukevatOpinnot`. */
export const vosOpiskeluvalmiuksiaTukevatOpinnot = vosLisätieto({ id: 'A-VOS-1', kenttä: 'opiskeluvalmiuksiaTukevatOpinnot' })
/** A-VOS-2: `erityinenTuki`. */
export const vosErityinenTuki = vosLisätieto({ id: 'A-VOS-2', kenttä: 'erityinenTuki' })
/** A-VOS-3: `vaikeastiVammainen`. */
export const vosVaikeastiVammainen = vosLisätieto({ id: 'A-VOS-3', kenttä: 'vaikeastiVammainen' })

const vammainenJaAvustaja = vosLisätieto({ id: 'A-VOS-4', kenttä: 'vammainenJaAvustaja' })
const loma = vosLomaPerhe<Ammatillinen>({
  id: 'A-VOS-4',
  what: '',
  keys: [VOS_LOMA_KEY],
  severity: 'error',
  source: {},
  viesti: (r) => m.lomaTilaRajapäivänJälkeen(formatFinnishDate(r)),
})

/**
 * A-VOS-4: `vammainenJaAvustaja` as A-VOS-1..3, and the state `loma`: every `loma` jakso starts on or before R and is
 * followed by a jakso starting on or before R + 1 day (a `loma` that is the last jakso always fails). The catalogue
 * gives both one id; KOSKI folds them.
 */
export const vosVammainenJaAvustajaJaLoma: Rule<Ammatillinen> = {
  id: 'A-VOS-4',
  what: 'after `vosRajapäivä`: no `vammainenJaAvustaja` in a study right starting later, no period starting later; no `loma` in force after it',
  keys: [VOS_LISÄTIETO_KEY, VOS_LOMA_KEY],
  severity: 'error',
  source: { koski: 'AmmatillinenValidation.validateAikajaksotJaTilatVosUudistuksenRajapäivänJälkeen', muutoshistoria: MUUTOSHISTORIA },
  voimassa: VOS_VOIMASSA,
  check: (oo, ctx) => {
    const a = vammainenJaAvustaja.check(oo, ctx)
    const b = loma.check(oo, ctx)
    return a.length === 0 ? b : b.length === 0 ? a : [...a, ...b]
  },
}

/** A-VOS-5: `henkilöstökoulutus: true` in a study right starting after R. */
export const vosHenkilöstökoulutus = vosEiRajapäivänJälkeenAlkavalle<Ammatillinen>({
  id: 'A-VOS-5',
  what: 'after `vosRajapäivä`: no `henkilöstökoulutus: true` in a study right starting later',
  keys: ['badRequest.validation.ammatillinen.henkilöstökoulutusRajapäivänJälkeen'],
  severity: 'error',
  source: { koski: 'AmmatillinenValidation.validateHenkilöstökoulutusVosUudistuksenRajapäivänJälkeen', muutoshistoria: ['2025-10-20'] },
  voimassa: VOS_VOIMASSA,
  kenttä: 'henkilöstökoulutus',
  käytössä: (oo) => oo.lisätiedot?.henkilöstökoulutus === true,
  key: 'badRequest.validation.ammatillinen.henkilöstökoulutusRajapäivänJälkeen',
  viesti: (r) => m.henkilöstökoulutusRajapäivänJälkeen(r),
})

export const ammatillisenVosSäännöt: readonly Rule<Ammatillinen>[] = [
  vosOpiskeluvalmiuksiaTukevatOpinnot,
  vosErityinenTuki,
  vosVaikeastiVammainen,
  vosVammainenJaAvustajaJaLoma,
  vosHenkilöstökoulutus,
]
