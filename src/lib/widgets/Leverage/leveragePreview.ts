import { leverageCharts } from './leverageChart';
import { fitText } from '../../format/fitText';
import { formatLeverage, formatStake } from '../../format/number';
import type { LeverageScenario } from '../../scenario/leverage';
import type { Preview } from '../preview';
import { bondedToday } from './bondedToday';
import { leverageSummary } from './leverageSummary';
import { leverageView } from './leverageView';

/** The leverage scenario as a link preview. */
export function leveragePreview(scenario: LeverageScenario): Preview {
	const view = leverageView(scenario);
	const { operator, cardano } = view;
	const { rocketPool } = bondedToday(view.today);
	const title = `${formatStake(operator.own)} ETH own + ${formatStake(operator.delegated)} delegated: ${formatLeverage(operator.leverage)} leverage; a Rocket Pool megapool: ${formatLeverage(rocketPool.leverage)}`;
	return {
		title: fitText(title, 80),
		description: fitText(leverageSummary(scenario, view), 250),
		keyNumbers: [
			{ label: 'your operator', value: formatLeverage(operator.leverage) },
			{
				label: `Cardano, ${formatStake(cardano.pledge)} ada pledge, at saturation`,
				value: formatLeverage(cardano.leverageAtSaturation)
			},
			{ label: rocketPool.label, value: formatLeverage(rocketPool.leverage) }
		],
		chart: leverageCharts(view).overview
	};
}
