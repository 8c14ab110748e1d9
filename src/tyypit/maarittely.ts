/**
 * What a study-right type declares about itself (its descriptor), and the one way every type is checked: decode with
 * its own class's codec, then run that class's rules. The decoded type of a class is known only inside {@link luokka}:
 * `validate` sees a descriptor through {@link OpiskeluoikeudenTyyppi} and needs no cast.
 */
import * as t from 'io-ts'
import { decodeAt } from '../codecs/errors'
import { annettuKoodi, dispatch, fail, failureAt, getOwn, koodinPoikkeama, koodinSääntö, merkkijonona, Ohitettava, type SchemaIssue } from '../codecs/schema'
import { lisääKaikki, type Finding } from '../finding'
import { onMitätöity } from '../rules/helpers'
import type { OpiskeluoikeusLike } from '../rules/shapes'
import type { ContextNeed, Rule, RuleContext, RuleMeta } from '../rules/types'
import { mitätöintiTulevaisuudessa } from '../rules/yleiset'

/** Where a check puts what it finds (one per `validate` call). */
export interface Tulokset {
  readonly findings: Finding[]
  /** Ids of the rules skipped for lack of context. */
  readonly skipped: Set<string>
}

/** A study right this version does not validate: where it is, its type and, when the päätaso decides, its päätaso. */
export interface Tarkistamaton {
  readonly path: string
  readonly tyyppi: string
  readonly päätaso?: string
}

/** A KOSKI class of a study right with its rules; its decoded type lives only in the closure of `tarkista`. */
export interface Luokka<A> {
  /** KOSKI's class name (the codec's name). */
  readonly nimi: string
  readonly codec: t.Type<A, A, unknown>
  /** The rules of this class, in the order they run. */
  readonly säännöt: readonly RuleMeta[]
  /** Decodes `raw` with this class's codec; structural findings stop here, else the rules run. */
  readonly tarkista: (raw: unknown, context: RuleContext, out: Tulokset) => void
}

/** Whether the context lacks something of `needs` (a loop: no closure per rule and call). */
const puuttuu = (needs: readonly ContextNeed[], ctx: RuleContext): boolean => {
  for (let i = 0; i < needs.length; i++) {
    const need = needs[i]
    const o = ctx.options
    if (
      need === 'previous'
        ? o.previous === undefined
        : need === 'storedStudyRights'
          ? o.storedStudyRights === undefined
          : need === 'withdrawnConsents'
            ? o.withdrawnConsents === undefined
            : need === 'consents'
              ? o.consents === undefined
              : ctx.birthDate === undefined
    )
      return true
  }
  return false
}

/**
 * A rule as the runner reads it. The rules are object literals of many shapes (their metadata spread in), so reading
 * `needs`, `needsFor` and `check` off them in one loop is megamorphic; these are made once per class, all of one shape.
 */
interface Ajettava<A> {
  readonly id: string
  readonly needs: readonly ContextNeed[] | undefined
  readonly needsFor: ((oo: A, ctx: RuleContext) => readonly ContextNeed[]) | undefined
  /**
   * The rule's `check`, read once here: read off the rules themselves in the loop (`rule.check`), it was a megamorphic
   * load per rule and call (measured: 2–5 % of validating a small document). Called as `needsFor` is, without a
   * `this` (a Rule's check is a function property, and none reads `this`).
   */
  readonly check: Rule<A>['check']
}

const ajettavat = <A>(rules: readonly Rule<A>[]): readonly Ajettava<A>[] =>
  rules.map((rule) => ({ id: rule.id, needs: rule.needs, needsFor: rule.needsFor, check: rule.check }))

/**
 * The rules on a decoded study right: a mitätöity one gets G-MIT-2 only (KOSKI stores only the mitätöinti); a rule
 * that needs context the caller did not give is listed in `skipped` instead of run.
 */
function ajaSäännöt<A extends OpiskeluoikeusLike>(rules: readonly Ajettava<A>[], oo: A, ctx: RuleContext, out: Tulokset): void {
  if (onMitätöity(oo)) {
    lisääKaikki(out.findings, mitätöintiTulevaisuudessa.check(oo, ctx))
    return
  }
  for (let r = 0; r < rules.length; r++) {
    const { id, needs: kaikille, needsFor, check } = rules[r]!
    const needs = needsFor === undefined ? kaikille : needsFor(oo, ctx)
    // `previous` counts as given when the caller gave one, even if no stored version matches this study right (then it is new).
    if (needs !== undefined && puuttuu(needs, ctx)) {
      out.skipped.add(id)
      continue
    }
    const löydökset = check(oo, ctx)
    // most rules find nothing: no call for an empty list
    if (löydökset.length !== 0) lisääKaikki(out.findings, löydökset)
  }
}

