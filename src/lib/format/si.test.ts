import { describe, expect, it } from 'vitest';
import { formatSI, parseSI } from './si';

describe('parseSI', () => {
	it.each([
		['40M', 40_000_000],
		['100k', 100_000],
		['100K', 100_000],
		['1.5B', 1_500_000_000],
		['1,000', 1000],
		['2e6', 2_000_000],
		[' 7 ', 7],
		['0.3', 0.3],
		['.5', 0.5],
		['-2', -2]
	])('parseSI(%j) equals %d', (text, expected) => {
		expect(parseSI(text)).toBe(expected);
	});
	it.each(['', 'abc', '1..2', '12x', '<script>', 'NaN', 'Infinity', '1M2'])(
		'parseSI(%j) is NaN',
		(text) => {
			expect(parseSI(text)).toBeNaN();
		}
	);
});

describe('formatSI', () => {
	it.each([
		[40_000_000, '40M'],
		[150_000, '150k'],
		[1_500_000_000, '1.5B'],
		[0.3, '0.3'],
		[999, '999'],
		[123_456, '123.456k'],
		[0, '0']
	])('formatSI(%d) is %j', (value, expected) => {
		expect(formatSI(value)).toBe(expected);
	});
	it('parseSI(formatSI(x)) is x', () => {
		for (const x of [1, 12.5, 76_988_776.306, 1e9, 0.001, 4_000_001]) {
			expect(parseSI(formatSI(x))).toBe(x);
		}
	});
});
