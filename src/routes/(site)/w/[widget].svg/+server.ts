import { error } from '@sveltejs/kit';
import { figureSvg } from '$lib/server/cache/previewImages';
import { exportHeaders } from '$lib/server/http/exportHeaders';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

/**
 * A scenario's chart as a standalone SVG for slides: title, chart, caption, source and link, its
 * text drawn as outlines of the site's fonts so it looks the same in any program. A link with
 * wrong values gets the nearest valid scenario, as the widget's page does.
 */
export async function GET({ params, url }) {
	const found = scenarioFromUrl(params.widget, url.searchParams);
	if (!found) error(404, `There is no widget called “${params.widget}”.`);
	const svg = await figureSvg(found, url.origin);
	return new Response(svg as Uint8Array<ArrayBuffer>, {
		headers: exportHeaders(found, 'image/svg+xml; charset=utf-8', 'svg')
	});
}
