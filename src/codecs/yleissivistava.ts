/**
 * KOSKI's classes of general education (yleissivistävä koulutus) that LUVA and perusopetuksen lisäopetus share, named
 * after KOSKI's classes (schema/Laajuus.scala, Vahvistus.scala, NuortenPerusopetus.scala, Lukio.scala, Lukio2019.scala):
 * scopes in courses and annual weekly lessons, the confirmation with a municipality, the assessments told by their
 * grade, and the union of a subject (oppiaine) told by its tunniste.
 */
import type * as t from 'io-ts'
import { Aikajakso, koodi, LocalizedString, Organisaatio, Organisaatiohenkilö, PaikallinenKoodi } from './common'
import { annettuKoodi, dispatch, getOwn, isRecord, lista, lukuSuurempiKuin, merkkijonona, Päivämäärä, strict, type SchemaIssue } from './schema'
import { VAIN_LUOTTAMUKSELLINEN } from './erityiset'

const laajuus = (name: string, yksikkö: string) => strict(name, { arvo: lukuSuurempiKuin(0, 'S-10'), yksikkö: koodi('opintojenlaajuusyksikko', [yksikkö]) }, {})

/** KOSKI's LaajuusKursseissa: a scope in courses (`opintojenlaajuusyksikko` 4). */
export const LaajuusKursseissa = laajuus('LaajuusKursseissa', '4')
/** KOSKI's LaajuusVuosiviikkotunneissa: a scope in annual weekly lessons (`opintojenlaajuusyksikko` 3). */
export const LaajuusVuosiviikkotunneissa = laajuus('LaajuusVuosiviikkotunneissa', '3')
/** KOSKI's LaajuusOpintopisteissä as LUVA's union LaajuusOpintopisteissäTaiKursseissa admits it (`opintojenlaajuusyksikko` 2). */
const LaajuusOpintopisteissäLuokka = laajuus('LaajuusOpintopisteissä', '2')

/**
 * KOSKI's trait LaajuusOpintopisteissäTaiKursseissa (LUVA's koulutusmoduulit): LaajuusOpintopisteissä (yksikkö 2) or
 * LaajuusKursseissa (4), told by `yksikkö.koodiarvo`; any other yksikkö fits neither (`notAnyOf`).
 */
export const LaajuusOpintopisteissäTaiKursseissa = dispatch('LaajuusOpintopisteissäTaiKursseissa', [LaajuusOpintopisteissäLuokka, LaajuusKursseissa] as const, (u) => {
  const yksikkö = getOwn(u, 'yksikkö')
  const arvo = merkkijonona(getOwn(yksikkö, 'koodiarvo'))
  if (arvo === '2') return LaajuusOpintopisteissäLuokka
  if (arvo === '4') return LaajuusKursseissa
  return {
    errorType: 'notAnyOf',
    rule: 'S-8',
    union: 'koodi',
    field: 'yksikkö',
    koodistoUri: 'opintojenlaajuusyksikko',
    allowed: ['2', '4'],
    poikkeama: arvo === undefined ? 'puuttuu' : 'koodiarvo',
    annettu: annettuKoodi(yksikkö),
  }
})

/** KOSKI's HenkilövahvistusPaikkakunnalla: a confirmation (vahvistus) by named persons, with the municipality. */
export const HenkilövahvistusPaikkakunnalla = strict(
  'HenkilövahvistusPaikkakunnalla',
  { päivä: Päivämäärä, paikkakunta: koodi('kunta'), myöntäjäOrganisaatio: Organisaatio, myöntäjäHenkilöt: lista(Organisaatiohenkilö, { min: 1 }) },
  {},
)

/** The numeric grades of koodisto arviointiasteikkoyleissivistava. */
export const NUMEERISET_ARVOSANAT = ['4', '5', '6', '7', '8', '9', '10'] as const

const arvosana = (sallitut?: readonly string[]) => koodi('arviointiasteikkoyleissivistava', sallitut)

/**
 * A union of a numeric and a verbal assessment class, told by the grade: a numeric `arvosana.koodiarvo` (4–10) picks
 * the numeric class, any other the verbal one (whose own koodiarvo list decides the rest).
 */
function arvosananMukaan<N extends t.Mixed, S extends t.Mixed>(nimi: string, numeerinen: N, sanallinen: S): t.Type<t.TypeOf<N> | t.TypeOf<S>, t.TypeOf<N> | t.TypeOf<S>, unknown> {
  return dispatch(nimi, [numeerinen, sanallinen] as const, (u): N | S | SchemaIssue => {
    if (!isRecord(u)) return { errorType: 'notAnyOf', rule: 'S-8', union: 'olio', luokka: nimi }
    const arvo = merkkijonona(getOwn(getOwn(u, 'arvosana'), 'koodiarvo'))
    return arvo !== undefined && (NUMEERISET_ARVOSANAT as readonly string[]).includes(arvo) ? numeerinen : sanallinen
  })
}

/** KOSKI's PerusopetuksenOppiaineenArviointi: NumeerinenPerusopetuksenOppiaineenArviointi (4–10) or SanallinenPerusopetuksenOppiaineenArviointi (S, H, O …). */
export const PerusopetuksenOppiaineenArviointi = arvosananMukaan(
  'PerusopetuksenOppiaineenArviointi',
  strict('NumeerinenPerusopetuksenOppiaineenArviointi', { arvosana: arvosana() }, { päivä: Päivämäärä }, { synthetic: ['hyväksytty'] }),
  // kuvaus is @SensitiveData in KOSKI (NuortenPerusopetus.scala:467); `arviointi[].kuvaus` of other types is not, so the mark holds within the
  // enclosing suoritus' tyyppi only (sensitiveWithinTyyppi)
  strict(
    'SanallinenPerusopetuksenOppiaineenArviointi',
    { arvosana: arvosana() },
    { kuvaus: LocalizedString, päivä: Päivämäärä },
    { synthetic: ['hyväksytty'], sensitive: { kuvaus: VAIN_LUOTTAMUKSELLINEN }, sensitiveWithinTyyppi: true },
  ),
)

