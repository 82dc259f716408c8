import { describe, expect, it } from 'vitest';
import { bestResponse, createWorkspace } from './bestResponse';
import type { GameState } from './gameState';
import { playGame } from './playGame';
import { defaultGameSettings, type GameSettings } from './settings';
import { summarise } from './summarise';

const small = (changes: Partial<GameSettings>): GameSettings => ({
	...defaultGameSettings,
	agents: 200,
	k: 20,
	maxRounds: 400,
	...changes
});

/** Nobody can gain by moving: the definition of the equilibrium the game declares. */
function nobodyWantsToMove(state: GameState): boolean {
	const workspace = createWorkspace(state.settings.k);
	return state.agents.every((agent) => bestResponse(state, agent, workspace) === null);
}

/** Each stakeholder's pledges and delegations add up to at most its stake; pools hold what is put in. */
function stakeIsConserved(state: GameState): boolean {
	const held = new Map<number, number>();
	for (const pool of state.ranking.pools) {
		let inPool = pool.pledge;
		for (const amount of pool.delegators.values()) inPool += amount;
		if (Math.abs(inPool - pool.stake) > 1e-12) return false;
		held.set(pool.owner, (held.get(pool.owner) ?? 0) + pool.pledge);
		for (const [delegator, amount] of pool.delegators)
			held.set(delegator, (held.get(delegator) ?? 0) + amount);
	}
	return state.agents.every((agent) => (held.get(agent.id) ?? 0) <= agent.stake * (1 + 1e-12));
}

describe('the pool-splitting game', { timeout: 60_000 }, () => {
	const runs = [1, 2].map((seed) => playGame(small({ seed, a0: 0.3 })));

	it('settles at a0 = 0.3 on k to k + 3 pools, nearly one operator each, in an equilibrium', () => {
		for (const state of runs) {
			const summary = summarise(state);
			expect(summary.converged).toBe(true);
			expect(summary.pools).toBeGreaterThanOrEqual(20);
			expect(summary.pools).toBeLessThanOrEqual(23);
			expect(summary.operators).toBeGreaterThanOrEqual(18);
			expect(summary.nakamoto).toBeLessThanOrEqual(summary.nakamotoByPool);
			expect(summary.nakamoto).toBeGreaterThanOrEqual(9);
			expect(nobodyWantsToMove(state)).toBe(true);
			expect(stakeIsConserved(state)).toBe(true);
		}
	});

	it('has fewer operators than pools when k grows, because rich stakeholders split', () => {
		const summary = summarise(playGame(small({ seed: 1, k: 60 })));
		expect(summary.converged).toBe(true);
		expect(summary.pools).toBeGreaterThanOrEqual(60);
		expect(summary.operators).toBeLessThan(summary.pools);
		expect(summary.maxPoolsPerOperator).toBeGreaterThan(1);
		expect(summary.nakamoto).toBeLessThan(summary.nakamotoByPool);
	});

	it('collapses to a handful of operators when pledge barely counts (a0 = 0.001)', () => {
		for (const seed of [1, 2]) {
			const summary = summarise(playGame(small({ seed, a0: 0.001 })));
			expect(summary.operators).toBeLessThanOrEqual(8);
			expect(summary.nakamoto).toBeLessThanOrEqual(3);
		}
	});

	it('replays the same game from the same seed, and a different one from another', () => {
		const again = summarise(playGame(small({ seed: 1, a0: 0.3 })));
		expect(again).toEqual(summarise(runs[0]));
		expect(summarise(runs[1]).operatorTable).not.toEqual(again.operatorTable);
	});

	it('stops at the round cap and says it did not converge', () => {
		const state = playGame(small({ seed: 1, maxRounds: 3 }));
		expect(state.rounds).toBe(3);
		expect(summarise(state).status).toBe('not converged');
		expect(summarise(state).converged).toBe(false);
	});
});
