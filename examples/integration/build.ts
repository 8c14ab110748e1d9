import assert from 'node:assert/strict'
import { Oppija, validate, type TutkintokoulutukseenValmentavanOpiskeluoikeus, type UusiHenkilö } from 'koski-validation'

// The exported types are the decoded shapes of KOSKI's classes: build your mapping's output against them.
const henkilö: UusiHenkilö = { hetu: '270504A317P', etunimet: 'Turo Tapani', sukunimi: 'Vaara' }
const koodi = <K extends string>(koodistoUri: string, koodiarvo: K) => ({ koodiarvo, koodistoUri })
const opiskeluoikeus: TutkintokoulutukseenValmentavanOpiskeluoikeus = {
  tyyppi: koodi('opiskeluoikeudentyyppi', 'tuva'),
  lähdejärjestelmänId: { id: 'oma-123', lähdejärjestelmä: koodi('lahdejarjestelma', 'primus') },
  oppilaitos: { oid: '1.2.246.562.10.52251087186' },
  järjestämislupa: koodi('tuvajarjestamislupa', 'ammatillinen'),
  tila: { opiskeluoikeusjaksot: [{ alku: '2026-08-01', tila: koodi('koskiopiskeluoikeudentila', 'lasna'), opintojenRahoitus: koodi('opintojenrahoitus', '1') }] },
  suoritukset: [
    {
      tyyppi: koodi('suorituksentyyppi', 'tuvakoulutuksensuoritus'),
      koulutusmoduuli: { tunniste: koodi('koulutus', '999908'), perusteenDiaarinumero: 'OPH-1488-2021' },
      toimipiste: { oid: '1.2.246.562.10.52251087186' },
      suorituskieli: koodi('kieli', 'FI'),
    },
  ],
}

const document = { henkilö, opiskeluoikeudet: [opiskeluoikeus] }
assert.equal(Oppija.is(document), true) // the io-ts codec's type guard
const report = validate(document, { today: '2026-11-22' })
assert.equal(report.findings.filter((f) => f.severity === 'error').length, 0, JSON.stringify(report.findings.map((f) => f.rule)))
