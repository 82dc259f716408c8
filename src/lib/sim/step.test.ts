import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createState } from './createState';
import { presets } from './presets';
import { createRng } from './rng';
import type { SimParams } from './simParams';
import { step } from './step';
import { validateParams } from './validateParams';

const smallWorld = fc.record({
	pools: fc.integer({ min: 1, max: 40 }),
	delegators: fc.integer({ min: 1, max: 400 }),
	k: fc.integer({ min: 1, max: 60 }),
	a0: fc.double({ min: 0, max: 2, noNaN: true }),
	leverageCap: fc.option(fc.integer({ min: 1, max: 1000 })),
	changes: fc.array(
		fc.record({ epoch: fc.integer({ min: 0, max: 6 }), k: fc.integer({ min: 1, max: 60 }) }),
		{ maxLength: 2 }
	),
	zeroPledgeShare: fc.double({ min: 0, max: 1, noNaN: true }),
	start: fc.constantFrom('mainnet', 'whale', 'uniform'),
	inertia: fc.double({ min: 0, max: 1, noNaN: true }),
	information: fc.constantFrom('all', 'sample', 'ranking'),
	sampleSize: fc.integer({ min: 1, max: 8 }),
	minGain: fc.constantFrom(0, 0.001, 0.05),
	delayEpochs: fc.integer({ min: 0, max: 3 }),
	seed: fc.nat()
});

/** Pool stakes rebuilt from the delegator columns: pledge plus each delegation. */
function stakesFromColumns(state: ReturnType<typeof createState>): number[] {
	const stakes = [...state.pools.pledge];
	state.pool.forEach((p, d) => (stakes[p] += state.stake[d]));
	return stakes;
}

describe('step', () => {
	it('step(state, params, rng) conserves stake exactly in every epoch', () => {
		fc.assert(
			fc.property(smallWorld, (world) => {
				const params: SimParams = { ...presets.small, ...world, epochs: 8 };
				expect(validateParams(params)).toEqual([]);
				const rng = createRng(params.seed);
				const state = createState(params, rng);
				expect(state.totalStake).toBe(params.delegatedStakeAda);
				for (let epoch = 0; epoch < params.epochs; epoch++) {
					const metrics = step(state, params, rng);
					expect(metrics.totalStake).toBe(params.delegatedStakeAda);
					expect([...state.poolStake]).toEqual(stakesFromColumns(state));
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('step appends one metrics object per epoch to state.history', () => {
		const params = { ...presets.small, delegators: 200 };
		const rng = createRng(3);
		const state = createState(params, rng);
		const first = step(state, params, rng);
		step(state, params, rng);
		expect(state.history.map((m) => m.epoch)).toEqual([0, 1]);
		expect(state.history[0]).toBe(first);
		expect(state.epoch).toBe(2);
	});
});

describe('step with changed fixed parameters', () => {
	it('step throws when pools, delegators or delayEpochs differ from the state’s', () => {
		const params = { ...presets.small, delegators: 100 };
		const rng = createRng(1);
		const state = createState(params, rng);
		expect(() => step(state, { ...params, pools: params.pools + 1 }, rng)).toThrow(/fixed/);
		expect(() => step(state, { ...params, delegators: 99 }, rng)).toThrow(/fixed/);
		expect(() => step(state, { ...params, delayEpochs: 1 }, rng)).toThrow(/fixed/);
		expect(() => step(state, { ...params, k: 3, inertia: 0 }, rng)).not.toThrow();
	});
});
