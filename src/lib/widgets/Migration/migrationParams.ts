import type { MigrationScenario } from '../../scenario/migration';
import { presets } from '../../sim/presets';
import { mixedPopulation } from './mixedPopulation';
import type { ParamChange, SimParams } from '../../sim/simParams';

/** The engine's parameters for a scenario: its preset with the reader's settings on top. */
export function migrationParams(scenario: MigrationScenario): SimParams {
	const preset = presets[scenario.preset];
	const change: ParamChange = {
		epoch: scenario.changeEpoch,
		...(scenario.changeK > 0 && { k: scenario.changeK }),
		...(scenario.changeCap > 0 && { leverageCap: scenario.changeCap })
	};
	const { information } = scenario;
	const isMixed = information === 'mixed';
	const hasChange = scenario.changeEpoch > 0 && Object.keys(change).length > 1;
	return {
		...preset,
		start: scenario.start,
		k: scenario.k,
		a0: scenario.a0,
		information: isMixed ? 'ranking' : information,
		mix: isMixed ? mixedPopulation : null,
		inertia: scenario.inertia / 100,
		leverageCap: scenario.cap > 0 ? scenario.cap : null,
		changes: hasChange ? [change] : [],
		seed: scenario.seed,
		epochs: scenario.epoch
	};
}

/** Everything but the epoch: two scenarios with the same key are one run at different epochs. */
export function runKey(scenario: MigrationScenario): string {
	return JSON.stringify({ ...scenario, epoch: undefined });
}
