import { error } from '@sveltejs/kit';
import { parseEmbedOptions } from '$lib/embed/embedOptions';
import { scenarioUrls } from '$lib/scenario/scenarioUrls';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

export async function load({ params, url }) {
	const found = scenarioFromUrl(params.widget, url.searchParams);
	if (!found) error(404, `There is no widget called “${params.widget}”.`);
	// `title=0` and `caption=0` leave them to the host page (they stay in the page for screen readers).
	const options = parseEmbedOptions(found.widget.schema, url.searchParams);
	return {
		...found,
		notices: [...found.notices, ...options.notices],
		options,
		component: await found.widget.loadComponent(),
		frameId: url.searchParams.get('frameId') ?? '',
		urls: scenarioUrls(url.origin, params.widget, found.query)
	};
}
