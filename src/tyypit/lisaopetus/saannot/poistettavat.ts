/**
 * X-LISÄ-POIS-1 — the fields KOSKI accepts on a perusopetuksen lisäopetus study right and drops silently on input
 * (OppijaValidationPerusopetuksenLisaopetusSpec › "Deprekoituja kenttiä, jotka tiputetaan siirrossa pois";
 * validaation_muutoshistoria.md 20.12.2021), and an uskonto oppiaine's `uskonnonOppimäärä` (@RedundantData of trait
 * Uskonto, NuortenPerusopetuksenUskonto: OppijaValidationPerusopetusSpec › "Uskontoa ei tallenneta tietokantaan"):
 * our warning, one per field given, so that the source system stops sending what is not stored. Not an error: KOSKI
 * answers 200.
 */
import { warning, type Finding } from '../../../finding'
import { lisätietoPath, suoritusPath } from '../../../rules/helpers'
import { NO_FINDINGS, type Rule } from '../../../rules/types'
import { LISÄOPETUKSEN_POISTETTAVAT_LISÄTIEDOT, type PerusopetuksenLisäopetuksenOpiskeluoikeus } from '../codec'
import * as m from '../viestit'

const KEY = 'koskiValidation.lisaopetus.kenttaTiputetaan'

/** X-LISÄ-POIS-1: a lisätieto of {@link LISÄOPETUKSEN_POISTETTAVAT_LISÄTIEDOT}, or a päätaso's `osaAikainenErityisopetus`, is given. */
export const tiputettavatKentät: Rule<PerusopetuksenLisäopetuksenOpiskeluoikeus> = {
  id: 'X-LISÄ-POIS-1',
  what: 'a deprecated field KOSKI drops silently (perusopetuksenAloittamistaLykätty, tukimuodot, tehostetunTuenPäätös(t), joustavaPerusopetus, …, an uskonto’s uskonnonOppimäärä)',
  keys: [KEY],
  severity: 'warning',
  source: { koski: 'OppijaValidationPerusopetuksenLisaopetusSpec (Deprekoituja kenttiä, jotka tiputetaan siirrossa pois; OppijaValidationPerusopetusSpec › Uskontoa ei tallenneta tietokantaan)', catalogue: [], muutoshistoria: ['2021-12-20'] },
  check: (oo, ctx) => {
    const out: Finding[] = []
    const lt = oo.lisätiedot as Readonly<Record<string, unknown>> | undefined
    if (lt !== undefined) for (const k of LISÄOPETUKSEN_POISTETTAVAT_LISÄTIEDOT) if (lt[k] !== undefined) out.push(warning('X-LISÄ-POIS-1', KEY, lisätietoPath(ctx.path, k), m.kenttäTiputetaan(k)))
    oo.suoritukset.forEach((s, i) => {
      const p = suoritusPath(ctx.path, i)
      if (s.osaAikainenErityisopetus !== undefined) out.push(warning('X-LISÄ-POIS-1', KEY, `${p}.osaAikainenErityisopetus`, m.kenttäTiputetaan('osaAikainenErityisopetus')))
      s.osasuoritukset?.forEach((os, j) => {
        const km = os.koulutusmoduuli as { readonly uskonnonOppimäärä?: unknown }
        if (km.uskonnonOppimäärä !== undefined) out.push(warning('X-LISÄ-POIS-1', KEY, `${p}.osasuoritukset[${j}].koulutusmoduuli.uskonnonOppimäärä`, m.kenttäTiputetaan('uskonnonOppimäärä')))
      })
    })
    return out.length === 0 ? NO_FINDINGS : out
  },
}
