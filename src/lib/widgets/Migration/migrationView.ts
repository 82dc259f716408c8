import type { EpochPoint } from './epochPoint';
import type { MigrationFrame } from './migrationRun';
import { poolColumns, type PoolColumn } from './poolColumns';

export interface MigrationView {
	readonly epoch: number;
	readonly pools: number;
	/** Pools per column: 1, or more for the mainnet model's 3,000 pools. */
	readonly poolsPerColumn: number;
	readonly columns: readonly PoolColumn[];
	/**
	 * The largest pool ÷ saturation point when a column stands for several pools (their mean would
	 * hide a whale), else undefined: the chart then marks that pool on its own.
	 */
	readonly largestAlone: number | undefined;
	/** Top of the bar chart's y axis, in multiples of the saturation point. */
	readonly ratioTop: number;
	/** Now, after `epoch` epochs. */
	readonly now: EpochPoint;
	readonly points: readonly EpochPoint[];
	/** Right end of the series' epoch axis: a round number of epochs at or past `epoch`. */
	readonly epochHorizon: number;
}

const HORIZONS = [20, 50, 100, 200];

/** Everything the migration widget draws for one frame of the run. */
export function migrationView(frame: MigrationFrame): MigrationView {
	const now = frame.points[frame.points.length - 1];
	const columns = poolColumns(frame.stake, frame.previousStake, frame.pledge, now.saturationAda);
	const poolsPerColumn = columns[0].x1 - columns[0].x0;
	const largestAlone = poolsPerColumn > 1 ? now.maxPoolStakeRatio : undefined;
	const highest = Math.max(
		largestAlone ?? 0,
		...columns.map((c) => Math.max(c.ratio, c.previousRatio))
	);
	return {
		epoch: frame.epoch,
		pools: frame.stake.length,
		poolsPerColumn,
		largestAlone,
		columns,
		ratioTop: Math.max(1.5, Math.ceil(highest * 1.05 * 2) / 2),
		now,
		points: frame.points,
		epochHorizon: HORIZONS.find((h) => h >= frame.epoch) ?? frame.epoch
	};
}
