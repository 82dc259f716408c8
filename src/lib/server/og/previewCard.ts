import type { Preview } from '../../widgets/preview';
import { chartLayout } from './chartLayout';
import { h, type Element } from './element';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PADDING_X = 52;
const CHART_WIDTH = 640;
const CHART_HEIGHT = 270;

const muted = '#5b5b63';

/** Keeps a number on the same line as its unit sign ("6.5 %", "10 ×") when text wraps. */
const keepUnits = (text: string) => text.replace(/ ([%×])/g, '\u00a0$1');

/** The preview image's layout: site and widget, the title, key numbers, and the chart with labels. */
export function previewCard(widgetTitle: string, preview: Preview): Element {
	const chart = chartLayout(preview.chart, CHART_WIDTH, CHART_HEIGHT);
	const image = `data:image/svg+xml;base64,${Buffer.from(chart.svg).toString('base64')}`;
	const label = (style: Record<string, string | number>, text: string) =>
		h('div', { position: 'absolute', fontSize: 20, color: muted, display: 'flex', ...style }, text);

	const plot = h(
		'div',
		{ display: 'flex', position: 'relative', width: CHART_WIDTH, height: CHART_HEIGHT },
		[
			h('img', { position: 'absolute', left: 0, top: 0 }, undefined, {
				src: image,
				width: CHART_WIDTH,
				height: CHART_HEIGHT
			}),
			...chart.yTicks.map((t) => label({ right: CHART_WIDTH + 10, top: t.top - 13 }, t.label)),
			...chart.xTicks.map((t) =>
				label(
					{ left: t.left - 40, top: CHART_HEIGHT + 8, width: 80, justifyContent: 'center' },
					t.label
				)
			),
			...chart.rules.map((r) =>
				label(
					r.left > CHART_WIDTH * 0.6
						? { right: CHART_WIDTH - r.left + 8, top: 6, color: r.color, fontWeight: 700 }
						: { left: r.left + 8, top: 6, color: r.color, fontWeight: 700 },
					r.label
				)
			)
		]
	);

	const legend = h(
		'div',
		{
			display: 'flex',
			flexWrap: 'wrap',
			width: CHART_WIDTH,
			marginTop: 44,
			fontSize: 18,
			color: muted
		},
		chart.legend.map((l) =>
			h('div', { display: 'flex', alignItems: 'center', marginRight: 22, marginBottom: 4 }, [
				h('div', {
					width: 26,
					height: 0,
					borderTop: `5px ${l.dash === 'none' ? 'solid' : 'dashed'} ${l.color}`,
					marginRight: 8
				}),
				l.label
			])
		)
	);

	const keyNumbers = preview.keyNumbers.map((k) =>
		h('div', { display: 'flex', flexDirection: 'column', marginBottom: 18 }, [
			h('div', { fontSize: 52, fontWeight: 700, color: '#1d1d1f' }, keepUnits(k.value)),
			h('div', { fontSize: 21, color: muted, maxWidth: 300 }, keepUnits(k.label))
		])
	);

	return h(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			padding: `36px ${PADDING_X}px`,
			background: '#ffffff',
			fontFamily: 'Inter, DejaVu Sans',
			color: '#1d1d1f'
		},
		[
			h(
				'div',
				{ fontSize: 24, color: '#005a8c', fontWeight: 700 },
				`Liquid or Locked · ${widgetTitle}`
			),
			h(
				'div',
				{
					fontSize: 38,
					fontWeight: 700,
					marginTop: 8,
					lineHeight: 1.2,
					width: CARD_WIDTH - 2 * PADDING_X
				},
				keepUnits(preview.title)
			),
			h('div', { display: 'flex', marginTop: 24 }, [
				h('div', { display: 'flex', flexDirection: 'column', width: 340 }, keyNumbers),
				h('div', { display: 'flex', flexDirection: 'column', paddingLeft: 100 }, [plot, legend])
			])
		]
	);
}
