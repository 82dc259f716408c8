import type { SimState } from '../createState';
import { memberYield } from '../memberYield';
import type { EpochParams } from '../paramsAt';

/** Pools above this multiple of the saturation point need an explanation. */
export const overLimit = 1.02;

export interface OverSaturation {
	/** Pools above `overLimit` × z0. */
	readonly over: number;
	/** …of which the pledge alone is above it. */
	readonly byPledge: number;
	/** …of which one delegation is larger than the saturation point (it fits nowhere). */
	readonly bySize: number;
	/** …of which members still earn, non-myopically, within minGain of the best pool with room. */
	readonly byDesirability: number;
	/** Over pools none of these explain: a ranking delegator there should have moved. */
	readonly unexplained: number;
}

/**
 * Sorts the pools above 1.02× saturation by why they are there, judged by brute force over all
 * pools (not with the engine's rank tree): the smallest delegation in the pool (the one with the
 * most places to go) compared against every other top-k pool with room for it, each valued as
 * saturated, as the ledger's non-myopic member reward does. Needs `rankPools` to have run for `e`.
 */
export function overSaturation(state: SimState, e: EpochParams, minGain: number): OverSaturation {
	const { poolStake, pools, work, stake, pool } = state;
	const z0 = e.saturationAda;
	const smallest = new Float64Array(poolStake.length).fill(Infinity);
	const largest = new Float64Array(poolStake.length);
	for (let d = 0; d < stake.length; d++) {
		smallest[pool[d]] = Math.min(smallest[pool[d]], stake[d]);
		largest[pool[d]] = Math.max(largest[pool[d]], stake[d]);
	}
	const result = { over: 0, byPledge: 0, bySize: 0, byDesirability: 0, unexplained: 0 };
	for (let p = 0; p < poolStake.length; p++) {
		if (poolStake[p] <= overLimit * z0) continue;
		result.over++;
		if (pools.pledge[p] > overLimit * z0) result.byPledge++;
		else if (largest[p] > z0) result.bySize++;
		else {
			const x = smallest[p];
			const own = memberYield(pools, p, poolStake[p], e);
			let best = 0;
			for (let q = 0; q < poolStake.length; q++) {
				if (q === p || work.rankPosition[q] >= e.k || z0 - poolStake[q] < x) continue;
				best = Math.max(best, memberYield(pools, q, z0, e));
			}
			if (best <= own * (1 + minGain)) result.byDesirability++;
			else result.unexplained++;
		}
	}
	return result;
}
