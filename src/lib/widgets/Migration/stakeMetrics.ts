import { nakamoto } from '../../sim/nakamoto';

/** What the caption and the series say about one epoch's pool stakes. */
export interface StakeMetrics {
	readonly poolsOverSaturation: number;
	/** Largest pool's stake ÷ the saturation point. */
	readonly maxPoolStakeRatio: number;
	readonly nakamoto: number;
	/** Pools holding delegations beyond their own pledge. */
	readonly poolsWithDelegations: number;
	/** Share of all stake in pools that pledge nothing, 0–1. */
	readonly zeroPledgeShare: number;
}

/** The engine's own definitions (`epochMetrics.ts`) applied to a copy of the pool stakes. */
export function stakeMetrics(
	stake: Float64Array,
	pledge: Float64Array,
	saturationAda: number
): StakeMetrics {
	let poolsOverSaturation = 0;
	let poolsWithDelegations = 0;
	let largest = 0;
	let total = 0;
	let zeroPledge = 0;
	for (let p = 0; p < stake.length; p++) {
		const s = stake[p];
		total += s;
		if (s > saturationAda) poolsOverSaturation++;
		if (s > pledge[p]) poolsWithDelegations++;
		if (pledge[p] === 0) zeroPledge += s;
		if (s > largest) largest = s;
	}
	return {
		poolsOverSaturation,
		maxPoolStakeRatio: largest / saturationAda,
		nakamoto: nakamoto(stake),
		poolsWithDelegations,
		zeroPledgeShare: total > 0 ? zeroPledge / total : 0
	};
}
