/**
 * MUKS's own wording of its structural findings: what the parts of a MUKS study right whose class KOSKI chooses by a
 * union are called in fi/sv/en (the `kohde` of the codec's `notAnyOf` issues; the messages are generic, messages/schema.ts).
 */
import type { Message } from '../../finding'

export const MUKS_RAKENNE = {
  /** The päätason suoritus (one class, told by its tyyppi). */
  päätasonSuoritus: {
    fi: 'Muun kuin säännellyn koulutuksen opiskeluoikeuden päätason suoritus',
    sv: 'Prestationen på huvudnivå i en studierätt inom annan än reglerad utbildning',
    en: 'The main completion of a study right in other than regulated education (MUKS)',
  },
  /** The vahvistus of an osasuoritus (KOSKI's trait Vahvistus: its classes told by their fields). */
  osasuorituksenVahvistus: {
    fi: 'Muun kuin säännellyn koulutuksen osasuorituksen vahvistus',
    sv: 'Bekräftelsen av en delprestation inom annan än reglerad utbildning',
    en: 'The confirmation of a partial completion in other than regulated education (MUKS)',
  },
} as const satisfies Readonly<Record<string, Message>>
