import type { SimState } from '../createState';
import type { EpochParams } from '../paramsAt';
import { rankPools } from '../rankPools';
import { predictedSaturated } from './predictedSaturated';

/** A pool "at or just under saturation" holds at least this share of the saturation point. */
export const nearSaturation = 0.95;

/** Where the stake sits at one epoch, against the non-myopic prediction. */
export interface SettledShape {
	readonly epoch: number;
	readonly k: number;
	readonly maxRatio: number;
	/** Pools holding at least `nearSaturation` × z0. */
	readonly nearSaturated: number;
	readonly predicted: number;
	/**
	 * Share of delegations held by the pools ranked in the top k, counting only delegations no
	 * larger than the saturation point (a larger one fits in no pool and never moves).
	 */
	readonly topShare: number;
	/** Delegations larger than the saturation point. */
	readonly oversize: number;
	/** Stake above the saturation point, in saturation points (pledge-only excess excluded). */
	readonly excess: number;
	readonly poolsWithDelegations: number;
}

export function settledShape(state: SimState, e: EpochParams): SettledShape {
	rankPools(state, e);
	const { poolStake, pools, work, stake, pool } = state;
	const z0 = e.saturationAda;
	let maxRatio = 0;
	let nearSaturated = 0;
	let excess = 0;
	let poolsWithDelegations = 0;
	for (let p = 0; p < poolStake.length; p++) {
		const ratio = poolStake[p] / z0;
		maxRatio = Math.max(maxRatio, ratio);
		if (ratio >= nearSaturation) nearSaturated++;
		if (poolStake[p] > pools.pledge[p]) poolsWithDelegations++;
		excess += Math.max(0, poolStake[p] - Math.max(z0, pools.pledge[p])) / z0;
	}
	let delegations = 0;
	let inTop = 0;
	let oversize = 0;
	for (let d = 0; d < stake.length; d++) {
		if (stake[d] > z0) {
			oversize++;
			continue;
		}
		delegations += stake[d];
		if (work.rankPosition[pool[d]] < e.k) inTop += stake[d];
	}
	return {
		epoch: state.epoch,
		k: e.k,
		maxRatio,
		nearSaturated,
		predicted: predictedSaturated(state, e),
		topShare: inTop / delegations,
		oversize,
		excess,
		poolsWithDelegations
	};
}
