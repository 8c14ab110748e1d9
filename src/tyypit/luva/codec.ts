/**
 * LUVA — `LukioonValmistavanKoulutuksenOpiskeluoikeus` and its parts (catalogue §1.6), named after KOSKI's classes
 * (schema/LukioonValmistavaKoulutus.scala; the lukio classes it embeds from Lukio.scala, Lukio2015.scala,
 * Lukio2019.scala). Both curricula: the 2015 one (LUVA kurssit of `lukioonvalmistavankoulutuksenkurssit2015`, lukio
 * 2015 oppiaineet and kurssit, scopes in courses) and the 2019/2021 one (LUVA moduulit of
 * `lukioonvalmistavankoulutuksenmoduulit2019`, lukio 2019 oppiaineet and moduulit, scopes in study credits). Which
 * unit a document must use follows its diaarinumero (X-LUVA-1, a rule: the codec accepts both units where KOSKI does).
 */
import type * as t from 'io-ts'
import {
  Koulutustoimija,
  LaajuusOpintopisteissä,
  LocalizedString,
  LähdejärjestelmäId,
  LähdejärjestelmäkytkennänPurkaminen,
  Maksuttomuus,
  OikeuttaMaksuttomuuteenPidennetty,
  OpiskeluoikeudenOrganisaatiohistoria,
  Oppilaitos,
  OrganisaatioWithOid,
  OsaamisenTunnustaminen,
  PaikallinenKoodi,
  SisältäväOpiskeluoikeus,
  Ulkomaanjakso,
  koodi,
} from '../../codecs/common'
import { VAIN_LUOTTAMUKSELLINEN as K } from '../../codecs/erityiset'
import { annettuKoodi, dispatch, getOwn, Kokonaisluku, koodinPoikkeama, koodinSääntö, lista, Päivämäärä, PäivämääräJaAika, Str, strict, Totuusarvo } from '../../codecs/schema'
import {
  Aikajakso,
  HenkilövahvistusPaikkakunnalla,
  LaajuusKursseissa,
  LaajuusOpintopisteissäTaiKursseissa,
  LukionArviointi,
  LukionModuulinTaiPaikallisenOpintojaksonArviointi2019,
  LukionOppiaineenArviointi,
  LukionOppiaineenArviointi2019,
  oppiaineUnioni,
} from '../../codecs/yleissivistava'

// ---------------------------------------------------------------------------------------------------------------
// Tila

/** The states of a LukionOpiskeluoikeusjakso (KoskiLaajaOpiskeluoikeusjakso). */
export const LUVA_TILAT = ['eronnut', 'peruutettu', 'katsotaaneronneeksi', 'lasna', 'mitatoity', 'valiaikaisestikeskeytynyt', 'valmistunut'] as const
/** The funding codes of a LukionOpiskeluoikeusjakso. */
export const LUVA_RAHOITUKSET = ['1', '6', '16'] as const

/** KOSKI's LukionOpiskeluoikeusjakso (LUVA uses lukio's). */
export const LukionOpiskeluoikeusjakso = strict(
  'LukionOpiskeluoikeusjakso',
  { alku: Päivämäärä, tila: koodi('koskiopiskeluoikeudentila', LUVA_TILAT) },
  { opintojenRahoitus: koodi('opintojenrahoitus', LUVA_RAHOITUKSET) },
)
/** KOSKI's LukionOpiskeluoikeudenTila. */
export const LukionOpiskeluoikeudenTila = strict('LukionOpiskeluoikeudenTila', { opiskeluoikeusjaksot: lista(LukionOpiskeluoikeusjakso, { min: 1 }) }, {})

// ---------------------------------------------------------------------------------------------------------------
// Lisätiedot

