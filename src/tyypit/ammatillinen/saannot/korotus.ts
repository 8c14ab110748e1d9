/**
 * A-KOR-1 — the korotus (grade improvement) checks a document shows (AmmatillinenValidation › validateAmmatillisenKorotus,
 * validateKorotettuSuoritus), on the first päätaso when it is an osittainen tutkinto: with `korotettuOpiskeluoikeusOid`
 * the seven checks of a korotus, without it no `korotettuKeskiarvo` and no `korotettu` below. KOSKI folds the seven.
 * What compares the korotus with the original study right (validateKorotuksenAlkuperäinenOpiskeluoikeus: its oppija,
 * its valmistunut state, the matching tutkinto, osat and laajuudet) needs KOSKI's database and ePerusteet and is not
 * checked (docs/coverage.md).
 */
import { error, type Finding, type Viesti } from '../../../finding'
import { alkamispäivä, eachOsasuoritus, ooPath, suoritusPath } from '../../../rules/helpers'
import type { Koodi, SuoritusLike } from '../../../rules/shapes'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import * as m from '../viestit'
import { onOsittainen, onTutkinnonOsa, onValinnanMahdollisuus, onYhteinenTutkinnonOsa, type AmmSuoritus, type Ammatillinen } from './apu'

const KOROTETTU_OSASUORITUS_KEY = 'badRequest.validation.ammatillinen.korotettuOsasuoritus'
const KOROTETTU_KESKIARVO_KEY = 'badRequest.validation.ammatillinen.korotettuKeskiarvo'
const EI_KOROTUKSEN_KEY = 'badRequest.validation.ammatillinen.eiKorotuksenSuoritus'
const ALKAMISPÄIVÄ_KEY = 'badRequest.validation.date.alkamispäivä'

/** The earliest start of a korotus study right. */
export const KOROTUS_AIKAISINTAAN = '2023-07-01'

/** A suoritus of KOSKI's Korotuksellinen classes, as far as read here. */
type Korotuksellinen = SuoritusLike & { readonly korotettu?: Koodi; readonly tunnustettu?: unknown }

/** Every osasuoritus below `s` at any depth, with its path. */
function rekursiiviset(s: SuoritusLike, path: string): [Korotuksellinen, string][] {
  const out: [Korotuksellinen, string][] = []
  eachOsasuoritus(s, path, (os, p) => out.push([os as Korotuksellinen, p]))
  return out
}

/** KOSKI's Korotuksellinen: muu osittaisen tutkinnon osa, muiden opintovalmiuksia tukevien opintojen suoritus, osa-alue. */
const onKorotuksellinen = (s: SuoritusLike): boolean =>
  (onTutkinnonOsa(s) && !onValinnanMahdollisuus(s) && !onYhteinenTutkinnonOsa(s)) ||
  s.tyyppi.koodiarvo === 'ammatillinenmuitaopintovalmiuksiatukeviaopintoja' ||
  s.tyyppi.koodiarvo === 'ammatillisentutkinnonosanosaalue'

/** KOSKI's validateKaikkiKorotukselliset: some osasuoritus below, and every Korotuksellinen one passes `ehto`. */
const kaikkiKorotukselliset = (kaikki: readonly [Korotuksellinen, string][], ehto: (k: Korotuksellinen) => boolean): boolean =>
  kaikki.length > 0 && kaikki.every(([k]) => !onKorotuksellinen(k) || ehto(k))

type Osittainen = AmmSuoritus & { readonly korotettuKeskiarvo?: number }

