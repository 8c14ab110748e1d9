/**
 * The ammatillinen rules of their own (catalogue §3.8): AmmatillinenValidation.validateAmmatillinenOpiskeluoikeus and
 * the ammatillinen parts of KoskiValidator (validateArvioinnit, validateOsaamisenHankkimistavat). KOSKI folds them all
 * (every rule reports on its own). The rules needing ePerusteet (koulutustyyppi: A-KA-2, A-YTO-1's perustutkinto part,
 * A-VV-3, A-EPER-*) or KOSKI's database (A-KOR-*) are not here: scripts/coverage-reasons.ts says why.
 */
import { error, type Finding } from '../../../finding'
import { alkamispäivä, eachOsasuoritus, eachOsasuoritusIlmanPolkua, lisätietoPath, ooPath, scalaDouble, suoritusPath, summaDesimaaleina } from '../../../rules/helpers'
import type { Koodi } from '../../../rules/shapes'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import * as m from '../viestit'
import { korotus } from './korotus'
import { ammatillisenTiputettavatKentät } from './poistettavat'
import {
  ammatillinenHyväksytty,
  arvioitu,
  moduulinNimi,
  onKeskiarvollinen,
  onKokoTutkinto,
  onNäyttötutkintoonValmistava,
  onOsaAlue,
  onOsittainen,
  onTutkinnonOsa,
  onTutkinto,
  onUseastaTutkinnosta,
  onValinnanMahdollisuus,
  onYhteinenTutkinnonOsa,
  osasuoritusValmis,
  suorituksenNimi,
  type AmmSuoritus,
  type Ammatillinen,
} from './apu'

const SOURCE = (method: string, muutoshistoria?: readonly string[]) =>
  muutoshistoria === undefined ? { koski: `AmmatillinenValidation.${method}` } : { koski: `AmmatillinenValidation.${method}`, muutoshistoria }

// ---------------------------------------------------------------------------------------------------------------
// A-SUOR-1

const USEAMPI_KEY = 'badRequest.validation.ammatillinen.useampiPäätasonSuoritus'

/** KOSKI's näyttötutkintoJaNäyttöönValmistavaLöytyvät: a `naytto` tutkinto (not a korotus) and a näyttötutkintoon valmistava. */
const näyttötutkintoJaValmistava = (oo: Ammatillinen): boolean =>
  oo.suoritukset.some((s) => !(onOsittainen(s) && s.korotettuOpiskeluoikeusOid !== undefined) && onTutkinto(s) && s.suoritustapa?.koodiarvo === 'naytto') &&
  oo.suoritukset.some(onNäyttötutkintoonValmistava)

/** A-SUOR-1: one päätason suoritus; two only as a `naytto` tutkinto with its näyttötutkintoon valmistava koulutus. */
export const useaPäätasonSuoritus: Rule<Ammatillinen> = {
  id: 'A-SUOR-1',
  what: 'one päätason suoritus; two only when one is a `naytto` tutkinto (not a korotus) and the other `nayttotutkintoonvalmistavakoulutus`',
  keys: [USEAMPI_KEY],
  severity: 'error',
  source: SOURCE('validateUseaPäätasonSuoritus'),
  check: (oo, ctx) =>
    oo.suoritukset.length === 1 || (oo.suoritukset.length === 2 && näyttötutkintoJaValmistava(oo))
      ? NO_FINDINGS
      : [error('A-SUOR-1', USEAMPI_KEY, ooPath(ctx.polku, 'suoritukset'), m.useampiPäätasonSuoritus)],
}

// ---------------------------------------------------------------------------------------------------------------
// A-KA-1

const KESKIARVO_KEY = 'badRequest.validation.ammatillinen.keskiarvoVaikkaSuoritusEiValmis'

/**
 * A-KA-1: a `keskiarvo` on a koko or osittainen tutkinto only when it is vahvistettu, or the last jakso is
 * `katsotaaneronneeksi` and some tutkinnon osa is valmis. KOSKI answers once; the path names the first offender.
 */
