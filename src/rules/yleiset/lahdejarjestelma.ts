/** G-LJ-1, G-LJ-3, G-LJ-4 — the source-system link (KoskiValidator.scala › validateLähdejärjestelmä, LahdejarjestelmakytkennanPurkaminenValidation.scala). */
import { at } from '../../codecs/schema'
import { error, warning, type Finding } from '../../finding'
import * as m from '../../messages/yleiset'
import { onPäättäväTila, ooPath } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import type { Rule } from '../types'

/**
 * G-LJ-1: a palvelukäyttäjä (every vendor's transfer; option `serviceUser`, default true) must send
 * `lähdejärjestelmänId`. Without its `id` KOSKI cannot match the stored study right: a warning.
 */
export const lähdejärjestelmäIdPuuttuu: Rule<OpiskeluoikeusLike> = {
  id: 'G-LJ-1',
  what: 'a palvelukäyttäjä (option `serviceUser`) sends `lähdejärjestelmänId`; without its `id` a warning (KOSKI cannot match the stored study right)',
  keys: ['forbidden.lähdejärjestelmäIdPuuttuu', 'koskiValidation.lähdejärjestelmäIdIlmanTunnistetta'],
  severity: ['error', 'warning'],
  source: { koski: 'KoskiValidator.validateLähdejärjestelmä' },
  check: (oo, ctx) => {
    if (!ctx.options.serviceUser) return []
    if (oo.lähdejärjestelmänId === undefined) {
      return [error('G-LJ-1', 'forbidden.lähdejärjestelmäIdPuuttuu', ooPath(ctx.polku, 'lähdejärjestelmänId'), m.lähdejärjestelmäIdPuuttuu)]
    }
    return oo.lähdejärjestelmänId.id === undefined
      ? [warning('G-LJ-1', 'lähdejärjestelmäIdIlmanTunnistetta', ooPath(ctx.polku, 'lähdejärjestelmänId.id'), m.lähdejärjestelmäIdIlmanTunnistetta)]
      : []
  },
}

/** `s` without its trailing zeros (a loop: `/0+$/` was quadratic on `"0"×n + "1"`). */
const ilmanLoppunollia = (s: string): string => {
  let loppu = s.length
  while (loppu > 0 && s.charCodeAt(loppu - 1) === 0x30) loppu--
  return s.slice(0, loppu)
}

/**
 * A LocalDateTime in one form (`…T10:00` = `…T10:00:00` = `…T10:00:00.000`), so that equal times compare equal, as in
 * KOSKI. The stored `purettu` of `previous` is not validated: a text longer than any timestamp is compared as it is.
 */
const aikaleima = (u: unknown): string | undefined => {
  if (typeof u !== 'string') return undefined
  if (u.length > 64) return u
  const [päivä, aika = ''] = u.split('T')
  const [hh = '', mm = '', ss = '00'] = aika.split(':')
  const [sekunnit = '00', osa = ''] = ss.split('.')
  return `${päivä}T${hh}:${mm}:${sekunnit}.${ilmanLoppunollia(osa)}`
}

/**
 * G-LJ-3: `lähdejärjestelmäkytkentäPurettu` is set in KOSKI's UI only (LahdejarjestelmakytkennanPurkaminenValidation):
 * - present on a study right without any final jakso → terminaalitilaaEiSaaPurkaa;
 * - a study right without `oid` (a new one, or one found by lähdejärjestelmänId) with it → purkaminenEiSallittu;
 * - with an `oid` KOSKI compares with the stored version (option `previous`): added → purkaminenEiSallittu; removed,
 *   changed, or sent unchanged together with `lähdejärjestelmänId` → muuttaminenEiSallittu. Without `previous`, only
 *   the last case is known to be wrong whatever is stored (purkaminen or muuttaminen: reported as muuttaminen).
 */
export const lähdejärjestelmäkytkennänPurkaminen: Rule<OpiskeluoikeusLike> = {
  id: 'G-LJ-3',
  what: '`lähdejärjestelmäkytkentäPurettu` is set in KOSKI\'s UI only: not on an active study right, not added, changed or removed by a transfer',
  keys: [
    'badRequest.validation.tila.terminaalitilaaEiSaaPurkaa',
    'forbidden.lähdejärjestelmäkytkennänPurkaminenEiSallittu',
    'forbidden.lähdejärjestelmäkytkennänMuuttaminenEiSallittu',
  ],
  severity: 'error',
  source: { koski: 'LahdejarjestelmakytkennanPurkaminenValidation.validateTiedonsiirto', muutoshistoria: ['2024-11'] },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    const path = ooPath(ctx.polku, 'lähdejärjestelmäkytkentäPurettu')
    const current = oo.lähdejärjestelmäkytkentäPurettu
    if (current !== undefined && !oo.tila.opiskeluoikeusjaksot.some((j) => onPäättäväTila(j.tila.koodiarvo))) {
      findings.push(error('G-LJ-3', 'badRequest.validation.tila.terminaalitilaaEiSaaPurkaa', ooPath(ctx.polku, 'tila.opiskeluoikeusjaksot'), m.terminaalitilaaEiSaaPurkaa))
    }
    const purkaminen = () => error('G-LJ-3', 'forbidden.lähdejärjestelmäkytkennänPurkaminenEiSallittu', path, m.lähdejärjestelmäkytkennänPurkaminenEiSallittu)
    const muuttaminen = () => error('G-LJ-3', 'forbidden.lähdejärjestelmäkytkennänMuuttaminenEiSallittu', path, m.lähdejärjestelmäkytkennänMuuttaminenEiSallittu)
    if (oo.oid === undefined) {
      if (current !== undefined) findings.push(purkaminen())
      return findings
    }
    if (ctx.options.previous === undefined) {
      if (current !== undefined && oo.lähdejärjestelmänId !== undefined) findings.push(muuttaminen())
      return findings
    }
    const stored = at(ctx.previous, 'lähdejärjestelmäkytkentäPurettu')
    const hadStored = stored !== undefined && stored !== null
    if (current === undefined) {
      if (hadStored) findings.push(muuttaminen())
    } else if (!hadStored) findings.push(purkaminen())
    else if (aikaleima(at(stored, 'purettu')) !== aikaleima(current.purettu) || oo.lähdejärjestelmänId !== undefined) findings.push(muuttaminen())
    return findings
  },
}

/**
 * G-LJ-4: a stored `lähdejärjestelmänId` may change but not disappear — unless the link is broken
 * (`lähdejärjestelmäkytkentäPurettu`, OpiskeluoikeusChangeValidator). Needs `previous`.
 */
export const lähdejärjestelmäIdPoistettu: Rule<OpiskeluoikeusLike> = {
  id: 'G-LJ-4',
  what: 'with `previous`: a stored `lähdejärjestelmänId` may change but not disappear (unless the link is broken)',
  keys: ['forbidden.kiellettyMuutos'],
  severity: 'error',
  source: { koski: 'OpiskeluoikeusChangeValidator.validateLähdejärjestelmäIdnPoisto' },
  needs: ['previous'],
  check: (oo, ctx) => {
    const previous = at(ctx.previous, 'lähdejärjestelmänId')
    return previous !== undefined && previous !== null && oo.lähdejärjestelmänId === undefined && oo.lähdejärjestelmäkytkentäPurettu === undefined
      ? [error('G-LJ-4', 'forbidden.kiellettyMuutos', ooPath(ctx.polku, 'lähdejärjestelmänId'), m.lähdejärjestelmäIdPoistettu)]
      : []
  },
}
