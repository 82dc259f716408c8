import { describe, expect, it } from 'vitest';
import { rational } from '../exact/rational';
import { matchOutput } from './matchOutput';

describe('matchOutput', () => {
	it.each([
		['21600', 21600n],
		['21600', 21600],
		['3599/3600', rational(3599n, 3600n)],
		['1', rational(1n)],
		['0.0222', 5 / 225],
		['1.1600', 261 / 225],
		['0.166253', rational(2023n * 8218125n, 100n * 10n ** 9n)],
		['Infinity', Infinity],
		['none', 'none']
	] as const)('matchOutput(%s, %s) matches', (expected, actual) => {
		expect(matchOutput(expected, actual)).toBeNull();
	});

	it.each([
		['21600', 21601n],
		['21600', 21600.5],
		['3599/3600', rational(3600n, 3599n)],
		['3599/3600', 3599 / 3600],
		['0.0222', 0.02226],
		['0.0222', 0.0221],
		['Infinity', 1e308],
		['none', null]
	] as const)('matchOutput(%s, %s) reports a mismatch', (expected, actual) => {
		expect(matchOutput(expected, actual)).not.toBeNull();
	});

	it('matchOutput checks a { num, den, value } ratio exactly and by value', () => {
		const ratio = { num: '32000000000', den: '17600000000', value: '1.818182' };
		expect(matchOutput(ratio, rational(20n, 11n))).toBeNull();
		expect(matchOutput(ratio, 1.818182)).not.toBeNull();
		expect(matchOutput({ num: '1', den: '0', value: 'Infinity' }, Infinity)).toBeNull();
		expect(matchOutput({ num: '1', den: '0', value: 'Infinity' }, rational(1n))).not.toBeNull();
	});

	it('matchOutput compares booleans strictly', () => {
		expect(matchOutput(true, true)).toBeNull();
		expect(matchOutput(false, 0n)).not.toBeNull();
	});
});
