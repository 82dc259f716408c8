import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { linkQuery } from '$lib/scenario/linkQuery';
import { scenarioUrls } from '$lib/scenario/scenarioUrls';
import { staticBuild } from '$lib/staticBuild';
import { widgets } from '$lib/widgets';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

export const entries = () => Object.keys(widgets).map((widget) => ({ widget }));

async function scenarioPage(slug: string, query: URLSearchParams, origin: string) {
	const found = scenarioFromUrl(slug, query);
	if (!found) error(404, `There is no widget called “${slug}”.`);
	return {
		...found,
		component: await found.widget.loadComponent(),
		slug,
		preview: found.widget.preview(found.scenario),
		urls: scenarioUrls(origin, slug, found.query)
	};
}

export async function load({ params, url }) {
	const page = await scenarioPage(params.widget, linkQuery(url), url.origin);
	// A static host serves the defaults' prerendered page for any query: hydrate that, then show the link's.
	const prerendered =
		staticBuild && browser && url.search
			? await scenarioPage(params.widget, new URLSearchParams(), url.origin)
			: undefined;
	return { ...page, prerendered };
}