/** A KOSKI class and its rules, checked together. */
export function luokka<A extends OpiskeluoikeusLike>(codec: t.Type<A, A, unknown>, rules: readonly Rule<A>[]): Luokka<A> {
  const ajettavina = ajettavat(rules)
  return {
    nimi: codec.name,
    codec,
    säännöt: rules,
    tarkista: (raw, ctx, out) => {
      const decoded = decodeAt<A>(codec, raw, ctx.path, ctx.options.maxFindings)
      if ('findings' in decoded) {
        lisääKaikki(out.findings, decoded.findings)
        return
      }
      ajaSäännöt(ajettavina, decoded.value, ctx, out)
    },
  }
}

type LuokanTyyppi<L> = L extends Luokka<infer A> ? A : never

/**
 * The descriptor of one study-right type (`tyyppi.koodiarvo` of koodisto `opiskeluoikeudentyyppi`): everything this
 * library knows about it. Built with {@link opiskeluoikeudenTyyppi}; listed once in `TYYPIT` (src/tyypit/index.ts),
 * from which the Opiskeluoikeus union, `validate`'s dispatch, the registry and the exports derive.
 */
export interface OpiskeluoikeudenTyyppi<K extends string = string, A = unknown> {
  readonly tyyppi: K
  /** KOSKI's class of the study right, e.g. `TutkintokoulutukseenValmentavanOpiskeluoikeus`. */
  readonly luokka: string
  /** The study right's codec: the class itself, or — when KOSKI's classes differ by päätaso — a union resolved by `suoritukset[0].tyyppi`. */
  readonly codec: t.Type<A, A, unknown>
  /** The päätaso types (`suoritukset[0].tyyppi.koodiarvo`) that select a class, when KOSKI selects classes by them; empty otherwise. */
  readonly päätasot: readonly string[]
  /** Päätaso types KOSKI accepts for this type that this version does not validate: such a study right is reported unchecked. */
  readonly tarkistamattomatPäätasot: readonly string[]
  /** Every rule of every class of the type, each once, in order. */
  readonly säännöt: readonly RuleMeta[]
  /** The structural checks particular to this type's classes (their codecs report them, e.g. TUVA's T-LUPA-1). */
  readonly rakennesäännöt: readonly RuleMeta[]
  /**
   * Checks one study right of this type: decode with the class its päätaso selects, then its rules. Returns the
   * päätaso when the study right is of a päätaso this version does not validate (nothing else is done then).
   */
  readonly tarkista: (raw: unknown, context: RuleContext, out: Tulokset) => { readonly tarkistamatonPäätaso: string } | undefined
}

export interface YhdenLuokanTyyppi<K extends string, A> {
  readonly tyyppi: K
  readonly luokka: Luokka<A>
  readonly rakennesäännöt?: readonly RuleMeta[]
}

export interface PäätasoittainenTyyppi<K extends string, P extends Readonly<Record<string, Luokka<any>>>> {
  readonly tyyppi: K
  /** KOSKI's class of the study right (one class whose päätaso decides the variant). */
  readonly luokka: string
  /** The classes by `suoritukset[0].tyyppi.koodiarvo` (koodisto suorituksentyyppi). */
  readonly päätasot: P
  readonly tarkistamattomatPäätasot?: readonly string[]
  readonly rakennesäännöt?: readonly RuleMeta[]
}

/** `suoritukset[0].tyyppi` of a raw study right. */
const päätasonTyyppiKoodi = (raw: unknown): unknown => {
  const suoritukset = getOwn(raw, 'suoritukset')
  const ensimmäinen: unknown = Array.isArray(suoritukset) ? suoritukset[0] : undefined
  return getOwn(ensimmäinen, 'tyyppi')
}
const päätasonTyyppi = (raw: unknown): string | undefined => merkkijonona(getOwn(päätasonTyyppiKoodi(raw), 'koodiarvo'))

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key)

const ainutkertaiset = (lists: readonly (readonly RuleMeta[])[]): readonly RuleMeta[] => {
  const seen = new Set<RuleMeta>()
  for (const list of lists) for (const r of list) seen.add(r)
  return [...seen]
}

