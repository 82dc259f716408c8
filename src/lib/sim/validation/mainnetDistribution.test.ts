import { describe, expect, it } from 'vitest';
import * as observed from './mainnetDistribution';

const all = Object.entries(observed) as [string, observed.Observed][];

describe('mainnetDistribution: published shapes with their sources', () => {
	it('holds the four observations', () => {
		expect(all.map(([name]) => name).sort()).toEqual([
			'poolsHoldingHalf',
			'poolsMakingBlocks',
			'poolsWithStake',
			'top500Share'
		]);
	});

	it.each(all)('%s has a label and a note', (_, o) => {
		expect(o.label.length).toBeGreaterThan(10);
		expect(o.note.length).toBeGreaterThan(10);
	});

	it.each(all)('%s has an https source and an ISO date', (_, o) => {
		expect(o.source).toMatch(/^https:\/\/\S+$/);
		expect(o.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(new Date(o.asOf).toISOString().slice(0, 10)).toBe(o.asOf);
	});

	it('epoch 256 (2021-03-30, one post): 2,160 pools with stake, 183 holding half, 92.04 % in the top 500', () => {
		const post =
			'https://www.reddit.com/r/CardanoStakePools/comments/mggseu/some_statistics_about_stake_distribution_and/';
		for (const o of [observed.poolsWithStake, observed.poolsHoldingHalf, observed.top500Share]) {
			expect(o.source).toBe(post);
			expect(o.asOf).toBe('2021-03-30');
			expect(o.note).toMatch(/^epoch 256/);
		}
		expect(observed.poolsWithStake.value).toBe(2160);
		expect(observed.poolsHoldingHalf.value).toBe(183);
		expect(observed.top500Share.value).toBe(0.9204);
	});

	it('epoch 538 (2025-02-03, cf-java-rewards-calculation): 1,040 pools made a block', () => {
		const o = observed.poolsMakingBlocks;
		expect(o.value).toBe(1040);
		expect(o.asOf).toBe('2025-02-03');
		expect(o.source).toBe(
			'https://github.com/cardano-foundation/cf-java-rewards-calculation/blob/main/report/statistics.csv'
		);
		expect(o.note).toMatch(/^epoch 538/);
	});

	it('labels say what is counted', () => {
		expect(observed.poolsWithStake.label).toBe('pools with active stake');
		expect(observed.poolsHoldingHalf.label).toMatch(/^largest pools that together hold half/);
		expect(observed.top500Share.label).toBe('share of active stake in the 500 largest pools');
		expect(observed.poolsMakingBlocks.label).toBe('pools making at least one block in the epoch');
	});
});
