import { loadPreviewFonts } from '../og/loadPreviewFonts';
import { renderPreviewPng } from '../og/renderPreviewPng';
import { scenarioFromUrl, type ScenarioFromUrl } from '../../widgets/scenarioFromUrl';
import { renderCache } from './renderCache';
import { wellKnownScenarios } from './wellKnownScenarios';

/** A preview PNG is 30–80 KB; 48 MB keeps several hundred scenarios. PREVIEW_CACHE_MB overrides. */
const MAX_BYTES = Number(process.env.PREVIEW_CACHE_MB ?? 48) * 1024 * 1024;

const cache = renderCache<Uint8Array>(MAX_BYTES, (png) => png.byteLength);

/** The preview image of a valid scenario, rendered at most once per canonical query while cached. */
export function previewImage(found: ScenarioFromUrl): Promise<Uint8Array> {
	return cache.get(`${found.widget.slug}?${found.query}`, async () =>
		renderPreviewPng(
			found.widget.title,
			found.widget.preview(found.scenario),
			await loadPreviewFonts()
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
