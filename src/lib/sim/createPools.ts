import { detLog } from './detMath';
import { logNormalDraw } from './draws';
import type { Rng } from './rng';
import type { SimParams } from './simParams';

/** Pool columns: pledge (whole ada, also the owners' stake in the pool), cost (ada), margin. */
export interface Pools {
	readonly pledge: Float64Array;
	readonly cost: Float64Array;
	readonly margin: Float64Array;
}

/**
 * Draws every pool's pledge (zero for a `zeroPledgeShare` of pools, else log-normal, at most the
 * saturation point), cost (uniform between the two minimum pool costs) and margin (uniform up to
 * `marginMax`). Pledges are scaled down if together they would exceed half the active stake.
 */
export function createPools(params: SimParams, rng: Rng): Pools {
	const n = params.pools;
	const pledge = new Float64Array(n);
	const cost = new Float64Array(n);
	const margin = new Float64Array(n);
	const pledgeDraw = logNormalDraw(
		rng,
		detLog(Math.max(1, params.pledgeMedianAda)),
		params.pledgeLogSpread
	);
	const costDraw = () => params.costMinAda + (params.costMaxAda - params.costMinAda) * rng();
	const marginDraw = () => params.marginMax * rng();
	const saturation = params.totalStakeAda / Math.max(1, params.k);
	let total = 0;
	for (let p = 0; p < n; p++) {
		const isZero = rng() < params.zeroPledgeShare;
		const drawn = pledgeDraw();
		pledge[p] = isZero ? 0 : Math.floor(Math.min(drawn, saturation));
		cost[p] = costDraw();
		margin[p] = marginDraw();
		total += pledge[p];
	}
	const limit = Math.floor(params.delegatedStakeAda / 2);
	if (total > limit) {
		for (let p = 0; p < n; p++) pledge[p] = Math.floor((pledge[p] * limit) / total);
	}
	return { pledge, cost, margin };
}
