/**
 * Two warnings on the lisätiedot of any study-right type, written once and configured per type (each type gives the
 * rule's metadata — id, keys, source with its instruction — and the citation its messages carry). They read
 * `lisätiedot` structurally, so any type with a `lisätiedot` object can list them:
 *
 * - {@link tyhjätLisätietolistat}: a lisätieto list sent empty (`[]`). The instructions: "Jos oppijalla ei ole alla
 *   mainittua lisätietoa, KOSKI-palvelun opiskeluoikeudella ei pitäisi näkyä kyseistä kenttää ollenkaan" (TUVA: seed
 *   004). A boolean `false` is KOSKI's default for a flag and is fine; only lists are looked at.
 * - {@link lisätietojaksotVoimassaolonSisällä}: a lisätieto period (an object with `alku` and/or `loppu`, alone or in
 *   a list) lying wholly outside the study right: ending before its alkamispäivä, or starting after its
 *   päättymispäivä. Fields with rules of their own are left out (`ohitettavat`: for free education MK-JAKSO-1 and
 *   MK-PID-1). The message never quotes the period's dates (some lisätiedot are special-category data).
 */
import { warning, type Finding, type Message } from '../../finding'
import { getOwn, isRecord } from '../../codecs/schema'
import { lisätietoPath, päättymispäivä } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import { NO_FINDINGS, type Rule, type RuleMeta } from '../types'
import * as m from '../../messages/yleiset'

/** A study right whose `lisätiedot` is read structurally. */
export type LisätiedollinenOpiskeluoikeus = OpiskeluoikeusLike & { readonly lisätiedot?: unknown }

export interface LisätietoSääntöAsetukset extends RuleMeta {
  /** The citation of the instruction, put at the end of each message (`ohjeViite(otsikko, kohta)`). */
  readonly viite: Message
}

export interface LisätietojaksoAsetukset extends LisätietoSääntöAsetukset {
  /** Fields not looked at (checked by rules of their own). */
  readonly ohitettavat?: readonly string[]
}

/** The warning: every lisätiedot field whose value is an empty list, at `lisätiedot.<field>`. */
export function tyhjätLisätietolistat<A extends LisätiedollinenOpiskeluoikeus>({ viite, ...meta }: LisätietoSääntöAsetukset): Rule<A> {
  const key = meta.keys[0]!
  return {
    ...meta,
    check: (oo, ctx) => {
      const lt = oo.lisätiedot
      if (!isRecord(lt)) return NO_FINDINGS
      let findings: Finding[] | undefined
      for (const field of Object.keys(lt)) {
        const v = getOwn(lt, field)
        if (Array.isArray(v) && v.length === 0) (findings ??= []).push(warning(meta.id, key, lisätietoPath(ctx.path, field), m.tyhjäLisätietolista(field, viite)))
      }
      return findings ?? NO_FINDINGS
    },
  }
}

/** A lisätieto period (an object with `alku` or `loppu`, decoded: calendar dates) lying wholly before `a` or after `p`. */
const ulkona = (u: unknown, a: string, p: string | undefined): 'ennen' | 'jälkeen' | undefined => {
  if (!isRecord(u)) return undefined
  const loppu = getOwn(u, 'loppu')
  if (typeof loppu === 'string' && loppu < a) return 'ennen'
  if (p === undefined) return undefined
  const alku = getOwn(u, 'alku')
  return typeof alku === 'string' && alku > p ? 'jälkeen' : undefined
}

/** The warning: every lisätieto period wholly before the alkamispäivä or wholly after the päättymispäivä. */
export function lisätietojaksotVoimassaolonSisällä<A extends LisätiedollinenOpiskeluoikeus>({ viite, ohitettavat = [], ...meta }: LisätietojaksoAsetukset): Rule<A> {
  const key = meta.keys[0]!
  const ohitetaan: ReadonlySet<string> = new Set(ohitettavat)
  return {
    ...meta,
    check: (oo, ctx) => {
      const lt = oo.lisätiedot
      // the first day: the earliest jakso alku (= alkamispäivä when the jaksot are in order; else G-JAKSO-1 is reported)
      let a: string | undefined
      for (const j of oo.tila.opiskeluoikeusjaksot) if (a === undefined || j.alku < a) a = j.alku
      if (!isRecord(lt) || a === undefined) return NO_FINDINGS
      const p = päättymispäivä(oo)
      let findings: Finding[] | undefined
      for (const field of Object.keys(lt)) {
        if (ohitetaan.has(field)) continue
        const v = getOwn(lt, field)
        const push = (missä: 'ennen' | 'jälkeen', i?: number): void => {
          ;(findings ??= []).push(warning(meta.id, key, lisätietoPath(ctx.path, field, i), m.lisätietojaksoOpiskeluoikeudenUlkopuolella(field, missä, a!, p, viite)))
        }
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) {
            const missä = ulkona(v[i], a, p)
            if (missä !== undefined) push(missä, i)
          }
        } else {
          const missä = ulkona(v, a, p)
          if (missä !== undefined) push(missä)
        }
      }
      return findings ?? NO_FINDINGS
    },
  }
}

