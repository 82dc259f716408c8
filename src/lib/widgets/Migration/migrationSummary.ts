import { formatRatio } from './formatRatio';
import type { MigrationView } from './migrationView';

const count = (n: number, one: string, many: string) =>
	`${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The live caption: the pools at the shown epoch, in one sentence. */
export function migrationSummary(view: MigrationView): string {
	const { now } = view;
	const when = view.epoch === 0 ? 'At the start' : `After ${count(view.epoch, 'epoch', 'epochs')}`;
	return (
		`${when} (k = ${now.k}), ${now.poolsOverSaturation.toLocaleString('en')} of ` +
		`${count(view.pools, 'pool', 'pools')} ${now.poolsOverSaturation === 1 ? 'is' : 'are'} ` +
		`over saturation, the largest holds ` +
		`${formatRatio(now.maxPoolStakeRatio)} the saturation point, ` +
		`${count(now.nakamoto, 'pool holds', 'pools hold')} more than half of all stake, and ` +
		`${count(now.poolsWithDelegations, 'pool has', 'pools have')} any delegators.`
	);
}
