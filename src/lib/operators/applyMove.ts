import type { GameState } from './gameState';
import type { OperatorPlan } from './operatorPlan';
import { desirability } from './poolEconomics';
import type { Pool } from './pool';
import type { Allocation, Stakeholder } from './stakeholder';

export type Move =
	| { readonly kind: 'delegate'; readonly allocations: readonly Allocation[] }
	| { readonly kind: 'operate'; readonly plan: OperatorPlan };

function setAllocations(agent: Stakeholder, allocations: readonly Allocation[]): void {
	const next = new Map<Pool, number>();
	for (const { pool, amount } of allocations) next.set(pool, amount);
	for (const [pool, amount] of agent.allocations)
		if (!next.has(pool)) {
			pool.stake -= amount;
			pool.delegators.delete(agent.id);
		}
	for (const [pool, amount] of next) {
		pool.stake += amount - (agent.allocations.get(pool) ?? 0);
		pool.delegators.set(agent.id, amount);
	}
	agent.allocations = next;
}

/** Sends a pool's delegators away: their stake sits idle until they next move. */
function dropDelegations(state: GameState, pool: Pool): void {
	for (const [delegator, amount] of pool.delegators) {
		state.agents[delegator].allocations.delete(pool);
		pool.stake -= amount;
	}
	pool.delegators.clear();
	pool.stake = pool.pledge;
}

/** Carries out a move: delegations first, then pools closed, changed and opened. */
export function applyMove(state: GameState, agent: Stakeholder, move: Move): void {
	const plan = move.kind === 'operate' ? move.plan : undefined;
	setAllocations(agent, move.kind === 'operate' ? move.plan.allocations : move.allocations);
	const kept = new Set(plan?.kept ?? []);
	for (const pool of agent.pools) if (!kept.has(pool)) dropDelegations(state, pool);
	state.ranking.removeAll(agent.pools);
	const pools: Pool[] = [];
	if (plan) {
		for (let i = 0; i < plan.pools; i++) {
			const old = plan.kept[i];
			const pool: Pool = old ?? {
				id: state.nextPoolId++,
				owner: agent.id,
				pledge: plan.pledge,
				cost: 0,
				margin: 0,
				potentialProfit: 0,
				desirability: 0,
				threshold: 0,
				stake: plan.pledge,
				isPrivate: false,
				delegators: new Map(),
				rank: -1
			};
			pool.stake += plan.pledge - pool.pledge;
			pool.pledge = plan.pledge;
			pool.cost = plan.cost;
			pool.margin = plan.margins[i];
			pool.potentialProfit = plan.potentialProfit;
			pool.desirability = desirability(pool.margin, pool.potentialProfit);
			pool.threshold = plan.threshold;
			pool.isPrivate = plan.pledge >= plan.threshold;
			if (pool.isPrivate) dropDelegations(state, pool);
			pools.push(pool);
			state.ranking.add(pool);
		}
	}
	agent.pools = pools;
	state.ranking.reindex();
}
