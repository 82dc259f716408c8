import { describe, expect, it } from 'vitest';
import { formatCount, poolsAre } from './count';

describe('formatCount', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[1000, '1,000'],
		[1_234_567, '1,234,567']
	])('formatCount(%d) is %j', (count, expected) => {
		expect(formatCount(count)).toBe(expected);
	});
});

describe('poolsAre', () => {
	it.each([
		[0, 'no pool is'],
		[1, 'one pool is'],
		[2, '2 pools are'],
		[3000, '3,000 pools are']
	])('poolsAre(%d) is %j', (count, expected) => {
		expect(poolsAre(count)).toBe(expected);
	});
});
