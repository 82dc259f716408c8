import type { Rng } from './rng';
import type { SimParams } from './simParams';
import { startWeights } from './startWeights';

/** Draws a start pool again at most this many times when the first has no room for a delegation. */
export const startRedraws = 16;

/**
 * The pool each delegator starts in, drawn per delegator in index order: pool 0 with probability
 * `whaleShare` at the `whale` start, otherwise a pool drawn by `startWeights` that has room for
 * the delegation (pledge and the delegations placed before counted, up to the saturation point),
 * drawn again up to `startRedraws` times when it has none. So no pool but the whale's starts over
 * saturation unless the pools are nearly full: a pool whose members would earn less than in a
 * pool with room is not where delegators sit before anyone moves.
 */
export function assignStart(
	params: SimParams,
	pledge: Float64Array,
	stake: Float64Array,
	rng: Rng
): Int32Array {
	const pools = params.pools;
	const pool = new Int32Array(params.delegators);
	const saturation = params.totalStakeAda / Math.max(1, params.k);
	const held = Float64Array.from(pledge);
	const cumulative = startWeights(params, rng);
	let sum = 0;
	for (let p = 0; p < pools; p++) cumulative[p] = sum += cumulative[p];
	const draw = () => {
		const target = rng() * sum;
		let lo = 0;
		let hi = pools - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (cumulative[mid] > target) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	};
	for (let d = 0; d < pool.length; d++) {
		if (params.start === 'whale' && rng() < params.whaleShare) {
			held[0] += stake[d];
			continue;
		}
		let p = draw();
		for (let tries = 0; tries < startRedraws && held[p] + stake[d] > saturation; tries++) {
			p = draw();
		}
		pool[d] = p;
		held[p] += stake[d];
	}
	return pool;
}
