import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { parseEmbedOptions } from '$lib/embed/embedOptions';
import { linkQuery } from '$lib/scenario/linkQuery';
import { scenarioUrls } from '$lib/scenario/scenarioUrls';
import { staticBuild } from '$lib/staticBuild';
import { widgets } from '$lib/widgets';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

export const entries = () => Object.keys(widgets).map((widget) => ({ widget }));

async function embedPage(slug: string, query: URLSearchParams, origin: string) {
	const found = scenarioFromUrl(slug, query);
	if (!found) error(404, `There is no widget called “${slug}”.`);
	// `title=0` and `caption=0` leave them to the host page (they stay in the page for screen readers).
	const options = parseEmbedOptions(found.widget.schema, query);
	return {
		...found,
		notices: [...found.notices, ...options.notices],
		options,
		component: await found.widget.loadComponent(),
		frameId: query.get('frameId') ?? '',
		urls: scenarioUrls(origin, slug, found.query)
	};
}

export async function load({ params, url }) {
	const page = await embedPage(params.widget, linkQuery(url), url.origin);
	// A static host serves the defaults' prerendered page for any query: hydrate that, then show the link's.
	const prerendered =
		staticBuild && browser && url.search
			? await embedPage(params.widget, new URLSearchParams(), url.origin)
			: undefined;
	return { ...page, prerendered };
}
