import { describe, expect, it } from 'vitest';
import { decadeTicks } from './decadeTicks';

describe('decadeTicks', () => {
	it('decadeTicks(1, 1e9, 2) is every other power of ten', () => {
		expect(decadeTicks(1, 1e9, 2)).toEqual([1, 100, 1e4, 1e6, 1e8]);
	});
	it('decadeTicks(0.01, 10) includes the fractional decades exactly', () => {
		expect(decadeTicks(0.01, 10)).toEqual([0.01, 0.1, 1, 10]);
	});
});
