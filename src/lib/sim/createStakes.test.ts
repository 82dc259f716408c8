import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStakes, handOutRemainder } from './createStakes';
import { createRng } from './rng';

describe('createStakes', () => {
	it('createStakes(count, total) gives whole-ada stakes of at least 1 summing exactly to total', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 300 }),
				fc.integer({ min: 0, max: 1e12 }),
				fc.double({ min: 0, max: 4, noNaN: true }),
				fc.nat(),
				(count, extra, spread, seed) => {
					const total = count + extra;
					const stakes = createStakes(count, total, spread, createRng(seed));
					expect(stakes.every((s) => Number.isInteger(s) && s >= 1)).toBe(true);
					expect(stakes.reduce((a, b) => a + b, 0)).toBe(total);
				}
			)
		);
	});
	it('createStakes with spread 2.2 is heavy-tailed: the top 1 % hold over a quarter', () => {
		const stakes = [...createStakes(10_000, 1e9, 2.2, createRng(1))].sort((a, b) => b - a);
		const top = stakes.slice(0, 100).reduce((a, b) => a + b, 0);
		expect(top / 1e9).toBeGreaterThan(0.25);
	});
	it('createStakes with a cap gives no delegation above it, still summing exactly to the total', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 300 }),
				fc.integer({ min: 0, max: 1e9 }),
				fc.double({ min: 0, max: 4, noNaN: true }),
				fc.double({ min: 1, max: 1e9, noNaN: true }),
				fc.nat(),
				(count, extra, spread, cap, seed) => {
					const total = count + extra;
					const stakes = createStakes(count, total, spread, createRng(seed), cap);
					expect(stakes.reduce((a, b) => a + b, 0)).toBe(total);
					expect(stakes.every((s) => Number.isInteger(s) && s >= 1)).toBe(true);
					// A cap under which whole-ada delegations cannot hold the total is not applied.
					if (Math.floor(cap) * count >= total) {
						expect(Math.max(...stakes)).toBeLessThanOrEqual(cap);
					}
				}
			)
		);
	});
	it('a cap clips only the largest delegations: 10,000 delegations, 1e9 ada, cap 1e7', () => {
		const free = createStakes(10_000, 1e9, 2.2, createRng(1));
		const capped = createStakes(10_000, 1e9, 2.2, createRng(1), 1e7);
		const over = [...free].filter((s) => s > 1e7).length;
		expect(over).toBeGreaterThan(5);
		// Those over it, and a few just under it that the rescaling lifts to it, sit at the cap.
		const atCap = [...capped].filter((s) => s === 1e7).length;
		expect(atCap).toBeGreaterThanOrEqual(over);
		expect(atCap).toBeLessThan(2 * over);
		// The rest grow by the clipped share, in proportion: the median rises a little.
		const median = (a: Float64Array) => [...a].sort((x, y) => x - y)[5000];
		expect(median(capped)).toBeGreaterThan(median(free));
		expect(median(capped)).toBeLessThan(1.5 * median(free));
	});
});

describe('handOutRemainder', () => {
	/** The hand-out as its rule says: one ada at a time, round after round, to delegations under max. */
	function oneAtATime(stake: number[], remainder: number, max: number): number[] {
		const out = [...stake];
		for (let d = 0; remainder > 0; d = (d + 1) % out.length)
			if (out[d] < max) {
				out[d]++;
				remainder--;
			}
		return out;
	}

	it('gives each delegation under the cap 1 ada a round, from the first, until none is left', () => {
		// Rounds: [2, 6, 2] (10 → 7), the middle one is full; [3, 6, 3], [4, 6, 4], [5, 6, 5] (→ 1);
		// the last ada goes to the first.
		const stake = Float64Array.from([1, 5, 1]);
		expect(handOutRemainder(stake, 10, 6)).toBe(0);
		expect([...stake]).toEqual([6, 6, 5]);
	});

	it('leaves a negative remainder for the caller, untouched', () => {
		const stake = Float64Array.from([3, 4]);
		expect(handOutRemainder(stake, -2, Infinity)).toBe(-2);
		expect([...stake]).toEqual([3, 4]);
	});

	it('ends where one ada at a time ends, millions of ada included', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 12 }),
				fc.integer({ min: 0, max: 600 }),
				fc.integer({ min: 0, max: 60 }),
				(start, extra, headroom) => {
					const max = Math.max(...start) + headroom;
					const room = start.reduce((sum, x) => sum + (max - x), 0);
					const remainder = Math.min(extra, room);
					const stake = Float64Array.from(start);
					expect(handOutRemainder(stake, remainder, max)).toBe(0);
					expect([...stake]).toEqual(oneAtATime(start, remainder, max));
				}
			)
		);
		// 7 delegations, 3 million ada to hand out under a cap of 10⁶: 428,571 rounds and 3 ada over.
		const stake = Float64Array.from([1, 1, 1, 1, 1, 1, 1]);
		expect(handOutRemainder(stake, 3_000_000, 1e6)).toBe(0);
		expect([...stake]).toEqual([428_573, 428_573, 428_573, 428_572, 428_572, 428_572, 428_572]);
	});
});
