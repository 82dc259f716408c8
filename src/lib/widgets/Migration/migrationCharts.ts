import type { ChartSpec } from '../../charts/spec';
import { formatStake } from '../../format/number';
import { formatRatio } from './formatRatio';
import { migrationSeries } from './migrationSeries';
import type { MigrationView } from './migrationView';

/** Pools as columns sorted by stake, in multiples of the saturation point, with the saturation line. */
export function poolsChart(view: MigrationView): ChartSpec {
	// A mark only where a column moved visibly, not on every column of a quiet epoch.
	const columns = view.columns.map((c) => ({
		...c,
		y: c.ratio,
		previous:
			Math.abs(c.previousRatio - c.ratio) > view.ratioTop / 200 ? c.previousRatio : undefined
	}));
	return {
		label: `Pools as bars sorted by stake, in multiples of the saturation point, at epoch ${view.epoch}`,
		height: 17,
		x: {
			type: 'linear',
			domain: [0, view.pools],
			title:
				view.poolsPerColumn > 1
					? `pools, largest first (each bar the mean of ${view.poolsPerColumn})`
					: 'pools, largest first',
			format: String
		},
		y: {
			type: 'linear',
			domain: [0, view.ratioTop],
			tickCount: 4,
			title: 'stake ÷ saturation',
			format: formatRatio
		},
		marks: [
			{
				type: 'columns',
				id: 'pledged',
				color: 'blue',
				gap: 0.15,
				columns: columns.filter((c) => !c.isZeroPledge)
			},
			{
				type: 'columns',
				id: 'zero-pledge',
				color: 'orange',
				hollow: true,
				gap: 0.15,
				columns: columns.filter((c) => c.isZeroPledge)
			},
			{ type: 'ruleY', id: 'saturation', at: 1, color: 'text' },
			// Bars are means of several pools at mainnet size; the largest pool's own size is marked.
			...(view.largestAlone !== undefined
				? [
						{
							type: 'dot' as const,
							id: 'largest',
							at: [0, view.largestAlone] as const,
							color: 'blue' as const
						}
					]
				: [])
		],
		labels: [
			...(view.largestAlone !== undefined
				? [
						{
							id: 'largest',
							text: `largest pool alone: ${formatRatio(view.largestAlone)}`,
							at: [0, view.largestAlone] as const,
							priority: 6,
							names: ['largest'],
							sides: ['right' as const]
						}
					]
				: []),
			{
				id: 'saturation',
				text: `saturation, ${formatStake(view.now.saturationAda)} ada (k = ${view.now.k})`,
				at: [view.pools, 1],
				priority: 5,
				names: ['saturation'],
				sides: ['above', 'below']
			}
		],
		legend: [
			{ id: 'pledged', label: 'pool with a pledge', color: 'blue', kind: 'box' },
			{ id: 'zero-pledge', label: 'pool pledging nothing', color: 'orange', kind: 'hollow' },
			{ id: 'previous', label: 'its stake one epoch earlier', color: 'text', kind: 'tick' }
		]
	};
}

/** One small chart per measure, epoch 0 to now, the latest value marked. */
export function seriesCharts(view: MigrationView): (ChartSpec & { title: string })[] {
	return migrationSeries(view).map((s) => ({
		title: s.title,
		label: `${s.title} by epoch, epoch 0 to ${view.epoch}`,
		height: 7.5,
		// Only the ends: at a phone's width, inner labels of a small chart run together ("1520").
		x: {
			type: 'linear',
			domain: [0, view.epochHorizon],
			ticks: [0, view.epochHorizon],
			title: '',
			format: String
		},
		y: { type: 'linear', domain: [0, s.top], ticks: s.ticks, title: '', format: s.format },
		marks: [
			{ type: 'line', id: s.id, points: s.points, color: 'vermillion', width: 2 },
			...(s.points.length > 0
				? [
						{
							type: 'dot' as const,
							id: `${s.id}-now`,
							at: s.points[s.points.length - 1],
							color: 'vermillion' as const
						}
					]
				: [])
		],
		labels: []
	}));
}
