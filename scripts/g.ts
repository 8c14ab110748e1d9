import { fuzz } from './fuzz'
const only = process.argv[2]!
const s = await fuzz({ seed: 20261201, runs: 2000000, maxSeconds: 90, only: [only], growth: 'none', timeZones: [], hugeSparse: false, verbose: true })
console.log(only, 'heap', Math.round(process.memoryUsage().heapUsed / 1e6), s.problems.map(p => p.problems))
