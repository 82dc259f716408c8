import { error } from '@sveltejs/kit';
import { csvResponse } from '$lib/server/http/csvResponse';
import { staticBuild } from '$lib/staticBuild';
import { namedScenarioLink, namedScenarioLinks } from '$lib/widgets/namedScenarios';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

export const prerender = staticBuild;
export const entries = () => namedScenarioLinks().map(({ slug, name }) => ({ widget: slug, name }));

/** The numbers a named scenario shows, as CSV. */
export async function GET({ params }) {
	const named = namedScenarioLink(params.widget, params.name);
	const found = named && scenarioFromUrl(named.slug, new URLSearchParams(named.query));
	if (!found) error(404, `There is no scenario called “${params.name}”.`);
	return csvResponse(found);
}
