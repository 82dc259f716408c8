import type { MigrationScenario } from '../../scenario/migration';
import { presets, type PresetName } from '../../sim/presets';

/**
 * Rescales k when the model size changes by the ratio of the presets' own k (500/8 = 62.5): the
 * presets scale their stake totals by that ratio, so the saturation point total/k stays put.
 */
export function rescaleK(k: number, from: PresetName, to: PresetName): number {
	if (k === 0 || from === to) return k;
	const ratio = presets[to].k / presets[from].k;
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
