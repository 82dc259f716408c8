/** One column of the bar chart: pools `x0` to `x1` of the ranking, stakes ÷ saturation point. */
export interface PoolColumn {
	readonly x0: number;
	readonly x1: number;
	readonly ratio: number;
	/** The same pools one epoch earlier. */
	readonly previousRatio: number;
	readonly isZeroPledge: boolean;
}

/**
 * Pools ranked by stake, largest first, as at most `maxColumns` columns. Beyond that, each column
 * stands for `ceil(pools / maxColumns)` neighbouring pools of the ranking and shows their mean,
 * so the columns' area is still the stake; a column counts as zero-pledge if all its pools are.
 */
export function poolColumns(
	stake: Float64Array,
	previousStake: Float64Array,
	pledge: Float64Array,
	saturationAda: number,
	maxColumns = 250
): PoolColumn[] {
	const order = Array.from(stake.keys()).sort((a, b) => stake[b] - stake[a] || a - b);
	const size = Math.ceil(order.length / maxColumns);
	const columns: PoolColumn[] = [];
	for (let start = 0; start < order.length; start += size) {
		const group = order.slice(start, start + size);
		const mean = (values: Float64Array) =>
			group.reduce((sum, p) => sum + values[p], 0) / group.length / saturationAda;
		columns.push({
			x0: start,
			x1: start + group.length,
			ratio: mean(stake),
			previousRatio: mean(previousStake),
			isZeroPledge: group.every((p) => pledge[p] === 0)
		});
	}
	return columns;
}
