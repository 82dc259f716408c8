import { error } from '@sveltejs/kit';
import { linkQuery } from '$lib/scenario/linkQuery';
import { figureSvgResponse } from '$lib/server/http/figureResponses';
import { staticBuild } from '$lib/staticBuild';
import { widgets } from '$lib/widgets';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

// The static build writes each widget's defaults; named scenarios have their own files.
export const prerender = staticBuild;
export const entries = () => Object.keys(widgets).map((widget) => ({ widget }));

/**
 * A scenario's chart as a standalone SVG for slides: title, chart, caption, source and link, its
 * text drawn as outlines of the site's fonts so it looks the same in any program. A link with
 * wrong values gets the nearest valid scenario, as the widget's page does.
 */
export async function GET({ params, url }) {
	const found = scenarioFromUrl(params.widget, linkQuery(url));
	if (!found) error(404, `There is no widget called “${params.widget}”.`);
	return figureSvgResponse(found, url.origin);
}
