import type { GameState } from './gameState';
import type { Allocation, Stakeholder } from './stakeholder';

/** Smallest amount of stake worth moving (the engine's unit, about one lovelace of 45 bn ada). */
export const MIN_STAKE_UNIT = 2.2e-17;

/**
 * Where `agent` would delegate `amount`: down the ranking, filling each public pool of someone else
 * up to its saturation threshold (its own current delegation set aside), and any rest into the
 * best pool that is already full.
 */
export function planDelegation(state: GameState, agent: Stakeholder, amount: number): Allocation[] {
	const plan: Allocation[] = [];
	if (amount < MIN_STAKE_UNIT) return plan;
	let remaining = amount;
	let bestFull: Allocation['pool'] | undefined;
	// the agent's own delegations, set aside: few, so a scan beats a map lookup per pool
	const ownPools = [...agent.allocations.keys()];
	const ownAmounts = [...agent.allocations.values()];
	for (const pool of state.ranking.pools) {
		if (pool.owner === agent.id || pool.isPrivate) continue;
		let room = pool.threshold - pool.stake;
		if (room < MIN_STAKE_UNIT) {
			const mine = ownPools.indexOf(pool);
			if (mine >= 0) room = pool.threshold - (pool.stake - ownAmounts[mine]);
			if (room < MIN_STAKE_UNIT) {
				bestFull ??= pool;
				continue;
			}
		}
		const placed = Math.min(remaining, room);
		plan.push({ pool, amount: placed });
		remaining -= placed;
		if (remaining < MIN_STAKE_UNIT) break;
	}
	if (remaining >= MIN_STAKE_UNIT && bestFull !== undefined)
		plan.push({ pool: bestFull, amount: remaining });
	return plan;
}
