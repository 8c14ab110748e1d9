/**
 * G-DUP-1 as KOSKI's classes of LUVA have it (KoskiValidator.validateDuplicates on the päätaso's osasuoritukset,
 * grouped by `(koulutusmoduuli.identiteetti, ryhmittelytekijä)`):
 * - the identity of a kieliaine (trait Kieliaine: LukioonValmistavaÄidinkieliJaKirjallisuus, MuutKielet,
 *   LukionÄidinkieliJaKirjallisuus2015/2019, VierasTaiToinenKotimainenKieli2015/2019 — every LUVA oppiaine with a
 *   `kieli`) is its tunniste and its kieli ({@link kieliaineenIdentiteetti}): two MuutKielet LVMUUTK of another kieli,
 *   or a B2 German and a B2 French, are two oppiaineet; every other oppiaine is its tunniste (a 2015 and a 2019
 *   matematiikka are the same `koskioppiaineetyleissivistava/MA`);
 * - no group: none of LUVA's three osasuoritus classes is a PakollisenTaiValinnaisenSuoritus, so `pakollinen` does not
 *   part them and KOSKI's text has no " ryhmässä …";
 * - none is DuplikaatitSallittu.
 */
import type { Rule } from '../../../rules/types'
import { duplikaattiOsasuoritukset, kieliaineenIdentiteetti } from '../../../rules/yleiset'
import type { OpiskeluoikeusLike } from '../../../rules/shapes'

/** G-DUP-1 configured for LUVA (see the module comment). */
export const luvanDuplikaatit: Rule<OpiskeluoikeusLike> = duplikaattiOsasuoritukset({ identiteetti: kieliaineenIdentiteetti })
