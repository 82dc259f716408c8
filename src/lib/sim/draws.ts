import { detExp, detLog, detSqrt } from './detMath';
import type { Rng } from './rng';

/**
 * The simulation's random draws, after d3-random's algorithms (ISC licence, Mike Bostock:
 * https://github.com/d3/d3-random) with `Math.log`, `Math.exp` and `Math.sqrt` replaced by the
 * engine-independent `detMath`, so that one seed gives one run in every browser.
 */

/** Normal(mu, sigma), Marsaglia's polar method, each pair of uniforms giving two draws. */
export function normalDraw(rng: Rng, mu = 0, sigma = 1): () => number {
	let spare: number | null = null;
	return () => {
		let y: number;
		let r: number;
		if (spare !== null) {
			y = spare;
			spare = null;
			return mu + sigma * y;
		}
		let x: number;
		do {
			x = rng() * 2 - 1;
			y = rng() * 2 - 1;
			r = x * x + y * y;
		} while (!r || r > 1);
		const f = detSqrt((-2 * detLog(r)) / r);
		spare = x * f;
		return mu + sigma * y * f;
	};
}

/** Log-normal: e^N(mu, sigma). */
export function logNormalDraw(rng: Rng, mu: number, sigma: number): () => number {
	const normal = normalDraw(rng, mu, sigma);
	return () => detExp(normal());
}

/** Gamma(k, 1) for k ≥ 1, Marsaglia and Tsang's method. */
function gammaDraw(rng: Rng, normal: () => number, k: number): () => number {
	if (k === 1) return () => -detLog(1 - rng());
	const d = k - 1 / 3;
	const c = 1 / (3 * detSqrt(d));
	return () => {
		let x: number;
		let v: number;
		let u: number;
		do {
			do {
				x = normal();
				v = 1 + c * x;
			} while (v <= 0);
			v *= v * v;
			u = 1 - rng();
		} while (u >= 1 - 0.0331 * x * x * x * x && detLog(u) >= 0.5 * x * x + d * (1 - v + detLog(v)));
		return d * v;
	};
}

/**
 * Binomial(n, p), d3-random's method: while both n·p and n·(1 − p) exceed 16, the i-th smallest
 * of n uniforms (a Beta(i, n − i + 1) draw) splits the problem in two; the rest is counted with
 * geometric waiting times.
 */
export function binomialDraw(rng: Rng, n: number, p: number): number {
	if (p >= 1) return n;
	if (p <= 0) return 0;
	const normal = normalDraw(rng);
	let acc = 0;
	let nn = n;
	let pp = p;
	while (nn * pp > 16 && nn * (1 - pp) > 16) {
		const i = Math.floor((nn + 1) * pp);
		const a = gammaDraw(rng, normal, i)();
		const y = a === 0 ? 0 : a / (a + gammaDraw(rng, normal, nn - i + 1)());
		if (y <= pp) {
			acc += i;
			nn -= i;
			pp = (pp - y) / (1 - y);
		} else {
			nn = i - 1;
			pp /= y;
		}
	}
	const below = pp < 0.5;
	const q = below ? pp : 1 - pp;
	const logMiss = detLog(1 - q);
	const gap = () => 1 + Math.floor(detLog(1 - rng()) / logMiss);
	let k = 0;
	for (let s = gap(); s <= nn; k++) s += gap();
	return acc + (below ? k : nn - k);
}
