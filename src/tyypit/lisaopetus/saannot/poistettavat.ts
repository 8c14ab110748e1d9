/**
 * X-LISÄ-POIS-1 — the fields KOSKI accepts on a perusopetuksen lisäopetus study right and drops silently on input
 * (OppijaValidationPerusopetuksenLisaopetusSpec › "Deprekoituja kenttiä, jotka tiputetaan siirrossa pois";
 * validaation_muutoshistoria.md 20.12.2021), and an uskonto oppiaine's `uskonnonOppimäärä` (@RedundantData of trait
 * Uskonto, NuortenPerusopetuksenUskonto: OppijaValidationPerusopetusSpec › "Uskontoa ei tallenneta tietokantaan"):
 * our warning, one per field given, so that the source system stops sending what is not stored. Not an error: KOSKI
 * answers 200.
 */
import { lisätietoPath, suoritusPath } from '../../../rules/helpers'
import { tiputettavatKentät as tiputettavat, uskonnonOppimäärät } from '../../../rules/yhteiset'
import { LISÄOPETUKSEN_POISTETTAVAT_LISÄTIEDOT, type PerusopetuksenLisäopetuksenOpiskeluoikeus } from '../codec'
import * as m from '../viestit'

/** X-LISÄ-POIS-1: a lisätieto of {@link LISÄOPETUKSEN_POISTETTAVAT_LISÄTIEDOT}, or a päätaso's `osaAikainenErityisopetus`, is given. */
export const tiputettavatKentät = tiputettavat<PerusopetuksenLisäopetuksenOpiskeluoikeus>({
  id: 'X-LISÄ-POIS-1',
  key: 'koskiValidation.lisaopetus.kenttaTiputetaan',
  what: 'a deprecated field KOSKI drops silently (perusopetuksenAloittamistaLykätty, tukimuodot, tehostetunTuenPäätös(t), joustavaPerusopetus, …, an uskonto’s uskonnonOppimäärä)',
  source: { koski: 'OppijaValidationPerusopetuksenLisaopetusSpec (Deprekoituja kenttiä, jotka tiputetaan siirrossa pois; OppijaValidationPerusopetusSpec › Uskontoa ei tallenneta tietokantaan)', catalogue: [], muutoshistoria: ['2021-12-20'] },
  kentät: (oo, path, ilmoita) => {
    const lt = oo.lisätiedot as Readonly<Record<string, unknown>> | undefined
    if (lt !== undefined) for (const k of LISÄOPETUKSEN_POISTETTAVAT_LISÄTIEDOT) if (lt[k] !== undefined) ilmoita(lisätietoPath(path, k), k)
    oo.suoritukset.forEach((s, i) => {
      const p = suoritusPath(path, i)
      if (s.osaAikainenErityisopetus !== undefined) ilmoita(`${p}.osaAikainenErityisopetus`, 'osaAikainenErityisopetus')
      uskonnonOppimäärät(s, p, ilmoita)
    })
  },
  viesti: m.kenttäTiputetaan,
})
