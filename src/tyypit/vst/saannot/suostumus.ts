/**
 * Consent on a vapaatavoitteinen study right: G-SUOST-1 (KOSKI's error, needs `withdrawnConsents`) and the warnings
 * from the instructions (seeds 001, 003): VV-OHJE-1..3 (need `consents`; VV-OHJE-3 also the birth date) and VV-OHJE-4
 * (a Hylätty assessment is not transferred).
 *
 * The start of the training is not in a vapaatavoitteinen study right (its jaksot are final states only and the
 * päätaso has no alkamispäivä): the training started at the latest on the earliest day the study right shows — its
 * first jakso, any arviointi, the vahvistus. A consent given after that day was not given at the start, and a learner
 * under 18 on that day was under 18 at the start.
 */
import { addYearsToDate } from '../../../date/addYearsToDate'
import { error, warning, type Finding } from '../../../finding'
import { eachOsasuoritusIlmanPolkua, eachSuoritus, ooPath, viimeisinArviointi } from '../../../rules/helpers'
import type { SuoritusLike } from '../../../rules/shapes'
import { NO_FINDINGS, type Rule, type RuleContext } from '../../../rules/types'
import type { ConsentRecord } from '../../../options'
import * as m from '../viestit'
import type { VstVapaatavoitteinen } from './vapaatavoitteinen'

export const SUOSTUMUS_PERUTTU_KEY = 'forbidden.suostumusPeruttu'

const OHJE_001 = { seed: '001_2a3a574a59251b12.txt', otsikko: 'Usein kysyttyä TUVA-koulutuksesta', kohta: 'Kuinka monta opiskeluoikeutta TUVA-opiskelijalla tulee olla KOSKI-palvelussa?' } as const
const OHJE_003 = { seed: '003_19e37d3cf31e5247.txt', otsikko: 'Oma Opintopolku -palvelu opiskelijoille', kohta: 'Suostumuksen antaminen' } as const

/** G-SUOST-1: the study right's source-system id is among the withdrawn consents KOSKI lists (not mitätöity ones). */
export const suostumusPeruttu: Rule<VstVapaatavoitteinen> = {
  id: 'G-SUOST-1',
  what: 'a consent-based study right (VST vapaatavoitteinen) whose `lähdejärjestelmänId` (id and lähdejärjestelmä) is among the withdrawn consents (option `withdrawnConsents`)',
  keys: [SUOSTUMUS_PERUTTU_KEY],
  severity: 'error',
  needs: ['withdrawnConsents'],
  source: { catalogue: ['G-SUOST-1', 'VV-SUOST-1'], koski: 'SuostumuksenPeruutusValidaatiot.validateSuostumuksenPeruutus', muutoshistoria: ['2024-04-22'] },
  check: (oo, ctx) => {
    const lj = oo.lähdejärjestelmänId
    const perutut = ctx.options.withdrawnConsents
    if (lj?.id === undefined || perutut === undefined) return NO_FINDINGS
    const id = lj.id
    const koodi = lj.lähdejärjestelmä.koodiarvo
    return perutut.some((p) => p.id === id && p.lähdejärjestelmä === koodi)
      ? [error('G-SUOST-1', SUOSTUMUS_PERUTTU_KEY, ooPath(ctx.polku, 'lähdejärjestelmänId.id'), m.suostumusPeruttu)]
      : NO_FINDINGS
  },
}

/** The consent records for this study right: by `lähdejärjestelmänId`, by `oid`, or naming neither. */
export const suostumuksetOpiskeluoikeudelle = (oo: VstVapaatavoitteinen, records: readonly ConsentRecord[]): readonly ConsentRecord[] =>
  records.filter((r) =>
    r.lähdejärjestelmänId !== undefined ? r.lähdejärjestelmänId === oo.lähdejärjestelmänId?.id : r.oid !== undefined ? r.oid === oo.oid : true,
  )

/** The earliest day the study right shows (first jakso, arviointi, vahvistus): the training started then at the latest. */
export const varhaisinPäivä = (oo: VstVapaatavoitteinen): string | undefined => {
  let min: string | undefined
  const ota = (d: string | undefined): void => {
    if (d !== undefined && (min === undefined || d < min)) min = d
  }
  for (const j of oo.tila.opiskeluoikeusjaksot) ota(j.alku)
  const suoritus = (s: SuoritusLike): void => {
    ota(s.vahvistus?.päivä)
    for (const a of s.arviointi ?? []) ota(a.päivä)
  }
  for (const s of oo.suoritukset) {
    suoritus(s)
    eachOsasuoritusIlmanPolkua(s, suoritus)
  }
  return min
}

const suostumukset = (oo: VstVapaatavoitteinen, ctx: RuleContext): readonly ConsentRecord[] | undefined => {
  const records = ctx.options.consents
  return records === undefined ? undefined : suostumuksetOpiskeluoikeudelle(oo, records)
}

