/**
 * KOSKI's lukio 2019 validators that reach LUVA's `luvalukionoppiaine2019` oppiaineet and their moduulit (KoskiValidator
 * runs them on every suoritus; most of their cases name lukio's own classes — LukionOppiaineenSuoritus2019, the
 * oppimäärä — and do not match LUVA's; these do):
 *
 * - L19-ARV-1, Lukio2019ArvosanaValidation.validateValtakunnallinenModuuli on a LukionModuulinSuoritus2019
 *   (`lukionvaltakunnallinenmoduuli`): a moduuli other than OP1/OP2 and the lukiodiplomit with an S or H arviointi;
 *   an OP1/OP2 moduuli with no S or H arviointi (as KOSKI's code reads, also one with no arviointi at all);
 * - L19-OS-1, Lukio2019OsasuoritusValidation: validateLukiodiplomiLaajuus (a lukiodiplomi moduuli's laajuus is 2) and
 *   validateModuulinJaPaikallisenOpintojaksonSuorituskieli (a moduuli's or paikallinen opintojakso's suorituskieli is
 *   not the oppiaine's, nor, when the oppiaine has none, the päätaso's);
 * - L19-VK-1, Lukio2019VieraatKieletValidation: validateDeprekoituKielikoodi (VierasTaiToinenKotimainenKieli2019 with
 *   kieli 97), validateÄidinkielenOmainenKieliÄidinkielessä (LukionÄidinkieliJaKirjallisuus2019 with kieli AIAI),
 *   validateOmanÄidinkielenOpinnotModuuleina (a moduuli OÄI…/RÄI…/SÄI…).
 *
 * KOSKI folds every such error of the document into its answer; each rule reports each case.
 */
import { error, type Finding } from '../../../finding'
import { suoritusPath, tunnisteTeksti } from '../../../rules/helpers'
import type { SuoritusLike, Tunniste } from '../../../rules/shapes'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import * as m from '../viestit'
import type { Luva } from './luva'

const EPÄSOPIVA_ARVOSANA_KEY = 'badRequest.validation.arviointi.epäsopivaArvosana'
const LUKIODIPLOMI_KEY = 'badRequest.validation.laajuudet.lukiodiplominLaajuusEiOle2Opintopistettä'
const EPÄSOPIVIA_KEY = 'badRequest.validation.rakenne.epäsopiviaOsasuorituksia'
const DEPREKOITU_KIELIKOODI_KEY = 'badRequest.validation.rakenne.deprekoituKielikoodi'
const DEPREKOITU_OPPIMÄÄRÄ_KEY = 'badRequest.validation.rakenne.deprekoituOppimäärä'

/** Lukio2019OsasuoritusValidation.lukiodiplomit. */
export const LUKIODIPLOMIT: readonly string[] = ['KOLD1', 'KULD2', 'KÄLD3', 'LILD4', 'MELD5', 'MULD6', 'TALD7', 'TELD8']
const DIPLOMIT: ReadonlySet<string> = new Set(LUKIODIPLOMIT)
const OPINTO_OHJAUS: ReadonlySet<string> = new Set(['OP1', 'OP2'])
const KIRJAIMET: ReadonlySet<string> = new Set(['S', 'H'])
/** Lukio2019VieraatKieletValidation.omanÄidinkielenOpinnotPrefixit. */
const OMAN_ÄIDINKIELEN: readonly string[] = ['OÄI', 'RÄI', 'SÄI']
const VIERAAT_KIELET: ReadonlySet<string> = new Set(['A', 'B1', 'B2', 'B3', 'AOM'])

interface Moduuli extends SuoritusLike {
  readonly suorituskieli?: { readonly koodiarvo: string }
}
interface Koulutusmoduuli {
  readonly tunniste: Tunniste
  readonly kieli?: { readonly koodiarvo: string; readonly koodistoUri: string }
  readonly laajuus?: { readonly arvo: number }
}

