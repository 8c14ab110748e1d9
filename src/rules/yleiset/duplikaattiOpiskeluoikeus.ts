/**
 * G-DUPOO-1 — a duplicate study right (DuplikaattiValidation.scala › validateDuplikaatit, KOSKI's global stage): written
 * once, configured per type by a {@link DuplikaattiVertailu}. Needs the learner's other study rights stored in KOSKI
 * (`options.storedStudyRights`, raw JSON read defensively).
 *
 * KOSKI's criteria, as its code has them: another stored study right of the learner that
 * - is not this one: neither the same `oid` nor an equal `lähdejärjestelmänId` (system and id, an absent id equal to an
 *   absent id) — a stored one without oid / lähdejärjestelmänId is never "the same";
 * - is not mitätöity (KOSKI's system user does not see them; an ended one is compared);
 * - has `sisältyyOpiskeluoikeuteen` exactly when this one has;
 * - has the same `oppilaitos.oid` (this one's missing oppilaitos is inferred by KOSKI from the toimipiste: here its
 *   päätaso toimipiste is used, which is the oppilaitos exactly when the toimipiste is one);
 * - has the same `tyyppi` (koodiarvo and koodistoUri), and its first päätaso the same `koulutusmoduuli.tunniste.koodiarvo`
 *   and `tyyppi.koodiarvo`;
 * - meets the type's own criterion (the configuration: e.g. the same `opintokokonaisuus` for VST JOTPA, VST
 *   vapaatavoitteinen and MUKS);
 * - and whose period [alkamispäivä, päättymispäivä] overlaps this one's (both ends inclusive; no päättymispäivä = open,
 *   no alkamispäivä = from the beginning of time).
 *
 * Linear: the stored study rights are indexed once per `validate` call (by every criterion but the period), and each
 * study right is looked up in its bucket by binary search and range maxima (a sparse table), so n study rights against
 * m stored ones cost O((n + m) log m), never n × m — plus, per study right, the stored copies of itself (the same oid or
 * lähdejärjestelmänId, normally one), which are stepped over. The index lives in a WeakMap keyed by the call's resolved
 * options: made on the first look-up of a call, gone with it.
 */
import { isCalendarDate } from '../../date'
import { error, type Finding } from '../../finding'
import { getOwn, isRecord } from '../../json'
import * as m from '../../messages/yleiset'
import type { ResolvedOptions } from '../../options'
import { onPäättäväTila } from '../helpers'
import type { OpiskeluoikeusLike } from '../shapes'
import { NO_FINDINGS, type Rule } from '../types'

/** A type's own criterion of a duplicate, as keys: a study right conflicts with a stored one sharing one of its keys. */
export interface DuplikaattiVertailu {
  /** What the criterion is, one line (docs and tests). */
  readonly kuvaus: string
  /** The keys of the study right being validated (decoded): none = it is never a duplicate (KOSKI's `HttpStatus.ok`). */
  readonly uudenAvaimet: (oo: OpiskeluoikeusLike) => readonly string[]
  /** The keys of a stored study right (raw JSON: read defensively). */
  readonly tallennetunAvaimet: (raw: unknown) => readonly string[]
}

const KAIKKI: readonly string[] = Object.freeze([''])
const EI_MITÄÄN: readonly string[] = Object.freeze([])

/** KOSKI's generic criterion (`findSamaOppilaitosJaTyyppiSamaanAikaan`): the base criteria and the period only. TUVA, LUVA, perusopetuksen lisäopetus. */
export const YLEINEN_VERTAILU: DuplikaattiVertailu = {
  kuvaus: 'same oppilaitos, tyyppi and päätaso, overlapping period',
  uudenAvaimet: () => KAIKKI,
  tallennetunAvaimet: () => KAIKKI,
}

const str = (u: unknown): string | undefined => (typeof u === 'string' ? u : undefined)

/** A Koodistokoodiviite's identity as KOSKI's `equals` has it: koodiarvo and koodistoUri. */
const koodiAvain = (u: unknown): string | undefined => {
  const arvo = str(getOwn(u, 'koodiarvo'))
  const uri = str(getOwn(u, 'koodistoUri'))
  return arvo === undefined || uri === undefined ? undefined : JSON.stringify([arvo, uri])
}

/** The suoritukset of a raw or decoded study right (a bounded read: only the items looked at are read). */
const suoritukset = (oo: unknown): readonly unknown[] => {
  const s = getOwn(oo, 'suoritukset')
  return Array.isArray(s) ? s : EI_MITÄÄN
}

