/**
 * The transition's rules, on structural types (src/rules/shapes.ts) so that each type wires them in one line:
 *
 * - KOSKI's errors X-VALMA-1 (ammatillinen with a VALMA päätaso) and X-LISÄ-1 (perusopetuksen lisäopetus): no jakso
 *   may start on or after the cut-off of KOSKI's version in force on `today` ({@link tilarajaPäivänä}); KOSKI checks them
 *   in validatePäätasonSuoritukset, before its other rules, and answers nothing else when one fails
 *   ({@link ennenMuita});
 * - the instruction's warnings (seed 001, ours): X-SIIRT-1 a LUVA/VALMA/lisäopetus study right starting on or after
 *   1.8.2022; X-SIIRT-2 a LUVA study right open after 31.7.2023 or ending after it; X-SIIRT-3 a TUVA study right
 *   starting before 1.8.2022 for a learner moving from one of them, X-SIIRT-4 a TUVA study right although the earlier
 *   one's studies were all completed (both need `storedStudyRights`, read with {@link siirtymäsäännös}).
 */
import { error, warning, type Viesti } from '../finding'
import * as m from '../messages/siirtyma'
import { OHJE_TUVA_UKK } from '../rules/lahteet'
import { alkamispäivä, jaksoPath, päättymispäivä, viimeinenTila } from '../rules/helpers'
import type { OpiskeluoikeusLike } from '../rules/shapes'
import { NO_FINDINGS, type ContextNeed, type Rule, type RuleMeta } from '../rules/types'
import { addDaysToDate } from '../date'
import { SIIRTYMÄN_RAJAPÄIVÄT, tilarajaPäivänä, VALMA_JA_LISÄOPETUKSEN_TILARAJAT } from './rajapaivat'
import { raakaAlkamispäivä, siirtymäsäännös, siirtymänKoulutus, type SiirtymänKoulutus } from './siirtymasaannos'

const OHJE = { ...OHJE_TUVA_UKK, kohta: 'Siirtymäsäännöksen piirissä olevat opiskelijat' } as const
const TILARAJAN_HISTORIA = VALMA_JA_LISÄOPETUKSEN_TILARAJAT.map((r) => r.muutoshistoria)

export const VALMA_TILA_KEY = 'badRequest.validation.tila.valmaOpiskeluoikeudenTilaEiSallittu'
export const LISÄOPETUS_TILA_KEY = 'badRequest.validation.tila.perusopetuksenLisäopetuksenOpiskeluoikeudenTilaEiSallittu'

interface TilarajaAsetukset extends RuleMeta {
  /** Whether the study right is the rule's (VALMA: some päätaso of tyyppi valma). */
  readonly koskee: (oo: OpiskeluoikeusLike) => boolean
  readonly viesti: (raja: string) => Viesti
}

/** A jakso starting on or after the cut-off in force on `today` → one error, at the first such jakso. */
function tilaRajapäivänJälkeen<A extends OpiskeluoikeusLike>({ koskee, viesti, ...meta }: TilarajaAsetukset): Rule<A> {
  return {
    ...meta,
    check: (oo, ctx) => {
      const raja = tilarajaPäivänä(ctx.today)
      if (raja === undefined || !koskee(oo)) return NO_FINDINGS
      const i = oo.tila.opiskeluoikeusjaksot.findIndex((j) => j.alku >= raja.ensimmäinenKielletty)
      return i < 0 ? NO_FINDINGS : [error(meta.id, meta.keys[0]!, jaksoPath(ctx.polku, i), viesti(raja.ensimmäinenKielletty))]
    },
  }
}

const TILARAJAN_VOIMASSA = { alkaen: VALMA_JA_LISÄOPETUKSEN_TILARAJAT[0]!.voimassa.alkaen } as const

/** X-VALMA-1: an ammatillinen study right with a VALMA päätaso (`suoritukset[].tyyppi` valma) gets no new state on or after the cut-off (1.6.2023). */
export const valmaTilaEiSallittu: Rule<OpiskeluoikeusLike> = tilaRajapäivänJälkeen({
  id: 'X-VALMA-1',
  what: 'VALMA: no jakso starts on or after the cut-off (1.6.2023; by `today`, the versions of 2.8.2022 and 2.10.2022 before)',
  keys: [VALMA_TILA_KEY],
  severity: 'error',
  source: { koski: 'KoskiValidator.validatePäätasonSuoritukset', muutoshistoria: TILARAJAN_HISTORIA },
  voimassa: TILARAJAN_VOIMASSA,
  koskee: (oo) => oo.suoritukset.some((s) => s.tyyppi.koodiarvo === 'valma'),
  viesti: m.valmaTilaEiSallittu,
})

