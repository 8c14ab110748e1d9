/**
 * X-LUVA-1 — KOSKI's LUVA rules (LukioonValmistavanKoulutuksenValidaatiot.validateLukioonValmistava2019 and, for the
 * funding, KoskiValidator.validateOpintojenrahoitus): one catalogue id, three checks, each answered once by KOSKI:
 *
 * (a) a kurssi (an osasuoritus of an oppiaine) whose `alkamispäivä` is after 31.7.2021 uses koodisto
 *     `lukioonvalmistavankoulutuksenmoduulit2019` when its tunniste is a koodisto code (a local code passes);
 * (b) with diaarinumero OPH-4958-2020 every laajuus (päätaso and every osasuoritus, at any depth) is in study credits
 *     (yksikkö 2); with 56/011/2015 in courses (4); other diaarinumerot are not checked;
 * (c) a jakso of state `lasna` or `valmistunut` has `opintojenRahoitus` (its codes 1/6/16 are the codec's).
 */
import { error, type Finding } from '../../../finding'
import { eachOsasuoritus, jaksoPath, suoritusPath } from '../../../rules/helpers'
import type { SuoritusLike } from '../../../rules/shapes'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import { SIIRTYMÄN_RAJAPÄIVÄT } from '../../../siirtyma/rajapaivat'
import { LUVA_DIAARINUMEROT, type LukioonValmistavanKoulutuksenOpiskeluoikeus } from '../codec'
import * as m from '../viestit'

export type Luva = LukioonValmistavanKoulutuksenOpiskeluoikeus

const VANHA_OPS_KEY = 'badRequest.validation.rakenne.lukioonValmistavassaVanhanOpsinKurssiSuorituksia'
const LAAJUUS_KEY = 'badRequest.validation.laajuudet.lukioonValmistavallaKoulutuksellaVääräLaajuudenArvo'
const RAHOITUS_KEY = 'badRequest.validation.tila.tilaltaPuuttuuRahoitusmuoto'
const UUSI_KOODISTO = 'lukioonvalmistavankoulutuksenmoduulit2019'
const RAHOITUS_TILAT: ReadonlySet<string> = new Set(['lasna', 'valmistunut'])

/** (a): the first kurssi started after 31.7.2021 whose koodisto tunniste is not of the 2021 curriculum. */
function vanhanOpsinKurssi(oo: Luva, path: string): Finding | undefined {
  const raja = SIIRTYMÄN_RAJAPÄIVÄT.luvaOps2021KurssitJälkeen.päivä
  for (let i = 0; i < oo.suoritukset.length; i++) {
    const osat = (oo.suoritukset[i]!.osasuoritukset ?? []) as readonly SuoritusLike[]
    for (let j = 0; j < osat.length; j++) {
      const kurssit = osat[j]!.osasuoritukset ?? []
      for (let k = 0; k < kurssit.length; k++) {
        const kurssi = kurssit[k]!
        const t = kurssi.koulutusmoduuli.tunniste
        if (kurssi.alkamispäivä !== undefined && kurssi.alkamispäivä > raja && typeof t.koodistoUri === 'string' && t.koodistoUri !== UUSI_KOODISTO) {
          const teksti = `${t.koodistoUri}/${t.koodiarvo}`
          return error('X-LUVA-1', VANHA_OPS_KEY, `${suoritusPath(path, i)}.osasuoritukset[${j}].osasuoritukset[${k}].koulutusmoduuli.tunniste`, m.lukioonValmistavassaVanhanOpsinKurssiSuorituksia(teksti))
        }
      }
    }
  }
  return undefined
}

/** (b): the first laajuus (päätaso first, then depth first) in another unit than the diaarinumero requires. */
function vääräLaajuudenYksikkö(oo: Luva, path: string): Finding | undefined {
  for (let i = 0; i < oo.suoritukset.length; i++) {
    const s = oo.suoritukset[i]!
    const diaari = s.koulutusmoduuli.perusteenDiaarinumero
    const yksikkö = diaari === LUVA_DIAARINUMEROT.ops2021 ? '2' : diaari === LUVA_DIAARINUMEROT.ops2015 ? '4' : undefined
    if (yksikkö === undefined) continue
    const p = suoritusPath(path, i)
    if (s.koulutusmoduuli.laajuus !== undefined && s.koulutusmoduuli.laajuus.yksikkö.koodiarvo !== yksikkö) {
      return error('X-LUVA-1', LAAJUUS_KEY, `${p}.koulutusmoduuli.laajuus.yksikkö`, m.lukioonValmistavallaKoulutuksellaVääräLaajuudenArvo(yksikkö, diaari!))
    }
    let first: string | undefined
    eachOsasuoritus(s as SuoritusLike, p, (os, osPath) => {
      const l = os.koulutusmoduuli.laajuus
      if (first === undefined && l !== undefined && l.yksikkö.koodiarvo !== yksikkö) first = `${osPath}.koulutusmoduuli.laajuus.yksikkö`
    })
    if (first !== undefined) return error('X-LUVA-1', LAAJUUS_KEY, first, m.lukioonValmistavallaKoulutuksellaVääräLaajuudenArvo(yksikkö, diaari!))
  }
  return undefined
}

/** X-LUVA-1: (a) kurssi koodisto after 31.7.2021, (b) laajuus unit by diaarinumero, (c) rahoitus for lasna/valmistunut. */
export const lukioonValmistavanRakenne: Rule<Luva> = {
  id: 'X-LUVA-1',
  what: 'LUVA: kurssit started after 31.7.2021 use lukioonvalmistavankoulutuksenmoduulit2019; laajuus unit 2 (OPH-4958-2020) / 4 (56/011/2015); rahoitus for lasna/valmistunut',
  keys: [VANHA_OPS_KEY, LAAJUUS_KEY, RAHOITUS_KEY],
  severity: 'error',
  source: {
    koski: 'LukioonValmistavanKoulutuksenValidaatiot.validateLukioonValmistava2019 (and KoskiValidator.validateOpintojenrahoitus)',
    muutoshistoria: ['2021-05-18', '2021-09-01'],
  },
  check: (oo, ctx) => {
    const out: Finding[] = []
    const a = vanhanOpsinKurssi(oo, ctx.path)
    if (a !== undefined) out.push(a)
    const b = vääräLaajuudenYksikkö(oo, ctx.path)
    if (b !== undefined) out.push(b)
    oo.tila.opiskeluoikeusjaksot.forEach((j, i) => {
      if (j.opintojenRahoitus === undefined && RAHOITUS_TILAT.has(j.tila.koodiarvo)) out.push(error('X-LUVA-1', RAHOITUS_KEY, jaksoPath(ctx.polku, i).kenttä('opintojenRahoitus'), m.tilaltaPuuttuuRahoitusmuoto(j.tila.koodiarvo)))
    })
    return out.length === 0 ? NO_FINDINGS : out
  },
}
