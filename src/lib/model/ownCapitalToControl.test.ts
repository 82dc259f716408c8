import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRational as q } from './exact/parseRational';
import { compare, formatRational, rational, type Rational } from './exact/rational';
import { delegatedLeverage } from './leverage';
import { leverageRational } from './leverageRational';
import { ownCapitalToControl, ownCapitalToControlFast } from './ownCapitalToControl';

const T = 34_000_000_000_000_000n;

describe('leverageRational', () => {
	it('leverageRational(10 ETH, 1 ETH) is exactly 10 and (320, 14.1) is 3200/141', () => {
		expect(formatRational(leverageRational(10n, 1n) as Rational)).toBe('10');
		expect(formatRational(leverageRational(320_000n, 14_100n) as Rational)).toBe('3200/141');
	});
	it('leverageRational(x, 0) is Infinity, and (0, 0) is 1 like leverage()', () => {
		expect(leverageRational(32n, 0n)).toBe(Infinity);
		expect(leverageRational(0n, 0n)).toBe(1);
	});
	it('leverage rises with delegated stake at a fixed own stake (exact and float)', () => {
		fc.assert(
			fc.property(
				fc.bigInt(1n, 10n ** 12n),
				fc.bigInt(0n, 10n ** 15n),
				fc.bigInt(0n, 10n ** 15n),
				(own, x, y) => {
					const [lo, hi] = x < y ? [x, y] : [y, x];
					const exact = (d: bigint) => leverageRational(own + d, own) as Rational;
					expect(compare(exact(lo), exact(hi))).toBeLessThanOrEqual(0);
					expect(delegatedLeverage(Number(own), Number(lo))).toBeLessThanOrEqual(
						delegatedLeverage(Number(own), Number(hi))
					);
				}
			)
		);
	});
});

describe('ownCapitalToControl', () => {
	it.each([
		['1', 11_333_333_333_333_334n],
		['8', 1_416_666_666_666_667n],
		['320/13', 460_416_666_666_667n]
	])('ownCapitalToControl(34M ETH, 1/3, %s) is ceil(T / 3 / L) = %d Gwei', (L, expected) => {
		expect(ownCapitalToControl(T, q('1/3'), q(L))).toBe(expected);
	});
	it('ownCapitalToControl at leverage Infinity is 0', () => {
		expect(ownCapitalToControl(T, q('1/3'), Infinity)).toBe(0n);
		expect(ownCapitalToControlFast(34e6, 1 / 3, Infinity)).toBe(0);
	});
	it('ownCapitalToControl accepts an integer leverage and rejects a non-positive one', () => {
		expect(ownCapitalToControl(100n, q('1/2'), 4)).toBe(13n);
		expect(() => ownCapitalToControl(100n, q('1/2'), rational(0n))).toThrow(RangeError);
	});
	it('ownCapitalToControlFast(34M, 1/3, 8) is 1,416,666.67 ETH', () => {
		expect(ownCapitalToControlFast(34e6, 1 / 3, 8)).toBeCloseTo(1_416_666.6667, 3);
	});
});

describe('ownCapitalToControl refuses leverage that is not positive', () => {
	it('throws a RangeError for 0 and for a negative leverage', () => {
		expect(() => ownCapitalToControl(34_000_000n, rational(1n, 3n), 0)).toThrow(
			new RangeError('leverage must be positive')
		);
		expect(() => ownCapitalToControl(34_000_000n, rational(1n, 3n), rational(-10n))).toThrow(
			new RangeError('leverage must be positive')
		);
	});
});
