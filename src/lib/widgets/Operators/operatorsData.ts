import { defineDataTable, type DataTable } from '../../export/dataTable';
import { playGame } from '../../operators/playGame';
import type { OperatorsScenario } from '../../scenario/operators';
import { gameKey, gameSettingsOf } from './gameSettingsOf';
import { frameOf } from './operatorsFrame';

/** The operators widget's data, for export: every operator of the game played to its end. */
export function operatorsData(scenario: OperatorsScenario): DataTable[] {
	const frame = frameOf(gameKey(scenario), playGame(gameSettingsOf(scenario)));
	return [
		defineDataTable({
			title: `Every operator after round ${frame.rounds} (${frame.converged ? 'equilibrium' : 'not converged'}), largest pooled stake first`,
			columns: [
				{ label: 'Rank' },
				{ label: 'Stakeholder' },
				{ label: 'Own stake', unit: 'share of all stake' },
				{ label: 'Pools' },
				{ label: 'Pledge per pool', unit: 'share of all stake' },
				{ label: 'Stake in its pools', unit: 'share of all stake' },
				{ label: 'Lowest margin', unit: 'fraction' }
			],
			rows: frame.operatorTable.map((row, i) => [
				i + 1,
				row.agent,
				row.stake,
				row.pools,
				row.pledgePerPool,
				row.poolStake,
				row.margin
			])
		})
	];
}
