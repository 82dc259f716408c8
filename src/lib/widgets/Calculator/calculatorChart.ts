import type { ChartSpec } from '../../charts/spec';
import { BAR_MIDDLE } from '../../charts/specGeometry';
import { formatPercent } from '../Rewards/formatPercent';
import type { CalculatorView } from './calculatorView';
import { formatAmount } from './formatAmount';

/** Each way of staking as a row: its name and yield above a bar of the yield, the amount at its end. */
export function calculatorChart(view: CalculatorView): ChartSpec {
	const domain = view.ways.map((w) => w.id);
	return {
		label: 'Yearly reward of each way of staking, as a percentage of what you put in',
		height: domain.length * 2.6 + 2.8,
		x: {
			type: 'linear',
			domain: view.yieldDomain,
			title: 'yearly reward, % of what you put in',
			format: formatPercent
		},
		y: { type: 'band', domain },
		marks: view.ways
			.filter((w) => w.yieldPercent > 0)
			.map((w) => ({
				type: 'barX' as const,
				id: w.id,
				row: w.id,
				x1: 0,
				x2: w.yieldPercent,
				color: w.asset === 'ada' ? ('green' as const) : ('blue' as const)
			})),
		rows: view.ways.map((w) => ({
			row: w.id,
			strong: w.label,
			text: ` · ${formatPercent(w.yieldPercent)}`
		})),
		labels: view.ways.map((w, i) => ({
			id: `${w.id}-amount`,
			text: `${formatAmount(w.yearly, w.asset)} a year`,
			at: [w.yieldPercent, i + BAR_MIDDLE] as const,
			priority: 5,
			names: [w.id],
			inLine: true,
			sides: ['right', 'left'] as const
		}))
	};
}
