import { uusi, type Puute } from './puute'

/** The least number of characters of a password (Virkailijan Opintopolku, "Salasanan muuttaminen"). */
export const SALASANAN_VÄHIMMÄISPITUUS = 20

/** The only special characters a password may contain. */
export const SALASANAN_ERIKOISMERKIT = '!#$%*_+=?'

/** The codes of {@link salasananPuutteet}, in the order they are reported. */
export type SalasananPuutteenKoodi =
  | 'liianLyhyt'
  | 'eiIsojaKirjaimia'
  | 'eiPieniäKirjaimia'
  | 'eiErikoismerkkejäEikäNumeroita'
  | 'skandeja'
  | 'kiellettyMerkki'
  | 'eiTäsmää'

/** A shortcoming of a password. */
export type SalasananPuute = Puute<SalasananPuutteenKoodi>

const ERIKOISMERKKI = ` ${SALASANAN_ERIKOISMERKIT.split('').join(' ')} `

const VIESTIT: { readonly [K in SalasananPuutteenKoodi]: Puute<K> } = {
  liianLyhyt: {
    koodi: 'liianLyhyt',
    message: {
      fi: `Salasanan tulee olla vähintään ${SALASANAN_VÄHIMMÄISPITUUS} merkkiä pitkä.`,
      sv: `Lösenordet ska vara minst ${SALASANAN_VÄHIMMÄISPITUUS} tecken långt.`,
      en: `The password must be at least ${SALASANAN_VÄHIMMÄISPITUUS} characters long.`,
    },
  },
  eiIsojaKirjaimia: {
    koodi: 'eiIsojaKirjaimia',
    message: {
      fi: 'Salasanassa ei ole isoja kirjaimia (A–Z): siinä tulee olla isoja kirjaimia.',
      sv: 'Lösenordet innehåller inga stora bokstäver (A–Z): det ska innehålla stora bokstäver.',
      en: 'The password has no upper-case letters (A–Z): it must contain upper-case letters.',
    },
  },
  eiPieniäKirjaimia: {
    koodi: 'eiPieniäKirjaimia',
    message: {
      fi: 'Salasanassa ei ole pieniä kirjaimia (a–z): siinä tulee olla pieniä kirjaimia.',
      sv: 'Lösenordet innehåller inga små bokstäver (a–z): det ska innehålla små bokstäver.',
      en: 'The password has no lower-case letters (a–z): it must contain lower-case letters.',
    },
  },
  eiErikoismerkkejäEikäNumeroita: {
    koodi: 'eiErikoismerkkejäEikäNumeroita',
    message: {
      fi: `Salasanassa ei ole erikoismerkkejä eikä numeroita: siinä tulee olla erikoismerkkejä (sallitaan${ERIKOISMERKKI}) ja/tai numeroita (0–9).`,
      sv: `Lösenordet innehåller varken specialtecken eller siffror: det ska innehålla specialtecken (tillåtna är${ERIKOISMERKKI}) och/eller siffror (0–9).`,
      en: `The password has neither special characters nor digits: it must contain special characters (allowed are${ERIKOISMERKKI}) and/or digits (0–9).`,
    },
  },
  skandeja: {
    koodi: 'skandeja',
    message: {
      fi: 'Salasanassa on skandeja: å, ä ja ö (isoina tai pieninä) eivät ole sallittuja.',
      sv: 'Lösenordet innehåller å, ä eller ö: Å, ä, ö är inte tillåtna bokstäver (varken stora eller små).',
      en: 'The password contains å, ä or ö: these letters are not allowed (in either case).',
    },
  },
  kiellettyMerkki: {
    koodi: 'kiellettyMerkki',
    message: {
      fi: `Salasanassa on merkki, joka ei ole sallittu: sallittuja ovat kirjaimet A–Z ja a–z, numerot 0–9 ja erikoismerkit${ERIKOISMERKKI}(ei välilyöntejä eikä muita kirjaimia).`,
      sv: `Lösenordet innehåller ett tecken som inte är tillåtet: tillåtna är bokstäverna A–Z och a–z, siffrorna 0–9 och specialtecknen${ERIKOISMERKKI}(inga mellanslag och inga andra bokstäver).`,
      en: `The password contains a character that is not allowed: allowed are the letters A–Z and a–z, the digits 0–9 and the special characters${ERIKOISMERKKI}(no spaces and no other letters).`,
    },
  },
  eiTäsmää: {
    koodi: 'eiTäsmää',
    message: {
      fi: 'Salasanat eivät täsmää: vahvistukseksi annettu salasana on eri kuin salasana.',
      sv: 'Lösenorden stämmer inte överens: lösenordet du angav den andra gången skiljer sig från det första.',
      en: 'The passwords do not match: the confirmation differs from the password.',
    },
  },
}

