/** io-ts validation errors → KOSKI's `badRequest.validation.jsonSchema` findings. */
import type * as t from 'io-ts'
import { EI_LAINAUKSIA, jsonPointer, lainauksena, pointerToken, rakennevirhe, uusiKuvio, type Finding, type Paikka } from '../finding'
import { TIIVISTEEN_ALKU, tiivisteeseen, tähtiTiivisteeseen } from '../kuvio'
import { schemaMessage, tuntemattomanAvaimenLöydös, tuntemattomanKentänLöydös } from '../messages/schema'
import { VERRATTAVAN_PITUUS, asciiMerkkienLajit, merkinLaji } from '../messages/lahinKentta'
import { VIESTIN_PITUUS, kuusiNumeroa, lainaus, merkinLuokka, merkkijoukko } from '../yksityisyys'
import { issueOf, lukijaOf, Ohitettava, Tuntemattomat, type SchemaIssue, type UnexpectedPropertyIssue } from './schema'

/** KOSKI's key for a body its JSON parser rejects. */
export const JSON_FORMAT_KEY = 'badRequest.format.json'

/** Whether `key` is written `[key]` (an index) and is digits only, as the index of a list is. */
const onIndeksi = (key: string): boolean => {
  if (key.length === 0 || key.length > 10) return false
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

// `[i]` and `/i` of the first indices, each made on first use: a broken list fails at every index, and a path built
// of these parts makes one string less per part
const INDEKSEJÄ = 4096
const HAKASULUISSA: string[] = []
const KAUTTAVIIVALLA: string[] = []
/**
 * The part `alku + key + loppu` of the index `key` (digits), from `tehdyt` when the index is one of the first
 * INDEKSEJÄ written without leading zeros.
 */
const indeksinOsa = (tehdyt: string[], alku: string, key: string, loppu: string): string => {
  const i = key.length <= 4 && (key.length === 1 || key.charCodeAt(0) !== 48) ? Number(key) : INDEKSEJÄ
  return i < INDEKSEJÄ ? (tehdyt[i] ??= alku + key + loppu) : alku + key + loppu
}

/** The declared keys of a codec: a strict class's, or those of each class of a union resolved by one lookup. */
const onKenttä = (type: unknown, key: string): boolean => {
  const known = (type as { readonly known?: ReadonlySet<string> }).known
  if (known !== undefined) return known.has(key)
  const members = (type as { readonly members?: readonly unknown[] }).members
  if (members === undefined) return false
  for (let i = 0; i < members.length; i++) {
    const k = (members[i] as { readonly known?: ReadonlySet<string> }).known
    if (k !== undefined && k.has(key)) return true
  }
  return false
}

/**
 * The paths of io-ts contexts below `base`, one context after another, with what the masking and maxFindings need to
 * know of each ({@link Paikka}):
 * - the keys of the path that are not ours: a key is ours when the parent's codec declares it (a field name of the
 *   codec) or when it is a list's index; any other (an unknown key of the document) is quoted, and only those are
 *   masked (src/yksityisyys);
 * - its pattern (`polunKuvio`): the same number as the previous path's when the two differ only in indices (else a
 *   new one, {@link uusiKuvio}), and its hash, built part by part as `kuvionTiiviste` builds it from the whole path.
 * The place is one object, updated for each path: what a finding keeps of it is copied (src/finding.ts).
 * The path of each prefix of the last context is kept, so that the next one — the errors of a broken list or object
 * come together and share all but their last entries (the same entry objects: the decoder pushes one per child) —
 * builds only what follows their common prefix. An entry is an index when its parent (the previous entry's value) is
 * an array, so an object key such as `"0"` stays a key. A path is a rope of its prefix and its last key: the first
 * reader of its characters flattens it, and one that neither the masking nor maxFindings need read is never read.
 */
class Polut {
  private edellinen: t.Context = []
  /** By depth i, of the last context: the path of the entries 1…i (`base` at 0), its keys not ours, its hash. */
  private readonly polut: string[]
  private readonly lainaukset: (readonly string[])[]
  private readonly tiivisteet: number[]
  /** By depth i, of the last context: the JSON Pointer of the entries 1…i, built from the keys themselves, and whether it escapes none of them. */
  private readonly osoittimet: string[]
  private readonly kenottomat: boolean[] = [true]
  /**
   * By depth i, of the last context: the path and the pointer of the entries 1…i with the separator of a child key
   * (`.`, `/`) appended, made when a child key is first built on them: the siblings of a broken object share it.
   */
  private readonly pisteellä: (string | undefined)[] = []
  private readonly kauttaviivalla: (string | undefined)[] = []
  /** By depth, of the last context: the key as the path writes it, and whether it is a list's index. */
  private readonly avaimet: string[] = ['']
  private readonly indeksit: boolean[] = [false]
  /** By depth, of the last context: the key as the context has it, the parent's codec, whether the parent is a list, whether the key is ours. */
  private readonly raakaAvaimet: string[] = ['']
  private readonly tyypit: unknown[] = [undefined]
  private readonly listassa: boolean[] = [false]
  private readonly omat: boolean[] = [false]
  /**
   * By depth, of the last context, of its key when not ours (`omat` false; only then are these written and read):
   * what the masking, the "did you mean" and the pointer read of it, found in one scan ({@link Polut.luePiirteet}):
   * its `merkkijoukko`, whether it has six digits in a row, its `lajit` (-1: not scanned for them) and whether it has
   * no `~` or `/`. At depth 0, of `base` when it is not ours.
   */
  private readonly osanMerkit: number[] = [0]
  private readonly osanKuusi: boolean[] = [false]
  private readonly osanLajit: number[] = [-1]
  private readonly osanKenoton: boolean[] = [true]
  // what luePiirteet found of the key it scanned last
  private piirteenMerkit = 0
  private piirteenKuusi = false
  private piirteenLajit = -1
  private piirteenKenoton = true
  private paikka: { -readonly [K in keyof Paikka]: Paikka[K] } | undefined
  private osoitin = ''
  private kuvio = 0
  // of a run of sibling keys (ajoAlkaa): the parts their paths share, the last built key as quoted and, until the run
  // ends (ajoPäättyy), as the object has it
  private ajonPolku = ''
  private ajonOsoitin = ''
  private ajonTiiviste = 0
  private ajonLainaukset: readonly string[] = EI_LAINAUKSIA
  private ajonKenoton = true
  private ajonMerkit = 0
  private ajonKuusi = false
  private ajonViimeinen: string | undefined
  private ajonRaaka: string | undefined
  private ajonViimeinenPolku = ''

  /**
   * `tiivistä`: whether the patterns' hashes are built (only maxFindings reads them, and only when it is finite: see
   * rajaaLöydökset); else the place has none.
   */
  constructor(
    private readonly base: string,
    pohjaOmaa: boolean,
    private readonly tiivistä: boolean = true,
  ) {
    this.polut = [base]
    this.lainaukset = [pohjaOmaa || base === '' ? EI_LAINAUKSIA : [base]]
    this.tiivisteet = [tiivisteeseen(TIIVISTEEN_ALKU, base)]
    this.osoittimet = [jsonPointer(base)]
    this.kenottomat[0] = this.osoittimet[0]!.indexOf('~') === -1
    const omaPohja = pohjaOmaa || base === ''
    this.omat[0] = omaPohja
    if (!omaPohja) {
      this.osanMerkit[0] = merkkijoukko(base)
      this.osanKuusi[0] = kuusiNumeroa(base)
    }
  }

  /**
   * One pass over a key not ours of an object (not a list): its `merkkijoukko` and whether it has six digits in a row
   * (src/yksityisyys), its `lajit` (src/messages/lahinKentta), whether it has a `~` or a `/` (`pointerToken` would
   * escape it), each by its own module's definition of a character's class, and, when `tiivistä`, `h` with the key
   * mixed in as `tiivisteeseen` mixes it (a key holding a `[` is left to that function); the hash is returned, the rest
   * kept in the `piirteen…` fields. Tests check each against its module's own function.
   */
  private luePiirteet(key: string, h: number, tiivistä: boolean): number {
    let merkit = 0
    let lajit = 0
    let peräkkäin = 0
    let kuusi = key.length > VIESTIN_PITUUS
    let kenoton = true
    let hakasulku = false
    let tiiviste = h
    const ascii = asciiMerkkienLajit()
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i)
      merkit |= merkinLuokka(c)
      lajit |= c < 128 ? ascii[c]! : merkinLaji(c)
      if (c >= 48 && c <= 57) {
        if (++peräkkäin === 6) kuusi = true
      } else {
        peräkkäin = 0
        if (c === 126 /* ~ */ || c === 47 /* / */) kenoton = false
        else if (c === 91 /* [ */) hakasulku = true
      }
      if (tiivistä) tiiviste = Math.imul(tiiviste ^ c, 0x01000193)
    }
    this.piirteenMerkit = merkit
    this.piirteenKuusi = kuusi
    this.piirteenLajit = key.length > VERRATTAVAN_PITUUS ? -1 : lajit
    this.piirteenKenoton = kenoton
    return !tiivistä ? 0 : hakasulku ? tiivisteeseen(h, key) : tiiviste
  }

  /** The path of `context`; {@link viimeinenPaikka} is then its place. */
  polku(context: t.Context): string {
    const edellinen = this.edellinen
    if (this.onSisarus(context)) return this.sisarus(context)
    const { polut, lainaukset, tiivisteet, avaimet, indeksit, osoittimet } = this
    // of one pattern with the previous path when as long and, beyond the common prefix, the same keys or indices
    let samaKuvio = this.paikka !== undefined && context.length === edellinen.length
    for (let i = this.yhteinenAlku(context); i < context.length; i++) {
      const parent = polut[i - 1]!
      const raaka = context[i]!.key
      const vanhempi = context[i - 1]!
      const listassa = Array.isArray(vanhempi.actual)
      // of the previous path's pattern so far, and here the same key (not an index) of a parent of the same codec and
      // kind (a broken list: every item's failure below its index): the part is as before — its key as written, ours
      // or not, and its hash (the pattern's hash so far is the same) — and only the texts and the quoted keys are
      // built on the new parents
      const entinen = samaKuvio && raaka === this.raakaAvaimet[i] && vanhempi.type === this.tyypit[i] && listassa === this.listassa[i] && !indeksit[i]
      let key: string
      let indeksi: boolean
      let oma: boolean
      if (entinen) {
        key = avaimet[i]!
        indeksi = false
        oma = this.omat[i]!
      } else {
        key = lainaus(raaka, 200)
        indeksi = listassa && onIndeksi(key)
        if (samaKuvio) samaKuvio = this.samaOsa(i, key, indeksi)
        // a key the class does not have is read by Ohitettava (strict's unknown keys): not ours, without a lookup
        oma = indeksi || (!listassa && context[i]!.type !== Ohitettava && onKenttä(vanhempi.type, key))
        avaimet[i] = key
        indeksit[i] = indeksi
        this.raakaAvaimet[i] = raaka
        this.tyypit[i] = vanhempi.type
        this.listassa[i] = listassa
        this.omat[i] = oma
        if (!oma && listassa) {
          // a key not an index in a list (`[x]`): scanned by each module's own function (seldom met)
          this.osanMerkit[i] = merkkijoukko(key)
          this.osanKuusi[i] = kuusiNumeroa(key)
          this.osanLajit[i] = -1
          this.osanKenoton[i] = pointerToken(key) === key
        }
      }
      // the path and pointer of depth i are new: so are those with a separator appended
      this.pisteellä[i] = undefined
      this.kauttaviivalla[i] = undefined
      const h = tiivisteet[i - 1]!
      const tiivistä = this.tiivistä && !entinen
      if (listassa) {
        polut[i] = indeksi ? parent + indeksinOsa(HAKASULUISSA, '[', key, ']') : `${parent}[${key}]`
        if (tiivistä) tiivisteet[i] = indeksi ? tähtiTiivisteeseen(h) : tiivisteeseen(h, `[${key}]`)
      } else {
        const alku = parent === '' ? h : Math.imul(h ^ 46 /* . */, 0x01000193)
        polut[i] = parent === '' ? key : (this.pisteellä[i - 1] ??= `${parent}.`) + key
        if (!oma && !entinen) {
          // a key not ours, new here: scanned once for all that reads it
          const tiiviste = this.luePiirteet(key, alku, tiivistä)
          if (tiivistä) tiivisteet[i] = tiiviste
          this.osanMerkit[i] = this.piirteenMerkit
          this.osanKuusi[i] = this.piirteenKuusi
          this.osanLajit[i] = this.piirteenLajit
          this.osanKenoton[i] = this.piirteenKenoton
        } else if (tiivistä) tiivisteet[i] = tiivisteeseen(alku, key)
      }
      // an index or a field name of ours has no `~` or `/` to escape
      if (indeksi) {
        osoittimet[i] = osoittimet[i - 1]! + indeksinOsa(KAUTTAVIIVALLA, '/', key, '')
        this.kenottomat[i] = this.kenottomat[i - 1]!
      } else {
        const kenoton = oma || this.osanKenoton[i]!
        osoittimet[i] = (this.kauttaviivalla[i - 1] ??= `${osoittimet[i - 1]!}/`) + (kenoton ? key : pointerToken(key))
        this.kenottomat[i] = this.kenottomat[i - 1]! && kenoton
      }
      const aiemmat = lainaukset[i - 1]!
      lainaukset[i] = oma ? aiemmat : aiemmat.length === 0 ? lainauksena(key) : [...aiemmat, key]
    }
    // the entries beyond the context's length are stale, and overwritten before they are read again
    this.edellinen = context
    const viimeinen = Math.max(0, context.length - 1)
    this.paikaksi(viimeinen, samaKuvio)
    return polut[viimeinen]!
  }

  /**
   * The place ({@link viimeinenPaikka}) and pointer of the path whose parts up to depth `viimeinen` were just written,
   * of the previous path's pattern or a new one. One place, updated: its maker (rakennevirhe) copies what it keeps.
   */
  private paikaksi(viimeinen: number, samaKuvio: boolean): void {
    this.osoitin = this.osoittimet[viimeinen]!
    const polku = this.lainaukset[viimeinen]!
    if (!samaKuvio) this.kuvio = uusiKuvio()
    const tiiviste = this.tiivistä ? this.tiivisteet[viimeinen]! : undefined
    const kenoton = this.kenottomat[viimeinen]!
    // of the keys not ours (none on a path of ours alone: nothing read), their classes together
    let polunMerkit = 0
    let polunKuusi = false
    if (polku.length > 0) {
      for (let d = 0; d <= viimeinen; d++) {
        if (this.omat[d]) continue
        polunMerkit |= this.osanMerkit[d]!
        polunKuusi ||= this.osanKuusi[d]!
      }
    }
    const avain = this.avaimet[viimeinen]!
    const avaimenLajit = viimeinen > 0 && !this.omat[viimeinen] ? this.osanLajit[viimeinen]! : -1
    const p = this.paikka
    if (p === undefined) this.paikka = { polku, kuvio: this.kuvio, tiiviste, kenoton, polunMerkit, polunKuusi, avain, avaimenLajit }
    else {
      p.polku = polku
      p.kuvio = this.kuvio
      p.tiiviste = tiiviste
      p.kenoton = kenoton
      p.polunMerkit = polunMerkit
      p.polunKuusi = polunKuusi
      p.avain = avain
      p.avaimenLajit = avaimenLajit
    }
  }

  /**
   * Whether `context` ends with an unknown key (read by Ohitettava) of the object whose unknown key (or other child) the
   * last context ended with, another key than that one: its sibling, whose path {@link sisarus} builds.
   */
  onSisarus(context: t.Context): boolean {
    const n = context.length
    return (
      n >= 2 &&
      n === this.edellinen.length &&
      this.paikka !== undefined &&
      context[n - 1]!.type === Ohitettava &&
      context[n - 1]!.key !== this.raakaAvaimet[n - 1] &&
      this.yhteinenAlku(context) === n - 1 &&
      !Array.isArray(context[n - 2]!.actual)
    )
  }

  /**
   * {@link polku} of a context that differs from the last one only in its last entry, an unknown key (read by
   * Ohitettava) of an object (not a list) with another key than the last context's there: the unknown keys of a
   * broken object, one after another. The same path, pointer, place and state as `polku` makes (a test compares the
   * two), by its steps for that one case alone: a thousand unknown keys take one small function (not the whole of
   * `polku`, whose compiled form other documents' paths shape).
   */
  sisarus(context: t.Context): string {
    const i = context.length - 1
    const polku = this.sisarusAvain(i, context[i]!.key, context[i - 1]!.type)
    this.edellinen = context
    return polku
  }

  /**
   * {@link sisarus}'s steps for the unknown key `raaka` at depth `i`, of an object of the codec `tyyppi`, told without
   * a context (the keys of a {@link Tuntemattomat}, the one before it built last): the last context stays as it was
   * until {@link viimeinenKonteksti} is set.
   */
  sisarusAvain(i: number, raaka: string, tyyppi: unknown): string {
    this.ajoAlkaa(i)
    const polku = this.ajonAvain(raaka)
    this.ajoPäättyy(i, tyyppi)
    return polku
  }

  /**
   * The context the last path was of: set by {@link polku}, and by the caller once a {@link Tuntemattomat}'s keys are
   * built ({@link sisarusAvain}): its last key's.
   */
  get viimeinenKonteksti(): t.Context {
    return this.edellinen
  }
  set viimeinenKonteksti(context: t.Context) {
    this.edellinen = context
  }

  /**
   * A run of sibling keys at depth `i`, the unknown keys of one object after one of them was built (the last path's
   * parts above depth `i` are theirs): what their paths share, found once here; each key's path, pointer and place then
   * by {@link ajonAvain}, and the depth's own parts written only for the last one, when the run ends ({@link ajoPäättyy}):
   * a thousand unknown keys wrote a dozen arrays each, for the next key to overwrite. {@link sisarusAvain} is a run of one.
   */
  ajoAlkaa(i: number): void {
    const parent = this.polut[i - 1]!
    const h = this.tiivisteet[i - 1]!
    this.ajonPolku = parent === '' ? '' : (this.pisteellä[i - 1] ??= `${parent}.`)
    this.ajonOsoitin = this.kauttaviivalla[i - 1] ??= `${this.osoittimet[i - 1]!}/`
    this.ajonTiiviste = parent === '' ? h : Math.imul(h ^ 46 /* . */, 0x01000193)
    this.ajonLainaukset = this.lainaukset[i - 1]!
    this.ajonKenoton = this.kenottomat[i - 1]!
    // of the keys not ours above depth i, their classes together (as paikaksi finds them)
    let merkit = 0
    let kuusi = false
    for (let d = 0; d < i; d++) {
      if (this.omat[d]) continue
      merkit |= this.osanMerkit[d]!
      kuusi ||= this.osanKuusi[d]!
    }
    this.ajonMerkit = merkit
    this.ajonKuusi = kuusi
    this.ajonViimeinen = this.indeksit[i] === false ? this.avaimet[i] : undefined
    this.ajonRaaka = undefined
  }

  /** Whether the unknown key `raaka` is of the pattern of the run's last built key (quoted alike: {@link sisarusAvain}). */
  ajonKuviossa(raaka: string): boolean {
    return lainaus(raaka, 200) === this.ajonViimeinen
  }

  /**
   * The path of the unknown key `raaka`, the next of the run ({@link ajoAlkaa}); its pointer and place are then the
   * last ({@link viimeinenOsoitin}, {@link viimeinenPaikka}), of the last built key's pattern when quoted alike
   * ({@link ajonKuviossa}), else of a new one. The depth's own parts are left to {@link ajoPäättyy}.
   */
  ajonAvain(raaka: string): string {
    const key = lainaus(raaka, 200)
    // two keys of over 200 characters that differ only beyond them are quoted alike: of one pattern
    if (key !== this.ajonViimeinen) this.kuvio = uusiKuvio()
    const tiivistä = this.tiivistä
    const polku = this.ajonPolku === '' ? key : this.ajonPolku + key
    const tiiviste = this.luePiirteet(key, this.ajonTiiviste, tiivistä)
    const kenoton = this.piirteenKenoton
    this.osoitin = this.ajonOsoitin + (kenoton ? key : pointerToken(key))
    const aiemmat = this.ajonLainaukset
    const p = this.paikka!
    p.polku = aiemmat.length === 0 ? lainauksena(key) : [...aiemmat, key]
    p.kuvio = this.kuvio
    p.tiiviste = tiivistä ? tiiviste : undefined
    p.kenoton = this.ajonKenoton && kenoton
    p.polunMerkit = this.ajonMerkit | this.piirteenMerkit
    p.polunKuusi = this.ajonKuusi || this.piirteenKuusi
    p.avain = key
    p.avaimenLajit = this.piirteenLajit
    this.ajonViimeinen = key
    this.ajonRaaka = raaka
    this.ajonViimeinenPolku = polku
    return polku
  }

  /**
   * Ends the run at depth `i` of an object of the codec `tyyppi`: the depth's parts written of its last key built (the
   * last key scanned: the `piirteen…` fields are its own), as the next path, built on them, reads them.
   */
  ajoPäättyy(i: number, tyyppi: unknown): void {
    const raaka = this.ajonRaaka
    if (raaka === undefined) return
    this.ajonRaaka = undefined
    const p = this.paikka!
    this.avaimet[i] = p.avain
    this.indeksit[i] = false
    this.raakaAvaimet[i] = raaka
    this.tyypit[i] = tyyppi
    this.listassa[i] = false
    this.omat[i] = false
    // the path and pointer of depth i are new: so are those with a separator appended
    this.pisteellä[i] = undefined
    this.kauttaviivalla[i] = undefined
    this.polut[i] = this.ajonViimeinenPolku
    if (this.tiivistä) this.tiivisteet[i] = p.tiiviste!
    this.osanMerkit[i] = this.piirteenMerkit
    this.osanKuusi[i] = this.piirteenKuusi
    this.osanLajit[i] = this.piirteenLajit
    this.osanKenoton[i] = this.piirteenKenoton
    this.osoittimet[i] = this.osoitin
    this.kenottomat[i] = p.kenoton
    this.lainaukset[i] = p.polku
  }

  /** {@link samaKuvio} of the unknown key `raaka` at depth `i` of the object whose other unknown key the last path ended with. */
  samaSisarus(i: number, raaka: string): boolean {
    return this.paikka !== undefined && this.samaOsa(i, lainaus(raaka, 200), false)
  }

  /**
   * Whether `context`'s path has the pattern of the path {@link polku} returned last (as `polku` would find), told
   * from its keys alone: nothing is built, and the last path stays the last.
   */
  samaKuvio(context: t.Context): boolean {
    if (this.paikka === undefined || context.length !== this.edellinen.length) return false
    for (let i = this.yhteinenAlku(context); i < context.length; i++) {
      const key = lainaus(context[i]!.key, 200)
      if (!this.samaOsa(i, key, Array.isArray(context[i - 1]!.actual) && onIndeksi(key))) return false
    }
    return true
  }

  /** The first depth (from 1) where `context`'s entries differ from the last context's (the same entry objects before it). */
  private yhteinenAlku(context: t.Context): number {
    const edellinen = this.edellinen
    const yhteinen = Math.min(context.length, edellinen.length)
    let i = 1
    while (i < yhteinen && context[i] === edellinen[i]) i++
    return i
  }

  /** Whether the part at depth `i` (`key`, an index or not) is of the last path's pattern: an index there too, or the same key. */
  private samaOsa(i: number, key: string, indeksi: boolean): boolean {
    return indeksi ? this.indeksit[i] === true : this.indeksit[i] === false && this.avaimet[i] === key
  }

  /** The JSON Pointer of the path {@link polku} returned last. */
  get viimeinenOsoitin(): string {
    return this.osoitin
  }

  /** The place of the path {@link polku} returned last. */
  get viimeinenPaikka(): Paikka {
    return this.paikka!
  }
}