/** Each `luvalukionoppiaine2019` oppiaine of the document with its path and its päätaso's suorituskieli. */
function oppiaineet2019(oo: Luva, path: string, f: (oppiaine: Moduuli, oppiainePath: string, päätasonKieli: string) => void): void {
  oo.suoritukset.forEach((s, i) => {
    const p = suoritusPath(path, i)
    ;((s.osasuoritukset ?? []) as readonly Moduuli[]).forEach((o, j) => {
      if (o.tyyppi.koodiarvo === 'luvalukionoppiaine2019') f(o, `${p}.osasuoritukset[${j}]`, s.suorituskieli.koodiarvo)
    })
  })
}

/** Each moduuli or paikallinen opintojakso of a `luvalukionoppiaine2019` oppiaine. */
function moduulit(oo: Luva, path: string, f: (moduuli: Moduuli, moduuliPath: string, oppiaine: Moduuli, päätasonKieli: string) => void): void {
  oppiaineet2019(oo, path, (o, op, kieli) => ((o.osasuoritukset ?? []) as readonly Moduuli[]).forEach((mo, k) => f(mo, `${op}.osasuoritukset[${k}]`, o, kieli)))
}

const onValtakunnallinenModuuli = (s: SuoritusLike): boolean => s.tyyppi.koodiarvo === 'lukionvaltakunnallinenmoduuli'

/** L19-ARV-1 (Lukio2019ArvosanaValidation.validateValtakunnallinenModuuli). */
export const lukio2019ModuulinArvosana: Rule<Luva> = {
  id: 'L19-ARV-1',
  what: 'a lukio 2019 valtakunnallinen moduuli in LUVA: a numeric arvosana (OP1/OP2: S or H; a lukiodiplomi either)',
  keys: [EPÄSOPIVA_ARVOSANA_KEY],
  severity: 'error',
  source: { koski: 'Lukio2019ArvosanaValidation.validateValtakunnallinenModuuli (OppijaValidationLukio2019Spec › Ei saa olla kirjain muiden aineiden valtakunnallisissa moduuleissa; Ei saa olla numero opinto-ohjauksessa)', catalogue: [] },
  check: (oo, ctx) => {
    const out: Finding[] = []
    moduulit(oo, ctx.path, (mo, p) => {
      if (!onValtakunnallinenModuuli(mo)) return
      const koodi = mo.koulutusmoduuli.tunniste.koodiarvo
      const kirjain = (mo.arviointi ?? []).some((a) => KIRJAIMET.has(a.arvosana.koodiarvo))
      const teksti = tunnisteTeksti(mo.koulutusmoduuli.tunniste)
      if (OPINTO_OHJAUS.has(koodi)) {
        if (!kirjain) out.push(error('L19-ARV-1', EPÄSOPIVA_ARVOSANA_KEY, `${p}.arviointi`, m.opintoOhjauksenModuulinArvosana(teksti)))
      } else if (!DIPLOMIT.has(koodi) && kirjain) out.push(error('L19-ARV-1', EPÄSOPIVA_ARVOSANA_KEY, `${p}.arviointi`, m.valtakunnallisenModuulinArvosana(teksti)))
    })
    return out.length === 0 ? NO_FINDINGS : out
  },
}

