import { scaleBand } from 'd3-scale';
import type { AxisSpec } from './axisScale';
import type { BarMark, ChartSpec, ColorToken, DotMark, Point } from './spec';

/** Shares of a band row, from its top, where the name line starts and the bar spans. */
export interface RowLayout {
	readonly nameTop: number;
	readonly bar: readonly [number, number];
}

export const ROW_NAME_TOP = 0.06;
export const ROW_BAR = [0.46, 0.86] as const;
const PAGE_ROWS: RowLayout = { nameTop: ROW_NAME_TOP, bar: ROW_BAR };

/**
 * What a chart spec means in data units both renderers share: the y axis (band rows become unit
 * rows counted down from the top), where each bar sits, which bars continue past the axis end,
 * and the lines, boxes and dots that text must keep off.
 */
export function specGeometry(spec: ChartSpec, rowLayout: RowLayout = PAGE_ROWS) {
	const rows = spec.y.type === 'band' ? spec.y.domain : [];
	const band = scaleBand<string>().domain(rows).range([0, rows.length]);
	const y: AxisSpec =
		spec.y.type === 'band' ? { type: 'linear', domain: [rows.length, 0] } : spec.y;
	const rowTop = (row: string) => (band(row) ?? 0) + rowLayout.nameTop * band.bandwidth();
	const barSpan = (row: string) =>
		[
			(band(row) ?? 0) + rowLayout.bar[0] * band.bandwidth(),
			(band(row) ?? 0) + rowLayout.bar[1] * band.bandwidth()
		] as const;
	/** A y written against the page's rows (a text anchor on a bar), in this layout's rows. */
	const rowY = (v: number) => {
		const i = Math.floor(v);
		const f = v - i;
		if (spec.y.type !== 'band' || f < ROW_BAR[0] || f > ROW_BAR[1]) return v;
		const t = (f - ROW_BAR[0]) / (ROW_BAR[1] - ROW_BAR[0]);
		return i + rowLayout.bar[0] + t * (rowLayout.bar[1] - rowLayout.bar[0]);
	};
	const bars = spec.marks.filter((m): m is BarMark => m.type === 'barX');
	const xMax = spec.x.domain[1];
	const lines = spec.marks.flatMap((m): { id: string; points: readonly Point[] }[] => {
		if (m.type === 'line') return [{ id: m.id, points: m.points }];
		if (m.type === 'ruleX' && !m.barsOnly)
			return [
				{
					id: m.id,
					points: [
						[m.at, y.domain[0]],
						[m.at, y.domain[1]]
					]
				}
			];
		if (m.type === 'ruleY')
			return [
				{
					id: m.id,
					points: [
						[spec.x.domain[0], m.at],
						[xMax, m.at]
					]
				}
			];
		return [];
	});
	return {
		y,
		rowY,
		rowTop,
		barSpan,
		barSpans: rows.map(barSpan),
		lines,
		boxes: bars.map((b) => {
			const [y1, y2] = barSpan(b.row);
			return { id: b.id, at: [b.x1, y1, Math.min(b.x2, xMax), y2] as const };
		}),
		dots: spec.marks.filter((m): m is DotMark => m.type === 'dot'),
		continuing: bars
			.filter((b) => b.x2 > xMax)
			.map((b) => {
				const [y1, y2] = barSpan(b.row);
				return { id: b.id, at: (y1 + y2) / 2, color: b.color as ColorToken };
			})
	};
}

/** Where, down a band row, its bar's middle is: the anchor of a value label at the bar's end. */
export const BAR_MIDDLE = (ROW_BAR[0] + ROW_BAR[1]) / 2;
