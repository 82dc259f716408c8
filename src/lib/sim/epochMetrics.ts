import type { SimState } from './createState';
import { hhi } from './hhi';
import type { MoveTally } from './moveTally';
import { nakamoto } from './nakamoto';
import type { EpochParams } from './paramsAt';
import type { YieldSummary } from './payRewards';

/** One epoch of history: plain numbers, safe to post from a Web Worker or print as JSON. */
export interface EpochMetrics extends YieldSummary, MoveTally {
	readonly epoch: number;
	readonly k: number;
	readonly a0: number;
	readonly leverageCap: number | null;
	readonly saturationAda: number;
	/** Pledges plus delegations, ada; the same in every epoch. */
	readonly totalStake: number;
	/** Pools holding delegations beyond their own pledge. */
	readonly poolsWithStake: number;
	readonly poolsOverSaturation: number;
	/** Stake above the saturation point, summed over those pools, ada. */
	readonly excessStake: number;
	/** Largest pool's stake ÷ saturation point. */
	readonly maxPoolStakeRatio: number;
	readonly nakamoto: number;
	readonly hhi: number;
	/** Delegators who re-evaluated this epoch. */
	readonly movers: number;
}

/** The metrics phase, on the live stake after this epoch's moves. */
export function epochMetrics(
	state: SimState,
	e: EpochParams,
	moves: MoveTally & { movers: number },
	yields: YieldSummary
): EpochMetrics {
	const { poolStake, pools } = state;
	let totalStake = 0;
	let poolsWithStake = 0;
	let poolsOverSaturation = 0;
	let excessStake = 0;
	let largest = 0;
	for (let p = 0; p < poolStake.length; p++) {
		const s = poolStake[p];
		totalStake += s;
		if (s > pools.pledge[p]) poolsWithStake++;
		if (s > e.saturationAda) {
			poolsOverSaturation++;
			excessStake += s - e.saturationAda;
		}
		if (s > largest) largest = s;
	}
	return {
		epoch: e.epoch,
		k: e.k,
		a0: e.a0,
		leverageCap: e.leverageCap ?? null,
		saturationAda: e.saturationAda,
		totalStake,
		poolsWithStake,
		poolsOverSaturation,
		excessStake,
		maxPoolStakeRatio: largest / e.saturationAda,
		nakamoto: nakamoto(poolStake, state.work.sorted),
		hhi: hhi(poolStake),
		meanYield: yields.meanYield,
		yieldSpread: yields.yieldSpread,
		movers: moves.movers,
		moves: moves.moves,
		movedStake: moves.movedStake
	};
}
