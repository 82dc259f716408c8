import { describe, expect, it } from 'vitest';
import { createRng } from './rng';

const draws = (seed: number, n: number) => Array.from({ length: n }, createRng(seed));

describe('createRng', () => {
	it('createRng(seed) gives the same stream for the same seed', () => {
		expect(draws(7, 100)).toEqual(draws(7, 100));
	});
	it('createRng(seed) gives different streams for neighbouring seeds', () => {
		const a = draws(1, 20);
		const b = draws(2, 20);
		expect(a.filter((x, i) => x === b[i])).toHaveLength(0);
	});
	it('createRng(0) returns floats in [0, 1) with mean near 1/2', () => {
		const xs = draws(0, 20_000);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
		expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
	});
	it('createRng(seed) fills all 32 bits: low and high halves of draws both vary', () => {
		const xs = draws(3, 1000).map((x) => Math.floor(x * 2 ** 32));
		expect(new Set(xs.map((x) => x & 0xffff)).size).toBeGreaterThan(900);
		expect(new Set(xs.map((x) => x >>> 16)).size).toBeGreaterThan(900);
	});
});
