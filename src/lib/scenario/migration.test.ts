import { describe, expect, it } from 'vitest';
import { presets } from '../sim/presets';
import { validateParams } from '../sim/validateParams';
import { migrationParams } from '../widgets/Migration/migrationParams';
import { maxEpoch, migrationSchema } from './migration';
import { parseScenario } from './parseScenario';
import { currentDefaults } from './schema';
import { serializeScenario } from './serializeScenario';

const defaults = currentDefaults(migrationSchema);

describe('migrationSchema', () => {
	it('defaults to the 50-pool preset with its whale, k = 8 and mainnet a0, at epoch 0', () => {
		expect(defaults).toMatchObject({ preset: 'small', start: 'whale', k: 8, a0: 0.3, epoch: 0 });
		expect(defaults.inertia).toBe(presets.small.inertia * 100);
		expect(serializeScenario(migrationSchema, defaults)).toBe('v=1');
	});

	it('reads a shared mid-run k change and the epoch on screen from a link', () => {
		const { scenario, notices } = parseScenario(
			migrationSchema,
			'v=1&start=mainnet&changeEpoch=20&changeK=16&epoch=40'
		);
		expect(notices).toEqual([]);
		expect(scenario).toMatchObject({ start: 'mainnet', changeEpoch: 20, changeK: 16, epoch: 40 });
	});

	it('clamps an epoch past the last one and names it', () => {
		const { scenario, notices } = parseScenario(migrationSchema, 'epoch=999&preset=huge');
		expect(scenario.epoch).toBe(maxEpoch);
		expect(scenario.preset).toBe('small');
		expect(notices).toHaveLength(2);
	});
});

describe('migrationParams', () => {
	it('maps the defaults onto presets.small with the whale start and no change', () => {
		const params = migrationParams(defaults);
		expect(params).toEqual({ ...presets.small, start: 'whale', changes: [], epochs: 0 });
		expect(validateParams(params)).toEqual([]);
	});

	it('turns cap 0 into no cap, percentages into shares, and a change into one ParamChange', () => {
		const params = migrationParams({
			...defaults,
			preset: 'mainnet',
			k: 500,
			inertia: 50,
			cap: 10,
			changeEpoch: 20,
			changeK: 1000,
			changeCap: 0,
			epoch: 7
		});
		expect(params.pools).toBe(3000);
		expect(params.leverageCap).toBe(10);
		expect(params.inertia).toBe(0.5);
		expect(params.changes).toEqual([{ epoch: 20, k: 1000 }]);
		expect(params.epochs).toBe(7);
	});

	it('drops a change at epoch 0 or one that changes nothing', () => {
		expect(migrationParams({ ...defaults, changeK: 16 }).changes).toEqual([]);
		expect(migrationParams({ ...defaults, changeEpoch: 20 }).changes).toEqual([]);
		expect(migrationParams({ ...defaults, changeEpoch: 5, changeCap: 10 }).changes).toEqual([
			{ epoch: 5, leverageCap: 10 }
		]);
	});
});
