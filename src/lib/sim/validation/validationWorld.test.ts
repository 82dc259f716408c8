import { describe, expect, it } from 'vitest';
import { presets } from '../presets';
import { validationWorld } from './validationWorld';

const mainnet = presets.mainnet;

describe('validationWorld', () => {
	it('mainnet is the mainnet preset itself', () => {
		expect(validationWorld('mainnet')).toBe(mainnet);
	});

	it('test: 300 pools, 30,000 delegators, k = 50', () => {
		expect(validationWorld('test')).toMatchObject({ pools: 300, delegators: 30_000, k: 50 });
	});

	it('test: stake totals and reward pot shrink by 50/500 = 1/10', () => {
		const test = validationWorld('test');
		expect(test.totalStakeAda).toBe(Math.round(mainnet.totalStakeAda / 10));
		expect(test.delegatedStakeAda).toBe(Math.round(mainnet.delegatedStakeAda / 10));
		expect(test.rewardPotAda).toBe(Math.round(mainnet.rewardPotAda / 10));
	});

	it("test: the saturation point T/k stays mainnet's (to the rounding of T)", () => {
		const test = validationWorld('test');
		expect(Math.abs(test.totalStakeAda / test.k - mainnet.totalStakeAda / mainnet.k)).toBeLessThan(
			0.01
		);
	});

	it('test: every other parameter is mainnet’s', () => {
		const test = validationWorld('test');
		const { pools, delegators, k, totalStakeAda, delegatedStakeAda, rewardPotAda } = mainnet;
		const sizes = { pools, delegators, k, totalStakeAda, delegatedStakeAda, rewardPotAda };
		expect({ ...test, ...sizes }).toEqual(mainnet);
	});
});
