import { uusi, type Puute } from './puute'

/** The longest e-mail address (RFC 5321: a path of 256 octets with its angle brackets). */
export const SÄHKÖPOSTIOSOITTEEN_ENIMMÄISPITUUS = 254

/** The codes of {@link sähköpostiosoitteenPuutteet}, in the order they are reported. */
export type SähköpostiosoitteenPuutteenKoodi =
  | 'puuttuu'
  | 'liianPitkä'
  | 'eiYhtäAtMerkkiä'
  | 'virheellinenPaikallinenOsa'
  | 'virheellinenVerkkotunnus'

/** A shortcoming of an e-mail address. */
export type SähköpostiosoitteenPuute = Puute<SähköpostiosoitteenPuutteenKoodi>

const ATEXT = "!#$%&'*+-/=?^_`{|}~"

const VIESTIT: { readonly [K in SähköpostiosoitteenPuutteenKoodi]: Puute<K> } = {
  puuttuu: {
    koodi: 'puuttuu',
    message: {
      fi: 'Sähköpostiosoite puuttuu: jokaisella käyttäjällä tulee olla yksilöllinen työsähköpostiosoite, jotta hän saa käyttöoikeuksiin liittyvät muistutukset.',
      sv: 'E-postadressen saknas: varje användare ska ha en individuell e-postadress som används i arbetet, så att hon eller han kan få påminnelser om användarrättigheterna.',
      en: 'The e-mail address is missing: every user must have a personal work e-mail address to get the reminders about access rights.',
    },
  },
  liianPitkä: {
    koodi: 'liianPitkä',
    message: {
      fi: `Sähköpostiosoite on liian pitkä: siinä voi olla enintään ${SÄHKÖPOSTIOSOITTEEN_ENIMMÄISPITUUS} merkkiä.`,
      sv: `E-postadressen är för lång: den får ha högst ${SÄHKÖPOSTIOSOITTEEN_ENIMMÄISPITUUS} tecken.`,
      en: `The e-mail address is too long: it may have at most ${SÄHKÖPOSTIOSOITTEEN_ENIMMÄISPITUUS} characters.`,
    },
  },
  eiYhtäAtMerkkiä: {
    koodi: 'eiYhtäAtMerkkiä',
    message: {
      fi: 'Sähköpostiosoitteessa tulee olla täsmälleen yksi @-merkki.',
      sv: 'E-postadressen ska innehålla exakt ett @-tecken.',
      en: 'The e-mail address must contain exactly one @ sign.',
    },
  },
  virheellinenPaikallinenOsa: {
    koodi: 'virheellinenPaikallinenOsa',
    message: {
      fi: `Sähköpostiosoitteen @-merkkiä edeltävä osa ei kelpaa: siinä voi olla 1–64 merkkiä, kirjaimia A–Z ja a–z, numeroita 0–9, merkkejä ${ATEXT} ja pisteitä, mutta ei pistettä alussa, lopussa eikä kahta peräkkäin (ei välilyöntejä eikä muita kirjaimia).`,
      sv: `Delen före @-tecknet i e-postadressen duger inte: den får ha 1–64 tecken, bokstäverna A–Z och a–z, siffrorna 0–9, tecknen ${ATEXT} och punkter, men ingen punkt först, sist eller två i rad (inga mellanslag och inga andra bokstäver).`,
      en: `The part of the e-mail address before the @ sign is not valid: it may have 1–64 characters, the letters A–Z and a–z, the digits 0–9, the characters ${ATEXT} and dots, but no dot first, last or two in a row (no spaces and no other letters).`,
    },
  },
  virheellinenVerkkotunnus: {
    koodi: 'virheellinenVerkkotunnus',
    message: {
      fi: 'Sähköpostiosoitteen verkkotunnus (@-merkin jälkeinen osa) ei kelpaa: siinä tulee olla ainakin kaksi pisteillä erotettua osaa, kussakin 1–63 kirjainta A–Z tai a–z, numeroa tai yhdysmerkkiä (ei osan alussa eikä lopussa), viimeisenä kirjaimista koostuva pääte; kansainvälistetty verkkotunnus kirjoitetaan xn---muodossa.',
      sv: 'Domännamnet i e-postadressen (delen efter @-tecknet) duger inte: det ska ha minst två delar åtskilda med punkter, var och en med 1–63 bokstäver A–Z eller a–z, siffror eller bindestreck (inte först eller sist i delen), och sist en ändelse av bokstäver; ett internationaliserat domännamn skrivs i formen xn--.',
      en: 'The domain of the e-mail address (the part after the @ sign) is not valid: it must have at least two parts separated by dots, each of 1–63 letters A–Z or a–z, digits or hyphens (not first or last in the part), the last one a suffix of letters; an internationalised domain name is written in its xn-- form.',
    },
  },
}

