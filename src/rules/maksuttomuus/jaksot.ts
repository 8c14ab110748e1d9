/**
 * MK-JAKSO-1/2/3 — the maksuttomuus jaksot (MaksuttomuusValidation.validateAndFillJaksot, stage 1 of KOSKI's
 * pipeline; catalogue §3.10).
 */
import { error, warning, type Finding } from '../../finding'
import { normalisoiMaksuttomuusjaksot } from '../../maksuttomuus/normalisoiMaksuttomuusjaksot'
import { OPPIVELVOLLISUUSLAKI_VOIMAAN } from '../../maksuttomuus/rajapaivat'
import * as m from '../../messages/maksuttomuus'
import { alkamispäivä, lisätietoPath } from '../helpers'
import { OHJE_TUVA_LISÄTIEDOT } from '../lahteet'
import type { Rule } from '../types'
import {
  alutVoimassaolonUlkopuolella,
  järjestysAlunMukaan,
  maksuttomuusjaksot,
  maksuttomuusjaksotKelpaavat,
  samatAlkupäivät,
  voimassaolo,
  type MaksuttomuusOpiskeluoikeus,
} from './lisatiedot'

const KEY = 'badRequest.validation'

/** MK-JAKSO-1: every maksuttomuus jakso starts inside the study right (A ≤ alku ≤ P); one error lists every offender. */
export const maksuttomuusjaksotVoimassaolonSisällä: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-JAKSO-1',
  what: 'every maksuttomuus jakso starts inside the study right (A ≤ alku ≤ P); one error lists every offender',
  keys: ['badRequest.validation'],
  severity: 'error',
  source: { koski: 'MaksuttomuusValidation.validateAndFillMaksuttomuusJaksot' },
  check: (oo, ctx) => {
    const jaksot = maksuttomuusjaksot(oo)
    if (jaksot.length === 0) return []
    const ulkopuolella = alutVoimassaolonUlkopuolella(oo, jaksot)
    return ulkopuolella.length === 0
      ? []
      : [error('MK-JAKSO-1', KEY, lisätietoPath(ctx.polku, 'maksuttomuus'), m.maksuttomuusjaksoVoimassaolonUlkopuolella(ulkopuolella, voimassaolo(oo)))]
  },
}

/** MK-JAKSO-2: no two maksuttomuus jaksot start on the same day; every duplicate start is listed. */
export const maksuttomuusjaksojenAlkupäivätEriävät: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-JAKSO-2',
  what: 'no two maksuttomuus jaksot start on the same day',
  keys: ['badRequest.validation'],
  severity: 'error',
  source: { koski: 'MaksuttomuusValidation.validateAndFillMaksuttomuusJaksot' },
  check: (oo, ctx) => {
    const samat = samatAlkupäivät(maksuttomuusjaksot(oo))
    return samat.length === 0 ? [] : [error('MK-JAKSO-2', KEY, lisätietoPath(ctx.polku, 'maksuttomuus'), m.maksuttomuusjaksoillaSamaAlkupäivä(samat))]
  },
}

/**
 * MK-JAKSO-3 (warning): KOSKI sorts the jaksot and recomputes every `loppu` (the day before the next `alku`, none for
 * the last); a sent `loppu` that differs is discarded — said here so the sender is not surprised. Only when
 * MK-JAKSO-1/2 pass (KOSKI normalises only then). A missing `loppu` is fine (the instructions require only `alku`).
 */
export const maksuttomuusjaksojenLoppupäivät: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-JAKSO-3',
  what: 'a sent `loppu` differs from the one KOSKI computes (and stores instead)',
  keys: ['koskiValidation.maksuttomuusjaksonLoppuKorvataan'],
  severity: 'warning',
  source: { koski: 'MaksuttomuusValidation.fillPäättymispäivät' },
  check: (oo, ctx) => {
    const jaksot = maksuttomuusjaksot(oo)
    if (!jaksot.some((j) => j.loppu !== undefined) || !maksuttomuusjaksotKelpaavat(oo, jaksot)) return []
    const järjestys = järjestysAlunMukaan(jaksot)
    const normalisoidut = normalisoiMaksuttomuusjaksot(järjestys.map((i) => jaksot[i]!))
    const findings: Finding[] = []
    järjestys.forEach((i, k) => {
      const lähetetty = jaksot[i]!.loppu
      const laskettu = normalisoidut[k]!.loppu
      if (lähetetty !== undefined && lähetetty !== laskettu) {
        findings.push(
          warning('MK-JAKSO-3', 'maksuttomuusjaksonLoppuKorvataan', lisätietoPath(ctx.polku, 'maksuttomuus', i).kenttä('loppu'), m.maksuttomuusjaksonLoppuKorvataan(lähetetty, laskettu)),
        )
      }
    })
    return findings
  },
}

/**
 * MK-OHJE-1 (warning, seed 004 "Koulutuksen maksuttomuus": "Lisätieto pitää olla merkittynä heti opiskeluoikeuden
 * aloittavasta tilasta alkaen"): the first maksuttomuus jakso starts later than the study right. Only for study rights
 * starting on or after 1.8.2021, when the instruction makes the field mandatory (earlier ones could not be free by
 * the law before it entered into force). A start before the study right is MK-JAKSO-1.
 */
export const maksuttomuusOpiskeluoikeudenAlusta: Rule<MaksuttomuusOpiskeluoikeus> = {
  id: 'MK-OHJE-1',
  what: 'the maksuttomuus list starts on the study right\'s first day (study rights from 1.8.2021)',
  keys: ['koskiValidation.maksuttomuusEiAlaOpiskeluoikeudenAlusta'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_LISÄTIEDOT, kohta: 'Koulutuksen maksuttomuus' } },
  check: (oo, ctx) => {
    const jaksot = maksuttomuusjaksot(oo)
    const a = alkamispäivä(oo)
    if (jaksot.length === 0 || a === undefined || a < OPPIVELVOLLISUUSLAKI_VOIMAAN) return []
    let first = 0
    for (let i = 1; i < jaksot.length; i++) if (jaksot[i]!.alku < jaksot[first]!.alku) first = i
    const ensimmäinen = jaksot[first]!.alku
    return ensimmäinen > a
      ? [warning('MK-OHJE-1', 'maksuttomuusEiAlaOpiskeluoikeudenAlusta', lisätietoPath(ctx.polku, 'maksuttomuus', first), m.maksuttomuusEiAlaOpiskeluoikeudenAlusta(ensimmäinen, a))]
      : []
  },
}
