/**
 * The shape of the opintokokonaisuus code (koodisto `opintokokonaisuudet`) on a päätaso's koulutusmoduuli — one check
 * for VST (JOTPA, vapaatavoitteinen) and MUKS. Seed 000: ePerusteet generates, when the local plan is published, a
 * four-digit code for the opintokokonaisuus, which is then entered on the study right in KOSKI. A code that is not
 * four digits cannot have come from there: a warning of ours. Whether the code exists is KOSKI's check against its
 * live koodisto (S-7; the list changes as plans are published and is not shipped): not checked here.
 */
import { warning, type Finding } from '../../finding'
import * as m from '../../messages/jotpa'
import { suoritusPath } from '../helpers'
import type { Koodi, OpiskeluoikeusLike } from '../shapes'
import { NO_FINDINGS, type Rule, type RuleMeta } from '../types'

/** The instruction of seed 000 (its first line is its title). */
export const OHJE_JOTPA = {
  seed: '000_4113f37bc4157357.txt',
  otsikko: 'Jatkuvan oppimisen ja työllisyyden palvelukeskuksen rahoittamat koulutukset Virkailijan Opintopolun palveluissa',
} as const

export const OPINTOKOKONAISUUDEN_MUOTO_KEY = 'koskiValidation.opintokokonaisuudenKoodiEiNelinumeroinen'

const NELINUMEROINEN = /^\d{4}$/

/** Whether `koodiarvo` has the form ePerusteet gives an opintokokonaisuus code (four digits). */
export const onOpintokokonaisuudenMuoto = (koodiarvo: string): boolean => NELINUMEROINEN.test(koodiarvo)

/** The metadata of the check, the same for every type it is configured for. */
export const OPINTOKOKONAISUUDEN_MUOTO: RuleMeta = {
  id: 'G-OK-1',
  what: 'the opintokokonaisuus code (koodisto `opintokokonaisuudet`) has the form ePerusteet generates, four digits (its existence needs the live koodisto)',
  keys: [OPINTOKOKONAISUUDEN_MUOTO_KEY],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_JOTPA, kohta: 'ePerusteet-palvelu' } },
}

/** A päätaso whose koulutusmoduuli may carry an opintokokonaisuus (VST JOTPA, vapaatavoitteinen, MUKS). */
interface OpintokokonaisuudellinenPäätaso {
  readonly koulutusmoduuli: { readonly opintokokonaisuus?: Koodi }
}

/** G-OK-1 for a type whose päätaso koulutusmoduuli has `opintokokonaisuus`: a warning per code that is not four digits. */
export function opintokokonaisuudenMuoto<A extends OpiskeluoikeusLike & { readonly suoritukset: readonly OpintokokonaisuudellinenPäätaso[] }>(): Rule<A> {
  return {
    ...OPINTOKOKONAISUUDEN_MUOTO,
    check: (oo, ctx) => {
      let findings: Finding[] | undefined
      const päätasot: readonly OpintokokonaisuudellinenPäätaso[] = oo.suoritukset
      päätasot.forEach((s, i) => {
        const koodi = s.koulutusmoduuli.opintokokonaisuus
        if (koodi === undefined || onOpintokokonaisuudenMuoto(koodi.koodiarvo)) return
        ;(findings ??= []).push(
          warning('G-OK-1', 'opintokokonaisuudenKoodiEiNelinumeroinen', suoritusPath(ctx.polku, i).polku('koulutusmoduuli.opintokokonaisuus.koodiarvo'), m.opintokokonaisuudenKoodiEiNelinumeroinen),
        )
      })
      return findings ?? NO_FINDINGS
    },
  }
}
