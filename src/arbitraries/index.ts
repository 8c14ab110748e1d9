/**
 * koski-validation/arbitraries — fast-check arbitraries of valid KOSKI documents, for vendors' property-based tests.
 *
 * ```ts
 * import fc from 'fast-check'
 * import { validate } from 'koski-validation'
 * import { OLETUSPÄIVÄ, validiTuvaOppija } from 'koski-validation/arbitraries'
 *
 * fc.assert(fc.property(validiTuvaOppija(), (doc) => validate(doc, { today: OLETUSPÄIVÄ }).valid))
 * ```
 *
 * Needs fast-check 4 (an optional peer dependency: install it yourself; the main entry `koski-validation` never loads
 * it). Every generated document is a fresh plain JSON object, yours to change.
 *
 * **Valid on a date.** A document is generated to be valid on the validation date `today` (default `OLETUSPÄIVÄ`,
 * 2026-11-22): `validate(doc, { today })` gives no error and no warning finding. Pass the same date to `validate`:
 * on another date a document may get findings (an ongoing study right becomes longer than a year, a date lies in the
 * future, …). Rules that need context the document cannot carry are listed in `report.skipped`, not run: G-ID-2,
 * G-LJ-4 and T-LUPA-2 without `previous`; MK-REQ-1 and MK-REL-1 when the birth date is unknown (an `OidHenkilö`, a
 * bare study right).
 *
 * **No real person's data.** Names are invented ones. Hetus are random but valid (a real birth date, an individual
 * number 002–899, the right check character): they are not KOSKI's synthetic 9xx test hetus, so production accepts
 * them, and a random valid hetu may by chance equal a living person's. Use the documents as test data only; never send
 * them to KOSKI's production. Oids (henkilö, opiskeluoikeus) are random; the oppilaitos is always
 * 1.2.246.562.10.52251087186 (Stadin ammatti- ja aikuisopisto, as in KOSKI's examples) for TUVA and
 * 1.2.246.562.10.24407356278 (Jatkuva Koulutus Oy, KOSKI's MUKS example) for MUKS.
 */
import type * as fc from 'fast-check'
import type * as t from 'io-ts'
import type { OPISKELUOIKEUDET } from '../codecs/oppija'
import type { TuettuOpiskeluoikeudenTyyppi } from '../tyypit'
import type { TutkintokoulutukseenValmentavanOpiskeluoikeus } from '../tyypit/tuva/codec'
import type { Henkilö } from '../codecs/henkilo'
import { lueAsetukset, tuvaOppijaJson, type TuvaGeneraattorinAsetukset } from '../tyypit/tuva/arbitraries'
import { validiLuvaOpiskeluoikeus } from '../tyypit/luva/arbitraries'
import { validiLisäopetuksenOpiskeluoikeus } from '../tyypit/lisaopetus/arbitraries'
import type { AmmatillinenOpiskeluoikeus } from '../tyypit/ammatillinen/codec'
import { ammatillinenOppijaJson, lueAmmatillisenAsetukset, type AmmatillinenGeneraattorinAsetukset } from '../tyypit/ammatillinen/arbitraries'

export { validiLuvaOpiskeluoikeus, type LuvaGeneraattorinAsetukset } from '../tyypit/luva/arbitraries'
export { validiLisäopetuksenOpiskeluoikeus, type LisäopetuksenGeneraattorinAsetukset } from '../tyypit/lisaopetus/arbitraries'
export { OLETUSPÄIVÄ, TUVA_ALKAEN, type Henkilömuoto, type TuvaGeneraattorinAsetukset } from '../tyypit/tuva/arbitraries'
export type { AmmatillinenArbitraariLaji, AmmatillinenGeneraattorinAsetukset } from '../tyypit/ammatillinen/arbitraries'
import type { MuunKuinSäännellynKoulutuksenOpiskeluoikeus } from '../tyypit/muks/codec'
import { lueMuksAsetukset, muksOpiskeluoikeusJson, muksOppijaJson, type MuksGeneraattorinAsetukset } from '../tyypit/muks/arbitraries'
import type { VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeus, VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeus } from '../tyypit/vst/codec'
import { lueVstAsetukset, vstJotpaOpiskeluoikeusJson, vstOpiskeluoikeusJson, vstVapaatavoitteinenOpiskeluoikeusJson, type VstGeneraattorinAsetukset } from '../tyypit/vst/arbitraries'

export { VST_JOTPA_ALKAEN, type VstGeneraattorinAsetukset } from '../tyypit/vst/arbitraries'

