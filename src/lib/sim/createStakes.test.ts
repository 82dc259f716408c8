import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStakes } from './createStakes';
import { createRng } from './rng';

describe('createStakes', () => {
	it('createStakes(count, total) gives whole-ada stakes of at least 1 summing exactly to total', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 300 }),
				fc.integer({ min: 0, max: 1e12 }),
				fc.double({ min: 0, max: 4, noNaN: true }),
				fc.nat(),
				(count, extra, spread, seed) => {
					const total = count + extra;
					const stakes = createStakes(count, total, spread, createRng(seed));
					expect(stakes.every((s) => Number.isInteger(s) && s >= 1)).toBe(true);
					expect(stakes.reduce((a, b) => a + b, 0)).toBe(total);
				}
			)
		);
	});
	it('createStakes with spread 2.2 is heavy-tailed: the top 1 % hold over a quarter', () => {
		const stakes = [...createStakes(10_000, 1e9, 2.2, createRng(1))].sort((a, b) => b - a);
		const top = stakes.slice(0, 100).reduce((a, b) => a + b, 0);
		expect(top / 1e9).toBeGreaterThan(0.25);
	});
});
