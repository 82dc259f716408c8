import { nice } from 'd3-array';
import type { ChartSpec, ColorToken, LineMark, Mark, TextMark } from '../../charts/spec';
import { formatLeverage, formatStake } from '../../format/number';
import { DELEGATED_DOMAIN, type LeverageView, type SeriesId } from './leverageView';
import { bondedToday } from './bondedToday';
import { seriesStyle, shortName } from './seriesStyle';

/** Where the bonded band's name sits: delegated stake, ETH. */
const BAND_LABEL_AT = 1e4;

/** Leverage axis of the overview: from below 1× so the solo validator's 1× line shows. */
export const OVERVIEW_LEVERAGE = [0.25, 1e9] as const;

const LINES: SeriesId[] = ['operator', 'cardano', 'solo', 'rp16', 'rp8'];
const BONDED: SeriesId[] = ['solo', 'rp16', 'rp8'];

/**
 * Every design's leverage against delegated stake, log on log. The thread's example is its point
 * (its line is your operator's at one own ETH); the bonded designs' flat lines are only told
 * apart in the comparison chart, which this one marks with a shaded band.
 */
function leverageOverview(view: LeverageView, zoomTop: number): ChartSpec {
	const { operator, thread, cardano } = view;
	const series = new Map(view.series.map((s) => [s.id, s]));
	const lines: LineMark[] = LINES.map((id) => ({
		type: 'line',
		id,
		points: series.get(id)?.points ?? [],
		...seriesStyle[id],
		width: id === 'operator' ? 3.5 : 2.5
	}));
	const isPastSaturation = cardano.pledge >= cardano.saturation;
	const satAt = [
		Math.max(cardano.delegatedAtSaturation, DELEGATED_DOMAIN[0]),
		cardano.leverageAtSaturation
	] as const;
	const youAt = [
		Math.max(operator.delegated, DELEGATED_DOMAIN[0]),
		Math.min(operator.leverage, OVERVIEW_LEVERAGE[1])
	] as const;
	const marks: Mark[] = [
		{ type: 'bandY', id: 'zoom', y1: OVERVIEW_LEVERAGE[0], y2: zoomTop, color: 'muted' },
		...(isPastSaturation
			? []
			: [{ type: 'ruleX', id: 'saturation', at: satAt[0], color: 'blue' } as const]),
		...[...lines].reverse(),
		{ type: 'dot', id: 'thread-dot', at: [thread.delegated, thread.leverage], color: 'purple' },
		{ type: 'dot', id: 'cardano-dot', at: satAt, color: 'blue' },
		{ type: 'dot', id: 'you-dot', at: youAt, color: 'vermillion' }
	];
	const end = (id: SeriesId) => series.get(id)?.points.at(-1);
	const endLabel = (id: SeriesId, priority: number): TextMark[] => {
		const at = end(id);
		return at
			? [
					{
						id: `${id}-end`,
						text: shortName[id],
						at,
						priority,
						names: [id],
						color: seriesStyle[id].color,
						sides: ['left', 'below', 'above']
					}
				]
			: [];
	};
	// The band holds every bonded design running today (the model's catalogue) and the earlier
	// Rocket Pool bonds drawn here.
	const { lowest, highest } = bondedToday(view.today);
	const bondRange = [
		...BONDED.map((id) => series.get(id)?.at(1) ?? 1),
		lowest.leverage,
		highest.leverage
	];
	const labels: TextMark[] = [
		{
			id: 'you',
			text: `you: ${formatLeverage(operator.leverage)}`,
			at: youAt,
			priority: 10,
			names: ['operator'],
			bold: true
		},
		{
			id: 'thread',
			text: `thread, 1 + 9: ${formatLeverage(thread.leverage)}`,
			at: [thread.delegated, thread.leverage],
			priority: 9,
			names: ['operator'],
			sides: ['right', 'left', 'below', 'above']
		},
		{
			id: 'cardano-sat',
			text: isPastSaturation
				? `pledge alone past saturation: ${formatLeverage(cardano.leverageAtSaturation)}`
				: `Cardano at saturation (${formatStake(cardano.saturation)} ada): ${formatLeverage(cardano.leverageAtSaturation)}`,
			at: satAt,
			// Past saturation the point sits in the corner where the thread's example is; it wins.
			priority: isPastSaturation ? 9.5 : 8,
			names: ['cardano', 'saturation'],
			sides: ['left', 'right', 'below', 'above']
		},
		...endLabel('operator', 7),
		...endLabel('cardano', 6),
		{
			id: 'bonded',
			text: `bonded designs ${formatLeverage(Math.min(...bondRange))}–${formatLeverage(Math.max(...bondRange))}, enlarged below`,
			// Above the band where it is empty (1 to 100k delegated): at the right edge the name would
			// cross the Cardano saturation rule, and wide text (as in the exported figure) was dropped.
			at: [BAND_LABEL_AT, Math.max(...bondRange)],
			priority: 5,
			names: [...BONDED, 'cardano'],
			sides: ['above', 'right', 'left']
		}
	];
	return {
		label:
			'Leverage against delegated stake, both on log scales, for your operator, a Cardano pool and three bonded designs',
		height: 21,
		x: {
			type: 'log',
			domain: DELEGATED_DOMAIN,
			title: 'delegated stake (ETH; ada for Cardano)',
			format: formatStake
		},
		y: {
			type: 'log',
			domain: OVERVIEW_LEVERAGE,
			title: 'leverage (log scale)',
			format: formatLeverage
		},
		marks,
		labels
	};
}

