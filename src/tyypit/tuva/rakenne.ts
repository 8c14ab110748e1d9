/**
 * TUVA's own wording of its structural findings: what the parts of a TUVA study right whose class KOSKI chooses by a
 * union are called in fi/sv/en. The TUVA codecs (src/codecs/tuva.ts) attach these as the `kohde` of their `notAnyOf`
 * issues; the messages themselves are generic (messages/schema.ts) and take every other fact from the issue.
 */
import type { Message } from '../../finding'

export const TUVA_RAKENNE = {
  /** The lisätiedot, whose class the järjestämislupa chooses. */
  lisätiedot: {
    fi: 'TUVA-opiskeluoikeuden lisätiedot',
    sv: 'Tilläggsuppgifterna för en Hux-studierätt',
    en: 'The additional information of a TUVA study right',
  },
  /** The päätason suoritus (one class, told by its tyyppi). */
  päätasonSuoritus: {
    fi: 'TUVA-opiskeluoikeuden päätason suoritus',
    sv: 'Prestationen på huvudnivå i en Hux-studierätt',
    en: 'The main completion of a TUVA study right',
  },
  /** An osasuoritus of the päätaso, whose class the koulutuksen osa (koulutusmoduuli.tunniste) chooses. */
  osasuoritus: {
    fi: 'TUVA-opiskeluoikeuden osasuoritus',
    sv: 'Delprestationen i en Hux-studierätt',
    en: 'The partial completion of a TUVA study right',
  },
  /** The koulutusmoduuli of osat 101, 102, 103, 105, 106 and 107 (one class per osa, told by its tunniste). */
  koulutuksenOsa: {
    fi: 'TUVA-koulutuksen osa (koulutusmoduuli)',
    sv: 'Utbildningsdelen i Hux (koulutusmoduuli)',
    en: 'The part of the TUVA education (koulutusmoduuli)',
  },
  /** The arviointi of a local osasuoritus of the valinnainen osa 104. */
  paikallisenOsasuorituksenArviointi: {
    fi: 'TUVA-opiskeluoikeuden paikallisen osasuorituksen arviointi',
    sv: 'Bedömningen av en lokal delprestation i en Hux-studierätt',
    en: 'The assessment of a local partial completion of a TUVA study right',
  },
} as const satisfies Readonly<Record<string, Message>>
