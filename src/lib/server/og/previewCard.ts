import { inkHex } from '../../charts/palette';
import { textWidth } from '../../charts/textWidth';
import type { Preview } from '../../widgets/preview';
import { chartBlock, CONTINUES, LEGEND, X_TICKS, X_TITLE, Y_TITLE } from './chartBlock';
import { h, type Element } from './element';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD_X = 44;
const PAD_TOP = 30;
const PAD_BOTTOM = 26;
const HEADER = 28;
const TITLE_FONT = 34;
const TITLE_LINE = 41;
const NUMBERS_WIDTH = 300;
const GUTTER = 76;

const ink = inkHex.text;
const muted = inkHex.muted;

/** Keeps a number on the same line as its unit sign ("6.5 %", "10 ×") when text wraps. */
const keepUnits = (text: string) => text.replace(/ ([%×])/g, '\u00a0$1');

/** The size of the plot that fills the card below the title, beside the key numbers. */
export function plotSize(preview: Preview, titleLines: number) {
	const isBand = preview.chart.y.type === 'band';
	const legend = preview.chart.legend?.length ? LEGEND : 0;
	const body = CARD_HEIGHT - PAD_TOP - PAD_BOTTOM - HEADER - titleLines * TITLE_LINE - 16;
	return {
		width: CARD_WIDTH - 2 * PAD_X - NUMBERS_WIDTH - (isBand ? 24 : GUTTER) - CONTINUES,
		height: body - (isBand ? 8 : Y_TITLE) - X_TICKS - X_TITLE - legend,
		gutter: isBand ? 24 : GUTTER
	};
}

/** The preview image's layout: site and widget, the title, key numbers, and the page's chart. */
export function previewCard(widgetTitle: string, preview: Preview): Element {
	const title = keepUnits(preview.title);
	const titleLines = textWidth(title, TITLE_FONT, true) * 0.82 > CARD_WIDTH - 2 * PAD_X ? 2 : 1;
	const size = plotSize(preview, titleLines);
	const keyNumbers = preview.keyNumbers.map((k) =>
		h('div', { display: 'flex', flexDirection: 'column', marginBottom: 16 }, [
			h('div', { fontSize: 46, fontWeight: 700, color: ink }, keepUnits(k.value)),
			h('div', { fontSize: 20, color: muted, maxWidth: NUMBERS_WIDTH - 10 }, keepUnits(k.label))
		])
	);

	return h(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`,
			background: '#ffffff',
			fontFamily: 'Inter, DejaVu Sans',
			color: ink
		},
		[
			h(
				'div',
				{ fontSize: 22, height: HEADER, color: '#005a8c', fontWeight: 700 },
				`Liquid or Locked · ${widgetTitle}`
			),
			h(
				'div',
				{
					fontSize: TITLE_FONT,
					fontWeight: 700,
					lineHeight: `${TITLE_LINE}px`,
					width: CARD_WIDTH - 2 * PAD_X
				},
				title
			),
			h('div', { display: 'flex', marginTop: 16 }, [
				h(
					'div',
					{ display: 'flex', flexDirection: 'column', width: NUMBERS_WIDTH, paddingTop: 8 },
					keyNumbers
				),
				h(
					'div',
					{ display: 'flex', flexDirection: 'column', paddingLeft: size.gutter },
					chartBlock(preview.chart, size)
				)
			])
		]
	);
}
