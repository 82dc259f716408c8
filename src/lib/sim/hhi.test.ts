import { describe, expect, it } from 'vitest';
import { hhi } from './hhi';

describe('hhi', () => {
	it.each([
		[[3, 1], 0.625],
		[[1, 1, 1, 1], 0.25],
		[[5, 0, 0], 1],
		[[2, 2, 4], 0.375],
		[[], 0],
		[[0, 0], 0]
	])('hhi(%j) is %d', (stakes, expected) => {
		expect(hhi(Float64Array.from(stakes))).toBeCloseTo(expected, 12);
	});
});