export const keskiarvoVainValmiilla: Rule<Ammatillinen> = {
  id: 'A-KA-1',
  what: '`keskiarvo` only on a vahvistettu tutkinto (or: last jakso `katsotaaneronneeksi` and some valmis tutkinnon osa)',
  keys: [KESKIARVO_KEY],
  severity: 'error',
  source: SOURCE('validateKeskeneräiselläSuorituksellaEiSaaOllaKeskiarvoa'),
  check: (oo, ctx) => {
    const jaksot = oo.tila.opiskeluoikeusjaksot
    const katsotaanEronneeksi = jaksot[jaksot.length - 1]?.tila.koodiarvo === 'katsotaaneronneeksi'
    const i = oo.suoritukset.findIndex(
      (s) =>
        onKeskiarvollinen(s) &&
        s.keskiarvo !== undefined &&
        s.vahvistus === undefined &&
        !(katsotaanEronneeksi && (s.osasuoritukset ?? []).some(osasuoritusValmis)),
    )
    return i < 0 ? NO_FINDINGS : [error('A-KA-1', KESKIARVO_KEY, suoritusPath(ctx.polku, i).kenttä('keskiarvo'), m.keskiarvoVaikkaSuoritusEiValmis)]
  },
}

// ---------------------------------------------------------------------------------------------------------------
// A-ARV-1, A-ARV-2

const HYLÄTTY_KEY = 'badRequest.validation.arviointi.epäsopivaArvosana'

/** A-ARV-1: no arviointi of any osasuoritus (at any depth) is hylätty (`0`, `Hylätty`); one error per such arviointi. */
export const hylättyArviointi: Rule<Ammatillinen> = {
  id: 'A-ARV-1',
  what: 'no osasuoritus at any depth has a hylätty arviointi (`0` or `Hylätty`)',
  keys: [HYLÄTTY_KEY],
  severity: 'error',
  source: SOURCE('validateOpiskeluoikeudenArvionnit'),
  check: (oo, ctx) => {
    let findings: Finding[] | undefined
    oo.suoritukset.forEach((s, i) =>
      eachOsasuoritus(s, suoritusPath(ctx.path, i), (os, path) => {
        ;(os.arviointi ?? []).forEach((a, j) => {
          if (!ammatillinenHyväksytty(a.arvosana)) {
            ;(findings ??= []).push(error('A-ARV-1', HYLÄTTY_KEY, `${path}.arviointi[${j}].arvosana`, m.hylättyArvosana(suorituksenNimi(os.koulutusmoduuli.tunniste))))
          }
        })
      }),
    )
    return findings ?? NO_FINDINGS
  },
}

const ASTEIKOT_KEY = 'badRequest.validation.arviointi.useitaArviointiAsteikoita'
const numeerinen = (k: Koodi): boolean => /^[0-9]*$/.test(k.koodiarvo)

/**
 * A-ARV-2: the numeric arvosanat below a päätaso (its osasuoritukset at any depth, and the näyttö arviointi with its
 * arviointikohteet of a koko tutkinnon tutkinnon osa) use one koodisto. One error per päätaso, at the päätaso.
 */
export const useitaArviointiasteikoita: Rule<Ammatillinen> = {
  id: 'A-ARV-2',
  what: 'one numeric arviointiasteikko per päätaso (osasuoritukset at any depth and the näytöt of a koko tutkinto\'s tutkinnon osat)',
  keys: [ASTEIKOT_KEY],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateArvioinnit' },
  check: (oo, ctx) => {
    let findings: Finding[] | undefined
    oo.suoritukset.forEach((s, i) => {
      const asteikot = new Set<string>()
      const arvioinnit = (os: AmmSuoritus): void => {
        for (const a of os.arviointi ?? []) if (numeerinen(a.arvosana)) asteikot.add(a.arvosana.koodistoUri)
      }
      for (const os of s.osasuoritukset ?? []) {
        arvioinnit(os)
        const näyttö = onKokoTutkinto(s) && onTutkinnonOsa(os) ? os.näyttö?.arviointi : undefined
        if (näyttö !== undefined) {
          if (numeerinen(näyttö.arvosana)) asteikot.add(näyttö.arvosana.koodistoUri)
          for (const k of näyttö.arviointikohteet ?? []) if (numeerinen(k.arvosana)) asteikot.add(k.arvosana.koodistoUri)
        }
        eachOsasuoritusIlmanPolkua(os, arvioinnit)
      }
      if (asteikot.size > 1) (findings ??= []).push(error('A-ARV-2', ASTEIKOT_KEY, suoritusPath(ctx.polku, i), m.useitaArviointiasteikoita([...asteikot].sort())))
    })
    return findings ?? NO_FINDINGS
  },
}

