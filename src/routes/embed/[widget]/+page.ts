import { error } from '@sveltejs/kit';
import { scenarioUrls } from '$lib/scenario/scenarioUrls';
import { scenarioFromUrl } from '$lib/widgets/scenarioFromUrl';

export async function load({ params, url }) {
	const found = scenarioFromUrl(params.widget, url.searchParams);
	if (!found) error(404, `There is no widget called “${params.widget}”.`);
	return {
		...found,
		component: await found.widget.loadComponent(),
		frameId: url.searchParams.get('frameId') ?? '',
		urls: scenarioUrls(url.origin, params.widget, found.query)
	};
}
