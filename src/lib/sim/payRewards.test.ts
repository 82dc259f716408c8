import { describe, expect, it } from 'vitest';
import type { SimState } from './createState';
import type { EpochParams } from './paramsAt';
import { epochsPerYear, payRewards } from './payRewards';

// R = 1,300, k = 10, a0 = 0.3, total stake 1,000: saturation 100, R/(1 + a0) = 1,000.
const e: EpochParams = {
	epoch: 0,
	k: 10,
	a0: 0.3,
	leverageCap: undefined,
	rewardPotAda: 1300,
	totalStakeAda: 1000,
	saturationAda: 100
};

function stateWith(marks: number[], pledge: number[], cost: number[], margin: number[]) {
	return {
		epoch: 0,
		poolStake: Float64Array.from(marks),
		marks: Float64Array.from(marks),
		pools: {
			pledge: Float64Array.from(pledge),
			cost: Float64Array.from(cost),
			margin: Float64Array.from(margin)
		},
		poolReward: new Float64Array(marks.length),
		memberYield: new Float64Array(marks.length)
	} as unknown as SimState;
}

describe('payRewards', () => {
	it('payRewards: a saturated pool (cost 10, margin 10 %) pays 0.81 per ada, a half-size one 0.8', () => {
		const state = stateWith([100, 50], [0, 0], [10, 10], [0.1, 0]);
		const { meanYield, yieldSpread } = payRewards(state, e);
		expect([...state.poolReward]).toEqual([100, 50]);
		expect(state.memberYield[0]).toBeCloseTo(0.81, 12);
		expect(state.memberYield[1]).toBeCloseTo(0.8, 12);
		// Weighted by member stake 100 and 50: mean (81 + 40) / 150; deviations 1/300 and −2/300.
		expect(meanYield).toBeCloseTo((121 / 150) * epochsPerYear, 10);
		const spread = Math.sqrt((100 * (1 / 300) ** 2 + 50 * (2 / 300) ** 2) / 150);
		expect(yieldSpread).toBeCloseTo(spread * epochsPerYear, 10);
	});
	it('payRewards leaves out pledge: a pool of pure pledge adds nothing to the mean', () => {
		const state = stateWith([100, 100], [0, 100], [0, 0], [0, 0]);
		const { meanYield, yieldSpread } = payRewards(state, e);
		expect(state.poolReward[1]).toBeCloseTo(130, 10);
		expect(meanYield).toBeCloseTo(1 * epochsPerYear, 10);
		expect(yieldSpread).toBe(0);
	});
	it('payRewards with no delegated stake at all (every pool pure pledge): mean and spread 0, not NaN', () => {
		const state = stateWith([100, 50], [100, 50], [0, 0], [0, 0]);
		expect(payRewards(state, e)).toEqual({ meanYield: 0, yieldSpread: 0 });
	});
	it('epochsPerYear is 73.05 (432,000 one-second slots per epoch, Julian year)', () => {
		expect(epochsPerYear).toBeCloseTo(73.05, 12);
	});
});