// ---------------------------------------------------------------------------------------------------------------
// A-SIIRT-1, A-MUU-1

const SIIRTYNYT_KEY = 'badRequest.validation.tila.eiPäättävääTilaa'

/** A-SIIRT-1: `siirtynytUusiinTutkinnonPerusteisiin: true` needs some `katsotaaneronneeksi` jakso. */
export const siirtynytUusiinPerusteisiin: Rule<Ammatillinen> = {
  id: 'A-SIIRT-1',
  what: '`lisätiedot.siirtynytUusiinTutkinnonPerusteisiin: true` needs a `katsotaaneronneeksi` jakso',
  keys: [SIIRTYNYT_KEY],
  severity: 'error',
  source: SOURCE('validateTutkinnonUusiinPerusteisiinSiirtyminen'),
  check: (oo, ctx) =>
    oo.lisätiedot?.siirtynytUusiinTutkinnonPerusteisiin === true && !oo.tila.opiskeluoikeusjaksot.some((j) => j.tila.koodiarvo === 'katsotaaneronneeksi')
      ? [error('A-SIIRT-1', SIIRTYNYT_KEY, lisätietoPath(ctx.polku, 'siirtynytUusiinTutkinnonPerusteisiin'), m.siirtynytUusiinPerusteisiinEiPäättynyt)]
      : NO_FINDINGS,
}

/** KOSKI's `validaatiot.paikallinenMuuAmmatillinenKoulutusViimeinenAloituspäivä` (reference.conf). */
export const PAIKALLINEN_MUU_AMMATILLINEN_VIIMEINEN_ALOITUSPÄIVÄ = '2028-12-31'
const MUU_KEY = 'badRequest.validation.ammatillinen.paikallinenMuuAmmatillinenRajapäivänJälkeen'

/** KOSKI's PaikallinenMuuAmmatillinenKoulutus: a muu ammatillinen päätaso whose koulutusmoduuli is local (no koodisto). */
const paikallinenMuuAmmatillinen = (s: AmmSuoritus): boolean => s.tyyppi.koodiarvo === 'muuammatillinenkoulutus' && typeof s.koulutusmoduuli.tunniste.koodistoUri !== 'string'

/** A-MUU-1: a PaikallinenMuuAmmatillinenKoulutus study right may not start after 31.12.2028. */
export const paikallinenMuuAmmatillinenRajapäivänJälkeen: Rule<Ammatillinen> = {
  id: 'A-MUU-1',
  what: 'a local muu ammatillinen koulutus (`PaikallinenMuuAmmatillinenKoulutus`) does not start after 2028-12-31',
  keys: [MUU_KEY],
  severity: 'error',
  source: SOURCE('validatePaikallinenMuuAmmatillinenKoulutusRajapäivänJälkeen', ['2025-09-30']),
  check: (oo, ctx) => {
    const a = alkamispäivä(oo)
    return a !== undefined && a > PAIKALLINEN_MUU_AMMATILLINEN_VIIMEINEN_ALOITUSPÄIVÄ && oo.suoritukset.some(paikallinenMuuAmmatillinen)
      ? [error('A-MUU-1', MUU_KEY, ooPath(ctx.polku, 'tila.opiskeluoikeusjaksot[0].alku'), m.paikallinenMuuAmmatillinenRajapäivänJälkeen)]
      : NO_FINDINGS
  },
}

// ---------------------------------------------------------------------------------------------------------------
// A-VV-1, A-VV-2

const VV_KOODIT: ReadonlySet<string> = new Set(['VVTK', 'VVTK26', 'VVAI', 'VVAI22', 'VVAI26', 'VVVK', 'VVVK26'])
const VV26_KOODIT: ReadonlySet<string> = new Set(['VVTK26', 'VVAI26', 'VVVK26'])
const VV_KEY = 'badRequest.validation.ammatillinen.viestintäJaVuorovaikutusOsaAlueVäärässäHaarassa'
const VV26_KEY = 'badRequest.validation.ammatillinen.viestintäJaVuorovaikutus26KoodiarvoEnnenRajapäivää'
/** KOSKI's `validaatiot.ammatillinenViestintäJaVuorovaikutusKoodit26Rajapäivä` (reference.conf). */
export const VIESTINTÄ_JA_VUOROVAIKUTUS_26_ALKAEN = '2026-08-01'