/** The JSON path of an io-ts context below `base` (the root entry of the context is `base` itself). */
export function contextPath(base: string, context: t.Context): string {
  return new Polut(base, false).polku(context)
}

/**
 * {@link schemaFindings}; `pohjaOmaa`: `base` is a path of ours (validate's), not a caller's. `max`: validate's
 * maxFindings. Of a run of more than `max` errors of one rule and errorType at paths of one pattern (a broken list),
 * those beyond the first `max` are not built: the last built finding stands in their places, as many times, for
 * maxFindings to count (their group has more than `max` findings, so it lists none of them: they are counted in its
 * summary, which takes only what they share — severity, rule, key, errorType and the pattern).
 */
export function rakennelöydökset(errors: t.Errors, base: string, pohjaOmaa: boolean, max: number = Infinity): Finding[] {
  const rakennus = new Rakennus(errors, new Polut(base, pohjaOmaa, max !== Infinity), max)
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i]!
    // an object's unknown keys, in a loop of their own; the unknown keys that follow an unknown key (its siblings) too
    if (e instanceof Tuntemattomat) rakennus.ryhmä(e)
    else i = rakennus.yksi(e) ? rakennus.sisarukset(i + 1) - 1 : i
  }
  return rakennus.out
}

/**
 * {@link rakennelöydökset}'s findings, one error after another, and what a run of them shares: the last built finding,
 * its pattern and how many findings of its kind and pattern came in a row (`ajo`).
 */
