import { siteSources } from '$lib/content/siteSources.server';
import { lastCheckedOf, sourcesTable } from '$lib/content/sourcesTable';
import { widgets } from '$lib/widgets';

/** The newest date among the parameters the article uses, and how many it uses. */
export function load({ params }) {
	const rows = sourcesTable(siteSources, Object.keys(widgets));
	return {
		lastChecked: lastCheckedOf(params.slug, rows),
		paramCount: rows.filter((r) => r.articles.includes(params.slug)).length
	};
}
