import { inkHex } from '../../charts/palette';
import { textWidth } from '../../charts/textWidth';
import type { Preview } from '../../widgets/preview';
import { chartLayout, LABEL_FONT, LABEL_HEIGHT, type ChartLayout } from './chartLayout';
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
const CONTINUES = 18;
const Y_TITLE = 28;
const X_TICKS = 28;
const X_TITLE = 26;
const LEGEND = 32;
const NOTICE_FONT = 18;
const NOTICE_LINE = 23;
const NOTICE_PAD = 3;
const NOTICE_GAP = 4;
const NOTICE_WIDTH = CARD_WIDTH - 2 * PAD_X - 4 - 2 * 12;

const ink = inkHex.text;
const muted = inkHex.muted;

/** Keeps a number on the same line as its unit sign ("6.5 %", "10 ×") when text wraps. */
const keepUnits = (text: string) => text.replace(/ ([%×])/g, '\u00a0$1');

const svgImage = (svg: string, width: number, height: number) =>
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
	// A chart whose lines are named at their ends needs no legend row; it gets one back only
	// when the names do not all fit.
	const sized = (withLegend: boolean) => {
		const size = plotSize(preview, titleLines, notice ? noticeHeight(notice) : HEADER, withLegend);
		return { size, chart: chartLayout(preview.chart, size.width, size.height) };
	};
	const first = sized(Boolean(preview.chart.legend?.length) && !preview.chart.directLabels);
	const { size, chart } =
		preview.chart.directLabels && first.chart.legend.length ? sized(true) : first;
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
				h('div', { display: 'flex', flexDirection: 'column', paddingLeft: size.gutter }, [
					h(
						'div',
						{ fontSize: 18, color: muted, height: preview.chart.y.type === 'band' ? 8 : Y_TITLE },
						chart.yTitle
					),
					plot,
					...(chart.legend.length ? [legend] : [])
				])
			])
		]
	);
}