/** KOSKI's LukioonValmistavanKoulutuksenOpiskeluoikeudenLisätiedot; `sisäoppilaitosmainenMajoitus` is `@SensitiveData`. */
export const LukioonValmistavanKoulutuksenOpiskeluoikeudenLisätiedot = strict(
  'LukioonValmistavanKoulutuksenOpiskeluoikeudenLisätiedot',
  {},
  {
    pidennettyPäättymispäivä: Totuusarvo,
    ulkomainenVaihtoopiskelija: Totuusarvo,
    ulkomaanjaksot: lista(Ulkomaanjakso),
    oikeusMaksuttomaanAsuntolapaikkaan: Totuusarvo,
    sisäoppilaitosmainenMajoitus: lista(Aikajakso),
    maksuttomuus: lista(Maksuttomuus),
    oikeuttaMaksuttomuuteenPidennetty: lista(OikeuttaMaksuttomuuteenPidennetty),
  },
  { sensitive: { sisäoppilaitosmainenMajoitus: K } },
)

// ---------------------------------------------------------------------------------------------------------------
// LUVA's own oppiaineet and kurssit

/** The codes of the LUVA kurssit of the 2015 curriculum and the moduulit of the 2019/2021 one (the koodistot of ValtakunnallinenLukioonValmistavanKoulutuksenKurssi). */
export const LUVA_KURSSIKOODISTOT = ['lukioonvalmistavankoulutuksenkurssit2015', 'lukioonvalmistavankoulutuksenmoduulit2019'] as const

const ValtakunnallinenLukioonValmistavanKoulutuksenKurssi = strict(
  'ValtakunnallinenLukioonValmistavanKoulutuksenKurssi',
  { tunniste: koodi(LUVA_KURSSIKOODISTOT) },
  { laajuus: LaajuusOpintopisteissäTaiKursseissa },
)
const PaikallinenLukioonValmistavanKoulutuksenKurssi = strict(
  'PaikallinenLukioonValmistavanKoulutuksenKurssi',
  { tunniste: PaikallinenKoodi, kuvaus: LocalizedString },
  { laajuus: LaajuusOpintopisteissäTaiKursseissa },
)

/** KOSKI's sealed trait LukioonValmistavanKoulutuksenKurssi: a koodisto tunniste (valtakunnallinen) or a local one (paikallinen, with kuvaus). */
export const LukioonValmistavanKoulutuksenKurssi = dispatch(
  'LukioonValmistavanKoulutuksenKurssi',
  [ValtakunnallinenLukioonValmistavanKoulutuksenKurssi, PaikallinenLukioonValmistavanKoulutuksenKurssi] as const,
  (u) => (getOwn(getOwn(u, 'tunniste'), 'koodistoUri') === undefined ? PaikallinenLukioonValmistavanKoulutuksenKurssi : ValtakunnallinenLukioonValmistavanKoulutuksenKurssi),
)

/** KOSKI's LukioonValmistavanKurssinSuoritus (`luvakurssi`): a LUVA kurssi or moduuli, with an optional alkamispäivä. */
export const LukioonValmistavanKurssinSuoritus = strict(
  'LukioonValmistavanKurssinSuoritus',
  { koulutusmoduuli: LukioonValmistavanKoulutuksenKurssi, tyyppi: koodi('suorituksentyyppi', ['luvakurssi']) },
  { arviointi: lista(LukionArviointi), suorituskieli: koodi('kieli'), alkamispäivä: Päivämäärä },
  { synthetic: ['tila'] },
)

const luvaOppiaine = (nimi: string, tunnisteet: readonly string[], muut: t.Props = {}) =>
  strict(nimi, { tunniste: koodi('oppiaineetluva', tunnisteet), ...muut }, { pakollinen: Totuusarvo, laajuus: LaajuusKursseissa })

