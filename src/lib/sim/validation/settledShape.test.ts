import { describe, expect, it } from 'vitest';
import { handBuiltState } from '../handBuiltState';
import { paramsAt } from '../paramsAt';
import { settledShape } from './settledShape';

/**
 * T = 1,000 ada, R = 100 ada, a0 = 0, k = 5: z0 = 200, and every pool's saturated reward is
 * 100/5 = 20, so desirability (20 − cost) ranks the pools by cost: pool i (cost i) is ranked i,
 * and pools 0–4 are the top k, pool 5 is ranked exactly k.
 *
 * pool  pledge  delegations      stake  stake/z0
 *    0       0  190                190     0.95   (exactly near saturation)
 *    1       0  189                189     0.945  (just under)
 *    2      50  —                   50     0.25   (pledge only)
 *    3       0  150 + 110          260     1.3
 *    4     300  20                 320     1.6    (pledge alone above z0)
 *    5       0  30                  30     0.15   (ranked k: outside the top k)
 *    6       0  250 + 200          450     2.25   (250 > z0 is oversize; 200 = z0 is not)
 */
function world() {
	const { state, params } = handBuiltState(
		{ totalStakeAda: 1000, rewardPotAda: 100, k: 5, a0: 0 },
		[
			{ cost: 0 },
			{ cost: 1 },
			{ cost: 2, pledge: 50 },
			{ cost: 3 },
			{ cost: 4, pledge: 300 },
			{ cost: 5 },
			{ cost: 6 }
		],
		[
			[190, 0],
			[189, 1],
			[150, 3],
			[110, 3],
			[20, 4],
			[30, 5],
			[250, 6],
			[200, 6]
		]
	);
	return { state, shape: settledShape(state, paramsAt(params, 0)) };
}

describe('settledShape on a hand-built world (k = 5, z0 = 200)', () => {
	it('ranks the pools by cost, pool 5 at exactly k', () => {
		// Precondition of the cases below: desirability 20 − cost, best first.
		expect([...world().state.work.rankOrder]).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});

	it('maxRatio is the largest pool stake over z0: pool 6, 450/200 = 2.25', () => {
		expect(world().shape.maxRatio).toBe(2.25);
	});

	it('nearSaturated counts pools at 0.95 × z0 or more: pools 0 (exactly 0.95), 3, 4, 6, not pool 1 (0.945)', () => {
		expect(world().shape.nearSaturated).toBe(4);
	});

	it('poolsWithDelegations counts pools holding more than their pledge: all but pool 2 (stake = pledge 50), 6', () => {
		expect(world().shape.poolsWithDelegations).toBe(6);
	});

	it('excess counts stake above max(z0, pledge) in z0: (60 + 20 + 250)/200 = 1.65', () => {
		// Pool 3: 260 − 200 = 60; pool 4: 320 − max(200, 300) = 20; pool 6: 450 − 200 = 250.
		expect(world().shape.excess).toBeCloseTo(1.65, 12);
	});

	it('oversize counts delegations larger than z0: the 250 only, not the 200 at exactly z0', () => {
		expect(world().shape.oversize).toBe(1);
	});

	it('topShare is the share of delegations up to z0 held in pools ranked below k: 659/889', () => {
		// Delegations up to z0: 190 + 189 + 150 + 110 + 20 + 30 + 200 = 889 (the 250 left out).
		// In pools ranked 0–4: 190 + 189 + 150 + 110 + 20 = 659; pool 5 (ranked k) and 6 are out.
		expect(world().shape.topShare).toBeCloseTo(659 / 889, 12);
	});

	it('reports the epoch, k and the predicted count', () => {
		// Delegations D = 1,489 − 350 pledged = 1,139. Rank order needs 200, 200, 150 (pool 2's
		// pledge is 50), 200, 0 (pool 4's pledge is above z0) = 750 ≤ D, so all k = 5 fill.
		const { shape } = world();
		expect(shape).toMatchObject({ epoch: 0, k: 5, predicted: 5 });
	});
});