/** The osa-alueet KOSKI reads: the osasuoritukset of the päätason direct osasuoritukset. */
function eachOsaAlue(oo: Ammatillinen, base: string, visit: (osaAlue: AmmSuoritus, path: string) => void): void {
  oo.suoritukset.forEach((s, i) =>
    (s.osasuoritukset ?? []).forEach((os, j) =>
      (os.osasuoritukset ?? []).forEach((oa, k) => {
        if (onOsaAlue(oa)) visit(oa, `${suoritusPath(base, i)}.osasuoritukset[${j}].osasuoritukset[${k}]`)
      }),
    ),
  )
}

const ammatillisenOppiaine = (oa: AmmSuoritus): boolean => oa.koulutusmoduuli.tunniste.koodistoUri === 'ammatillisenoppiaineet'

/**
 * A-VV-1: a viestintä ja vuorovaikutus code (VVTK, VVAI, VVAI22, VVVK and their 26 versions) as a
 * ValtakunnallinenAmmatillisenTutkinnonOsanOsaAlue (no `kieli`: the class without a language choice); one error per osa-alue.
 */
export const viestintäJaVuorovaikutusValtakunnallisena: Rule<Ammatillinen> = {
  id: 'A-VV-1',
  what: 'a viestintä ja vuorovaikutus osa-alue code (VVTK, VVAI, VVAI22, VVVK, …26) only with a language choice (`kieli`)',
  keys: [VV_KEY],
  severity: 'error',
  source: SOURCE('validateViestintäJaVuorovaikutusOsaAlueetEiValtakunnallisina', ['2026-01-14']),
  check: (oo, ctx) => {
    let findings: Finding[] | undefined
    eachOsaAlue(oo, ctx.path, (oa, path) => {
      const k = oa.koulutusmoduuli
      if (ammatillisenOppiaine(oa) && k.kieli === undefined && VV_KOODIT.has(k.tunniste.koodiarvo)) {
        ;(findings ??= []).push(error('A-VV-1', VV_KEY, `${path}.koulutusmoduuli.tunniste`, m.viestintäJaVuorovaikutusOsaAlueVäärässäHaarassa(k.tunniste.koodiarvo)))
      }
    })
    return findings ?? NO_FINDINGS
  },
}

/** A-VV-2: VVTK26, VVAI26, VVVK26 (with a language choice) only in a study right starting on 2026-08-01 or later. */
export const viestintäJaVuorovaikutus26EnnenRajapäivää: Rule<Ammatillinen> = {
  id: 'A-VV-2',
  what: 'VVTK26, VVAI26, VVVK26 only in a study right starting on 2026-08-01 or later',
  keys: [VV26_KEY],
  severity: 'error',
  source: SOURCE('validateViestintäJaVuorovaikutus26KoodiarvotEiSallittuEnnen2026', ['2026-01-14']),
  check: (oo, ctx) => {
    const a = alkamispäivä(oo)
    if (a === undefined || a >= VIESTINTÄ_JA_VUOROVAIKUTUS_26_ALKAEN) return NO_FINDINGS
    let findings: Finding[] | undefined
    eachOsaAlue(oo, ctx.path, (oa, path) => {
      const k = oa.koulutusmoduuli
      if (ammatillisenOppiaine(oa) && k.kieli !== undefined && VV26_KOODIT.has(k.tunniste.koodiarvo)) {
        ;(findings ??= []).push(error('A-VV-2', VV26_KEY, `${path}.koulutusmoduuli.tunniste`, m.viestintäJaVuorovaikutus26KoodiarvoEnnenRajapäivää(k.tunniste.koodiarvo)))
      }
    })
    return findings ?? NO_FINDINGS
  },
}

// ---------------------------------------------------------------------------------------------------------------
// A-OSAT-1

const OSAT_KEY = 'badRequest.validation.ammatillinen.osatutkintotavoitteisenValmistuminen'

