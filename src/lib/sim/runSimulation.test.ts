import { describe, expect, it } from 'vitest';
import { presets } from './presets';
import { runSimulation } from './runSimulation';

const params = { ...presets.small, delegators: 2000, epochs: 25, start: 'whale' as const };

describe('runSimulation', () => {
	it('runSimulation(params) with the same seed gives an identical history and pool stakes', () => {
		const a = runSimulation({ ...params, seed: 11 });
		const b = runSimulation({ ...params, seed: 11 });
		expect(b.history).toEqual(a.history);
		expect([...b.poolStake]).toEqual([...a.poolStake]);
		expect([...b.pool]).toEqual([...a.pool]);
	});
	it('runSimulation(params) with a different seed gives a different history', () => {
		const a = runSimulation({ ...params, seed: 11 });
		const b = runSimulation({ ...params, seed: 12 });
		expect(b.history).not.toEqual(a.history);
		expect([...b.stake]).not.toEqual([...a.stake]);
	});
	it('runSimulation(params) returns params.epochs epochs of history, numbered from 0', () => {
		const { history } = runSimulation({ ...params, epochs: 7 });
		expect(history.map((m) => m.epoch)).toEqual([0, 1, 2, 3, 4, 5, 6]);
	});
});