/** X-LISÄ-1: a perusopetuksen lisäopetus study right gets no new state on or after the cut-off (1.6.2023). */
export const perusopetuksenLisäopetuksenTilaEiSallittu: Rule<OpiskeluoikeusLike> = tilaRajapäivänJälkeen({
  id: 'X-LISÄ-1',
  what: 'perusopetuksen lisäopetus: no jakso starts on or after the cut-off (1.6.2023; by `today`, the versions of 2.8.2022 and 2.10.2022 before)',
  keys: [LISÄOPETUS_TILA_KEY],
  severity: 'error',
  source: { koski: 'KoskiValidator.validatePäätasonSuoritukset', muutoshistoria: TILARAJAN_HISTORIA },
  voimassa: TILARAJAN_VOIMASSA,
  koskee: (oo) => oo.suoritukset.some((s) => s.tyyppi.koodiarvo === 'perusopetuksenlisaopetus'),
  viesti: m.perusopetuksenLisäopetuksenTilaEiSallittu,
})

/**
 * The rules `säännöt`, run only when `portti` finds nothing: KOSKI's validatePäätasonSuoritukset short-circuits, so a
 * study right that fails X-VALMA-1 or X-LISÄ-1 gets that error alone. The metadata of each rule is kept as it is.
 */
export function ennenMuita<A extends OpiskeluoikeusLike>(portti: Rule<A>, säännöt: readonly Rule<A>[]): readonly Rule<A>[] {
  return [
    portti,
    ...säännöt.map((r): Rule<A> => ({ ...r, check: (oo, ctx) => (portti.check(oo, ctx).length > 0 ? NO_FINDINGS : r.check(oo, ctx)) })),
  ]
}

/** X-SIIRT-1 configured for a type: a study right of `koulutus` starting on or after 1.8.2022. */
export function uusiSiirtymänKoulutus<A extends OpiskeluoikeusLike>(koulutus: SiirtymänKoulutus, koskee: (oo: A) => boolean = () => true): Rule<A> {
  return {
    id: 'X-SIIRT-1',
    what: 'LUVA, VALMA or perusopetuksen lisäopetus starting on or after 1.8.2022: not created any more (a TUVA study right is)',
    keys: ['koskiValidation.siirtyma.uusiOpiskeluoikeusSiirtymanJalkeen'],
    severity: 'warning',
    source: { ohje: OHJE, catalogue: [] },
    check: (oo, ctx) => {
      const alku = alkamispäivä(oo)
      if (alku === undefined || alku < SIIRTYMÄN_RAJAPÄIVÄT.uusiaEiLuodaAlkaen.päivä || !koskee(oo)) return NO_FINDINGS
      return [warning('X-SIIRT-1', 'koskiValidation.siirtyma.uusiOpiskeluoikeusSiirtymanJalkeen', jaksoPath(ctx.polku, 0), m.uusiSiirtymänKoulutus(koulutus, alku))]
    },
  }
}

/**
 * X-SIIRT-2: a LUVA study right ending in a final state after 31.7.2023, or — when `today` is after 31.7.2023 — still
 * open (its last state not final). At the last jakso.
 */
export const luvaSiirtymäajanJälkeen: Rule<OpiskeluoikeusLike> = {
  id: 'X-SIIRT-2',
  what: 'LUVA open after 31.7.2023 (by `today`) or ending in a final state after it: active LUVA study rights end by 31.7.2023',
  keys: ['koskiValidation.siirtyma.luvaSiirtymaajanJalkeen'],
  severity: 'warning',
  source: { ohje: OHJE, catalogue: [] },
  check: (oo, ctx) => {
    const raja = SIIRTYMÄN_RAJAPÄIVÄT.luvaViimeistään.päivä
    const jaksot = oo.tila.opiskeluoikeusjaksot
    const viimeinen = jaksot.length - 1
    if (viimeinen < 0 || viimeinenTila(oo) === 'mitatoity') return NO_FINDINGS
    const loppu = päättymispäivä(oo)
    if (loppu !== undefined) return loppu > raja ? [warning('X-SIIRT-2', 'koskiValidation.siirtyma.luvaSiirtymaajanJalkeen', jaksoPath(ctx.polku, viimeinen), m.luvaSiirtymäajanJälkeen(true, loppu))] : NO_FINDINGS
    return ctx.today > raja ? [warning('X-SIIRT-2', 'koskiValidation.siirtyma.luvaSiirtymaajanJalkeen', jaksoPath(ctx.polku, viimeinen), m.luvaSiirtymäajanJälkeen(false, raja))] : NO_FINDINGS
  },
}