/** KOSKI's LukioonValmistavanKoulutuksenOppiaine: one of its four classes, told by the tunniste (koodisto `oppiaineetluva`) or a local tunniste. */
export const LukioonValmistavanKoulutuksenOppiaine = oppiaineUnioni(
  'LukioonValmistavanKoulutuksenOppiaine',
  'oppiaineetluva',
  strict('PaikallinenLukioonValmistavanKoulutuksenOppiaine', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString }, { pakollinen: Totuusarvo, laajuus: LaajuusKursseissa }),
  [
    { koodit: ['LVAIK'], luokka: luvaOppiaine('LukioonValmistavaÄidinkieliJaKirjallisuus', ['LVAIK'], { kieli: koodi('oppiaineaidinkielijakirjallisuus', ['AI7', 'AI8']) }) },
    { koodit: ['LVMUUTK', 'LVAK', 'LVMAI', 'LVPOAK'], luokka: luvaOppiaine('MuutKielet', ['LVMUUTK', 'LVAK', 'LVMAI', 'LVPOAK'], { kieli: koodi('kielivalikoima') }) },
    { koodit: ['LVMALUO', 'LVYHKU', 'LVOPO', 'LVMFKBM', 'LVHIYH'], luokka: luvaOppiaine('MuuValtakunnallinenLukioonValmistavanKoulutuksenOppiaine', ['LVMALUO', 'LVYHKU', 'LVOPO', 'LVMFKBM', 'LVHIYH']) },
  ],
)

/** KOSKI's LukioonValmistavanKoulutuksenOppiaineenSuoritus (`luvaoppiaine`) with its LUVA kurssit. */
export const LukioonValmistavanKoulutuksenOppiaineenSuoritus = strict(
  'LukioonValmistavanKoulutuksenOppiaineenSuoritus',
  { koulutusmoduuli: LukioonValmistavanKoulutuksenOppiaine, tyyppi: koodi('suorituksentyyppi', ['luvaoppiaine']) },
  { arviointi: lista(LukionOppiaineenArviointi), suorituskieli: koodi('kieli'), osasuoritukset: lista(LukioonValmistavanKurssinSuoritus) },
  { synthetic: ['tila'] },
)

// ---------------------------------------------------------------------------------------------------------------
// Lukio 2015 oppiaineet and kurssit in LUVA (`luvalukionoppiaine`)

const YLEISSIVISTÄVÄ = 'koskioppiaineetyleissivistava'
const MUUT_2015 = ['HI', 'MU', 'BI', 'PS', 'ET', 'KO', 'FI', 'KE', 'YH', 'TE', 'KS', 'FY', 'GE', 'LI', 'KU', 'OP'] as const
const KIELET_2015 = ['A1', 'A2', 'B1', 'B2', 'B3', 'AOM'] as const
const MUUT_2019 = ['BI', 'ET', 'FI', 'FY', 'GE', 'HI', 'KE', 'KU', 'LI', 'MU', 'OP', 'PS', 'TE', 'YH'] as const
const KIELET_2019 = ['A', 'B1', 'B2', 'B3', 'AOM'] as const

const lukionOppiaine2015 = (nimi: string, tunnisteet: readonly string[], muut: t.Props = {}, valinnaiset: t.Props = {}, sensitive?: Readonly<Record<string, typeof K>>) =>
  strict(nimi, { tunniste: koodi(YLEISSIVISTÄVÄ, tunnisteet), ...muut }, { pakollinen: Totuusarvo, laajuus: LaajuusKursseissa, perusteenDiaarinumero: Str, ...valinnaiset }, sensitive === undefined ? {} : { sensitive })

/**
 * The uskonto's `uskonnonOppimäärä` (trait Uskonto: @SensitiveData, @Deprecated and @RedundantData — KOSKI accepts it
 * and drops it on input; OppijaValidationPerusopetusSpec › "Uskontoa ei tallenneta tietokantaan").
 */
const USKONNON_OPPIMÄÄRÄ = { uskonnonOppimäärä: koodi('uskonnonoppimaara') }

