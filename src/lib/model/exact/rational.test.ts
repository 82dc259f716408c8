import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRational } from './parseRational';
import {
	add,
	ceil,
	compare,
	div,
	floor,
	formatRational,
	mul,
	rational,
	sub,
	toNumber
} from './rational';

describe('rational', () => {
	it('rational(6, -4) is reduced to -3/2', () => {
		expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
	});
	it('rational(1, 0) throws', () => {
		expect(() => rational(1n, 0n)).toThrow(RangeError);
	});
	it('add, sub, mul, div of 1/3 and 1/6 are 1/2, 1/6, 1/18, 2', () => {
		const a = rational(1n, 3n);
		const b = rational(1n, 6n);
		expect(formatRational(add(a, b))).toBe('1/2');
		expect(formatRational(sub(a, b))).toBe('1/6');
		expect(formatRational(mul(a, b))).toBe('1/18');
		expect(formatRational(div(a, b))).toBe('2');
	});
	it.each([
		[7n, 2n, 3n, 4n],
		[-7n, 2n, -4n, -3n],
		[6n, 3n, 2n, 2n],
		[-6n, 3n, -2n, -2n]
	])('floor and ceil of %d/%d are %d and %d', (n, d, f, c) => {
		expect(floor(rational(n, d))).toBe(f);
		expect(ceil(rational(n, d))).toBe(c);
	});
	it('toNumber(1833333333333287/1833333333333350) is close to 1 - 3.4e-14', () => {
		expect(toNumber(rational(1833333333333287n, 1833333333333350n))).toBeCloseTo(
			1 - 63 / 1833333333333350,
			15
		);
	});
	it('compare orders rationals like their cross products', () => {
		fc.assert(
			fc.property(
				fc.bigInt(-1000n, 1000n),
				fc.bigInt(1n, 1000n),
				fc.bigInt(-1000n, 1000n),
				fc.bigInt(1n, 1000n),
				(a, b, c, d) => {
					const expected = Math.sign(Number(a * d - c * b));
					expect(compare(rational(a, b), rational(c, d))).toBe(expected);
				}
			)
		);
	});
});

describe('parseRational', () => {
	it.each([
		['3/10', '3/10'],
		['21600', '21600'],
		['0.3', '3/10'],
		['-0.25', '-1/4'],
		['1e-3', '1/1000'],
		['2.5e3', '2500'],
		[0.3, '3/10'],
		[1 / 50, '1/50'],
		['4/-6', '-2/3']
	])('parseRational(%s) is %s', (text, expected) => {
		expect(formatRational(parseRational(text))).toBe(expected);
	});
	it('parseRational rejects text that is not a number', () => {
		expect(() => parseRational('abc')).toThrow(SyntaxError);
		expect(() => parseRational('.')).toThrow(SyntaxError);
	});
});