const SKANDIT = new Set(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö'])
const ERIKOIS = new Set(SALASANAN_ERIKOISMERKIT)

/**
 * Every shortcoming of a Virkailijan Opintopolku password at once — an empty list when the password is acceptable;
 * with `vahvistus` (the second entry of the password), a mismatch is one more shortcoming. The rule (seed 002,
 * "Salasanan muuttaminen" / "Ändra ditt lösenord"; it does not concern Haka users, who have no password here):
 * - at least 20 characters (`liianLyhyt`);
 * - upper-case letters A–Z (`eiIsojaKirjaimia`), lower-case letters a–z (`eiPieniäKirjaimia`), and special characters
 *   and/or digits (`eiErikoismerkkejäEikäNumeroita`: at least one of `! # $ % * _ + = ?` or `0–9`);
 * - no å, ä, ö in either case (`skandeja`);
 * - no other character (`kiellettyMerkki`): only `A–Z a–z 0–9 ! # $ % * _ + = ?` are allowed, so a space, another
 *   special character (`@`, `-`, `.`), another non-ASCII letter (é, ü, ß, Cyrillic …), an emoji or a control
 *   character is one. The instruction lists the allowed special characters exhaustively and names only å, ä, ö among
 *   the letters it forbids; we read "letters" as the ASCII letters, so that a password this accepts is one the
 *   service accepts.
 * - the two entries are the same text, compared exactly (`eiTäsmää`).
 *
 * The text is read in Unicode normalisation form NFC first, so a decomposed `a` + ring above is an `å`; the length is
 * counted in characters (code points) of that form. (An acceptable password is ASCII, where every way of counting
 * gives the same number.) Linear in the length. No message quotes, counts or names any character of the password.
 *
 * @example salasananPuutteet('Lyhyt1!').map((p) => p.koodi) // ['liianLyhyt']
 * @example salasananPuutteet('KorkeaVuoriJaSyväJärvi1') .map((p) => p.koodi) // ['skandeja']
 */
export function salasananPuutteet(salasana: string, vahvistus?: string): readonly SalasananPuute[] {
  const teksti = String(salasana).normalize('NFC')
  let pituus = 0
  let iso = false
  let pieni = false
  let erikoisTaiNumero = false
  let skandi = false
  let kielletty = false
  for (const merkki of teksti) {
    pituus++
    if (merkki >= 'A' && merkki <= 'Z') iso = true
    else if (merkki >= 'a' && merkki <= 'z') pieni = true
    else if ((merkki >= '0' && merkki <= '9') || ERIKOIS.has(merkki)) erikoisTaiNumero = true
    else if (SKANDIT.has(merkki)) skandi = true
    else kielletty = true
  }
  const puutteet: SalasananPuute[] = []
  const lisää = (koodi: SalasananPuutteenKoodi): void => {
    puutteet.push(uusi(VIESTIT[koodi]))
  }
  if (pituus < SALASANAN_VÄHIMMÄISPITUUS) lisää('liianLyhyt')
  if (!iso) lisää('eiIsojaKirjaimia')
  if (!pieni) lisää('eiPieniäKirjaimia')
  if (!erikoisTaiNumero) lisää('eiErikoismerkkejäEikäNumeroita')
  if (skandi) lisää('skandeja')
  if (kielletty) lisää('kiellettyMerkki')
  if (vahvistus !== undefined && vahvistus !== salasana) lisää('eiTäsmää')
  return puutteet
}
