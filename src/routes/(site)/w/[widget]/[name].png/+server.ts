import { error } from '@sveltejs/kit';
import { exportScale } from '$lib/export/exportScale';
import { linkQuery } from '$lib/scenario/linkQuery';
import { figurePngResponse } from '$lib/server/http/figureResponses';
import { staticBuild } from '$lib/staticBuild';
import { foundNamedScenario, namedScenarioLinks } from '$lib/widgets/namedScenarios';

export const prerender = staticBuild;
export const entries = () => namedScenarioLinks().map(({ slug, name }) => ({ widget: slug, name }));

/** A named scenario's exported figure as PNG, `scale` (1–4, default 2) times its 1200 px width. */
export async function GET({ params, url }) {
	const found = foundNamedScenario(params.widget, params.name);
	if (!found) error(404, `There is no scenario called “${params.name}”.`);
	return figurePngResponse(found, url.origin, exportScale(linkQuery(url).get('scale')));
}
