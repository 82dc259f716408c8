import { loadPreviewFonts } from '../og/loadPreviewFonts';
import { renderPreviewPng } from '../og/renderPreviewPng';
import { scenarioFromUrl, type ScenarioFromUrl } from '../../widgets/scenarioFromUrl';
import { renderCache } from './renderCache';
import { wellKnownScenarios } from './wellKnownScenarios';

/** A preview PNG is 30–80 KB; 48 MB keeps several hundred scenarios. PREVIEW_CACHE_MB overrides. */
const MAX_BYTES = Number(process.env.PREVIEW_CACHE_MB ?? 48) * 1024 * 1024;

const cache = renderCache<Uint8Array>(MAX_BYTES, (png) => png.byteLength);

/** What a link's preview image says was changed: nothing for a link read as given. */
export function previewNotices(found: ScenarioFromUrl): readonly string[] {
	return found.canonical ? [] : found.notices;
}

/**
 * The preview image of the scenario a link names, made valid, rendered at most once per canonical
 * query (and set of changes from the link) while cached. A link whose values had to be changed
 * gets the nearest valid scenario with a line on the image saying what was changed.
 */
export function previewImage(found: ScenarioFromUrl): Promise<Uint8Array> {
	const notices = previewNotices(found);
	const key = `${found.widget.slug}?${found.query}${notices.length ? `#${notices.join('\n')}` : ''}`;
	return cache.get(key, async () =>
		renderPreviewPng(
			found.widget.title,
			found.widget.preview(found.scenario),
			await loadPreviewFonts(),
			notices
		)
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
