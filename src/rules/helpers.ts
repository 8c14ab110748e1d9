/** Small pure helpers the rules share. */
import type { Kirjaimellinen, OmaPolku } from '../finding'
import { getOwn, isRecord } from '../json'
import type { ArviointiLike, OpiskeluoikeusLike, SuoritusLike, Tunniste } from './shapes'

/** States that end a study right (KOSKI's päättävät tilat). */
export const PÄÄTTÄVÄT_TILAT: ReadonlySet<string> = new Set([
  'eronnut',
  'hyvaksytystisuoritettu',
  'katsotaaneronneeksi',
  'keskeytynyt',
  'mitatoity',
  'peruutettu',
  'paattynyt',
  'valmistunut',
])

export const onPäättäväTila = (koodiarvo: string): boolean => PÄÄTTÄVÄT_TILAT.has(koodiarvo)

/** The study right's alkamispäivä: the first jakso's alku (KOSKI recomputes it; a sent value is ignored). */
export const alkamispäivä = (oo: OpiskeluoikeusLike): string | undefined => oo.tila.opiskeluoikeusjaksot[0]?.alku

/** The study right's päättymispäivä: the last jakso's alku when its tila ends the study right. */
export const päättymispäivä = (oo: OpiskeluoikeusLike): string | undefined => {
  const jaksot = oo.tila.opiskeluoikeusjaksot
  const last = jaksot[jaksot.length - 1]
  return last !== undefined && onPäättäväTila(last.tila.koodiarvo) ? last.alku : undefined
}

/** The last jakso's tila. */
export const viimeinenTila = (oo: OpiskeluoikeusLike): string | undefined => {
  const jaksot = oo.tila.opiskeluoikeusjaksot
  return jaksot[jaksot.length - 1]?.tila.koodiarvo
}

export const onMitätöity = (oo: OpiskeluoikeusLike): boolean => viimeinenTila(oo) === 'mitatoity'

/** The date of an arviointi (`päivä`, or MUKS's `arviointipäivä`). */
export const arviointipäivä = (a: ArviointiLike): string | undefined => a.päivä ?? a.arviointipäivä

/** The latest arviointi by date (the later one in the list on a tie), as KOSKI's "last arviointi". */
export const viimeisinArviointi = (arvioinnit: readonly ArviointiLike[] | undefined): ArviointiLike | undefined => {
  let best: ArviointiLike | undefined
  for (const a of arvioinnit ?? []) {
    if (best === undefined || (arviointipäivä(a) ?? '') >= (arviointipäivä(best) ?? '')) best = a
  }
  return best
}

const isLocalized = (u: unknown): boolean => isRecord(u) && ['fi', 'sv', 'en'].some((k) => typeof getOwn(u, k) === 'string')

const localizedText = (u: unknown): string => {
  for (const k of ['fi', 'sv', 'en']) {
    const v = getOwn(u, k)
    if (typeof v === 'string') return v
  }
  return ''
}

/** Whether a tunniste is a PaikallinenKoodi (local code with a name, no koodisto). */
export const onPaikallinen = (tunniste: Tunniste): boolean => typeof tunniste.koodistoUri !== 'string' && isLocalized(tunniste.nimi)

/** A tunniste the way KOSKI writes it in messages: `koodistoUri/koodiarvo`, or `koodiarvo (nimi)` for a local code. */
export const tunnisteTeksti = (tunniste: Tunniste): string =>
  onPaikallinen(tunniste) ? `${tunniste.koodiarvo} (${localizedText(tunniste.nimi)})` : `${String(tunniste.koodistoUri)}/${tunniste.koodiarvo}`

/**
 * The identity of a tunniste for duplicate detection: `koodistoUri/koodiarvo`, or for a local code its code and name
 * (every language, compared by value, so `{fi, sv}` and `{sv, fi}` are the same name).
 */
export const tunnisteAvain = (tunniste: Tunniste): string =>
  onPaikallinen(tunniste)
    ? `\u0000${tunniste.koodiarvo}\u0000${['fi', 'sv', 'en'].map((k) => String(getOwn(tunniste.nimi, k) ?? '')).join('\u0000')}`
    : `${String(tunniste.koodistoUri)}/${tunniste.koodiarvo}`

/** Two tunnisteet are the same osasuoritus: same koodisto and code, or for local codes the same code and name. */
export const samaTunniste = (a: Tunniste, b: Tunniste): boolean => tunnisteAvain(a) === tunnisteAvain(b)

// Decimal sums and Java's Double printing live on the ground floor (src/numero); re-exported for the rules.
export { desimaalit, scalaDouble, summaDesimaaleina } from '../numero'

