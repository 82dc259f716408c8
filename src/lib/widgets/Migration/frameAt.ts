import type { MigrationScenario } from '../../scenario/migration';
import { migrationParams, runKey } from './migrationParams';
import { MigrationRun, type MigrationFrame } from './migrationRun';

let last: MigrationRun | undefined;

/**
 * The frame at `epoch`, computed here and now. The last `small` run is kept, so the widget and
 * its preview share one run and a later epoch continues it; mainnet runs (1.31 M delegators) are
 * not kept.
 */
export function frameAt(scenario: MigrationScenario, epoch = scenario.epoch): MigrationFrame {
	const key = runKey(scenario);
	const run =
		last && last.key === key && last.epoch <= epoch
			? last
			: new MigrationRun(key, migrationParams(scenario));
	run.advance(epoch);
	last = scenario.preset === 'small' ? run : undefined;
	return run.frame();
}