const kirjain = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
const numero = (c: string): boolean => c >= '0' && c <= '9'

/** A dot-atom local part (RFC 5322 § 3.4.1, no quoted strings, no comments), 1–64 characters. */
function paikallinenOsaKelpaa(osa: string): boolean {
  if (osa.length < 1 || osa.length > 64 || osa.startsWith('.') || osa.endsWith('.')) return false
  for (let i = 0; i < osa.length; i++) {
    const c = osa[i]!
    if (c === '.') {
      if (osa[i + 1] === '.') return false
    } else if (!kirjain(c) && !numero(c) && !ATEXT.includes(c)) return false
  }
  return true
}

/** A host name of at least two labels (RFC 1035 / 5890: letters, digits, hyphens; no IP literal), ending in a top-level domain of letters or an `xn--` label. */
function verkkotunnusKelpaa(tunnus: string): boolean {
  if (tunnus.length < 1 || tunnus.length > 253) return false
  const osat = tunnus.split('.')
  if (osat.length < 2) return false
  for (const osa of osat) {
    if (osa.length < 1 || osa.length > 63 || osa.startsWith('-') || osa.endsWith('-')) return false
    for (const c of osa) if (!kirjain(c) && !numero(c) && c !== '-') return false
  }
  const pääte = osat[osat.length - 1]!
  return pääte.toLowerCase().startsWith('xn--') || (pääte.length >= 2 && [...pääte].every(kirjain))
}

/**
 * The shortcomings of the syntax of a user's work e-mail address (seed 002, "Yhteystietojen muuttaminen": "Jokaisella
 * käyttäjällä tulee olla yksilöllinen työsähköpostiosoite" — the reminders of expiring rights are sent there): an
 * empty list when it is acceptable. Checked: not empty (`puuttuu`), at most 254 characters (`liianPitkä`), exactly
 * one `@` (`eiYhtäAtMerkkiä`), a dot-atom before it (`virheellinenPaikallinenOsa`) and a host name after it
 * (`virheellinenVerkkotunnus`). ASCII only: an internationalised domain is written in its `xn--` form; quoted local
 * parts, comments and IP-address literals, which RFC 5322 allows and no work address uses, are not accepted; the
 * address is taken as it is (surrounding spaces are not trimmed and are a shortcoming).
 *
 * What cannot be checked from the text: that the address exists, that it is the user's own and not a shared one
 * ("työsähköpostiosoite ei saa olla useamman henkilön käytössä oleva yhteissähköpostiosoite"), and that the user has
 * only one. A hand-written parser, no regular expression: linear in the length. No message quotes the address.
 */
export function sähköpostiosoitteenPuutteet(osoite: string): readonly SähköpostiosoitteenPuute[] {
  const teksti = typeof osoite === 'string' ? osoite : ''
  if (teksti.length === 0) return [uusi(VIESTIT.puuttuu)]
  const puutteet: SähköpostiosoitteenPuute[] = []
  if (teksti.length > SÄHKÖPOSTIOSOITTEEN_ENIMMÄISPITUUS) puutteet.push(uusi(VIESTIT.liianPitkä))
  const at = teksti.indexOf('@')
  if (at < 0 || teksti.indexOf('@', at + 1) >= 0) {
    puutteet.push(uusi(VIESTIT.eiYhtäAtMerkkiä))
    return puutteet
  }
  if (!paikallinenOsaKelpaa(teksti.slice(0, at))) puutteet.push(uusi(VIESTIT.virheellinenPaikallinenOsa))
  if (!verkkotunnusKelpaa(teksti.slice(at + 1))) puutteet.push(uusi(VIESTIT.virheellinenVerkkotunnus))
  return puutteet
}
