import { describe, expect, it } from 'vitest';
import type { SimState } from './createState';
import { epochMetrics } from './epochMetrics';
import type { EpochParams } from './paramsAt';

const e: EpochParams = {
	epoch: 3,
	k: 4,
	a0: 0.3,
	leverageCap: 50,
	rewardPotAda: 1000,
	totalStakeAda: 400,
	saturationAda: 100
};

describe('epochMetrics', () => {
	it('epochMetrics of pools holding 150, 10 (all pledge) and 40 ada, saturation 100', () => {
		const state = {
			poolStake: Float64Array.from([150, 10, 40]),
			pools: { pledge: Float64Array.from([0, 10, 5]) },
			work: { sorted: new Float64Array(3) }
		} as unknown as SimState;
		const moves = { movers: 9, moves: 4, movedStake: 70 };
		const yields = { meanYield: 0.03, yieldSpread: 0.01 };
		expect(epochMetrics(state, e, moves, yields)).toEqual({
			epoch: 3,
			k: 4,
			a0: 0.3,
			leverageCap: 50,
			saturationAda: 100,
			totalStake: 200,
			poolsWithStake: 2,
			poolsOverSaturation: 1,
			excessStake: 50,
			maxPoolStakeRatio: 1.5,
			nakamoto: 1,
			hhi: 0.75 ** 2 + 0.05 ** 2 + 0.2 ** 2,
			meanYield: 0.03,
			yieldSpread: 0.01,
			movers: 9,
			moves: 4,
			movedStake: 70
		});
	});
});
