import { defineDataTable, type DataTable } from '../../export/dataTable';
import type { MigrationScenario } from '../../scenario/migration';
import { frameAt } from './frameAt';
import { topPools } from './migrationTable';
import { migrationView } from './migrationView';

/**
 * The migration run to the scenario's epoch as data tables: every epoch's series, then the ten
 * largest pools. Runs the scenario's own model size, so a mainnet scenario takes seconds.
 */
export function migrationData(scenario: MigrationScenario): DataTable[] {
	const frame = frameAt(scenario);
	const view = migrationView(frame);
	return [
		defineDataTable({
			title: 'Every epoch so far',
			columns: [
				{ label: 'Epoch' },
				{ label: 'k' },
				{ label: 'Saturation point', unit: 'ada' },
				{ label: 'Pools over saturation' },
				{ label: 'Largest pool ÷ saturation point', unit: '×' },
				{ label: 'Pools holding half of all stake' },
				{ label: 'Pools with delegators' },
				{ label: 'Stake in zero-pledge pools', unit: '0 to 1' },
				{ label: 'Delegators who moved in the epoch' },
				{ label: 'Stake moved in the epoch', unit: '0 to 1' }
			],
			rows: view.points.map((p) => [
				p.epoch,
				p.k,
				p.saturationAda,
				p.poolsOverSaturation,
				p.maxPoolStakeRatio,
				p.nakamoto,
				p.poolsWithDelegations,
				p.zeroPledgeShare,
				p.moves,
				p.movedShare
			])
		}),
		defineDataTable({
			title: `The ten largest pools at epoch ${view.epoch}`,
			columns: [
				{ label: 'Rank' },
				{ label: 'Stake', unit: 'ada' },
				{ label: 'Stake ÷ saturation point', unit: '×' },
				{ label: 'Pledge', unit: 'ada' },
				{ label: 'Change in the last epoch', unit: 'ada' }
			],
			rows: topPools(frame).map((p) => [p.rank, p.stakeAda, p.ratio, p.pledgeAda, p.changeAda])
		})
	];
}
