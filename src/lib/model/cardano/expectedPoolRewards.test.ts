import { describe, expect, it } from 'vitest';
import { epochsPerYear } from './epochsPerYear';
import { expectedPoolRewards } from './expectedPoolRewards';

const network = { rewardPotAda: 1000, k: 10, a0: 0, totalStakeAda: 1000 };
const pool = { pledgeAda: 1, costAda: 10, margin: 0.1 };

describe('expectedPoolRewards', () => {
	it('a saturated pool of the ledger example: pool 100, operator 19.81, member 0.81 per ada', () => {
		const r = expectedPoolRewards(100, pool, network);
		expect(r.poolReward).toBeCloseTo(100, 12);
		expect(r.operatorReward).toBeCloseTo(19.81, 12);
		expect(r.memberRewardPerAda).toBeCloseTo(0.81, 12);
	});

	it('past saturation the pool reward stays put and each ada gets less: 200 ada → 0.405', () => {
		const r = expectedPoolRewards(200, pool, network);
		expect(r.poolReward).toBeCloseTo(100, 12);
		expect(r.memberRewardPerAda).toBeCloseTo(0.405, 12);
	});

	it('with a0 = 0.3 a zero-pledge saturated pool gets R/k/1.3 and a fully pledged one R/k', () => {
		const withA0 = { ...network, a0: 0.3 };
		const zero = expectedPoolRewards(100, { ...pool, pledgeAda: 0 }, withA0);
		const full = expectedPoolRewards(100, { ...pool, pledgeAda: 100 }, withA0);
		expect(zero.poolReward).toBeCloseTo(100 / 1.3, 12);
		expect(full.poolReward).toBeCloseTo(100, 12);
	});

	it('a pool below its cost pays its members nothing and a pool below its pledge nothing at all', () => {
		expect(expectedPoolRewards(5, pool, network)).toEqual({
			poolReward: 5,
			operatorReward: 5,
			memberRewardPerAda: 0
		});
		expect(expectedPoolRewards(0.5, pool, network).poolReward).toBe(0);
		expect(expectedPoolRewards(0, { ...pool, pledgeAda: 0 }, network).poolReward).toBe(0);
	});
});

describe('epochsPerYear', () => {
	it('epochsPerYear() is 365.25 days of five-day epochs: 73.05', () => {
		expect(epochsPerYear()).toBeCloseTo(73.05, 12);
	});
});
