/**
 * What the official TUVA instructions require and KOSKI does not check: warnings with our own keys (T-OHJE-1..7).
 * Source: seed 004, KOSKI-ohje "1.2 Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuksien lisätiedot"
 * (each message names the section). A period without loppu is read as the instruction reads it (every section of
 * these lisätiedot says so): in an ongoing study right it lasts to the moment of viewing, whenever that is, so it is
 * open-ended; in a study right that has ended it lasted "opintojen loppuun asti", so it ends on the päättymispäivä
 * (unless it starts after that day; then it stays open-ended).
 */
import { jaksohakemisto, jokinPäällekkäin, kattamattomatIndeksit, päällekkäin, type Väli } from '../../../aikajaksot'
import { addYearsToDate } from '../../../date/addYearsToDate'
import { warning, type Finding, type Message } from '../../../finding'
import * as m from '../viestit'
import { alkamispäivä, ooPath, päättymispäivä } from '../../../rules/helpers'
import { OHJE_TUVA_LISÄTIEDOT } from '../../../rules/lahteet'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import { ammatillisenLisätiedot, jaksoPath, lisätietoPath, perusopetuksenLisätiedot, type Tuva } from './apu'

/** A period as the instruction reads it: without loppu in a study right that ended on `päättynyt`, it ends that day. */
const ohjeenVäli = (v: Väli, päättynyt: string | undefined): Väli =>
  v.loppu === undefined && päättynyt !== undefined && (v.alku ?? '') <= päättynyt ? { alku: v.alku, loppu: päättynyt } : v

/** T-OHJE-1 (ammatillinen lupa, section Majoitus): no `majoitus` period overlaps a `sisäoppilaitosmainenMajoitus` period. */
export const majoitusJaSisäoppilaitosmainenMajoitus: Rule<Tuva> = {
  id: 'T-OHJE-1',
  what: 'ammatillinen lupa: `majoitus` overlaps `sisäoppilaitosmainenMajoitus`',
  keys: ['koskiValidation.tuvaMajoitusJaSisäoppilaitosmainenMajoitusPäällekkäin'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_LISÄTIEDOT, kohta: 'Majoitus' } },
  check: (oo, ctx) => {
    const lt = ammatillisenLisätiedot(oo)
    if (lt?.majoitus === undefined || lt.sisäoppilaitosmainenMajoitus === undefined || lt.sisäoppilaitosmainenMajoitus.length === 0) return NO_FINDINGS
    const päättynyt = päättymispäivä(oo)
    const sisäoppilaitos = jaksohakemisto(lt.sisäoppilaitosmainenMajoitus.map((s) => ohjeenVäli(s, päättynyt)))
    let findings: Finding[] | undefined
    lt.majoitus.forEach((v, i) => {
      if (jokinPäällekkäin(sisäoppilaitos, ohjeenVäli(v, päättynyt))) {
        ;(findings ??= []).push(
          warning('T-OHJE-1', 'tuvaMajoitusJaSisäoppilaitosmainenMajoitusPäällekkäin', lisätietoPath(ctx.polku, 'majoitus', i), m.majoitusJaSisäoppilaitosmainenMajoitusPäällekkäin),
        )
      }
    })
    return findings ?? NO_FINDINGS
  },
}

/** T-OHJE-2 (perusopetus lupa, section Majoitusetu): `majoitusetu` does not overlap a `sisäoppilaitosmainenMajoitus` period. */
export const majoitusetuJaSisäoppilaitosmainenMajoitus: Rule<Tuva> = {
  id: 'T-OHJE-2',
  what: 'perusopetus lupa: `majoitusetu` overlaps `sisäoppilaitosmainenMajoitus`',
  keys: ['koskiValidation.tuvaMajoitusetuJaSisäoppilaitosmainenMajoitusPäällekkäin'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_LISÄTIEDOT, kohta: 'Majoitusetu' } },
  check: (oo, ctx) => {
    const lt = perusopetuksenLisätiedot(oo)
    if (lt?.majoitusetu === undefined || lt.sisäoppilaitosmainenMajoitus === undefined) return NO_FINDINGS
    const päättynyt = päättymispäivä(oo)
    const etu = ohjeenVäli(lt.majoitusetu, päättynyt)
    if (!lt.sisäoppilaitosmainenMajoitus.some((s) => päällekkäin(etu, ohjeenVäli(s, päättynyt)))) return NO_FINDINGS
    return [warning('T-OHJE-2', 'tuvaMajoitusetuJaSisäoppilaitosmainenMajoitusPäällekkäin', lisätietoPath(ctx.polku, 'majoitusetu'), m.majoitusetuJaSisäoppilaitosmainenMajoitusPäällekkäin)]
  },
}

