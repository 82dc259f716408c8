import { FIGURE_WIDTH } from '../og/figureCard';
import { figureText } from '../og/figureText';
import { loadPreviewFonts } from '../og/loadPreviewFonts';
import { renderFigureSvg } from '../og/renderFigureSvg';
import { renderPreviewPng, svgToPng } from '../og/renderPreviewPng';
import { scenarioFromUrl, type ScenarioFromUrl } from '../../widgets/scenarioFromUrl';
import { renderCache } from './renderCache';
import { wellKnownScenarios } from './wellKnownScenarios';

/**
 * A preview PNG is 30–80 KB, an exported figure 150–400 KB; 48 MB keeps a few hundred.
 * PREVIEW_CACHE_MB overrides.
 */
const MAX_BYTES = Number(process.env.PREVIEW_CACHE_MB ?? 48) * 1024 * 1024;

const cache = renderCache<Uint8Array>(MAX_BYTES, (png) => png.byteLength);

/** What a link's preview image says was changed: nothing for a link read as given. */
export function previewNotices(found: ScenarioFromUrl): readonly string[] {
	return found.canonical ? [] : found.notices;
}

const keyOf = (found: ScenarioFromUrl) => `${found.widget.slug}?${found.query}`;

/**
 * The preview image of the scenario a link names, made valid, rendered at most once per canonical
 * query (and set of changes from the link, and width) while cached: 1200 px wide, or `width`
 * pixels at the same aspect. A link whose values had to be changed gets the nearest valid
 * scenario with a line on the image saying what was changed.
 */
export function previewImage(found: ScenarioFromUrl, width?: number): Promise<Uint8Array> {
	const notices = previewNotices(found);
	const key = `${keyOf(found)}${notices.length ? `#${notices.join('\n')}` : ''}${width ? `@${width}w` : ''}`;
	return cache.get(key, async () =>
		renderPreviewPng(
			found.widget.title,
			found.widget.preview(found.scenario),
			await loadPreviewFonts(),
			notices,
			width
		)
	);
}

/** A scenario's chart as one flat SVG with title, caption, source and link; UTF-8 bytes. */
export function figureSvg(found: ScenarioFromUrl, origin: string): Promise<Uint8Array> {
	return cache.get(`figure ${origin} ${keyOf(found)}`, async () => {
		const svg = await renderFigureSvg(
			figureText(found, origin),
			found.widget.preview(found.scenario).chart,
			await loadPreviewFonts()
		);
		return new TextEncoder().encode(svg);
	});
}

/** The exported figure as PNG, `scale` times its 1200 px width. */
export function figurePng(
	found: ScenarioFromUrl,
	origin: string,
	scale: number
): Promise<Uint8Array> {
	return cache.get(`figure@${scale}x ${origin} ${keyOf(found)}`, async () =>
		svgToPng(new TextDecoder().decode(await figureSvg(found, origin)), FIGURE_WIDTH * scale)
	);
}

/** Renders the well-known scenarios' previews ahead of the first bot; resolves to how many. */
export async function warmPreviewImages(): Promise<number> {
	const known = wellKnownScenarios();
	for (const { slug, query } of known) {
		const found = scenarioFromUrl(slug, new URLSearchParams(query));
		if (found) await previewImage(found);
	}
	return known.length;
}

export const previewImageStats = cache.stats;
