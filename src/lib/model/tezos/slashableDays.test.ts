import { describe, expect, it } from 'vitest';
import { tezosSlashableDays } from './slashableDays';

describe('tezosSlashableDays', () => {
	it('denunciations for 1 + 1 cycles of a day, unstaking 4 cycles, so staked tez answer for 2 days', () => {
		expect(tezosSlashableDays()).toEqual({ denunciationDays: 2, unstakeDays: 4, stakedDays: 2 });
	});
});
