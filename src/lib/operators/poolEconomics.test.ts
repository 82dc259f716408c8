import { describe, expect, it } from 'vitest';
import {
	costPerPool,
	delegatorUtility,
	desirability,
	marginToMatch,
	operatorUtility,
	pledgePerPool
} from './poolEconomics';
import { potentialProfit, rewardScheme, saturationThreshold } from './rewardScheme';

const scheme = rewardScheme(100, 0.3);

describe('pool economics (R = 1, stake as a fraction of all stake)', () => {
	it('charges each extra pool φ of the first one', () => {
		// three pools at c = 1e-4, φ = 0.4: (1 + 2 × 0.4) × 1e-4 / 3 = 6e-5 each
		expect(costPerPool(3, 1e-4, 0.4)).toBeCloseTo(6e-5, 15);
		expect(costPerPool(1, 1e-4, 0.4)).toBe(1e-4);
	});

	it('splits the pledge evenly but never beyond saturation', () => {
		expect(pledgePerPool(0.05, 2, 0.01)).toBe(0.01);
		expect(pledgePerPool(0.01, 4, 0.01)).toBe(0.0025);
	});

	it('sets the margin that makes (1 − m)·profit equal the target', () => {
		expect(marginToMatch(0.008, 0.006)).toBeCloseTo(0.25, 15);
		expect(marginToMatch(0.005, 0.006)).toBe(0);
		expect(marginToMatch(-0.001, 0.006)).toBe(0);
		expect(desirability(0.25, 0.008)).toBeCloseTo(0.006, 15);
		expect(desirability(0.5, -0.002)).toBe(0);
	});

	it('pays a saturated pool maxPool and splits it as the ledger does', () => {
		// reward = (0.01 + 0.001 × 0.3 × 0.01 / 0.01) / 1.3 = 0.0103 / 1.3; profit = reward − 1e-4
		const profit = 0.0103 / 1.3 - 1e-4;
		expect(potentialProfit(scheme, 0.001, 1e-4)).toBeCloseTo(profit, 15);
		// operator: margin 10 % plus 90 % of the rest in proportion to its pledge (1/10 of the pool)
		expect(operatorUtility(scheme, 0.01, 0.001, 0.1, 1e-4)).toBeCloseTo(profit * 0.19, 15);
		// a delegator holding 1/5 of the pool
		expect(delegatorUtility(scheme, 0.002, 0.01, 0.001, 0.1, 1e-4)).toBeCloseTo(
			profit * 0.9 * 0.2,
			15
		);
	});

	it('makes a pool that earns less than its cost a loss for its operator and nothing for delegators', () => {
		const tiny = 1e-5;
		const reward = (tiny + (tiny * 0.3 * (tiny - (tiny * (0.01 - tiny)) / 0.01)) / 0.01) / 1.3;
		expect(operatorUtility(scheme, tiny, tiny, 0, 1e-4)).toBeCloseTo(reward - 1e-4, 15);
		expect(delegatorUtility(scheme, tiny, 2 * tiny, tiny, 0, 1e-4)).toBe(0);
	});

	it('saturates a pool at L·pledge under the CIP-50 cap', () => {
		expect(saturationThreshold(scheme, 0.0005)).toBe(0.01);
		const capped = rewardScheme(100, 0.3, 10);
		expect(saturationThreshold(capped, 0.0005)).toBe(0.005);
		// the capped pool's potential reward is its reward at σ' = 0.005, p' = 0.0005
		const reward = (0.005 + (0.0005 * 0.3 * (0.005 - (0.0005 * 0.005) / 0.01)) / 0.01) / 1.3;
		expect(potentialProfit(capped, 0.0005, 0)).toBeCloseTo(reward, 15);
	});
});
