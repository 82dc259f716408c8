import type { MigrationScenario } from '../../scenario/migration';
import { presets, type PresetName } from '../../sim/presets';

/** Rescales k when the model size changes, so the saturation point stays mainnet's. */
export function rescaleK(k: number, from: string, to: string): number {
	if (k === 0 || from === to) return k;
	const ratio = presets[to as PresetName].pools / presets[from as PresetName].pools;
	return Math.min(2000, Math.max(1, Math.round(k * ratio)));
}

/** The scenario on the 50-pool model, its k values scaled to keep the saturation point. */
export function smallModelOf(scenario: MigrationScenario): MigrationScenario {
	const { preset } = scenario;
	return {
		...scenario,
		preset: 'small',
		k: rescaleK(scenario.k, preset, 'small'),
		changeK: rescaleK(scenario.changeK, preset, 'small')
	};
}
