/**
 * Builders of VST documents for the tests, after KOSKI's ExamplesVapaaSivistystyöJotpa and VapaaSivistystyöExample:
 * KOSKI's examples (test/fixtures/koski/examples) made into a source system's transfer (with `lähdejärjestelmänId`),
 * changed by a function.
 */
import { koskiExample, type Json } from './yleiset'

/** A source system's id, as KOSKI's specs give (`winnovaLähdejärjestelmäId("win-423082")`). */
export const winnova = (id = 'win-423082'): Json => ({ id, lähdejärjestelmä: { koodiarvo: 'winnova', koodistoUri: 'lahdejarjestelma' } })

const tila = (koodiarvo: string): Json => ({ koodiarvo, koodistoUri: 'koskiopiskeluoikeudentila' })
const rahoitus = (koodiarvo: string): Json => ({ koodiarvo, koodistoUri: 'opintojenrahoitus' })
export const vstJakso = (alku: string, koodiarvo: string, r?: string): Json => ({ alku, tila: tila(koodiarvo), ...(r === undefined ? {} : { opintojenRahoitus: rahoitus(r) }) })
export const op = (arvo: number): Json => ({ arvo, yksikkö: { koodiarvo: '2', koodistoUri: 'opintojenlaajuusyksikko' } })
export const vstVahvistus = (päivä: string): Json => ({
  päivä,
  paikkakunta: { koodiarvo: '853', koodistoUri: 'kunta' },
  myöntäjäOrganisaatio: { oid: '1.2.246.562.10.31915273374' },
  myöntäjäHenkilöt: [{ nimi: 'Reijo Reksi', titteli: { fi: 'rehtori' }, organisaatio: { oid: '1.2.246.562.10.31915273374' } }],
})

/**
 * KOSKI's VST JOTPA example, keskeneräinen: lasna from 2023-01-01 with rahoitus 14, asianumero, three osasuoritukset
 * of 1 op (the third unassessed), sent by a source system. `muuta` changes the study right.
 */
export const vstJotpaKesken = (muuta: (oo: Json, suoritus: Json, doc: Json) => void = () => {}): Json => {
  const doc = koskiExample('Jatkuvaanoppimiseensuunnattuvapaansivistystyonkoulutus_2024-05-24.json')
  const oo = doc.opiskeluoikeudet[0]
  oo.lähdejärjestelmänId = winnova()
  muuta(oo, oo.suoritukset[0], doc)
  return doc
}

/**
 * ExamplesVapaaSivistystyöJotpa.Opiskeluoikeus.suoritettu made of the example: hyvaksytystisuoritettu on 2023-03-01
 * (rahoitus 14), the päätaso vahvistettu that day with laajuus 3 op.
 */
export const vstJotpaSuoritettu = (muuta: (oo: Json, suoritus: Json, doc: Json) => void = () => {}): Json =>
  vstJotpaKesken((oo, s, doc) => {
    oo.tila.opiskeluoikeusjaksot.push(vstJakso('2023-03-01', 'hyvaksytystisuoritettu', '14'))
    s.vahvistus = vstVahvistus('2023-03-01')
    s.koulutusmoduuli.laajuus = op(3)
    muuta(oo, s, doc)
  })

/**
 * KOSKI's vapaatavoitteinen example (hyvaksytystisuoritettu on 2022-05-31, vahvistettu, one assessed osasuoritus of
 * 5 op) with its opintokokonaisuus 1138 and sent by a source system. `muuta` changes the study right.
 */
export const vstVapaatavoitteinen = (muuta: (oo: Json, suoritus: Json, doc: Json) => void = () => {}): Json => {
  const doc = koskiExample('vapaasivistystyo-vapaatavoitteinenkoulutus_2023-01-10.json')
  const oo = doc.opiskeluoikeudet[0]
  oo.lähdejärjestelmänId = winnova()
  oo.suoritukset[0].koulutusmoduuli.opintokokonaisuus = { koodiarvo: '1138', koodistoUri: 'opintokokonaisuudet' }
  muuta(oo, oo.suoritukset[0], doc)
  return doc
}
