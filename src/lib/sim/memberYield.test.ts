import { describe, expect, it } from 'vitest';
import { memberYield, yieldPeakStake } from './memberYield';
import type { EpochParams } from './paramsAt';

// R = 1,300, k = 10, a0 = 0.3, total stake 1,000: saturation at 100; R/(1 + a0) = 1,000.
const e: EpochParams = {
	epoch: 0,
	k: 10,
	a0: 0.3,
	leverageCap: undefined,
	rewardPotAda: 1300,
	totalStakeAda: 1000,
	saturationAda: 100
};
const pools = {
	pledge: Float64Array.from([0, 100, 0, 2]),
	cost: Float64Array.from([0, 0, 10, 0]),
	margin: Float64Array.from([0, 0, 0.1, 0])
};

describe('memberYield', () => {
	it.each([
		[0, 100, 1, 'saturated, no pledge: 1,000 · 1/10 = 100 over 100 ada'],
		[1, 100, 1.3, 'saturated, fully pledged: R/k = 130 over 100 ada'],
		[0, 200, 0.5, 'twice saturated: the same 100 over 200 ada'],
		[2, 100, 0.81, 'cost 10 and margin 10 %: (100 − 10) · 0.9 / 100'],
		[2, 5, 0, 'at 5 ada the pool reward 1,000 · 0.005 = 5 is below the cost 10'],
		[0, 0, 0, 'an empty pool']
	])('memberYield(pool %i, stake %d) is %d (%s)', (p, stake, expected) => {
		expect(memberYield(pools, p, stake, e)).toBeCloseTo(expected, 12);
	});
	it('memberYield with the CIP-50 cap L = 10 pays a zero-pledge pool nothing and caps pledge 2 at 20 ada', () => {
		const capped = { ...e, leverageCap: 10 };
		expect(memberYield(pools, 0, 100, capped)).toBe(0);
		expect(yieldPeakStake(pools, 3, capped)).toBe(20);
		expect(yieldPeakStake(pools, 3, e)).toBe(100);
		expect(memberYield(pools, 3, 40, capped)).toBeCloseTo(
			memberYield(pools, 3, 20, capped) / 2,
			12
		);
	});
	it('memberYield peaks at yieldPeakStake: rising before it, falling after', () => {
		for (const p of [0, 1, 2]) {
			const peak = memberYield(pools, p, 100, e);
			for (const stake of [20, 50, 99, 101, 150, 400]) {
				expect(memberYield(pools, p, stake, e)).toBeLessThanOrEqual(peak);
			}
			expect(memberYield(pools, p, 50, e)).toBeLessThanOrEqual(memberYield(pools, p, 80, e));
		}
	});
});
