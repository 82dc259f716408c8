import { line } from 'd3-shape';
import { axisScale } from '../../charts/axisScale';
import { endLabelId, endLabels, endLabelsFit } from '../../charts/directLabels';
import { inkHex, tokenHex } from '../../charts/palette';
import type { Box } from '../../charts/place/geometry';
import { placeLabels } from '../../charts/place/placeLabels';
import { scaleTicks } from '../../charts/scaleTicks';
import type { ChartSpec, ColorToken, Point } from '../../charts/spec';
import { specGeometry } from '../../charts/specGeometry';
import { textWidth } from '../../charts/textWidth';

export const LABEL_FONT = 16;
export const LABEL_HEIGHT = 22;
const LINE_SCALE = 2;

export interface PlacedText {
	readonly text: string;
	readonly x: number;
	readonly y: number;
	readonly bold?: boolean;
	readonly color?: string;
}

export interface ChartLayout {
	/** The marks as a standalone SVG document; text is laid out by the card. */
	readonly svg: string;
	readonly xTicks: { left: number; label: string }[];
	readonly yTicks: { top: number; label: string }[];
	readonly xTitle: string;
	readonly yTitle: string;
	/** Text marks placed by the same rules as on the page, in pixels of the plot. */
	readonly labels: PlacedText[];
	/** Band chart row names (a bold part and the rest), top-left in pixels of the plot. */
	readonly rows: (PlacedText & { strong: string })[];
	readonly legend: { label: string; color: string; dash: string; width: number; kind: string }[];
}

const escapeAttr = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Page lines are drawn in CSS pixels; the image draws them twice as wide, dashes with them. */
export const scaleDash = (dash = 'none') =>
	dash === 'none'
		? dash
		: dash
				.split(/\s+/)
				.map((n) => Number(n) * LINE_SCALE)
				.join(' ');

/**
 * A chart spec drawn at a fixed pixel size, as the page draws it at that size: the same scales
 * (y flipped, minimum at the bottom), ticks, marks, colours and label placement.
 */