/**
 * The one walker of an osasuoritus tree: calls `visit` for every osasuoritus below `suoritus`, depth first in document
 * order (a node before its osasuoritukset), with its path (built once per node from its parent's) and its parent;
 * `leave`, when given, after the node's own osasuoritukset. Linear in the tree; recursive, one frame per level (the
 * codecs read osasuoritukset at most 500 levels deep: S-16).
 */
export function eachOsasuoritus(
  suoritus: SuoritusLike,
  path: string,
  visit: (osasuoritus: SuoritusLike, path: string, parent: SuoritusLike) => void,
  leave?: (osasuoritus: SuoritusLike) => void,
): void {
  const osat = suoritus.osasuoritukset
  if (osat === undefined) return
  for (let i = 0; i < osat.length; i++) {
    const osa = osat[i] as SuoritusLike
    const p = `${path}.osasuoritukset[${i}]`
    visit(osa, p, suoritus)
    eachOsasuoritus(osa, p, visit, leave)
    if (leave !== undefined) leave(osa)
  }
}

/**
 * Calls `visit` for every suoritus of the study right: each päätaso (its `parent` undefined), then the osasuoritukset
 * below it ({@link eachOsasuoritus}), in document order, with their paths.
 */
export function eachSuoritus(
  suoritukset: readonly SuoritusLike[],
  base: string,
  visit: (s: SuoritusLike, path: string, parent: SuoritusLike | undefined) => void,
): void {
  for (let i = 0; i < suoritukset.length; i++) {
    const s = suoritukset[i]!
    const p = suoritusPath(base, i)
    visit(s, p, undefined)
    eachOsasuoritus(s, p, visit)
  }
}

/** Calls `visit` for every osasuoritus below `suoritus`, at any depth, where no path is needed (the order is the walker's). */
export function eachOsasuoritusIlmanPolkua(suoritus: SuoritusLike, visit: (osasuoritus: SuoritusLike) => void): void {
  const osat = suoritus.osasuoritukset
  if (osat === undefined) return
  for (let i = 0; i < osat.length; i++) {
    const osa = osat[i] as SuoritusLike
    visit(osa)
    eachOsasuoritusIlmanPolkua(osa, visit)
  }
}

// The path helpers take the study right's path as a string (`ctx.path`) and give a string, or as an OmaPolku
// (`ctx.polku`) and give one: a rule's finding is then made with the pointer built of the same parts (src/finding.ts).

/** Path of the i-th päätason suoritus. */
export function suoritusPath(base: OmaPolku, i: number): OmaPolku
export function suoritusPath(base: string, i: number): string
export function suoritusPath(base: string | OmaPolku, i: number): string | OmaPolku {
  if (typeof base !== 'string') return base.kenttä('suoritukset').alkio(i)
  return base === '' ? `suoritukset[${i}]` : `${base}.suoritukset[${i}]`
}

/** Path of a field of the study right (`rest`: field names and indices of ours, e.g. `tila.opiskeluoikeusjaksot`). */
export function ooPath<K extends string>(base: OmaPolku, rest: Kirjaimellinen<K>): OmaPolku
export function ooPath(base: string, rest: string): string
export function ooPath(base: string | OmaPolku, rest: string): string | OmaPolku {
  if (typeof base !== 'string') return base.polku(rest as Kirjaimellinen<string>)
  return base === '' ? rest : `${base}.${rest}`
}

/** Path of the i-th opiskeluoikeusjakso. */
export function jaksoPath(base: OmaPolku, i: number): OmaPolku
export function jaksoPath(base: string, i: number): string
export function jaksoPath(base: string | OmaPolku, i: number): string | OmaPolku {
  if (typeof base !== 'string') return base.polku('tila.opiskeluoikeusjaksot').alkio(i)
  return ooPath(base, `tila.opiskeluoikeusjaksot[${i}]`)
}

/** Path of a lisätieto (`lisätiedot.<kenttä>`, or its i-th period). */
export function lisätietoPath<K extends string>(base: OmaPolku, kenttä: Kirjaimellinen<K>, i?: number): OmaPolku
export function lisätietoPath(base: string, kenttä: string, i?: number): string
export function lisätietoPath(base: string | OmaPolku, kenttä: string, i?: number): string | OmaPolku {
  if (typeof base !== 'string') {
    const p = base.kenttä('lisätiedot').kenttä(kenttä as Kirjaimellinen<string>)
    return i === undefined ? p : p.alkio(i)
  }
  return ooPath(base, i === undefined ? `lisätiedot.${kenttä}` : `lisätiedot.${kenttä}[${i}]`)
}
