import { currentDefaults } from '../../scenario/schema';
import { migrationSchema, type MigrationScenario } from '../../scenario/migration';
import * as observed from '../../sim/validation/mainnetDistribution';
import type { DistributionShape } from '../../sim/validation/distributionShape';
import { candidateMixes, mixRun, whaleRun, type MixRun, type WhaleRun } from './articleRuns';
import type { EpochPoint } from './epochPoint';
import { frameAt } from './frameAt';
import { migrationView } from './migrationView';
import { namedScenarios } from './namedScenarios';

/** The epochs the article quotes from the widget's 50-pool runs. */
export const EARLY_EPOCH = 5;
export const LATE_EPOCH = 40;

/** The 50-pool widget runs the article quotes, at the epochs it names. */
export interface WidgetFigures {
	readonly start: EpochPoint;
	readonly early: EpochPoint;
	readonly late: EpochPoint;
	readonly ranked: EpochPoint;
	readonly sampled: EpochPoint;
	readonly beforeK: EpochPoint;
	readonly afterK: EpochPoint;
	readonly pledgeHeavy: EpochPoint;
}

export interface MigrationArticleFigures {
	readonly widget: WidgetFigures;
	/** The whale start at both sizes under each information model. */
	readonly whale: Readonly<
		Record<'small' | 'mainnet', Record<'ranking' | 'all' | 'sample', WhaleRun>>
	>;
	readonly mixes: readonly MixRun[];
	/** Index in `mixes` of the population closest to mainnet's distribution. */
	readonly closest: number;
}

const named = (id: string) => {
	const found = namedScenarios.find((n) => n.id === id);
	if (found === undefined) throw new Error(`no named scenario ${id}`);
	return found;
};

export function widgetFigures(): WidgetFigures {
	const defaults = currentDefaults(migrationSchema);
	const at = (changes: Partial<MigrationScenario>, epoch: number) =>
		migrationView(frameAt({ ...defaults, ...changes, epoch })).now;
	return {
		start: at({}, 0),
		early: at({}, EARLY_EPOCH),
		late: at({}, LATE_EPOCH),
		ranked: at({ information: 'ranking' }, LATE_EPOCH),
		sampled: at({ information: 'sample' }, LATE_EPOCH),
		beforeK: at(named('raise-k').apply(defaults), 20),
		afterK: at(named('raise-k').apply(defaults), LATE_EPOCH),
		pledgeHeavy: at(named('pledge').apply(defaults), LATE_EPOCH)
	};
}

export function whaleFigures(size: 'small' | 'mainnet') {
	return {
		ranking: whaleRun(size, 'ranking'),
		all: whaleRun(size, 'all'),
		sample: whaleRun(size, 'sample')
	};
}

/**
 * How far a run's distribution is from mainnet's: the mean relative miss over the pools holding
 * half the stake, the top 500's share, and the pools making a block. Pools with stake are left
 * out: the model has a fixed 3,000 pools.
 */
export function mainnetMiss(shape: DistributionShape): number {
	const miss = (model: number, real: number) => Math.abs(model - real) / real;
	return (
		(miss(shape.poolsHoldingHalf, observed.poolsHoldingHalf.value) +
			miss(shape.top500Share, observed.top500Share.value) +
			miss(shape.poolsMakingBlocks, observed.poolsMakingBlocks.value)) /
		3
	);
}

/** Every figure the article quotes; the mainnet runs take minutes (`npm run figures:migration`). */
export function computeArticleFigures(): MigrationArticleFigures {
	const mixes = candidateMixes.map((c) => mixRun(c.id, c.mix));
	const misses = mixes.map((m) => mainnetMiss(m.shape));
	return {
		widget: widgetFigures(),
		whale: { small: whaleFigures('small'), mainnet: whaleFigures('mainnet') },
		mixes,
		closest: misses.indexOf(Math.min(...misses))
	};
}
