import { describe, expect, it } from 'vitest';
import { cosmosSlashableDays } from './slashableDays';

describe('cosmosSlashableDays', () => {
	it('defaults: evidence accepted for max(48 h, 100,000 · 1 s = 27.8 h) = 2 days, unbonding 21', () => {
		expect(cosmosSlashableDays()).toEqual({ evidenceDays: 2, unbondingDays: 21, stakedDays: 2 });
	});

	it('6 s blocks: 100,000 blocks last 6.94 days, longer than 48 h, so the blocks decide', () => {
		expect(cosmosSlashableDays(6).evidenceDays).toBeCloseTo(600_000 / 86_400, 12);
		expect(cosmosSlashableDays(6).stakedDays).toBeCloseTo(6.944444, 6);
	});

	it('a chain whose evidence limits outlast unbonding is bounded by the 21-day unbonding', () => {
		expect(cosmosSlashableDays(1, 24 * 30, 1).stakedDays).toBe(21);
	});
});
