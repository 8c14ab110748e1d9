/**
 * The official instructions the warnings cite (rule metadata, `source.ohje`): the seed file (the instruction's text as
 * fetched, kept outside this repository) and the Finnish page title.
 */

/** Seed 004: KOSKI-ohje for the lisätiedot of a TUVA study right. */
export const OHJE_TUVA_LISÄTIEDOT = {
  seed: '004_78bfb50f458787a6.txt',
  otsikko: '1.2 Tutkintokoulutukseen valmentavan koulutuksen opiskeluoikeuksien lisätiedot',
} as const

/** Seed 001: KOSKI's FAQ on TUVA. */
export const OHJE_TUVA_UKK = {
  seed: '001_2a3a574a59251b12.txt',
  otsikko: 'Usein kysyttyä TUVA-koulutuksesta',
} as const