/** KOSKI's trait LukionOppiaine2015 (the classes `@OnlyWhen` a `luvalukionoppiaine`), told by the tunniste. */
export const LukionOppiaine2015 = oppiaineUnioni(
  'LukionOppiaine2015',
  YLEISSIVISTÄVÄ,
  strict('PaikallinenLukionOppiaine2015', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString }, { pakollinen: Totuusarvo, laajuus: LaajuusKursseissa, perusteenDiaarinumero: Str }),
  [
    { koodit: MUUT_2015, luokka: lukionOppiaine2015('LukionMuuValtakunnallinenOppiaine2015', MUUT_2015) },
    { koodit: ['KT'], luokka: lukionOppiaine2015('LukionUskonto2015', ['KT'], {}, USKONNON_OPPIMÄÄRÄ, { uskonnonOppimäärä: K }) },
    { koodit: ['AI'], luokka: lukionOppiaine2015('LukionÄidinkieliJaKirjallisuus2015', ['AI'], { kieli: koodi('oppiaineaidinkielijakirjallisuus') }) },
    { koodit: KIELET_2015, luokka: lukionOppiaine2015('VierasTaiToinenKotimainenKieli2015', KIELET_2015, { kieli: koodi('kielivalikoima') }) },
    { koodit: ['MA'], luokka: lukionOppiaine2015('LukionMatematiikka2015', ['MA'], { oppimäärä: koodi('oppiainematematiikka') }) },
  ],
)

const ValtakunnallinenLukionKurssi2015 = strict(
  'ValtakunnallinenLukionKurssi2015',
  { tunniste: koodi(['lukionkurssit', 'lukionkurssitops2004aikuiset', 'lukionkurssitops2003nuoret']), kurssinTyyppi: koodi('lukionkurssintyyppi') },
  { laajuus: LaajuusKursseissa },
)
const PaikallinenLukionKurssi2015 = strict('PaikallinenLukionKurssi2015', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString, kurssinTyyppi: koodi('lukionkurssintyyppi') }, { laajuus: LaajuusKursseissa })

/** KOSKI's LukionKurssinSuoritus2015 (`lukionkurssi`). */
export const LukionKurssinSuoritus2015 = strict(
  'LukionKurssinSuoritus2015',
  {
    koulutusmoduuli: dispatch('LukionKurssi2015', [ValtakunnallinenLukionKurssi2015, PaikallinenLukionKurssi2015] as const, (u) =>
      getOwn(getOwn(u, 'tunniste'), 'koodistoUri') === undefined ? PaikallinenLukionKurssi2015 : ValtakunnallinenLukionKurssi2015,
    ),
    tyyppi: koodi('suorituksentyyppi', ['lukionkurssi']),
  },
  { arviointi: lista(LukionArviointi), tunnustettu: OsaamisenTunnustaminen, suorituskieli: koodi('kieli'), suoritettuLukiodiplomina: Totuusarvo, suoritettuSuullisenaKielikokeena: Totuusarvo },
  { synthetic: ['tila'] },
)

/** KOSKI's LukionOppiaineenOpintojenSuoritusLukioonValmistavassaKoulutuksessa (`luvalukionoppiaine`). */
export const LukionOppiaineenOpintojenSuoritusLukioonValmistavassaKoulutuksessa = strict(
  'LukionOppiaineenOpintojenSuoritusLukioonValmistavassaKoulutuksessa',
  { koulutusmoduuli: LukionOppiaine2015, tyyppi: koodi('suorituksentyyppi', ['luvalukionoppiaine']) },
  { arviointi: lista(LukionOppiaineenArviointi), suorituskieli: koodi('kieli'), osasuoritukset: lista(LukionKurssinSuoritus2015) },
  { synthetic: ['tila'] },
)

// ---------------------------------------------------------------------------------------------------------------
// Lukio 2019 oppiaineet and moduulit in LUVA (`luvalukionoppiaine2019`)

const lukionOppiaine2019 = (nimi: string, tunnisteet: readonly string[], muut: t.Props = {}, valinnaiset: t.Props = {}, sensitive?: Readonly<Record<string, typeof K>>) =>
  strict(nimi, { tunniste: koodi(YLEISSIVISTÄVÄ, tunnisteet), ...muut }, { pakollinen: Totuusarvo, laajuus: LaajuusOpintopisteissä, ...valinnaiset }, sensitive === undefined ? {} : { sensitive })

