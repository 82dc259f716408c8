import { defineDataTable, type DataTable } from '../../export/dataTable';
import type { PunishmentScenario } from '../../scenario/punishment';
import { punishmentView } from './punishmentView';
import { slashingTable } from './slashingTable';

/** The punishment widget's two panels as data tables: slashing losses, then punishment windows. */
export function punishmentData(scenario: PunishmentScenario): DataTable[] {
	const view = punishmentView(scenario);
	const [legacy, electra] = view.formulas;
	return [
		defineDataTable({
			title: 'ETH lost by a slashed 32 ETH validator',
			columns: [
				{ label: 'Share of all stake slashed together', unit: '0 to 1' },
				{ label: legacy.label, unit: 'ETH' },
				{ label: electra.label, unit: 'ETH' },
				{ label: 'Your share' }
			],
			rows: slashingTable(view).map((r) => [r.share, r.legacyEth, r.electraEth, r.isCurrent])
		}),
		defineDataTable({
			title: `How long stake answers for a misbehaviour, and whether it still does on day ${view.day}`,
			columns: [
				{ label: 'Design' },
				{ label: "Operator's stake slashable for", unit: 'days' },
				{ label: `Operator's stake punishable on day ${view.day}` },
				{ label: "Delegators' stake slashable for", unit: 'days' },
				{ label: `Delegators' stake punishable on day ${view.day}` },
				{ label: 'Why' }
			],
			rows: view.designs.map((d) => [
				d.label,
				d.operatorDays,
				d.isOperatorPunishable,
				d.delegatorDays,
				d.isDelegatorPunishable,
				d.reason
			])
		})
	];
}