class Rakennus {
  readonly out: Finding[] = []
  private edellinen: Finding | undefined
  private edellinenKuvio: number | undefined
  private ajo = 0

  constructor(
    private readonly errors: t.Errors,
    private readonly polut: Polut,
    private readonly max: number,
  ) {}

  /** The finding of the error `e`; whether it is an unknown key (S-1), whose siblings may follow ({@link sisarukset}). */
  yksi(e: t.ValidationError): boolean {
    const polut = this.polut
    const issue = issueOf(e)
    const samaLaji = this.samaLaji(issue)
    const tuntematon = issue.errorType === 'unexpectedProperty'
    // a run already beyond `max`: its next error of the same kind and pattern is not built, nor is its path
    if (this.ajo >= this.max && samaLaji && polut.samaKuvio(e.context)) {
      this.sijainen()
      return tuntematon
    }
    const path = polut.polku(e.context)
    const paikka = polut.viimeinenPaikka
    if (this.ajossa(samaLaji, paikka.kuvio)) return tuntematon
    // S-16: KOSKI's parser rejects the document before its schema (`badRequest.format.json`, no errorType)
    const f =
      issue.errorType === 'liianSyvä'
        ? rakennevirhe(issue.rule, path, paikka, schemaMessage(issue), undefined, polut.viimeinenOsoitin, JSON_FORMAT_KEY)
        : issue.errorType === 'unexpectedProperty'
          ? tuntemattomanKentänLöydös(issue, path, paikka, polut.viimeinenOsoitin, issue.key === paikka.avain ? paikka.avaimenLajit : undefined)
          : rakennevirhe(issue.rule, path, paikka, schemaMessage(issue), issue.errorType, polut.viimeinenOsoitin)
    this.lisää(f, paikka.kuvio)
    return tuntematon
  }

