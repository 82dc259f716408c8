import { binomialDraw } from './draws';
import type { Rng } from './rng';

/**
 * Chooses who re-evaluates this epoch: a binomial(count, 1 − inertia) number of delegators, taken
 * as a window of consecutive indices starting at a random place (wrapping around). Delegators are
 * numbered in random order (stakes and start pools are drawn independently per index), so each
 * one re-evaluates with probability 1 − inertia per epoch as with separate draws, while only the
 * window's slice of the delegator columns is read. Writes the movers' indices to `movers` and
 * returns how many there are.
 */
export function pickMovers(count: number, inertia: number, movers: Int32Array, rng: Rng): number {
	if (count === 0) return 0;
	const n = binomialDraw(rng, count, 1 - inertia);
	const start = Math.floor(rng() * count);
	for (let j = 0; j < n; j++) {
		const d = start + j;
		movers[j] = d < count ? d : d - count;
	}
	return n;
}
