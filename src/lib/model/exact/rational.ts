/**
 * Exact rational numbers on bigint, the arithmetic the Cardano ledger uses (Haskell `Rational`):
 * https://github.com/IntersectMBO/formal-ledger-specifications/blob/master/src/Ledger/Conway/Specification/Rewards.lagda.md
 * ("Precision of Arithmetic Operations": all intermediate values are exact rationals).
 * Values are always reduced with a positive denominator, so structural equality is equality.
 */
export interface Rational {
	readonly num: bigint;
	readonly den: bigint;
}

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
	a = abs(a);
	b = abs(b);
	while (b !== 0n) [a, b] = [b, a % b];
	return a;
}

/** num/den reduced, like Haskell's `%` (https://hackage.haskell.org/package/base/docs/Data-Ratio.html); throws on a zero denominator. rational(6n, -4n) = −3/2. */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
	let n = BigInt(num);
	let d = BigInt(den);
	if (d === 0n) throw new RangeError('rational: zero denominator');
	if (d < 0n) [n, d] = [-n, -d];
	const g = gcd(n, d) || 1n;
	return { num: n / g, den: d / g };
}

export const ZERO = rational(0n);
export const ONE = rational(1n);

/** a + b, exact (https://hackage.haskell.org/package/base/docs/Data-Ratio.html). */
export const add = (a: Rational, b: Rational) =>
	rational(a.num * b.den + b.num * a.den, a.den * b.den);
/** a − b, exact (https://hackage.haskell.org/package/base/docs/Data-Ratio.html). */
export const sub = (a: Rational, b: Rational) =>
	rational(a.num * b.den - b.num * a.den, a.den * b.den);
/** a · b, exact (https://hackage.haskell.org/package/base/docs/Data-Ratio.html). */
export const mul = (a: Rational, b: Rational) => rational(a.num * b.num, a.den * b.den);
/** a / b, exact; throws when b is 0 (https://hackage.haskell.org/package/base/docs/Data-Ratio.html). */
export const div = (a: Rational, b: Rational) => rational(a.num * b.den, a.den * b.num);

/**
 * a/b, or 0 when b is 0: the ledger's `%?`, used for s/σ and t/σ of an empty pool.
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/libs/cardano-ledger-core/src/Cardano/Ledger/BaseTypes.hs
 */
export const divOrZero = (a: Rational, b: Rational) => (b.num === 0n ? ZERO : div(a, b));

/** −1, 0 or 1 as a is below, equal to or above b (Haskell `compare`, https://hackage.haskell.org/package/base/docs/Data-Ratio.html). */
export function compare(a: Rational, b: Rational): number {
	const d = a.num * b.den - b.num * a.den;
	return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** The smaller of a and b (Haskell `min`, https://hackage.haskell.org/package/base/docs/Data-Ratio.html). */
export const min = (a: Rational, b: Rational) => (compare(a, b) <= 0 ? a : b);
/** The larger of a and b (Haskell `max`, https://hackage.haskell.org/package/base/docs/Data-Ratio.html). */
export const max = (a: Rational, b: Rational) => (compare(a, b) >= 0 ? a : b);

/**
 * Largest integer ≤ r, Haskell `floor` as in the ledger's `rationalToCoinViaFloor`; floor(−3/2) = −2.
 * https://github.com/IntersectMBO/cardano-ledger/blob/master/libs/cardano-ledger-core/src/Cardano/Ledger/Coin.hs
 */
export function floor(r: Rational): bigint {
	const q = r.num / r.den;
	return r.num < 0n && q * r.den !== r.num ? q - 1n : q;
}

/** Smallest integer ≥ r (Haskell `ceiling`, https://hackage.haskell.org/package/base/docs/Data-Ratio.html): ceil(34/3) = 12. */
export const ceil = (r: Rational): bigint => -floor(rational(-r.num, r.den));

/** Nearest double (Haskell `fromRational`, https://hackage.haskell.org/package/base/docs/Data-Ratio.html); relative error about 1e-16 here. */
export function toNumber(r: Rational): number {
	const whole = floor(r);
	return Number(whole) + Number(r.num - whole * r.den) / Number(r.den);
}

/** "num/den", or "num" for an integer: the notation of tests/vectors (Haskell shows `num % den`, https://hackage.haskell.org/package/base/docs/Data-Ratio.html). */
export const formatRational = (r: Rational) => (r.den === 1n ? `${r.num}` : `${r.num}/${r.den}`);
