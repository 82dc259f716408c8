import type { GameState } from './gameState';
import { nakamotoCoefficient } from './nakamoto';

/** One operator at the end of a game. */
export interface OperatorRow {
	readonly agent: number;
	/** Its own stake (fraction of all stake). */
	readonly stake: number;
	/** Cost of its first pool. */
	readonly cost: number;
	readonly pools: number;
	readonly pledgePerPool: number;
	/** Stake in all its pools together. */
	readonly poolStake: number;
	/** Lowest margin among its pools. */
	readonly margin: number;
}

export interface GameSummary {
	readonly converged: boolean;
	readonly status: GameState['status'];
	readonly rounds: number;
	readonly equilibriumRound: number | null;
	readonly pools: number;
	readonly operators: number;
	/** Fewest operators whose pools hold more than half the active (pooled) stake. */
	readonly nakamoto: number;
	/** Fewest pools holding more than half the active stake. */
	readonly nakamotoByPool: number;
	/** The same count for stakeholders' own stakes before any pool opened. */
	readonly nakamotoOfStake: number;
	/** The richest stakeholder's share of all stake. */
	readonly largestStake: number;
	readonly maxPoolsPerOperator: number;
	/** Sum of all pools' pledges, as a fraction of all stake. */
	readonly totalPledge: number;
	/** Stake in pools, as a fraction of all stake. */
	readonly activeStake: number;
	/** Operators, largest pool stake first. */
	readonly operatorTable: readonly OperatorRow[];
}

export function summarise(state: GameState): GameSummary {
	const rows: OperatorRow[] = [];
	let totalPledge = 0;
	let activeStake = 0;
	for (const agent of state.agents) {
		if (agent.pools.length === 0) continue;
		let poolStake = 0;
		let margin = Infinity;
		for (const pool of agent.pools) {
			poolStake += pool.stake;
			totalPledge += pool.pledge;
			margin = Math.min(margin, pool.margin);
		}
		activeStake += poolStake;
		rows.push({
			agent: agent.id,
			stake: agent.stake,
			cost: agent.cost,
			pools: agent.pools.length,
			pledgePerPool: agent.pools[0].pledge,
			poolStake,
			margin
		});
	}
	rows.sort((a, b) => b.poolStake - a.poolStake || a.agent - b.agent);
	const pools = state.ranking.pools;
	return {
		converged: state.status === 'converged',
		status: state.status,
		rounds: state.rounds,
		equilibriumRound: state.equilibriumRound,
		pools: pools.length,
		operators: rows.length,
		nakamoto: nakamotoCoefficient(rows.map((row) => row.poolStake)),
		nakamotoByPool: nakamotoCoefficient(pools.map((pool) => pool.stake)),
		nakamotoOfStake: nakamotoCoefficient(state.agents.map((agent) => agent.stake)),
		largestStake: state.agents.reduce((most, agent) => Math.max(most, agent.stake), 0),
		maxPoolsPerOperator: rows.reduce((most, row) => Math.max(most, row.pools), 0),
		totalPledge,
		activeStake,
		operatorTable: rows
	};
}