export function chartLayout(spec: ChartSpec, width: number, height: number): ChartLayout {
	// Rows of a band chart: a name line of fixed pixels, the bar below it in what is left.
	const rowHeight = spec.y.type === 'band' ? height / spec.y.domain.length : height;
	const g = specGeometry(spec, {
		nameTop: 1 / rowHeight,
		bar: [(LABEL_HEIGHT + 2) / rowHeight, (rowHeight - 3) / rowHeight]
	});
	const x = axisScale(spec.x);
	const y = axisScale(g.y, true);
	const px = (v: number) => (x(v) / 100) * width;
	const py = (v: number) => (y(v) / 100) * height;
	const at = (p: Point): Point => [px(p[0]), py(g.rowY(p[1]))];
	const color = (c: ColorToken) => tokenHex(c);
	const xTicks = scaleTicks(spec.x);
	const yAxis = spec.y.type === 'band' ? undefined : spec.y;
	const yTicks = yAxis ? scaleTicks(yAxis) : [];
	const path = line<Point>()
		.x((p) => px(p[0]))
		.y((p) => py(p[1]));
	const rect = (x1: number, y1: number, x2: number, y2: number, fill: string, extra = '') =>
		`<rect x="${Math.min(x1, x2)}" y="${Math.min(y1, y2)}" width="${Math.abs(x2 - x1)}" height="${Math.abs(y2 - y1)}" fill="${fill}"${extra}/>`;
	const vertical = (v: number, spans: (readonly [number, number])[], c: string) =>
		spans
			.map(
				([a, b]) =>
					`<path d="M${px(v)},${py(a)}V${py(b)}" stroke="${c}" stroke-width="3" stroke-dasharray="10 8"/>`
			)
			.join('');

	const grid = [
		...xTicks.map(
			(t) => `<path d="M${px(t)},0V${height}" stroke="${inkHex.grid}" stroke-width="2"/>`
		),
		...yTicks.map(
			(t) => `<path d="M0,${py(t)}H${width}" stroke="${inkHex.grid}" stroke-width="2"/>`
		)
	];
	const marks = spec.marks.map((m) => {
		if (m.type === 'line')
			return `<path d="${escapeAttr(path(m.points) ?? '')}" fill="none" stroke="${color(m.color)}" stroke-width="${(m.width ?? 2.5) * LINE_SCALE}" stroke-dasharray="${scaleDash(m.dash)}" stroke-linejoin="round" stroke-linecap="round"/>`;
		if (m.type === 'barX') {
			const [y1, y2] = g.barSpan(m.row);
			return rect(px(m.x1), py(y1), px(m.x2), py(y2), color(m.color));
		}
		if (m.type === 'columns')
			return m.columns
				.map((c) => {
					const inset = ((c.x1 - c.x0) * (m.gap ?? 0.2)) / 2;
					return rect(
						px(c.x0 + inset),
						py(c.y),
						px(c.x1 - inset),
						py(0),
						color(m.color),
						m.hollow ? ' fill-opacity="0.3"' : ''
					);
				})
				.join('');
		if (m.type === 'ruleX')
			return vertical(
				m.at,
				m.barsOnly ? g.barSpans.map((s) => [...s] as const) : [[g.y.domain[0], g.y.domain[1]]],
				color(m.color)
			);
		if (m.type === 'ruleY')
			return `<path d="M0,${py(m.at)}H${width}" stroke="${color(m.color)}" stroke-width="3" stroke-dasharray="10 8"/>`;
		if (m.type === 'bandY')
			return rect(0, py(m.y1), width, py(m.y2), color(m.color), ' fill-opacity="0.1"');
		if (m.type !== 'dot') return '';
		const [cx, cy] = at(m.at);
		return `<circle cx="${cx}" cy="${cy}" r="9" fill="${color(m.color)}" stroke="#ffffff" stroke-width="3"/>`;
	});
	const continuing = g.continuing.map(
		(c) => `<path d="M${width},${py(c.at) - 11}l14,11l-14,11z" fill="${color(c.color)}"/>`
	);

	const rows = (spec.rows ?? []).map((r) => ({
		strong: r.strong ?? '',
		text: r.text,
		x: 0,
		y: py(g.rowTop(r.row)),
		bold: true
	}));
	const textMarks = [...spec.labels, ...endLabels(spec)];
	const placement = placeLabels(
		textMarks.map((l) => ({
			id: l.id,
			anchor: at(l.at),
			width: textWidth(l.text, LABEL_FONT, l.bold) + 8,
			height: LABEL_HEIGHT,
			priority: l.priority,
			sides: l.sides,
			names: l.names,
			inLine: l.inLine
		})),
		{
			bounds: { x: 0, y: 0, width, height },
			lines: g.lines.map((l) => ({ id: l.id, points: l.points.map(at) })),
			boxes: [
				...g.boxes.map((b): Box & { id: string } => {
					// Already in this image's rows, as the bars are drawn: not moved by rowY.
					const [p, q] = [
						[px(b.at[0]), py(b.at[1])],
						[px(b.at[2]), py(b.at[3])]
					];
					return {
						id: b.id,
						x: p[0],
						y: Math.min(p[1], q[1]),
						width: q[0] - p[0],
						height: Math.abs(q[1] - p[1])
					};
				}),
				...g.dots.map((d) => {
					const [cx, cy] = at(d.at);
					return { x: cx - 10, y: cy - 10, width: 20, height: 20 };
				}),
				...rows.map((r) => ({
					x: 0,
					y: r.y,
					width: textWidth(r.strong + r.text, LABEL_FONT, true),
					height: LABEL_HEIGHT
				}))
			],
			gap: 6,
			// A card is seen small and briefly: a label that cannot sit by its mark is left out.
			maxSteps: 2
		}
	);
	const byId = new Map(textMarks.map((l) => [l.id, l]));
	// The lines are named at their ends when every one of them found room; else by the legend.
	const direct = endLabelsFit(spec, new Set(placement.placed.map((p) => p.id)));
	const ends = new Set((spec.legend ?? []).map((e) => endLabelId(e.id)));
	const placed = direct ? placement.placed : placement.placed.filter((p) => !ends.has(p.id));
	const leaders = placed
		.filter((p) => p.leader)
		.map(
			(p) =>
				`<path d="M${p.leader![0][0]},${p.leader![0][1]}L${p.leader![1][0]},${p.leader![1][1]}" stroke="${inkHex.muted}" stroke-width="2"/>`
		);

	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 16}" height="${height}" viewBox="0 0 ${width + 16} ${height}">${[...grid, ...marks, ...continuing, ...leaders].join('')}</svg>`;
	return {
		svg,
		xTicks: xTicks.map((t) => ({ left: px(t), label: spec.x.format(t) })),
		yTicks: yAxis ? yTicks.map((t) => ({ top: py(t), label: yAxis.format(t) })) : [],
		xTitle: spec.x.title,
		yTitle: yAxis?.title ?? '',
		labels: placed.map((p) => {
			const l = byId.get(p.id)!;
			return {
				text: l.text,
				x: p.box.x,
				y: p.box.y,
				bold: l.bold,
				color: l.color && tokenHex(l.color)
			};
		}),
		rows,
		legend: (direct ? [] : (spec.legend ?? [])).map((e) => ({
			label: e.label,
			color: tokenHex(e.color),
			dash: scaleDash(e.dash),
			width: (e.width ?? 2.5) * LINE_SCALE,
			kind: e.kind ?? 'line'
		}))
	};
}
