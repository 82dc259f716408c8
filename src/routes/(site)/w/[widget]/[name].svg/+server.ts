import { error } from '@sveltejs/kit';
import { figureSvgResponse } from '$lib/server/http/figureResponses';
import { staticBuild } from '$lib/staticBuild';
import { namedScenarioLink, namedScenarioLinks } from '$lib/widgets/namedScenarios';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

export const prerender = staticBuild;
export const entries = () => namedScenarioLinks().map(({ slug, name }) => ({ widget: slug, name }));

/** A named scenario's exported figure as SVG. */
export async function GET({ params, url }) {
	const named = namedScenarioLink(params.widget, params.name);
	const found = named && scenarioFromUrl(named.slug, new URLSearchParams(named.query));
	if (!found) error(404, `There is no scenario called “${params.name}”.`);
	return figureSvgResponse(found, url.origin);
}