  /**
   * The findings of an object's unknown keys ({@link Tuntemattomat}), as {@link yksi} and {@link sisarukset} would
   * build them from their errors one by one: the first by `yksi`, the others as its siblings, each from its key alone
   * (a key that stands in for a run beyond `max` builds no path: the keys after it by `yksi` too, until one is built).
   */
  ryhmä(g: Tuntemattomat): void {
    const { avaimet } = g
    const polut = this.polut
    const syvyys = g.pohja.length
    const tyyppi = g.pohja[syvyys - 1]!.type
    // until the path of one of this object's keys is built (its parents' parts are then this object's: a key standing
    // in for a run beyond `max` builds no path), each key by yksi, from its own context
    let j = 0
    let omalla = false
    while (j < avaimet.length && !omalla) {
      const e = g.virhe(j++)
      this.yksi(e)
      omalla = polut.viimeinenKonteksti === e.context
    }
    if (j === avaimet.length) return
    // the others, its siblings: a run (Polut.ajoAlkaa). A key of another pattern than the last built one (keys of
    // over 200 characters may be quoted alike) is of the kind of the finding before, in a run of its own (sisarusLöydös
    // would find just that): built from its key alone, with no issue object; one of the same pattern as sisarusLöydös does
    const malli = g.kenttä(0)
    let viimeinen = -1
    polut.ajoAlkaa(syvyys)
    for (; j < avaimet.length; j++) {
      const raaka = avaimet[j]!
      if (!polut.ajonKuviossa(raaka)) {
        const path = polut.ajonAvain(raaka)
        const paikka = polut.viimeinenPaikka
        const key = lainaus(raaka)
        this.ajo = 1
        this.lisää(tuntemattomanAvaimenLöydös(malli.rule, key, malli.luokka, malli.kentät, path, paikka, polut.viimeinenOsoitin, key === paikka.avain ? paikka.avaimenLajit : undefined), paikka.kuvio)
        viimeinen = j
        continue
      }
      polut.ajoPäättyy(syvyys, tyyppi)
      if (this.sisarusLöydös(g.kenttä(j), raaka, syvyys, tyyppi)) viimeinen = j
      polut.ajoAlkaa(syvyys)
    }
    polut.ajoPäättyy(syvyys, tyyppi)
    if (viimeinen >= 0) polut.viimeinenKonteksti = g.virhe(viimeinen).context
  }

