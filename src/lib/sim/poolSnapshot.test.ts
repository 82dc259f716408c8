import { describe, expect, it } from 'vitest';
import { epochsPerYear } from './payRewards';
import { poolSnapshot } from './poolSnapshot';
import { presets } from './presets';
import { runSimulation } from './runSimulation';

describe('poolSnapshot', () => {
	it('poolSnapshot(state) copies live stakes, pledges and annualised member yields', () => {
		const state = runSimulation({ ...presets.small, delegators: 300, epochs: 3 });
		const snapshot = poolSnapshot(state);
		expect(snapshot.epoch).toBe(3);
		expect([...snapshot.stake]).toEqual([...state.poolStake]);
		expect([...snapshot.pledge]).toEqual([...state.pools.pledge]);
		expect(snapshot.memberYieldPerYear[0]).toBe(state.memberYield[0] * epochsPerYear);
		snapshot.stake[0] = -1;
		expect(state.poolStake[0]).not.toBe(-1);
	});
});
