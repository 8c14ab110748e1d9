/**
 * Ammatillinen's own wording of its structural findings: what the parts of an ammatillinen study right whose class KOSKI
 * chooses by a union are called in fi/sv/en. The codecs (./codec.ts) attach these as the `kohde` of their `notAnyOf`
 * issues; the messages themselves are generic (src/messages/schema.ts).
 */
import type { Message } from '../../finding'

export const AMMATILLINEN_RAKENNE = {
  /** The päätason suoritus, whose class its tyyppi chooses (ammatillinentutkintoosittainen also its koulutusmoduuli). */
  päätasonSuoritus: {
    fi: 'Ammatillisen opiskeluoikeuden päätason suoritus',
    sv: 'Prestationen på huvudnivå i en studierätt inom yrkesutbildning',
    en: 'The main completion of a vocational study right',
  },
  /** A tutkinnon osa of a tutkinto, whose class its koulutusmoduuli's tunniste chooses. */
  tutkinnonOsanSuoritus: {
    fi: 'Ammatillisen tutkinnon osan suoritus',
    sv: 'Prestationen av en examensdel i en yrkesinriktad examen',
    en: 'The completion of a vocational qualification unit',
  },
  /** The koulutusmoduuli of a tutkinnon osa (national, common or local). */
  tutkinnonOsa: {
    fi: 'Ammatillisen tutkinnon osa (koulutusmoduuli)',
    sv: 'Examensdelen i en yrkesinriktad examen (koulutusmoduuli)',
    en: 'The vocational qualification unit (koulutusmoduuli)',
  },
  /** The koulutusmoduuli of an osa-alue of a yhteinen tutkinnon osa. */
  osaAlue: {
    fi: 'Yhteisen tutkinnon osan osa-alue (koulutusmoduuli)',
    sv: 'Delområdet i en gemensam examensdel (koulutusmoduuli)',
    en: 'The subject area of a common qualification unit (koulutusmoduuli)',
  },
  /** An osasuoritus below the tutkinnon osat, whose class its tyyppi chooses. */
  osasuoritus: {
    fi: 'Ammatillisen opiskeluoikeuden osasuoritus',
    sv: 'Delprestationen i en studierätt inom yrkesutbildning',
    en: 'The partial completion of a vocational study right',
  },
  /** The koulutusmoduuli of a päätaso or an osa whose class its tunniste chooses. */
  koulutusmoduuli: {
    fi: 'Ammatillisen suorituksen koulutusmoduuli',
    sv: 'Utbildningsmodulen i en yrkesinriktad prestation',
    en: 'The education module of a vocational completion',
  },
  /** A järjestämismuoto (with or without an oppisopimus). */
  järjestämismuoto: {
    fi: 'Koulutuksen järjestämismuoto',
    sv: 'Utbildningens anordningsform',
    en: 'The form of provision of the education',
  },
  /** An osaamisen hankkimistapa (with or without an oppisopimus). */
  osaamisenHankkimistapa: {
    fi: 'Osaamisen hankkimistapa',
    sv: 'Sättet att förvärva kunnande',
    en: 'The way of acquiring competence',
  },
} as const satisfies Readonly<Record<string, Message>>
