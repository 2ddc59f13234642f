import { logGamma } from './log-gamma.js';

const tiny = 1e-300;
const maxIterations = 100_000;

/**
 * Q(a, x) = Γ(a, x) / Γ(a), the regularized upper incomplete gamma function, after Press et al., Numerical Recipes,
 * 3rd ed., §6.2: the power series for P = 1 − Q when x < a + 1 (where Q is not small, so 1 − P loses nothing that
 * matters), else the continued fraction for Q evaluated by the modified Lentz method, which keeps full relative
 * precision far into the tail, where significance tests need it.
 */
export function upperRegularizedGamma(a: number, x: number): number {
  if (!(x >= 0)) throw new RangeError(`the incomplete gamma function needs x ≥ 0, got ${x}`);
  if (x === 0) return 1;
  const logPrefactor = -x + a * Math.log(x) - logGamma(a);
  return x < a + 1 ? 1 - Math.exp(logPrefactor) * lowerSeries(a, x) : Math.exp(logPrefactor) * upperContinuedFraction(a, x);
}

/** Σ xⁿ / (a (a+1) … (a+n)), so that P(a, x) = e^(−x) x^a / Γ(a) · Σ. */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n <= maxIterations; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * Number.EPSILON) return sum;
  }
  throw new Error(`incomplete gamma series did not converge for a = ${a}, x = ${x}`);
}

/** The continued fraction 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …))), so that Q(a, x) = e^(−x) x^a / Γ(a) · it. */
function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= maxIterations; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= Number.EPSILON) return h;
  }
  throw new Error(`incomplete gamma continued fraction did not converge for a = ${a}, x = ${x}`);
}
