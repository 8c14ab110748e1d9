/**
 * J-RAH-1, J-RAH-2, J-ALK-1, J-ASIA-1, J-ASIA-2 — the JOTPA rules common to every study-right type (catalogue §3.4;
 * KOSKI's `JotpaValidation.validateOpiskeluoikeus`, run on every study right from `KoskiValidator`), written once and
 * configured per type with {@link jotpaSäännöt}:
 *
 * | type                      | JOTPA rahoitus allowed on its jaksot | `lisätiedot.jotpaAsianumero` |
 * |---------------------------|--------------------------------------|------------------------------|
 * | ammatillinen              | yes                                  | yes                          |
 * | VST JOTPA                 | yes (its jakso class, 14/15 only)    | yes                          |
 * | VST vapaatavoitteinen     | – (its jakso has no rahoitus)        | yes (the VST lisätiedot)     |
 * | MUKS                      | yes (14/15 only)                     | yes                          |
 * | TUVA, LUVA, others        | no (their codecs reject 14/15 first) | – (no such field)            |
 *
 * JOTPA rahoitus = `opintojenRahoitus.koodiarvo` 14 or 15 (koodisto opintojenrahoitus). KOSKI folds every result, so
 * each rule reports on its own.
 */
import { error, type Finding } from '../../finding'
import * as m from '../../messages/jotpa'
import { jaksoPath, lisätietoPath } from '../helpers'
import type { Koodi, OpiskeluoikeusLike } from '../shapes'
import { NO_FINDINGS, type Rule, type RuleMeta } from '../types'

/** KOSKI's `JotpaValidation.JOTPARAHOITUS_KOODIARVOT` (koodisto opintojenrahoitus). */
export const JOTPA_RAHOITUKSET: readonly string[] = ['14', '15']
const JOTPA: ReadonlySet<string> = new Set(JOTPA_RAHOITUKSET)

/** Whether a rahoitus code is JOTPA's (14, 15). */
export const onJotpaRahoitus = (koodiarvo: string | undefined): boolean => koodiarvo !== undefined && JOTPA.has(koodiarvo)

/** Whether some jakso of the study right has JOTPA rahoitus (KOSKI's `jotpaRahoitteinen`). */
export const onJotpaRahoitteinen = (oo: OpiskeluoikeusLike): boolean => oo.tila.opiskeluoikeusjaksot.some((j) => onJotpaRahoitus(j.opintojenRahoitus?.koodiarvo))

/** KOSKI's `validaatiot.jatkuvaanOppimiseenSuunnatutKoulutusmuodotAstuvatVoimaan` (reference.conf). */
export const JOTPA_RAHOITUS_ALKAEN = '2022-01-01'
/** KOSKI's `validaatiot.jotpaAsianumeroVaatimusAlkaa` (reference.conf): J-ASIA-1 applies to transfers from this day (today ≥ it). */
export const JOTPA_ASIANUMERO_VAADITAAN_ALKAEN = '2024-01-01'

export const JOTPA_EI_SALLITTU_KEY = 'badRequest.validation.tila.tilanRahoitusmuotoEiSaaOllaJotpa'
export const JOTPA_YHTENÄISYYS_KEY = 'badRequest.validation.tila.tilanRahoitusmuodonYhtenäisyys'
export const JOTPA_ALKAMISPÄIVÄ_KEY = 'badRequest.validation.date.alkamispäivä'
export const JOTPA_ASIANUMERO_PUUTTUU_KEY = 'badRequest.validation.tila.vaatiiJotpaAsianumeron'
export const JOTPA_ASIANUMERO_ILMAN_RAHOITUSTA_KEY = 'badRequest.validation.tila.jotpaAsianumeroAnnettuVaikkeiJotpaRahoitteinen'

/** How a study-right type meets the JOTPA rules. */
export interface JotpaAsetukset<A> {
  /** Whether the type's jakso class may carry JOTPA rahoitus (ammatillinen, VST JOTPA, MUKS): J-RAH-1 fires only when not. */
  readonly jotpaRahoitusSallittu: boolean
  /** `lisätiedot.jotpaAsianumero`, for the classes that have the field (ammatillinen, VST, MUKS); absent otherwise. */
  readonly asianumero?: (oo: A) => Koodi | undefined
}

