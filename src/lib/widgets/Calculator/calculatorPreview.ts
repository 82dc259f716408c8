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
		chart: {
			x: {
				type: 'linear',
				domain: [-0.5, view.ways.length - 0.5],
				title: 'way of staking',
				ticks: view.ways.map((_, i) => i),
				format: (i) => shortLabel[view.ways[i]?.id ?? 'solo']
			},
			y: {
				type: 'linear',
				domain: view.yieldDomain,
				title: 'yearly reward, % of what you put in',
				ticks: [0, view.yieldDomain[1] / 2, view.yieldDomain[1]],
				format: formatPercent
			},
			lines: [],
			bars: [
				{ color: 'blue', width: 0.6, values: view.ways.map((w, i) => [i - 0.3, w.yieldPercent]) }
			]
		}
	};
}
