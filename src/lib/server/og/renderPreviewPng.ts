import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Preview } from '../../widgets/preview';
import { CARD_HEIGHT, CARD_WIDTH, previewCard } from './previewCard';

/** Font files shipped with the site: text never depends on the fonts a server happens to have. */
export interface PreviewFonts {
	interRegular: ArrayBuffer;
	interBold: ArrayBuffer;
	/** Fallback for symbols Inter's Latin subset lacks (∞, ≤). */
	dejaVuSans: ArrayBuffer;
}

/** A 1200x630 PNG of a scenario's preview card; `notices` say what was changed from the link. */
export async function renderPreviewPng(
	widgetTitle: string,
	preview: Preview,
	fonts: PreviewFonts,
	notices: readonly string[] = []
): Promise<Uint8Array> {
	const svg = await satori(previewCard(widgetTitle, preview, notices) as never, {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: [
			{ name: 'Inter', data: fonts.interRegular, weight: 400, style: 'normal' },
			{ name: 'Inter', data: fonts.interBold, weight: 700, style: 'normal' },
			{ name: 'DejaVu Sans', data: fonts.dejaVuSans, weight: 400, style: 'normal' }
		]
	});
	const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
	return resvg.render().asPng();
}
