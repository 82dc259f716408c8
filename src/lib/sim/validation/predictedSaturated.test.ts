import { describe, expect, it } from 'vitest';
import { handBuiltState, type HandPool } from '../handBuiltState';
import { paramsAt } from '../paramsAt';
import { rankPools } from '../rankPools';
import { delegatedShareTimesK, predictedSaturated } from './predictedSaturated';

/**
 * T = 1,000 ada, R = 100 ada, a0 = 0: every pool's saturated reward is the same, so the pools
 * rank by cost (pool i has cost i, ranked i). z0 = 1,000/k.
 */
function predicted(k: number, pools: HandPool[], delegations: [number, number][]) {
	const { state, params } = handBuiltState(
		{ totalStakeAda: 1000, rewardPotAda: 100, k, a0: 0 },
		pools.map((p, i) => ({ cost: i, ...p })),
		delegations
	);
	const e = paramsAt(params, 0);
	rankPools(state, e);
	return predictedSaturated(state, e);
}

describe('predictedSaturated', () => {
	it('fills pools in rank order while the delegations cover z0 − pledge: 1,100 ada at z0 = 250 fills 4', () => {
		// k = 4, z0 = 250, pledges 0, 100, 0, 0, 0 ranked 0–4. Delegations D = 1,100: needs 250,
		// 150, 250, 250 = 900 ≤ 1,100, so 4 fill; k = 4 caps the count there.
		expect(predicted(4, [{}, { pledge: 100 }, {}, {}, {}], [[1000, 0]])).toBe(4);
	});

	it('stops at the first pool the remaining delegations cannot fill: 700 ada at z0 = 250 fills 2', () => {
		// k = 4, five pools, no pledge: 250 + 250 = 500 ≤ 700, a third needs 250 > 200 left.
		expect(predicted(4, [{}, {}, {}, {}, {}], [[700, 4]])).toBe(2);
	});

	it('fills a pool whose need equals the room left exactly: 500 ada at z0 = 250 fills 2', () => {
		// After the first pool 250 is left, and the second needs exactly 250: it fills.
		expect(predicted(4, [{}, {}, {}, {}], [[500, 3]])).toBe(2);
	});

	it('caps the count at k even with delegations for more: k = 2, 1,500 ada fills 2 of 3 pools', () => {
		// z0 = 500: 1,500 ada could fill all 3 pools, but pools ranked k or below count as unsaturated.
		expect(predicted(2, [{}, {}, {}], [[1500, 2]])).toBe(2);
	});

	it('caps the count at the number of pools when k is larger: k = 4, 3 pools, 1,000 ada fills 3', () => {
		// z0 = 250: 3 × 250 = 750 ≤ 1,000, and there is no fourth pool.
		expect(predicted(4, [{}, {}, {}], [[1000, 0]])).toBe(3);
	});
});

describe('delegatedShareTimesK', () => {
	it('is the delegated share of T (pledges excluded) times k: 300/1,000 × 4 = 1.2', () => {
		// Pledges 100 and 50, delegations 300: total stake 450, of which 300 delegated.
		const { state, params } = handBuiltState(
			{ totalStakeAda: 1000, rewardPotAda: 100, k: 4, a0: 0 },
			[{ pledge: 100 }, { pledge: 50 }],
			[
				[200, 0],
				[100, 1]
			]
		);
		expect(delegatedShareTimesK(state, paramsAt(params, 0))).toBeCloseTo(1.2, 12);
	});
});
