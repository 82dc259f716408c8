import type { ChartSpec, LineMark } from '../../charts/spec';
import { formatStake } from '../../format/number';
import { formatPercent } from './formatPercent';
import type { RewardsView } from './rewardsView';
import { seriesStyle, type Measure } from './seriesStyle';

const stakeAxis = (view: RewardsView) =>
	({
		type: 'linear',
		domain: view.stakeDomain,
		ticks: [0, 1, 2, 3].map((m) => m * view.saturation),
		title: 'pool stake (ada)',
		format: formatStake
	}) as const;

const lines = (view: RewardsView, measures: Measure[]): LineMark[] =>
	view.pools.flatMap((curve) =>
		measures.map((m) => ({
			type: 'line' as const,
			id: `${curve.id}-${m}`,
			points: curve[m],
			...seriesStyle[curve.id][m]
		}))
	);

const saturationLabel = (view: RewardsView, top: number) =>
	({
		id: 'saturation',
		text: `saturation, ${formatStake(view.saturation)} ada`,
		at: [view.saturation, top] as const,
		priority: 6,
		names: ['saturation'],
		sides: ['right', 'left'] as const
	}) as const;

/** Pool and operator reward a year against pool stake, log scale, both pools. */
export function rewardChart(view: RewardsView): ChartSpec {
	return {
		label: 'Pool and operator reward per year against pool stake, log scale, for two pools',
		height: 15,
		x: stakeAxis(view),
		y: {
			type: 'log',
			domain: view.rewardDomain,
			title: 'ada a year (log scale)',
			format: formatStake
		},
		// Your pool first, the second on top: its dashes show over your line where they coincide.
		marks: [
			{ type: 'ruleX', id: 'saturation', at: view.saturation, color: 'text' },
			...lines(view, ['pool', 'operator'])
		],
		labels: [saturationLabel(view, view.rewardDomain[1])]
	};
}

/** Delegators' yield a year against pool stake, both pools, each pool's yield at saturation marked. */
export function yieldChart(view: RewardsView): ChartSpec {
	const top = view.maxYieldPercent * 1.05;
	const [pool, compare] = view.pools;
	const atSat = [pool, compare].map((c) => c.at(view.saturation).delegatorYieldPercent);
	return {
		label: 'Yearly reward per delegated ada against pool stake, for two pools',
		height: 15,
		x: stakeAxis(view),
		y: {
			type: 'linear',
			domain: [0, top],
			tickCount: 4,
			title: "delegators' yield a year",
			format: formatPercent
		},
		marks: [
			{ type: 'ruleX', id: 'saturation', at: view.saturation, color: 'text' },
			...lines(view, ['yield']),
			{
				type: 'dot',
				id: 'pool-dot',
				at: [view.saturation, atSat[0]],
				color: seriesStyle.pool.yield.color
			}
		],
		labels: [
			{
				id: 'pool-yield',
				text: `your pool: ${formatPercent(atSat[0])}`,
				at: [view.saturation, atSat[0]],
				priority: 10,
				names: ['pool-yield', 'compare-yield', 'saturation'],
				sides: ['below', 'right', 'left'],
				bold: true
			},
			saturationLabel(view, top)
		]
	};
}

/** The legend both panels share: each line's swatch as it is drawn, grouped by pool. */
export function rewardsLegend(view: RewardsView) {
	const names: Record<Measure, string> = {
		pool: 'pool reward',
		operator: 'operator',
		yield: "delegators' yield"
	};
	return view.pools.map((curve) => ({
		id: curve.id,
		title: `${curve.label} (${formatStake(curve.terms.pledgeAda)} ada pledge):`,
		entries: (['pool', 'operator', 'yield'] as const).map((m) => ({
			id: `${curve.id}-${m}`,
			label: names[m],
			...seriesStyle[curve.id][m]
		}))
	}));
}
