import { ticks } from 'd3-array';
import { fitText } from '../../format/fitText';
import type { OperatorsScenario } from '../../scenario/operators';
import type { Preview } from '../preview';
import { serverFrame } from './serverFrame';
import { formatShare } from './formatShare';
import { operatorsSummary } from './operatorsSummary';
import { operatorsView } from './operatorsView';

/** The scenario as a link preview: the game's last round, operators as bars, largest first. */
export function operatorsPreview(scenario: OperatorsScenario): Preview {
	const { frame, final } = serverFrame(scenario);
	const view = operatorsView(frame);
	const width = Math.max(1, view.columns.length);
	const outcome = !final ? `Round ${frame.rounds}: ` : frame.converged ? '' : 'Not converged: ';
	return {
		title: fitText(
			`${outcome}k = ${frame.k}: ${frame.pools} pools, ${frame.operators} operators, ${frame.nakamoto} hold half`,
			80
		),
		description: fitText(operatorsSummary(frame, !final), 250),
		keyNumbers: [
			{ label: 'pools', value: String(frame.pools) },
			{ label: 'operators holding half the stake', value: String(frame.nakamoto) },
			{ label: 'total pledge', value: formatShare(frame.totalPledge) }
		],
		chart: {
			x: {
				type: 'linear',
				domain: [0, width],
				title: 'operators, largest first',
				ticks: ticks(0, width, 5),
				format: (v) => String(v)
			},
			y: {
				type: 'linear',
				domain: [0, view.yTop],
				title: 'pooled stake ÷ saturation',
				ticks: ticks(0, view.yTop, Math.min(4, view.yTop)),
				format: (v) => String(v)
			},
			lines: [
				{
					label: 'one saturated pool',
					color: 'black',
					dash: '6 4',
					points: [
						[0, 1],
						[width, 1]
					]
				}
			],
			bars: [
				{ color: 'blue', width: 0.8, values: view.singles.map((c) => [c.x0 + 0.1, c.y] as const) },
				{
					color: 'orange',
					width: 0.8,
					values: view.splitters.map((c) => [c.x0 + 0.1, c.y] as const)
				}
			]
		}
	};
}
