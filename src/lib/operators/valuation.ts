import type { GameState } from './gameState';
import { delegatorUtility, operatorUtility } from './poolEconomics';
import type { Pool } from './pool';
import type { Allocation, Stakeholder } from './stakeholder';

/**
 * Non-myopic stake of a pool: a pool that the pools ranked above it cannot crowd out is expected
 * to fill to saturation (or stay above it), any other to be left with its pledge alone.
 */
export function nonMyopicStake(state: GameState, pool: Pool): number {
	const { ranking } = state;
	return ranking.coversStake(ranking.thresholdSumAbove(pool.rank))
		? Math.max(pool.threshold, pool.stake)
		: pool.pledge;
}

/** Expected reward of delegating `amount` to `pool`, valued at its non-myopic stake. */
export function allocationValue(
	state: GameState,
	agent: Stakeholder,
	pool: Pool,
	amount: number
): number {
	const current = pool.stake - (agent.allocations.get(pool) ?? 0) + amount;
	const stake = Math.max(nonMyopicStake(state, pool), current);
	return delegatorUtility(state.scheme, amount, stake, pool.pledge, pool.margin, pool.cost);
}

export function delegationValue(
	state: GameState,
	agent: Stakeholder,
	plan: readonly Allocation[]
): number {
	let value = 0;
	for (const { pool, amount } of plan) value += allocationValue(state, agent, pool, amount);
	return value;
}

/** Expected utility of keeping the current strategy, every pool valued non-myopically. */
export function expectedValueOfCurrent(state: GameState, agent: Stakeholder): number {
	let value = 0;
	for (const pool of agent.pools)
		value += operatorUtility(
			state.scheme,
			nonMyopicStake(state, pool),
			pool.pledge,
			pool.margin,
			pool.cost
		);
	for (const [pool, amount] of agent.allocations)
		value += allocationValue(state, agent, pool, amount);
	return value;
}

/** Utility the current strategy earns at the stakes pools hold right now. */
export function presentValueOfCurrent(state: GameState, agent: Stakeholder): number {
	const { scheme } = state;
	let value = 0;
	for (const pool of agent.pools)
		value += operatorUtility(scheme, pool.stake, pool.pledge, pool.margin, pool.cost);
	for (const [pool, amount] of agent.allocations)
		value += delegatorUtility(scheme, amount, pool.stake, pool.pledge, pool.margin, pool.cost);
	return value;
}