/** KOSKI's LukionOppiaineenArviointi (a LUVA oppiaine's assessment, koodisto arviointiasteikkoyleissivistava). */
export const LukionOppiaineenArviointi = strict('LukionOppiaineenArviointi', { arvosana: arvosana() }, { päivä: Päivämäärä }, { synthetic: ['hyväksytty'] })

/** KOSKI's LukionArviointi: NumeerinenLukionArviointi (4–10) or SanallinenLukionArviointi (S, H …), with a required `päivä`. */
export const LukionArviointi = arvosananMukaan(
  'LukionArviointi',
  strict('NumeerinenLukionArviointi', { arvosana: arvosana(), päivä: Päivämäärä }, {}, { synthetic: ['hyväksytty'] }),
  strict('SanallinenLukionArviointi', { arvosana: arvosana(), päivä: Päivämäärä }, { kuvaus: LocalizedString }, { synthetic: ['hyväksytty'] }),
)

/** KOSKI's LukionOppiaineenArviointi2019: numeric 4–10 or verbal H/S, `päivä` optional. */
export const LukionOppiaineenArviointi2019 = arvosananMukaan(
  'LukionOppiaineenArviointi2019',
  strict('NumeerinenLukionOppiaineenArviointi2019', { arvosana: arvosana(NUMEERISET_ARVOSANAT) }, { päivä: Päivämäärä }, { synthetic: ['hyväksytty'] }),
  strict('SanallinenLukionOppiaineenArviointi2019', { arvosana: arvosana(['H', 'S']) }, { päivä: Päivämäärä }, { synthetic: ['hyväksytty'] }),
)

/** KOSKI's LukionModuulinTaiPaikallisenOpintojaksonArviointi2019: numeric 4–10 or verbal H/S, `päivä` required. */
export const LukionModuulinTaiPaikallisenOpintojaksonArviointi2019 = arvosananMukaan(
  'LukionModuulinTaiPaikallisenOpintojaksonArviointi2019',
  strict('NumeerinenLukionModuulinTaiPaikallisenOpintojaksonArviointi2019', { arvosana: arvosana(NUMEERISET_ARVOSANAT), päivä: Päivämäärä }, {}, { synthetic: ['hyväksytty'] }),
  strict('SanallinenLukionModuulinTaiPaikallisenOpintojaksonArviointi2019', { arvosana: arvosana(['H', 'S']), päivä: Päivämäärä }, { kuvaus: LocalizedString }, { synthetic: ['hyväksytty'] }),
)

// ---------------------------------------------------------------------------------------------------------------
// Subjects: a union told by the tunniste

/** One class of a subject union: the koodiarvot of koodisto `koodistoUri` that select it. */
export interface OppiaineenLuokka {
  readonly koodit: readonly string[]
  readonly luokka: t.Mixed
}

/**
 * A union of subject classes as KOSKI resolves it: a tunniste without `koodistoUri` (a PaikallinenKoodi) picks
 * `paikallinen`; otherwise the class whose `koodit` has the tunniste's koodiarvo (and whose koodisto it is). Anything
 * else fits no class (`notAnyOf` at the koulutusmoduuli).
 */
export function oppiaineUnioni(nimi: string, koodistoUri: string, paikallinen: t.Mixed, luokat: readonly OppiaineenLuokka[]): t.Mixed {
  const kaikki = luokat.flatMap((l) => l.koodit)
  const luokka = new Map<string, t.Mixed>()
  for (const l of luokat) for (const k of l.koodit) luokka.set(k, l.luokka)
  return dispatch(nimi, [paikallinen, ...luokat.map((l) => l.luokka)] as unknown as readonly [t.Mixed, ...t.Mixed[]], (u) => {
    const tunniste = getOwn(u, 'tunniste')
    if (isRecord(tunniste) && getOwn(tunniste, 'koodistoUri') === undefined) return paikallinen
    const uri = merkkijonona(getOwn(tunniste, 'koodistoUri'))
    const arvo = merkkijonona(getOwn(tunniste, 'koodiarvo'))
    const valittu = uri === koodistoUri && arvo !== undefined ? luokka.get(arvo) : undefined
    if (valittu !== undefined) return valittu
    return {
      errorType: 'notAnyOf',
      rule: uri !== undefined && uri !== koodistoUri ? 'S-5' : arvo === undefined ? 'S-8' : 'S-6',
      union: 'koodi',
      field: 'tunniste',
      koodistoUri,
      allowed: kaikki,
      poikkeama: uri !== undefined && uri !== koodistoUri ? 'koodistoUri' : arvo === undefined ? 'puuttuu' : 'koodiarvo',
      annettu: annettuKoodi(tunniste),
    }
  })
}

/** A PaikallinenKoodi tunniste with its description (the local subjects and courses). */
export const paikallisenKentät = { tunniste: PaikallinenKoodi, kuvaus: LocalizedString } as const

/** KOSKI's Aikajakso, re-exported for the lisätiedot of these types. */
export { Aikajakso }
