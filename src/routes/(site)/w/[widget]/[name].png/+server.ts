import { error } from '@sveltejs/kit';
import { exportScale } from '$lib/export/exportScale';
import { linkQuery } from '$lib/scenario/linkQuery';
import { figurePngResponse } from '$lib/server/http/figureResponses';
import { staticBuild } from '$lib/staticBuild';
import { namedScenarioLink, namedScenarioLinks } from '$lib/widgets/namedScenarios';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

export const prerender = staticBuild;
export const entries = () => namedScenarioLinks().map(({ slug, name }) => ({ widget: slug, name }));

/** A named scenario's exported figure as PNG, `scale` (1–4, default 2) times its 1200 px width. */
export async function GET({ params, url }) {
	const named = namedScenarioLink(params.widget, params.name);
	const found = named && scenarioFromUrl(named.slug, new URLSearchParams(named.query));
	if (!found) error(404, `There is no scenario called “${params.name}”.`);
	return figurePngResponse(found, url.origin, exportScale(linkQuery(url).get('scale')));
}