/** VV-OHJE-1: no consent record for this study right. */
export const suostumusVaaditaan: Rule<VstVapaatavoitteinen> = {
  id: 'VV-OHJE-1',
  what: 'a vapaatavoitteinen study right has a consent record (option `consents`: by lähdejärjestelmänId, oid, or for every study right)',
  keys: ['koskiValidation.vstSuostumusPuuttuu'],
  severity: 'warning',
  needs: ['consents'],
  source: { catalogue: [], ohje: OHJE_001 },
  check: (oo, ctx) => {
    const r = suostumukset(oo, ctx)
    return r === undefined || r.length > 0 ? NO_FINDINGS : [warning('VV-OHJE-1', 'vstSuostumusPuuttuu', ctx.path, m.suostumusPuuttuu)]
  },
}

/** VV-OHJE-2: every consent record of this study right is dated after the training's start (its earliest day). */
export const suostumusKoulutuksenAlkaessa: Rule<VstVapaatavoitteinen> = {
  id: 'VV-OHJE-2',
  what: 'the consent was given at the start of the training: not after the earliest day of the study right (first jakso, arviointi, vahvistus)',
  keys: ['koskiValidation.vstSuostumusEiKoulutuksenAlkaessa'],
  severity: 'warning',
  needs: ['consents'],
  source: { catalogue: [], ohje: OHJE_003 },
  check: (oo, ctx) => {
    const r = suostumukset(oo, ctx)
    const päivä = varhaisinPäivä(oo)
    if (r === undefined || r.length === 0 || päivä === undefined) return NO_FINDINGS
    let aikaisin = r[0]!.given
    for (const x of r) if (x.given < aikaisin) aikaisin = x.given
    return aikaisin > päivä ? [warning('VV-OHJE-2', 'vstSuostumusEiKoulutuksenAlkaessa', ctx.path, m.suostumusEiKoulutuksenAlkaessa(aikaisin, päivä))] : NO_FINDINGS
  },
}

/** VV-OHJE-3: the learner, under 18 when the training started, gave the consent (every record is by the learner). */
export const huoltajanSuostumus: Rule<VstVapaatavoitteinen> = {
  id: 'VV-OHJE-3',
  what: 'for a learner under 18 at the start of the training a guardian gives the consent (birth date from the hetu or `birthDate`)',
  keys: ['koskiValidation.vstSuostumusAlaikäiseltä'],
  severity: 'warning',
  needs: ['consents', 'birthDate'],
  source: { catalogue: [], ohje: OHJE_003 },
  check: (oo, ctx) => {
    const r = suostumukset(oo, ctx)
    const päivä = varhaisinPäivä(oo)
    if (r === undefined || r.length === 0 || päivä === undefined || ctx.birthDate === undefined) return NO_FINDINGS
    const alaikäinen = päivä < addYearsToDate(ctx.birthDate, 18)
    return alaikäinen && r.every((x) => x.givenBy === 'learner') ? [warning('VV-OHJE-3', 'vstSuostumusAlaikäiseltä', ctx.path, m.suostumusAlaikäiseltä)] : NO_FINDINGS
  },
}

/** VV-OHJE-4: an osasuoritus (any depth) whose latest arviointi is Hylätty is not transferred (a warning at that arviointi). */
export const hylättyäEiSiirretä: Rule<VstVapaatavoitteinen> = {
  id: 'VV-OHJE-4',
  what: 'an osasuoritus whose latest arviointi is `Hylätty` (arviointiasteikkovst) is not transferred to the register',
  keys: ['koskiValidation.vstHylättyäEiSiirretä'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_003, kohta: 'Knoppi-koulutus' } },
  check: (oo, ctx) => {
    let findings: Finding[] | undefined
    eachSuoritus(oo.suoritukset, ctx.path, (s, path) => {
      const viimeisin = viimeisinArviointi(s.arviointi)
      if (viimeisin !== undefined && viimeisin.arvosana.koodistoUri === 'arviointiasteikkovst' && viimeisin.arvosana.koodiarvo === 'Hylätty') {
        ;(findings ??= []).push(warning('VV-OHJE-4', 'vstHylättyäEiSiirretä', `${path}.arviointi[${s.arviointi!.indexOf(viimeisin)}]`, m.hylättyäEiSiirretä))
      }
    })
    return findings ?? NO_FINDINGS
  },
}

/** The consent rules of a vapaatavoitteinen study right. */
export const suostumusSäännöt: readonly Rule<VstVapaatavoitteinen>[] = [suostumusPeruttu, suostumusVaaditaan, suostumusKoulutuksenAlkaessa, huoltajanSuostumus, hylättyäEiSiirretä]
