import { randomGeometric } from 'd3-random';
import type { Rng } from './rng';

/**
 * Chooses who re-evaluates this epoch: each delegator independently with probability
 * 1 − inertia. Gaps between movers are geometric, so only the movers are touched, in increasing
 * index order. Writes their indices to `movers` and returns how many there are.
 */
export function pickMovers(count: number, inertia: number, movers: Int32Array, rng: Rng): number {
	const share = 1 - inertia;
	if (!(share > 0) || count === 0) return 0;
	if (share >= 1) {
		for (let d = 0; d < count; d++) movers[d] = d;
		return count;
	}
	const gap = randomGeometric.source(rng)(share);
	let n = 0;
	for (let d = gap() - 1; d < count; d += gap()) movers[n++] = d;
	return n;
}
