import type { Pools } from './createPools';
import type { EpochParams } from './paramsAt';

/**
 * The parts of `memberYield` that do not depend on the pool's stake, worked out once per epoch
 * (three divisions and a few minima per call fewer in the mover loop). `yieldAt` then gives
 * exactly, bit for bit, what `memberYield` gives: the same operations in the same order.
 */
export interface YieldTerms {
	/** The epoch parameters and pools these terms were worked out for. */
	e: EpochParams | null;
	pools: Pools | null;
	total: number;
	/** R / (1 + a0). */
	scale: number;
	z0: number;
	/** min(pledge / T, z0) · a0, per pool. */
	readonly pledgeA0: Float64Array;
	/** min(pledge / T, z0), per pool. */
	readonly pledgeShare: Float64Array;
	/** L · pledge / T with the CIP-50 cap, else Infinity, per pool. */
	readonly leverageLimit: Float64Array;
	/** 1 − margin, per pool. */
	readonly keep: Float64Array;
	cost: Float64Array;
}

export function createYieldTerms(pools: number): YieldTerms {
	return {
		e: null,
		pools: null,
		total: 0,
		scale: 0,
		z0: 0,
		pledgeA0: new Float64Array(pools),
		pledgeShare: new Float64Array(pools),
		leverageLimit: new Float64Array(pools),
		keep: new Float64Array(pools),
		cost: new Float64Array(0)
	};
}

/** Fills `terms` for `e` and `pools` unless they already hold them; returns `terms`. */
export function yieldTermsFor(terms: YieldTerms, pools: Pools, e: EpochParams): YieldTerms {
	if (terms.e === e && terms.pools === pools) return terms;
	const total = e.totalStakeAda;
	// As maxPoolFast computes them.
	const z0 = 1 / Math.max(1, e.k);
	terms.total = total;
	terms.scale = e.rewardPotAda / (1 + e.a0);
	terms.z0 = z0;
	for (let p = 0; p < pools.pledge.length; p++) {
		const pledge = pools.pledge[p] / total;
		const share = Math.min(pledge, z0);
		terms.pledgeShare[p] = share;
		terms.pledgeA0[p] = share * e.a0;
		terms.leverageLimit[p] = e.leverageCap === undefined ? Infinity : e.leverageCap * pledge;
		terms.keep[p] = 1 - pools.margin[p];
	}
	terms.cost = pools.cost;
	terms.e = e;
	terms.pools = pools;
	return terms;
}

/** `memberYield(pools, p, poolStakeAda, e)` from the terms of `pools` and `e`. */
export function yieldAt(t: YieldTerms, p: number, poolStakeAda: number): number {
	if (poolStakeAda <= 0) return 0;
	const z0 = t.z0;
	const s = Math.min(Math.min(poolStakeAda / t.total, z0), t.leverageLimit[p]);
	const pledge = t.pledgeShare[p];
	const reward = t.scale * (s + (t.pledgeA0[p] * (s - (pledge * (z0 - s)) / z0)) / z0);
	const cost = t.cost[p];
	if (reward <= cost) return 0;
	return ((reward - cost) * t.keep[p]) / poolStakeAda;
}
