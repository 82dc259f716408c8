import { defineDataTable, type DataTable } from '../../export/dataTable';
import type { RewardsScenario } from '../../scenario/rewards';
import { rewardsTable } from './rewardsTable';
import { rewardsView } from './rewardsView';

/** The data table of the rewards widget, for export: both pools at multiples of saturation. */
export function rewardsData(scenario: RewardsScenario): DataTable[] {
	const view = rewardsView(scenario);
	const perPool = view.pools.flatMap((p) => [
		{ label: `${p.label}: pool reward`, unit: 'ada a year' },
		{ label: `${p.label}: operator reward`, unit: 'ada a year' },
		{ label: `${p.label}: delegators' yield`, unit: '% a year' }
	]);
	return [
		defineDataTable({
			title: 'Yearly rewards at multiples of the saturation point',
			columns: [
				{ label: 'Pool stake', unit: 'ada' },
				{ label: 'Pool stake ÷ saturation point', unit: '×' },
				...perPool
			],
			rows: rewardsTable(view).map((row) => [
				row.pool.stake,
				row.multiple,
				...[row.pool, row.compare].flatMap((r) => [
					r.poolReward,
					r.operatorReward,
					r.delegatorYieldPercent
				])
			])
		})
	];
}
