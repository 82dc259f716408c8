import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toNumber, ZERO } from '../exact/rational';
import { apparentPerformance } from './apparentPerformance';
import { apparentPerformanceFast } from './apparentPerformanceFast';

describe('apparentPerformanceFast', () => {
	it('apparentPerformanceFast(30, 21600, 30M, 21.6B) is 1 and a lucky 500 ada pool 2000', () => {
		expect(apparentPerformanceFast(30, 21_600, 30e6, 21.6e9)).toBeCloseTo(1, 12);
		expect(apparentPerformanceFast(1, 21_600, 500, 21.6e9)).toBeCloseTo(2000, 9);
	});
	it('apparentPerformanceFast of an empty pool is 0', () => {
		expect(apparentPerformanceFast(3, 21_600, 0, 21.6e9)).toBe(0);
	});
	it('apparentPerformanceFast tracks the exact rational to 1e-9 relative', () => {
		fc.assert(
			fc.property(
				fc.bigInt(0n, 22_000n),
				fc.bigInt(0n, 22_000n),
				fc.bigInt(1n, 10n ** 15n),
				fc.bigInt(10n ** 15n, 4n * 10n ** 16n),
				(n, total, pool, active) => {
					const exact = toNumber(apparentPerformance(ZERO, n, total, pool, active));
					const fast = apparentPerformanceFast(
						Number(n),
						Number(total),
						Number(pool),
						Number(active)
					);
					expect(Math.abs(fast - exact)).toBeLessThanOrEqual(1e-9 * exact);
				}
			)
		);
	});
});
