import { yieldChart } from './rewardsCharts';
import { fitText } from '../../format/fitText';
import { formatStake } from '../../format/number';
import type { RewardsScenario } from '../../scenario/rewards';
import type { Preview } from '../preview';
import { formatPercent } from './formatPercent';
import { rewardsSummary } from './rewardsSummary';
import { rewardsView } from './rewardsView';

/** The rewards scenario as a link preview: the delegators' yield of both pools against pool stake. */
export function rewardsPreview(scenario: RewardsScenario): Preview {
	const view = rewardsView(scenario);
	const [pool] = view.pools;
	const atSat = pool.at(view.saturation);
	const atTriple = pool.at(3 * view.saturation);
	const title = `Cardano pool yield: ${formatPercent(atSat.delegatorYieldPercent)} at saturation (${formatStake(view.saturation)} ada), ${formatPercent(atTriple.delegatorYieldPercent)} at 3×`;
	return {
		title: fitText(title, 80),
		description: fitText(rewardsSummary(scenario, view), 250),
		keyNumbers: [
			{ label: 'saturation point', value: `${formatStake(view.saturation)} ada` },
			{ label: 'delegators at saturation', value: formatPercent(atSat.delegatorYieldPercent) },
			{ label: 'at three times saturation', value: formatPercent(atTriple.delegatorYieldPercent) }
		],
		chart: yieldChart(view)
	};
}
