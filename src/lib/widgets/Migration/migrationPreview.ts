import { poolsChart } from './migrationCharts';
import { fitText } from '../../format/fitText';
import type { MigrationScenario } from '../../scenario/migration';
import type { Preview } from '../preview';
import { frameAt } from './frameAt';
import { formatRatio } from './formatRatio';
import { migrationSummary } from './migrationSummary';
import { migrationView } from './migrationView';
import { mixedPopulationLabel } from './mixedPopulation';
import { smallModelOf } from './smallModel';

const informationLabel: Record<MigrationScenario['information'], string> = {
	all: 'delegators comparing all pools',
	sample: 'delegators comparing sampled pools',
	ranking: 'delegators following the wallet ranking',
	mixed: `a mixed population (${mixedPopulationLabel})`
};

const startLabel: Record<MigrationScenario['start'], string> = {
	whale: 'a whale pool',
	mainnet: 'a mainnet-like spread',
	uniform: 'an even spread'
};

/**
 * The scenario as a link preview: the 50-pool run to the shown epoch, pools as bars sorted by
 * stake with the saturation line. A mainnet-size scenario is previewed with the same settings on
 * 50 pools (its run takes seconds), and the description says so.
 */
export function migrationPreview(scenario: MigrationScenario): Preview {
	const isMainnet = scenario.preset === 'mainnet';
	const view = migrationView(frameAt(smallModelOf(scenario)));
	const { now } = view;
	const scale = isMainnet ? 'Preview from the 50-pool model; the page runs 3,000. ' : '';
	return {
		title: fitText(
			`Epoch ${view.epoch}: largest pool ${formatRatio(now.maxPoolStakeRatio)} saturation, ${now.poolsOverSaturation} over, ${now.nakamoto} hold half`,
			80
		),
		description: fitText(
			`${scale}From ${startLabel[scenario.start]}, ${informationLabel[scenario.information]}. ${migrationSummary(view)}`,
			250
		),
		keyNumbers: [
			{ label: 'pools over saturation', value: String(now.poolsOverSaturation) },
			{ label: 'largest pool ÷ saturation', value: formatRatio(now.maxPoolStakeRatio) },
			{ label: 'pools holding half the stake', value: String(now.nakamoto) }
		],
		chart: poolsChart(view)
	};
}
