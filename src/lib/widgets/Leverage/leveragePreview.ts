import { leverageCharts } from './leverageChart';
import { fitText } from '../../format/fitText';
import { formatLeverage, formatStake } from '../../format/number';
import type { LeverageScenario } from '../../scenario/leverage';
import type { Preview } from '../preview';
import { leverageSummary } from './leverageSummary';
import { leverageView } from './leverageView';

/** The leverage scenario as a link preview. */
export function leveragePreview(scenario: LeverageScenario): Preview {
	const view = leverageView(scenario);
	const { operator, cardano, bonded } = view;
	const title = `${formatStake(operator.own)} ETH own + ${formatStake(operator.delegated)} delegated: ${formatLeverage(operator.leverage)} leverage; an 8 ETH Rocket Pool bond: ${formatLeverage(bonded.rp8)}`;
	return {
		title: fitText(title, 80),
		description: fitText(leverageSummary(scenario, view), 250),
		keyNumbers: [
			{ label: 'your operator', value: formatLeverage(operator.leverage) },
			{
				label: `Cardano, ${formatStake(cardano.pledge)} ada pledge, at saturation`,
				value: formatLeverage(cardano.leverageAtSaturation)
			},
			{ label: 'Rocket Pool, 8 ETH bond', value: formatLeverage(bonded.rp8) }
		],
		chart: leverageCharts(view).overview
	};
}