export { MUKS_ALKAEN, MUKS_OPPILAITOS_OID, type MuksGeneraattorinAsetukset } from '../tyypit/muks/arbitraries'

/** A generated TUVA Oppija: a henkilö and one TUVA study right. */
export interface TuvaOppija {
  readonly henkilö: Henkilö
  readonly opiskeluoikeudet: readonly [TutkintokoulutukseenValmentavanOpiskeluoikeus]
}

/**
 * An arbitrary of valid TUVA Oppija documents (`PUT /koski/api/oppija` bodies): a henkilö and one TUVA study right,
 * valid on `asetukset.today` (default `OLETUSPÄIVÄ`). Throws a RangeError when an option is not of the documented
 * form.
 *
 * What varies: the järjestämislupa and the henkilö form (among those allowed by the options), the learner's age
 * (born 2004 or later with free education, or older without), the tila history (lasna, väliaikaisesti keskeytynyt,
 * loma before the VOS reform's last day; ended as valmistunut, katsotaan eronneeksi or mitätöity, or ongoing), the
 * osasuoritukset 101–107 with their arvioinnit and the 104's local kurssit, and the lisätiedot each lupa allows.
 */
export function validiTuvaOppija(asetukset: TuvaGeneraattorinAsetukset = {}): fc.Arbitrary<TuvaOppija> {
  return tuvaOppijaJson(lueAsetukset(asetukset))
}

/**
 * An arbitrary of valid TUVA study rights on their own (an opiskeluoikeus without the Oppija envelope), valid on
 * `asetukset.today` with `validate(opiskeluoikeus, { today })`. The same study rights as `validiTuvaOppija` makes; the
 * option `henkilömuodot` does not apply. Without a henkilö the birth date is unknown, so MK-REQ-1 and MK-REL-1 are
 * skipped unless you pass `birthDate` — which the study right does not tell you: use `validiTuvaOppija` to test the
 * free-education rules.
 */
export function validiTuvaOpiskeluoikeus(
  asetukset: Omit<TuvaGeneraattorinAsetukset, 'henkilömuodot'> = {},
): fc.Arbitrary<TutkintokoulutukseenValmentavanOpiskeluoikeus> {
  const { järjestämisluvat, today } = asetukset
  return tuvaOppijaJson(lueAsetukset({ ...(järjestämisluvat === undefined ? {} : { järjestämisluvat }), ...(today === undefined ? {} : { today }) })).map(
    (doc) => doc.opiskeluoikeudet[0],
  )
}

/** A generated ammatillinen Oppija: a henkilö (an adult, with a hetu) and one ammatillinen study right. */
export interface AmmatillinenOppija {
  readonly henkilö: Henkilö
  readonly opiskeluoikeudet: readonly [AmmatillinenOpiskeluoikeus]
}

/**
 * An arbitrary of valid ammatillinen Oppija documents, valid on `asetukset.today` (default `OLETUSPÄIVÄ`). Throws a
 * RangeError when an option is not of the documented form.
 *
 * What varies: the kind (`asetukset.lajit`: a reformi perustutkinto with its YTO and their osa-alueet, an osittainen,
 * a muu ammatillinen koulutus, a JOTPA-funded one with its asianumero, VALMA, TELMA), the tila history (lasna,
 * väliaikaisesti keskeytynyt; ended valmistunut or katsotaan eronneeksi, or ongoing), which tutkinnon osat, YTO and
 * osat are there and which are assessed, and a few lisätiedot (majoitus, osa-aikaisuus).
 */
export function validiAmmatillinenOppija(asetukset: AmmatillinenGeneraattorinAsetukset = {}): fc.Arbitrary<AmmatillinenOppija> {
  return ammatillinenOppijaJson(lueAmmatillisenAsetukset(asetukset))
}

/**
 * An arbitrary of valid ammatillinen study rights on their own (an opiskeluoikeus without the Oppija envelope), valid
 * on `asetukset.today` with `validate(opiskeluoikeus, { today })`: the study rights of {@link validiAmmatillinenOppija}.
 */
export function validiAmmatillinenOpiskeluoikeus(asetukset: AmmatillinenGeneraattorinAsetukset = {}): fc.Arbitrary<AmmatillinenOpiskeluoikeus> {
  return ammatillinenOppijaJson(lueAmmatillisenAsetukset(asetukset)).map((doc) => doc.opiskeluoikeudet[0])
}

/** A generated MUKS Oppija: a henkilö and one MUKS study right. */
export interface MuksOppija {
  readonly henkilö: Henkilö
  readonly opiskeluoikeudet: readonly [MuunKuinSäännellynKoulutuksenOpiskeluoikeus]
}

