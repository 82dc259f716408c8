import type { ChartSpec, Mark, TextMark } from '../../charts/spec';
import type { OperatorsFrame } from './operatorsFrame';
import type { OperatorsView } from './operatorsView';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Operators as bars, largest first: the stake in all their pools in multiples of the saturation
 * point, operators running several pools hollow, with the saturation line and the number of
 * operators (and pools) holding half the stake.
 */
export function operatorsChart(view: OperatorsView, frame: OperatorsFrame): ChartSpec {
	const width = Math.max(1, view.columns.length);
	const biggestSplitter = view.splitters[0];
	const marks: Mark[] = [
		{ type: 'columns', id: 'one-pool', color: 'blue', gap: 0.15, columns: view.singles },
		{
			type: 'columns',
			id: 'several-pools',
			color: 'orange',
			hollow: true,
			gap: 0.15,
			columns: view.splitters
		},
		{ type: 'ruleY', id: 'saturation', at: 1, color: 'text' }
	];
	const labels: TextMark[] = [
		{
			id: 'saturation',
			text: `saturation: 1/${frame.k} of all stake`,
			at: [width, 1],
			priority: 5,
			// On a phone the half-the-stake line leaves no room on either side of it.
			names: ['saturation', 'half'],
			sides: ['above', 'below']
		}
	];
	if (frame.nakamoto > 0) {
		marks.push({ type: 'ruleX', id: 'half', at: frame.nakamoto, color: 'text' });
		labels.push({
			id: 'half',
			text: `${count(frame.nakamoto, 'operator holds', 'operators hold')} half (${count(frame.nakamotoByPool, 'pool', 'pools')})`,
			at: [frame.nakamoto, view.yTop],
			priority: 6,
			names: ['half'],
			sides: ['right', 'left', 'below'],
			bold: true
		});
	}
	if (biggestSplitter)
		labels.push({
			id: 'largest-splitter',
			text: `${biggestSplitter.pools} pools, one operator`,
			at: [(biggestSplitter.x0 + biggestSplitter.x1) / 2, biggestSplitter.y],
			priority: 4,
			// Beside a tall bar the only room may lie across the half-the-stake line.
			names: ['several-pools', 'half'],
			sides: ['right', 'above']
		});
	return {
		label: `Operators as bars, largest first: the stake in all their pools, in multiples of the saturation point, after round ${frame.rounds}`,
		height: 17,
		x: {
			type: 'linear',
			domain: [0, width],
			// Whole operators: with fewer than five there are no fractions to mark.
			tickCount: Math.min(5, width),
			title: 'operators, largest first',
			format: String
		},
		y: {
			type: 'linear',
			domain: [0, view.yTop],
			tickCount: Math.min(4, view.yTop),
			title: 'pooled stake ÷ saturation',
			format: String
		},
		marks,
		labels,
		legend: [
			{ id: 'one-pool', label: 'operator running one pool', color: 'blue', kind: 'box' },
			{
				id: 'several-pools',
				label: 'operator running several pools',
				color: 'orange',
				kind: 'hollow'
			}
		]
	};
}
