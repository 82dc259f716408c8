import { assignStart } from './assignStart';
import { createPools, type Pools } from './createPools';
import { createStakes } from './createStakes';
import type { EpochMetrics } from './epochMetrics';
import { createWorkspace, type Workspace } from './createWorkspace';
import { mixOf, ruleColumn } from './delegatorRules';
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
	/**
	 * Each delegator's rule code (`delegatorRules`) for the mix in `ruleKey`, or null when every
	 * delegator follows rule `soleRule`.
	 */
	rule: Uint8Array | null;
	soleRule: number;
	ruleKey: string;
	readonly poolStake: Float64Array;
	readonly marks: Float64Array;
	readonly poolReward: Float64Array;
	readonly memberYield: Float64Array;
	/** Pledges plus delegations, identical in every epoch. */
	readonly totalStake: number;
	readonly history: EpochMetrics[];
	readonly work: Workspace;
}

function rulesOf(count: number, mix: ReturnType<typeof mixOf>) {
	const { rule, sole } = ruleColumn(count, mix);
	return { rule, soleRule: sole };
}

/**
 * The largest single delegation drawn: half the saturation point. A holder with more earns less
 * in one pool than spread over several stake keys, and mainnet's largest holders do spread:
 * Binance (91 pools) and Coinbase (31) held about 12.59 % of the stake in May 2025 (CIP-50, citing
 * Balance Analytics), on average about half a saturation point (k = 500) per pool. A delegation
 * larger than the saturation point would fit in no pool and could never move.
 */
export function largestDelegation(params: Pick<SimParams, 'totalStakeAda' | 'k'>): number {
	return params.totalStakeAda / Math.max(1, params.k) / 2;
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
		rng,
		largestDelegation(params)
	);
	return stateFrom(params, pools, stakes, assignStart(params, pools.pledge, stakes, rng));
}

/**
 * A state from given columns: delegator d holds `stake[d]` in pool `pool[d]`. `createState` draws
 * them; tests and checks build known states with it.
 */
export function stateFrom(
	params: SimParams,
	pools: Pools,
	stake: Float64Array,
	pool: Int32Array
): SimState {
	const poolStake = Float64Array.from(pools.pledge);
	const stakeClass = new Uint8Array(stake.length);
	for (let d = 0; d < stake.length; d++) {
		poolStake[pool[d]] += stake[d];
		stakeClass[d] = stakeClassOf(stake[d]);
	}
	let totalStake = 0;
	for (const s of poolStake) totalStake += s;
	const marks = new Float64Array((params.delayEpochs + 1) * params.pools);
	for (let row = 0; row <= params.delayEpochs; row++) marks.set(poolStake, row * params.pools);
	const mix = mixOf(params);
	return {
		epoch: 0,
		pools,
		stake,
		pool,
		stakeClass,
		...rulesOf(stake.length, mix),
		ruleKey: JSON.stringify(mix),
		poolStake,
		marks,
		poolReward: new Float64Array(params.pools),
		memberYield: new Float64Array(params.pools),
		totalStake,
		history: [],
		work: createWorkspace(params)
	};
}
