import { error } from '@sveltejs/kit';
import { figureSvgResponse } from '$lib/server/http/figureResponses';
import { staticBuild } from '$lib/staticBuild';
import { foundNamedScenario, namedScenarioLinks } from '$lib/widgets/namedScenarios';

export const prerender = staticBuild;
export const entries = () => namedScenarioLinks().map(({ slug, name }) => ({ widget: slug, name }));

/** A named scenario's exported figure as SVG. */
export async function GET({ params, url }) {
	const found = foundNamedScenario(params.widget, params.name);
	if (!found) error(404, `There is no scenario called “${params.name}”.`);
	return figureSvgResponse(found, url.origin);
}
