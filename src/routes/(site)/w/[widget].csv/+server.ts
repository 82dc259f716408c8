import { error } from '@sveltejs/kit';
import { linkQuery } from '$lib/scenario/linkQuery';
import { csvResponse } from '$lib/server/http/csvResponse';
import { staticBuild } from '$lib/staticBuild';
import { widgets } from '$lib/widgets';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

// The static build writes each widget's defaults; named scenarios have their own files.
export const prerender = staticBuild;
export const entries = () => Object.keys(widgets).map((widget) => ({ widget }));

/**
 * The numbers a widget shows for a scenario, as CSV. A link with wrong values gets the nearest
 * valid scenario, like the widget's page.
 */
export async function GET({ params, url }) {
	const found = scenarioFromUrl(params.widget, linkQuery(url));
	if (!found) error(404, `There is no widget called “${params.widget}”.`);
	return csvResponse(found);
}
