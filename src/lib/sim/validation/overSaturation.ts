import type { SimState } from '../createState';
import { memberYield } from '../memberYield';
import { nonMyopicStake } from '../nonMyopic';
import type { EpochParams } from '../paramsAt';

/** Pools above this multiple of the saturation point need an explanation. */
export const overLimit = 1.02;

export interface OverSaturation {
	/** Pools above `overLimit` × z0. */
	readonly over: number;
	/** …of which the pledge alone is above it: no move can bring them down. */
	readonly byPledge: number;
	/** …of which no member would gain `minGain` by moving (`wouldMove` below). */
	readonly byDesirability: number;
	/** Over pools none of these explain: a ranking delegator there should have moved. */
	readonly unexplained: number;
	/**
	 * Pools, over saturation or not, holding a delegation that would gain more than `minGain`,
	 * by the ledger's non-myopic member reward, in a top-k pool with room for it.
	 */
	readonly wouldMove: number;
}

/**
 * Checks where a ranking delegator stands by brute force over all pools (not with the engine's
 * rank tree): in each pool holding delegations, the smallest one (the one with the most places
 * to go) compares its own pool's non-myopic member reward (a top-k pool counts as saturated, or at
 * its actual stake above that) with that of every other top-k pool with room for it, valued as
 * saturated. Sorts the pools above 1.02× saturation by why they are there. Needs `rankPools` to
 * have run for `e`.
 */
export function overSaturation(state: SimState, e: EpochParams, minGain: number): OverSaturation {
	const { poolStake, pools, work, stake, pool } = state;
	const z0 = e.saturationAda;
	const smallest = new Float64Array(poolStake.length).fill(Infinity);
	for (let d = 0; d < stake.length; d++) {
		smallest[pool[d]] = Math.min(smallest[pool[d]], stake[d]);
	}
	const isTop = (p: number) => work.rankPosition[p] < e.k;
	const result = { over: 0, byPledge: 0, byDesirability: 0, unexplained: 0, wouldMove: 0 };
	for (let p = 0; p < poolStake.length; p++) {
		const isOver = poolStake[p] > overLimit * z0;
		if (isOver) result.over++;
		if (isOver && pools.pledge[p] > overLimit * z0) {
			result.byPledge++;
			continue;
		}
		const x = smallest[p];
		if (x === Infinity) continue;
		const own = memberYield(pools, p, nonMyopicStake(pools, p, poolStake[p], x, isTop(p), e), e);
		let best = 0;
		for (let q = 0; q < poolStake.length; q++) {
			if (q === p || !isTop(q) || z0 - poolStake[q] < x) continue;
			best = Math.max(best, memberYield(pools, q, z0, e));
		}
		const moves = best > own * (1 + minGain);
		if (moves) result.wouldMove++;
		if (isOver) {
			if (moves) result.unexplained++;
			else result.byDesirability++;
		}
	}
	return result;
}