const SOURCE = (method: string, muutoshistoria: readonly string[]) => ({ koski: `JotpaValidation.${method}`, muutoshistoria })

/** The metadata of the five rules, written once (each type's rules carry it). */
export const JOTPA_SÄÄNNÖT: Readonly<Record<'rah1' | 'rah2' | 'alk1' | 'asia1' | 'asia2', RuleMeta>> = {
  rah1: {
    id: 'J-RAH-1',
    what: 'JOTPA rahoitus (14/15) only on the jaksot of ammatillinen, VST JOTPA and MUKS (other types: their codecs reject the codes first)',
    keys: [JOTPA_EI_SALLITTU_KEY],
    severity: 'error',
    source: SOURCE('validateOpiskeluoikeusjaksonRahoitusmuoto', ['2022-10-19', '2022-10-26']),
  },
  rah2: {
    id: 'J-RAH-2',
    what: 'a study right with JOTPA rahoitus has one rahoitus code on every funded jakso (not 14 and 15, no other code beside them)',
    keys: [JOTPA_YHTENÄISYYS_KEY],
    severity: 'error',
    source: SOURCE('validateJaksojenRahoituksenYhtenäisyys', ['2022-10-26']),
  },
  alk1: {
    id: 'J-ALK-1',
    what: 'no jakso with JOTPA rahoitus starts before 2022-01-01',
    keys: [JOTPA_ALKAMISPÄIVÄ_KEY],
    severity: 'error',
    source: SOURCE('validateJotpaRahoituksenAlkamispäivä', ['2022-11-09']),
  },
  asia1: {
    id: 'J-ASIA-1',
    what: 'a JOTPA-funded study right has `lisätiedot.jotpaAsianumero` (from a source system when today ≥ 2024-01-01; from KOSKI\'s UI always)',
    keys: [JOTPA_ASIANUMERO_PUUTTUU_KEY],
    severity: 'error',
    source: SOURCE('validateJotpaAsianumero', ['2024-05-30']),
    voimassa: { alkaen: JOTPA_ASIANUMERO_VAADITAAN_ALKAEN, asetus: 'validaatiot.jotpaAsianumeroVaatimusAlkaa (before it only a study right without lähdejärjestelmänId)' },
  },
  asia2: {
    id: 'J-ASIA-2',
    what: '`lisätiedot.jotpaAsianumero` only when some jakso has JOTPA rahoitus (a study right whose jaksot carry no rahoitus is not JOTPA-funded)',
    keys: [JOTPA_ASIANUMERO_ILMAN_RAHOITUSTA_KEY],
    severity: 'error',
    source: SOURCE('validateJotpaAsianumero', ['2024-05-30']),
  },
}

const rahoitusPath = (base: string, i: number): string => `${jaksoPath(base, i)}.opintojenRahoitus`

/** J-RAH-1: one error per jakso with JOTPA rahoitus, on a type whose jaksot may not carry it. */
const rahoitusEiJotpa = <A extends OpiskeluoikeusLike>(sallittu: boolean): Rule<A> => ({
  ...JOTPA_SÄÄNNÖT.rah1,
  check: (oo, ctx) => {
    if (sallittu) return NO_FINDINGS
    let findings: Finding[] | undefined
    oo.tila.opiskeluoikeusjaksot.forEach((j, i) => {
      if (onJotpaRahoitus(j.opintojenRahoitus?.koodiarvo)) (findings ??= []).push(error('J-RAH-1', JOTPA_EI_SALLITTU_KEY, rahoitusPath(ctx.path, i), m.rahoitusmuotoEiSaaOllaJotpa))
    })
    return findings ?? NO_FINDINGS
  },
})

/**
 * J-RAH-2: KOSKI takes the set of rahoitus codes of every jaksot: a JOTPA code with any other code is an error (once).
 * The path names the first jakso whose rahoitus differs from the first one given.
 */
