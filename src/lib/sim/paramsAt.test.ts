import { describe, expect, it } from 'vitest';
import { paramsAt } from './paramsAt';
import { presets } from './presets';

const params = {
	...presets.small,
	k: 10,
	changes: [
		{ epoch: 5, k: 20 },
		{ epoch: 8, leverageCap: 100, a0: 0.1 },
		{ epoch: 12, leverageCap: null }
	]
};

describe('paramsAt', () => {
	it('paramsAt(params, epoch) applies every change up to and including the epoch', () => {
		expect(paramsAt(params, 4)).toMatchObject({ k: 10, a0: 0.3, leverageCap: undefined });
		expect(paramsAt(params, 5)).toMatchObject({ k: 20, a0: 0.3, leverageCap: undefined });
		expect(paramsAt(params, 8)).toMatchObject({ k: 20, a0: 0.1, leverageCap: 100 });
		expect(paramsAt(params, 12)).toMatchObject({ k: 20, a0: 0.1, leverageCap: undefined });
	});
	it('paramsAt(params, epoch).saturationAda equals totalStakeAda / k', () => {
		expect(paramsAt(params, 0).saturationAda).toBe(params.totalStakeAda / 10);
		expect(paramsAt(params, 6).saturationAda).toBe(params.totalStakeAda / 20);
	});
});
