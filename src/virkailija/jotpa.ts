import { isCalendarDate } from '../date/isCalendarDate'
import { kalenteripäivä, type Puute } from './puute'

/*
 * The JOTPA main user (JOTPA-pääkäyttäjä), a user-administration right of Virkailijan Opintopolku (seed 000,
 * "Jotpa-pääkäyttäjä ja käyttöoikeuksien hallinta Virkailijan Opintopolussa"): a JOTPA main user grants, renews and
 * closes the rights of the other officials of their own organisation; "Itselleen ei ole mahdollista myöntää eikä uusia
 * käyttöoikeuksia"; and "tulisi myös JOTPA-pääkäyttäjän käyttöoikeus olla organisaatiossa ainakin kahdella
 * henkilöllä, jotta käyttöoikeuksien myöntäminen, uusiminen ja sulkeminen onnistuvat".
 */

/** A person holding (or being given) a right: their oid (oppijanumero) and the organisation's oid the right is in. */
export interface Virkailija {
  readonly oid: string
  readonly organisaatio: string
}

/** The codes of {@link käyttöoikeudenMyöntämisenPuutteet}. */
export type KäyttöoikeudenMyöntämisenPuutteenKoodi = 'myöntääItselleen' | 'eriOrganisaatio'

/** A shortcoming of granting or renewing a right. */
export type KäyttöoikeudenMyöntämisenPuute = Puute<KäyttöoikeudenMyöntämisenPuutteenKoodi>

/**
 * The shortcomings of a JOTPA main user `myöntäjä` granting or renewing a right of `saaja`: nobody grants or renews a
 * right to themselves (`myöntääItselleen`: the same oid), and a JOTPA main user manages the rights of their own
 * organisation only (`eriOrganisaatio`: a different organisation oid; pass the organisation in which each one's right
 * is — the function knows no organisation hierarchy). An empty list when it is allowed. No message quotes an oid.
 */
export function käyttöoikeudenMyöntämisenPuutteet(myöntäjä: Virkailija, saaja: Virkailija): readonly KäyttöoikeudenMyöntämisenPuute[] {
  const puutteet: KäyttöoikeudenMyöntämisenPuute[] = []
  if (myöntäjä.oid === saaja.oid) {
    puutteet.push({
      koodi: 'myöntääItselleen',
      message: {
        fi: 'Itselleen ei ole mahdollista myöntää eikä uusia käyttöoikeuksia: käyttöoikeuden myöntää tai uusii organisaation toinen JOTPA-pääkäyttäjä.',
        sv: 'Ingen kan bevilja eller förnya användarrättigheter åt sig själv: en annan JOTPA-huvudanvändare i organisationen beviljar eller förnyar användarrättigheten.',
        en: 'Nobody can grant or renew access rights to themselves: another JOTPA main user of the organisation grants or renews the right.',
      },
    })
  }
  if (myöntäjä.organisaatio !== saaja.organisaatio) {
    puutteet.push({
      koodi: 'eriOrganisaatio',
      message: {
        fi: 'JOTPA-pääkäyttäjä voi myöntää, uusia ja sulkea käyttöoikeuksia vain omassa organisaatiossaan.',
        sv: 'En JOTPA-huvudanvändare kan bevilja, förnya och stänga användarrättigheter endast i sin egen organisation.',
        en: 'A JOTPA main user can grant, renew and close access rights only in their own organisation.',
      },
    })
  }
  return puutteet
}

/** One person's JOTPA main user right in the organisation: whose, and from when to when it is valid (both days included). */
export interface JotpaPääkäyttäjänOikeus {
  readonly oid: string
  readonly alkamispäivä?: string
  readonly päättymispäivä: string
}

/** How many persons of an organisation should have the JOTPA main user right. */
export const JOTPA_PÄÄKÄYTTÄJIÄ_VÄHINTÄÄN = 2

