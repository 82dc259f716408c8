import { scaleBand } from 'd3-scale';
import type { AxisSpec } from './axisScale';
import type { BarMark, ChartSpec, ColorToken, DotMark, Point } from './spec';

/** Share of a band row, from its top, where the name line starts and the bar spans. */
export const ROW_NAME_TOP = 0.06;
export const ROW_BAR = [0.46, 0.86] as const;

/**
 * What a chart spec means in data units both renderers share: the y axis (band rows become unit
 * rows counted down from the top), where each bar sits, which bars continue past the axis end,
 * and the lines, boxes and dots that text must keep off.
 */
export function specGeometry(spec: ChartSpec) {
	const rows = spec.y.type === 'band' ? spec.y.domain : [];
	const band = scaleBand<string>().domain(rows).range([0, rows.length]);
	const y: AxisSpec =
		spec.y.type === 'band' ? { type: 'linear', domain: [rows.length, 0] } : spec.y;
	const rowTop = (row: string) => (band(row) ?? 0) + ROW_NAME_TOP * band.bandwidth();
	const barSpan = (row: string) =>
		[
			(band(row) ?? 0) + ROW_BAR[0] * band.bandwidth(),
			(band(row) ?? 0) + ROW_BAR[1] * band.bandwidth()
		] as const;
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
