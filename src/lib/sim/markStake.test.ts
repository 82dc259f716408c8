import { describe, expect, it } from 'vitest';
import { createState } from './createState';
import { memberYield } from './memberYield';
import { paramsAt } from './paramsAt';
import { presets } from './presets';
import { createRng } from './rng';
import { step } from './step';

describe('markStake and activeStake', () => {
	it.each([0, 1, 2])(
		'with delayEpochs %i, epoch e is rewarded on the live stake at the end of epoch e − delay',
		(delay) => {
			const params = {
				...presets.small,
				start: 'whale' as const,
				delayEpochs: delay,
				inertia: 0.5
			};
			const rng = createRng(5);
			const state = createState(params, rng);
			const live = [Float64Array.from(state.poolStake)];
			for (let epoch = 0; epoch < 6; epoch++) {
				step(state, params, rng);
				live.push(Float64Array.from(state.poolStake));
				const rewarded = live[Math.max(0, epoch + 1 - delay)];
				const e = paramsAt(params, epoch);
				for (let p = 0; p < params.pools; p++) {
					expect(state.memberYield[p]).toBe(memberYield(state.pools, p, rewarded[p], e));
				}
			}
			expect(live[1]).not.toEqual(live[0]);
		}
	);
});
