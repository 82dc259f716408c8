import { error } from '@sveltejs/kit';
import { parseEmbedOptions } from '../embed/embedOptions';
import { scenarioFromUrl } from './scenarioFromUrl';
import { widgetUrls } from './widgetUrls';

function found(slug: string, query: URLSearchParams) {
	const found = scenarioFromUrl(slug, query);
	if (!found) error(404, `There is no widget called “${slug}”.`);
	return found;
}

/** What a widget's scenario page shows for a link's query. */
export async function scenarioPageData(slug: string, query: URLSearchParams, origin: string) {
	const page = found(slug, query);
	return {
		...page,
		component: await page.widget.loadComponent(),
		slug,
		preview: page.widget.preview(page.scenario),
		urls: widgetUrls(origin, slug, page.query)
	};
}

/** What a widget's embed shows for a link's query, with the embed options it carries. */
export async function embedPageData(slug: string, query: URLSearchParams, origin: string) {
	const page = found(slug, query);
	// `title=0` and `caption=0` leave them to the host page (they stay in the page for screen readers).
	const options = parseEmbedOptions(page.widget.schema, query);
	return {
		...page,
		notices: [...page.notices, ...options.notices],
		options,
		component: await page.widget.loadComponent(),
		frameId: query.get('frameId') ?? '',
		urls: widgetUrls(origin, slug, page.query)
	};
}
