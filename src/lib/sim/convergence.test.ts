import { describe, expect, it } from 'vitest';
import { presets } from './presets';
import { runSimulation } from './runSimulation';
import type { InformationModel } from './simParams';

/**
 * 30 near-identical pools (no pledge, margins under 0.2 %) with room for 3× the delegated stake,
 * and the preset's heavy-tailed delegations (no single one above the saturation point).
 */
const world = {
	...presets.small,
	pools: 30,
	delegators: 3000,
	k: 10,
	start: 'whale' as const,
	zeroPledgeShare: 1,
	marginMax: 0.002,
	minGain: 0.001,
	inertia: 0.5,
	epochs: 40
};

describe('convergence from the whale start', () => {
	it.each([
		['all', 1],
		['all', 2],
		['sample', 1],
		['ranking', 1]
	] as [InformationModel, number][])(
		'with %s information (seed %i) no pool ends more than 1 % above saturation',
		(information, seed) => {
			const state = runSimulation({ ...world, information, seed });
			const first = state.history[0];
			const last = state.history[state.history.length - 1];
			expect(world.pools * first.saturationAda).toBeGreaterThan(world.delegatedStakeAda);
			expect(Math.max(...state.stake)).toBeLessThan(first.saturationAda);
			expect(first.maxPoolStakeRatio).toBeGreaterThan(2);
			expect(last.maxPoolStakeRatio).toBeLessThanOrEqual(1.01);
			expect(last.excessStake).toBeLessThan(0.01 * last.saturationAda * world.pools);
		}
	);

	it('with all information and thin-tailed stakes, delegators crowd into the few pools that had stake', () => {
		// No single delegation can make an empty pool out-earn its fixed cost, so myopic delegators
		// who each judge a pool after their own move never start one: the top pools stay over.
		const state = runSimulation({ ...world, stakeLogSpread: 1, information: 'all', seed: 1 });
		const last = state.history[state.history.length - 1];
		expect(last.poolsWithStake).toBeLessThan(
			Math.ceil(world.delegatedStakeAda / last.saturationAda) + 1
		);
		expect(last.maxPoolStakeRatio).toBeGreaterThan(1.1);
		const ranked = runSimulation({ ...world, stakeLogSpread: 1, information: 'ranking', seed: 1 });
		expect(ranked.history[ranked.history.length - 1].maxPoolStakeRatio).toBeLessThanOrEqual(1.01);
	});
});
