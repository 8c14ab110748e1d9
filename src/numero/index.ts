/** Numbers as KOSKI computes and prints them (ground floor: imports nothing of ours). */

/** The number of decimals in the shortest representation of a finite number (`0.25` → 2, `1e-7` → 7, `3` → 0). */
export function desimaalit(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return 0
  const s = String(x)
  const e = s.indexOf('e')
  const mantissa = e < 0 ? s : s.slice(0, e)
  const piste = mantissa.indexOf('.')
  const murto = piste < 0 ? 0 : mantissa.length - piste - 1
  return Math.max(0, murto - (e < 0 ? 0 : Number(s.slice(e + 1))))
}

/**
 * The sum of laajuudet as KOSKI gets it, adding them as decimals (`BigDecimal.decimal`, exact) and converting the sum to
 * a Double: the floating-point sum rounded back to the most decimals of a term. So 0.6 + 0.7 + 0.7 is 2, not
 * 1.9999999999999998 (which would fail T-VALM-1's "at least 2 weeks" and print oddly in G-LAAJ-2's message).
 */
export function summaDesimaaleina(arvot: Iterable<number>): number {
  let summa = 0
  let d = 0
  for (const arvo of arvot) {
    summa += arvo
    if (!Number.isInteger(arvo)) d = Math.max(d, desimaalit(arvo))
  }
  return d === 0 || !Number.isFinite(summa) ? summa : Number(summa.toFixed(Math.min(d, 100)))
}

/**
 * A number as Java prints a Double (`Double.toString`), the way KOSKI's laajuus messages show them: `2.0`, `1.5`,
 * and in scientific notation outside 10⁻³ ≤ |x| < 10⁷ (`1.0E7`, `1.0E-4`).
 */
export const scalaDouble = (n: number): string => {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity'
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0'
  const abs = Math.abs(n)
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(n)
    return s.includes('.') ? s : `${s}.0`
  }
  const [mantissa = '', exponent = ''] = n.toExponential().split('e')
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent.replace('+', '')}`
}