/** A study-right type: one KOSKI class, or classes by päätaso (VST: `vstjotpakoulutus`, `vstvapaatavoitteinenkoulutus`, …). */
export function opiskeluoikeudenTyyppi<K extends string, A>(määrittely: YhdenLuokanTyyppi<K, A>): OpiskeluoikeudenTyyppi<K, A>
export function opiskeluoikeudenTyyppi<K extends string, P extends Readonly<Record<string, Luokka<any>>>>(
  määrittely: PäätasoittainenTyyppi<K, P>,
): OpiskeluoikeudenTyyppi<K, LuokanTyyppi<P[keyof P]>>
export function opiskeluoikeudenTyyppi(
  määrittely: YhdenLuokanTyyppi<string, unknown> | PäätasoittainenTyyppi<string, Readonly<Record<string, Luokka<unknown>>>>,
): OpiskeluoikeudenTyyppi<string, unknown> {
  if (!('päätasot' in määrittely)) {
    const { tyyppi, luokka: l } = määrittely
    return {
      tyyppi,
      luokka: l.nimi,
      codec: l.codec,
      päätasot: [],
      tarkistamattomatPäätasot: [],
      säännöt: l.säännöt,
      rakennesäännöt: määrittely.rakennesäännöt ?? [],
      tarkista: (raw, ctx, out) => (l.tarkista(raw, ctx, out), undefined),
    }
  }
  const { tyyppi, luokka: nimi, päätasot } = määrittely
  const tarkistamattomat = new Set(määrittely.tarkistamattomatPäätasot ?? [])
  const avaimet = Object.keys(päätasot)
  const luokat = Object.values(päätasot)
  const luokkaPäätasolle = (päätaso: string | undefined): Luokka<unknown> | undefined => (päätaso !== undefined && own(päätasot, päätaso) ? päätasot[päätaso] : undefined)
  const valitse = (u: unknown): Luokka<unknown> | SchemaIssue => {
    const koodi = päätasonTyyppiKoodi(u)
    const poikkeama = koodinPoikkeama(koodi, avaimet, 'suorituksentyyppi')
    const valittu = poikkeama === undefined ? luokkaPäätasolle(päätasonTyyppi(u)) : undefined
    if (valittu !== undefined) return valittu
    return { errorType: 'notAnyOf', rule: koodinSääntö(poikkeama ?? 'koodiarvo'), union: 'suoritus', allowed: avaimet, poikkeama: poikkeama ?? 'koodiarvo', annettu: annettuKoodi(koodi) }
  }
  const [ensimmäinen, ...muut] = luokat.map((l) => l.codec)
  if (ensimmäinen === undefined) throw new TypeError(`opiskeluoikeudenTyyppi ${tyyppi}: no päätaso classes`)
  // no class fits: the union of päätaso classes fails at the päätaso (`suoritukset[0]`), where KOSKI's union of
  // päätason suoritukset fails (notAnyOf), as a single-class type's päätaso union does; at the study right when it
  // has no first suoritus
  const eiLuokkaa = (issue: SchemaIssue): t.Type<unknown> =>
    new t.Type<unknown>(
      nimi,
      (_): _ is unknown => false,
      (u, c) => {
        const suoritukset = getOwn(u, 'suoritukset')
        if (!Array.isArray(suoritukset) || suoritukset.length === 0) return fail(u, c, issue)
        const lista = [...c, { key: 'suoritukset', type: Ohitettava, actual: suoritukset }]
        return t.failures([failureAt(suoritukset[0], lista, '0', Ohitettava, issue)])
      },
      (a) => a,
    )
  const codec = dispatch(nimi, [ensimmäinen, ...muut], (u) => {
    const valittu = valitse(u)
    return 'errorType' in valittu ? eiLuokkaa(valittu) : valittu.codec
  })
  return {
    tyyppi,
    luokka: nimi,
    codec,
    päätasot: avaimet,
    tarkistamattomatPäätasot: [...tarkistamattomat],
    säännöt: ainutkertaiset(luokat.map((l) => l.säännöt)),
    rakennesäännöt: määrittely.rakennesäännöt ?? [],
    tarkista: (raw, ctx, out) => {
      const päätaso = päätasonTyyppi(raw)
      if (päätaso !== undefined && !own(päätasot, päätaso) && tarkistamattomat.has(päätaso)) return { tarkistamatonPäätaso: päätaso }
      const valittu = valitse(raw)
      if ('errorType' in valittu) {
        // no class of ours fits: the union's structural finding, as KOSKI answers a päätaso it does not know
        const decoded = decodeAt(codec, raw, ctx.path, ctx.options.maxFindings)
        if ('findings' in decoded) lisääKaikki(out.findings, decoded.findings)
        return undefined
      }
      valittu.tarkista(raw, ctx, out)
      return undefined
    },
  }
}
