import { describe, expect, it } from 'vitest';
import { presets } from './presets';
import { runSimulation } from './runSimulation';

const base = { ...presets.small, inertia: 0.5, epochs: 40 };

describe('scenarios', () => {
	it('raising k at epoch 20 halves the saturation point and pushes more pools over it', () => {
		const { history } = runSimulation({ ...base, changes: [{ epoch: 20, k: 2 * base.k }] });
		expect(history[19].k).toBe(base.k);
		expect(history[20].k).toBe(2 * base.k);
		expect(history[20].saturationAda).toBeCloseTo(history[19].saturationAda / 2, 6);
		expect(history[20].poolsOverSaturation).toBeGreaterThan(history[19].poolsOverSaturation);
		expect(history[20].totalStake).toBe(history[19].totalStake);
	});

	it('switching the CIP-50 cap on empties the zero-pledge pools, which then pay nothing', () => {
		const state = runSimulation({
			...base,
			zeroPledgeShare: 0.5,
			changes: [{ epoch: 5, leverageCap: 10 }]
		});
		let before = 0;
		let after = 0;
		state.pool.forEach((p, d) => {
			if (state.pools.pledge[p] === 0) after += state.stake[d];
		});
		const start = runSimulation({ ...base, zeroPledgeShare: 0.5, epochs: 5 });
		start.pool.forEach((p, d) => {
			if (start.pools.pledge[p] === 0) before += start.stake[d];
		});
		expect(before).toBeGreaterThan(0);
		expect(after).toBe(0);
		expect(state.history[4].leverageCap).toBeNull();
		expect(state.history[5].leverageCap).toBe(10);
		state.pools.pledge.forEach((pledge, p) => {
			if (pledge === 0) expect(state.poolReward[p]).toBe(0);
		});
	});

	it('with a large a0, delegations gather in the high-pledge pools', () => {
		const state = runSimulation({ ...base, a0: 5, zeroPledgeShare: 0.5 });
		const ranked = [...state.pools.pledge.keys()].sort(
			(a, b) => state.pools.pledge[b] - state.pools.pledge[a]
		);
		const topHalf = ranked.slice(0, ranked.length / 2);
		const held = topHalf.reduce((sum, p) => sum + state.poolStake[p] - state.pools.pledge[p], 0);
		const delegated = state.stake.reduce((a, b) => a + b, 0);
		expect(held / delegated).toBeGreaterThan(0.9);
	});
});
