/** G-DATE-1/2 — the study right's own dates (DateValidation.scala › validateOpiskeluoikeudenPäivämäärät). */
import { error } from '../../finding'
import * as m from '../../messages/yleiset'
import { alkamispäivä, ooPath, päättymispäivä, suoritusPath } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import type { Rule } from '../types'

/** G-DATE-1: alkamispäivä (first jakso) ≤ päättymispäivä (last jakso when final). */
export const päättymispäiväEnnenAlkamispäivää: Rule<OpiskeluoikeusLike> = {
  id: 'G-DATE-1',
  what: 'alkamispäivä (first jakso) on or before päättymispäivä (a final last jakso)',
  keys: ['badRequest.validation.date.päättymisPäiväEnnenAlkamispäivää'],
  severity: 'error',
  source: { koski: 'DateValidation.validateOpiskeluoikeudenPäivämäärät' },
  check: (oo, ctx) => {
    const a = alkamispäivä(oo)
    const p = päättymispäivä(oo)
    return a !== undefined && p !== undefined && p < a
      ? [error('G-DATE-1', 'badRequest.validation.date.päättymisPäiväEnnenAlkamispäivää', ooPath(ctx.polku, 'tila.opiskeluoikeusjaksot'), m.päättymisPäiväEnnenAlkamispäivää(a, p))]
      : []
  },
}

/** G-DATE-2: alkamispäivä ≤ arvioituPäättymispäivä. */
export const arvioituPäättymispäiväEnnenAlkamispäivää: Rule<OpiskeluoikeusLike> = {
  id: 'G-DATE-2',
  what: 'alkamispäivä on or before `arvioituPäättymispäivä`',
  keys: ['badRequest.validation.date.arvioituPäättymisPäiväEnnenAlkamispäivää'],
  severity: 'error',
  source: { koski: 'DateValidation.validateOpiskeluoikeudenPäivämäärät' },
  check: (oo, ctx) => {
    const a = alkamispäivä(oo)
    const d = oo.arvioituPäättymispäivä
    return a !== undefined && d !== undefined && d < a
      ? [error('G-DATE-2', 'badRequest.validation.date.arvioituPäättymisPäiväEnnenAlkamispäivää', ooPath(ctx.polku, 'arvioituPäättymispäivä'), m.arvioituPäättymisPäiväEnnenAlkamispäivää(a, d))]
      : []
  },
}

/**
 * G-DATE-3: the study right's alkamispäivä (first jakso) ≤ every päätason suoritus' `alkamispäivä` (only classes whose
 * päätaso has the field: ammatillinen). One finding per päätaso that starts earlier.
 */
export const suorituksenAlkamispäiväEnnenOpiskeluoikeutta: Rule<OpiskeluoikeusLike> = {
  id: 'G-DATE-3',
  what: "the study right's alkamispäivä on or before each päätason suoritus' `alkamispäivä`",
  keys: ['badRequest.validation.date.suorituksenAlkamispäiväEnnenOpiskeluoikeudenAlkamispäivää'],
  severity: 'error',
  source: { koski: 'DateValidation.validateOpiskeluoikeudenPäivämäärät' },
  check: (oo, ctx) => {
    const a = alkamispäivä(oo)
    if (a === undefined) return []
    return oo.suoritukset.flatMap((s, i) =>
      s.alkamispäivä !== undefined && s.alkamispäivä < a
        ? [
            error(
              'G-DATE-3',
              'badRequest.validation.date.suorituksenAlkamispäiväEnnenOpiskeluoikeudenAlkamispäivää',
              suoritusPath(ctx.polku, i).kenttä('alkamispäivä'),
              m.suorituksenAlkamispäiväEnnenOpiskeluoikeudenAlkamispäivää(a, s.alkamispäivä),
            ),
          ]
        : [],
    )
  },
}
