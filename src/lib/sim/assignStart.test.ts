import { describe, expect, it } from 'vitest';
import { assignStart } from './assignStart';
import { createState } from './createState';
import { createRng } from './rng';
import type { SimParams } from './simParams';
import { validationWorld } from './validation/validationWorld';

function heldBy(pledge: Float64Array, stake: Float64Array, pool: Int32Array): Float64Array {
	const held = Float64Array.from(pledge);
	pool.forEach((p, d) => (held[p] += stake[d]));
	return held;
}

describe('assignStart', () => {
	it.each(['uniform', 'mainnet', 'whale'] as const)(
		'from the %s start no pool but the whale’s starts over saturation, pledge counted',
		(start) => {
			const params: SimParams = { ...validationWorld('test'), start };
			const state = createState(params, createRng(3));
			const saturation = params.totalStakeAda / params.k;
			const held = heldBy(state.pools.pledge, state.stake, state.pool);
			const over = [...held.keys()].filter((p) => held[p] > saturation);
			expect(over).toEqual(start === 'whale' ? [0] : []);
			// The mainnet start still puts many pools near saturation.
			if (start === 'mainnet') {
				expect(held.filter((s) => s > 0.8 * saturation).length).toBeGreaterThan(5);
			}
		}
	);

	it('a pool without room is drawn again: one pool full by its pledge gets nobody', () => {
		const params: SimParams = {
			...validationWorld('test'),
			pools: 2,
			delegators: 4,
			k: 1,
			totalStakeAda: 100,
			start: 'uniform'
		};
		const pool = assignStart(
			params,
			Float64Array.of(100, 0),
			Float64Array.of(5, 5, 5, 5),
			createRng(1)
		);
		expect([...pool]).toEqual([1, 1, 1, 1]);
	});

	it('when no pool has room the last draw stands (tiny worlds): every delegator is placed', () => {
		const params: SimParams = {
			...validationWorld('test'),
			pools: 2,
			delegators: 3,
			k: 1,
			totalStakeAda: 10,
			start: 'uniform'
		};
		const pool = assignStart(
			params,
			Float64Array.of(10, 10),
			Float64Array.of(1, 1, 1),
			createRng(1)
		);
		expect([...pool].every((p) => p === 0 || p === 1)).toBe(true);
	});
});
