import type { Rng } from './rng';
import type { SimParams } from './simParams';
import { startWeights } from './startWeights';

/**
 * The pool each delegator starts in, drawn independently per delegator: pool 0 with probability
 * `whaleShare` at the `whale` start, otherwise a pool drawn by `startWeights`.
 */
export function assignStart(params: SimParams, rng: Rng): Int32Array {
	const pools = params.pools;
	const pool = new Int32Array(params.delegators);
	const cumulative = startWeights(params, rng);
	let sum = 0;
	for (let p = 0; p < pools; p++) cumulative[p] = sum += cumulative[p];
	for (let d = 0; d < pool.length; d++) {
		if (params.start === 'whale' && rng() < params.whaleShare) continue;
		const target = rng() * sum;
		let lo = 0;
		let hi = pools - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (cumulative[mid] > target) hi = mid;
			else lo = mid + 1;
		}
		pool[d] = lo;
	}
	return pool;
}