/**
 * A-OSAT-1: a vahvistettu osittainen tutkinto (not "useasta tutkinnosta") has a valmis (arvioitu) ammatillinen or
 * yhteinen tutkinnon osa (not jatko-opintovalmiuksia tukevat opinnot nor korkeakouluopinnot). KOSKI exempts a study
 * right another one links to (a kuori), which a document alone does not show.
 */
export const osatutkintotavoitteisenValmistuminen: Rule<Ammatillinen> = {
  id: 'A-OSAT-1',
  what: 'a vahvistettu osittainen tutkinto has an arvioitu ammatillinen or yhteinen tutkinnon osa',
  keys: [OSAT_KEY],
  severity: 'error',
  source: SOURCE('validateOsatutkintotavoitteisenValmistuminen', ['2026-02-24', '2026-03-04']),
  check: (oo, ctx) =>
    oo.suoritukset.flatMap((s, i) =>
      onOsittainen(s) && s.vahvistus !== undefined && !(s.osasuoritukset ?? []).some((os) => onTutkinnonOsa(os) && !onValinnanMahdollisuus(os) && arvioitu(os))
        ? [error('A-OSAT-1', OSAT_KEY, suoritusPath(ctx.polku, i), m.osatutkintotavoitteisenValmistuminen)]
        : [],
    ),
}

// ---------------------------------------------------------------------------------------------------------------
// A-NÄYTTÖ-1

const NÄYTTÖ_KEY = 'badRequest.validation.date.näytönSuoritusaika'

/** A-NÄYTTÖ-1: a tutkinnon osan näyttö's `suoritusaika.loppu` is on or after its `alku`; one error per näyttö. */
export const näytönSuoritusaika: Rule<Ammatillinen> = {
  id: 'A-NÄYTTÖ-1',
  what: "the näyttö of a koko or osittainen tutkinto's tutkinnon osa: `suoritusaika.loppu` on or after `alku`",
  keys: [NÄYTTÖ_KEY],
  severity: 'error',
  source: SOURCE('validateNäyttöjenSuoritusajat', ['2026-03-18']),
  check: (oo, ctx) => {
    let findings: Finding[] | undefined
    oo.suoritukset.forEach((s, i) => {
      // KOSKI's MahdollisestiToiseenTutkintoonLiittyväTutkinnonOsanSuoritus: the tutkinnon osat of a koko or osittainen tutkinto
      if (!onKokoTutkinto(s) && !onOsittainen(s)) return
      ;(s.osasuoritukset ?? []).forEach((os, j) => {
        const aika = os.näyttö?.suoritusaika
        if (onTutkinnonOsa(os) && aika !== undefined && aika.loppu < aika.alku) {
          ;(findings ??= []).push(
            error('A-NÄYTTÖ-1', NÄYTTÖ_KEY, suoritusPath(ctx.polku, i).kenttä('osasuoritukset').alkio(j).polku('näyttö.suoritusaika'), m.näytönSuoritusaika(suorituksenNimi(os.koulutusmoduuli.tunniste))),
          )
        }
      })
    })
    return findings ?? NO_FINDINGS
  },
}

// ---------------------------------------------------------------------------------------------------------------
// A-YTO-1 (the osittainen part; the perustutkinto part needs the koulutustyyppi from ePerusteet)

const SUMMA_KEY = 'badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma'

/**
 * A-YTO-1 (osittainen and "useasta tutkinnosta", from 29.4.2026): an arvioitu yhteinen tutkinnon osa with a laajuus
 * and osa-alueet has the laajuus of its osa-alueet (a missing one counts 0). Not for a korotus (`korotettuOpiskeluoikeusOid`).
 * The same check on an ammatillinen perustutkinto depends on the koulutustyyppi KOSKI reads from ePerusteet and is not
 * made here (docs/coverage.md).
 */