/**
 * An arbitrary of valid MUKS Oppija documents (muu kuin säännelty koulutus, JOTPA-procured training): a henkilö and
 * one MUKS study right, valid on `asetukset.today` (default `OLETUSPÄIVÄ`; at least `MUKS_ALKAEN`, 2023-01-01). Throws
 * a RangeError when an option is not of the documented form.
 *
 * What varies: the henkilö form, the tila history (lasna; ended as hyväksytysti suoritettu, keskeytynyt or
 * mitätöity), the JOTPA rahoitus (14 or 15), the four-digit opintokokonaisuus, the vahvistus of the päätaso and of
 * the osasuoritukset (three levels at most, every form of KOSKI's Vahvistus), the arvioinnit (arviointipäivä or none)
 * and the laajuudet in hours (a parent has the sum of its children's).
 */
export function validiMuksOppija(asetukset: MuksGeneraattorinAsetukset = {}): fc.Arbitrary<MuksOppija> {
  return muksOppijaJson(lueMuksAsetukset(asetukset))
}

/** An arbitrary of valid MUKS study rights on their own (no Oppija envelope), valid on `asetukset.today` with `validate(opiskeluoikeus, { today })`. */
export function validiMuksOpiskeluoikeus(asetukset: Omit<MuksGeneraattorinAsetukset, 'henkilömuodot'> = {}): fc.Arbitrary<MuunKuinSäännellynKoulutuksenOpiskeluoikeus> {
  return muksOpiskeluoikeusJson(lueMuksAsetukset(asetukset.today === undefined ? {} : { today: asetukset.today }))
}

/**
 * An arbitrary of valid VST JOTPA study rights (`vstjotpakoulutus`, a bare opiskeluoikeus), valid on `asetukset.today`
 * (default `OLETUSPÄIVÄ`, at least 2023-01-01). What varies: the start (2023-01-01 or later), rahoitus 14 or 15 (with
 * the JOTPA asianumero), ongoing or ended `hyvaksytystisuoritettu` (vahvistettu, every laajuus summed) or
 * `keskeytynyt`, the four-digit opintokokonaisuus, one to three osasuoritukset with assessed children.
 */
export function validiVstJotpaOpiskeluoikeus(asetukset: VstGeneraattorinAsetukset = {}): fc.Arbitrary<VapaanSivistystyönJotpaKoulutuksenOpiskeluoikeus> {
  return vstJotpaOpiskeluoikeusJson(lueVstAsetukset(asetukset))
}

/**
 * An arbitrary of valid VST vapaatavoitteinen study rights (`vstvapaatavoitteinenkoulutus`), valid on
 * `asetukset.today`: one final jakso (`hyvaksytystisuoritettu`, vahvistettu, or `keskeytynyt`), the opintokokonaisuus,
 * passed osasuoritukset. The consent checks need the option `consents` (they are in `report.skipped` without it).
 */
export function validiVstVapaatavoitteinenOpiskeluoikeus(asetukset: VstGeneraattorinAsetukset = {}): fc.Arbitrary<VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeus> {
  return vstVapaatavoitteinenOpiskeluoikeusJson(lueVstAsetukset(asetukset))
}

/** What every type's arbitrary of study rights takes: the validation date its study rights are valid on. */
export interface OpiskeluoikeudenGeneraattorinAsetukset {
  readonly today?: string
}

/**
 * An arbitrary of valid study rights of each type this version validates, by `tyyppi` (valid on `asetukset.today`,
 * default `OLETUSPÄIVÄ`). Keyed by the types of `TYYPIT`: a type added there without its arbitraries does not compile.
 */
export const validitOpiskeluoikeudet: {
  readonly [K in TuettuOpiskeluoikeudenTyyppi]: (asetukset?: OpiskeluoikeudenGeneraattorinAsetukset) => fc.Arbitrary<t.TypeOf<(typeof OPISKELUOIKEUDET)[K]>>
} = {
  tuva: (asetukset = {}) => validiTuvaOpiskeluoikeus(asetukset),
  luva: (asetukset = {}) => validiLuvaOpiskeluoikeus(asetukset),
  perusopetuksenlisaopetus: (asetukset = {}) => validiLisäopetuksenOpiskeluoikeus(asetukset),
  ammatillinenkoulutus: (asetukset = {}) => validiAmmatillinenOpiskeluoikeus(asetukset),
  muukuinsaanneltykoulutus: (asetukset = {}) => validiMuksOpiskeluoikeus(asetukset),
  vapaansivistystyonkoulutus: (asetukset = {}) => vstOpiskeluoikeusJson(lueVstAsetukset(asetukset)),
}

