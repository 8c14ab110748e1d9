/**
 * What the ammatillinen rules share: the structural shape they read (every decoded AmmatillinenOpiskeluoikeus fits
 * it), KOSKI's class tests by the JSON's discriminators (päätaso and osasuoritus `tyyppi`, the koulutusmoduuli's
 * koodisto), KOSKI's acceptance of an ammatillinen arviointi, and a suoritus' name as KOSKI's messages write it.
 */
import { koodinNimi } from '../../../koodisto'
import { getOwn } from '../../../json'
import type { Koodi, OpiskeluoikeusLike, SuoritusLike, Tunniste } from '../../../rules/shapes'

/** A näyttö (KOSKI's NäyttöLike) as far as the rules read it. */
export interface NäyttöLike {
  readonly suoritusaika?: { readonly alku: string; readonly loppu: string }
  readonly arviointi?: { readonly arvosana: Koodi; readonly arviointikohteet?: readonly { readonly arvosana: Koodi }[] }
}

/** An ammatillinen suoritus (päätaso or osasuoritus) as far as the rules read it. */
export interface AmmSuoritus extends SuoritusLike {
  readonly osasuoritukset?: readonly AmmSuoritus[]
  readonly suoritustapa?: Koodi
  readonly keskiarvo?: number
  readonly korotettuOpiskeluoikeusOid?: string
  readonly näyttö?: NäyttöLike
  readonly osaamisenHankkimistavat?: readonly { readonly osaamisenHankkimistapa: { readonly tunniste: Koodi } }[]
  readonly koulutusmoduuli: SuoritusLike['koulutusmoduuli'] & { readonly kieli?: Koodi }
}

/** The lisätiedot fields the rules read. */
export interface AmmLisätiedot {
  readonly siirtynytUusiinTutkinnonPerusteisiin?: boolean
  readonly henkilöstökoulutus?: boolean
  readonly opiskeluvalmiuksiaTukevatOpinnot?: readonly { readonly alku: string }[]
  readonly erityinenTuki?: readonly { readonly alku: string }[]
  readonly vaikeastiVammainen?: readonly { readonly alku: string }[]
  readonly vammainenJaAvustaja?: readonly { readonly alku: string }[]
  readonly jotpaAsianumero?: Koodi
  readonly oikeusMaksuttomaanAsuntolapaikkaan?: boolean
}

/** An AmmatillinenOpiskeluoikeus as far as the rules read it. */
export interface Ammatillinen extends OpiskeluoikeusLike {
  readonly suoritukset: readonly AmmSuoritus[]
  readonly ostettu?: boolean
  readonly lisätiedot?: AmmLisätiedot
}

// ---------------------------------------------------------------------------------------------------------------
// KOSKI's classes by their discriminators

const tyyppi = (s: SuoritusLike): string => s.tyyppi.koodiarvo

/** The koodiarvo of the "osia useasta tutkinnosta" päätaso's tunniste (its tyyppi is `ammatillinentutkintoosittainen`). */
export const USEASTA_TUTKINNOSTA = 'ammatillinentutkintoosittainenuseastatutkinnosta'

/** KOSKI's AmmatillisenTutkinnonSuoritus (koko tutkinto). */
export const onKokoTutkinto = (s: SuoritusLike): boolean => tyyppi(s) === 'ammatillinentutkinto'

/** KOSKI's AmmatillisenTutkinnonOsittainenUseastaTutkinnostaSuoritus. */
export const onUseastaTutkinnosta = (s: SuoritusLike): boolean =>
  tyyppi(s) === 'ammatillinentutkintoosittainen' && s.koulutusmoduuli.tunniste.koodiarvo === USEASTA_TUTKINNOSTA

/** KOSKI's AmmatillisenTutkinnonOsittainenSuoritus (osatutkintotavoitteinen; not "useasta tutkinnosta"). */
export const onOsittainen = (s: SuoritusLike): boolean => tyyppi(s) === 'ammatillinentutkintoosittainen' && !onUseastaTutkinnosta(s)

/** KOSKI's AmmatillisenTutkinnonOsittainenTaiKokoSuoritus: koko, osittainen or useasta tutkinnosta (they have `suoritustapa`). */
export const onTutkinto = (s: SuoritusLike): boolean => tyyppi(s) === 'ammatillinentutkinto' || tyyppi(s) === 'ammatillinentutkintoosittainen'

/** KOSKI's AmmatillisenTutkinnonOsittainenTaiKokoTutkintoKolutuksenSuoritus (koko or osittainen: the ones with `keskiarvo`). */
export const onKeskiarvollinen = (s: SuoritusLike): boolean => onKokoTutkinto(s) || onOsittainen(s)

export const onNäyttötutkintoonValmistava = (s: SuoritusLike): boolean => tyyppi(s) === 'nayttotutkintoonvalmistavakoulutus'
export const onMuuAmmatillinen = (s: SuoritusLike): boolean => tyyppi(s) === 'muuammatillinenkoulutus'
export const onValma = (s: SuoritusLike): boolean => tyyppi(s) === 'valma'