export const yhteisenTutkinnonOsanLaajuus: Rule<Ammatillinen> = {
  id: 'A-YTO-1',
  what: 'osittainen and "useasta tutkinnosta": an arvioitu yhteinen tutkinnon osa with laajuus and osa-alueet has the sum of their laajuudet (the perustutkinto part needs ePerusteet)',
  keys: [SUMMA_KEY],
  severity: 'error',
  source: SOURCE('validateYhteistenTutkinnonOsienLaajuus', ['2026-04-29']),
  check: (oo, ctx) => {
    let findings: Finding[] | undefined
    oo.suoritukset.forEach((s, i) => {
      if (!((onOsittainen(s) && s.korotettuOpiskeluoikeusOid === undefined) || onUseastaTutkinnosta(s))) return
      ;(s.osasuoritukset ?? []).forEach((yto, j) => {
        const laajuus = yto.koulutusmoduuli.laajuus
        const osaAlueet = yto.osasuoritukset ?? []
        if (!onYhteinenTutkinnonOsa(yto) || !arvioitu(yto) || osaAlueet.length === 0 || laajuus === undefined) return
        const summa = summaDesimaaleina(osaAlueet.map((oa) => oa.koulutusmoduuli.laajuus?.arvo ?? 0))
        if (Math.abs(laajuus.arvo - summa) >= 0.001) {
          ;(findings ??= []).push(
            error(
              'A-YTO-1',
              SUMMA_KEY,
              suoritusPath(ctx.polku, i).kenttä('osasuoritukset').alkio(j).polku('koulutusmoduuli.laajuus'),
              m.ytoLaajuusEiVastaaOsaAlueita(moduulinNimi(yto), scalaDouble(laajuus.arvo), scalaDouble(summa)),
            ),
          )
        }
      })
    })
    return findings ?? NO_FINDINGS
  },
}

// ---------------------------------------------------------------------------------------------------------------
// A-HANK-1

const HANK_KEY = 'badRequest.validation.rakenne.deprekoituOsaamisenHankkimistapa'
const ILMAN_LISÄTIETOJA_SALLITUT: ReadonlySet<string> = new Set(['koulutussopimus', 'oppilaitosmuotoinenkoulutus'])

/**
 * A-HANK-1: on a koko tutkinto, an osaamisenHankkimistapa without details (KOSKI's
 * OsaamisenHankkimistapaIlmanLisätietoja: no `oppisopimus`) is `koulutussopimus` or `oppilaitosmuotoinenkoulutus`.
 * KOSKI answers once per päätaso; the path names the first offender.
 */
export const deprekoituOsaamisenHankkimistapa: Rule<Ammatillinen> = {
  id: 'A-HANK-1',
  what: 'koko tutkinto: an osaamisenHankkimistapa without `oppisopimus` is `koulutussopimus` or `oppilaitosmuotoinenkoulutus`',
  keys: [HANK_KEY],
  severity: 'error',
  source: { koski: 'KoskiValidator.validateOsaamisenHankkimistavat' },
  check: (oo, ctx) =>
    oo.suoritukset.flatMap((s, i) => {
      if (!onKokoTutkinto(s)) return []
      const tavat = s.osaamisenHankkimistavat ?? []
      const j = tavat.findIndex((t) => !('oppisopimus' in t.osaamisenHankkimistapa) && !ILMAN_LISÄTIETOJA_SALLITUT.has(t.osaamisenHankkimistapa.tunniste.koodiarvo))
      return j < 0
        ? []
        : [error('A-HANK-1', HANK_KEY, suoritusPath(ctx.polku, i).kenttä('osaamisenHankkimistavat').alkio(j).kenttä('osaamisenHankkimistapa'), m.deprekoituOsaamisenHankkimistapa(tavat[j]!.osaamisenHankkimistapa.tunniste.koodiarvo))]
    }),
}

/** The ammatillinen rules of their own, in KOSKI's order. */
export const ammatillisenOmatSäännöt: readonly Rule<Ammatillinen>[] = [
  useaPäätasonSuoritus,
  keskiarvoVainValmiilla,
  korotus,
  hylättyArviointi,
  siirtynytUusiinPerusteisiin,
  paikallinenMuuAmmatillinenRajapäivänJälkeen,
  viestintäJaVuorovaikutusValtakunnallisena,
  viestintäJaVuorovaikutus26EnnenRajapäivää,
  osatutkintotavoitteisenValmistuminen,
  näytönSuoritusaika,
  yhteisenTutkinnonOsanLaajuus,
  useitaArviointiasteikoita,
  deprekoituOsaamisenHankkimistapa,
  ammatillisenTiputettavatKentät, // A-POIS-1
]