const suorituksenTyyppi = (s: unknown): string | undefined => str(getOwn(getOwn(s, 'tyyppi'), 'koodiarvo'))

/**
 * KOSKI's `opintokokonaisuus(oo)`: the `koulutusmoduuli.opintokokonaisuus` of the first suoritus of the given päätaso
 * types, as a key; none when there is no such suoritus or it has no opintokokonaisuus.
 */
const opintokokonaisuus = (oo: unknown, päätasot: ReadonlySet<string>): readonly string[] => {
  const lista = suoritukset(oo)
  const n = Math.min(lista.length, 1000)
  for (let i = 0; i < n; i++) {
    const s = lista[i]
    const tyyppi = suorituksenTyyppi(s)
    if (tyyppi === undefined || !päätasot.has(tyyppi)) continue
    const avain = koodiAvain(getOwn(getOwn(s, 'koulutusmoduuli'), 'opintokokonaisuus'))
    return avain === undefined ? EI_MITÄÄN : [`opintokokonaisuus:${avain}`]
  }
  return EI_MITÄÄN
}

/**
 * KOSKI's `findConflictingVstOpintokokonaisuudella` / `findConflictingMuks`: when the päätaso is one of `päätasot`, a
 * duplicate also has the same `opintokokonaisuus` (a study right without one is never a duplicate); a study right of
 * another päätaso (other VST) is compared by the generic criterion.
 */
export const opintokokonaisuudella = (päätasot: readonly string[]): DuplikaattiVertailu => {
  const joukko: ReadonlySet<string> = new Set(päätasot)
  const omaPäätaso = (oo: unknown): boolean => {
    const tyyppi = suorituksenTyyppi(suoritukset(oo)[0])
    return tyyppi !== undefined && joukko.has(tyyppi)
  }
  return {
    kuvaus: `same oppilaitos, tyyppi and päätaso, overlapping period; päätaso ${päätasot.join(', ')}: the same opintokokonaisuus`,
    uudenAvaimet: (oo) => (omaPäätaso(oo) ? opintokokonaisuus(oo, joukko) : KAIKKI),
    tallennetunAvaimet: (raw) => (omaPäätaso(raw) ? opintokokonaisuus(raw, joukko) : KAIKKI),
  }
}

/** MUKS (`findConflictingMuks`): the same opintokokonaisuus. */
export const MUKS_VERTAILU: DuplikaattiVertailu = opintokokonaisuudella(['muukuinsaanneltykoulutus'])

/** VST (`isJotpa || isVstVapaatavoitteinen` → by opintokokonaisuus; other VST päätasot generic). */
export const VST_VERTAILU: DuplikaattiVertailu = opintokokonaisuudella(['vstjotpakoulutus', 'vstvapaatavoitteinenkoulutus'])

/** KOSKI's `duplikaatinSallivatAmmatillisenKoulutuksenPerusteenDiaarinumerot` (reference.conf). */
export const DUPLIKAATIN_SALLIVAT_DIAARINUMEROT: readonly string[] = ['OPH-1161-2018', 'OPH-2487-2018', 'OPH-2142-2025']

/** The päätaso types of KOSKI's `AmmatillisenTutkinnonOsittainenTaiKokoTutkintoKolutuksenSuoritus` (they carry the diaarinumero compared). */
const TUTKINNON_PÄÄTASOT: ReadonlySet<string> = new Set(['ammatillinentutkinto', 'ammatillinentutkintoosittainen', 'ammatillinentutkintoosittainenuseastatutkinnosta'])

const diaarinumerot = (oo: unknown): string[] => {
  const out: string[] = []
  const lista = suoritukset(oo)
  const n = Math.min(lista.length, 1000)
  for (let i = 0; i < n; i++) {
    const s = lista[i]
    const tyyppi = suorituksenTyyppi(s)
    if (tyyppi === undefined || !TUTKINNON_PÄÄTASOT.has(tyyppi)) continue
    const d = str(getOwn(getOwn(s, 'koulutusmoduuli'), 'perusteenDiaarinumero'))
    if (d !== undefined) out.push(d)
  }
  return out
}

const kaikkiTyyppiä = (oo: unknown, tyyppi: string): boolean => {
  const lista = suoritukset(oo)
  for (let i = 0; i < Math.min(lista.length, 1000); i++) if (suorituksenTyyppi(lista[i]) !== tyyppi) return false
  return true
}

