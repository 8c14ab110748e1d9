/**
 * The VST vapaatavoitteinen rules (catalogue §3.6; KOSKI's VapaaSivistystyöValidation): VV-OK-1, VV-TILA-1/2,
 * VV-OS-1. VV-TILA-0 is the codec's (the jakso class allows only final states). VV-TILA-1/2 and VV-OS-1 run only when
 * `versionumero > 0` or a `lähdejärjestelmänId` is present (KOSKI's `vapaatavoitteinenKoulutusTuleeValidoida`: not on
 * the first save from KOSKI's UI) — always so for a vendor's transfer.
 */
import { error } from '../../../finding'
import { suoritusPath } from '../../../rules/helpers'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import type { VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeus } from '../codec'
import * as m from '../viestit'
import { vahvistusJaPäättäväTila } from './jotpa'

/** A decoded VST vapaatavoitteinen study right (`vstvapaatavoitteinenkoulutus`), as its rules see it. */
export type VstVapaatavoitteinen = VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeus

export const PUUTTUVA_OPINTOKOKONAISUUS_KEY = 'badRequest.validation.vapaasivistystyo.puuttuvaOpintokokonaisuus'
export const PUUTTUVA_OPINTOKOKONAISUUS_DEADLINE_KEY = 'badRequest.validation.vapaasivistystyo.puuttuvaOpintokokonaisuusDeadline'
export const OSASUORITUKSET_KEY = 'badRequest.validation.tila.vapaanSivistystyönVapaatavoitteisenKoulutuksenPäätasonOsasuoritukset'

/** KOSKI compares `today > 2022-09-01` (its text says 1.8.2022). */
export const OPINTOKOKONAISUUS_PAKOLLINEN_JÄLKEEN = '2022-09-01'

/** VV-OK-1: the first päätaso has `koulutusmoduuli.opintokokonaisuus`; the key depends on `lähdejärjestelmänId` and today. */
export const opintokokonaisuusVaaditaan: Rule<VstVapaatavoitteinen> = {
  id: 'VV-OK-1',
  what: 'the päätaso has `opintokokonaisuus`: without `lähdejärjestelmänId` always, from a source system when today is after 2022-09-01',
  keys: [PUUTTUVA_OPINTOKOKONAISUUS_KEY, PUUTTUVA_OPINTOKOKONAISUUS_DEADLINE_KEY],
  severity: 'error',
  source: { koski: 'VapaaSivistystyöValidation.validateVapaanSivistystyönPäätasonOpintokokonaisuus', muutoshistoria: ['2022-05-31'] },
  voimassa: { alkaen: '2022-09-02', asetus: 'from a source system only (KOSKI: LocalDate.now() after 2022-09-01); without lähdejärjestelmänId always' },
  check: (oo, ctx) => {
    const s = oo.suoritukset[0]
    if (s === undefined || s.koulutusmoduuli.opintokokonaisuus !== undefined) return NO_FINDINGS
    const path = suoritusPath(ctx.polku, 0).polku('koulutusmoduuli.opintokokonaisuus')
    if (oo.lähdejärjestelmänId === undefined) return [error('VV-OK-1', PUUTTUVA_OPINTOKOKONAISUUS_KEY, path, m.puuttuvaOpintokokonaisuus)]
    return ctx.today > OPINTOKOKONAISUUS_PAKOLLINEN_JÄLKEEN ? [error('VV-OK-1', PUUTTUVA_OPINTOKOKONAISUUS_DEADLINE_KEY, path, m.puuttuvaOpintokokonaisuusDeadline)] : NO_FINDINGS
  },
}

/** KOSKI's `vapaatavoitteinenKoulutusTuleeValidoida`. */
export const tuleeValidoida = (oo: VstVapaatavoitteinen): boolean => (oo.versionumero ?? 0) > 0 || oo.lähdejärjestelmänId !== undefined

const VAHVISTUS_SOURCE = { koski: 'VapaaSivistystyöValidation.validateVapaanSivistystyönVahvistus', muutoshistoria: ['2021-09-14', '2021-10-12'] }

/** VV-TILA-1: a vahvistettu päätaso and a `keskeytynyt` jakso. */
export const vapaatavoitteinenVahvistettuEiKeskeytynyt: Rule<VstVapaatavoitteinen> = vahvistusJaPäättäväTila<VstVapaatavoitteinen>({
  id: 'VV-TILA-1',
  what: 'a vahvistettu päätaso ⇒ no `keskeytynyt` jakso (when versionumero > 0 or lähdejärjestelmänId, as in KOSKI)',
  source: VAHVISTUS_SOURCE,
  tila: 'keskeytynyt',
  vahvistettu: true,
  viesti: m.vapaatavoitteinenVahvistettuKeskeytynyt,
  tarkistetaan: tuleeValidoida,
})

/** VV-TILA-2: an unconfirmed päätaso and a `hyvaksytystisuoritettu` jakso. */
export const vapaatavoitteinenHyväksyttyVahvistettu: Rule<VstVapaatavoitteinen> = vahvistusJaPäättäväTila<VstVapaatavoitteinen>({
  id: 'VV-TILA-2',
  what: 'a `hyvaksytystisuoritettu` jakso ⇒ the päätaso is vahvistettu (when versionumero > 0 or lähdejärjestelmänId)',
  source: VAHVISTUS_SOURCE,
  tila: 'hyvaksytystisuoritettu',
  vahvistettu: false,
  viesti: m.vapaatavoitteinenVahvistamatonHyväksytty,
  tarkistetaan: tuleeValidoida,
})

/** VV-OS-1: some direct osasuoritus of the päätaso has an `arviointi` list (an empty list counts, as in KOSKI). */
export const arvioituOsasuoritusVaaditaan: Rule<VstVapaatavoitteinen> = {
  id: 'VV-OS-1',
  what: 'the päätaso has a direct osasuoritus with an `arviointi` list (`[]` counts, as in KOSKI; when versionumero > 0 or lähdejärjestelmänId)',
  keys: [OSASUORITUKSET_KEY],
  severity: 'error',
  source: { koski: 'VapaaSivistystyöValidation.validateVapaanSivistystyönVapaatavoitteisenPäätasonOsaSuoritukset', muutoshistoria: ['2021-06-22'] },
  check: (oo, ctx) => {
    if (!tuleeValidoida(oo)) return NO_FINDINGS
    return oo.suoritukset.flatMap((s, i) =>
      (s.osasuoritukset ?? []).some((os) => os.arviointi !== undefined) ? [] : [error('VV-OS-1', OSASUORITUKSET_KEY, suoritusPath(ctx.polku, i), m.vapaatavoitteinenIlmanArvioituaOsasuoritusta)],
    )
  },
}

/** The vapaatavoitteinen rules of their own, in KOSKI's order. */
export const vapaatavoitteisenOmatSäännöt: readonly Rule<VstVapaatavoitteinen>[] = [
  opintokokonaisuusVaaditaan,
  vapaatavoitteinenVahvistettuEiKeskeytynyt,
  vapaatavoitteinenHyväksyttyVahvistettu,
  arvioituOsasuoritusVaaditaan,
]
