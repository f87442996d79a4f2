/**
 * The "true cost" rates of brief part A. All take the cash actually received as the denominator.
 * Rates are fractions (0.179 = 17.9 %) in IEEE doubles: they explain a cost, while the money itself stays integer.
 */

/** Simple APR (US Reg Z App J single-payment form): (charge / cash) × 365 / days. */
export function simpleApr(charge: number, cash: number, days: number): number {
  return ((charge / cash) * 365) / days;
}

/** Effective annual rate, compounded over the term: (1 + charge / cash)^(365 / days) − 1. */
export function effectiveAnnualRate(charge: number, cash: number, days: number): number {
  return (1 + charge / cash) ** (365 / days) - 1;
}

/** A dated flow for the multi-flow solvers: `years` or unit-periods from the first advance. */
export interface TimedFlow {
  readonly amount: number;
  readonly time: number;
}

/**
 * Bisection for a root of a function that changes sign on [lo, hi]. Slow but certain: 200 halvings
 * reach double precision, which is what Appendix J's "any method that converges" permits.
 */
export function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  const fa = f(a);
  if (fa === 0) return a;
  if (Math.sign(fa) === Math.sign(f(b))) throw new RangeError('no sign change: the flows have no rate');
  for (let iteration = 0; iteration < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); iteration += 1) {
    const mid = (a + b) / 2;
    if (Math.sign(f(mid)) === Math.sign(fa)) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

/** A payment for Appendix J: whole unit-periods `periods` and a fraction `fraction` from the start of the term. */
export interface UnitPeriodFlow {
  readonly amount: number;
  readonly periods: number;
  readonly fraction: number;
}

/**
 * US Regulation Z Appendix J actuarial APR for one advance at the start and several payments:
 * solves Σ P/((1 + f·i)(1 + i)^t) = A for the unit-period rate i, and returns i × periods per year.
 */
export function appendixJApr(advance: number, payments: readonly UnitPeriodFlow[], periodsPerYear: number): number {
  const h = (i: number) => payments.reduce((sum, p) => sum + p.amount / ((1 + p.fraction * i) * (1 + i) ** p.periods), 0) - advance;
  let hi = 10;
  while (h(hi) > 0 && hi < 1e6) hi *= 2;
  return bisect(h, 1e-12, hi) * periodsPerYear;
}

/**
 * EU Consumer Credit Directive APRC: the X with Σ draws·(1+X)^−t = Σ payments·(1+X)^−s, times in years from the
 * first drawdown. Newton on y = ln(1 + X) as brief A5 describes, falling back to bisection on y ∈ [−10, 20].
 */
export function euAprc(draws: readonly TimedFlow[], payments: readonly TimedFlow[]): number {
  const flows = [...draws.map((f) => ({ amount: f.amount, time: f.time })), ...payments.map((f) => ({ amount: -f.amount, time: f.time }))];
  const g = (y: number) => flows.reduce((sum, f) => sum + f.amount * Math.exp(-y * f.time), 0);
  const dg = (y: number) => flows.reduce((sum, f) => sum - f.time * f.amount * Math.exp(-y * f.time), 0);
  let y = 0.1;
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const value = g(y);
    const slope = dg(y);
    const next = y - value / slope;
    if (!Number.isFinite(next) || next < -10 || next > 20 || Math.abs(g(next)) > Math.abs(value)) {
      return Math.expm1(bisect(g, -10, 20));
    }
    if (Math.abs(next - y) < 1e-15) return Math.expm1(next);
    y = next;
  }
  return Math.expm1(y);
}
