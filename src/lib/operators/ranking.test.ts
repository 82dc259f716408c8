import { describe, expect, it } from 'vitest';
import { gamePool } from '../../../tests/support/gamePool';
import { ranksAbove } from './pool';
import { Ranking } from './ranking';

const pool = (id: number, desirability: number, potentialProfit: number, threshold = 0.25) =>
	gamePool({ id, desirability, potentialProfit, threshold });

describe('Ranking', () => {
	it('orders by desirability, then potential profit, then the older pool', () => {
		const a = pool(1, 0.5, 0.9);
		const b = pool(2, 0.5, 1);
		const c = pool(3, 0.5, 1);
		const d = pool(4, 0.6, 0.7);
		expect(ranksAbove(d, a)).toBe(true);
		expect(ranksAbove(b, a)).toBe(true);
		expect(ranksAbove(b, c)).toBe(true);
		expect(ranksAbove(c, b)).toBe(false);
		const ranking = new Ranking(1);
		for (const p of [a, b, c, d]) ranking.add(p);
		ranking.reindex();
		expect(ranking.pools.map((p) => p.id)).toEqual([4, 2, 3, 1]);
		expect([a, b, c, d].map((p) => p.rank)).toEqual([3, 1, 2, 0]);
	});

	it('expects a pool to fill only while the pools above it leave stake over', () => {
		const ranking = new Ranking(1);
		const pools = [0.9, 0.8, 0.7, 0.6, 0.5].map((d, i) => pool(i + 1, d, d));
		for (const p of pools) ranking.add(p);
		ranking.reindex();
		// four pools of threshold 1/4 cover all the stake: the fifth is crowded out
		expect(ranking.coversStake(ranking.thresholdSumAbove(3))).toBe(true);
		expect(ranking.coversStake(ranking.thresholdSumAbove(4))).toBe(false);
		ranking.removeAll([pools[0]]);
		ranking.reindex();
		expect(ranking.coversStake(ranking.thresholdSumAbove(pools[4].rank))).toBe(true);
	});

	it('after a move renumbers from the first place it changed, with the sums of a full count', () => {
		const ranking = new Ranking(1);
		// thresholds 1/8, 1/4, 3/8, … so every running sum is exact and checkable by hand
		const pools = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4].map((d, i) => pool(i + 1, d, d, (i + 1) / 8));
		for (const p of pools) ranking.add(p);
		ranking.reindex();
		expect([0, 1, 2, 3, 4, 5, 6].map((i) => ranking.thresholdSumAbove(i))).toEqual([
			0, 0.125, 0.375, 0.75, 1.25, 1.875, 2.625
		]);
		// pools 3 and 5 leave; pool 3 comes back below pool 6
		ranking.removeAll([pools[4], pools[2]]);
		pools[2].desirability = 0.3;
		ranking.add(pools[2]);
		ranking.reindex();
		expect(ranking.pools.map((p) => p.id)).toEqual([1, 2, 4, 6, 3]);
		expect(ranking.pools.map((p) => p.rank)).toEqual([0, 1, 2, 3, 4]);
		// above each: 1/8; 1/8 + 2/8; + 4/8; + 6/8; in all + 3/8
		expect([0, 1, 2, 3, 4, 5].map((i) => ranking.thresholdSumAbove(i))).toEqual([
			0, 0.125, 0.375, 0.875, 1.625, 2
		]);
	});

	it('refuses to remove a pool whose rank is out of date', () => {
		const ranking = new Ranking(1);
		const [a, b] = [pool(1, 0.9, 0.9), pool(2, 0.8, 0.8)];
		ranking.add(a);
		ranking.add(b);
		ranking.reindex();
		ranking.removeAll([a]);
		expect(() => ranking.removeAll([b])).toThrow('pool 2 is not at its rank 1');
	});
});
