import { inkHex } from '../../charts/palette';
import type { ChartSpec } from '../../charts/spec';
import { chartLayout, LABEL_FONT, LABEL_HEIGHT, type ChartLayout } from './chartLayout';
import { h, type Element } from './element';

/** Room right of the plot for the arrows of marks that continue past the axis. */
export const CONTINUES = 18;
export const Y_TITLE = 28;
export const X_TICKS = 28;
export const X_TITLE = 26;
export const LEGEND = 32;

const ink = inkHex.text;
const muted = inkHex.muted;

export const svgImage = (svg: string, width: number, height: number) =>
	h('img', { width, height }, undefined, {
		src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
		width,
		height
	});

/** A legend swatch drawn as its mark is: the line's colour, width, dashes and round caps. */
function swatch(entry: ChartLayout['legend'][number]): Element {
	const shape =
		entry.kind === 'line'
			? `<line x1="5" y1="8" x2="43" y2="8" stroke="${entry.color}" stroke-width="${entry.width}" stroke-dasharray="${entry.dash}" stroke-linecap="round"/>`
			: entry.kind === 'tick'
				? `<rect x="12" y="6" width="24" height="4" fill="${entry.color}"/>`
				: `<rect x="15" y="0" width="16" height="16" fill="${entry.color}" fill-opacity="${entry.kind === 'hollow' ? 0.3 : 1}" stroke="${entry.color}" stroke-width="3"/>`;
	return svgImage(
		`<svg xmlns="http://www.w3.org/2000/svg" width="48" height="16">${shape}</svg>`,
		48,
		16
	);
}

/**
 * A chart laid out at the plot size `sizeFor` gives. Lines named at their ends need no legend
 * row; such a chart gets one back only when the names do not all fit.
 */
export function fitChart<S extends { width: number; height: number }>(
	spec: ChartSpec,
	sizeFor: (withLegend: boolean) => S
): { size: S; chart: ChartLayout } {
	const sized = (withLegend: boolean) => {
		const size = sizeFor(withLegend);
		return { size, chart: chartLayout(spec, size.width, size.height) };
	};
	const first = sized(Boolean(spec.legend?.length) && !spec.directLabels);
	return spec.directLabels && first.chart.legend.length ? sized(true) : first;
}

/**
 * A chart spec drawn at a plot size with its axis titles, ticks, labels and legend, as a column
 * of elements: y title, plot, legend. The preview card and the exported figure both use it.
 */
export function chartBlock(
	spec: ChartSpec,
	size: { width: number; height: number },
	chart: ChartLayout = chartLayout(spec, size.width, size.height)
): Element[] {
	const text = (style: Record<string, string | number>, content: string | Element[]) =>
		h(
			'div',
			{ position: 'absolute', display: 'flex', fontSize: 18, color: muted, ...style },
			content
		);
	const plot = h(
		'div',
		{ display: 'flex', position: 'relative', width: size.width + CONTINUES, height: size.height },
		[
			h('div', { position: 'absolute', left: 0, top: 0, display: 'flex' }, [
				svgImage(chart.svg, size.width + CONTINUES, size.height)
			]),
			...chart.yTicks.map((t) =>
				text({ right: size.width + CONTINUES + 10, top: t.top - 12, lineHeight: 1.3 }, t.label)
			),
			...chart.xTicks.map((t, i, all) =>
				text(
					{
						left: i === all.length - 1 ? t.left - 120 : i === 0 ? t.left : t.left - 60,
						top: size.height + 4,
						width: 120,
						justifyContent: i === all.length - 1 ? 'flex-end' : i === 0 ? 'flex-start' : 'center'
					},
					t.label
				)
			),
			text({ right: CONTINUES, top: size.height + X_TICKS + 2 }, chart.xTitle),
			...chart.rows.map((r) =>
				text(
					{
						left: r.x,
						top: r.y,
						fontSize: LABEL_FONT,
						lineHeight: `${LABEL_HEIGHT}px`,
						color: ink
					},
					[h('span', { fontWeight: 700 }, r.strong), h('span', {}, r.text.replace(/^ /, '\u00a0'))]
				)
			),
			...chart.labels.map((l) =>
				text(
					{
						left: l.x,
						top: l.y,
						fontSize: LABEL_FONT,
						lineHeight: `${LABEL_HEIGHT}px`,
						height: LABEL_HEIGHT,
						padding: '0 4px',
						color: ink,
						fontWeight: l.bold ? 700 : 400,
						background: 'rgba(255,255,255,0.85)',
						...(l.color ? { borderLeft: `4px solid ${l.color}` } : {})
					},
					l.text
				)
			)
		]
	);
	const legend = h(
		'div',
		{
			display: 'flex',
			flexWrap: 'wrap',
			marginTop: X_TICKS + X_TITLE + 2,
			width: size.width + CONTINUES,
			fontSize: 18,
			color: muted
		},
		chart.legend.map((l) =>
			h('div', { display: 'flex', alignItems: 'center', marginRight: 22 }, [
				swatch(l),
				h('span', { marginLeft: 6 }, l.label)
			])
		)
	);
	return [
		h(
			'div',
			{ fontSize: 18, color: muted, height: spec.y.type === 'band' ? 8 : Y_TITLE },
			chart.yTitle
		),
		plot,
		...(chart.legend.length ? [legend] : [])
	];
}