/**
 * Ammatillinen (`findConflictingAmmatillinen`): muu ammatillinen koulutus (every päätaso `muuammatillinenkoulutus`)
 * and TOPKS (every päätaso `tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus`) are never duplicates; a study
 * right with a tutkinto (koko or osittainen) or näyttötutkintoon valmistava päätaso is a duplicate of one sharing a
 * perusteenDiaarinumero of those tutkinnot (never when its own include one of {@link DUPLIKAATIN_SALLIVAT_DIAARINUMEROT});
 * any other (VALMA, TELMA…) by the generic criterion. Read from the päätaso types, for the ammatillinen codecs to come.
 */
export const AMMATILLINEN_VERTAILU: DuplikaattiVertailu = {
  kuvaus: 'ammatillinen: muu ammatillinen and TOPKS never; tutkinto: the same perusteenDiaarinumero (except the allowed ones); otherwise generic',
  uudenAvaimet: (oo) => {
    if (kaikkiTyyppiä(oo, 'muuammatillinenkoulutus')) return EI_MITÄÄN
    const lista = suoritukset(oo)
    const tutkinto = lista.slice(0, 1000).some((s) => {
      const t = suorituksenTyyppi(s)
      return t !== undefined && (TUTKINNON_PÄÄTASOT.has(t) || t === 'nayttotutkintoonvalmistavakoulutus')
    })
    if (tutkinto) {
      const omat = diaarinumerot(oo)
      if (omat.some((d) => DUPLIKAATIN_SALLIVAT_DIAARINUMEROT.includes(d))) return EI_MITÄÄN
      return omat.map((d) => `diaari:${d}`)
    }
    if (kaikkiTyyppiä(oo, 'tutkinnonosaapienemmistäkokonaisuuksistakoostuvasuoritus')) return EI_MITÄÄN
    return KAIKKI
  },
  tallennetunAvaimet: (raw) => ['', ...diaarinumerot(raw).map((d) => `diaari:${d}`)],
}

// ---------------------------------------------------------------------------------------------------------------
// The criteria every type shares, and the period

const ÄÄRETÖN = '\uffff'

/** The identity of a `lähdejärjestelmänId` as KOSKI's case-class equality has it (an absent id is equal to an absent id). */
const lähdejärjestelmäAvain = (oo: unknown): string | undefined => {
  const lj = getOwn(oo, 'lähdejärjestelmänId')
  if (!isRecord(lj)) return undefined
  const järjestelmä = koodiAvain(getOwn(lj, 'lähdejärjestelmä'))
  if (järjestelmä === undefined) return undefined
  const id = getOwn(lj, 'id')
  return JSON.stringify([typeof id === 'string' ? id : null, järjestelmä])
}

/** Every criterion but the type's own and the period, as one key; undefined when the study right lacks one of them. */
const perusavain = (oo: unknown, oppilaitos: string | undefined): string | undefined => {
  const tyyppi = koodiAvain(getOwn(oo, 'tyyppi'))
  if (oppilaitos === undefined || tyyppi === undefined) return undefined
  const ensimmäinen = suoritukset(oo)[0]
  const tunniste = str(getOwn(getOwn(getOwn(ensimmäinen, 'koulutusmoduuli'), 'tunniste'), 'koodiarvo')) ?? null
  const sisältyy = getOwn(oo, 'sisältyyOpiskeluoikeuteen')
  return JSON.stringify([oppilaitos, tyyppi, tunniste, suorituksenTyyppi(ensimmäinen) ?? null, sisältyy !== undefined && sisältyy !== null])
}

/** [alkamispäivä, päättymispäivä] of a study right from its jaksot ('' = none, {@link ÄÄRETÖN} = open); undefined when unreadable or mitätöity. */
const voimassaolo = (oo: unknown): readonly [string, string] | undefined => {
  const jaksot = getOwn(getOwn(oo, 'tila'), 'opiskeluoikeusjaksot')
  if (!Array.isArray(jaksot)) {
    // a summary without tila: its synthetic dates, if any
    const a = getOwn(oo, 'alkamispäivä')
    const p = getOwn(oo, 'päättymispäivä')
    if (!isCalendarDate(a)) return undefined
    return [a, isCalendarDate(p) ? p : ÄÄRETÖN]
  }
  if (jaksot.length === 0) return ['', ÄÄRETÖN]
  const alku = getOwn(jaksot[0], 'alku')
  const viimeinen = jaksot[jaksot.length - 1]
  const loppu = getOwn(viimeinen, 'alku')
  const tila = str(getOwn(getOwn(viimeinen, 'tila'), 'koodiarvo'))
  if (!isCalendarDate(alku) || !isCalendarDate(loppu) || tila === undefined) return undefined
  if (tila === 'mitatoity') return undefined
  return [alku, onPäättäväTila(tila) ? loppu : ÄÄRETÖN]
}

