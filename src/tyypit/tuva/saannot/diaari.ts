/**
 * T-DIAARI-1, T-DIAARI-2 — the peruste of the päätaso (TutkintoRakenneValidator › validateDiaarinumero;
 * EPerusteisiinPerustuvaValidator › validatePerusteVoimassa). T-DIAARI-2 needs ePerusteet: offline we accept the TUVA
 * peruste and the diaarinumerot of koodisto `koskikoulutustendiaarinumerot` (which KOSKI accepts without any further
 * check) and warn about anything else.
 */
import { error, warning, type OmaPolku } from '../../../finding'
import * as m from '../viestit'
import { suoritusPath } from '../../../rules/helpers'
import { OHJE_TUVA_UKK } from '../../../rules/lahteet'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import type { Tuva } from './apu'

/** The diaarinumero of the TUVA peruste (ePerusteet 7534950, koulutustyyppi 40). */
export const TUVA_PERUSTEEN_DIAARINUMERO = 'OPH-1488-2021'

/**
 * Koodisto `koskikoulutustendiaarinumerot` (catalogue §2.2, KOSKI's mock snapshot; the live list may differ): KOSKI
 * accepts these for any koulutus without an ePerusteet lookup — even a TELMA/VALMA diaari such as `6/011/2015` passes
 * for TUVA (catalogue §4.9).
 */
export const KOSKIKOULUTUSTEN_DIAARINUMEROT: ReadonlySet<string> = new Set([
  '25/1986',
  '1/011/2004',
  '2/011/1994',
  '2/011/2004',
  '3/011/2004',
  '4/011/2004',
  '5/011/2015',
  '6/011/2015',
  '13/011/2009',
  '19/011/2015',
  '22/011/2004',
  '25/011/1997',
  '31/011/2013',
  '33/011/2003',
  '34/011/2008',
  '35/011/2008',
  '50/011/2001',
  '51/011/2001',
  '55/011/2002',
  '121/011/1995',
  'OPH-2524-2017',
])

const DIAARI_MAX = 30

const diaariPath = (base: OmaPolku, i: number): OmaPolku => suoritusPath(base, i).polku('koulutusmoduuli.perusteenDiaarinumero')

/** T-DIAARI-1: `perusteenDiaarinumero` is required (schema-optional) and at most 30 characters. ("" is S-3.) */
export const diaarinumeroVaaditaan: Rule<Tuva> = {
  id: 'T-DIAARI-1',
  what: '`perusteenDiaarinumero` required, at most 30 characters',
  keys: ['badRequest.validation.rakenne.diaariPuuttuu', 'badRequest.validation.rakenne.tuntematonDiaari'],
  severity: 'error',
  source: { koski: 'TutkintoRakenneValidator.validateDiaarinumero' },
  check: (oo, ctx) =>
    oo.suoritukset.flatMap((s, i) => {
      const diaari = s.koulutusmoduuli.perusteenDiaarinumero
      if (diaari === undefined) return [error('T-DIAARI-1', 'badRequest.validation.rakenne.diaariPuuttuu', diaariPath(ctx.polku, i), m.diaariPuuttuu)]
      if (diaari.length > DIAARI_MAX) {
        return [error('T-DIAARI-1', 'badRequest.validation.rakenne.tuntematonDiaari', diaariPath(ctx.polku, i), m.diaarinMuotoVirheellinen(diaari.slice(0, DIAARI_MAX)))]
      }
      return NO_FINDINGS
    }),
}

/** T-DIAARI-2 (offline part, warning): a diaarinumero we cannot verify without ePerusteet. */
export const diaarinumeroTarkistamatta: Rule<Tuva> = {
  id: 'T-DIAARI-2',
  what: 'a diaarinumero other than the TUVA peruste `OPH-1488-2021` or one of koodisto `koskikoulutustendiaarinumerot` cannot be verified offline (KOSKI checks it in ePerusteet)',
  keys: ['koskiValidation.tuvaDiaarinumeroaEiVoiTarkistaa'],
  severity: 'warning',
  source: {
    koski: 'EPerusteisiinPerustuvaValidator.validatePerusteVoimassa',
    ohje: { ...OHJE_TUVA_UKK, kohta: 'Mistä löydän TUVA-koulutuksen opetussuunnitelman perusteen diaarinumeron?' },
    muutoshistoria: ['2022-10-24'],
  },
  check: (oo, ctx) =>
    oo.suoritukset.flatMap((s, i) => {
      const diaari = s.koulutusmoduuli.perusteenDiaarinumero
      if (diaari === undefined || diaari.length > DIAARI_MAX || diaari === TUVA_PERUSTEEN_DIAARINUMERO || KOSKIKOULUTUSTEN_DIAARINUMEROT.has(diaari)) {
        return NO_FINDINGS
      }
      return [warning('T-DIAARI-2', 'tuvaDiaarinumeroaEiVoiTarkistaa', diaariPath(ctx.polku, i), m.diaarinumeroaEiVoiTarkistaa(diaari))]
    }),
}
