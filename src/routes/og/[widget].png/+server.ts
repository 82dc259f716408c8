import { error } from '@sveltejs/kit';
import { loadPreviewFonts } from '$lib/server/og/loadPreviewFonts';
import { renderPreviewPng } from '$lib/server/og/renderPreviewPng';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

/** The preview image of a scenario, from the same model code as the page. */
export async function GET({ params, url }) {
	const found = scenarioFromUrl(params.widget, url.searchParams);
	if (!found) error(404, `There is no widget called “${params.widget}”.`);
	const png = await renderPreviewPng(
		found.widget.title,
		found.widget.preview(found.scenario),
		await loadPreviewFonts()
	);
	return new Response(png as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': 'image/png',
			// The image of a canonical query never changes for a given schema version.
			'cache-control': 'public, max-age=31536000, immutable',
			etag: `"${found.widget.slug}-${found.query}"`
		}
	});
}
