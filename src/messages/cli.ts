/**
 * Texts of the `koski-validate` command (src/cli.ts): the two findings only the command can give (a file it cannot
 * read, a file that is not JSON) and the labels of its text output, in Finnish, Swedish and English.
 * Neither message quotes the file's content: a parser's excerpt could carry a hetu or a name.
 */
import type { Lang, Message, Viesti } from '../finding'

/** KOSKI's answer to a body that is not JSON (`PUT /koski/api/oppija` with "not json": 400 `badRequest.format.json`). */
export const EI_JSON_KEY = 'badRequest.format.json'

/** Our key for a file the command could not read (there is no KOSKI counterpart: nothing was sent). */
export const EI_LUETTAVISSA_KEY = 'koskiValidation.cli.tiedostoaEiVoituLukea'

export interface Sijainti {
  readonly line: number
  readonly column: number
}

const EI_JSON_HINT: Message = {
  fi: 'Tarkista, että tiedosto on UTF-8-muotoista JSONia (ei esim. pilkkua viimeisen alkion jälkeen, ei kommentteja, merkkijonot lainausmerkeissä).',
  sv: 'Kontrollera att filen är JSON i UTF-8 (t.ex. inget kommatecken efter det sista elementet, inga kommentarer, strängar inom citattecken).',
  en: 'Check that the file is JSON in UTF-8 (e.g. no comma after the last element, no comments, strings in double quotes).',
}

/**
 * KOSKI's text "Epäkelpo JSON-dokumentti", with where the parser stopped when it says so, or why the bytes are not a
 * JSON text KOSKI reads: not UTF-8 (KOSKI decodes the body strictly: a malformed byte fails the request), or a byte
 * order mark first (KOSKI reads the body into a Java string, which keeps the BOM, and its JSON parser rejects it).
 */
export const eiJson = (sijainti: Sijainti | 'loppu' | 'bom' | 'utf8' | undefined): Viesti => {
  if (sijainti === undefined) {
    return { fi: 'Epäkelpo JSON-dokumentti', sv: 'Ogiltigt JSON-dokument', en: 'Invalid JSON document', hint: EI_JSON_HINT }
  }
  if (sijainti === 'bom') {
    return {
      fi: 'Epäkelpo JSON-dokumentti (alussa on UTF-8-tavujärjestysmerkki, BOM)',
      sv: 'Ogiltigt JSON-dokument (det börjar med ett UTF-8-byteordningstecken, BOM)',
      en: 'Invalid JSON document (it starts with a UTF-8 byte order mark, BOM)',
      hint: {
        fi: 'Tallenna tiedosto UTF-8-muodossa ilman tavujärjestysmerkkiä (BOM) tai poista merkki ennen lähettämistä: KOSKI hylkää sen.',
        sv: 'Spara filen i UTF-8 utan byteordningstecken (BOM) eller ta bort tecknet före sändningen: KOSKI avvisar det.',
        en: 'Save the file as UTF-8 without a byte order mark (BOM), or strip the mark before sending: KOSKI rejects it.',
      },
    }
  }
  if (sijainti === 'utf8') {
    return {
      fi: 'Epäkelpo JSON-dokumentti (ei kelvollista UTF-8:aa)',
      sv: 'Ogiltigt JSON-dokument (inte giltig UTF-8)',
      en: 'Invalid JSON document (not valid UTF-8)',
      hint: {
        fi: 'Muunna tiedosto UTF-8-muotoon (esim. Latin-1- tai Windows-1252-merkistöstä) ennen lähettämistä: KOSKI lukee vain UTF-8:aa.',
        sv: 'Konvertera filen till UTF-8 (t.ex. från Latin-1 eller Windows-1252) före sändningen: KOSKI läser bara UTF-8.',
        en: 'Convert the file to UTF-8 (e.g. from Latin-1 or Windows-1252) before sending: KOSKI reads UTF-8 only.',
      },
    }
  }
  if (sijainti === 'loppu') {
    return {
      fi: 'Epäkelpo JSON-dokumentti (syöte loppui kesken)',
      sv: 'Ogiltigt JSON-dokument (indata tog slut i förtid)',
      en: 'Invalid JSON document (unexpected end of input)',
      hint: EI_JSON_HINT,
    }
  }
  const { line, column } = sijainti
  return {
    fi: `Epäkelpo JSON-dokumentti (rivi ${line}, sarake ${column})`,
    sv: `Ogiltigt JSON-dokument (rad ${line}, kolumn ${column})`,
    en: `Invalid JSON document (line ${line}, column ${column})`,
    hint: EI_JSON_HINT,
  }
}

/** The reason given for a directory argument without a file to validate (`*.json`; with `--ndjson` also `*.ndjson`). */
export const TYHJÄ_HAKEMISTO = 'koskiValidation.emptyDirectory'
export const TYHJÄ_HAKEMISTO_NDJSON = 'koskiValidation.emptyDirectory.ndjson'

const SYY: Record<string, Message> = {
  ENOENT: { fi: 'tiedostoa ei ole', sv: 'filen finns inte', en: 'no such file' },
  EACCES: { fi: 'ei lukuoikeutta', sv: 'läsrättighet saknas', en: 'permission denied' },
  EPERM: { fi: 'ei lukuoikeutta', sv: 'läsrättighet saknas', en: 'permission denied' },
  EISDIR: { fi: 'on hakemisto', sv: 'är en katalog', en: 'is a directory' },
  ENOTDIR: { fi: 'polun osa ei ole hakemisto', sv: 'en del av sökvägen är inte en katalog', en: 'a part of the path is not a directory' },
  [TYHJÄ_HAKEMISTO]: { fi: 'hakemistossa ei ole .json-tiedostoja', sv: 'katalogen innehåller inga .json-filer', en: 'the directory has no .json files' },
  [TYHJÄ_HAKEMISTO_NDJSON]: {
    fi: 'hakemistossa ei ole .json- eikä .ndjson-tiedostoja',
    sv: 'katalogen innehåller inga .json- eller .ndjson-filer',
    en: 'the directory has no .json or .ndjson files',
  },
}

