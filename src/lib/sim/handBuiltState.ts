import { stateFrom, type SimState } from './createState';
import { presets } from './presets';
import type { SimParams } from './simParams';

export interface HandPool {
	readonly pledge?: number;
	readonly cost?: number;
	readonly margin?: number;
}

/**
 * A small state with known numbers, for checks whose answer is worked out by hand: the given
 * pools (pledge, cost and margin default to 0), delegation d of `stakes[d]` ada in pool
 * `poolOf[d]`, and the world's totals (`totalStakeAda`, `rewardPotAda`, `k`, `a0` override
 * the small preset; no delay, so live stake is paid at once).
 */
export function handBuiltState(
	world: Partial<SimParams>,
	pools: readonly HandPool[],
	delegations: readonly (readonly [stake: number, pool: number])[]
): { state: SimState; params: SimParams } {
	const pledge = Float64Array.from(pools, (p) => p.pledge ?? 0);
	const params: SimParams = {
		...presets.small,
		delayEpochs: 0,
		inertia: 0,
		minGain: 0,
		...world,
		pools: pools.length,
		delegators: delegations.length,
		delegatedStakeAda:
			delegations.reduce((sum, [x]) => sum + x, 0) + pledge.reduce((a, b) => a + b, 0)
	};
	const columns = {
		pledge,
		cost: Float64Array.from(pools, (p) => p.cost ?? 0),
		margin: Float64Array.from(pools, (p) => p.margin ?? 0)
	};
	const stake = Float64Array.from(delegations, ([x]) => x);
	const pool = Int32Array.from(delegations, ([, p]) => p);
	return { state: stateFrom(params, columns, stake, pool), params };
}
