import { browser } from '$app/environment';
import { linkQuery } from '$lib/scenario/linkQuery';
import { staticBuild } from '$lib/staticBuild';
import { widgets } from '$lib/widgets';
import { embedPageData } from '$lib/widgets/pageData';

export const entries = () => Object.keys(widgets).map((widget) => ({ widget }));

export async function load({ params, url }) {
	const page = await embedPageData(params.widget, linkQuery(url), url.origin);
	// A static host serves the defaults' prerendered page for any query: hydrate that, then show the link's.
	const prerendered =
		staticBuild && browser && url.search
			? await embedPageData(params.widget, new URLSearchParams(), url.origin)
			: undefined;
	return { ...page, prerendered };
}
