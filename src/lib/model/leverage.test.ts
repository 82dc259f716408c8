import { describe, expect, it } from 'vitest';
import { bondedLeverage, delegatedLeverage, leverage } from './leverage';

describe('leverage', () => {
	it.each([
		// controlled, own, expected (hand-computed)
		[10, 1, 10],
		[32, 32, 1],
		[32, 16, 2],
		[32, 8, 4],
		[40_100_000, 100_000, 401],
		[1, 4, 0.25]
	])('leverage(%d, %d) equals %d', (controlled, own, expected) => {
		expect(leverage(controlled, own)).toBe(expected);
	});

	it('leverage(x, 0) is Infinity when anything is controlled', () => {
		expect(leverage(9, 0)).toBe(Infinity);
	});

	it('leverage(0, 0) is 1: nothing controlled, nothing at risk', () => {
		expect(leverage(0, 0)).toBe(1);
	});
});

describe('delegatedLeverage', () => {
	it("delegatedLeverage(1, 9) is the thread's 10x", () => {
		expect(delegatedLeverage(1, 9)).toBe(10);
	});
	it('delegatedLeverage(own, 0) is 1', () => {
		expect(delegatedLeverage(5, 0)).toBe(1);
	});
	it('delegatedLeverage(0, d) is Infinity', () => {
		expect(delegatedLeverage(0, 9)).toBe(Infinity);
	});
	it('delegatedLeverage(100k, 40M) is 401', () => {
		expect(delegatedLeverage(100_000, 40_000_000)).toBe(401);
	});
});

describe('bondedLeverage', () => {
	it('bondedLeverage(32, 8) is 4 and bondedLeverage(32, 16) is 2', () => {
		expect(bondedLeverage(32, 8)).toBe(4);
		expect(bondedLeverage(32, 16)).toBe(2);
	});
});