/** A tutkinnon osan suoritus (KOSKI's TutkinnonOsanSuoritus: `ammatillisentutkinnonosa`). */
export const onTutkinnonOsa = (s: SuoritusLike): boolean => tyyppi(s) === 'ammatillisentutkinnonosa'

/** KOSKI's ValinnanMahdollisuus (jatko-opintovalmiuksia tukevat opinnot, korkeakouluopinnot): a Välisuoritus, always valmis. */
export const onValinnanMahdollisuus = (s: SuoritusLike): boolean =>
  onTutkinnonOsa(s) && s.koulutusmoduuli.tunniste.koodistoUri === 'tutkinnonosatvalinnanmahdollisuus'

/** KOSKI's AmmatillisenTutkinnonOsa.yhteisetTutkinnonOsat (the codes its YTO rules count; 108356–108358 are not among them). */
export const YHTEISET_TUTKINNON_OSAT: ReadonlySet<string> = new Set(['400012', '400013', '400014', '106727', '106728', '106729', '600001', '600002', '101053', '101054', '101055', '101056'])

/** The codes of KOSKI's YhteinenTutkinnonOsa class (its `@KoodistoKoodiarvo` list). */
const YHTEISEN_TUTKINNON_OSAN_KOODIT: ReadonlySet<string> = new Set([...YHTEISET_TUTKINNON_OSAT, '108356', '108357', '108358'])

/** A yhteisen tutkinnon osan suoritus (its koulutusmoduuli a YhteinenTutkinnonOsa). */
export const onYhteinenTutkinnonOsa = (s: SuoritusLike): boolean =>
  onTutkinnonOsa(s) && s.koulutusmoduuli.tunniste.koodistoUri === 'tutkinnonosat' && YHTEISEN_TUTKINNON_OSAN_KOODIT.has(s.koulutusmoduuli.tunniste.koodiarvo)

/** An osa-alue suoritus (KOSKI's YhteisenTutkinnonOsanOsaAlueenSuoritus). */
export const onOsaAlue = (s: SuoritusLike): boolean => tyyppi(s) === 'ammatillisentutkinnonosanosaalue'

/**
 * The suoritus types whose koulutusmoduuli KOSKI marks `LaajuuttaEiValidoida` (G-LAAJ-2 never compares them):
 * tutkinnon osat, their osa-alueet and smaller parts, korkeakouluopinnot, näyttötutkintoon valmistavan koulutuksen
 * osat, VALMA and TELMA with their osat.
 */
const LAAJUUTTA_EI_VALIDOIDA: ReadonlySet<string> = new Set([
  'ammatillisentutkinnonosa',
  'ammatillisentutkinnonosanosaalue',
  'ammatillisentutkinnonosaapienempikokonaisuus',
  'ammatillinenkorkeakouluopintoja',
  'nayttotutkintoonvalmistavankoulutuksenosa',
  'valma',
  'valmakoulutuksenosa',
  'telma',
  'telmakoulutuksenosa',
])
export const laajuuttaEiValidoida = (s: SuoritusLike): boolean => LAAJUUTTA_EI_VALIDOIDA.has(tyyppi(s))

// ---------------------------------------------------------------------------------------------------------------
// Arvioinnit and names

/** KOSKI's AmmatillinenKoodistostaLöytyväArviointi.hyväksytty: every arvosana but `0` and `Hylätty`. */
export const ammatillinenHyväksytty = (arvosana: Koodi): boolean => arvosana.koodiarvo !== '0' && arvosana.koodiarvo !== 'Hylätty'

/** Whether a suoritus is arvioitu (a non-empty arviointi). */
export const arvioitu = (s: SuoritusLike): boolean => (s.arviointi?.length ?? 0) > 0

/**
 * KOSKI's "valmis" of an ammatillinen osasuoritus: arvioitu, or of a class without arviointi (ValinnanMahdollisuus,
 * näyttötutkintoon valmistavan koulutuksen osa).
 */
export const osasuoritusValmis = (s: SuoritusLike): boolean =>
  arvioitu(s) || onValinnanMahdollisuus(s) || tyyppi(s) === 'nayttotutkintoonvalmistavankoulutuksenosa'

const localized = (u: unknown): string | undefined => {
  for (const k of ['fi', 'sv', 'en']) {
    const v = getOwn(u, k)
    if (typeof v === 'string') return v
  }
  return undefined
}

/**
 * A suoritus' name as KOSKI's messages write it (`tunniste.getNimi.get("fi")`, else the koodiarvo): KOSKI replaces a
 * code's name from the koodisto, so a code of the shipped koodisto is named from it; a local code by its own name.
 */
export function suorituksenNimi(tunniste: Tunniste): string {
  if (typeof tunniste.koodistoUri === 'string') {
    const nimi = koodinNimi(tunniste.koodistoUri, tunniste.koodiarvo)
    if (nimi !== undefined) return nimi.fi
  }
  return localized(tunniste.nimi) ?? tunniste.koodiarvo
}

/** The name of a koulutusmoduuli for A-YTO-1 (`koulutusmoduuli.nimi.get("fi")`: the tunniste's name). */
export const moduulinNimi = (s: SuoritusLike): string => suorituksenNimi(s.koulutusmoduuli.tunniste)
