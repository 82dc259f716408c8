import type { RewardsView, YearlyRewards } from './rewardsView';

/** Pool stakes of the table, as multiples of the saturation point. */
export const TABLE_MULTIPLES = [0.1, 0.25, 0.5, 1, 1.5, 2, 3] as const;

export interface RewardsRow {
	readonly multiple: number;
	readonly pool: YearlyRewards;
	readonly compare: YearlyRewards;
	readonly isSaturation: boolean;
}

/** The chart's numbers at a few multiples of the saturation point, both pools side by side. */
export function rewardsTable(view: RewardsView): RewardsRow[] {
	const [pool, compare] = view.pools;
	return TABLE_MULTIPLES.map((multiple) => {
		const stake = multiple * view.saturation;
		return {
			multiple,
			pool: pool.at(stake),
			compare: compare.at(stake),
			isSaturation: multiple === 1
		};
	});
}
