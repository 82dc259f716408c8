import { inkHex } from '../../charts/palette';
import { textWidth } from '../../charts/textWidth';
import type { Preview } from '../../widgets/preview';
import { chartBlock, CONTINUES, fitChart, LEGEND, X_TICKS, X_TITLE, Y_TITLE } from './chartBlock';
import { h, type Element } from './element';
import { previewNotice } from './previewNotice';

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
const NOTICE_FONT = 18;
const NOTICE_LINE = 23;
const NOTICE_PAD = 3;
const NOTICE_GAP = 4;
const NOTICE_WIDTH = CARD_WIDTH - 2 * PAD_X - 4 - 2 * 12;

const ink = inkHex.text;
const muted = inkHex.muted;

/** Keeps a number on the same line as its unit sign ("6.5 %", "10 ×") when text wraps. */
const keepUnits = (text: string) => text.replace(/ ([%×])/g, '\u00a0$1');

/**
 * The height of the card's notice of a changed link (one line, its padding and the gap below it).
 * It takes the header's place, so a plot of bars keeps its rows readable.
 */
function noticeHeight(notice: string | undefined): number {
	return notice ? NOTICE_LINE + 2 * NOTICE_PAD + NOTICE_GAP : 0;
}

/**
 * The size of the plot that fills the card below the header (or the notice that replaces it) and
 * the title, beside the key numbers. `top` is the header's height, or the notice's.
 */
export function plotSize(
	preview: Preview,
	titleLines: number,
	top = HEADER,
	withLegend = Boolean(preview.chart.legend?.length)
) {
	const isBand = preview.chart.y.type === 'band';
	const legend = withLegend ? LEGEND : 0;
	const body = CARD_HEIGHT - PAD_TOP - PAD_BOTTOM - top - titleLines * TITLE_LINE - 16;
	return {
		width: CARD_WIDTH - 2 * PAD_X - NUMBERS_WIDTH - (isBand ? 24 : GUTTER) - CONTINUES,
		height: body - (isBand ? 8 : Y_TITLE) - X_TICKS - X_TITLE - legend,
		gutter: isBand ? 24 : GUTTER
	};
}

/**
 * The preview image's layout: site and widget, the title, key numbers, and the page's chart. A
 * link whose values had to be changed (`notices`) gets, in the header's place, a line saying what
 * was changed, so the card never passes off the nearest valid scenario as the link's own.
 */
export function previewCard(
	widgetTitle: string,
	preview: Preview,
	notices: readonly string[] = []
): Element {
	const title = keepUnits(preview.title);
	const titleLines = textWidth(title, TITLE_FONT, true) * 0.82 > CARD_WIDTH - 2 * PAD_X ? 2 : 1;
	const notice = previewNotice(notices, NOTICE_WIDTH, NOTICE_FONT, 1);
	const { size, chart } = fitChart(preview.chart, (withLegend) =>
		plotSize(preview, titleLines, notice ? noticeHeight(notice) : HEADER, withLegend)
	);
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
			notice
				? h(
						'div',
						{
							display: 'flex',
							// Satori sizes the content box: the padding and border come on top.
							width: NOTICE_WIDTH,
							height: noticeHeight(notice) - NOTICE_GAP - 2 * NOTICE_PAD,
							marginBottom: NOTICE_GAP,
							padding: `${NOTICE_PAD}px 12px`,
							fontSize: NOTICE_FONT,
							lineHeight: `${NOTICE_LINE}px`,
							color: ink,
							background: '#fff4e5',
							borderLeft: '4px solid #b35900'
						},
						notice
					)
				: h(
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
					chartBlock(preview.chart, size, chart)
				)
			])
		]
	);
}
