import type { MigrationScenario } from '../../scenario/migration';
import { frameAt } from './frameAt';
import type { MigrationFrame } from './migrationRun';

/**
 * The frame drawn before the worker answers. The 50-pool run is computed in place (a few ms an
 * epoch), the same on the server and in the browser. The mainnet model costs about 0.35–0.65 s to
 * create and 20–90 ms an epoch, seconds for a long run, so the server draws its epoch 0 and the
 * browser waits for the worker.
 */
export function initialFrame(
	scenario: MigrationScenario,
	isBrowser: boolean
): MigrationFrame | undefined {
	if (scenario.preset === 'small') return frameAt(scenario);
	return isBrowser ? undefined : frameAt(scenario, 0);
}