/** The stored LUVA/VALMA/lisäopetus study rights with a start, other than `oo` itself (by oid), each with the helper's answer for `oo`. */
function aiemmat(oo: OpiskeluoikeusLike, tallennetut: readonly unknown[]): { readonly koulutus: SiirtymänKoulutus; readonly vastaus: ReturnType<typeof siirtymäsäännös> }[] {
  const out: { koulutus: SiirtymänKoulutus; vastaus: ReturnType<typeof siirtymäsäännös> }[] = []
  for (const s of tallennetut) {
    const koulutus = siirtymänKoulutus(s)
    // one that shows no start (no jakso with an alku) tells nothing of the transition
    if (koulutus === undefined || raakaAlkamispäivä(s) === undefined) continue
    const oid = (s as { oid?: unknown } | null)?.oid
    if (oo.oid !== undefined && oid === oo.oid) continue
    out.push({ koulutus, vastaus: siirtymäsäännös(s, oo) })
  }
  return out
}

const STORED: readonly ContextNeed[] = ['storedStudyRights']
const EI_MITÄÄN: readonly ContextNeed[] = []
/** The day after the LUVA transition period (31.7.2023): the last day anyone studies under the old forms. */
const SIIRTYMÄN_JÄLKEEN = addDaysToDate(SIIRTYMÄN_RAJAPÄIVÄT.luvaViimeistään.päivä, 1)
const alkaaEnnen = (oo: OpiskeluoikeusLike, päivä: string): boolean => {
  const alku = alkamispäivä(oo)
  return alku !== undefined && alku < päivä
}

const tallennetut = (ctx: { readonly options: { readonly storedStudyRights: readonly unknown[] | undefined } }): readonly unknown[] => ctx.options.storedStudyRights ?? []

/** X-SIIRT-3: a TUVA study right starting before 1.8.2022 while the learner moves from a LUVA/VALMA/lisäopetus study right active at the transition. */
export const tuvaAlkaaEnnenSiirtymää: Rule<OpiskeluoikeusLike> = {
  id: 'X-SIIRT-3',
  what: 'TUVA starting before 1.8.2022 for a learner moving from LUVA/VALMA/lisäopetus (the stored study rights show it)',
  keys: ['koskiValidation.siirtyma.tuvaAlkaaEnnenSiirtymaa'],
  severity: 'warning',
  needs: ['storedStudyRights'],
  // only a TUVA study right starting before 1.8.2022 can get it: only then are the stored study rights needed
  needsFor: (oo) => (alkaaEnnen(oo, SIIRTYMÄN_RAJAPÄIVÄT.tuvaAlkaaAikaisintaan.päivä) ? STORED : EI_MITÄÄN),
  source: { ohje: OHJE, catalogue: [] },
  check: (oo, ctx) => {
    const alku = alkamispäivä(oo)
    if (alku === undefined || alku >= SIIRTYMÄN_RAJAPÄIVÄT.tuvaAlkaaAikaisintaan.päivä) return NO_FINDINGS
    const a = aiemmat(oo, tallennetut(ctx)).find((x) => x.vastaus.toimenpide === 'luoTuva')
    return a === undefined ? NO_FINDINGS : [warning('X-SIIRT-3', 'koskiValidation.siirtyma.tuvaAlkaaEnnenSiirtymaa', jaksoPath(ctx.polku, 0), m.tuvaAlkaaEnnenSiirtymää(a.koulutus, alku))]
  },
}

/** X-SIIRT-4: a TUVA study right although a stored LUVA/VALMA/lisäopetus study right shows its studies all completed (the old one is updated). */
export const tuvaVaikkaOpinnotValmiit: Rule<OpiskeluoikeusLike> = {
  id: 'X-SIIRT-4',
  what: 'TUVA (starting by 31.7.2023) although the earlier LUVA/VALMA/lisäopetus studies were all completed by 31.7.2022: the old study right is updated',
  keys: ['koskiValidation.siirtyma.tuvaVaikkaOpinnotValmiit'],
  severity: 'warning',
  needs: ['storedStudyRights'],
  // after 31.7.2023 no LUVA, VALMA or lisäopetus study right is active any more: a TUVA study right starting later is no transition
  needsFor: (oo) => (alkaaEnnen(oo, SIIRTYMÄN_JÄLKEEN) ? STORED : EI_MITÄÄN),
  source: { ohje: OHJE, catalogue: [] },
  check: (oo, ctx) => {
    if (!alkaaEnnen(oo, SIIRTYMÄN_JÄLKEEN)) return NO_FINDINGS
    const a = aiemmat(oo, tallennetut(ctx)).find((x) => x.vastaus.toimenpide === 'päivitäAiempi')
    return a === undefined ? NO_FINDINGS : [warning('X-SIIRT-4', 'koskiValidation.siirtyma.tuvaVaikkaOpinnotValmiit', jaksoPath(ctx.polku, 0), m.tuvaVaikkaOpinnotValmiit(a.koulutus))]
  },
}

/** The transition warnings on a TUVA study right (X-SIIRT-3, X-SIIRT-4). */
export const tuvanSiirtymäsäännöt: readonly Rule<OpiskeluoikeusLike>[] = [tuvaAlkaaEnnenSiirtymää, tuvaVaikkaOpinnotValmiit]