/** The file could not be read; `code` is the system error code (ENOENT, EACCES, …) when there is one. */
export const eiLuettavissa = (code: string | undefined): Viesti => {
  const syy = code === undefined ? undefined : SYY[code]
  const tail = (lang: Lang): string => (syy !== undefined ? `: ${syy[lang]}` : code !== undefined ? ` (${code})` : '')
  return {
    fi: `Tiedostoa ei voitu lukea${tail('fi')}`,
    sv: `Filen kunde inte läsas${tail('sv')}`,
    en: `The file could not be read${tail('en')}`,
    hint: {
      fi: 'Tarkista tiedoston polku ja lukuoikeus.',
      sv: 'Kontrollera filens sökväg och läsrättighet.',
      en: "Check the file's path and read permission.",
    },
  }
}

/** Labels of the text output. */
export interface Labels {
  readonly valid: string
  readonly invalid: string
  /** The verdict of a file some of whose study rights (`n`) were not checked: never "valid". */
  readonly notChecked: (n: number) => string
  readonly errors: (n: number) => string
  readonly warnings: (n: number) => string
  readonly error: string
  readonly warning: string
  readonly wholeDocument: string
  readonly stdin: string
  /** The rules not run for lack of context, as the flags that would give it (`--birth-date YYYY-MM-DD (MK-REL-1); …`). */
  readonly skipped: (flags: string) => string
  readonly summary: (files: number, valid: number, invalid: number, unchecked: number) => string
  /** The same for `--ndjson`, which counts documents (lines), not files. */
  readonly summaryDocuments: (documents: number, valid: number, invalid: number, unchecked: number) => string
}

export const labels: Record<Lang, Labels> = {
  fi: {
    valid: 'kelpaa',
    invalid: 'ei kelpaa',
    notChecked: (n) => (n === 1 ? 'ei tarkistettu (1 opiskeluoikeus, jota tämä versio ei validoi)' : `ei tarkistettu (${n} opiskeluoikeutta, joita tämä versio ei validoi)`),
    errors: (n) => (n === 1 ? '1 virhe' : `${n} virhettä`),
    warnings: (n) => (n === 1 ? '1 varoitus' : `${n} varoitusta`),
    error: 'virhe',
    warning: 'varoitus',
    wholeDocument: '(koko dokumentti)',
    stdin: '<vakiosyöte>',
    skipped: (flags) => `Tarkistamatta, koska tietoa puuttuu; anna ${flags}`,
    summary: (files, valid, invalid, unchecked) => `${files} tiedostoa: ${valid} kelpaa, ${invalid} ei kelpaa${unchecked > 0 ? `, ${unchecked} ei tarkistettu` : ''}`,
    summaryDocuments: (n, valid, invalid, unchecked) =>
      `${n === 1 ? '1 dokumentti' : `${n} dokumenttia`}: ${valid} kelpaa, ${invalid} ei kelpaa${unchecked > 0 ? `, ${unchecked} ei tarkistettu` : ''}`,
  },
  sv: {
    valid: 'giltig',
    invalid: 'ogiltig',
    notChecked: (n) => (n === 1 ? 'inte kontrollerad (1 studierätt som denna version inte validerar)' : `inte kontrollerad (${n} studierätter som denna version inte validerar)`),
    errors: (n) => `${n} fel`,
    warnings: (n) => (n === 1 ? '1 varning' : `${n} varningar`),
    error: 'fel',
    warning: 'varning',
    wholeDocument: '(hela dokumentet)',
    stdin: '<standardinmatning>',
    skipped: (flags) => `Inte kontrollerade, uppgifter saknas; ange ${flags}`,
    summary: (files, valid, invalid, unchecked) => `${files} filer: ${valid} giltiga, ${invalid} ogiltiga${unchecked > 0 ? `, ${unchecked} inte kontrollerade` : ''}`,
    summaryDocuments: (n, valid, invalid, unchecked) =>
      `${n === 1 ? '1 dokument' : `${n} dokument`}: ${valid} giltiga, ${invalid} ogiltiga${unchecked > 0 ? `, ${unchecked} inte kontrollerade` : ''}`,
  },
  en: {
    valid: 'valid',
    invalid: 'invalid',
    notChecked: (n) => (n === 1 ? 'not checked (1 study right this version does not validate)' : `not checked (${n} study rights this version does not validate)`),
    errors: (n) => (n === 1 ? '1 error' : `${n} errors`),
    warnings: (n) => (n === 1 ? '1 warning' : `${n} warnings`),
    error: 'error',
    warning: 'warning',
    wholeDocument: '(whole document)',
    stdin: '<stdin>',
    skipped: (flags) => `Not checked for lack of context; give ${flags}`,
    summary: (files, valid, invalid, unchecked) => `${files} files: ${valid} valid, ${invalid} invalid${unchecked > 0 ? `, ${unchecked} not checked` : ''}`,
    summaryDocuments: (n, valid, invalid, unchecked) =>
      `${n === 1 ? '1 document' : `${n} documents`}: ${valid} valid, ${invalid} invalid${unchecked > 0 ? `, ${unchecked} not checked` : ''}`,
  },
}
