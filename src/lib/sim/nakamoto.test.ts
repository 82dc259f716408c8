import { describe, expect, it } from 'vitest';
import { nakamoto } from './nakamoto';

describe('nakamoto', () => {
	it.each([
		[[5, 3, 2], 2, 'exactly half is not more than half'],
		[[6, 1, 1, 1, 1], 1, 'one pool with 60 %'],
		[[1, 1, 1, 1], 3, 'four equal pools'],
		[[2, 9, 1, 3, 5], 2, 'unsorted input: 9 + 5 = 14 of 20'],
		[[10], 1, 'a single pool'],
		[[0, 0, 0], 0, 'no stake'],
		[[], 0, 'no pools']
	])('nakamoto(%j) is %i (%s)', (stakes, expected) => {
		expect(nakamoto(Float64Array.from(stakes))).toBe(expected);
	});
	it('nakamoto(stakes, scratch) leaves stakes unsorted and accepts a longer scratch', () => {
		const stakes = Float64Array.from([1, 7, 2]);
		expect(nakamoto(stakes, new Float64Array(10).fill(99))).toBe(1);
		expect([...stakes]).toEqual([1, 7, 2]);
	});
});
