/**
 * Every rule of the two VST päätaso classes, in one place: the general rules (§3.2) with VST's variants, the JOTPA
 * family (§3.4), each class's own (§3.5, §3.6), consent (G-SUOST-1 and the instructions' warnings), the shape of the
 * opintokokonaisuus code (G-OK-1) and free education (§3.10: never relevant for VST, MK-REL-1).
 */
import { jotpaSäännöt } from '../../../rules/jotpa'
import { maksuttomuusSäännöt } from '../../../rules/maksuttomuus'
import type { OpiskeluoikeusLike } from '../../../rules/shapes'
import type { Rule, RuleMeta } from '../../../rules/types'
import { JSON_SCHEMA_KEY } from '../../../finding'
import { opintokokonaisuudenMuoto } from '../../../rules/yhteiset'
import { VST_VERTAILU, duplikaattiOpiskeluoikeus, keskeneräinenOsasuoritus, laajuuksienSumma, yleisetSäännöt } from '../../../rules/yleiset'
import { vstJotpanOmatSäännöt, type VstJotpa } from './jotpa'
import { suostumusSäännöt } from './suostumus'
import { vapaatavoitteisenOmatSäännöt, type VstVapaatavoitteinen } from './vapaatavoitteinen'

export type { VstJotpa } from './jotpa'
export type { VstVapaatavoitteinen } from './vapaatavoitteinen'

/** G-STAT-2 for VST: the päätaso is exempt (catalogue §4.12); an arvioitu osasuoritus needs arvioitu children (VJ-STAT-1, VV-STAT-1). */
const vstKeskeneräinen = keskeneräinenOsasuoritus({ päätasoExempt: true })
/** G-LAAJ-2 for VST: the vahvistettu päätaso's laajuus (not computed) and every arvioitu osasuoritus's are the sums (VJ-LAAJ-3, VV-LAAJ-1). */
const vstLaajuus = laajuuksienSumma()

type VstLike = OpiskeluoikeusLike & { readonly lisätiedot?: { readonly jotpaAsianumero?: { readonly koodiarvo: string; readonly koodistoUri: string } } }

/**
 * The rules both VST classes share, made once (each id one rule of the type): the general rules, G-STAT-2, G-LAAJ-2,
 * J-* (VST's lisätiedot have `jotpaAsianumero`; the vapaatavoitteinen jakso has no rahoitus field, so J-RAH-* never
 * fire there), G-OK-1 and free education (MK-REL-1: no VST päätaso fulfils compulsory education, VJ-MK-1, VV-MK-1).
 */
const yhteiset: readonly Rule<VstLike>[] = [
  ...yleisetSäännöt,
  vstKeskeneräinen,
  vstLaajuus,
  // G-DUPOO-1 by opintokokonaisuus (VJ-DUP-1, VV-DUP-1)
  duplikaattiOpiskeluoikeus(VST_VERTAILU),
  ...jotpaSäännöt<VstLike>({ jotpaRahoitusSallittu: true, asianumero: (oo) => oo.lisätiedot?.jotpaAsianumero }),
]
const loppuun: readonly Rule<VstLike>[] = [opintokokonaisuudenMuoto<VstLike & { readonly suoritukset: readonly { readonly koulutusmoduuli: { readonly opintokokonaisuus?: { readonly koodiarvo: string; readonly koodistoUri: string } } }[] }>() as Rule<VstLike>, ...(maksuttomuusSäännöt as readonly Rule<VstLike>[])]

/** Every rule run on a VST JOTPA study right (`vstjotpakoulutus`), in order. */
export const vstJotpaSäännöt: readonly Rule<VstJotpa>[] = [...yhteiset, ...vstJotpanOmatSäännöt, ...loppuun]

/** Every rule run on a VST vapaatavoitteinen study right (`vstvapaatavoitteinenkoulutus`), in order. */
export const vstVapaatavoitteinenSäännöt: readonly Rule<VstVapaatavoitteinen>[] = [...yhteiset, ...vapaatavoitteisenOmatSäännöt, ...suostumusSäännöt, ...loppuun]

/**
 * VV-TILA-0, the codec's check (src/tyypit/vst/codec.ts): a vapaatavoitteinen jakso has a final state only; another
 * state (`lasna`, `valmistunut`, …) fits no jakso class of KOSKI's union (`notAnyOf` at the jakso).
 */
export const vainPäättävätTilat: RuleMeta = {
  id: 'VV-TILA-0',
  what: 'a vapaatavoitteinen jakso is `hyvaksytystisuoritettu`, `keskeytynyt` or `mitatoity`: another state fits no jakso class (`notAnyOf`)',
  keys: [JSON_SCHEMA_KEY],
  severity: 'error',
  source: { koski: 'ValidatingAndResolvingExtractor.extract (VapaanSivistystyönVapaatavoitteisenKoulutuksenOpiskeluoikeusjakso, @OnlyWhen suoritukset/0/tyyppi)', muutoshistoria: ['2021-10-05', '2022-03-22', '2022-11-09'] },
}

/** The metadata of VST's checks made by its codec rather than by a rule. */
export const vstRakennesäännöt: readonly RuleMeta[] = [vainPäättävätTilat]
