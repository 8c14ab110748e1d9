/**
 * KOSKI's 210 ammatillinen examples of its backward-compatibility suite (test/fixtures/koski/ammatillinen, copied from
 * KOSKI's src/test/resources/backwardcompatibility/ at 180e806b) as the bar of the ammatillinen codec and rules.
 *
 * How KOSKI's own suite treats them (BackwardCompatibilitySpec): it removes the flags `ignoreJsonEquality` and
 * `ignoreKoskiValidator` from a file, deserialises it strictly, and — unless the file had `ignoreKoskiValidator` —
 * runs KOSKI's validator on it as the system user, on the day the suite runs. So:
 * - a file WITHOUT the flag passes KOSKI's validation on the date of KOSKI's commit (2026-08-21): here, with the flags
 *   removed, `serviceUser: false` (the suite's user is not a palvelukäyttäjä, so G-LJ-1 does not apply) and `today`
 *   that date, it must give no error;
 * - a file WITH the flag is only deserialised by KOSKI (its data predate rules KOSKI added later): with the flag
 *   removed it must give no structural (S-*) finding here.
 *
 * The one structural finding a flagged file has, explained: ammatillinen-lisatiedot_2020-05-22.json has an
 * ulkomaanjakso whose loppu (2013-09-01) is before its alku (2014-09-01). KOSKI rejects that on input
 * (JaksoCustomDeserializer, jaksonLoppuEnnenAlkua — S-12), but that deserialiser is part of KOSKI's validating
 * extractor only, which the suite does not use for a flagged file; so the suite accepts what KOSKI's API would not.
 *
 * No file of either kind differs from KOSKI through ePerusteet: the rules that need ePerusteet (tutkintorakenne,
 * diaarinumero, koulutustyyppi — A-EPER-*, A-KA-2, A-VV-3) are not run, so they cannot reject a file KOSKI accepts;
 * koodistot `koulutus`, `tutkinnonosat`, `osaamisala` and `tutkintonimikkeet` are checked for shape only.
 * Rule helpers: keep this bar green; a rule that finds an error in a file without the flag is wrong or needs context.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { validate, type Finding } from '../../src'

const dir = fileURLToPath(new URL('../fixtures/koski/ammatillinen/', import.meta.url))
const FILES = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
/** The date of KOSKI's commit the examples come from: the suite passed them on it. */
const KOSKIN_PÄIVÄ = '2026-08-21'

interface Esimerkki {
  readonly file: string
  readonly lippu: boolean
  readonly doc: unknown
}

/** A file as KOSKI's suite reads it: the flags removed (and whether ignoreKoskiValidator was there). */
const lue = (file: string): Esimerkki => {
  const doc = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Record<string, unknown>
  const lippu = doc.ignoreKoskiValidator === true
  delete doc.ignoreKoskiValidator
  delete doc.ignoreJsonEquality
  return { file, lippu, doc }
}
const ESIMERKIT = FILES.map(lue)

const summary = (f: Finding): string => `${f.severity} ${f.rule} ${f.key} ${f.path}`

/** The structural findings of the flagged files that are explained above. */
const SELITETYT: Readonly<Record<string, readonly string[]>> = {
  'ammatillinen-lisatiedot_2020-05-22.json': ['error S-12 badRequest.validation.jsonSchema opiskeluoikeudet[0].lisätiedot.ulkomaanjaksot[0]'],
}

describe("KOSKI's backward-compatibility ammatillinen examples", () => {
  it('are all there: 210 files, 82 passing KOSKI’s validation and 128 only deserialised (ignoreKoskiValidator)', () => {
    expect(FILES).toHaveLength(210)
    expect(ESIMERKIT.filter((e) => !e.lippu)).toHaveLength(82)
    expect(ESIMERKIT.filter((e) => e.lippu)).toHaveLength(128)
  })

  it('every one is an ammatillinen study right that this version checks (none "not checked")', () => {
    for (const { file, doc } of ESIMERKIT) {
      const report = validate(doc, { today: KOSKIN_PÄIVÄ, serviceUser: false })
      expect(report.unchecked, file).toEqual([])
    }
  })

  it('those KOSKI validates (no ignoreKoskiValidator) give no error, as the system user on the date of KOSKI’s commit', () => {
    const virheet: Record<string, string[]> = {}
    for (const { file, doc } of ESIMERKIT.filter((e) => !e.lippu)) {
      const errors = validate(doc, { today: KOSKIN_PÄIVÄ, serviceUser: false }).findings.filter((f) => f.severity === 'error')
      if (errors.length > 0) virheet[file] = errors.map(summary)
    }
    expect(virheet).toEqual({})
  })

  it('those KOSKI only deserialises (ignoreKoskiValidator) give no structural finding with the flag removed, but the one explained', () => {
    const rakenne: Record<string, string[]> = {}
    for (const { file, doc } of ESIMERKIT.filter((e) => e.lippu)) {
      const structural = validate(doc, { today: KOSKIN_PÄIVÄ, serviceUser: false }).findings.filter((f) => f.rule.startsWith('S-'))
      if (structural.length > 0) rakenne[file] = structural.map(summary)
    }
    expect(rakenne).toEqual(SELITETYT)
  })

  it('as a vendor sends them (serviceUser, the default), each lacks only its lähdejärjestelmänId (G-LJ-1) beyond the above', () => {
    for (const { file, doc, lippu } of ESIMERKIT.filter((e) => !e.lippu)) {
      const errors = validate(doc, { today: KOSKIN_PÄIVÄ }).findings.filter((f) => f.severity === 'error')
      expect(errors.map(summary), `${file} ${lippu}`).toEqual(['error G-LJ-1 forbidden.lähdejärjestelmäIdPuuttuu opiskeluoikeudet[0].lähdejärjestelmänId'])
    }
  })
})