/** T-OHJE-3 (perusopetus lupa, section Majoitusetu): `majoitusetu` is for a learner without `kuljetusetu`: they do not overlap. */
export const majoitusetuJaKuljetusetu: Rule<Tuva> = {
  id: 'T-OHJE-3',
  what: 'perusopetus lupa: `majoitusetu` overlaps `kuljetusetu`',
  keys: ['koskiValidation.tuvaMajoitusetuJaKuljetusetuPäällekkäin'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_LISÄTIEDOT, kohta: 'Majoitusetu' } },
  check: (oo, ctx) => {
    const lt = perusopetuksenLisätiedot(oo)
    if (lt?.majoitusetu === undefined || lt.kuljetusetu === undefined) return NO_FINDINGS
    const päättynyt = päättymispäivä(oo)
    if (!päällekkäin(ohjeenVäli(lt.majoitusetu, päättynyt), ohjeenVäli(lt.kuljetusetu, päättynyt))) return NO_FINDINGS
    return [warning('T-OHJE-3', 'tuvaMajoitusetuJaKuljetusetuPäällekkäin', lisätietoPath(ctx.polku, 'majoitusetu'), m.majoitusetuJaKuljetusetuPäällekkäin)]
  },
}

type KatettavaKenttä = 'vaativanErityisenTuenYhteydessäJärjestettäväMajoitus' | 'vaikeastiVammainen'

/** Every period of `kenttä` lies within the merged `vaativanErityisenTuenErityinenTehtävä` periods; one warning per period that does not. */
const erityisenTehtävänKattama = (id: string, kenttä: KatettavaKenttä, key: string, message: Message, kohta: string): Rule<Tuva> => ({
  id,
  what: `ammatillinen lupa: a \`${kenttä}\` period without a covering \`vaativanErityisenTuenErityinenTehtävä\``,
  keys: [`koskiValidation.${key}`],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_LISÄTIEDOT, kohta } },
  check: (oo, ctx) => {
    const lt = ammatillisenLisätiedot(oo)
    const lista = lt?.[kenttä]
    if (lista === undefined || lista.length === 0) return NO_FINDINGS
    const päättynyt = päättymispäivä(oo)
    const tehtävä = (lt?.vaativanErityisenTuenErityinenTehtävä ?? []).map((t) => ohjeenVäli(t, päättynyt))
    const kattamattomat = kattamattomatIndeksit(lista.map((v) => ohjeenVäli(v, päättynyt)), tehtävä)
    return kattamattomat.length === 0 ? NO_FINDINGS : kattamattomat.map((i) => warning(id, key, lisätietoPath(ctx.polku, kenttä, i), message))
  },
})

/** T-OHJE-4 (ammatillinen lupa, section Vaativan erityisen tuen yhteydessä järjestettävä majoitus): needs a covering erityinen tehtävä. */
export const vaativanErityisenTuenMajoitus = erityisenTehtävänKattama(
  'T-OHJE-4',
  'vaativanErityisenTuenYhteydessäJärjestettäväMajoitus',
  'tuvaVaativanErityisenTuenMajoitusIlmanErityistäTehtävää',
  m.vaativanErityisenTuenMajoitusIlmanErityistäTehtävää,
  'Vaativan erityisen tuen yhteydessä järjestettävä majoitus',
)

/** T-OHJE-5 (ammatillinen lupa, section Vaikeasti vammaisille järjestetty opetus): needs a covering erityinen tehtävä. */
export const vaikeastiVammainenErityinenTehtävä = erityisenTehtävänKattama(
  'T-OHJE-5',
  'vaikeastiVammainen',
  'tuvaVaikeastiVammainenIlmanErityistäTehtävää',
  m.vaikeastiVammainenIlmanErityistäTehtävää,
  'Vaikeasti vammaisille järjestetty opetus',
)

