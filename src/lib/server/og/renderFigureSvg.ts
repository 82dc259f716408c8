import type { ChartSpec } from '../../charts/spec';
import { FIGURE_WIDTH, figureCard, type FigureText } from './figureCard';
import { inlineSvgImages } from './inlineSvgImages';
import { renderSvg, type PreviewFonts } from './renderPreviewPng';

const escapeText = (text: string) =>
	text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);

/**
 * An exported figure as one flat SVG document. Its text is drawn as outlines, so the figure's
 * words are also given as the document's title and description: screen readers, search and
 * anyone checking the numbers read them there.
 */
export async function renderFigureSvg(
	text: FigureText,
	chart: ChartSpec,
	fonts: PreviewFonts
): Promise<string> {
	const svg = inlineSvgImages(
		await renderSvg(figureCard(text, chart), { width: FIGURE_WIDTH }, fonts)
	);
	const about = `<title>${escapeText(text.title)}</title><desc>${escapeText(
		[text.caption, text.source, text.url].join('\n')
	)}</desc>`;
	return svg.replace(
		/^<svg [^>]*>/,
		(open) => `${open.replace('<svg ', '<svg role="img" ')}${about}`
	);
}