  /**
   * The findings of the unknown keys from the error `alku` on that are siblings of the error before (the unknown keys
   * of a broken object, one after another: {@link Polut.onSisarus}), as {@link yksi} would build them: a thousand of
   * them take this loop alone (not the general one, whose compiled form other documents' errors shape); the index of
   * the first error that is not one.
   */
  sisarukset(alku: number): number {
    const { errors, polut } = this
    let i = alku
    let viimeinen: t.Context | undefined
    for (; i < errors.length; i++) {
      const e = errors[i]!
      const issue = issueOf(e)
      if (issue.errorType !== 'unexpectedProperty' || !polut.onSisarus(e.context)) break
      const n = e.context.length - 1
      if (this.sisarusLöydös(issue, e.context[n]!.key, n, e.context[n - 1]!.type)) viimeinen = e.context
    }
    if (viimeinen !== undefined) polut.viimeinenKonteksti = viimeinen
    return i
  }

  /**
   * The finding of the unknown key `raaka` (its issue `issue`) at depth `syvyys` of an object of the codec `tyyppi`,
   * a sibling of the last path's key ({@link Polut.onSisarus}), as {@link yksi} builds it — or, in a run beyond `max`
   * of one kind and pattern, the last finding built standing in for it. Whether its path was built (it is then the
   * last path; its context is the caller's to set: {@link Polut.viimeinenKonteksti}).
   */
  private sisarusLöydös(issue: UnexpectedPropertyIssue, raaka: string, syvyys: number, tyyppi: unknown): boolean {
    const polut = this.polut
    const samaLaji = this.samaLaji(issue)
    // a run already beyond `max`: its next error of the same kind and pattern is not built, nor is its path
    if (this.ajo >= this.max && samaLaji && polut.samaSisarus(syvyys, raaka)) {
      this.sijainen()
      return false
    }
    const path = polut.sisarusAvain(syvyys, raaka, tyyppi)
    const paikka = polut.viimeinenPaikka
    if (this.ajossa(samaLaji, paikka.kuvio)) return true
    // the "did you mean" takes the key's kinds from the path's scan of that same key
    this.lisää(tuntemattomanKentänLöydös(issue, path, paikka, polut.viimeinenOsoitin, issue.key === paikka.avain ? paikka.avaimenLajit : undefined), paikka.kuvio)
    return true
  }

