/**
 * T-VOS-1..4 — the 2025 vocational (VOS) reform retires the ammatillinen lupa's `erityinenTuki`, `vaikeastiVammainen`,
 * `vammainenJaAvustaja`, and the state `loma`, after the cut-off R (TutkintokoulutukseenValmentavaKoulutusValidation ›
 * validateAikajaksotJaTilatAmmatillisenVosUudistuksenRajapäivänJälkeen; AmmatillinenValidation › validateAikajaksot,
 * validateLomaTilat): the shared family of src/rules/yhteiset/vos.ts, configured for TUVA. R is `options.vosRajapäivä`
 * (default 2025-12-31, production); the rules are active only when today > R. KOSKI's Finnish texts hard-code
 * "31.12.2025" whatever R is, and so do ours; the Swedish and English texts print the configured R.
 */
import { formatFinnishDate } from '../../../date'
import * as m from '../viestit'
import type { RuleMeta, Voimassaolo } from '../../../rules/types'
import { VOS_LISÄTIETO_KEY, VOS_LOMA_KEY, vosLisätieto as vosLisätietoPerhe, vosLoma as vosLomaPerhe } from '../../../rules/yhteiset'
import { ammatillisenLisätiedot, type Tuva } from './apu'

type VosKenttä = 'erityinenTuki' | 'vaikeastiVammainen' | 'vammainenJaAvustaja'

/** In force when today is after R: from 2026-01-01 with the default R. */
const VOS_VOIMASSA: Voimassaolo = {
  alkaen: '2026-01-01',
  asetus: 'option `vosRajapäivä` (KOSKI: validaatiot.ammatillinenVosUudistuksenAikajaksojenViimeinenKäyttöpäivä, production 2025-12-31): in force when today is after it',
}

/** One rule per retired lisätieto of the ammatillinen lupa. */
const vosLisätieto = ({ id, kenttä }: Pick<RuleMeta, 'id'> & { readonly kenttä: VosKenttä }) => {
  const nimi = m.vosLisätiedonNimi[kenttä]!
  return vosLisätietoPerhe<Tuva>({
    id,
    what: `ammatillinen lupa, after \`vosRajapäivä\`: no \`${kenttä}\` in a study right starting later, no period starting later`,
    keys: [VOS_LISÄTIETO_KEY],
    severity: 'error',
    source: {
      koski: 'TutkintokoulutukseenValmentavaKoulutusValidation.validateAikajaksotJaTilatAmmatillisenVosUudistuksenRajapäivänJälkeen',
      muutoshistoria: ['2025-10-03', '2025-10-20'],
    },
    voimassa: VOS_VOIMASSA,
    kenttä,
    jaksot: (oo) => ammatillisenLisätiedot(oo)?.[kenttä],
    viestit: {
      alkavalleOpiskeluoikeudelle: (r) => m.lisätietoRajapäivänJälkeenAlkavaOpiskeluoikeus(nimi, formatFinnishDate(r)),
      jaksoAlkaa: (r) => m.lisätietoAlkaaRajapäivänJälkeen(nimi, formatFinnishDate(r)),
    },
  })
}

/** T-VOS-1: `erityinenTuki`. */
export const vosErityinenTuki = vosLisätieto({ id: 'T-VOS-1', kenttä: 'erityinenTuki' })
/** T-VOS-2: `vaikeastiVammainen` (of the ammatillinen lupa; the perusopetus lupa's field is not retired). */
export const vosVaikeastiVammainen = vosLisätieto({ id: 'T-VOS-2', kenttä: 'vaikeastiVammainen' })
/** T-VOS-3: `vammainenJaAvustaja`. */
export const vosVammainenJaAvustaja = vosLisätieto({ id: 'T-VOS-3', kenttä: 'vammainenJaAvustaja' })

/**
 * T-VOS-4: every `loma` jakso starts on or before R and is followed by a jakso starting on or before R + 1 day (so a
 * `loma` that is the last jakso always fails). The first failure is reported. Whatever the järjestämislupa: KOSKI runs
 * validateLomaTilat on every TUVA study right, so under another lupa a late `loma` gets this error besides T-TILA-2.
 */
export const vosLoma = vosLomaPerhe<Tuva>({
  id: 'T-VOS-4',
  what: 'no `loma` in force after `vosRajapäivä`, under every lupa as in KOSKI (another lupa also gets T-TILA-2)',
  keys: [VOS_LOMA_KEY],
  severity: 'error',
  source: { koski: 'AmmatillinenValidation.validateLomaTilat', muutoshistoria: ['2025-10-03', '2025-10-20'] },
  voimassa: VOS_VOIMASSA,
  viesti: (r) => m.lomaTilaRajapäivänJälkeen(formatFinnishDate(r)),
})