const rahoitusYhtenäinen = <A extends OpiskeluoikeusLike>(): Rule<A> => ({
  ...JOTPA_SÄÄNNÖT.rah2,
  check: (oo, ctx) => {
    const jaksot = oo.tila.opiskeluoikeusjaksot
    let ensimmäinen: string | undefined
    let eri = -1
    let jotpa = false
    for (let i = 0; i < jaksot.length; i++) {
      const r = jaksot[i]!.opintojenRahoitus?.koodiarvo
      if (r === undefined) continue
      if (onJotpaRahoitus(r)) jotpa = true
      if (ensimmäinen === undefined) ensimmäinen = r
      else if (r !== ensimmäinen && eri < 0) eri = i
    }
    return jotpa && eri >= 0 ? [error('J-RAH-2', JOTPA_YHTENÄISYYS_KEY, rahoitusPath(ctx.path, eri), m.rahoitusmuodonYhtenäisyys)] : NO_FINDINGS
  },
})

/** J-ALK-1: the first jakso with JOTPA rahoitus that starts before 2022-01-01 (KOSKI answers once). */
const jotpaJaksonAlku = <A extends OpiskeluoikeusLike>(): Rule<A> => ({
  ...JOTPA_SÄÄNNÖT.alk1,
  check: (oo, ctx) => {
    const i = oo.tila.opiskeluoikeusjaksot.findIndex((j) => onJotpaRahoitus(j.opintojenRahoitus?.koodiarvo) && j.alku < JOTPA_RAHOITUS_ALKAEN)
    return i < 0 ? NO_FINDINGS : [error('J-ALK-1', JOTPA_ALKAMISPÄIVÄ_KEY, jaksoPath(ctx.polku, i).kenttä('alku'), m.jotpaJaksoEnnenRajapäivää(JOTPA_RAHOITUS_ALKAEN))]
  },
})

/**
 * J-ASIA-1: JOTPA-funded ⇒ `lisätiedot.jotpaAsianumero`, when the study right comes from KOSKI's UI (no
 * `lähdejärjestelmänId`) or today ≥ 2024-01-01 (KOSKI: now after the day before). A type without the field (none
 * can be JOTPA-funded) never gets it.
 */
const asianumeroVaaditaan = <A extends OpiskeluoikeusLike>(asianumero: ((oo: A) => Koodi | undefined) | undefined): Rule<A> => ({
  ...JOTPA_SÄÄNNÖT.asia1,
  check: (oo, ctx) => {
    if (asianumero === undefined || !onJotpaRahoitteinen(oo)) return NO_FINDINGS
    const voimassa = oo.lähdejärjestelmänId === undefined || ctx.today >= JOTPA_ASIANUMERO_VAADITAAN_ALKAEN
    return voimassa && asianumero(oo) === undefined
      ? [error('J-ASIA-1', JOTPA_ASIANUMERO_PUUTTUU_KEY, lisätietoPath(ctx.polku, 'jotpaAsianumero'), m.vaatiiJotpaAsianumeron)]
      : NO_FINDINGS
  },
})

/** J-ASIA-2: `jotpaAsianumero` without any jakso of JOTPA rahoitus (whatever the date). */
const asianumeroVainJotpalle = <A extends OpiskeluoikeusLike>(asianumero: ((oo: A) => Koodi | undefined) | undefined): Rule<A> => ({
  ...JOTPA_SÄÄNNÖT.asia2,
  check: (oo, ctx) =>
    asianumero !== undefined && asianumero(oo) !== undefined && !onJotpaRahoitteinen(oo)
      ? [error('J-ASIA-2', JOTPA_ASIANUMERO_ILMAN_RAHOITUSTA_KEY, lisätietoPath(ctx.polku, 'jotpaAsianumero'), m.jotpaAsianumeroIlmanJotpaRahoitusta)]
      : NO_FINDINGS,
})

/** The five JOTPA rules configured for one study-right type, in KOSKI's order. */
export function jotpaSäännöt<A extends OpiskeluoikeusLike>({ jotpaRahoitusSallittu, asianumero }: JotpaAsetukset<A>): readonly Rule<A>[] {
  return [rahoitusEiJotpa<A>(jotpaRahoitusSallittu), rahoitusYhtenäinen<A>(), jotpaJaksonAlku<A>(), asianumeroVaaditaan<A>(asianumero), asianumeroVainJotpalle<A>(asianumero)]
}