// ---------------------------------------------------------------------------------------------------------------
// The index of the stored study rights

const lisääPaikka = (kartta: Map<string, number[]>, avain: string, i: number): void => {
  const paikat = kartta.get(avain)
  if (paikat === undefined) kartta.set(avain, [i])
  else paikat.push(i)
}

/** The stored study rights of one bucket (every criterion but the period equal), by alkamispäivä. */
class Lokero {
  alut: string[] = []
  loput: string[] = []
  oidit: (string | undefined)[] = []
  lähdejärjestelmät: (string | undefined)[] = []
  private järjestetty = false
  /** taulu[k][i] = the largest loppu of positions i … i + 2^k − 1 */
  private taulu: string[][] = []
  private oidittain = new Map<string, number[]>()
  private lähdejärjestelmittäin = new Map<string, number[]>()

  lisää(alku: string, loppu: string, oid: string | undefined, lj: string | undefined): void {
    this.alut.push(alku)
    this.loput.push(loppu)
    this.oidit.push(oid)
    this.lähdejärjestelmät.push(lj)
  }

  /** Sorts by alku and builds the sparse table, once, when first looked up. */
  private valmista(): void {
    if (this.järjestetty) return
    this.järjestetty = true
    const n = this.alut.length
    const järjestys = Array.from({ length: n }, (_, i) => i).sort((a, b) => (this.alut[a]! < this.alut[b]! ? -1 : this.alut[a]! > this.alut[b]! ? 1 : a - b))
    const lajittele = <T>(xs: T[]): T[] => järjestys.map((i) => xs[i]!)
    this.alut = lajittele(this.alut)
    this.loput = lajittele(this.loput)
    this.oidit = lajittele(this.oidit)
    this.lähdejärjestelmät = lajittele(this.lähdejärjestelmät)
    for (let i = 0; i < n; i++) {
      const oid = this.oidit[i]
      if (oid !== undefined) lisääPaikka(this.oidittain, oid, i)
      const lj = this.lähdejärjestelmät[i]
      if (lj !== undefined) lisääPaikka(this.lähdejärjestelmittäin, lj, i)
    }
    this.taulu = [this.loput.slice()]
    for (let k = 1; 1 << k <= n; k++) {
      const edellinen = this.taulu[k - 1]!
      const puoli = 1 << (k - 1)
      const rivi: string[] = []
      for (let i = 0; i + (1 << k) <= n; i++) {
        const a = edellinen[i]!
        const b = edellinen[i + puoli]!
        rivi.push(a > b ? a : b)
      }
      this.taulu.push(rivi)
    }
  }

  /** The largest loppu of positions [from, to) (to > from). */
  private suurin(from: number, to: number): string {
    const k = 31 - Math.clz32(to - from)
    const rivi = this.taulu[k]!
    const a = rivi[from]!
    const b = rivi[to - (1 << k)]!
    return a > b ? a : b
  }

  /** Whether a stored study right of this bucket other than the same one (`oid`, `lj`) overlaps [alku, loppu]. */
  päällekkäinen(alku: string, loppu: string, oid: string | undefined, lj: string | undefined): boolean {
    this.valmista()
    // the stored ones starting on or before `loppu`: a prefix
    let lo = 0
    let hi = this.alut.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.alut[mid]! <= loppu) lo = mid + 1
      else hi = mid
    }
    const n = lo
    if (n === 0) return false
    // the same study right is never compared with itself: the prefix without those positions
    const pois = new Set<number>()
    if (oid !== undefined) for (const i of this.oidittain.get(oid) ?? []) if (i < n) pois.add(i)
    if (lj !== undefined) for (const i of this.lähdejärjestelmittäin.get(lj) ?? []) if (i < n) pois.add(i)
    let from = 0
    for (const p of [...pois].sort((a, b) => a - b)) {
      if (p > from && this.suurin(from, p) >= alku) return true
      from = p + 1
    }
    return n > from && this.suurin(from, n) >= alku
  }
}

type Indeksi = ReadonlyMap<string, Lokero>

/** The longest stored list read (as `validate` reads `previous`). */
const ENINTÄÄN = 1_000_000

