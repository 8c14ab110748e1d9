/**
 * Messages of the MUKS rules (catalogue §3.7): KOSKI's Finnish text word for word, with Swedish and English
 * translations of it and a hint (docs/glossary.md). The general rules' messages are in src/messages/yleiset.ts.
 */
import type { Message, Viesti } from '../../finding'
import { EI_LAINAUKSIA } from '../../finding'
import { kielittäin, koodi } from '../../messages/muoto'

const tila = (koodiarvo: string): Message => koodi('koskiopiskeluoikeudentila', koodiarvo)
const rahoitus = (koodiarvo: string): Message => koodi('opintojenrahoitus', koodiarvo)

/** The study-right type in running text. */
const MUKS = {
  fi: 'muu kuin säännelty koulutus',
  sv: 'annan än reglerad utbildning',
  en: 'other than regulated education (MUKS)',
} as const

/** M-RAH-1: KOSKI names the jakso's tila by its code (`Opiskeluoikeuden tilalta lasna puuttuu rahoitusmuoto`). */
export const tilaltaPuuttuuRahoitusmuoto = (koodiarvo: string): Viesti => ({
  fi: `Opiskeluoikeuden tilalta ${koodiarvo} puuttuu rahoitusmuoto`,
  sv: `Studierättens status ${tila(koodiarvo).sv} saknar finansieringsform`,
  en: `The study-right status ${tila(koodiarvo).en} has no funding type`,
  hint: kielittäin(
    (l) =>
      ({
        fi: `Lisää jaksolle opintojenRahoitus: ${rahoitus('14').fi} tai ${rahoitus('15').fi}. Se vaaditaan tiloilla ${tila('lasna').fi} ja ${tila('hyvaksytystisuoritettu').fi}; koulutus on JOTPAn hankkimaa, joten lisätiedoissa on oltava myös jotpaAsianumero.`,
        sv: `Lägg till opintojenRahoitus för perioden: ${rahoitus('14').sv} eller ${rahoitus('15').sv}. Den krävs med statusarna ${tila('lasna').sv} och ${tila('hyvaksytystisuoritettu').sv}; utbildningen är anskaffad av JOTPA, så tilläggsuppgifterna ska också ha jotpaAsianumero.`,
        en: `Add opintojenRahoitus to the period: ${rahoitus('14').en} or ${rahoitus('15').en}. It is required with the statuses ${tila('lasna').en} and ${tila('hyvaksytystisuoritettu').en}; the training is procured by JOTPA, so the additional information also needs jotpaAsianumero.`,
      })[l],
  ),
})

/**
 * M-TILA-1: KOSKI's answer to an empty `opiskeluoikeusjaksot` of a MUKS study right is an internal error (HTTP 500,
 * `internalError`, its default text "Internal server error", which is in English in KOSKI too).
 */
export const eiOpiskeluoikeusjaksoja: Viesti = {
  fi: 'Internal server error',
  sv: 'Internt serverfel',
  en: 'Internal server error',
  hint: {
    fi: `Opiskeluoikeudella on oltava vähintään yksi opiskeluoikeusjakso (alkaen koulutuksen alusta, tila ${tila('lasna').fi}). KOSKIn skeema sallii tyhjän listan opiskeluoikeudelle, jonka tyyppi on ${MUKS.fi}, mutta KOSKI vastaa siihen sisäisellä virheellä (HTTP 500).`,
    sv: `Studierätten ska ha minst en studierättsperiod (från utbildningens start, status ${tila('lasna').sv}). KOSKI:s schema tillåter en tom lista för en studierätt inom ${MUKS.sv}, men KOSKI svarar med ett internt fel (HTTP 500).`,
    en: `The study right needs at least one study-right period (from the start of the training, status ${tila('lasna').en}). KOSKI's schema allows an empty list for a study right in ${MUKS.en}, but KOSKI answers it with an internal error (HTTP 500).`,
  },
  lainaukset: EI_LAINAUKSIA,
}