/** T-OHJE-6 (ammatillinen lupa, section Koulutusvienti): `koulutusvienti: true` ⇒ every sent rahoitus is 6 "muuta kautta rahoitettu". */
export const koulutusvientiMuutaKauttaRahoitettu: Rule<Tuva> = {
  id: 'T-OHJE-6',
  what: '`koulutusvienti: true` but a rahoitus other than 6 "muuta kautta rahoitettu"',
  keys: ['koskiValidation.tuvaKoulutusvientiIlmanMuutaRahoitusta'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_LISÄTIEDOT, kohta: 'Koulutusvienti' } },
  check: (oo, ctx) => {
    if (ammatillisenLisätiedot(oo)?.koulutusvienti !== true) return NO_FINDINGS
    let findings: Finding[] | undefined
    oo.tila.opiskeluoikeusjaksot.forEach((j, i) => {
      const rahoitus = j.opintojenRahoitus?.koodiarvo
      if (rahoitus !== undefined && rahoitus !== '6') {
        ;(findings ??= []).push(
          warning('T-OHJE-6', 'tuvaKoulutusvientiIlmanMuutaRahoitusta', jaksoPath(ctx.polku, i).kenttä('opintojenRahoitus'), m.koulutusvientiIlmanMuutaRahoitusta(rahoitus)),
        )
      }
    })
    return findings ?? NO_FINDINGS
  },
}

/**
 * T-OHJE-7 (all luvat, section Pidennetty päättymispäivä): "Tutkintokoulutukseen valmentavan koulutuksen suoritusaika
 * on enintään yksi vuosi" unless `pidennettyPäättymispäivä` is true. Measured from the study right's alkamispäivä
 * (first jakso) to one year later (date-fns addYears; that day itself is still allowed) against: the päättymispäivä
 * when the study right has ended; else the `arvioituPäättymispäivä` when it is later than that; else today. Breaks
 * (loma, väliaikaisesti keskeytynyt) are not subtracted: the instruction speaks of suoritusaika, not of days present.
 */
export const suoritusaikaEnintäänVuosi: Rule<Tuva> = {
  id: 'T-OHJE-7',
  what: 'longer than one year from the first jakso without `pidennettyPäättymispäivä: true` (to the päättymispäivä; ongoing: to the later of `arvioituPäättymispäivä` and today)',
  keys: ['koskiValidation.tuvaSuoritusaikaYliVuoden'],
  severity: 'warning',
  source: { catalogue: [], ohje: { ...OHJE_TUVA_LISÄTIEDOT, kohta: 'Pidennetty päättymispäivä' } },
  check: (oo, ctx) => {
    const alku = alkamispäivä(oo)
    if (alku === undefined || (oo.lisätiedot as { readonly pidennettyPäättymispäivä?: boolean } | undefined)?.pidennettyPäättymispäivä === true) return NO_FINDINGS
    const loppu = päättymispäivä(oo)
    const arvioitu = oo.arvioituPäättymispäivä
    const päivä = loppu ?? (arvioitu !== undefined && arvioitu > ctx.today ? arvioitu : ctx.today)
    // Calendar years apart: 0 → within a year, 2 or more → over a year; only 1 needs the exact date.
    const vuodet = Number(päivä.slice(0, 4)) - Number(alku.slice(0, 4))
    if (vuodet <= 0 || (vuodet === 1 && päivä <= addYearsToDate(alku, 1))) return NO_FINDINGS
    const jaksot = oo.tila.opiskeluoikeusjaksot
    const [path, mihin] =
      loppu !== undefined
        ? ([jaksoPath(ctx.polku, jaksot.length - 1), 'päättynyt'] as const)
        : päivä === arvioitu
          ? ([ooPath(ctx.polku, 'arvioituPäättymispäivä'), 'arvioitu'] as const)
          : ([ooPath(ctx.polku, 'tila.opiskeluoikeusjaksot'), 'tänään'] as const)
    return [warning('T-OHJE-7', 'tuvaSuoritusaikaYliVuoden', path, m.suoritusaikaYliVuoden(alku, päivä, mihin))]
  },
}