  /** Whether an error of `issue` is of the kind (rule and errorType) of the last finding built. */
  private samaLaji(issue: SchemaIssue): boolean {
    const edellinen = this.edellinen
    return edellinen !== undefined && issue.rule === edellinen.rule && issue.errorType === edellinen.errorType
  }

  /** The last finding built, standing in for an error of a run beyond `max` (the run counts it). */
  private sijainen(): void {
    this.ajo++
    this.out.push(this.edellinen!)
  }

  /**
   * Counts the error whose path was just built (of the pattern `kuvio`) in its run, or starts a new run; whether the run
   * is now beyond `max` (the last finding built then stands in for it, and it is not built).
   */
  private ajossa(samaLaji: boolean, kuvio: number): boolean {
    if (samaLaji && kuvio === this.edellinenKuvio) {
      if (++this.ajo > this.max) {
        this.out.push(this.edellinen!)
        return true
      }
    } else this.ajo = 1
    return false
  }

  /** Puts the finding built, of the pattern `kuvio`, in the output: the last one built. */
  private lisää(f: Finding, kuvio: number): void {
    this.out.push(f)
    this.edellinen = f
    this.edellinenKuvio = kuvio
  }
}

/** One finding per io-ts error, with KOSKI's errorType, our rule id and the message in fi/sv/en. */
export function schemaFindings(errors: t.Errors, base: string): Finding[] {
  return rakennelöydökset(errors, base, false)
}

/** Runs a codec at `base` and returns the decoded value or the structural findings (for validate, with its maxFindings). */
export function decodeAt<A>(codec: t.Decoder<unknown, A>, value: unknown, base: string, maxFindings: number = Infinity): { readonly value: A } | { readonly findings: Finding[] } {
  // the codec's reader, not its io-ts validate: an object's unknown keys stay one failure (Tuntemattomat)
  const virheet: t.ValidationError[] = []
  const a = lukijaOf(codec)(value, [{ key: '', type: codec, actual: value }], virheet)
  return virheet.length === 0 ? { value: a } : { findings: rakennelöydökset(virheet, base, true, maxFindings) }
}