const COMPARE: SeriesId[] = ['operator', 'thread', 'rp16', 'rp8'];

/** A row of the comparison: a design's name, its leverage and its bar's colour. */
interface ComparisonRow {
	readonly id: string;
	readonly name: string;
	readonly leverage: number;
	readonly color: ColorToken;
}

function comparisonRows(view: LeverageView): ComparisonRow[] {
	const value: Record<SeriesId, number> = {
		operator: view.operator.leverage,
		thread: view.thread.leverage,
		cardano: view.cardano.leverageAtSaturation,
		solo: view.bonded.solo,
		rp16: view.bonded.rp16,
		rp8: view.bonded.rp8
	};
	const name: Record<SeriesId, string> = {
		...shortName,
		operator: `Your operator, ${formatStake(view.operator.own)} + ${formatStake(view.operator.delegated)} ETH`,
		cardano:
			view.cardano.pledge >= view.cardano.saturation
				? `Cardano, ${formatStake(view.cardano.pledge)} ada pledge, saturated alone`
				: `Cardano at saturation, ${formatStake(view.cardano.pledge)} ada pledge`
	};
	const series = (id: SeriesId): ComparisonRow => ({
		id,
		name: name[id],
		leverage: value[id],
		color: seriesStyle[id].color
	});
	// The designs running today, solo validator first, from the model's catalogue.
	const today = view.today.map((d): ComparisonRow => ({
		id: d.id,
		name: d.label,
		leverage: d.leverage,
		color: d.id === 'solo' ? seriesStyle.solo.color : 'sky'
	}));
	return [...COMPARE.map(series), ...today, series('cardano')];
}

/**
 * Each design's leverage as a bar on a linear axis wide enough for today's bonded designs and the
 * thread, so 2×, 4×, 8×, 13× and 25× are told apart; unbounded designs run off the axis.
 */
function leverageComparison(view: LeverageView, top: number): ChartSpec {
	const rows = comparisonRows(view);
	return {
		label:
			'Leverage of each design on a linear scale: your operator, the thread’s example, the earlier Rocket Pool bonds, the designs running today, a Cardano pool at saturation',
		height: rows.length * 2.6 + 3.9,
		x: { type: 'linear', domain: [0, top], title: 'leverage', format: formatLeverage },
		y: { type: 'band', domain: rows.map((r) => r.id) },
		marks: rows.map((r) => ({
			type: 'barX',
			id: r.id,
			row: r.id,
			x1: 0,
			x2: Number.isFinite(r.leverage) ? r.leverage : top * 10,
			color: r.color
		})),
		rows: rows.map((r) => ({
			row: r.id,
			strong: r.name,
			text: `: ${formatLeverage(r.leverage)}`
		})),
		labels: []
	};
}

/** The leverage widget's two charts: the log overview and the linear comparison it enlarges. */
export function leverageCharts(view: LeverageView): { overview: ChartSpec; comparison: ChartSpec } {
	const bounded = view.today.map((d) => d.leverage).filter(Number.isFinite);
	const [, top] = nice(
		0,
		Math.max(view.thread.leverage, ...Object.values(view.bonded), ...bounded) * 1.15,
		4
	);
	return { overview: leverageOverview(view, top), comparison: leverageComparison(view, top) };
}
