import { describe, expect, it } from 'vitest';
import { activeStakeAda, totalStakeAda } from '../params/cardanoPopulation';
import { kesPeriodDays } from './kesPeriodDays';
import { maxSaturatedPools } from './maxSaturatedPools';
import { redelegationLagDays } from './redelegationLagDays';

describe('redelegationLagDays', () => {
	it('two epoch boundaries of 5-day epochs: 5 to 10 days', () => {
		expect(redelegationLagDays()).toEqual({ earliest: 5, latest: 10 });
	});
});

describe('maxSaturatedPools', () => {
	it('epoch 538: 21.77B ada delegated fills at most 289 pools of 75.13M', () => {
		expect(maxSaturatedPools(activeStakeAda.value, totalStakeAda.value, 500)).toBe(289);
	});
	it('all stake delegated fills exactly k pools', () => {
		expect(maxSaturatedPools(1000, 1000, 500)).toBe(500);
	});
});

describe('kesPeriodDays', () => {
	it('129,600 one-second slots = 1.5 days; 62 evolutions = 93 days', () => {
		expect(kesPeriodDays()).toEqual({ periodDays: 1.5, certificateDays: 93 });
	});
});
