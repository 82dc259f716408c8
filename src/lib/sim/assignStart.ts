import { randomLogNormal } from 'd3-random';
import type { Rng } from './rng';
import type { SimParams } from './simParams';

/**
 * The pool each delegator starts in. `uniform`: any pool, equally likely. `whale`: pool 0 with
 * probability `whaleShare`, else any pool. `mainnet`: pools weighted by a log-normal popularity
 * (σ = `popularityLogSpread`), so a few hundred pools hold most of the stake and many hold little.
 */
export function assignStart(params: SimParams, rng: Rng): Int32Array {
	const pools = params.pools;
	const pool = new Int32Array(params.delegators);
	const cumulative = new Float64Array(pools);
	const popularity = randomLogNormal.source(rng)(0, params.popularityLogSpread);
	let sum = 0;
	for (let p = 0; p < pools; p++) {
		sum += params.start === 'mainnet' ? popularity() : 1;
		cumulative[p] = sum;
	}
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
