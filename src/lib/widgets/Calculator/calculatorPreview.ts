import { calculatorChart } from './calculatorChart';
import { fitText } from '../../format/fitText';
import { formatStake } from '../../format/number';
import type { CalculatorScenario } from '../../scenario/calculator';
import type { Preview } from '../preview';
import { formatPercent } from '../Rewards/formatPercent';
import { calculatorSummary } from './calculatorSummary';
import { calculatorView, wayOf } from './calculatorView';
import { shortLabel } from './shortLabel';

/** The calculator as a link preview: one bar per way of staking, its yearly reward in percent. */
export function calculatorPreview(scenario: CalculatorScenario): Preview {
	const view = calculatorView(scenario);
	const yields = view.ways.map((w) => `${shortLabel[w.id]} ${formatPercent(w.yieldPercent)}`);
	const solo = wayOf(view, 'solo');
	const steth = wayOf(view, 'steth');
	return {
		title: fitText(`I have ${formatStake(scenario.eth)} ETH: ${yields.slice(0, 4).join(', ')}`, 80),
		description: fitText(calculatorSummary(scenario, view), 250),
		keyNumbers: [
			{ label: `best: ${view.best.label}`, value: formatPercent(view.best.yieldPercent) },
			{ label: 'solo validator', value: formatPercent(solo.yieldPercent) },
			{ label: 'stETH holder', value: formatPercent(steth.yieldPercent) }
		],
		chart: calculatorChart(view)
	};
}
