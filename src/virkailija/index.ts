/**
 * koski-validation/virkailija — the user-administration policies of Virkailijan Opintopolku (the officials' services
 * at virkailija.opintopolku.fi), as the official instructions state them: password rules, access-right validity,
 * expiry reminders, automatic cancellation of unhandled applications, the work e-mail address, and the JOTPA main
 * user (JOTPA-pääkäyttäjä) rules. Pure functions with no clock: `today` is always a parameter. Dates `YYYY-MM-DD`;
 * every shortcoming is data, `{ koodi, message: { fi, sv, en } }`, and an empty list means acceptable.
 *
 * @packageDocumentation
 */
export type { Message } from '../finding'
export type { Puute } from './puute'
export {
  salasananPuutteet,
  SALASANAN_VÄHIMMÄISPITUUS,
  SALASANAN_ERIKOISMERKIT,
  type SalasananPuute,
  type SalasananPuutteenKoodi,
} from './salasana'
export {
  käyttöoikeudenMuistutuspäivät,
  käyttöoikeudenMuistutusTänään,
  käyttöoikeusanomuksenKäsittelyViimeistään,
  käyttöoikeusanomusPeruuntuu,
  käyttöoikeusanomusOnPeruuntunut,
  käyttöoikeudenPisinVoimassaolo,
  käyttöoikeudenPuutteet,
  VIIKKOMUISTUTUS_PÄIVIÄ_ENNEN,
  ANOMUKSEN_KÄSITTELYAIKA_KUUKAUSINA,
  type Käyttöoikeus,
  type KäyttöoikeudenPuute,
  type KäyttöoikeudenPuutteenKoodi,
} from './kayttooikeus'
export {
  sähköpostiosoitteenPuutteet,
  SÄHKÖPOSTIOSOITTEEN_ENIMMÄISPITUUS,
  type SähköpostiosoitteenPuute,
  type SähköpostiosoitteenPuutteenKoodi,
} from './sahkoposti'
export {
  käyttöoikeudenMyöntämisenPuutteet,
  jotpaPääkäyttäjienPuutteet,
  JOTPA_PÄÄKÄYTTÄJIÄ_VÄHINTÄÄN,
  type Virkailija,
  type KäyttöoikeudenMyöntämisenPuute,
  type KäyttöoikeudenMyöntämisenPuutteenKoodi,
  type JotpaPääkäyttäjänOikeus,
  type JotpaPääkäyttäjienPuute,
  type JotpaPääkäyttäjienPuutteenKoodi,
} from './jotpa'
