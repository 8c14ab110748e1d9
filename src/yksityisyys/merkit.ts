/**
 * The character classes of the masking (src/yksityisyys), on the ground floor so that a finding's maker (src/finding.ts),
 * which src/yksityisyys imports, can scan a path with them too.
 */

/**
 * The class of the character code `c` in a `merkkijoukko`, a bit: the digits are one class (bit 0), any other
 * character is of the class of its code modulo 32 (a letter's, of either case, its own: `A`/`a` 1 … `Z`/`z` 26), so
 * that a name is told from a text of letters and digits (modulo 32 alone put `2` with `r` and `6` with `v`).
 * Exported for a maker that scans a quoted value or a path anyway.
 */
export const merkinLuokka = (c: number): number => (c >= 48 && c <= 57 ? 1 : 1 << (c & 31))

/** A safety net for what no message of ours reaches: a longer text or path is cut (with `…`). */
export const VIESTIN_PITUUS = 4000
