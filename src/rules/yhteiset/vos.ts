/**
 * The 2025 vocational (VOS) reform cut-offs — one family, configured per study-right type: TUVA's ammatillinen lupa
 * (T-VOS-1..4, TutkintokoulutukseenValmentavaKoulutusValidation ›
 * validateAikajaksotJaTilatAmmatillisenVosUudistuksenRajapäivänJälkeen) and ammatillinen (A-VOS-1..4:
 * `opiskeluvalmiuksiaTukevatOpinnot`, `erityinenTuki`, `vaikeastiVammainen`, `vammainenJaAvustaja`, loma; A-VOS-5
 * `henkilöstökoulutus`), all by AmmatillinenValidation › validateAikajaksot, validateLomaTilat (and the
 * henkilöstökoulutus check beside them). Three factories: {@link vosLisätieto}, {@link vosLoma},
 * {@link vosEiRajapäivänJälkeenAlkavalle}.
 *
 * The date is data, not code: R = `options.vosRajapäivä` (KOSKI's
 * `ammatillinenVosUudistuksenAikajaksojenViimeinenKäyttöpäivä`, production 2025-12-31), and the rules are in force
 * only when `today` > R. KOSKI's Finnish texts hard-code "31.12.2025" whatever R is; the messages receive R (ISO) and
 * print it as they choose.
 */
import { addDaysToDate } from '../../date'
import { error, type Message } from '../../finding'
import { alkamispäivä, jaksoPath, lisätietoPath } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import { NO_FINDINGS, type Rule, type RuleContext, type RuleMeta } from '../types'

export const VOS_LISÄTIETO_KEY = 'badRequest.validation.ammatillinen.lisätietoRajapäivänJälkeen'
export const VOS_LOMA_KEY = 'badRequest.validation.ammatillinen.lomaTilaRajapäivänJälkeen'

/** R: the last day the retired lisätiedot and `loma` may be in force (`options.vosRajapäivä`). */
export const vosRajapäivä = (ctx: RuleContext): string => ctx.options.vosRajapäivä

/** Whether the cut-off rules are in force: today > R. */
export const vosVoimassa = (ctx: RuleContext): boolean => ctx.today > vosRajapäivä(ctx)

export interface VosLisätietoAsetukset<A> extends RuleMeta {
  /** The field of `lisätiedot` (for the path). */
  readonly kenttä: string
  /** Its periods in this study right (`undefined` when the field is absent or the class has none). */
  readonly jaksot: (oo: A) => readonly { readonly alku: string }[] | undefined
  readonly viestit: {
    /** (a) the study right starts after R (R as ISO date). */
    readonly alkavalleOpiskeluoikeudelle: (rajapäivä: string) => Message
    /** (b) a period starts after R. */
    readonly jaksoAlkaa: (rajapäivä: string) => Message
  }
}

/**
 * A retired lisätieto: (a) a study right starting after R may not have it at all (error at the list); (b) otherwise
 * no period may start after R (its loppu may be later; error at the first such period). One error per list.
 */
export function vosLisätieto<A extends OpiskeluoikeusLike>({ kenttä, jaksot, viestit, ...meta }: VosLisätietoAsetukset<A>): Rule<A> {
  return {
    ...meta,
    check: (oo, ctx) => {
      if (!vosVoimassa(ctx)) return NO_FINDINGS
      const lista = jaksot(oo)
      if (lista === undefined || lista.length === 0) return NO_FINDINGS
      const r = vosRajapäivä(ctx)
      const alku = alkamispäivä(oo)
      if (alku !== undefined && alku > r) return [error(meta.id, VOS_LISÄTIETO_KEY, lisätietoPath(ctx.path, kenttä), viestit.alkavalleOpiskeluoikeudelle(r))]
      const i = lista.findIndex((j) => j.alku > r)
      return i < 0 ? NO_FINDINGS : [error(meta.id, VOS_LISÄTIETO_KEY, lisätietoPath(ctx.path, kenttä, i), viestit.jaksoAlkaa(r))]
    },
  }
}

export interface VosLomaAsetukset extends RuleMeta {
  /** The message (R as ISO date). */
  readonly viesti: (rajapäivä: string) => Message
}

/**
 * `loma` after R: walking the jaksot in order, every `loma` jakso starts on or before R and is followed by a jakso
 * starting on or before R + 1 day (so a `loma` that is the last jakso always fails). The first failure is reported.
 */
export function vosLoma<A extends OpiskeluoikeusLike>({ viesti, ...meta }: VosLomaAsetukset): Rule<A> {
  return {
    ...meta,
    check: (oo, ctx) => {
      if (!vosVoimassa(ctx)) return NO_FINDINGS
      const jaksot = oo.tila.opiskeluoikeusjaksot
      const r = vosRajapäivä(ctx)
      let seuraavaViimeistään: string | undefined
      for (let i = 0; i < jaksot.length; i++) {
        if (jaksot[i]!.tila.koodiarvo !== 'loma') continue
        seuraavaViimeistään ??= addDaysToDate(r, 1)
        const seuraava = jaksot[i + 1]
        if (jaksot[i]!.alku > r || seuraava === undefined || seuraava.alku > seuraavaViimeistään) {
          return [error(meta.id, VOS_LOMA_KEY, jaksoPath(ctx.polku, i), viesti(r))]
        }
      }
      return NO_FINDINGS
    },
  }
}

export interface VosAlkavalleAsetukset<A> extends RuleMeta {
  /** The field of `lisätiedot` (for the path). */
  readonly kenttä: string
  /** Whether this study right uses it (e.g. ammatillinen's `lisätiedot.henkilöstökoulutus === true`, A-VOS-5). */
  readonly käytössä: (oo: A) => boolean
  /** KOSKI's key (e.g. `badRequest.validation.ammatillinen.henkilöstökoulutusRajapäivänJälkeen`). */
  readonly key: string
  /** The message (R as ISO date). */
  readonly viesti: (rajapäivä: string) => Message
}

/** A lisätieto a study right starting after R may not use at all (A-VOS-5 `henkilöstökoulutus`); error at the field. */
export function vosEiRajapäivänJälkeenAlkavalle<A extends OpiskeluoikeusLike>({ kenttä, käytössä, key, viesti, ...meta }: VosAlkavalleAsetukset<A>): Rule<A> {
  return {
    ...meta,
    check: (oo, ctx) => {
      if (!vosVoimassa(ctx) || !käytössä(oo)) return NO_FINDINGS
      const r = vosRajapäivä(ctx)
      const alku = alkamispäivä(oo)
      return alku !== undefined && alku > r ? [error(meta.id, key, lisätietoPath(ctx.path, kenttä), viesti(r))] : NO_FINDINGS
    },
  }
}
