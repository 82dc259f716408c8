import { describe, expect, it } from 'vitest';
import { STICKY } from './delegatorRules';
import { handBuiltState } from './handBuiltState';
import { moveMovers } from './moveMovers';
import { paramsAt } from './paramsAt';
import { createRng } from './rng';

/** T = 1,000 ada, R = 100 ada, a0 = 0: a pool of σ ≤ z0 ada earns σ/10. */
const world = (k: number) => ({ totalStakeAda: 1000, rewardPotAda: 100, k, a0: 0 });

describe('moveMovers with sticky delegators', () => {
	it('moveMovers moves nobody when every delegator is sticky', () => {
		// k = 4, z0 = 250. W (cost 0) holds 500: 25/500 = 0.05 per ada. N (cost 2) is empty but
		// top-ranked: under the ranking rule delegator 0 would leave W for N (23/250 = 0.092).
		const { state, params } = handBuiltState(
			{ ...world(4), mix: { sticky: 1 } },
			[{ cost: 0 }, { cost: 2 }],
			[
				[10, 0],
				[490, 0]
			]
		);
		state.work.movers[0] = 0;
		const tally = moveMovers(state, params, paramsAt(params, 0), 1, createRng(1));
		expect(tally.moves).toBe(0);
		expect(state.pool[0]).toBe(0);
	});

	it('moveMovers in a mixed population skips the sticky mover and moves the other, into pool 0', () => {
		// k = 10, z0 = 100. P (margin 0.35) holds 50, O (cost 2) 50: staying in O pays 3/50 =
		// 0.06, joining P 7.5 · 0.65/75 = 0.065. Delegator 0 (full information) moves to P;
		// delegator 1 (sticky) stays in O, though P would now pay it more than O's (2.5 − 2)/25.
		const { state, params } = handBuiltState(
			{ ...world(10), mix: { all: 0.5, sticky: 0.5 } },
			[{ margin: 0.35 }, { cost: 2 }],
			[
				[25, 1],
				[25, 1],
				[50, 0]
			]
		);
		state.rule = Uint8Array.from([0, STICKY, 0]);
		state.work.groupedRule = new Uint8Array(3);
		[state.work.movers[0], state.work.movers[1]] = [0, 1];
		const tally = moveMovers(state, params, paramsAt(params, 0), 2, createRng(1));
		expect(tally.moves).toBe(1);
		expect([...state.pool]).toEqual([0, 1, 0]);
	});
});
