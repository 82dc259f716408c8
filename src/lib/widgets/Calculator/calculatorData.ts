import { defineDataTable, type DataTable } from '../../export/dataTable';
import type { CalculatorScenario } from '../../scenario/calculator';
import { calculatorView } from './calculatorView';

/** The calculator's table for export: each way of staking, amounts in the way's own asset. */
export function calculatorData(scenario: CalculatorScenario): DataTable[] {
	const view = calculatorView(scenario);
	return [
		defineDataTable({
			title: 'What you put in, how it is used, and its yearly reward',
			columns: [
				{ label: 'Way of staking' },
				{ label: 'Asset' },
				{ label: 'You put in', unit: 'asset' },
				{ label: 'Used as' },
				{ label: 'Reward a year', unit: 'asset' },
				{ label: 'Reward a year', unit: '% of what you put in' },
				{ label: 'Days until spendable after deciding to leave', unit: 'days' },
				{ label: 'Most you can lose', unit: 'asset' }
			],
			rows: view.ways.map((w) => [
				w.label,
				w.asset,
				w.own,
				w.setup,
				w.yearly,
				w.yieldPercent,
				w.spendableDays,
				w.atRisk
			])
		})
	];
}
