/** Free education (koulutuksen maksuttomuus, oppivelvollisuuslaki 1214/2020): pure functions, one per module. */
export { maksuttomuusVoimassaAsti } from './maksuttomuusVoimassaAsti'
export { maksuttomuudenPidennysVoiAlkaaAikaisintaan } from './maksuttomuudenPidennysVoiAlkaaAikaisintaan'
export { maksuttomuudenPidennystäVoiHakeaAikaisintaan } from './maksuttomuudenPidennystaVoiHakeaAikaisintaan'
export {
  laajennetunOppivelvollisuudenPiirissä,
  type LaajennetunOppivelvollisuudenPiirissä,
  type EiLaajennetunOppivelvollisuudenPiirissäSyy,
} from './laajennetunOppivelvollisuudenPiirissa'
export { normalisoiMaksuttomuusjaksot, type Maksuttomuusjakso } from './normalisoiMaksuttomuusjaksot'
export {
  oppivelvollisuudenSuorittamiseenKelpaava,
  OPPIVELVOLLISUUDEN_SUORITTAMISEEN_KELPAAVAT,
  type KelpaavuusTunnisteesta,
} from './oppivelvollisuudenSuorittamiseenKelpaava'
export * from './rajapaivat'
