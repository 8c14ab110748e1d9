/**
 * T-ERO-1 — a study right with a `katsotaaneronneeksi` jakso has every osasuoritus assessed
 * (KoskiValidator › validateArviointienOlemassaolo). KOSKI answers once; the path names the first unassessed one.
 */
import { error } from '../../../finding'
import * as m from '../viestit'
import { eachOsasuoritus, suoritusPath } from '../../../rules/helpers'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import type { Tuva } from './apu'

/** T-ERO-1: any `katsotaaneronneeksi` jakso ⇒ every osasuoritus, at any depth (104's kurssit too), has an arviointi (also when tunnustettu). */
export const eronneenArvioinnit: Rule<Tuva> = {
  id: 'T-ERO-1',
  what: '`katsotaaneronneeksi` ⇒ every osasuoritus (and 104 kurssi) assessed',
  keys: ['badRequest.validation.tila.eronneeksiKatsotunOpiskeluoikeudenArvioinnit'],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateArviointienOlemassaolo', muutoshistoria: ['2022-06-01'] },
  check: (oo, ctx) => {
    if (!oo.tila.opiskeluoikeusjaksot.some((j) => j.tila.koodiarvo === 'katsotaaneronneeksi')) return NO_FINDINGS
    let first: string | undefined
    oo.suoritukset.forEach((s, i) => {
      eachOsasuoritus(s, suoritusPath(ctx.path, i), (os, path) => {
        if (first === undefined && (os.arviointi?.length ?? 0) === 0) first = path
      })
    })
    return first === undefined
      ? NO_FINDINGS
      : [error('T-ERO-1', 'badRequest.validation.tila.eronneeksiKatsotunOpiskeluoikeudenArvioinnit', first, m.eronneeksiKatsotunOpiskeluoikeudenArvioinnit)]
  },
}