/** KOSKI's trait LukionOppiaine2019 (the classes `@OnlyWhen` a `luvalukionoppiaine2019`), told by the tunniste. */
export const LukionOppiaine2019 = oppiaineUnioni(
  'LukionOppiaine2019',
  YLEISSIVISTÄVÄ,
  strict('PaikallinenLukionOppiaine2019', { tunniste: PaikallinenKoodi, kuvaus: LocalizedString }, { pakollinen: Totuusarvo, laajuus: LaajuusOpintopisteissä }),
  [
    { koodit: MUUT_2019, luokka: lukionOppiaine2019('LukionMuuValtakunnallinenOppiaine2019', MUUT_2019) },
    { koodit: ['KT'], luokka: lukionOppiaine2019('LukionUskonto2019', ['KT'], {}, USKONNON_OPPIMÄÄRÄ, { uskonnonOppimäärä: K }) },
    { koodit: ['AI'], luokka: lukionOppiaine2019('LukionÄidinkieliJaKirjallisuus2019', ['AI'], { kieli: koodi('oppiaineaidinkielijakirjallisuus') }) },
    { koodit: KIELET_2019, luokka: lukionOppiaine2019('VierasTaiToinenKotimainenKieli2019', KIELET_2019, { kieli: koodi('kielivalikoima') }) },
    { koodit: ['MA'], luokka: lukionOppiaine2019('LukionMatematiikka2019', ['MA'], { oppimäärä: koodi('oppiainematematiikka') }) },
  ],
)

const moduuli = (nimi: string, muut: t.Props = {}, valinnaiset: t.Props = {}) =>
  strict(nimi, { tunniste: koodi('moduulikoodistolops2021'), laajuus: LaajuusOpintopisteissä, pakollinen: Totuusarvo, ...muut }, valinnaiset)
const LukionMuuModuuliOppiaineissa2019 = moduuli('LukionMuuModuuliOppiaineissa2019')
const LukionÄidinkielenModuuli2019 = moduuli('LukionÄidinkielenModuuli2019')
const LukionVieraanKielenModuuliOppiaineissa2019 = moduuli('LukionVieraanKielenModuuliOppiaineissa2019', {}, { kieli: koodi('kielivalikoima') })
const VIERAAN_KIELEN = new Set<string>(['A', 'B1', 'B2', 'B3', 'AOM'])

/**
 * KOSKI's LukionModuuliOppiaineissa2019 under a `luvalukionoppiaine2019`: `@OnlyWhen` the oppiaine's tunniste (AI →
 * äidinkielen moduuli; A/B1/B2/B3/AOM → vieraan kielen moduuli; the other subjects → muu moduuli).
 */
const LukionModuuliOppiaineissa2019 = dispatch(
  'LukionModuuliOppiaineissa2019',
  [LukionMuuModuuliOppiaineissa2019, LukionÄidinkielenModuuli2019, LukionVieraanKielenModuuliOppiaineissa2019] as const,
  (_u, c) => {
    // c: … oppiaine › osasuoritukset › [i] › koulutusmoduuli: the oppiaine is four steps up
    const oppiaine = c.length >= 4 ? c[c.length - 4]?.actual : undefined
    const arvo = getOwn(getOwn(getOwn(oppiaine, 'koulutusmoduuli'), 'tunniste'), 'koodiarvo')
    if (arvo === 'AI') return LukionÄidinkielenModuuli2019
    if (typeof arvo === 'string' && VIERAAN_KIELEN.has(arvo)) return LukionVieraanKielenModuuliOppiaineissa2019
    return LukionMuuModuuliOppiaineissa2019
  },
)