function korotuksenTarkistukset(oo: Ammatillinen, s: Osittainen, path: string, base: string): Finding[] {
  const findings: Finding[] = []
  const lisää = (key: string, p: string, v: Viesti): void => void findings.push(error('A-KOR-1', key, p, v))
  const jaksot = oo.tila.opiskeluoikeusjaksot
  const viimeinen = jaksot[jaksot.length - 1]?.tila.koodiarvo
  const valmistunut = viimeinen === 'valmistunut'
  const eronnut = viimeinen === 'katsotaaneronneeksi'
  const oss = s.osasuoritukset ?? []
  const kaikki = rekursiiviset(s, path)
  const epäonnistuneet = kaikkiKorotukselliset(kaikki, (k) => k.korotettu?.koodiarvo === 'korotuksenyritys' || k.tunnustettu !== undefined)
  const a = alkamispäivä(oo)
  if (a === undefined || a < KOROTUS_AIKAISINTAAN) lisää(ALKAMISPÄIVÄ_KEY, ooPath(base, 'tila.opiskeluoikeusjaksot[0].alku'), m.korotusAlkaaLiianAikaisin)
  if (!((!valmistunut && oss.length === 0) || kaikkiKorotukselliset(kaikki, (k) => k.korotettu !== undefined || k.tunnustettu !== undefined))) {
    lisää(KOROTETTU_OSASUORITUS_KEY, `${path}.osasuoritukset`, m.korotuksenOsasuorituksetEiKorotuksia)
  }
  const tunnustettu = oss.findIndex((os) => onTutkinnonOsa(os) && !onValinnanMahdollisuus(os) && (os as Korotuksellinen).tunnustettu !== undefined)
  if (tunnustettu >= 0) lisää(KOROTETTU_OSASUORITUS_KEY, `${path}.osasuoritukset[${tunnustettu}].tunnustettu`, m.korotuksenTutkinnonOsaTunnustettu)
  const keskiarvo = s.korotettuKeskiarvo
  if (valmistunut && epäonnistuneet && keskiarvo !== undefined) lisää(KOROTETTU_KESKIARVO_KEY, `${path}.korotettuKeskiarvo`, m.korotettuKeskiarvoKunKaikkiEpäonnistuivat)
  if (valmistunut && !epäonnistuneet && keskiarvo === undefined) lisää(KOROTETTU_KESKIARVO_KEY, `${path}.korotettuKeskiarvo`, m.korotettuKeskiarvoPuuttuu)
  if (eronnut && oss.length > 0) lisää(KOROTETTU_OSASUORITUS_KEY, `${path}.osasuoritukset`, m.korotusEronneenaOsasuorituksia)
  if (eronnut && keskiarvo !== undefined) lisää(KOROTETTU_KESKIARVO_KEY, `${path}.korotettuKeskiarvo`, m.korotusEronneenaKeskiarvo)
  return findings
}

/** A-KOR-1: the korotus checks of the first päätaso (an osittainen tutkinto) that need no other study right. */
export const korotus: Rule<Ammatillinen> = {
  id: 'A-KOR-1',
  what: "a korotus (osittainen with `korotettuOpiskeluoikeusOid`): starts on 2023-07-01 or later, its osat korotettu or tunnustettu, its tutkinnon osat not tunnustettu, `korotettuKeskiarvo` as the korotukset succeeded, nothing when katsotaaneronneeksi; without the oid no `korotettuKeskiarvo` nor `korotettu` (the comparison with the original study right is KOSKI's)",
  keys: [ALKAMISPÄIVÄ_KEY, KOROTETTU_OSASUORITUS_KEY, KOROTETTU_KESKIARVO_KEY, EI_KOROTUKSEN_KEY],
  severity: 'error',
  source: { catalogue: ['A-KOR-*'], koski: 'AmmatillinenValidation.validateAmmatillisenKorotus' },
  check: (oo, ctx) => {
    const s = oo.suoritukset[0] as Osittainen | undefined
    if (s === undefined || !onOsittainen(s)) return NO_FINDINGS
    const path = suoritusPath(ctx.path, 0)
    if (s.korotettuOpiskeluoikeusOid !== undefined) return korotuksenTarkistukset(oo, s, path, ctx.path)
    if (s.korotettuKeskiarvo !== undefined) return [error('A-KOR-1', KOROTETTU_KESKIARVO_KEY, `${path}.korotettuKeskiarvo`, m.korotettuKeskiarvoIlmanKorotusta)]
    const korotettu = rekursiiviset(s, path).find(([k]) => onKorotuksellinen(k) && k.korotettu !== undefined)
    return korotettu === undefined ? NO_FINDINGS : [error('A-KOR-1', EI_KOROTUKSEN_KEY, `${korotettu[1]}.korotettu`, m.korotettuIlmanKorotusta)]
  },
}