/** L19-OS-1 (Lukio2019OsasuoritusValidation: lukiodiplomi laajuus, suorituskieli of a moduuli or opintojakso). */
export const lukio2019Osasuoritukset: Rule<Luva> = {
  id: 'L19-OS-1',
  what: 'a lukio 2019 moduuli in LUVA: a lukiodiplomi is 2 opintopistettä; a moduuli’s or opintojakso’s suorituskieli is not the oppiaine’s (or, without one, the päätaso’s)',
  keys: [LUKIODIPLOMI_KEY, EPÄSOPIVIA_KEY],
  severity: 'error',
  source: { koski: 'Lukio2019OsasuoritusValidation.validate (OppijaValidationLukio2019Spec › Lukiodiplomimoduulien laajuus ei voi olla muuta kuin 2 opintopistettä; suorituskieli)', catalogue: [] },
  check: (oo, ctx) => {
    const out: Finding[] = []
    moduulit(oo, ctx.path, (mo, p, oppiaine, päätasonKieli) => {
      const km = mo.koulutusmoduuli as Koulutusmoduuli
      const teksti = tunnisteTeksti(km.tunniste)
      if (onValtakunnallinenModuuli(mo) && DIPLOMIT.has(km.tunniste.koodiarvo) && (km.laajuus?.arvo ?? 0) !== 2) {
        out.push(error('L19-OS-1', LUKIODIPLOMI_KEY, `${p}.koulutusmoduuli.laajuus`, m.lukiodiplominLaajuus(teksti)))
      }
      const kieli = mo.suorituskieli?.koodiarvo
      if (kieli === undefined) return
      const oppiaineenKieli = oppiaine.suorituskieli?.koodiarvo
      if (oppiaineenKieli === kieli) out.push(error('L19-OS-1', EPÄSOPIVIA_KEY, `${p}.suorituskieli`, m.suorituskieliSamaKuinOppiaineen(teksti)))
      else if (oppiaineenKieli === undefined && kieli === päätasonKieli) out.push(error('L19-OS-1', EPÄSOPIVIA_KEY, `${p}.suorituskieli`, m.suorituskieliSamaKuinPäätason(teksti)))
    })
    return out.length === 0 ? NO_FINDINGS : out
  },
}

/** L19-VK-1 (Lukio2019VieraatKieletValidation: kielikoodi 97, äidinkieli AIAI, oman äidinkielen moduulit). */
export const lukio2019VieraatKielet: Rule<Luva> = {
  id: 'L19-VK-1',
  what: 'a lukio 2019 oppiaine in LUVA: no vieras kieli 97, no äidinkieli AIAI, no oman äidinkielen moduuli (OÄI/RÄI/SÄI)',
  keys: [DEPREKOITU_KIELIKOODI_KEY, DEPREKOITU_OPPIMÄÄRÄ_KEY, EPÄSOPIVIA_KEY],
  severity: 'error',
  source: { koski: 'Lukio2019VieraatKieletValidation.validate (OppijaValidationLukio2019Spec › Vieraan kielen koodia kielivalikoima/97; Äidinkielen kieltä oppiaineaidinkielijakirjallisuus/AIAI ei saa käyttää; Oman äidinkielen opintojen siirtäminen moduulina on estetty)', catalogue: [] },
  check: (oo, ctx) => {
    const out: Finding[] = []
    oppiaineet2019(oo, ctx.path, (o, p) => {
      const km = o.koulutusmoduuli as Koulutusmoduuli
      const arvo = km.tunniste.koodiarvo
      const yleissivistävä = km.tunniste.koodistoUri === 'koskioppiaineetyleissivistava'
      if (yleissivistävä && VIERAAT_KIELET.has(arvo) && km.kieli?.koodiarvo === '97') out.push(error('L19-VK-1', DEPREKOITU_KIELIKOODI_KEY, `${p}.koulutusmoduuli.kieli`, m.kielikoodi97(tunnisteTeksti(km.tunniste))))
      if (yleissivistävä && arvo === 'AI' && km.kieli?.koodiarvo === 'AIAI') out.push(error('L19-VK-1', DEPREKOITU_OPPIMÄÄRÄ_KEY, `${p}.koulutusmoduuli.kieli`, m.äidinkieliAIAI(tunnisteTeksti(km.tunniste))))
      ;((o.osasuoritukset ?? []) as readonly Moduuli[]).forEach((mo, k) => {
        const koodi = mo.koulutusmoduuli.tunniste.koodiarvo
        if (onValtakunnallinenModuuli(mo) && OMAN_ÄIDINKIELEN.some((etuliite) => koodi.startsWith(etuliite))) {
          out.push(error('L19-VK-1', EPÄSOPIVIA_KEY, `${p}.osasuoritukset[${k}].koulutusmoduuli.tunniste`, m.omanÄidinkielenModuuli(koodi)))
        }
      })
    })
    return out.length === 0 ? NO_FINDINGS : out
  },
}

/** The three rules, in KoskiValidator's order. */
export const lukio2019Säännöt: readonly Rule<Luva>[] = [lukio2019Osasuoritukset, lukio2019VieraatKielet, lukio2019ModuulinArvosana]
