import { inkHex } from '../../charts/palette';
import type { ChartSpec } from '../../charts/spec';
import { chartBlock, CONTINUES, X_TICKS, X_TITLE } from './chartBlock';
import { h, type Element } from './element';

export const FIGURE_WIDTH = 1200;
const PAD = 40;
const GUTTER = 76;
const BAND_GUTTER = 24;
const PLOT_HEIGHT = 440;

/** What an exported figure shows besides its chart, all of it text the page shows too. */
export interface FigureText {
	/** The widget's title. */
	readonly title: string;
	/** The page's caption for the scenario. */
	readonly caption: string;
	/** Where the numbers come from. */
	readonly source: string;
	/** The scenario's page, so the figure leads back to what it shows. */
	readonly url: string;
}

/**
 * An exported figure: the widget's title, the page's chart, its caption, the source and the
 * scenario's address. It is as tall as its text needs (the renderer is given only the width).
 */
export function figureCard(text: FigureText, chart: ChartSpec): Element {
	const gutter = chart.y.type === 'band' ? BAND_GUTTER : GUTTER;
	const size = { width: FIGURE_WIDTH - 2 * PAD - gutter - CONTINUES, height: PLOT_HEIGHT };
	const line = (style: Record<string, string | number>, content: string) =>
		h('div', { display: 'flex', width: FIGURE_WIDTH - 2 * PAD, ...style }, content);
	return h(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			width: FIGURE_WIDTH,
			padding: `${PAD - 8}px ${PAD}px ${PAD - 12}px`,
			background: '#ffffff',
			fontFamily: 'Inter, DejaVu Sans',
			color: inkHex.text
		},
		[
			line({ fontSize: 30, fontWeight: 700, lineHeight: 1.25, marginBottom: 14 }, text.title),
			h(
				'div',
				{ display: 'flex', flexDirection: 'column', paddingLeft: gutter },
				chartBlock(chart, size)
			),
			// Below the x axis's ticks and title, which hang under the plot unless a legend holds them.
			line(
				{
					fontSize: 21,
					lineHeight: 1.45,
					marginTop: 22 + (chart.legend?.length ? 0 : X_TICKS + X_TITLE)
				},
				text.caption
			),
			line({ fontSize: 16, lineHeight: 1.4, marginTop: 14, color: inkHex.muted }, text.source),
			line({ fontSize: 16, lineHeight: 1.4, color: '#005a8c', wordBreak: 'break-all' }, text.url)
		]
	);
}
