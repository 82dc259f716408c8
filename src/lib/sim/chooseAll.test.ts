import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseAll } from './chooseAll';
import { createState } from './createState';
import { groupByClass } from './groupByClass';
import { memberYield, yieldPeakStake } from './memberYield';
import { fillStayYield } from './moveTally';
import { paramsAt } from './paramsAt';
import { presets } from './presets';
import { createRng } from './rng';
import { step } from './step';

/** chooseAll settles for a pool within this factor of the best (its documented slack). */
const slack = 1 + 1e-4;

describe('chooseAll', () => {
	it('chooseAll moves a delegator to the best-paying pool after the move, or keeps them if none beats staying', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 60 }),
				fc.integer({ min: 1, max: 40 }),
				fc.option(fc.integer({ min: 1, max: 200 })),
				fc.constantFrom(0, 0.01),
				fc.nat(),
				(pools, k, leverageCap, minGain, seed) => {
					const params = { ...presets.small, pools, k, leverageCap, minGain, delegators: 300 };
					const rng = createRng(seed);
					const state = createState(params, rng);
					step(state, { ...params, inertia: 0.7 }, rng);
					const e = paramsAt(params, state.epoch);
					const d = Math.floor(rng() * params.delegators);
					const x = state.stake[d];
					const own = state.pool[d];
					const before = Float64Array.from(state.poolStake);
					const stay = memberYield(state.pools, own, before[own], e);
					let best = 0;
					for (let p = 0; p < pools; p++) {
						if (p !== own) best = Math.max(best, memberYield(state.pools, p, before[p] + x, e));
					}
					state.work.movers[0] = d;
					const c = state.work.classOrder[groupByClass(state.work, 1, state, rng) - 1];
					const range = [0, 1, state.work.classMin[c], state.work.classMax[c]] as const;
					chooseAll(state, e, minGain, range, { moves: 0, movedStake: 0 });
					const target = state.work.groupedPool[0];
					const bar = stay > 0 ? stay * (1 + minGain) : 0;
					if (target === own) {
						expect(best).toBeLessThanOrEqual(bar * slack);
					} else {
						const got = memberYield(state.pools, target, before[target] + x, e);
						expect(got).toBeGreaterThan(bar);
						expect(got * slack).toBeGreaterThanOrEqual(best);
						expect(state.poolStake[target]).toBe(before[target] + x);
						expect(state.poolStake[own]).toBe(before[own] - x);
					}
				}
			),
			{ numRuns: 150 }
		);
	});
});

describe('chooseAll bounds', () => {
	it('after a class of movers, every pool’s stored bound is still at least its true bound', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 80 }),
				fc.integer({ min: 1, max: 40 }),
				fc.nat(),
				(pools, k, seed) => {
					const params = { ...presets.small, pools, k, delegators: 400, start: 'whale' as const };
					const rng = createRng(seed);
					const state = createState(params, rng);
					const e = paramsAt(params, 0);
					for (let d = 0; d < params.delegators; d++) state.work.movers[d] = d;
					fillStayYield(state, e);
					const classes = groupByClass(state.work, params.delegators, state, rng);
					const c = state.work.classOrder[classes - 1];
					const [lo, hi] = [state.work.classMin[c], state.work.classMax[c]];
					const range = [state.work.classStart[c], state.work.classStart[c + 1], lo, hi] as const;
					chooseAll(state, e, 0, range, { moves: 0, movedStake: 0 });
					const { value, leaves } = state.work.bound;
					for (let p = 0; p < pools; p++) {
						const s = state.poolStake[p];
						const peak = yieldPeakStake(state.pools, p, e);
						const truth = memberYield(state.pools, p, Math.min(s + hi, Math.max(s + lo, peak)), e);
						expect(value[leaves + p]).toBeGreaterThanOrEqual(truth * (1 - 1e-12));
					}
				}
			),
			{ numRuns: 60 }
		);
	});
});
