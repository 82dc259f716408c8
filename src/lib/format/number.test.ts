import { describe, expect, it } from 'vitest';
import { formatLeverage, formatStake } from './number';

describe('formatLeverage', () => {
	it.each([
		[10, '10×'],
		[2.5, '2.5×'],
		[770.887, '771×'],
		[1234.4, '1,234×'],
		[40_000_001, '40M×'],
		[12_345, '12.3k×'],
		[Infinity, '∞'],
		[NaN, '∞']
	])('formatLeverage(%d) is %j', (value, expected) => {
		expect(formatLeverage(value)).toBe(expected);
	});
});

describe('formatStake', () => {
	it.each([
		[40_000_000, '40M'],
		[76_988_776, '77M'],
		[100_000, '100k'],
		[1500, '1,500'],
		[9, '9'],
		[0.25, '0.25'],
		[2_000_000_000, '2B']
	])('formatStake(%d) is %j', (value, expected) => {
		expect(formatStake(value)).toBe(expected);
	});
});
