import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { linkQuery } from '$lib/scenario/linkQuery';
import { staticBuild } from '$lib/staticBuild';
import {
	namedScenarioLink,
	namedScenarioLinks,
	namedScenarioQuery
} from '$lib/widgets/namedScenarios';
import { embedPageData } from '$lib/widgets/pageData';
import { PRESENTATION_KEYS } from '$lib/widgets/scenarioFromUrl';

export const entries = () => namedScenarioLinks().map(({ slug, name }) => ({ widget: slug, name }));

/** A named scenario's embed, at an address a static host can serve. */
export async function load({ params, url }) {
	const named = namedScenarioLink(params.widget, params.name);
	if (!named) error(404, `There is no scenario called “${params.name}”.`);
	const search = linkQuery(url);
	const page = await embedPageData(
		params.widget,
		namedScenarioQuery(named, search, PRESENTATION_KEYS),
		url.origin
	);
	const prerendered =
		staticBuild && browser && url.search
			? await embedPageData(params.widget, new URLSearchParams(named.query), url.origin)
			: undefined;
	return { ...page, prerendered };
}