/** KOSKI's LukionModuulinSuoritusOppiaineissa2019 (`lukionvaltakunnallinenmoduuli`). */
export const LukionModuulinSuoritusOppiaineissa2019 = strict(
  'LukionModuulinSuoritusOppiaineissa2019',
  { koulutusmoduuli: LukionModuuliOppiaineissa2019, tyyppi: koodi('suorituksentyyppi', ['lukionvaltakunnallinenmoduuli']) },
  { arviointi: lista(LukionModuulinTaiPaikallisenOpintojaksonArviointi2019), tunnustettu: OsaamisenTunnustaminen, suorituskieli: koodi('kieli') },
  { synthetic: ['tila'] },
)
/** KOSKI's LukionPaikallisenOpintojaksonSuoritus2019 (`lukionpaikallinenopintojakso`). */
export const LukionPaikallisenOpintojaksonSuoritus2019 = strict(
  'LukionPaikallisenOpintojaksonSuoritus2019',
  {
    koulutusmoduuli: strict('LukionPaikallinenOpintojakso2019', { tunniste: PaikallinenKoodi, laajuus: LaajuusOpintopisteissä, kuvaus: LocalizedString, pakollinen: Totuusarvo }, {}),
    tyyppi: koodi('suorituksentyyppi', ['lukionpaikallinenopintojakso']),
  },
  { arviointi: lista(LukionModuulinTaiPaikallisenOpintojaksonArviointi2019), tunnustettu: OsaamisenTunnustaminen, suorituskieli: koodi('kieli') },
  { synthetic: ['tila'] },
)

const MODUULITYYPIT = ['lukionvaltakunnallinenmoduuli', 'lukionpaikallinenopintojakso'] as const
/** KOSKI's LukionModuulinTaiPaikallisenOpintojaksonSuoritusOppiaineissa2019: told by its `tyyppi`. */
export const LukionModuulinTaiPaikallisenOpintojaksonSuoritusOppiaineissa2019 = dispatch(
  'LukionModuulinTaiPaikallisenOpintojaksonSuoritusOppiaineissa2019',
  [LukionModuulinSuoritusOppiaineissa2019, LukionPaikallisenOpintojaksonSuoritus2019] as const,
  (u) => {
    const tyyppi = getOwn(u, 'tyyppi')
    const poikkeama = koodinPoikkeama(tyyppi, MODUULITYYPIT, 'suorituksentyyppi')
    if (poikkeama !== undefined) return { errorType: 'notAnyOf', rule: koodinSääntö(poikkeama), union: 'suoritus', allowed: MODUULITYYPIT, poikkeama, annettu: annettuKoodi(tyyppi) }
    return getOwn(tyyppi, 'koodiarvo') === 'lukionpaikallinenopintojakso' ? LukionPaikallisenOpintojaksonSuoritus2019 : LukionModuulinSuoritusOppiaineissa2019
  },
)

/** KOSKI's LukionOppiaineenOpintojenSuoritusLukioonValmistavassaKoulutuksessa2019 (`luvalukionoppiaine2019`). */
export const LukionOppiaineenOpintojenSuoritusLukioonValmistavassaKoulutuksessa2019 = strict(
  'LukionOppiaineenOpintojenSuoritusLukioonValmistavassaKoulutuksessa2019',
  { koulutusmoduuli: LukionOppiaine2019, tyyppi: koodi('suorituksentyyppi', ['luvalukionoppiaine2019']) },
  {
    arviointi: lista(LukionOppiaineenArviointi2019),
    suoritettuErityisenäTutkintona: Totuusarvo,
    suorituskieli: koodi('kieli'),
    osasuoritukset: lista(LukionModuulinTaiPaikallisenOpintojaksonSuoritusOppiaineissa2019),
  },
  { synthetic: ['tila'] },
)

// ---------------------------------------------------------------------------------------------------------------
// Päätaso and opiskeluoikeus


const OSASUORITUSTYYPIT = ['luvaoppiaine', 'luvalukionoppiaine', 'luvalukionoppiaine2019'] as const

/** KOSKI's trait LukioonValmistavanKoulutuksenOsasuoritus: its three classes, told by `tyyppi`. */
export const LukioonValmistavanKoulutuksenOsasuoritus = dispatch(
  'LukioonValmistavanKoulutuksenOsasuoritus',
  [LukioonValmistavanKoulutuksenOppiaineenSuoritus, LukionOppiaineenOpintojenSuoritusLukioonValmistavassaKoulutuksessa, LukionOppiaineenOpintojenSuoritusLukioonValmistavassaKoulutuksessa2019] as const,
  (u) => {
    const tyyppi = getOwn(u, 'tyyppi')
    const poikkeama = koodinPoikkeama(tyyppi, OSASUORITUSTYYPIT, 'suorituksentyyppi')
    if (poikkeama !== undefined) return { errorType: 'notAnyOf', rule: koodinSääntö(poikkeama), union: 'suoritus', allowed: OSASUORITUSTYYPIT, poikkeama, annettu: annettuKoodi(tyyppi) }
    const arvo = getOwn(tyyppi, 'koodiarvo')
    return arvo === 'luvaoppiaine'
      ? LukioonValmistavanKoulutuksenOppiaineenSuoritus
      : arvo === 'luvalukionoppiaine'
        ? LukionOppiaineenOpintojenSuoritusLukioonValmistavassaKoulutuksessa
        : LukionOppiaineenOpintojenSuoritusLukioonValmistavassaKoulutuksessa2019
  },
)