/** The codes of {@link jotpaPääkäyttäjienPuutteet}. */
export type JotpaPääkäyttäjienPuutteenKoodi = 'eiJotpaPääkäyttäjää' | 'vainYksiJotpaPääkäyttäjä'

/** A shortcoming of an organisation's JOTPA main users. */
export type JotpaPääkäyttäjienPuute = Puute<JotpaPääkäyttäjienPuutteenKoodi>

/**
 * The shortcoming of an organisation's JOTPA main users on `today`, given every JOTPA main user right of the
 * organisation: the number of different persons (by oid) whose right is valid on `today` (alkamispäivä ≤ today ≤
 * päättymispäivä; a right whose dates are not calendar dates counts as not valid) should be at least two.
 * `vainYksiJotpaPääkäyttäjä` when there is one (that person then grants the right to another, who renews theirs);
 * `eiJotpaPääkäyttäjää` when there is none (the last resort of seed 000: apply for the right in Virkailijan
 * Opintopolku as usual and ask JOTPA, info@jotpa.fi, to approve it). An empty list with two or more. Linear.
 */
export function jotpaPääkäyttäjienPuutteet(oikeudet: readonly JotpaPääkäyttäjänOikeus[], today: string): readonly JotpaPääkäyttäjienPuute[] {
  const t = kalenteripäivä('today', today)
  const voimassa = new Set<string>()
  for (const o of oikeudet) {
    if (!isCalendarDate(o.päättymispäivä) || o.päättymispäivä < t) continue
    if (o.alkamispäivä !== undefined && (!isCalendarDate(o.alkamispäivä) || o.alkamispäivä > t)) continue
    voimassa.add(o.oid)
    if (voimassa.size >= JOTPA_PÄÄKÄYTTÄJIÄ_VÄHINTÄÄN) return []
  }
  if (voimassa.size === 0) {
    return [
      {
        koodi: 'eiJotpaPääkäyttäjää',
        message: {
          fi: 'Organisaatiossa ei ole ainuttakaan voimassa olevaa JOTPA-pääkäyttäjän käyttöoikeutta: JOTPA-pääkäyttäjä voi anoa käyttöoikeutta Virkailijan Opintopolussa normaalisti ja pyytää JOTPA:a (info@jotpa.fi) hyväksymään anomuksen; sen jälkeen käyttöoikeus myönnetään toisellekin henkilölle.',
          sv: 'Organisationen har ingen giltig användarrättighet som JOTPA-huvudanvändare: en JOTPA-huvudanvändare kan anhålla om användarrättigheten i administratörens tjänster (virkailija.opintopolku.fi) som vanligt och be JOTPA (info@jotpa.fi) att bevilja anhållan; därefter beviljas användarrättigheten också åt en annan person.',
          en: 'The organisation has no valid JOTPA main user access right: a JOTPA main user can apply for the right in Virkailijan Opintopolku (virkailija.opintopolku.fi) as usual and ask JOTPA (info@jotpa.fi) to approve the application; the right is then granted to a second person as well.',
        },
      },
    ]
  }
  return [
    {
      koodi: 'vainYksiJotpaPääkäyttäjä',
      message: {
        fi: 'JOTPA-pääkäyttäjän käyttöoikeus tulisi olla organisaatiossa ainakin kahdella henkilöllä, jotta käyttöoikeuksien myöntäminen, uusiminen ja sulkeminen onnistuvat: nyt se on voimassa yhdellä. Myönnä käyttöoikeus toisellekin henkilölle.',
        sv: 'Minst två personer i organisationen borde ha användarrättigheten som JOTPA-huvudanvändare, så att användarrättigheter kan beviljas, förnyas och stängas: nu har en person den. Bevilja användarrättigheten också åt en annan person.',
        en: 'At least two persons of the organisation should have the JOTPA main user access right, so that access rights can be granted, renewed and closed: now one has it. Grant the right to a second person as well.',
      },
    },
  ]
}