const indeksoi = (tallennetut: readonly unknown[], vertailu: DuplikaattiVertailu): Indeksi => {
  const indeksi = new Map<string, Lokero>()
  const n = tallennetut.length > ENINTÄÄN ? 0 : tallennetut.length
  for (let i = 0; i < n; i++) {
    const raw: unknown = tallennetut[i]
    if (!isRecord(raw)) continue
    const perus = perusavain(raw, str(getOwn(getOwn(raw, 'oppilaitos'), 'oid')))
    const väli = voimassaolo(raw)
    if (perus === undefined || väli === undefined) continue
    const oid = str(getOwn(raw, 'oid'))
    const lj = lähdejärjestelmäAvain(raw)
    for (const avain of new Set(vertailu.tallennetunAvaimet(raw))) {
      const k = `${perus}\u0000${avain}`
      let lokero = indeksi.get(k)
      if (lokero === undefined) indeksi.set(k, (lokero = new Lokero()))
      lokero.lisää(väli[0], väli[1], oid, lj)
    }
  }
  return indeksi
}

/** The index of a call's stored study rights per criterion, kept only as long as that call's options object lives. */
let indeksit: WeakMap<ResolvedOptions, Map<DuplikaattiVertailu, Indeksi>> | undefined

const indeksiKutsulle = (options: ResolvedOptions, vertailu: DuplikaattiVertailu): Indeksi | undefined => {
  const tallennetut = options.storedStudyRights
  if (tallennetut === undefined) return undefined
  indeksit ??= new WeakMap()
  let kutsun = indeksit.get(options)
  if (kutsun === undefined) indeksit.set(options, (kutsun = new Map()))
  let indeksi = kutsun.get(vertailu)
  if (indeksi === undefined) kutsun.set(vertailu, (indeksi = indeksoi(tallennetut, vertailu)))
  return indeksi
}

/**
 * G-DUPOO-1 configured for a type: `conflict.exists` "Vastaava opiskeluoikeus on jo olemassa." when a stored study
 * right of the learner is a duplicate by KOSKI's criteria (module comment) and the type's `vertailu`. The rule's
 * metadata is the same for every type (one rule, configured).
 */
export const duplikaattiOpiskeluoikeus = (vertailu: DuplikaattiVertailu = YLEINEN_VERTAILU): Rule<OpiskeluoikeusLike> => ({
  id: 'G-DUPOO-1',
  what: 'with `storedStudyRights`: no stored study right of the same oppilaitos, tyyppi and päätaso (and the type\'s own criterion: opintokokonaisuus for VST JOTPA / vapaatavoitteinen and MUKS) with an overlapping period',
  keys: ['conflict.exists'],
  severity: 'error',
  needs: ['storedStudyRights'],
  source: {
    catalogue: ['G-DUPOO-1', 'T-DUP-1', 'VJ-DUP-1', 'VV-DUP-1', 'M-DUP-1', 'A-DUP-1'],
    koski: 'DuplikaattiValidation.validateDuplikaatit',
    muutoshistoria: ['2025-05-16', '2025-05-22', '2025-06-30', '2026-02-19'],
  },
  check: (oo, ctx) => {
    if (oo.tila.opiskeluoikeusjaksot.length === 0) return NO_FINDINGS // KOSKI fails before its global stage (M-TILA-1)
    const avaimet = vertailu.uudenAvaimet(oo)
    if (avaimet.length === 0) return NO_FINDINGS
    const indeksi = indeksiKutsulle(ctx.options, vertailu)
    if (indeksi === undefined || indeksi.size === 0) return NO_FINDINGS
    const oppilaitos = str(getOwn(getOwn(oo, 'oppilaitos'), 'oid')) ?? str(getOwn(getOwn(oo.suoritukset[0], 'toimipiste'), 'oid'))
    const perus = perusavain(oo, oppilaitos)
    const väli = voimassaolo(oo)
    if (perus === undefined || väli === undefined) return NO_FINDINGS
    const oid = oo.oid
    const lj = lähdejärjestelmäAvain(oo)
    for (const avain of avaimet) {
      const lokero = indeksi.get(`${perus}\u0000${avain}`)
      if (lokero !== undefined && lokero.päällekkäinen(väli[0], väli[1], oid, lj)) {
        const f: Finding = error('G-DUPOO-1', 'conflict.exists', ctx.path, m.vastaavaOpiskeluoikeusOlemassa)
        return [f]
      }
    }
    return NO_FINDINGS
  },
})
