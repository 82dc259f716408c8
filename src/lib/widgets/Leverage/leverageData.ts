import { defineDataTable, type DataTable } from '../../export/dataTable';
import type { LeverageScenario } from '../../scenario/leverage';
import { leverageTable } from './leverageTable';
import { leverageView } from './leverageView';

/** The data table of the leverage widget, for export. */
export function leverageData(scenario: LeverageScenario): DataTable[] {
	const view = leverageView(scenario);
	return [
		defineDataTable({
			title: 'Leverage at each delegated stake',
			columns: [
				{ label: 'Delegated stake', unit: 'ETH; ada for the Cardano pool' },
				...view.series.map((s) => ({ label: `${s.label}: leverage`, unit: '×' })),
				{ label: 'Your delegated stake' }
			],
			rows: leverageTable(view).map((row) => [
				row.delegated,
				...view.series.map((s) => row.leverage[s.id]),
				row.isCurrent
			])
		})
	];
}
