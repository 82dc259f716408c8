import { error } from '@sveltejs/kit';
import { exportScale } from '$lib/export/exportScale';
import { linkQuery } from '$lib/scenario/linkQuery';
import { figurePngResponse } from '$lib/server/http/figureResponses';
import { staticBuild } from '$lib/staticBuild';
import { widgets } from '$lib/widgets';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

// The static build writes each widget's defaults at scale 2; named scenarios have their own files.
export const prerender = staticBuild;
export const entries = () => Object.keys(widgets).map((widget) => ({ widget }));

/**
 * The SVG figure of a scenario as PNG, `scale` (1–4, default 2) times its 1200 px width. A link
 * with wrong values gets the nearest valid scenario; a wrong scale the nearest valid one.
 */
export async function GET({ params, url }) {
	const search = new URLSearchParams(linkQuery(url));
	const scale = exportScale(search.get('scale'));
	search.delete('scale');
	const found = scenarioFromUrl(params.widget, search);
	if (!found) error(404, `There is no widget called “${params.widget}”.`);
	return figurePngResponse(found, url.origin, scale);
}
