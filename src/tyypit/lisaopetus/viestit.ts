/**
 * Messages of perusopetuksen lisäopetus' rules: the pidennetty oppivelvollisuus rules (KoskiValidator ›
 * validatePidennettyOppivelvollisuus; KOSKI's Finnish verbatim) and our warning on the fields KOSKI drops. Codes named
 * through the koodisto; each with a hint.
 */
import { kenttäTiputetaan as tiputettu } from '../../messages/yhteiset'
import type { Message, Viesti } from '../../finding'
import { kielittäin } from '../../messages/muoto'

const VINKKI_VAMMAISUUS: Message = {
  fi: 'Pidennetyn oppivelvollisuuden ajalle merkitään yhtäjaksoisesti joko vammainen- tai vaikeastiVammainen-jaksot (ei molempia samana päivänä), jotka alkavat ja päättyvät pidennetyn oppivelvollisuuden kanssa, ja erityisen tuen päätös koko ajalle.',
  sv: 'För tiden med förlängd läroplikt anges utan avbrott perioder av vammainen eller vaikeastiVammainen (inte båda samma dag) som börjar och slutar med den förlängda läroplikten, och ett beslut om särskilt stöd för hela tiden.',
  en: 'For the prolonged compulsory education, record without a gap either vammainen or vaikeastiVammainen periods (not both on one day) that start and end with it, and a special-support decision for the whole time.',
}

const viesti = (fi: string, sv: string, en: string, hint: Message = VINKKI_VAMMAISUUS): Viesti => ({ fi, sv, en, hint })

/** The pidennetty oppivelvollisuus rules' messages, by KOSKI's check. */
export const pidennettyOppivelvollisuus = {
  loppuuEnnenAlkua: viesti(
    'Pidennetty oppivelvollisuusjakso ei voi loppua ennen opiskeluoikeuden alkua',
    'Perioden av förlängd läroplikt kan inte sluta före studierättens början',
    'The period of prolonged compulsory education cannot end before the study right starts',
    kielittäin((l) => (l === 'fi' ? 'Korjaa pidennetyn oppivelvollisuuden loppu tai jätä jakso pois, jos se päättyi ennen tätä opiskeluoikeutta.' : l === 'sv' ? 'Rätta slutet av den förlängda läroplikten eller lämna bort perioden om den slutade före denna studierätt.' : 'Correct the end of the prolonged compulsory education, or leave the period out if it ended before this study right.')),
  ),
  vammaisuusPuuttuu: viesti(
    'Oppivelvollisuuden pidennyksessä on päiviä, joina ei ole voimassaolevaa vammaisuusjaksoa',
    'Den förlängda läroplikten har dagar utan en gällande period av handikapp',
    'The prolonged compulsory education has days without a disability period in force',
  ),
  vammaisuusUlkopuolella: viesti(
    'Jokin vammaisuusjaksoista on pidennetyn oppivelvollisuuden ulkopuolella',
    'Någon av perioderna av handikapp ligger utanför den förlängda läroplikten',
    'Some disability period lies outside the prolonged compulsory education',
  ),
  viimeinenEriLoppu: viesti(
    'Viimeisimmän vammaisuusjakson päättymispäivä ei ole sama kuin pidennetyn oppivelvollisuuden määritelty päättymispäivä',
    'Slutdagen för den senaste perioden av handikapp är inte densamma som den förlängda läropliktens angivna slutdag',
    'The end of the latest disability period is not the end given for the prolonged compulsory education',
  ),
  päällekkäin: viesti(
    'Vaikeasti vammaisuuden ja muun kuin vaikeasti vammaisuuden aikajaksot eivät voi olla voimassa samana päivänä',
    'Perioder av grav handikapp och av annan än grav handikapp kan inte gälla samma dag',
    'Periods of severe disability and of disability other than severe cannot be in force on the same day',
  ),
  erityinenTukiPuuttuu: viesti(
    'Oppivelvollisuuden pidennyksessä on päiviä, joina ei ole voimassaolevaa erityisen tuen jaksoa',
    'Den förlängda läroplikten har dagar utan en gällande period av särskilt stöd',
    'The prolonged compulsory education has days without a special-support period in force',
  ),
  vammaisuusIlmanPidennystä: viesti(
    'Vammaisuusjaksoja ei voi olla ilman vastaavaa pidennetyn oppivelvollisuuden jaksoa',
    'Perioder av handikapp kan inte finnas utan en motsvarande period av förlängd läroplikt',
    'Disability periods cannot exist without a corresponding period of prolonged compulsory education',
  ),
  vanhaUlkopuolella: viesti(
    'Pidennetyn oppivelvollisuuden aikajakso on vammaisuustietojen aikajaksojen ulkopuolella tai toinen tiedoista puuttuu.',
    'Perioden av förlängd läroplikt ligger utanför perioderna av handikapp, eller den ena uppgiften saknas.',
    'The period of prolonged compulsory education lies outside the disability periods, or one of the two is missing.',
  ),
} as const satisfies Record<string, Viesti>

/** X-LISÄ-POIS-1: a field KOSKI drops on input (ours). */
export const kenttäTiputetaan = (kenttä: string): Viesti =>
  tiputettu(kenttä, { fi: 'perusopetuksen lisäopetuksen opiskeluoikeudella', sv: 'i en studierätt i påbyggnadsundervisning', en: 'in an additional basic education study right' })
