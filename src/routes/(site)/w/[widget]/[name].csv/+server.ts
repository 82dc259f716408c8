import { error } from '@sveltejs/kit';
import { csvResponse } from '$lib/server/http/csvResponse';
import { staticBuild } from '$lib/staticBuild';
import { foundNamedScenario, namedScenarioLinks } from '$lib/widgets/namedScenarios';

export const prerender = staticBuild;
export const entries = () => namedScenarioLinks().map(({ slug, name }) => ({ widget: slug, name }));

/** The numbers a named scenario shows, as CSV. */
export async function GET({ params }) {
	const found = foundNamedScenario(params.widget, params.name);
	if (!found) error(404, `There is no scenario called “${params.name}”.`);
	return csvResponse(found);
}
