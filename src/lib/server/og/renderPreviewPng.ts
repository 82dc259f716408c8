import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Preview } from '../../widgets/preview';
import type { Element } from './element';
import { CARD_HEIGHT, CARD_WIDTH, previewCard } from './previewCard';

/** Font files shipped with the site: text never depends on the fonts a server happens to have. */
export interface PreviewFonts {
	interRegular: ArrayBuffer;
	interBold: ArrayBuffer;
	/** Fallback for symbols Inter's Latin subset lacks (∞, ≤). */
	dejaVuSans: ArrayBuffer;
}

/** An element tree as SVG, its text drawn as outlines of the shipped fonts. */
export function renderSvg(
	element: Element,
	size: { width: number; height?: number },
	fonts: PreviewFonts
): Promise<string> {
	return satori(element as never, {
		...size,
		fonts: [
			{ name: 'Inter', data: fonts.interRegular, weight: 400, style: 'normal' },
			{ name: 'Inter', data: fonts.interBold, weight: 700, style: 'normal' },
			{ name: 'DejaVu Sans', data: fonts.dejaVuSans, weight: 400, style: 'normal' }
		]
	});
}

/** An SVG as PNG, `width` pixels wide (its own width when not given), height in proportion. */
export function svgToPng(svg: string, width?: number): Uint8Array {
	const resvg = new Resvg(svg, {
		fitTo: width ? { mode: 'width', value: width } : { mode: 'original' },
		font: { loadSystemFonts: false }
	});
	return resvg.render().asPng();
}

/**
 * A PNG of a scenario's preview card: 1200x630, or `width` pixels wide at the same aspect;
 * `notices` say what was changed from the link.
 */
export async function renderPreviewPng(
	widgetTitle: string,
	preview: Preview,
	fonts: PreviewFonts,
	notices: readonly string[] = [],
	width?: number
): Promise<Uint8Array> {
	const svg = await renderSvg(
		previewCard(widgetTitle, preview, notices),
		{ width: CARD_WIDTH, height: CARD_HEIGHT },
		fonts
	);
	return svgToPng(svg, width);
}
