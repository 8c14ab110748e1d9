export { parseHetu, hetuCentury, hetuCheckCharacter } from './parseHetu'
export type { HetuTulos, ValidHetu, InvalidHetu, HetuVirhe, HetuOptions } from './parseHetu'
