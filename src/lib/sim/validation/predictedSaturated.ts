import type { SimState } from '../createState';
import type { EpochParams } from '../paramsAt';

/**
 * The predicted count of saturated pools (design spec, "Non-Myopic Utility": the k most desirable
 * pools fill to the saturation point z0). Delegations (all stake but the pledges) can move;
 * pledges stay where they are. Delegators who follow the ranking fill the pools in rank order, each
 * up to z0, so the count is the largest n with Σ_{r<n} (z0 − pledge of the pool ranked r) ≤ D,
 * D = all delegations, capped at k (pools below rank k count as unsaturated for a delegator).
 * Without pledges this is ⌊D/z0⌋ = ⌊f·k⌋ for a share f = D/T of all stake T delegated. Needs
 * `rankPools` to have run for `e`.
 *
 * The wallet values every top-k pool as saturated, its own pool too, so a delegator already in a
 * top-k pool moves up the ranking only for a gain above `minGain`. From the whale start everyone
 * moves and the count is met. After k falls, half-full pools still ranked in the top k keep their
 * stake when the best pool with room is within `minGain` of them: with `minGain` = 0 (the theory's
 * best response) the count falls to this prediction; with 1 % it falls short of it (validate-sim
 * checks both: the count at 0, and at 1 % that no delegation would gain over 1 % by moving).
 */
export function predictedSaturated(state: SimState, e: EpochParams): number {
	const { pools, work } = state;
	let delegations = state.totalStake;
	for (const pledge of pools.pledge) delegations -= pledge;
	const limit = Math.min(e.k, pools.pledge.length);
	let n = 0;
	let room = delegations;
	while (n < limit) {
		const need = Math.max(0, e.saturationAda - pools.pledge[work.rankOrder[n]]);
		if (need > room) break;
		room -= need;
		n++;
	}
	return n;
}

/** Share f of all stake T that is delegated (pledges excluded), and f·k. */
export function delegatedShareTimesK(state: SimState, e: EpochParams): number {
	let delegations = state.totalStake;
	for (const pledge of state.pools.pledge) delegations -= pledge;
	return (delegations / e.totalStakeAda) * e.k;
}
