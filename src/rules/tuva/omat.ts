/** TUVA's own rules (catalogue §3.3, seeds 001 and 004). */
import type { TutkintokoulutukseenValmentavanOpiskeluoikeus } from '../../codecs/tuva'
import type { Rule } from '../types'

export const tuvanOmatSäännöt: readonly Rule<TutkintokoulutukseenValmentavanOpiskeluoikeus>[] = []
