/**
 * VST's own wording of its structural findings: what the parts of a VST study right whose class KOSKI chooses by a
 * union are called in fi/sv/en (the `kohde` of the codecs' `notAnyOf` issues; the messages are generic).
 */
import type { Message } from '../../finding'

export const VST_RAKENNE = {
  /** A jakso of a VST JOTPA study right (its class is chosen by `suoritukset[0].tyyppi`). */
  jotpaJakso: {
    fi: 'Jatkuvaan oppimiseen suunnatun vapaan sivistystyön koulutuksen opiskeluoikeusjakso',
    sv: 'Studierättsperioden i en utbildning inom fritt bildningsarbete som riktar sig till kontinuerligt lärande',
    en: 'The study-right period of liberal adult education for continuous learning (VST JOTPA)',
  },
  /** A jakso of a VST vapaatavoitteinen study right. */
  vapaatavoitteinenJakso: {
    fi: 'Vapaan sivistystyön vapaatavoitteisen koulutuksen opiskeluoikeusjakso',
    sv: 'Studierättsperioden i en utbildning inom fritt bildningsarbete med fri inriktning',
    en: 'The study-right period of liberal adult education with free objectives (VST vapaatavoitteinen)',
  },
} as const satisfies Readonly<Record<string, Message>>
