import { assignStart } from './assignStart';
import { createPools, type Pools } from './createPools';
import { createStakes } from './createStakes';
import type { EpochMetrics } from './epochMetrics';
import { createWorkspace, type Workspace } from './createWorkspace';
import type { Rng } from './rng';
import type { SimParams } from './simParams';
import { stakeClassOf } from './stakeClass';

/**
 * Columns of the simulation, plain typed arrays so a Web Worker can post them. Delegator d holds
 * `stake[d]` whole ada in pool `pool[d]`; `poolStake[p]` is pool p's pledge plus its delegations
 * now ("live stake"); `marks` keeps the last `delayEpochs + 1` end-of-epoch snapshots of
 * `poolStake` (row e mod (delay + 1)); `poolReward` and `memberYield` are the last epoch's.
 */
export interface SimState {
	epoch: number;
	readonly pools: Pools;
	readonly stake: Float64Array;
	readonly pool: Int32Array;
	readonly stakeClass: Uint8Array;
	readonly poolStake: Float64Array;
	readonly marks: Float64Array;
	readonly poolReward: Float64Array;
	readonly memberYield: Float64Array;
	/** Pledges plus delegations, identical in every epoch. */
	readonly totalStake: number;
	readonly history: EpochMetrics[];
	readonly work: Workspace;
}

/** Pools, delegations and start state, drawn from `rng` in a fixed order. */
export function createState(params: SimParams, rng: Rng): SimState {
	const pools = createPools(params, rng);
	let pledged = 0;
	for (const pledge of pools.pledge) pledged += pledge;
	const stakes = createStakes(
		params.delegators,
		params.delegatedStakeAda - pledged,
		params.stakeLogSpread,
		rng
	);
	const pool = assignStart(params, rng);
	const poolStake = Float64Array.from(pools.pledge);
	const stakeClass = new Uint8Array(params.delegators);
	for (let d = 0; d < params.delegators; d++) {
		poolStake[pool[d]] += stakes[d];
		stakeClass[d] = stakeClassOf(stakes[d]);
	}
	let totalStake = 0;
	for (const s of poolStake) totalStake += s;
	const marks = new Float64Array((params.delayEpochs + 1) * params.pools);
	for (let row = 0; row <= params.delayEpochs; row++) marks.set(poolStake, row * params.pools);
	return {
		epoch: 0,
		pools,
		stake: stakes,
		pool,
		stakeClass,
		poolStake,
		marks,
		poolReward: new Float64Array(params.pools),
		memberYield: new Float64Array(params.pools),
		totalStake,
		history: [],
		work: createWorkspace(params)
	};
}
