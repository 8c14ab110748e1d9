/** G-LJ-1, G-LJ-3, G-LJ-4 — the source-system link (KoskiValidator.scala › validateLähdejärjestelmä, LahdejarjestelmakytkennanPurkaminenValidation.scala). */
import { at } from '../../codecs/schema'
import { error, warning, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { ooPath, päättymispäivä } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import type { Rule } from '../types'

/**
 * G-LJ-1: a palvelukäyttäjä (every vendor's transfer; option `serviceUser`, default true) must send
 * `lähdejärjestelmänId`. Without its `id` KOSKI cannot match the stored study right: a warning.
 */
export const lähdejärjestelmäIdPuuttuu: Rule<OpiskeluoikeusLike> = {
  id: 'G-LJ-1',
  check: (oo, ctx) => {
    if (!ctx.options.serviceUser) return []
    if (oo.lähdejärjestelmänId === undefined) {
      return [error('G-LJ-1', 'forbidden.lähdejärjestelmäIdPuuttuu', ooPath(ctx.path, 'lähdejärjestelmänId'), m.lähdejärjestelmäIdPuuttuu)]
    }
    return oo.lähdejärjestelmänId.id === undefined
      ? [warning('G-LJ-1', 'lähdejärjestelmäIdIlmanTunnistetta', ooPath(ctx.path, 'lähdejärjestelmänId.id'), m.lähdejärjestelmäIdIlmanTunnistetta)]
      : []
  },
}

/**
 * G-LJ-3: `lähdejärjestelmäkytkentäPurettu` is set in KOSKI's UI only. Sending it for a new study right or adding it
 * → purkaminenEiSallittu; changing or removing it, or sending it with `lähdejärjestelmänId` → muuttaminenEiSallittu;
 * on a study right without a final state → terminaalitilaaEiSaaPurkaa.
 */
export const lähdejärjestelmäkytkennänPurkaminen: Rule<OpiskeluoikeusLike> = {
  id: 'G-LJ-3',
  check: (oo, ctx) => {
    const findings: Finding[] = []
    const path = ooPath(ctx.path, 'lähdejärjestelmäkytkentäPurettu')
    const current = oo.lähdejärjestelmäkytkentäPurettu
    const previous = at(ctx.previous, 'lähdejärjestelmäkytkentäPurettu')
    const hadPrevious = previous !== undefined && previous !== null
    if (current === undefined) {
      if (hadPrevious) findings.push(error('G-LJ-3', 'forbidden.lähdejärjestelmäkytkennänMuuttaminenEiSallittu', path, m.lähdejärjestelmäkytkennänMuuttaminenEiSallittu))
      return findings
    }
    const uusi = ctx.previous === undefined && oo.oid === undefined
    if (uusi || (ctx.previous !== undefined && !hadPrevious)) {
      findings.push(error('G-LJ-3', 'forbidden.lähdejärjestelmäkytkennänPurkaminenEiSallittu', path, m.lähdejärjestelmäkytkennänPurkaminenEiSallittu))
    } else if ((hadPrevious && at(previous, 'purettu') !== current.purettu) || oo.lähdejärjestelmänId !== undefined) {
      findings.push(error('G-LJ-3', 'forbidden.lähdejärjestelmäkytkennänMuuttaminenEiSallittu', path, m.lähdejärjestelmäkytkennänMuuttaminenEiSallittu))
    }
    if (päättymispäivä(oo) === undefined) {
      findings.push(error('G-LJ-3', 'badRequest.validation.tila.terminaalitilaaEiSaaPurkaa', ooPath(ctx.path, 'tila.opiskeluoikeusjaksot'), m.terminaalitilaaEiSaaPurkaa))
    }
    return findings
  },
}

/** G-LJ-4: a stored `lähdejärjestelmänId` may change but not disappear. Needs `previous`. */
export const lähdejärjestelmäIdPoistettu: Rule<OpiskeluoikeusLike> = {
  id: 'G-LJ-4',
  needs: ['previous'],
  check: (oo, ctx) => {
    const previous = at(ctx.previous, 'lähdejärjestelmänId')
    return previous !== undefined && previous !== null && oo.lähdejärjestelmänId === undefined
      ? [error('G-LJ-4', 'forbidden.kiellettyMuutos', ooPath(ctx.path, 'lähdejärjestelmänId'), m.lähdejärjestelmäIdPoistettu)]
      : []
  },
}
