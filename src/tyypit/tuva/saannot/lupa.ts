/**
 * T-LUPA-2 — the järjestämislupa of a stored study right cannot change
 * (TutkintokoulutukseenValmentavaKoulutusValidation › validateJärjestämislupaEiMuuttunut, update path). Needs
 * `previous`. Seed 001: a wrong lupa is fixed by invalidating the study right and sending it again.
 * (T-LUPA-1 is reported by the codec, src/codecs/tuva.ts; the matrix is src/tuva/jarjestamislupa.ts.)
 */
import { stringAt } from '../../../codecs/schema'
import { error } from '../../../finding'
import * as m from '../viestit'
import { ooPath } from '../../../rules/helpers'
import { OHJE_TUVA_UKK } from '../../../rules/lahteet'
import { NO_FINDINGS, type Rule, type RuleMeta } from '../../../rules/types'
import type { Tuva } from './apu'

/** T-LUPA-2: `järjestämislupa.koodiarvo` equals the stored version's. KOSKI's key is plain `badRequest`. */
export const järjestämislupaEiMuutu: Rule<Tuva> = {
  id: 'T-LUPA-2',
  what: 'with `previous`: the järjestämislupa changed (fix: mitätöi and send again)',
  keys: ['badRequest'],
  severity: 'error',
  source: { koski: 'TutkintokoulutukseenValmentavaKoulutusValidation.validateJärjestämislupaEiMuuttunut', ohje: { ...OHJE_TUVA_UKK, kohta: 'TUVA-koulutuksen järjestämislupa ja opiskeluoikeuden lisätiedot' }, muutoshistoria: ['2022-03-14'] },
  needs: ['previous'],
  check: (oo, ctx) => {
    const vanha = stringAt(ctx.previous, 'järjestämislupa', 'koodiarvo')
    const uusi = oo.järjestämislupa.koodiarvo
    return vanha === undefined || vanha === uusi ? NO_FINDINGS : [error('T-LUPA-2', 'badRequest', ooPath(ctx.polku, 'järjestämislupa'), m.järjestämislupaMuuttunut(vanha, uusi))]
  },
}

/** T-LUPA-1 (reported by the codec, src/codecs/tuva.ts): a lisätieto the järjestämislupa does not allow. */
export const lisätiedotLuvanMukaan: RuleMeta = {
  id: 'T-LUPA-1',
  what: 'a lisätieto the lupa does not allow (`notAnyOf`); the message names the field, the lupa and the allowed fields',
  keys: ['badRequest.validation.jsonSchema'],
  severity: 'error',
  source: { koski: 'ValidatingAndResolvingExtractor.extract (TutkintokoulutukseenValmentavaKoulutuksenLisätiedot, @OnlyWhen järjestämislupa)' },
}