/** The diaarinumerot of LUVA's curricula: 2015 (scopes in courses) and 2021 (scopes in study credits). */
export const LUVA_DIAARINUMEROT = { ops2015: '56/011/2015', ops2021: 'OPH-4958-2020' } as const

/** KOSKI's LukioonValmistavaKoulutus: koulutus 999906. */
export const LukioonValmistavaKoulutus = strict(
  'LukioonValmistavaKoulutus',
  { tunniste: koodi('koulutus', ['999906']) },
  { perusteenDiaarinumero: Str, laajuus: LaajuusOpintopisteissäTaiKursseissa, koulutustyyppi: koodi('koulutustyyppi') },
)

/** KOSKI's LukioonValmistavanKoulutuksenSuoritus (`luva`), the päätaso. */
export const LukioonValmistavanKoulutuksenSuoritus = strict(
  'LukioonValmistavanKoulutuksenSuoritus',
  {
    koulutusmoduuli: LukioonValmistavaKoulutus,
    oppimäärä: koodi('lukionoppimaara'),
    toimipiste: OrganisaatioWithOid,
    suorituskieli: koodi('kieli'),
    tyyppi: koodi('suorituksentyyppi', ['luva']),
  },
  { vahvistus: HenkilövahvistusPaikkakunnalla, osasuoritukset: lista(LukioonValmistavanKoulutuksenOsasuoritus), todistuksellaNäkyvätLisätiedot: LocalizedString },
  { synthetic: ['tila'] },
)
/** A decoded {@link LukioonValmistavanKoulutuksenSuoritus}. */
export type LukioonValmistavanKoulutuksenSuoritus = t.TypeOf<typeof LukioonValmistavanKoulutuksenSuoritus>

/** KOSKI's LukioonValmistavanKoulutuksenOpiskeluoikeus (`tyyppi` luva). */
export const LukioonValmistavanKoulutuksenOpiskeluoikeus = strict(
  'LukioonValmistavanKoulutuksenOpiskeluoikeus',
  {
    tyyppi: koodi('opiskeluoikeudentyyppi', ['luva']),
    tila: LukionOpiskeluoikeudenTila,
    suoritukset: lista(LukioonValmistavanKoulutuksenSuoritus, { max: 1 }),
  },
  {
    oid: Str,
    versionumero: Kokonaisluku,
    aikaleima: PäivämääräJaAika,
    lähdejärjestelmänId: LähdejärjestelmäId,
    oppilaitos: Oppilaitos,
    koulutustoimija: Koulutustoimija,
    sisältyyOpiskeluoikeuteen: SisältäväOpiskeluoikeus,
    arvioituPäättymispäivä: Päivämäärä,
    lisätiedot: LukioonValmistavanKoulutuksenOpiskeluoikeudenLisätiedot,
    organisaatiohistoria: lista(OpiskeluoikeudenOrganisaatiohistoria),
    lähdejärjestelmäkytkentäPurettu: LähdejärjestelmäkytkennänPurkaminen,
  },
  { synthetic: ['alkamispäivä', 'päättymispäivä'] },
)
/** A decoded {@link LukioonValmistavanKoulutuksenOpiskeluoikeus}. */
export type LukioonValmistavanKoulutuksenOpiskeluoikeus = t.TypeOf<typeof LukioonValmistavanKoulutuksenOpiskeluoikeus>
