import { describe, expect, it } from 'vitest';
import { gamePool } from '../../../tests/support/gamePool';
import { createWorkspace } from './bestResponse';
import { createGame, type GameState } from './gameState';
import type { Pool } from './pool';
import { playRound } from './playRound';
import { Ranking } from './ranking';
import { defaultGameSettings } from './settings';
import type { Stakeholder } from './stakeholder';
import { MARGIN_EDGE, Targets } from './targets';

const pool = (id: number, owner: number, desirability: number) =>
	gamePool({ id, owner, desirability, potentialProfit: 1, threshold: 0.1 });

function rankingOf(...pools: Pool[]): Ranking {
	const ranking = new Ranking(1);
	for (const p of pools) ranking.add(p);
	ranking.reindex();
	return ranking;
}

const agent = (id: number, pools: Pool[] = []): Stakeholder => ({
	id,
	stake: 0.01,
	cost: 1e-5,
	pools,
	allocations: new Map()
});

const seen = (targets: Targets) => [...targets.desirability];

describe('Targets', () => {
	it('holds the k best pools of everyone else, each decision its own, though fills are shared', () => {
		const [a, b, c] = [pool(1, 7, 0.3), pool(2, 8, 0.2), pool(3, 9, 0.1)];
		const ranking = rankingOf(a, b, c);
		const state = { ranking } as GameState;
		const targets = new Targets(2);
		const delegator = agent(1);
		const ownerOfBest = agent(7, [a]);

		targets.fill(state, delegator);
		expect(seen(targets)).toEqual([0.3, 0.2]);
		expect(targets.toBeat[0]).toBe(0.3 + MARGIN_EDGE);
		targets.fill(state, ownerOfBest);
		expect(seen(targets)).toEqual([0.2, 0.1]);
		targets.fill(state, delegator);
		expect(seen(targets)).toEqual([0.3, 0.2]);

		// A pool that joins the ranking changes what everyone sees.
		ranking.add(pool(4, 10, 0.25));
		ranking.reindex();
		targets.fill(state, delegator);
		expect(seen(targets)).toEqual([0.3, 0.25]);

		// Another game's ranking, though it has seen as many changes.
		const other = rankingOf(pool(1, 7, 0.9), pool(2, 8, 0.8), pool(3, 9, 0.7), pool(4, 10, 0.6));
		expect(other.version).toBe(ranking.version);
		targets.fill({ ranking: other } as GameState, delegator);
		expect(seen(targets)).toEqual([0.9, 0.8]);
	});

	it('gives every stakeholder of a played game what a fresh fill for it gives', () => {
		const settings = { ...defaultGameSettings, agents: 200, k: 20, a0: 0.001, seed: 3 };
		const state = createGame(settings);
		const workspace = createWorkspace(settings.k);
		const order = Int32Array.from({ length: settings.agents }, (_, i) => i);
		let checked = 0;
		while (state.status === 'playing' && state.rounds < 15) {
			playRound(state, workspace, order);
			for (const id of order) {
				const stakeholder = state.agents[id];
				const fresh = new Targets(settings.k);
				fresh.fill(state, stakeholder);
				workspace.targets.fill(state, stakeholder);
				for (const array of ['desirability', 'potentialProfit', 'toBeat', 'toMatch'] as const)
					expect(workspace.targets[array]).toEqual(fresh[array]);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(1000);
		expect(state.agents.some((s) => s.pools.length > 0)).toBe(true);
	});
});
