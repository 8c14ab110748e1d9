/** G-DUP-1 — the same osasuoritus twice directly under a päätaso (KoskiValidator.scala › validateDuplicates). */
import { error, type Finding, type Message } from '../../finding'
import * as m from '../../messages/yleiset'
import { eachOsasuoritus, suoritusPath, tunnisteAvain, tunnisteTeksti } from '../helpers'
import type { OpiskeluoikeusLike, SuoritusLike } from '../shapes'
import type { Rule } from '../types'

/** Options of G-DUP-1 per type. */
export interface DuplikaattiOptions {
  /** KOSKI's `DuplikaatitSallittu` classes (e.g. ammatillinen tutkinnon osat): such osasuoritukset may repeat. */
  readonly duplikaatitSallittu?: (osasuoritus: SuoritusLike) => boolean
  /**
   * Where to look: `'päätaso'` (KOSKI's: a päätaso's direct osasuoritukset — in
   * `HttpStatus.validate(!suoritus.isInstanceOf[PäätasonSuoritus])(validateDuplicates(…))` a true predicate is `ok`,
   * so validateDuplicates runs only on a PäätasonSuoritus) or `'osasuoritukset'` (the osasuoritukset of every suoritus
   * below the päätaso, at any depth; no type uses it). Default `'päätaso'`.
   */
  readonly taso?: 'päätaso' | 'osasuoritukset'
  /**
   * KOSKI's grouping key `(koulutusmoduuli.identiteetti, ryhmittelytekijä)` as a key and the identity's text, when it
   * is more than the tunniste (a `Kieliaine` is the tunniste and its `kieli`; a `PakollisenTaiValinnaisenSuoritus` is
   * grouped by pakollinen; an ammatillinen tutkinnon osa by its tutkinnonOsanRyhmä); undefined: the tunniste's. The
   * key includes the group; `ryhmä`, when given, is KOSKI's " ryhmässä <ryhmä>" of the message.
   */
  readonly identiteetti?: (osasuoritus: SuoritusLike) => { readonly avain: string; readonly teksti: string; readonly ryhmä?: Message } | undefined
}

/**
 * One finding per identity that occurs more than once among the osasuoritukset of one suoritus (KOSKI groups them
 * and reports each group once), at the path of its second occurrence. Osasuoritukset of a `DuplikaatitSallittu` class
 * (the option) are left out, as KOSKI leaves them out.
 */
export const duplikaattiOsasuoritukset = (options: DuplikaattiOptions = {}): Rule<OpiskeluoikeusLike> => ({
  id: 'G-DUP-1',
  what: 'the same osasuoritus twice directly under a päätaso',
  keys: ['badRequest.validation.rakenne.duplikaattiOsasuoritus'],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateDuplicates' },
  check: (oo, ctx) => {
    const findings: Finding[] = []
    const sallittu = options.duplikaatitSallittu
    const identiteetti = options.identiteetti
    const ryhmä = (osat: readonly SuoritusLike[], path: string): void => {
      /** How many times each identity has been seen so far. */
      const nähdyt = new Map<string, number>()
      for (let j = 0; j < osat.length; j++) {
        const os = osat[j]!
        if (sallittu !== undefined && sallittu(os)) continue
        const tunniste = os.koulutusmoduuli.tunniste
        const oma = identiteetti?.(os)
        const avain = oma?.avain ?? tunnisteAvain(tunniste)
        const kerrat = (nähdyt.get(avain) ?? 0) + 1
        nähdyt.set(avain, kerrat)
        if (kerrat === 2) {
          findings.push(error('G-DUP-1', 'badRequest.validation.rakenne.duplikaattiOsasuoritus', `${path}.osasuoritukset[${j}]`, m.duplikaattiOsasuoritus(oma?.teksti ?? tunnisteTeksti(tunniste), oma?.ryhmä)))
        }
      }
    }
    /** The osasuoritukset of every suoritus below the päätaso, depth first. */
    const alemmat = (os: SuoritusLike, path: string): void => {
      if (os.osasuoritukset !== undefined) ryhmä(os.osasuoritukset, path)
    }
    oo.suoritukset.forEach((s, i) => {
      if (options.taso === 'osasuoritukset') eachOsasuoritus(s, suoritusPath(ctx.path, i), alemmat)
      else ryhmä(s.osasuoritukset ?? [], suoritusPath(ctx.path, i))
    })
    return findings
  },
})

/**
 * KOSKI's `identiteetti` of a koulutusmoduuli (Koulutusmoduuli.scala): the tunniste, or for a `Kieliaine` (a
 * koulutusmoduuli with a `kieli`: äidinkieli, vieras tai toinen kotimainen kieli, …) the pair of its tunniste and
 * kieli, which KOSKI's text writes as a Scala tuple: `(koskioppiaineetyleissivistava/A1,kielivalikoima/EN)`. For a
 * type whose every koulutusmoduuli with a `kieli` is a Kieliaine; undefined when it has none (the tunniste's).
 */
export const kieliaineenIdentiteetti = (osasuoritus: SuoritusLike): { readonly avain: string; readonly teksti: string } | undefined => {
  const km = osasuoritus.koulutusmoduuli as { readonly tunniste: SuoritusLike['koulutusmoduuli']['tunniste']; readonly kieli?: { readonly koodiarvo: string; readonly koodistoUri: string } }
  const kieli = km.kieli
  if (kieli === undefined) return undefined
  return { avain: `${tunnisteAvain(km.tunniste)}\u0000${kieli.koodistoUri}/${kieli.koodiarvo}`, teksti: `(${tunnisteTeksti(km.tunniste)},${kieli.koodistoUri}/${kieli.koodiarvo})` }
}

/** G-DUP-1 as every type without `DuplikaatitSallittu` classes runs it. */
export const duplikaattiOsasuoritus: Rule<OpiskeluoikeusLike> = duplikaattiOsasuoritukset()
