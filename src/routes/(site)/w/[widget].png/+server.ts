import { error } from '@sveltejs/kit';
import { exportScale } from '$lib/export/exportScale';
import { figurePng } from '$lib/server/cache/previewImages';
import { exportHeaders } from '$lib/server/http/exportHeaders';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

/**
 * The SVG figure of a scenario as PNG, `scale` (1–4, default 2) times its 1200 px width. A link
 * with wrong values gets the nearest valid scenario; a wrong scale the nearest valid one.
 */
export async function GET({ params, url }) {
	const search = new URLSearchParams(url.searchParams);
	const scale = exportScale(search.get('scale'));
	search.delete('scale');
	const found = scenarioFromUrl(params.widget, search);
	if (!found) error(404, `There is no widget called “${params.widget}”.`);
	const png = await figurePng(found, url.origin, scale);
	return new Response(png as Uint8Array<ArrayBuffer>, {
		headers: { ...exportHeaders(found, 'image/png', 'png'), 'x-export-scale': String(scale) }
	});
}
