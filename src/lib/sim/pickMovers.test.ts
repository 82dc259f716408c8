import { describe, expect, it } from 'vitest';
import { scriptedRng } from '../../../tests/support/scriptedRng';
import { pickMovers } from './pickMovers';

describe('pickMovers', () => {
	// With inertia 0 everyone re-evaluates: the binomial draw is all of them, without a draw, and
	// the one draw places the window's start at ⌊count · r⌋.
	it('pickMovers takes a window of consecutive delegators from a random start, wrapping past the last', () => {
		const movers = new Int32Array(5).fill(-1);
		expect(pickMovers(5, 0, movers, scriptedRng(0.5))).toBe(5);
		// Start ⌊5 · 0.5⌋ = 2: delegators 2, 3, 4, then 0 and 1 after wrapping.
		expect([...movers]).toEqual([2, 3, 4, 0, 1]);
	});

	it('pickMovers wraps to delegator 0 right after the last one, never past the end', () => {
		const movers = new Int32Array(5).fill(-1);
		// Start ⌊5 · 0.99⌋ = 4: delegator 4, then 0, 1, 2, 3.
		expect(pickMovers(5, 0, movers, scriptedRng(0.99))).toBe(5);
		expect([...movers]).toEqual([4, 0, 1, 2, 3]);
	});

	it('pickMovers picks nobody at inertia 1 and leaves the movers untouched', () => {
		const movers = new Int32Array(3).fill(-1);
		expect(pickMovers(3, 1, movers, scriptedRng(0.5))).toBe(0);
		expect([...movers]).toEqual([-1, -1, -1]);
	});

	it('pickMovers draws nothing from the rng when there are no delegators', () => {
		expect(pickMovers(0, 0, new Int32Array(0), scriptedRng())).toBe(0);
	});
});
